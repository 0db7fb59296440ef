import { createStore } from 'zustand/vanilla';
import { createBulkSlice } from './bulk-slice';
import { createCardsSlice } from './cards-slice';
import { createGridSlice } from './grid-slice';
import { createJobsSlice } from './jobs-slice';
import { createNamesSlice } from './names-slice';
import { createPreflightSlice } from './preflight-slice';
import { createSortSlice } from './sort-slice';
import { createWatchSlice } from './watch-slice';
import { createWorkspaceSlice } from './workspace-slice';
import type { Api, AppState } from './types';

export function createAppStore(api: Api) {
  return createStore<AppState>()((...args) => ({
    ...createJobsSlice(api)(...args),
    ...createSortSlice(api)(...args),
    ...createWorkspaceSlice(api)(...args),
    ...createGridSlice()(...args),
    ...createBulkSlice(api)(...args),
    ...createWatchSlice(api)(...args),
    ...createCardsSlice(api)(...args),
    ...createNamesSlice(api)(...args),
    ...createPreflightSlice(api)(...args),
  }));
}
