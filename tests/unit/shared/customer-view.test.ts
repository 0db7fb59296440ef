import { describe, expect, it } from 'vitest';
import { customerView, type CodeAsFound, type CustomerState } from '../../../shared/customer-view.js';

describe('customerView: what a customer sees for a code (design.md §1, row by row)', () => {
  const code = (jobStatus: 'planning' | 'selling' | 'archived', activated: boolean, visiblePhotos: number): CodeAsFound => ({ exists: true, retired: false, jobStatus, activated, visiblePhotos });
  const cases: [row: string, found: CodeAsFound, state: CustomerState, message: string][] = [
    ['planning, activated', code('planning', true, 5), 'almost-ready', 'Your photos are almost ready.'],
    ['planning, not activated', code('planning', false, 5), 'almost-ready', 'Your photos are almost ready.'],
    ['selling, activated, no visible photo', code('selling', true, 0), 'almost-ready', 'Your photos are almost ready.'],
    ['selling, exists, not activated', code('selling', false, 12), 'almost-ready', 'Your photos are almost ready.'],
    ['selling, does not exist', { exists: false }, 'incorrect-code', 'Error! You have entered an incorrect access code. Please try again'],
    ['selling, retired (deleted job)', { exists: true, retired: true, jobStatus: 'selling', activated: true, visiblePhotos: 9 }, 'incorrect-code', 'Error! You have entered an incorrect access code. Please try again'],
    ['archived, activated', code('archived', true, 4), 'archived', 'Missed the Sale? No Worries - Your Memories Are Safe!'],
    ['archived, not activated', code('archived', false, 4), 'archived', 'Missed the Sale? No Worries - Your Memories Are Safe!'],
    ['selling, activated, one visible photo', code('selling', true, 1), 'gallery', 'Your photos are ready.'],
  ];
  it.each(cases)('%s', (_row, found, state, message) => {
    expect(customerView(found)).toEqual({ state, message });
  });
});
