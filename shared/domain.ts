// Domain vocabulary shared by core, host, main, preload and renderer. No Node imports here.

import type { z } from 'zod';
import type { events, sortReportSchema } from './api/contract.js';

export const JOB_STATUSES = ['planning', 'selling', 'archived'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** What a names list's columns may hold. */
export const NAME_FIELDS = ['firstName', 'lastName', 'group', 'grade', 'code', 'email', 'phone', 'externalId'] as const;
export type NameField = (typeof NAME_FIELDS)[number];
/** A names list's column titles for some fields, given when the titles are not ones Shootdesk knows. */
export type ColumnMapping = Partial<Record<NameField, string>>;

/** Paper sizes QR cards are printed on. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
/** Cards per page: one large card, 2 columns by 4 rows, or 3 by 3. */
export const CARD_LAYOUTS = ['1', '2x4', '3x3'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

export const REVIEW_REASONS = [
  'unreadable-card',
  'unknown-code',
  'other-job-code',
  'retired-code',
  'foreign-qr',
  'no-capture-time',
  'duplicate',
  'background-card',
  'clock-change',
  'mixed-cameras',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

// The report and progress shapes are declared once, as the contract's zod schemas; these names
// are views of them for code that does not deal with the transport.
export type SortReport = z.infer<typeof sortReportSchema>;
export type Gallery = SortReport['galleries'][number];
export type ReviewGroup = SortReport['review'][number];
export type FileError = SortReport['errors'][number];
export type ScanProgress = z.infer<(typeof events)['scan.progress']>;
