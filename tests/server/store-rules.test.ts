import { describe, expect, it } from 'vitest';
import { judgeCodeClaim, type HeldCode } from '../../server/src/store/rules/code-rules.js';
import { jobPutEffect, liveJobOf, type JobRow } from '../../server/src/store/rules/job-rules.js';
import { replayOf } from '../../server/src/store/rules/operation-rules.js';
import { bytesVerdict, checkRedeclare, type StoredPhoto } from '../../server/src/store/rules/photo-rules.js';

const job = (overrides: Partial<JobRow> = {}): JobRow => ({ id: 1, client_id: 'j', name: 'Spring', status: 'selling', created_at: 't', updated_at: 't', deleted_at: null, ...overrides });

describe('the rules both databases apply', () => {
  it.each<[string, HeldCode | undefined, 'keep' | 'take' | RegExp]>([
    ['a free code', undefined, 'take'],
    ['the subject’s own code', { subjectId: 7, retired: false }, 'keep'],
    ['another subject’s code', { subjectId: 8, retired: false }, /code-taken|already belongs/],
    ['a retired code', { subjectId: null, retired: true }, /retired and can never be used again/],
  ])('a subject claiming %s', (_what, held, expected) => {
    if (expected instanceof RegExp) expect(() => judgeCodeClaim('ABCD2345', held, 7)).toThrow(expected);
    else expect(judgeCodeClaim('ABCD2345', held, 7)).toBe(expected);
  });

  it.each<[string, JobRow | undefined, 'create' | 'update' | 'none' | RegExp]>([
    ['no job yet', undefined, 'create'],
    ['the same name and status', job(), 'none'],
    ['another status', job({ status: 'planning' }), 'update'],
    ['a deleted job', job({ deleted_at: 't' }), /was deleted/],
  ])('a job PUT on %s', (_what, row, expected) => {
    const put = () => jobPutEffect(row, 'j', { name: 'Spring', status: 'selling' });
    if (expected instanceof RegExp) expect(put).toThrow(expected);
    else expect(put()).toBe(expected);
  });

  it('refuses a missing job with 404 and a deleted one with 410', () => {
    expect(() => liveJobOf(undefined, 'j')).toThrow(expect.objectContaining({ status: 404 }) as Error);
    expect(() => liveJobOf(job({ deleted_at: 't' }), 'j')).toThrow(expect.objectContaining({ status: 410, code: 'job-deleted' }) as Error);
  });

  it.each<[string, StoredPhoto | undefined, string]>([
    ['no record', undefined, 'photo-gone'],
    ['a record with its bytes', { sha256: 'a', size: 1, blobKey: 'k' }, 'already-present'],
    ['a record re-declared with another hash', { sha256: 'b', size: 1, blobKey: null }, 'record-differs'],
    ['a record waiting for exactly these bytes', { sha256: 'a', size: 1, blobKey: null }, 'recorded'],
  ])('verified bytes for %s', (_what, stored, verdict) => {
    expect(bytesVerdict(stored, 'a')).toBe(verdict);
  });

  it('lets a record change hash and size until its bytes arrive, and not after', () => {
    expect(() => checkRedeclare('p', { sha256: 'a', size: 1, blobKey: null }, { sha256: 'b', size: 2 })).not.toThrow();
    expect(() => checkRedeclare('p', { sha256: 'a', size: 1, blobKey: 'k' }, { sha256: 'a', size: 1 })).not.toThrow();
    expect(() => checkRedeclare('p', { sha256: 'a', size: 1, blobKey: 'k' }, { sha256: 'a', size: 2 })).toThrow(/already has its bytes/);
  });

  it('replays a recorded operation for the same request and refuses it for another', () => {
    const recorded = { fingerprint: 'f', status: 201, body: '{"id":"j"}' };
    expect(replayOf(recorded, { key: 'k', fingerprint: 'f' })).toEqual({ status: 201, body: { id: 'j' }, replayed: true });
    expect(() => replayOf(recorded, { key: 'k', fingerprint: 'g' })).toThrow(expect.objectContaining({ status: 409, code: 'operation-reused' }) as Error);
  });
});
