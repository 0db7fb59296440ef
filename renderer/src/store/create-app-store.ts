import { createStore } from 'zustand/vanilla';
import { createJobsSlice } from './jobs-slice';
import { createSortSlice } from './sort-slice';
import type { Api, AppState } from './types';

export function createAppStore(api: Api) {
  return createStore<AppState>()((...args) => ({
    ...createJobsSlice(api)(...args),
    ...createSortSlice(api)(...args),
  }));
}
