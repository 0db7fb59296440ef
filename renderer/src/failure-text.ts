/** What the window says for a failed call: the kind of refusal first when it is one the photographer acts on differently. */
const KINDS: Record<string, string> = {
  busy: 'Busy',
  'not-found': 'Not found',
  conflict: 'Already taken',
  'invalid-input': 'Not valid',
  transport: 'Shootdesk stopped answering',
};

export function failureText(error: { code: string; message: string }): string {
  const kind = KINDS[error.code];
  return kind ? `${kind}: ${error.message}` : error.message;
}
