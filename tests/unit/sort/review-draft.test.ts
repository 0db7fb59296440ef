import { describe, expect, it } from 'vitest';
import { draftOf, finishDrafts } from '../../../electron/core/sort/review-draft.js';

const say = (n: number): string => `${n} held`;

describe('finishing review groups', () => {
  const position = (id: number): number => [5, 3, 9, 1, 7].indexOf(id);
  const cases: [string, number[][], number[], { photoIds: number[]; message: string }[]][] = [
    ['orders photos and groups by stream position', [[9, 3], [1, 7]], [], [{ photoIds: [3, 9], message: '2 held' }, { photoIds: [1, 7], message: '2 held' }]],
    ['drops a group that holds nothing', [[], [5]], [], [{ photoIds: [5], message: '1 held' }]],
    ['neither lists nor counts a photo hidden by hand', [[5, 3, 9]], [3], [{ photoIds: [5, 9], message: '2 held' }]],
    ['drops a group whose every photo was hidden by hand', [[5], [3, 9]], [5], [{ photoIds: [3, 9], message: '2 held' }]],
  ];
  it.each(cases)('%s', (_name, groups, hidden, expected) => {
    const drafts = groups.map((ids) => draftOf('unreadable-card', say, [...ids]));
    expect(finishDrafts(drafts, position, (id) => hidden.includes(id))).toEqual(expected.map((group) => ({ reason: 'unreadable-card', ...group })));
  });
});
