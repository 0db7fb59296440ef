import type { Rng } from './prng.js';

/** The shop's code alphabet: no look-alikes (0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const FIRST_NAMES = [
  'Emma', 'Noah', 'Mia', 'Leon', 'Zoë', 'Finn', 'Hannah', 'Paul', 'Lea', 'Jonas', 'Chloé', 'Elias',
  'Sofía', 'Ben', 'Amélie', 'Luis', 'Ida', 'Malik', 'Nora', 'Theo', 'Aylin', 'Jakob', 'Lina', 'Oskar',
];
const LAST_NAMES = [
  'Müller', 'Schmidt', 'Novak', 'García', "O'Brien", 'Nguyen', 'Weber', 'Kowalski', 'Brontë',
  'Jensen', 'Rossi', 'Öztürk', 'Dubois', 'Smith', 'Fischer', 'Lefèvre', 'Hansen', 'Costa',
];
const GROUPS = ['1A', '1B', '2A', '3C', '4B'];

export interface Subject {
  code: string;
  firstName: string;
  lastName: string;
  group: string;
}

export function makeCode(rng: Rng): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += rng.pick([...CODE_ALPHABET]);
  return code;
}

export function makeSubjects(count: number, rng: Rng): Subject[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(makeCode(rng));
  return [...codes].map((code, i) => ({
    code,
    firstName: rng.pick(FIRST_NAMES),
    lastName: rng.pick(LAST_NAMES),
    group: GROUPS[Math.floor((i * GROUPS.length) / count)] ?? 'staff',
  }));
}
