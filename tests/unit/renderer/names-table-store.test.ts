import { describe, expect, it } from 'vitest';
import type { ApiClient, ApiHandlers, MethodInput } from '../../../shared/api/contract.js';
import { createClient, handleCall } from '../../../shared/api/derive.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { fakeHandlers } from '../shell/fake-handlers.js';

/** The names table's slice over the real client derivation, so the contract's schema checks each save too. */
function tableOver(overrides: Partial<ApiHandlers> = {}) {
  const updates: MethodInput<'subjects.update'>[] = [];
  let lists = 0;
  const handlers = fakeHandlers({
    'subjects.update': (input) => {
      updates.push(input);
      return Promise.resolve({ code: input.code });
    },
    'subjects.details': () => {
      lists += 1;
      return Promise.resolve([{ code: 'K7Q2', firstName: 'Ada', lastName: 'L', group: '3B', spare: false, photos: 1, activated: false, grade: '3', email: null, phone: null, externalId: null }]);
    },
    ...overrides,
  });
  const api: ApiClient = createClient((channel, input) => handleCall(handlers, channel.replace(/^api:/, ''), input));
  return { store: createAppStore(api), updates, lists: () => lists };
}

describe('names table store', () => {
  it('saves a cell as one field of subjects.update, and reads the table again', async () => {
    const { store, updates, lists } = tableOver();
    await store.getState().loadTable('Day');
    expect(await store.getState().saveCell('K7Q2', 'email', ' ada@example.org ')).toBeNull();
    expect(updates).toEqual([{ job: 'Day', code: 'K7Q2', email: 'ada@example.org' }]);
    expect(lists()).toBe(2);
  });

  it.each([
    { field: 'firstName', value: '', refusal: 'the first name cannot be empty' },
    { field: 'email', value: 'ada at home', refusal: '"ada at home" is not an email address' },
  ] as const)('refuses $field "$value" before sending it, with the contract’s words', async ({ field, value, refusal }) => {
    const { store, updates } = tableOver();
    await store.getState().loadTable('Day');
    expect(await store.getState().saveCell('K7Q2', field, value)).toBe(refusal);
    expect(updates).toEqual([]);
  });

  it('passes on why core refused a save', async () => {
    const { store } = tableOver({ 'subjects.update': () => Promise.reject(new Error('no subject of job "Day" has the access code K7Q2')) });
    await store.getState().loadTable('Day');
    expect(await store.getState().saveCell('K7Q2', 'lastName', 'Lim')).toBe('no subject of job "Day" has the access code K7Q2');
  });
});
