import { z } from 'zod';
import { MAX_AFFIX } from '../codes/rekey-how.js';
import { MAX_SPARES } from '../codes/spares-target.js';
import { CUSTOMER_STATES } from '../customer-view.js';
import { CARD_LAYOUTS, JOB_STATUSES, NAME_FIELDS, PAPERS, REVIEW_REASONS } from '../domain.js';
import { normaliseShopUrl, SHOP_URL_RULE } from '../shop-address.js';
import { subjectEdits } from '../names/subject-fields.js';
import { MAX_PARALLEL_UPLOADS, syncStatusSchema, UPLOAD_SIZES } from './sync-status.js';

// The one API contract. Preload, IPC handlers, the browser bridge and the renderer's
// client are all derived from these two maps; nothing else declares a channel.

const jobName = z.string().trim().min(1).max(200);

const photoNames = z.array(z.string().min(1).max(4096)).min(1).max(100_000);

const subjectSummary = z.object({
  firstName: z.string(),
  lastName: z.string(),
  group: z.string(),
  spare: z.boolean(),
});

/** A subject as lists of the job show it. */
const subjectEntry = subjectSummary.extend({
  code: z.string(),
  /** Photos a customer sees in its gallery. */
  photos: z.number().int(),
  activated: z.boolean(),
});

export const sortReportSchema = z.object({
  job: z.object({ name: z.string() }),
  galleries: z.array(
    z.object({
      code: z.string(),
      subject: subjectSummary,
      cards: z.array(z.string()),
      /** The first photo after the subject's card: the gallery's cover. */
      index: z.string().nullable(),
      photos: z.array(z.string()),
    }),
  ),
  unassigned: z.array(z.string()),
  review: z.array(z.object({ reason: z.enum(REVIEW_REASONS), photos: z.array(z.string()), message: z.string() })),
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
  stats: z.object({ files: z.number(), photos: z.number(), cards: z.number(), seconds: z.number() }),
});

export const jobSummarySchema = z.object({
  name: z.string(),
  status: z.enum(JOB_STATUSES),
  subjects: z.number().int(),
  photos: z.number().int(),
  createdAt: z.string(),
  /** Where parents enter their codes, printed on the contact sheets; null until set. */
  shopUrl: z.string().nullable(),
});

export const interruptedSortSchema = z.object({
  job: z.string(),
  folder: z.string(),
  startedAt: z.string(),
  analysed: z.number().int(),
  found: z.number().int(),
});

export const methods = {
  'jobs.list': { input: z.object({}), output: z.array(jobSummarySchema) },
  'jobs.delete': { input: z.object({ name: jobName }), output: z.object({ retiredCodes: z.number().int() }) },
  'jobs.rename': { input: z.object({ name: jobName, to: jobName }), output: z.object({}) },
  'jobs.setStatus': { input: z.object({ name: jobName, status: z.enum(JOB_STATUSES) }), output: z.object({}) },
  /** The shop parents enter their codes at, as saved (a bare host becomes https://host). */
  'jobs.setShopUrl': {
    input: z.object({ name: jobName, url: z.string().max(2048).refine((url) => normaliseShopUrl(url) !== null, `the shop address must be ${SHOP_URL_RULE}`) }),
    output: z.object({ url: z.string() }),
  },
  'sort.run': {
    input: z.object({
      folder: z.string().min(1),
      job: jobName,
      names: z.string().min(1).optional(),
      /**
       * Seconds without a card after which photos are held as a possible missed card, kept for the job
       * ('auto': learnt from each camera's rhythm, 10–15 s). A family shoot pauses longer within one subject.
       */
      pause: z.union([z.number().min(1).max(3600), z.literal('auto')]).optional(),
    }),
    output: sortReportSchema,
  },
  /**
   * The native folder chooser. Only the desktop app has one: elsewhere (the browser bridge, the CLI)
   * the folder's path is typed, and this answers with an error saying so.
   */
  'folders.pick': { input: z.object({ title: z.string().max(200) }), output: z.object({ folders: z.array(z.string()) }) },
  'sort.cancel': { input: z.object({}), output: z.object({ cancelled: z.boolean() }) },
  /**
   * Sorts that stopped without ending (Shootdesk was killed or crashed), oldest first: how far each got,
   * the photos of its folder already read of those found there (0 found: it stopped while looking).
   */
  'sort.interrupted': { input: z.object({}), output: z.array(interruptedSortSchema) },
  /** Runs the job's interrupted sort again with its arguments: the photos already read are not read again. */
  'sort.resume': { input: z.object({ job: jobName }), output: sortReportSchema },
  /** Forgets the job's interrupted sort; what it read stays in the job. */
  'sort.dismiss': { input: z.object({ job: jobName }), output: z.object({ dismissed: z.boolean() }) },
  /**
   * Tethered shooting: sorts the folder into the job now and again whenever new photos have arrived,
   * until `watch.stop`; each pass is reported as a `watch.sorted` event. One folder at a time.
   */
  'watch.start': {
    input: z.object({ folder: z.string().min(1), job: jobName, names: z.string().min(1).optional() }),
    output: z.object({}),
  },
  'watch.stop': { input: z.object({}), output: z.object({ stopped: z.boolean() }) },
  /** The job as it stands, decisions by hand included: the shape of `sort.run`'s report. */
  'galleries.get': { input: z.object({ job: jobName }), output: sortReportSchema },
  /**
   * Reads ahead what a change by hand of the job needs (its photos as scanned, in shooting order), so
   * the first change does not: the workspace asks once the job's first screen is painted.
   */
  'galleries.prepare': { input: z.object({ job: jobName }), output: z.object({}) },
  /** Every subject of the job, with or without photos (a list to search and assign to). */
  'subjects.list': { input: z.object({ job: jobName }), output: z.array(subjectEntry) },
  /** The job's names list as a table: `subjects.list` with what the list said of each subject besides. */
  'subjects.details': {
    input: z.object({ job: jobName }),
    output: z.array(
      subjectEntry.extend({
        grade: z.string(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        /** The school's own pupil id. */
        externalId: z.string().nullable(),
      }),
    ),
  },
  /**
   * Corrects some details of one subject, keeping its code and photos; a spare given a name becomes
   * that pupil. The code itself changes only through a re-key.
   */
  'subjects.update': {
    input: z.object({ job: jobName, code: z.string().min(1).max(64), ...subjectEdits.shape }),
    output: z.object({ code: z.string() }),
  },
  /** Names a subject (a spare becomes that pupil), keeping its code and photos. */
  'subjects.rename': {
    input: z.object({
      job: jobName,
      code: z.string().min(1).max(64),
      firstName: z.string().trim().min(1).max(200),
      lastName: z.string().trim().min(1).max(200),
      group: z.string().trim().max(200),
    }),
    output: z.object({ code: z.string() }),
  },
  /**
   * One pupil photographed under two cards: every photo of `from` goes to `into`, and from's card
   * frames are read as into's card. `from` keeps its code, with no photos.
   */
  'subjects.merge': {
    input: z.object({ job: jobName, from: z.string().min(1).max(64), into: z.string().min(1).max(64) }),
    output: z.object({ from: z.string(), code: z.string(), photos: z.number().int() }),
  },
  /**
   * Every readable photo and card frame of the job in shooting order, named as the report names
   * them: what the page needs to show a thumbnail (by content hash) and its caption. Column by
   * column, entry i of each array being photo i: 20,000 objects repeating their keys made the
   * answer twice as large and slow to check, send and read.
   */
  'photos.list': {
    input: z.object({ job: jobName }),
    output: z
      .object({
        names: z.array(z.string()),
        sha256: z.array(z.string().regex(/^[0-9a-f]{64}$/).nullable()),
        /** The job's cameras, make and model as the camera wrote them ('' when a file has none)... */
        cameras: z.array(z.string()),
        /** ...and each photo's place in that list. */
        camera: z.array(z.number().int().nonnegative()),
        /** Capture time as the camera's clock had it (ISO 8601 without zone), null when missing. */
        takenAt: z.array(z.string().nullable()),
        /** The photos (their places in `names`) that are card frames, hidden by hand, kept unassigned. */
        cards: z.array(z.number().int().nonnegative()),
        hiddenByHand: z.array(z.number().int().nonnegative()),
        keptUnassigned: z.array(z.number().int().nonnegative()),
      })
      .refine(
        (list) =>
          [list.sha256, list.camera, list.takenAt].every((column) => column.length === list.names.length) &&
          list.camera.every((at) => at < list.cameras.length) &&
          [list.cards, list.hiddenByHand, list.keptUnassigned].every((places) => places.every((at) => at < list.names.length)),
        'every column has one entry per photo, and every place names one',
      ),
  },
  /**
   * The job's readable photos and card frames whose original is no longer on disk (deleted, moved,
   * card unplugged), named as the report names them, with the full path where each was. The cache
   * still shows their thumbnails, so nothing else would tell; uploads and exports need the original.
   */
  'photos.missing': {
    input: z.object({ job: jobName }),
    output: z.array(z.object({ name: z.string(), path: z.string() })),
  },
  /**
   * Each camera's photos in the order bulk tagging spans them (shooting order, the counter's
   * corrections included, copies left out), named as the report names them.
   */
  'photos.streams': {
    input: z.object({ job: jobName }),
    output: z.array(z.object({ photos: z.array(z.string()) })),
  },
  /** Photos are named as the report names them, or by full path. */
  'photos.assign': {
    input: z.object({
      job: jobName,
      photos: photoNames,
      target: z.union([z.object({ code: z.string().min(1).max(64) }), z.object({ newSpare: z.literal(true) })]),
    }),
    output: z.object({ code: z.string(), photos: z.number().int() }),
  },
  /** Each mark starts a subject (a code, or null: a new spare) that runs, per camera in shooting order, to the next mark. */
  'photos.bulkTag': {
    input: z.object({ job: jobName, marks: z.array(z.object({ photo: z.string().min(1).max(4096), code: z.string().min(1).max(64).nullable() })).min(1).max(100_000) }),
    output: z.object({ subjects: z.array(z.object({ code: z.string(), photos: z.number().int() })) }),
  },
  /** "This frame is the card of that code": a card no decoder could read; the photos after it follow it. */
  'photos.markCard': {
    input: z.object({ job: jobName, photo: z.string().min(1).max(4096), code: z.string().min(1).max(64) }),
    output: z.object({ code: z.string(), photos: z.number().int() }),
  },
  /** Keeps photos in no gallery on purpose, out of review (`keep` false undoes the decision). */
  'photos.keepUnassigned': {
    input: z.object({ job: jobName, photos: photoNames, keep: z.boolean() }),
    output: z.object({ photos: z.number().int() }),
  },
  'photos.setHidden': {
    input: z.object({ job: jobName, photos: photoNames, hidden: z.boolean() }),
    output: z.object({ photos: z.number().int() }),
  },
  'spares.add': {
    input: z.object({ job: jobName, count: z.number().int().min(1).max(1000) }),
    output: z.object({ codes: z.array(z.string()) }),
  },
  /** Undo or redo one tagging change; `change` is null when there was nothing to undo or redo. */
  'history.step': {
    input: z.object({ job: jobName, direction: z.enum(['undo', 'redo']) }),
    output: z.object({ change: z.string().nullable() }),
  },
  /** The job's tagging changes, oldest first; undone ones are what redo would bring back. */
  'history.list': {
    input: z.object({ job: jobName }),
    output: z.array(z.object({ label: z.string(), at: z.string(), undone: z.boolean() })),
  },
  /**
   * Imports a names list (CSV in any common encoding, or .xlsx) into the job, created if new; with
   * `dryRun`, only says what importing would do. Rows match the job's subjects by code, else
   * external id, else name and group; none is removed.
   */
  'names.import': {
    input: z.object({
      job: jobName,
      file: z.string().min(1).max(4096),
      dryRun: z.boolean(),
      /** Column titles for fields whose titles Shootdesk does not know; kept with the job for its next list. */
      map: z.partialRecord(z.enum(NAME_FIELDS), z.string().trim().min(1).max(200)).optional(),
    }),
    output: z.object({
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rows: z.number().int(),
      notInList: z.array(z.object({ firstName: z.string(), lastName: z.string(), group: z.string(), code: z.string() })),
      problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
      dryRun: z.boolean(),
      /** The file's column titles (its header row as found), to map fields to. */
      columns: z.array(z.string()),
      /** The column each field was read from: by its title, or by the mapping given or kept with the job. */
      mapping: z.partialRecord(z.enum(NAME_FIELDS), z.string()),
    }),
  },
  /** The job's names list with its codes, as CSV or .xlsx at `file` (never inside a photo folder); reads back with names.import. */
  'names.export': {
    input: z.object({ job: jobName, file: z.string().min(1).max(4096) }),
    output: z.object({ file: z.string(), rows: z.number().int() }),
  },
  /**
   * Brings the job's spare subjects (walk-up cards) up to a number, or a share of the names list
   * (10 % unless told), each with a fresh code of `length` characters unused by any job.
   */
  'codes.generate': {
    input: z.object({
      job: jobName,
      length: z.number().int().min(6).max(16).optional(),
      spares: z.union([z.object({ count: z.number().int().min(0).max(MAX_SPARES) }), z.object({ percent: z.number().min(0).max(100) })]).optional(),
    }),
    output: z.object({ added: z.array(z.string()), spares: z.number().int(), listed: z.number().int() }),
  },
  /** The job's QR cards as a PDF at `file` (never inside a photo folder): the list's pupils, then blank walk-up cards. */
  'cards.print': {
    input: z.object({ job: jobName, file: z.string().min(1).max(4096), paper: z.enum(PAPERS), layout: z.enum(CARD_LAYOUTS) }),
    output: z.object({ file: z.string(), pages: z.number().int(), cards: z.number().int(), spares: z.number().int() }),
  },
  /**
   * Gives every subject of the job a new code (the old one plus a suffix or prefix, or a fresh
   * one), all or none, keeping every photo link; the old codes are retired, and their cards in the
   * shoot still open their pupils' galleries. With `mapFile`, the old → new mapping as CSV there.
   */
  'codes.rekey': {
    input: z.object({
      job: jobName,
      how: z.union([
        z.object({ suffix: z.string().trim().min(1).max(MAX_AFFIX) }),
        z.object({ prefix: z.string().trim().min(1).max(MAX_AFFIX) }),
        z.object({ regenerate: z.literal(true), length: z.number().int().min(6).max(16).optional() }),
      ]),
      mapFile: z.string().min(1).max(4096).optional(),
    }),
    output: z.object({
      codes: z.array(z.object({ old: z.string(), code: z.string(), firstName: z.string(), lastName: z.string(), group: z.string() })),
      activated: z.number().int(),
      mapFile: z.string().nullable(),
    }),
  },
  /**
   * Contact sheets for the school as a PDF at `file` (never inside a photo folder): each class on
   * pages of its own, a strip per named pupil with the QR code, the code and the shop's address.
   */
  'contactSheets.print': {
    input: z.object({ job: jobName, file: z.string().min(1).max(4096), paper: z.enum(PAPERS) }),
    output: z.object({ file: z.string(), pages: z.number().int(), groups: z.number().int(), pupils: z.number().int() }),
  },
  /**
   * The yearbook delivery in the PSPA layout at `folder` (new or empty, never in a photo folder):
   * INDEX.TXT and each named pupil's index photo cropped to 640×800. A pupil without a portrait to
   * deliver is left out and listed with why; walk-up cards nobody named are left out and counted.
   */
  'export.yearbook': {
    input: z.object({ job: jobName, folder: z.string().min(1).max(4096) }),
    output: z.object({
      folder: z.string(),
      portraits: z.number().int(),
      imageFolders: z.array(z.string()),
      leftOut: z.array(
        z.object({
          code: z.string(),
          firstName: z.string(),
          lastName: z.string(),
          group: z.string(),
          reason: z.enum(['no-photo', 'hidden', 'shared', 'missing', 'unreadable']),
          message: z.string(),
        }),
      ),
      spares: z.number().int(),
    }),
  },
  /**
   * For a shop upload without QR cards: a CSV at `file` (never inside a photo folder) naming each
   * visible photo of every gallery with its access code, one row per photo and code.
   */
  'export.photoCodes': {
    input: z.object({ job: jobName, file: z.string().min(1).max(4096) }),
    output: z.object({ file: z.string(), rows: z.number().int(), photos: z.number().int() }),
  },
  /**
   * Sends the shop everything it has not learnt yet (the outbox), photos' bytes included, until
   * nothing is left, the shop stops answering, or `sync.cancel`. `server` and `token` are kept after
   * the first use.
   */
  'sync.run': {
    input: z.object({
      server: z.url({ protocol: /^https?$/ }).max(2000).optional(),
      token: z.string().trim().min(1).max(500).optional(),
      job: jobName.optional(),
    }),
    output: z.object({
      server: z.string(),
      sent: z.number().int(),
      left: z.number().int(),
      offline: z.boolean(),
      problems: z.array(z.object({ kind: z.enum(['job', 'job-deleted', 'subject', 'photo']), entityId: z.number().int(), why: z.string() })),
    }),
  },
  'sync.cancel': { input: z.object({}), output: z.object({ cancelled: z.boolean() }) },
  /** Where the sync the app runs by itself stands (also pushed, on every change, as the event `sync.changed`). */
  'sync.status': { input: z.object({}), output: syncStatusSchema },
  /**
   * The shop to sync to and how. A token left out keeps the one saved; a new shop or token clears
   * the problems, so what was refused is tried again with it.
   */
  'sync.settings.set': {
    input: z.object({
      server: z.url({ protocol: /^https?$/ }).max(2000),
      token: z.string().trim().min(1).max(500).optional(),
      parallel: z.number().int().min(1).max(MAX_PARALLEL_UPLOADS),
      uploadSize: z.enum(UPLOAD_SIZES),
    }),
    output: syncStatusSchema,
  },
  /** Holds every send until `sync.resume`, also across restarts; an upload under way resumes where it stopped. */
  'sync.pause': { input: z.object({}), output: syncStatusSchema },
  'sync.resume': { input: z.object({}), output: syncStatusSchema },
  /** Sends refused changes again once she mended the cause: those of `ids`, or all of them. */
  'sync.retryProblems': {
    input: z.object({ ids: z.array(z.number().int()).max(100_000).optional() }),
    output: z.object({ retried: z.number().int() }),
  },
  'codes.deactivate': {
    input: z.object({ job: jobName, codes: z.array(z.string().min(1).max(64)).min(1) }),
    output: z.object({ deactivated: z.array(z.string()) }),
  },
  /**
   * What each customer will see when the job goes live, code by code (the shop's own rule), counts
   * per outcome, and warnings each with the one step that fixes it.
   */
  'preflight.get': {
    input: z.object({ job: jobName }),
    output: z.object({
      entries: z.array(
        z.object({
          code: z.string(),
          subject: subjectSummary,
          state: z.enum(CUSTOMER_STATES),
          message: z.string(),
          photos: z.number().int(),
        }),
      ),
      counts: z.record(z.enum(CUSTOMER_STATES), z.number().int()),
      warnings: z.array(
        z.object({
          message: z.string(),
          fix: z.enum(['set-selling', 'activate', 'deactivate', 'show-photos', 'review']),
          items: z.array(z.string()),
        }),
      ),
    }),
  },
  'codes.activate': {
    input: z.object({ job: jobName, all: z.boolean(), codes: z.array(z.string().min(1).max(64)) }),
    output: z.object({ activated: z.array(z.string()) }),
  },
  /** A consistent copy of the whole database, made while it is in use (SQLite's online backup). */
  'db.backup': {
    input: z.object({ file: z.string().min(1).max(4096) }),
    output: z.object({ file: z.string() }),
  },
  /**
   * Replaces the database with a backup, keeping the one it replaces beside it (`kept`); an older
   * backup's schema is brought up to date. Refused with the error code `busy` while a sort, a watch
   * or a sync runs.
   */
  'db.restore': {
    input: z.object({ file: z.string().min(1).max(4096) }),
    output: z.object({ kept: z.string(), fromVersion: z.number().int(), version: z.number().int() }),
  },
  /** The database library and SQLite core runs with, and its schema: for the About box. */
  'db.versions': {
    input: z.object({}),
    output: z.object({ betterSqlite3: z.string(), sqlite: z.string(), schema: z.number().int() }),
  },
} as const;

export const events = {
  /** A command chosen in the application menu that the window carries out with its own flow. */
  'menu.command': z.object({ command: z.enum(['import-folders']) }),
  /** A watched folder was sorted again (or could not be, with why). */
  'watch.sorted': z.object({
    job: z.string(),
    folder: z.string(),
    ok: z.boolean(),
    files: z.number().int(),
    photos: z.number().int(),
    cards: z.number().int(),
    /** Photos held for review or before the first card. */
    held: z.number().int(),
    errors: z.number().int(),
    message: z.string(),
  }),
  /** The sync's way through the outbox. */
  'sync.progress': z.object({ sent: z.number().int(), total: z.number().int() }),
  /** The sync's status changed: what the method `sync.status` answers now (an event may not share a method's name). */
  'sync.changed': syncStatusSchema,
  'scan.progress': z.object({
    stage: z.enum(['walk', 'analyse', 'split', 'done']),
    done: z.number().int(),
    total: z.number().int(),
    rate: z.number(),
  }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.infer<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Methods[M]['output']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

/** Errors cross the boundary as values, never as exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** What core implements: one async function per method. */
export type ApiHandlers = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** What the renderer (and any client) calls: the same methods, results as values. */
export type ApiClient = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
