import { JOB_STATUSES } from '../../../shared/domain';
import type { JobStatus } from '../../../shared/domain';
import { useAppStore } from '../store/use-app-store';

export function JobsPanel() {
  const jobs = useAppStore((s) => s.jobs);
  const jobsError = useAppStore((s) => s.jobsError);
  const setJobStatus = useAppStore((s) => s.setJobStatus);
  const deleteJob = useAppStore((s) => s.deleteJob);
  const openJobNamed = useAppStore((s) => s.openJobNamed);

  function confirmDelete(name: string) {
    // Deleting retires the job's codes for good, so it deserves a second click.
    if (window.confirm(`Delete job “${name}”? Its codes will be retired.`)) void deleteJob(name);
  }

  return (
    <section>
      <h2>Jobs</h2>
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
