import { JOB_STATUSES } from '../../../shared/domain';
import type { JobStatus } from '../../../shared/domain';
import { useAppStore } from '../store/use-app-store';
import { InterruptedSorts } from './InterruptedSorts';

export function JobsPanel() {
  const jobs = useAppStore((s) => s.jobs);
  const jobsError = useAppStore((s) => s.jobsError);
  const setJobStatus = useAppStore((s) => s.setJobStatus);
  const deleteJob = useAppStore((s) => s.deleteJob);
  const openJobNamed = useAppStore((s) => s.openJobNamed);
  const renameJob = useAppStore((s) => s.renameJob);
  const openCards = useAppStore((s) => s.openCards);
  const openNames = useAppStore((s) => s.openNames);
  const openRekey = useAppStore((s) => s.openRekey);
  const openExports = useAppStore((s) => s.openExports);

  function confirmDelete(name: string) {
    // Deleting retires the job's codes for good and makes its printed cards worthless: say so, and ask twice.
    if (window.confirm(`Delete job “${name}”? Its access codes are retired for ever: the cards printed for it stop working, and no parent can open its galleries again.`)) void deleteJob(name);
  }

  function askRename(name: string) {
    const to = window.prompt(`New name for “${name}”`, name)?.trim();
    if (to && to !== name) void renameJob(name, to);
  }

  return (
    <section>
      <h2>Jobs</h2>
      <InterruptedSorts />
      <button type="button" onClick={() => openNames('')}>
        New job from a names list…
      </button>
      {jobsError && <p className="error">{jobsError}</p>}
      {jobs.length === 0 ? (
        <p>No jobs yet.</p>
      ) : (
        <table className="jobs">
          <thead>
            <tr>
              <th>Job</th>
              <th>Subjects</th>
              <th>Photos</th>
              <th>Created</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.name}>
                <td>{job.name}</td>
                <td>{job.subjects}</td>
                <td>{job.photos}</td>
                <td>{job.createdAt}</td>
                <td>
                  <select value={job.status} onChange={(e) => void setJobStatus(job.name, e.target.value as JobStatus)} aria-label={`Status of ${job.name}`}>
                    {JOB_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {status}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="actions">
                  <button type="button" aria-label={`Open ${job.name}`} onClick={() => void openJobNamed(job.name)}>
                    Open
                  </button>
                  <button type="button" aria-label={`Names list of ${job.name}`} onClick={() => openNames(job.name)}>
                    Names…
                  </button>
                  <button type="button" aria-label={`QR cards of ${job.name}`} onClick={() => openCards(job.name)}>
                    Cards…
                  </button>
                  <button type="button" aria-label={`Exports of ${job.name}`} onClick={() => openExports(job.name)}>
                    Exports…
                  </button>
                  <button type="button" aria-label={`New codes for ${job.name}`} onClick={() => void openRekey(job.name)}>
                    New codes…
                  </button>
                  <button type="button" aria-label={`Rename ${job.name}`} onClick={() => askRename(job.name)}>
                    Rename
                  </button>
                  <button type="button" aria-label={`Delete ${job.name}`} onClick={() => confirmDelete(job.name)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
