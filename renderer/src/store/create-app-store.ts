import { createStore } from 'zustand/vanilla';
import { createBulkSlice } from './bulk-slice';
import { createCardsSlice } from './cards-slice';
import { createExportSlice } from './export-slice';
import { createGridSlice } from './grid-slice';
import { createJobsSlice } from './jobs-slice';
import { createNamesSlice } from './names-slice';
import { createNamesTableSlice } from './names-table-slice';
import { createPreflightSlice } from './preflight-slice';
import { createRekeySlice } from './rekey-slice';
import { createResumeSlice } from './resume-slice';
import { createSortSlice } from './sort-slice';
import { createSyncSlice } from './sync-slice';
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
    ...createExportSlice(api)(...args),
    ...createNamesSlice(api)(...args),
    ...createNamesTableSlice(api)(...args),
    ...createPreflightSlice(api)(...args),
    ...createRekeySlice(api)(...args),
    ...createSyncSlice(api)(...args),
    ...createResumeSlice(api)(...args),
  }));
}
