// The public face of the shoot generator, for tests and the benchmark.
export { generateShoot, unlockShoot } from './generate-shoot.js';
export { generateBenchShoot, benchShootSpec } from './bench-shoot.js';
export { scoreReport, type Score, type ScoreOptions } from './score-report.js';
export { idealReport } from './ideal-report.js';
export { writeNamesCsv, type NamesCsvVariant } from './names-csv.js';
export { TRAPS, DEFAULT_CAMERAS, trapsShootSpec, type Trap, type ShootSpec, type CameraSpec } from './shoot-spec.js';
export { FOREIGN_QR_PAYLOAD, POSTER_URL_PAYLOAD } from './plan-photos.js';
export { CODE_ALPHABET } from './make-subjects.js';
export type { Expected, ManifestFile, ManifestSubject, ManifestCamera, ShootManifest } from './manifest.js';
