import { describe, expect, it } from 'vitest';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import type { SortPhoto } from '../../../electron/core/sort/sort-types.js';
import { CLOCK_MS, buildPhotos, classifyByPrefix } from './build-photos.js';
import { check, labelsOf, type Case } from './check-split.js';

const stream = (tokens: string[]): SortPhoto[] => buildPhotos(tokens);

describe('splitByCards: cards', () => {
  it.each<Case>([
    {
      name: 'each card starts its subject',
      photos: stream(['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@40', 'p@42', 'p@45']),
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'BBBB'],
    },
    {
      name: 'photos before the first card are unassigned',
      photos: stream(['p@0', 'p@3', 'card:AAAA@30', 'p@33']),
      expected: ['unassigned', 'unassigned', 'card:AAAA', 'AAAA'],
    },
    {
      name: 'repeated cards are one subject, all of them cards',
      photos: stream(['card:AAAA@0', 'card:AAAA@1', 'p@3', 'card:AAAA@5', 'p@7']),
      expected: ['card:AAAA', 'card:AAAA', 'AAAA', 'card:AAAA', 'AAAA'],
    },
    {
      name: 'several codes in one frame: siblings',
      photos: stream(['card:AAAA+BBBB@0', 'p@3', 'card:CCCC@40', 'p@42']),
      expected: ['card:AAAA+BBBB', 'AAAA+BBBB', 'card:CCCC', 'CCCC'],
    },
    {
      name: 'cards in separate frames: the last one opens the subject',
      photos: stream(['card:AAAA@0', 'card:BBBB@2', 'p@4']),
      expected: ['card:AAAA', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'a URL payload and lower case are the code',
      photos: stream(['card:https://shop.example/gallery?code=k7qx2mpa@0', 'p@3']),
      expected: ['card:K7QX2MPA', 'K7QX2MPA'],
    },
    {
      name: 'a foreign payload beside a code does not count',
      photos: stream(['card:AAAA@0', 'p@3', 'card:BBBB+Welcome to Year 6!@40', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB'],
    },
  ])('$name', check);
});

describe('splitByCards: order within a camera', () => {
  it.each<Case>([
    {
      name: 'without a camera counter, sub-seconds decide',
      photos: buildPhotos(['card:AAAA@10.2', 'card:BBBB@10.1', 'p@10.5'], { prefix: 'export-' }),
      expected: ['card:AAAA', 'card:BBBB', 'AAAA'],
      shootingOrder: [2, 1, 3],
    },
    {
      name: 'counter breaks a tie within one second',
      photos: stream(['card:AAAA@5#0041', 'p@5', 'card:BBBB@5', 'p@5']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'counter wraps 9999 → 0001 within one second',
      photos: stream(['card:AAAA@5#9998', 'p@5', 'card:BBBB@5', 'p@5']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'cameras are split on their own, clocks minutes apart',
      photos: [
        ...buildPhotos(['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@40', 'p@43', 'p@46'], { cameraKey: 'serial:A' }),
        // Camera B's clock runs 25 s behind: its card CCCC falls between A's photos in clock time.
        ...buildPhotos(['p@0', 'card:CCCC@29', 'p@31', 'card:DDDD@60', 'p@62'], {
          cameraKey: 'serial:B',
          firstId: 7,
          folder: 'DCIM/100NIKON',
          clockMs: CLOCK_MS - 25_000,
        }),
      ],
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'BBBB', 'unassigned', 'card:CCCC', 'CCCC', 'card:DDDD', 'DDDD'],
    },
    {
      name: 'cameras hours apart',
      photos: [
        ...buildPhotos(['card:AAAA@0', 'p@3'], { cameraKey: 'model:Canon EOS R6' }),
        ...buildPhotos(['p@1', 'card:BBBB@30', 'p@33'], { cameraKey: 'folder:cards/B', folder: 'cards/B', firstId: 3, clockMs: CLOCK_MS + 3 * 3_600_000 }),
      ],
      expected: ['card:AAAA', 'AAAA', 'unassigned', 'card:BBBB', 'BBBB'],
    },
  ])('$name', check);
});

describe('splitByCards: unreadable cards', () => {
  it.each<Case>([
    {
      name: 'an undecodable symbol holds the photos up to the next card',
      photos: stream(['card:AAAA@0', 'p@3', 'undecodable@40', 'p@43', 'p@46', 'card:BBBB@80', 'p@83']),
      expected: ['card:AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1', 'unreadable-card#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'a card-like frame without a code',
      photos: stream(['card:AAAA@0', 'p@3', 'cardlike@40', 'p@43', 'card:BBBB@80']),
      expected: ['card:AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1', 'card:BBBB'],
    },
    {
      name: 'one group per unreadable card',
      photos: stream(['card:AAAA@0', 'undecodable@30', 'p@32', 'cardlike@60', 'p@62']),
      expected: ['card:AAAA', 'unreadable-card#1', 'unreadable-card#1', 'unreadable-card#2', 'unreadable-card#2'],
    },
    {
      name: 'a read sibling card beside an unread one',
      photos: stream(['card:AAAA@0', 'p@3', 'undecodable:BBBB@40', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1'],
    },
    {
      name: 'an unreadable card before the first card',
      photos: stream(['p@0', 'undecodable@20', 'p@22', 'card:AAAA@50']),
      expected: ['unassigned', 'unreadable-card#1', 'unreadable-card#1', 'card:AAAA'],
    },
    {
      name: 'glare: a long pause with no card read holds what follows',
      photos: stream(['card:AAAA@0', 'p@3', 'p@6', 'glare@60', 'p@62', 'p@65', 'card:BBBB@120', 'p@122']),
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1', 'unreadable-card#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'a long pause between a card and its first photo',
      photos: stream(['card:AAAA@0', 'p@40', 'p@42']),
      expected: ['card:AAAA', 'unreadable-card#1', 'unreadable-card#1'],
    },
    {
      name: 'pauses before the first card change nothing',
      photos: stream(['p@0', 'p@60', 'card:AAAA@120', 'p@122']),
      expected: ['unassigned', 'unassigned', 'card:AAAA', 'AAAA'],
    },
    {
      name: 'a pause inside a held run starts a new group (probably a new subject)',
      photos: stream(['undecodable@0', 'p@3', 'glare@60', 'p@62']),
      expected: ['unreadable-card#1', 'unreadable-card#1', 'unreadable-card#2', 'unreadable-card#2'],
    },
    {
      name: 'a pause before a manual photo still holds the photos after it',
      photos: stream(['card:AAAA@0', 'p@3', 'p@60!BBBB', 'p@62']),
      expected: ['card:AAAA', 'AAAA', 'manual', 'unreadable-card#1'],
    },
  ])('$name', check);
});

describe('splitByCards: codes and payloads', () => {
  it.each<Case>([
    {
      name: 'a foreign QR does not split; it is reported',
      photos: stream(['card:AAAA@0', 'qr:Welcome to Year 6!@3', 'p@5']),
      expected: ['card:AAAA', 'AAAA & foreign-qr#1', 'AAAA'],
    },
    {
      name: 'a foreign QR before the first card',
      photos: stream(['qr:Hello there!@0', 'card:AAAA@30']),
      expected: ['unassigned & foreign-qr#1', 'card:AAAA'],
    },
    {
      name: 'a foreign QR inside a held run stays held',
      photos: stream(['undecodable@0', 'qr:Hello there!@3']),
      expected: ['unreadable-card#1', 'unreadable-card#1'],
    },
    {
      name: 'an unknown code holds its card and photos',
      photos: stream(['card:AAAA@0', 'p@3', 'card:UNKN1234@40', 'p@42', 'p@45', 'card:BBBB@80', 'p@82']),
      expected: ['card:AAAA', 'AAAA', 'unknown-code#1', 'unknown-code#1', 'unknown-code#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: "another job's code",
      photos: stream(['card:AAAA@0', 'card:OTHR1234@30', 'p@32']),
      expected: ['card:AAAA', 'other-job-code#1', 'other-job-code#1'],
    },
    {
      name: 'a retired code',
      photos: stream(['card:RETD1234@0', 'p@3', 'card:AAAA@40']),
      expected: ['retired-code#1', 'retired-code#1', 'card:AAAA'],
    },
    {
      name: 'a rejected sibling holds the frame',
      photos: stream(['card:AAAA@0', 'p@2', 'card:BBBB+RETD1234@30', 'p@32']),
      expected: ['card:AAAA', 'AAAA', 'retired-code#1', 'retired-code#1'],
    },
    {
      name: 'new spare codes are cards',
      photos: stream(['card:NEWSAAAA@0', 'p@2', 'card:NEWSBBBB@40', 'p@42']),
      expected: ['card:NEWSAAAA', 'NEWSAAAA', 'card:NEWSBBBB', 'NEWSBBBB'],
    },
  ])('$name', check);
});

describe('splitByCards: duplicates and manual links', () => {
  it.each<Case>([
    {
      name: 'a duplicate counts once and is reported',
      photos: stream(['card:AAAA@0', 'p@3', 'dup:2@3', 'p@5']),
      expected: ['card:AAAA', 'AAAA', 'duplicate#1', 'AAAA'],
    },
    {
      name: 'a duplicated card does not restart anything',
      photos: stream(['card:AAAA@0', 'p@3', 'card:BBBB@40', 'dup:1@0', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'duplicate#1', 'BBBB'],
    },
    {
      name: 'a manual duplicate is left alone',
      photos: stream(['card:AAAA@0', 'dup:1@0!AAAA']),
      expected: ['card:AAAA', 'manual'],
    },
    {
      name: 'manual links are never overwritten and do not end a subject',
      photos: stream(['card:AAAA@0', 'p@3!ZZZZ', 'p@5']),
      expected: ['card:AAAA', 'manual', 'AAAA'],
    },
    {
      name: 'a manual card still opens its subject',
      photos: stream(['card:AAAA@0', 'p@3', 'card:BBBB@40!BBBB', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'manual', 'BBBB'],
    },
    {
      name: 'a manual unreadable card still holds what follows',
      photos: stream(['card:AAAA@0', 'p@3', 'undecodable@40!BBBB', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'manual', 'unreadable-card#1'],
    },
    {
      name: 'manual photos are left alone in held runs and before the first card',
      photos: stream(['p@0!AAAA', 'undecodable@30', 'p@32!BBBB']),
      expected: ['manual', 'unreadable-card#1', 'manual'],
    },
  ])('$name', check);
});

describe('splitByCards: photos without capture time', () => {
  it.each<Case>([
    {
      name: 'inside one subject: linked and reported',
      photos: stream(['card:AAAA@0', 'p@3', 'p@-', 'p@6', 'card:BBBB@40']),
      expected: ['card:AAAA', 'AAAA', 'AAAA & no-capture-time#1', 'AAAA', 'card:BBBB'],
    },
    {
      name: 'right after the card: inside the subject',
      photos: stream(['card:AAAA@0', 'p@-', 'p@3']),
      expected: ['card:AAAA', 'AAAA & no-capture-time#1', 'AAAA'],
    },
    {
      name: 'at a boundary, numbered right after the subject’s last photo: its next shot, linked',
      photos: stream(['card:AAAA@0', 'p@3', 'p@-', 'card:BBBB@40', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'AAAA & no-capture-time#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'at a boundary, a number missing before it (a frame deleted in camera, maybe a card): held',
      photos: stream(['card:AAAA@0', 'p@3', 'p@-#4', 'card:BBBB@40', 'p@42']),
      expected: ['card:AAAA', 'AAAA', 'no-capture-time#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'at a boundary, names not a camera’s (exported): held',
      photos: buildPhotos(['card:AAAA@0', 'p@3', 'p@-', 'card:BBBB@40', 'p@42'], { prefix: 'export-' }),
      expected: ['card:AAAA', 'AAAA', 'no-capture-time#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'two without time after the subject’s last photo, numbered on from it: both linked',
      photos: stream(['card:AAAA@0', 'p@3', 'p@-', 'p@-', 'card:BBBB@40']),
      expected: ['card:AAAA', 'AAAA', 'AAAA & no-capture-time#1', 'AAAA & no-capture-time#2', 'card:BBBB'],
    },
    {
      name: 'last of its folder, numbered right after the subject’s last photo: linked',
      photos: stream(['card:AAAA@0', 'p@3', 'p@-']),
      expected: ['card:AAAA', 'AAAA', 'AAAA & no-capture-time#1'],
    },
    {
      name: 'last of its folder, a number missing before it: held',
      photos: stream(['card:AAAA@0', 'p@3', 'p@-#5']),
      expected: ['card:AAAA', 'AAAA', 'no-capture-time#1'],
    },
    {
      name: 'first of its folder: held',
      photos: stream(['p@-', 'card:AAAA@0', 'p@3']),
      expected: ['no-capture-time#1', 'card:AAAA', 'AAAA'],
    },
    {
      name: 'before the first card: unassigned and reported',
      photos: stream(['p@0', 'p@-', 'p@3', 'card:AAAA@30']),
      expected: ['unassigned', 'unassigned & no-capture-time#1', 'unassigned', 'card:AAAA'],
    },
    {
      name: 'inside a held run: held with it',
      photos: stream(['undecodable@0', 'p@2', 'p@-', 'p@4']),
      expected: ['unreadable-card#1', 'unreadable-card#1', 'unreadable-card#1', 'unreadable-card#1'],
    },
    {
      name: 'folders interleaved in time: a file-name place can be wrong, so neighbours must agree',
      photos: [
        // Exported names: a camera's own counter would show that one body cannot interleave two folders.
        ...buildPhotos(['card:AAAA@0', 'p@3', 'p@-', 'p@50'], { folder: 'DCIM/100CANON', prefix: 'export-' }),
        ...buildPhotos(['card:BBBB@40'], { folder: 'DCIM/101CANON', firstId: 5, prefix: 'export-' }),
      ],
      expected: ['card:AAAA', 'AAAA', 'no-capture-time#1', 'BBBB', 'card:BBBB'],
      // The photo without time was taken after card BBBB of the other folder.
      shootingOrder: [1, 2, 5, 3, 4],
    },
    {
      name: 'a card without capture time holds what follows it',
      photos: stream(['card:AAAA@0', 'p@3', 'card:BBBB@-', 'p@40', 'p@42', 'card:CCCC@80', 'p@82']),
      expected: ['card:AAAA', 'AAAA', 'no-capture-time#1', 'no-capture-time#1', 'no-capture-time#1', 'card:CCCC', 'CCCC'],
    },
    {
      name: 'a whole camera without capture times is split by file names and reported once',
      photos: stream(['p@-', 'card:AAAA@-', 'p@-', 'undecodable@-', 'p@-', 'card:BBBB@-', 'p@-']),
      expected: [
        'unassigned & no-capture-time#1',
        'card:AAAA & no-capture-time#1',
        'AAAA & no-capture-time#1',
        'unreadable-card#2',
        'unreadable-card#2',
        'card:BBBB & no-capture-time#1',
        'BBBB & no-capture-time#1',
      ],
    },
    {
      name: 'a whole camera without capture times, counters wrapped in one folder',
      photos: stream(['card:AAAA@-#9998', 'p@-', 'card:BBBB@-', 'p@-']),
      expected: ['card:AAAA & no-capture-time#1', 'AAAA & no-capture-time#1', 'card:BBBB & no-capture-time#1', 'BBBB & no-capture-time#1'],
    },
  ])('$name', check);
});

describe('splitByCards: the gap threshold', () => {
  const fast = ['card:AAAA@0', 'p@1', 'p@2', 'p@3', 'p@4', 'p@5', 'p@6', 'glare@18', 'p@19'];
  it.each([
    {
      name: 'a fast shooter’s rhythm lowers it to the floor (10 s)',
      tokens: fast,
      options: {},
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1'],
    },
    {
      name: 'the floor is an option',
      tokens: fast,
      options: { minSuspiciousGapMs: 13_000 },
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA', 'AAAA'],
    },
    {
      name: 'a short change of subject seen earlier lowers it',
      tokens: ['card:AAAA@0', 'p@2', 'card:BBBB@16', 'p@18', 'glare@31', 'p@33'],
      options: { suspiciousGapMs: 60_000, minSuspiciousGapMs: 5_000 },
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'unreadable-card#1', 'unreadable-card#1'],
    },
    {
      name: 'a higher ceiling lets a slow studio pause',
      tokens: ['card:AAAA@0', 'p@3', 'p@33', 'p@36'],
      options: { suspiciousGapMs: 45_000 },
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'AAAA'],
    },
    {
      name: 'an infinite floor turns the rule off',
      tokens: ['card:AAAA@0', 'p@3', 'glare@300', 'p@302'],
      options: { minSuspiciousGapMs: Infinity },
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'AAAA'],
    },
  ])('$name', ({ tokens, options, expected }) => {
    const photos = stream(tokens);
    expect(labelsOf(photos, splitByCards(photos, classifyByPrefix, options))).toEqual(expected);
  });
});
