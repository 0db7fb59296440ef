import { describe, expect, it } from 'vitest';
import { failureText } from '../../../renderer/src/failure-text.js';

describe('failureText', () => {
  it.each([
    ['busy', 'a sort is already running; cancel it or wait for it to finish', 'Busy: a sort is already running; cancel it or wait for it to finish'],
    ['not-found', 'no job named "Winter"', 'Not found: no job named "Winter"'],
    ['conflict', 'there is already a job named "Autumn"; choose another name', 'Already taken: there is already a job named "Autumn"; choose another name'],
    ['invalid-input', '✖ Too small', 'Not valid: ✖ Too small'],
    ['transport', "Shootdesk's core process stopped unexpectedly", "Shootdesk stopped answering: Shootdesk's core process stopped unexpectedly"],
    ['failed', 'photo.jpg: image is truncated', 'photo.jpg: image is truncated'],
    ['forbidden', 'refused', 'refused'],
  ])('%s', (code, message, shown) => {
    expect(failureText({ code, message })).toBe(shown);
  });
});
