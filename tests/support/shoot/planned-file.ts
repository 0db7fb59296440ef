import type { ManifestFile } from './manifest.js';
import type { Scene } from './scene.js';

/** EXIF a camera body writes; no `dateTime` models a frame without capture time. */
export interface ExifFields {
  make: string;
  model: string;
  serial: string;
  dateTime?: string;
  subSec?: string;
}

export type Content =
  | { type: 'jpeg'; scene: Scene; exif: ExifFields | null; truncate: boolean }
  | { type: 'heic'; scene: Scene }
  | { type: 'copy'; of: string }
  | { type: 'raw-companion' }
  | { type: 'empty' }
  | { type: 'text' }
  | { type: 'pixel-bomb'; width: number; height: number };

/** A file to write, with what the sorter must make of it. */
export interface PlannedFile extends ManifestFile {
  content: Content;
  /** Real time of the shot, for the file's mtime. */
  shotAtMs?: number;
}
