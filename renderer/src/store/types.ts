import type { ApiClient, EventPayload, MethodOutput } from '../../../shared/api/contract';
import type { BulkSlice } from './bulk-slice';
import type { CardsSlice } from './cards-slice';
import type { ExportSlice } from './export-slice';
import type { GridSlice } from './grid-slice';
import type { JobsSlice } from './jobs-slice';
import type { NamesSlice } from './names-slice';
import type { NamesTableSlice } from './names-table-slice';
import type { PreflightSlice } from './preflight-slice';
import type { RekeySlice } from './rekey-slice';
import type { ResumeSlice } from './resume-slice';
import type { SortSlice } from './sort-slice';
import type { SyncSlice } from './sync-slice';
import type { WatchSlice } from './watch-slice';
import type { WorkspaceSlice } from './workspace-slice';

export type JobSummary = MethodOutput<'jobs.list'>[number];
export type SortReport = MethodOutput<'sort.run'>;
export type ScanProgress = EventPayload<'scan.progress'>;
export type InterruptedSort = MethodOutput<'sort.interrupted'>[number];

/** Slices get the API passed in, so they run against a fake in tests. */
export type Api = ApiClient;

/** The whole store: one slice per domain. */
export type AppState = JobsSlice & SortSlice & WorkspaceSlice & GridSlice & BulkSlice & WatchSlice & CardsSlice & ExportSlice & NamesSlice & NamesTableSlice & PreflightSlice & RekeySlice & SyncSlice & ResumeSlice;
