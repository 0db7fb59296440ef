import type { JobStatus } from './domain.js';

export const CUSTOMER_STATES = ['gallery', 'almost-ready', 'incorrect-code', 'archived'] as const;
export type CustomerState = (typeof CUSTOMER_STATES)[number];

/** What the shop shows for each state, word for word (design.md §1); the first two add the registration form. */
export const CUSTOMER_MESSAGES: Record<CustomerState, string> = {
  gallery: 'Your photos are ready.',
  'almost-ready': 'Your photos are almost ready.',
  'incorrect-code': 'Error! You have entered an incorrect access code. Please try again',
  archived: 'Missed the Sale? No Worries - Your Memories Are Safe!',
};

/** An access code as the shop finds it. */
export type CodeAsFound =
  | { exists: false }
  | { exists: true; retired: boolean; jobStatus: JobStatus; activated: boolean; visiblePhotos: number };

/**
 * What a customer who types the code sees: the one rule the desktop's pre-flight predicts and the
 * shop server answers with. A retired code (its job deleted) is as unknown as one never made. The
 * gallery needs all three: the job selling, the code activated, a visible photo. An archived job's
 * codes show the archive message, activated or not: its sale is over either way.
 */
export function customerView(code: CodeAsFound): { state: CustomerState; message: string } {
  const state = stateOf(code);
  return { state, message: CUSTOMER_MESSAGES[state] };
}

function stateOf(code: CodeAsFound): CustomerState {
  if (!code.exists || code.retired) return 'incorrect-code';
  if (code.jobStatus === 'archived') return 'archived';
  if (code.jobStatus === 'selling' && code.activated && code.visiblePhotos > 0) return 'gallery';
  return 'almost-ready';
}
