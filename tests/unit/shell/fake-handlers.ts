import type { ApiHandlers, MethodOutput } from '../../../shared/api/contract.js';
import { photoColumns } from '../../support/photo-columns.js';

export const JOB = { name: 'Springfield 2025', status: 'planning', subjects: 12, photos: 340, createdAt: '2025-09-01T08:00:00Z', shopUrl: null } as const;

export const REPORT: MethodOutput<'sort.run'> = {
  job: { name: 'Springfield 2025' },
  galleries: [{ code: 'K7Q2', subject: { firstName: 'Ada', lastName: 'L', group: '3B', spare: false }, cards: ['c.jpg'], index: 'p.jpg', photos: ['p.jpg'] }],
  unassigned: [],
  review: [],
  errors: [],
  stats: { files: 2, photos: 1, cards: 1, seconds: 0.5 },
};

export const SYNC_STATUS: MethodOutput<'sync.status'> = {
  state: 'online',
  server: 'https://shop.example.com',
  pending: 0,
  photos: 0,
  bytesPending: 0,
  bytesPerSecond: 0,
  secondsLeft: null,
  run: null,
  problems: [],
  problemCount: 0,
  parallel: 2,
  uploadSize: 'original',
  resumed: 0,
};

/** Core stand-in: answers every method with fixed data; tests override single methods. */
export function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
    'jobs.list': () => Promise.resolve([JOB]),
    'jobs.delete': () => Promise.resolve({ retiredCodes: 3 }),
    'jobs.rename': () => Promise.resolve({}),
    'jobs.setStatus': () => Promise.resolve({}),
    'jobs.setShopUrl': ({ url }) => Promise.resolve({ url }),
    'sort.run': () => Promise.resolve(REPORT),
    'watch.start': () => Promise.resolve({}),
    'watch.stop': () => Promise.resolve({ stopped: true }),
    'folders.pick': () => Promise.resolve({ folders: ['/Volumes/CARD/DCIM'] }),
    'sort.cancel': () => Promise.resolve({ cancelled: true }),
    'sort.interrupted': () => Promise.resolve([]),
    'sort.resume': () => Promise.resolve(REPORT),
    'sort.dismiss': () => Promise.resolve({ dismissed: true }),
    'codes.activate': ({ codes }) => Promise.resolve({ activated: codes }),
    'db.backup': ({ file }) => Promise.resolve({ file }),
    'db.restore': () => Promise.resolve({ kept: '/data/shootdesk before restore 2026-12-01 10-00-00.sqlite', fromVersion: 10, version: 11 }),
    'db.versions': () => Promise.resolve({ betterSqlite3: '12.6.2', sqlite: '3.51.2', schema: 11 }),
    'names.import': ({ dryRun }) =>
      Promise.resolve({ added: 2, updated: 0, unchanged: 0, rows: 2, notInList: [], problems: [], dryRun, columns: ['First Name', 'Last Name'], mapping: { firstName: 'First Name', lastName: 'Last Name' } }),
    'names.export': ({ file }) => Promise.resolve({ file, rows: 2 }),
    'codes.deactivate': ({ codes }) => Promise.resolve({ deactivated: codes }),
    'preflight.get': () => Promise.resolve({ entries: [], counts: { gallery: 0, 'almost-ready': 0, 'incorrect-code': 0, archived: 0 }, warnings: [] }),
    'codes.generate': () => Promise.resolve({ added: ['SPARE001'], spares: 1, listed: 10 }),
    'codes.rekey': ({ mapFile }) => Promise.resolve({ codes: [{ old: 'K7QX2MPA', code: 'K7QX2MPA26', firstName: 'Ada', lastName: 'Lim', group: '1A' }], activated: 0, mapFile: mapFile ?? null }),
    'sync.run': ({ server }) => Promise.resolve({ server: server ?? 'https://shop.example.com', sent: 3, left: 0, offline: false, problems: [] }),
    'sync.cancel': () => Promise.resolve({ cancelled: false }),
    'sync.status': () => Promise.resolve(SYNC_STATUS),
    'sync.settings.set': () => Promise.resolve(SYNC_STATUS),
    'sync.pause': () => Promise.resolve({ ...SYNC_STATUS, state: 'paused' }),
    'sync.resume': () => Promise.resolve(SYNC_STATUS),
    'sync.retryProblems': ({ ids }) => Promise.resolve({ retried: ids?.length ?? 0 }),
    'cards.print': ({ file }) => Promise.resolve({ file, pages: 2, cards: 11, spares: 1 }),
    'contactSheets.print': ({ file }) => Promise.resolve({ file, pages: 3, groups: 2, pupils: 10 }),
    'export.yearbook': ({ folder }) => Promise.resolve({ folder, portraits: 11, imageFolders: ['IMAGES01'], leftOut: [], spares: 1 }),
    'export.photoCodes': ({ file }) => Promise.resolve({ file, rows: 40, photos: 38 }),
    'galleries.get': () => Promise.resolve(REPORT),
    'galleries.prepare': () => Promise.resolve({}),
    'subjects.list': () =>
      Promise.resolve([{ code: 'K7Q2', firstName: 'Ada', lastName: 'L', group: '3B', spare: false, photos: 1, activated: false }]),
    'photos.list': () =>
      Promise.resolve(
        photoColumns([
          { name: 'c.jpg', sha256: 'c'.repeat(64), camera: 'Canon EOS R6', takenAt: '2025-09-01T08:00:00', kind: 'card', hiddenByHand: false, keptUnassigned: false },
          { name: 'p.jpg', sha256: 'a'.repeat(64), camera: 'Canon EOS R6', takenAt: '2025-09-01T08:00:05', kind: 'photo', hiddenByHand: false, keptUnassigned: false },
        ]),
      ),
    'photos.missing': () => Promise.resolve([]),
    'photos.assign': ({ photos }) => Promise.resolve({ code: 'K7Q2', photos: photos.length }),
    'photos.streams': () => Promise.resolve([{ photos: ['c.jpg', 'p.jpg'] }]),
    'photos.bulkTag': ({ marks }) => Promise.resolve({ subjects: marks.map((mark) => ({ code: mark.code ?? 'SPARE', photos: 1 })) }),
    'subjects.rename': ({ code }) => Promise.resolve({ code }),
    'subjects.update': ({ code }) => Promise.resolve({ code }),
    'subjects.details': () =>
      Promise.resolve([{ code: 'K7Q2', firstName: 'Ada', lastName: 'L', group: '3B', spare: false, photos: 1, activated: false, grade: '3', email: null, phone: null, externalId: null }]),
    'subjects.merge': ({ from, into }) => Promise.resolve({ from, code: into, photos: 2 }),
    'photos.markCard': ({ code }) => Promise.resolve({ code, photos: 3 }),
    'photos.keepUnassigned': ({ photos }) => Promise.resolve({ photos: photos.length }),
    'photos.setHidden': ({ photos }) => Promise.resolve({ photos: photos.length }),
    'spares.add': ({ count }) => Promise.resolve({ codes: Array.from({ length: count }, (_, i) => `SPARE${i}`) }),
    'history.step': () => Promise.resolve({ change: null }),
    'history.list': () => Promise.resolve([]),
    ...overrides,
  };
}
