import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import type { BigJob } from './build-big-job.js';
import { openCopy } from './open-copy.js';

/**
 * The built job is what its plan says, through core's own answers: every pupil's gallery holds
 * exactly their portraits, the queue before each camera's first card is unassigned, each unreadable
 * card holds its pupil's photos for review. Redoing the split (a change and its undo) changes
 * nothing, and assigning the 1,000 unassigned photos works: the runs time exactly that.
 */
export async function checkBigJob(job: BigJob, jobName: string): Promise<void> {
  const { plan } = job;
  const copy = openCopy(job);
  try {
    const api = copy.core.handlers;
    const [report, photos, subjects] = await Promise.all([api['galleries.get']({ job: jobName }), api['photos.list']({ job: jobName }), api['subjects.list']({ job: jobName })]);
    strictEqual(photos.names.length, plan.frames.length, 'photos.list');
    strictEqual(subjects.length, plan.subjects.length, 'subjects.list');

    const expected = new Map<string, string[]>();
    const held = new Map<string, string[]>();
    const unassigned: string[] = [];
    let heldBy: string | null = null;
    for (const frame of plan.frames) {
      const { content } = frame;
      const code = content.subject === null ? null : (plan.subjects[content.subject]?.code ?? null);
      if (content.kind === 'unreadable-card') heldBy = code;
      else if (content.kind === 'card') heldBy = null;
      // A held group is the unreadable card and the photos after it.
      if (heldBy !== null && code === heldBy) held.set(heldBy, [...(held.get(heldBy) ?? []), frame.relPath]);
      else if (content.kind === 'photo' && code === null) unassigned.push(frame.relPath);
      else if (content.kind === 'photo' && code !== null) expected.set(code, [...(expected.get(code) ?? []), frame.relPath]);
    }
    deepStrictEqual(new Map(report.galleries.map((g) => [g.code, [...g.photos].sort()])), new Map([...expected].map(([code, names]) => [code, names.sort()])), 'galleries');
    deepStrictEqual([...report.unassigned].sort(), unassigned.sort(), 'unassigned');
    deepStrictEqual(
      report.review.map((group) => [group.reason, [...group.photos].sort()]),
      [...held.values()].map((names) => ['unreadable-card', names.sort()]),
      'review',
    );

    const [first] = report.unassigned;
    if (first === undefined) throw new Error('the job has no unassigned photo');
    await api['photos.setHidden']({ job: jobName, photos: [first], hidden: false });
    await api['history.step']({ job: jobName, direction: 'undo' });
    deepStrictEqual(await api['galleries.get']({ job: jobName }), report, 'galleries after a change and its undo');

    const target = report.galleries[0];
    if (!target) throw new Error('the job has no gallery');
    const assigned = await api['photos.assign']({ job: jobName, photos: report.unassigned, target: { code: target.code } });
    strictEqual(assigned.photos, report.unassigned.length, 'photos assigned');
    const after = await api['galleries.get']({ job: jobName });
    strictEqual(after.unassigned.length, 0, 'unassigned after the assign');
    strictEqual(after.galleries.find((g) => g.code === target.code)?.photos.length, target.photos.length + report.unassigned.length, 'gallery after the assign');
  } finally {
    await copy.close();
  }
}
