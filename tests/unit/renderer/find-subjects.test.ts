import { describe, expect, it } from 'vitest';
import { findSubjects, indexSubjects } from '../../../renderer/src/names/find-subjects.js';
import { foldText } from '../../../renderer/src/names/fold-text.js';

describe('foldText: a name as typed on any keyboard', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['JÜRGEN Müller', 'jurgen muller'],
    ['Łukasz-Wiśniewska', 'lukasz-wisniewska'],
    ['Weiß', 'weiss'],
    ['Søren Ærø', 'soren aero'],
    ['Ağça Öztürk', 'agca ozturk'],
    ['Renée', 'renee'],
    ['Дарья', 'дарья'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds a name typed with a combining accent as the precomposed one', () => {
    expect(foldText('Zoe\u0308')).toBe(foldText('Zo\u00eb'));
  });
});

const subject = (firstName: string, lastName: string, group: string, code: string, spare = false) => ({ firstName, lastName, group, code, spare });
const SUBJECTS = [
  subject('Spare', 'One', '', 'SPAREAAA', true),
  subject('Zoë', 'Łukasz', '10A', 'ZOEK2222'),
  subject('Jürgen', 'Müller', '2B', 'JURG3333'),
  subject('Zoe', 'Adams', '2B', 'ADAM4444'),
  subject('Ben', 'Ott', '2B', 'BENO5555'),
];
const names = (found: readonly { firstName: string; lastName: string }[]): string[] => found.map((s) => `${s.firstName} ${s.lastName}`);

describe('findSubjects: search and class filter in school order', () => {
  const index = indexSubjects(SUBJECTS);

  it('lists everyone by class ("2B" before "10A"), last and first name, the walk-up cards last', () => {
    expect(names(findSubjects(index, '', null))).toEqual(['Zoe Adams', 'Jürgen Müller', 'Ben Ott', 'Zoë Łukasz', 'Spare One']);
  });

  it.each([
    { query: 'Zoe', found: ['Zoe Adams', 'Zoë Łukasz'] },
    { query: 'zoë', found: ['Zoe Adams', 'Zoë Łukasz'] },
    { query: 'lukasz', found: ['Zoë Łukasz'] },
    { query: 'muller jurgen', found: ['Jürgen Müller'] },
    { query: '  zoe   2b ', found: ['Zoe Adams'] },
    { query: 'benO5555', found: ['Ben Ott'] },
    { query: '10a', found: ['Zoë Łukasz'] },
    { query: 'spare', found: ['Spare One'] },
    { query: 'nobody', found: [] },
  ])('"$query" finds $found', ({ query, found }) => {
    expect(names(findSubjects(index, query, null))).toEqual(found);
  });

  it('keeps to one class, the search within it', () => {
    expect(names(findSubjects(index, '', '2B'))).toEqual(['Zoe Adams', 'Jürgen Müller', 'Ben Ott']);
    expect(names(findSubjects(index, 'zoe', '2B'))).toEqual(['Zoe Adams']);
  });

  it('offers the classes in school order, without the walk-up cards’ empty one', () => {
    expect(index.groups).toEqual(['2B', '10A']);
  });
});
