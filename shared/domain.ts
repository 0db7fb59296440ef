// Domain vocabulary shared by core, host, main, preload and renderer. No Node imports here.

export const JOB_STATUSES = ['planning', 'selling', 'archived'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const LINK_SOURCES = ['card', 'manual', 'bulk'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

export const REVIEW_REASONS = [
  'unreadable-card',
  'unknown-code',
  'other-job-code',
  'retired-code',
  'foreign-qr',
  'no-capture-time',
  'duplicate',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

export interface SubjectSummary {
  firstName: string;
  lastName: string;
  group: string;
  spare: boolean;
}

export interface Gallery {
  code: string;
  subject: SubjectSummary;
  /** Card photos of this subject (hidden from customers). */
  cards: string[];
  /** What a customer would see: visible, non-card photos. */
  photos: string[];
}

export interface ReviewGroup {
  reason: ReviewReason;
  photos: string[];
  message: string;
}

export interface FileError {
  file: string;
  message: string;
}

export interface SortStats {
  files: number;
  photos: number;
  cards: number;
  seconds: number;
}

/** The `shootdesk sort --json` document: a contract other tools read. */
export interface SortReport {
  job: { name: string };
  galleries: Gallery[];
  unassigned: string[];
  review: ReviewGroup[];
  errors: FileError[];
  stats: SortStats;
}

export type ScanStage = 'walk' | 'analyse' | 'split' | 'done';

export interface ScanProgress {
  stage: ScanStage;
  done: number;
  total: number;
  /** Files per second over the analyse stage so far. */
  rate: number;
}
