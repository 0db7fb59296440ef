import { describe, expect, it } from 'vitest';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import type { SortPhoto } from '../../../electron/core/sort/sort-types.js';
import { buildPhotos, classifyByPrefix } from './build-photos.js';
import { check, labelsOf, type Case } from './check-split.js';

// The ways an ordinary school day broke the first sort (issue 5), each as the stream it makes.

const stream = (tokens: string[]): SortPhoto[] => buildPhotos(tokens);

/** Two bodies of one model without serial numbers, copied into one folder: one camera key, one folder. */
function twinBodies(first: string[], second: string[], firstCounters: [number, number], rename?: (path: string) => string): { photos: SortPhoto[]; bodyOf: Map<number, string> } {
  const options = { cameraKey: 'model:Canon EOS R6 @twins', folder: 'twins/DCIM/100CANON' };
  const a = buildPhotos(first, { ...options, firstCounter: firstCounters[0] });
  const b = buildPhotos(second, { ...options, firstId: a.length + 1, firstCounter: firstCounters[1], clockMs: Date.UTC(2024, 5, 3, 9, 4) }).map((photo) =>
    rename ? { ...photo, path: rename(photo.path) } : photo,
  );
  return { photos: [...a, ...b], bodyOf: new Map([...a.map((p) => [p.id, 'A'] as const), ...b.map((p) => [p.id, 'B'] as const)]) };
}

describe('a card in the background', () => {
  it.each<Case>([
    {
      name: 'the next pupil’s card behind opens nothing: that frame and the rest are held',
      photos: stream(['card:AAAA@0', 'p@3', 'bg:BBBB@6', 'p@9', 'card:BBBB@40', 'p@43']),
      expected: ['card:AAAA', 'AAAA', 'background-card#1', 'background-card#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'with only one card seen before, it is still far smaller than that one',
      photos: stream(['card:AAAA@0', 'p@3', 'bg:BBBB@6', 'p@9']),
      expected: ['card:AAAA', 'AAAA', 'background-card#1', 'background-card#1'],
    },
    {
      name: 'an unknown code in the background is a background card, not a card to hold as unknown',
      photos: stream(['card:AAAA@0', 'p@3', 'card:BBBB@40', 'p@43', 'bg:UNKN1111@46', 'p@49']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'background-card#1', 'background-card#1'],
    },
    {
      name: 'a small code beside the card held up is ignored: only the big one opens',
      photos: stream(['card:AAAA@0', 'p@3', 'card:BBBB+CCCC~0.04@40', 'p@43']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'cards held closer or farther (within 2×) are all cards',
      photos: stream(['card:AAAA~0.3@0', 'p@3', 'card:BBBB~0.16@40', 'p@43', 'card:CCCC~0.22@80', 'p@83']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'card:CCCC', 'CCCC'],
    },
    {
      name: 'the camera’s usual card is the median: one card held very close does not make the others small',
      photos: stream(['card:AAAA~0.6@0', 'p@3', 'card:BBBB@40', 'p@43', 'card:CCCC@80', 'p@83', 'card:DDDD@120', 'p@123']),
      expected: ['card:AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'card:CCCC', 'CCCC', 'card:DDDD', 'DDDD'],
    },
  ])('$name', check);

  it('hides the background frame, as every frame that shows a card', () => {
    const photos = stream(['card:AAAA@0', 'p@3', 'bg:BBBB@6', 'p@9']);
    expect(splitByCards(photos, classifyByPrefix).cardFrames).toEqual([1, 3]);
  });

  it('keeps the first photo after each card as its index photo', () => {
    const photos = stream(['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@40', 'p@43']);
    expect(splitByCards(photos, classifyByPrefix).indexPhotos).toEqual([
      { photoId: 2, code: 'AAAA' },
      { photoId: 5, code: 'BBBB' },
    ]);
  });
});

describe('a camera clock set back mid-shoot', () => {
  it.each<Case>([
    {
      name: 'the counter gives the order; the photos after the change are held up to the next card',
      // Set back 2 minutes after BBBB's first photo: by time, the next ones would fall among AAAA's.
      photos: stream(['card:AAAA@100', 'p@103', 'p@106', 'card:BBBB@140', 'p@143', 'p@26', 'p@29', 'card:CCCC@60', 'p@63']),
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'clock-change#1', 'clock-change#1', 'card:CCCC', 'CCCC'],
    },
    {
      name: 'set back in the pause before a card: nothing to hold',
      photos: stream(['card:AAAA@100', 'p@103', 'p@106', 'card:BBBB@20', 'p@23', 'p@26']),
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'BBBB'],
    },
    {
      name: 'a daylight-saving hour back, over a counter wrap',
      photos: stream(['card:AAAA@3600#9998', 'p@3603', 'p@3606', 'p@10', 'card:BBBB@50', 'p@53']),
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'clock-change#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'before the first card it stays unassigned',
      photos: stream(['p@100', 'p@103', 'p@10', 'card:AAAA@40', 'p@43']),
      expected: ['unassigned', 'unassigned', 'unassigned', 'card:AAAA', 'AAAA'],
    },
  ])('$name', check);
});

describe('two bodies of one model in one folder', () => {
  it('counters in separate ranges keep each body’s order', () => {
    const { photos, bodyOf } = twinBodies(
      ['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@40', 'p@43', 'p@46'],
      ['card:CCCC@0', 'p@3', 'card:DDDD@30', 'p@33', 'p@36'],
      [101, 5201],
    );
    check({ name: '', photos, bodyOf, expected: ['card:AAAA', 'AAAA', 'AAAA', 'card:BBBB', 'BBBB', 'BBBB', 'card:CCCC', 'CCCC', 'card:DDDD', 'DDDD', 'DDDD'] });
  });

  it('colliding names renamed by the copy: nothing can be ordered, everything is held and the cards stay hidden', () => {
    const { photos, bodyOf } = twinBodies(
      ['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@40', 'p@43'],
      ['card:CCCC@0', 'p@3', 'card:DDDD@30', 'p@33'],
      [101, 102],
      (path) => path.replace(/\.JPG$/, ' (2).JPG'),
    );
    check({ name: '', photos, bodyOf, expected: Array.from({ length: 9 }, () => 'mixed-cameras#1') });
    const result = splitByCards(photos, classifyByPrefix);
    expect(result.cardFrames).toEqual([1, 4, 6, 8]);
    expect(result.review[0]?.message).toMatch(/two cameras of one model .* IMG_0102 \(2\)\.JPG|IMG_0102\.JPG .* same file number/);
  });

  it('one body after the other, seconds apart: the jump in file numbers holds the second one’s first photos', () => {
    const a = buildPhotos(['card:AAAA@0', 'p@3', 'p@6'], { cameraKey: 'model:X @t', folder: 't', firstCounter: 101 });
    const b = buildPhotos(['p@9', 'p@12', 'card:BBBB@40', 'p@43'], { cameraKey: 'model:X @t', folder: 't', firstId: 4, firstCounter: 5201 });
    const photos = [...a, ...b];
    check({ name: '', photos, bodyOf: new Map(photos.map((p) => [p.id, p.id <= 3 ? 'A' : 'B'])), expected: ['card:AAAA', 'AAAA', 'AAAA', 'mixed-cameras#1', 'mixed-cameras#1', 'card:BBBB', 'BBBB'] });
  });

  it('interleaved counters without a collision: time goes back and forth, everything is held', () => {
    const a = buildPhotos(['card:AAAA@0#2', 'p@10#4', 'p@20#6', 'card:BBBB@60#8', 'p@70#10'], { cameraKey: 'model:X @t', folder: 't' });
    const b = buildPhotos(['card:CCCC@5#3', 'p@15#5', 'p@25#7', 'card:DDDD@65#9', 'p@75#11'], { cameraKey: 'model:X @t', folder: 't', firstId: 6 });
    // By time the counters run 2..11 in order, so nothing disagrees: make the second body's clock lag.
    const lagging = b.map((photo) => ({ ...photo, capturedAt: (photo.capturedAt ?? 0) - 40_000 }));
    const photos = [...a, ...lagging];
    const labels = labelsOf(photos, splitByCards(photos, classifyByPrefix));
    expect(labels).toEqual(Array.from({ length: 10 }, () => 'mixed-cameras#1'));
  });
});

describe('words and foreign cards', () => {
  it.each<Case>([
    {
      name: 'a poster word that is no code of the job is a foreign QR: it splits nothing',
      photos: stream(['card:AAAA@0', 'p@3', 'qr:https://www.school-example.org/WORDEVENTS@6', 'p@9']),
      expected: ['card:AAAA', 'AAAA', 'AAAA & foreign-qr#1', 'AAAA'],
    },
    {
      name: 'a card-sized symbol with a word on it is a card that cannot be read',
      photos: stream(['card:AAAA@0', 'p@3', 'qr:WORDCARD~0.25@30', 'p@33']),
      expected: ['card:AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1'],
    },
  ])('$name', check);

  it('says what the card held and why it is no code, escaped', () => {
    const photos = stream(['card:AAAA@0', 'p@3', 'card:../../etc/passwd@30', 'p@33']);
    const [group] = splitByCards(photos, classifyByPrefix).review;
    expect(group?.message).toContain('"../../etc/passwd" is not an access code');
    const control = stream(['card:AAAA@0', 'p@3', 'card:\u001b[2J evil\nline@30', 'p@33']);
    const message = splitByCards(control, classifyByPrefix).review[0]?.message ?? '';
    expect(message).toContain('"\\x1b[2J evil\\nline" holds control characters');
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    const long = stream(['card:AAAA@0', 'p@3', `card:${'lorem ipsum '.repeat(200)}@30`, 'p@33']);
    expect(splitByCards(long, classifyByPrefix).review[0]?.message).toMatch(/"lorem ipsum (lorem ipsum ){2}lore…" \(2399 characters\) is far too long/);
  });
});

describe('a camera frame that could not be read', () => {
  it.each<Case>([
    {
      name: 'it may have been a card: the photos after it are held up to the next card',
      photos: [...buildPhotos(['card:AAAA@0', 'p@3', 'p@6']), ...buildPhotos(['p@12', 'card:BBBB@50', 'p@53'], { firstId: 5, firstCounter: 5 })],
      options: { unreadable: [{ id: 4, path: 'DCIM/100CANON/IMG_0004.JPG', message: 'image is truncated or corrupt' }] },
      expected: ['card:AAAA', 'AAAA', 'AAAA', 'unreadable-card#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'the one without time numbered right before it is the subject’s next shot: linked; the one after it is held',
      photos: [...buildPhotos(['card:AAAA@0', 'p@3', 'p@-']), ...buildPhotos(['p@-', 'card:BBBB@50', 'p@53'], { firstId: 5, firstCounter: 5 })],
      options: { unreadable: [{ id: 4, path: 'DCIM/100CANON/IMG_0004.JPG', message: 'image is truncated or corrupt' }] },
      expected: ['card:AAAA', 'AAAA', 'AAAA & no-capture-time#1', 'no-capture-time#2', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'a broken file in a folder of no camera touches nothing',
      photos: stream(['card:AAAA@0', 'p@3', 'p@6']),
      options: { unreadable: [{ id: 9, path: 'extras/poster-print.jpg', message: 'image too large' }] },
      expected: ['card:AAAA', 'AAAA', 'AAAA'],
    },
  ])('$name', check);

  it('names the file in the message', () => {
    const photos = [...buildPhotos(['card:AAAA@0', 'p@3']), ...buildPhotos(['p@9'], { firstId: 4, firstCounter: 4 })];
    const result = splitByCards(photos, classifyByPrefix, { unreadable: [{ id: 3, path: 'DCIM/100CANON/IMG_0003.JPG', message: 'zero bytes' }] });
    expect(result.review[0]?.message).toMatch(/^DCIM\/100CANON\/IMG_0003\.JPG could not be read \(zero bytes\)/);
  });
});

describe('a photo without camera data in a camera’s folder', () => {
  const camera = (tokens: string[]): SortPhoto[] => buildPhotos(tokens, { cameraKey: 'serial:A', folder: 'cam-a/DCIM/100CANON' });
  const stripped = (photos: SortPhoto[], id: number): SortPhoto[] =>
    photos.map((photo) => (photo.id === id ? { ...photo, cameraKey: 'folder:cam-a/DCIM/100CANON', capturedAt: null } : photo));
  it.each<Case>([
    {
      name: 'joins its camera by its file number: linked when both neighbours are of one subject',
      photos: stripped(camera(['card:AAAA@0', 'p@3', 'p@6', 'p@9', 'card:BBBB@40', 'p@43']), 3),
      expected: ['card:AAAA', 'AAAA', 'AAAA & no-capture-time#1', 'AAAA', 'card:BBBB', 'BBBB'],
      bodyOf: new Map([1, 2, 3, 4, 5, 6].map((id) => [id, 'A'])),
    },
    {
      name: 'held at a change of subject',
      photos: stripped(camera(['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@40', 'p@43']), 3),
      expected: ['card:AAAA', 'AAAA', 'no-capture-time#1', 'card:BBBB', 'BBBB'],
    },
    {
      name: 'in a folder shared by two cameras it stays on its own, held',
      photos: [
        ...stripped(camera(['card:AAAA@0', 'p@3', 'p@6', 'p@9']), 3),
        ...buildPhotos(['card:CCCC@0', 'p@3'], { cameraKey: 'serial:B', folder: 'cam-a/DCIM/100CANON', firstId: 5, firstCounter: 500 }),
      ],
      expected: ['card:AAAA', 'AAAA', 'unassigned & no-capture-time#1', 'AAAA', 'card:CCCC', 'CCCC'],
    },
  ])('$name', check);
});

describe('copies of one content', () => {
  it('a backup copy registered first never takes the card out of its camera stream', () => {
    // Quick handover: without card BBBB in the stream, IMG_0005 would follow AAAA's photos unnoticed.
    const camera = buildPhotos(['card:AAAA@0', 'p@3', 'p@6', 'card:BBBB@12', 'p@15'], { cameraKey: 'model:X @cam', folder: 'cam/DCIM/100CANON', firstId: 2 });
    const backup: SortPhoto = { ...(camera[3] as SortPhoto), id: 1, path: 'backup/IMG_0004.JPG', cameraKey: 'model:X @backup' };
    const photos = [backup, ...camera.map((photo) => (photo.id === 5 ? { ...photo, duplicateOf: 1 } : photo))];
    const result = splitByCards(photos, classifyByPrefix);
    expect(labelsOf(photos, result)).toEqual(['duplicate#1', 'card:AAAA', 'AAAA', 'AAAA', 'card:BBBB', 'BBBB']);
    expect(result.review[0]?.message).toBe('backup/IMG_0004.JPG has the same content as cam/DCIM/100CANON/IMG_0004.JPG: it counts once.');
  });
});
