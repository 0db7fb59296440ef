import { describe, expect, it } from 'vitest';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import { buildPhotos, classifyByPrefix } from './build-photos.js';

const split = (tokens: string[]) => splitByCards(buildPhotos(tokens), classifyByPrefix);

describe('splitByCards: index photos and spare codes', () => {
  it('the index photo is the first photo linked after the code’s first card', () => {
    const result = split(['p@0', 'card:AAAA@20', 'card:AAAA@21', 'p@23!ZZZZ', 'p@25', 'p@27', 'card:BBBB+CCCC@60', 'p@62', 'card:DDDD@100', 'card:AAAA@140', 'p@142']);
    expect(result.indexPhotos).toEqual([
      { photoId: 5, code: 'AAAA' },
      { photoId: 8, code: 'BBBB' },
      { photoId: 8, code: 'CCCC' },
    ]);
  });

  it('new spare codes in order of first appearance, cameras by key', () => {
    const photos = [
      ...buildPhotos(['card:NEWSBBBB@0', 'p@2', 'card:AAAA@40', 'card:NEWSAAAA@80', 'card:NEWSBBBB@120'], { cameraKey: 'serial:B' }),
      ...buildPhotos(['card:NEWSCCCC@0', 'card:UNKN0000@40'], { cameraKey: 'serial:A', firstId: 10 }),
    ];
    expect(splitByCards(photos, classifyByPrefix).newSpareCodes).toEqual(['NEWSCCCC', 'NEWSBBBB', 'NEWSAAAA']);
  });

  it('a spare code on a card without capture time creates nothing', () => {
    expect(split(['card:AAAA@0', 'p@2', 'card:NEWSAAAA@-', 'p@40']).newSpareCodes).toEqual([]);
  });

  it('calls classify once per code', () => {
    const seen: string[] = [];
    splitByCards(buildPhotos(['card:AAAA@0', 'card:aaaa@1', 'card:AAAA+BBBB@40']), (code) => {
      seen.push(code);
      return classifyByPrefix(code);
    });
    expect(seen).toEqual(['AAAA', 'BBBB']);
  });

  it('an empty shoot', () => {
    expect(splitByCards([], classifyByPrefix)).toEqual({ cards: [], cardFrames: [], links: [], indexPhotos: [], review: [], unassigned: [], manual: [], newSpareCodes: [] });
  });
});

describe('splitByCards: review messages', () => {
  const messageOf = (tokens: string[], reason: string): string =>
    split(tokens).review.find((group) => group.reason === reason)?.message ?? `no ${reason} group`;

  it.each([
    { reason: 'unreadable-card', tokens: ['card:AAAA@0', 'undecodable@30', 'p@32'], parts: ['IMG_0002.JPG', 'could not be read', '2 photos are held'] },
    { reason: 'unreadable-card', tokens: ['card:AAAA@0', 'cardlike@30'], parts: ['IMG_0002.JPG looks like a card', '1 photo is held'] },
    { reason: 'unreadable-card', tokens: ['card:AAAA@0', 'undecodable:AAAA@30'], parts: ['card AAAA was read', "sibling's card"] },
    { reason: 'unreadable-card', tokens: ['card:AAAA@0', 'p@3', 'glare@65', 'p@67'], parts: ['IMG_0003.JPG', '1 min 2 s after', 'IMG_0002.JPG', '15 s', 'glare', '2 photos are held'] },
    { reason: 'unknown-code', tokens: ['card:UNKN1234@0'], parts: ['UNKN1234', "not in this job's names list"] },
    { reason: 'other-job-code', tokens: ['card:OTHR1234@0'], parts: ['OTHR1234', 'another job ("Spring Fair 2023")'] },
    { reason: 'retired-code', tokens: ['card:RETD1234@0'], parts: ['RETD1234', 'Hillside Primary 2019', 'create new codes, e.g. add a year or school suffix'] },
    { reason: 'foreign-qr', tokens: ['card:AAAA@0', 'qr:Hello there!@2'], parts: ['IMG_0002.JPG', 'not an access code', 'ignored'] },
    { reason: 'duplicate', tokens: ['card:AAAA@0', 'dup:1@0'], parts: ['DCIM/100CANON/copy/IMG_0002.JPG has the same content as DCIM/100CANON/IMG_0001.JPG'] },
    { reason: 'duplicate', tokens: ['card:AAAA@0', 'p@2', 'dup:1@0', 'dup:2@2'], parts: ['2 photos in DCIM/100CANON/copy', 'photos in DCIM/100CANON', 'each counts once'] },
    { reason: 'no-capture-time', tokens: ['card:AAAA@0', 'p@-', 'p@3'], parts: ['IMG_0002.JPG has no capture time', 'between DCIM/100CANON/IMG_0001.JPG and DCIM/100CANON/IMG_0003.JPG', 'linked to AAAA'] },
    { reason: 'no-capture-time', tokens: ['card:AAAA@0', 'p@-#3', 'card:BBBB@30'], parts: ['IMG_0003.JPG has no capture time', 'not of one subject', 'held'] },
    { reason: 'no-capture-time', tokens: ['card:AAAA@0', 'p@-', 'card:BBBB@30'], parts: ['IMG_0002.JPG has no capture time', 'numbered it right after DCIM/100CANON/IMG_0001.JPG', 'next shot', 'linked to AAAA'] },
    { reason: 'no-capture-time', tokens: ['card:AAAA@-', 'p@-'], parts: ['camera A in DCIM/100CANON', 'file names', '2 photos'] },
    { reason: 'no-capture-time', tokens: ['card:AAAA@0', 'card:BBBB@-', 'p@3'], parts: ['Card DCIM/100CANON/IMG_0002.JPG (BBBB)', 'a guess from its file name', '2 photos are held', 'belong to BBBB'] },
  ])('$reason: $parts.0', ({ tokens, reason, parts }) => {
    const message = messageOf(tokens, reason);
    for (const part of parts) expect(message).toContain(part);
  });
});
