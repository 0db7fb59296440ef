import type { Notice } from '../../store/workspace-slice';

/** What the last change did (a status) or why it was refused (an alert, read out at once). */
export function NoticeLine({ notice }: { notice: Notice }) {
  return (
    <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice ${notice.kind === 'error' ? 'error' : ''}`}>
      {notice.text}
    </p>
  );
}
