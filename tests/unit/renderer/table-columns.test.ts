import { describe, expect, it } from 'vitest';
import { cellText, moveCell, TABLE_COLUMNS, type CellAt, type Move } from '../../../renderer/src/names/table-columns.js';
import { remapColumn } from '../../../renderer/src/names/remap-column.js';

const column = (key: string): number => TABLE_COLUMNS.findIndex((c) => c.key === key);

describe('moveCell: the names table’s keyboard', () => {
  const cases: [string, CellAt, Move, CellAt][] = [
    ['down a row', { row: 0, column: 2 }, 'down', { row: 1, column: 2 }],
    ['not below the last row', { row: 2, column: 2 }, 'down', { row: 2, column: 2 }],
    ['not above the first', { row: 0, column: 2 }, 'up', { row: 0, column: 2 }],
    ['left onto the code, which can be looked at', { row: 1, column: column('email') }, 'left', { row: 1, column: column('code') }],
    ['not right of the last column', { row: 1, column: TABLE_COLUMNS.length - 1 }, 'right', { row: 1, column: TABLE_COLUMNS.length - 1 }],
    ['Tab to the next cell', { row: 0, column: column('firstName') }, 'next', { row: 0, column: column('lastName') }],
    ['Tab over the code, which is not typed', { row: 0, column: column('grade') }, 'next', { row: 0, column: column('email') }],
    ['Tab from the last editable cell to the next row', { row: 0, column: column('externalId') }, 'next', { row: 1, column: column('firstName') }],
    ['Shift+Tab back over the code', { row: 1, column: column('email') }, 'previous', { row: 1, column: column('grade') }],
    ['Shift+Tab to the end of the row before', { row: 1, column: column('firstName') }, 'previous', { row: 0, column: column('externalId') }],
    ['Tab stays at the end of the table', { row: 2, column: column('externalId') }, 'next', { row: 2, column: column('externalId') }],
    ['Shift+Tab stays at its start', { row: 0, column: column('firstName') }, 'previous', { row: 0, column: column('firstName') }],
  ];
  it.each(cases)('%s', (_, from, move, to) => {
    expect(moveCell(from, move, 3)).toEqual(to);
  });

  it('leaves the code, photos and activation uneditable', () => {
    expect(TABLE_COLUMNS.filter((c) => !c.editable).map((c) => c.key)).toEqual(['code', 'photos', 'activated']);
  });
});

describe('cellText', () => {
  const subject = { code: 'AAAA2222', firstName: 'Mia', lastName: 'Weber', group: '3a', grade: '3', spare: false, photos: 4, activated: true, email: null, phone: '0171', externalId: null };
  it.each([
    ['firstName', 'Mia'],
    ['email', ''],
    ['phone', '0171'],
    ['photos', '4'],
    ['activated', 'Yes'],
  ])('%s shows "%s"', (key, text) => {
    expect(cellText(subject, column(key))).toBe(text);
  });
});

describe('remapColumn: one column per field', () => {
  it.each([
    { name: 'maps a field', from: {}, field: 'firstName', column: 'Given', to: { firstName: 'Given' } },
    { name: 'replaces its column', from: { firstName: 'Given' }, field: 'firstName', column: 'Rufname', to: { firstName: 'Rufname' } },
    { name: 'moves a column from another field', from: { firstName: 'Given', lastName: 'Family' }, field: 'lastName', column: 'Given', to: { lastName: 'Given' } },
    { name: 'unmaps with none', from: { firstName: 'Given', group: 'Form' }, field: 'group', column: '', to: { firstName: 'Given' } },
  ] as const)('$name', ({ from, field, column: title, to }) => {
    expect(remapColumn(from, field, title)).toEqual(to);
  });
});
