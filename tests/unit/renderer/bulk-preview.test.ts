import { describe, expect, it } from 'vitest';
import { bulkPreview } from '../../../renderer/src/workspace/bulk-preview.js';

const subject = (code: string, firstName: string) => ({ code, firstName, lastName: 'X', group: '', spare: false, photos: 0, activated: false });
const SUBJECTS = [subject('AAAA2222', 'Ada'), subject('BBBB3333', 'Bo')];
const STREAMS = [
  ['a/1', 'a/2', 'a/3', 'a/4'],
  ['b/1', 'b/2', 'b/3'],
];

describe('the live preview of bulk marks', () => {
  it('shows where every photo goes, per camera, from each mark to the next', () => {
    const preview = bulkPreview(
      STREAMS,
      new Map([
        ['a/2', 'AAAA2222'],
        ['a/4', null],
        ['b/1', 'BBBB3333'],
        ['b/3', null],
      ]),
      SUBJECTS,
    );
    expect(Object.fromEntries(preview)).toEqual({
      'a/2': { mark: 'Ada X', target: 'Ada X' },
      'a/3': { target: 'Ada X' },
      'a/4': { mark: 'New spare 1', target: 'New spare 1' },
      'b/1': { mark: 'Bo X', target: 'Bo X' },
      'b/2': { target: 'Bo X' },
      'b/3': { mark: 'New spare 2', target: 'New spare 2' },
    });
  });

  it('shows a code that is no subject as the code, and nothing for a mark off the filmstrip', () => {
    const preview = bulkPreview(STREAMS, new Map([['b/2', 'ZZZZ9999'], ['gone/1', 'AAAA2222']]), SUBJECTS);
    expect(Object.fromEntries(preview)).toEqual({ 'b/2': { mark: 'ZZZZ9999', target: 'ZZZZ9999' }, 'b/3': { target: 'ZZZZ9999' } });
  });
});
