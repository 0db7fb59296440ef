import type { ExifFields } from './planned-file.js';
import type { CameraSpec } from './shoot-spec.js';

const SECOND = 1000;

/** Real time runs on; the body stamps it with its own wrong clock, which the photographer may set back mid-shoot. */
export interface CameraClock {
  /** Real time of the next frame, in ms. */
  now(): number;
  advance(ms: number): void;
  alignToSecond(): void;
  /** The body's clock goes back (a wrong setting corrected, a daylight-saving change); real time does not. */
  setBack(seconds: number): void;
  exif(noTime: boolean): ExifFields;
}

export function createCameraClock(startMs: number, camera: CameraSpec): CameraClock {
  let now = startMs;
  let offsetSeconds = camera.clockOffsetSeconds;
  return {
    now: () => now,
    advance: (ms) => (now += ms),
    alignToSecond: () => (now = Math.floor(now / SECOND) * SECOND + 100),
    setBack: (seconds) => (offsetSeconds -= seconds),
    exif: (noTime) => {
      const body = { make: camera.make, model: camera.model, serial: camera.serial };
      if (noTime) return body;
      const iso = new Date(now + offsetSeconds * SECOND).toISOString();
      const dateTime = `${iso.slice(0, 10).replaceAll('-', ':')} ${iso.slice(11, 19)}`;
      return { ...body, dateTime, subSec: String(Math.floor((now % SECOND) / 10)).padStart(2, '0') };
    },
  };
}

/** The shoot's start (local time without zone, read as UTC so no zone of the machine leaks in), in ms. */
export function startMsOf(start: string): number {
  return Date.parse(`${start}Z`);
}
