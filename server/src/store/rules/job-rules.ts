import { notFound, Refusal } from '../../refusal.js';
import type { JobView } from '../repository.js';

/** A job as both databases keep it: deleted jobs stay, marked, so their ids and codes are never reused. */
export interface JobRow {
  id: number;
  client_id: string;
  name: string;
  status: JobView['status'];
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const jobViewOf = (row: JobRow): JobView => ({
  id: row.client_id,
  name: row.name,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The job a request names, refusing one the account does not have (404) or has deleted (410). */
export function liveJobOf(row: JobRow | undefined, jobId: string): JobRow {
  if (!row) throw notFound(`job ${jobId}`);
  if (row.deleted_at) throw new Refusal(410, 'job-deleted', `job ${jobId} was deleted; its codes are retired`);
  return row;
}

/** What a PUT of a job does to the row it finds: create it, change it, or leave it as it is. */
export function jobPutEffect(row: JobRow | undefined, jobId: string, body: { name: string; status: JobView['status'] }): 'create' | 'update' | 'none' {
  if (!row) return 'create';
  liveJobOf(row, jobId);
  return row.name !== body.name || row.status !== body.status ? 'update' : 'none';
}
