import { describe, expect, it } from 'vitest';
import type { Expected } from './manifest.js';
import { planShoot, type ShootPlan } from './plan-shoot.js';
import type { PlannedFile } from './planned-file.js';
import type { BackgroundCard, CardLook } from './scene.js';
import { resolveSpec, trapsShootSpec } from './shoot-spec.js';
import { TWIN_FOLDER } from './twin-cameras.js';

// The truths of the traps, over many seeds: planning needs no pixels, so this is cheap.
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const plans = new Map(SEEDS.map((seed) => [seed, planShoot(resolveSpec(trapsShootSpec({ seed })))]));

const framesOf = (plan: ShootPlan, camera: string): PlannedFile[] => plan.files.filter((f) => f.camera === camera);
const withTrap = (plan: ShootPlan, trap: string): PlannedFile[] => plan.files.filter((f) => f.trap === trap);
const sceneOf = (file: PlannedFile) => (file.content.type === 'jpeg' ? file.content.scene : undefined);
const backgroundOf = (file: PlannedFile): BackgroundCard | undefined => sceneOf(file)?.backgroundCard;
const cardLookOf = (file: PlannedFile): CardLook | undefined => {
  const scene = sceneOf(file);
  return scene?.type === 'card' ? scene.card : undefined;
};
/** The frames after `index` up to (not including) the camera's next card frame (a photo with a small card is none). */
const untilNextCard = (frames: PlannedFile[], index: number): PlannedFile[] => {
  const next = frames.findIndex((f, i) => i > index && cardLookOf(f) !== undefined);
  return frames.slice(index + 1, next < 0 ? undefined : next);
};
const review = (reason: string): Expected => ({ kind: 'review', reason } as Expected);
const secondsOf = (file?: PlannedFile): number => Date.parse(`${file?.takenAt?.replace(/^(\d+):(\d+):(\d+) /, '$1-$2-$3T') ?? ''}Z`) / 1000;
const each = (check: (plan: ShootPlan, seed: number) => void): void => {
  for (const [seed, plan] of plans) {
    try {
      check(plan, seed);
    } catch (error) {
      throw new Error(`seed ${seed}: ${(error as Error).message}`, { cause: error });
    }
  }
};

describe('the planned traps, over 40 seeds', () => {
  it('names every file once', () => {
    each((plan) => expect(new Set(plan.files.map((f) => f.path)).size).toBe(plan.files.length));
  });

  it('holds a photo showing the next pupil’s small card, and every photo after it up to the next card', () => {
    const payloads = new Set<string>();
    each((plan) => {
      const [shown, ...rest] = withTrap(plan, 'background-card');
      if (!shown) throw new Error('no background card');
      const frames = framesOf(plan, shown.camera ?? '');
      const at = frames.indexOf(shown);
      expect(shown).toMatchObject({ card: true, expected: review('background-card') });
      expect(frames[at - 1]?.card).toBeUndefined(); // not the first photo after the card
      expect(untilNextCard(frames, at).map((f) => f.expected)).toEqual(rest.map(() => review('background-card')));
      // The camera's other cards, held up as usual, are what the small one is measured against.
      expect(frames.filter((f) => f.expected.kind === 'card').length).toBeGreaterThanOrEqual(3);
      const payload = backgroundOf(shown)?.payload ?? '';
      if (plan.subjects.some((s) => s.code === payload)) {
        payloads.add('next pupil');
        const nextCard = frames.slice(at + 1).find((f) => cardLookOf(f) !== undefined);
        expect(cardLookOf(nextCard as PlannedFile)?.payloads.map((p) => p.replace('https://shop.example.com/g/', ''))).toContain(payload);
      } else {
        payloads.add('stranger');
        expect(payload).toMatch(/^[A-Z2-9]{8}$/);
      }
    });
    expect([...payloads].sort()).toEqual(['next pupil', 'stranger']);
  });

  it('shows a small card behind a card held up as usual, which changes nothing', () => {
    each((plan) => {
      const [card] = withTrap(plan, 'background-card-on-card');
      if (!card || card.expected.kind !== 'card') throw new Error('no card with a background card');
      const own = card.expected.codes;
      expect(own).toHaveLength(1);
      expect(own).not.toContain(backgroundOf(card)?.payload);
      const frames = framesOf(plan, card.camera ?? '');
      const photos = untilNextCard(frames, frames.indexOf(card));
      expect(photos.length).toBeGreaterThan(0);
      for (const photo of photos) expect(photo.expected).toEqual({ kind: 'photo', codes: own });
    });
  });

  it('sets camera B’s clock back far enough that later photos interleave with earlier subjects', () => {
    const variants = new Set<string>();
    each((plan) => {
      const frames = framesOf(plan, 'B').filter((f) => f.takenAt !== undefined);
      const first = frames.findIndex((f) => f.trap === 'clock-set-back');
      const after = frames[first];
      if (!after?.takenAt) throw new Error('no clock set back');
      expect(after.takenAt < (frames[first - 1]?.takenAt ?? '')).toBe(true);
      // Back past the card of an earlier subject, not just this subject's own card.
      const cards = frames.slice(0, first).filter((f) => cardLookOf(f) !== undefined);
      const earlier = after.card ? cards : cards.slice(0, -1);
      expect(earlier.some((f) => (f.takenAt ?? '') > (after.takenAt ?? ''))).toBe(true);
      const back = secondsOf(frames[first - 1]) - secondsOf(after);
      variants.add(`${after.card ? 'before a card' : 'mid-subject'}, ${back > 1800 ? 'an hour' : 'minutes'}`);
      if (after.card) {
        expect(after.expected.kind).toBe('card');
        expect(plan.files.filter((f) => f.expected.kind === 'review' && f.expected.reason === 'clock-change')).toEqual([]);
      } else {
        const held = [after, ...untilNextCard(frames, first)];
        for (const file of held) expect(file.expected).toEqual(review('clock-change'));
        expect(frames[first - 1]?.expected.kind).toBe('photo');
      }
    });
    expect([...variants].sort()).toEqual(['before a card, an hour', 'before a card, minutes', 'mid-subject, an hour', 'mid-subject, minutes']);
  });

  it('puts a poster URL ending in a word in a photo, a notice that keeps it in its gallery', () => {
    each((plan) => {
      const [poster] = withTrap(plan, 'poster-url');
      const scene = poster && sceneOf(poster);
      expect(scene?.type === 'portrait' ? scene.poster : undefined).toBe('https://www.school-example.org/events');
      const frames = framesOf(plan, poster?.camera ?? '');
      const card = frames.slice(0, frames.indexOf(poster as PlannedFile)).findLast((f) => f.card);
      expect(poster?.expected).toEqual({ kind: 'review', reason: 'foreign-qr', alsoIn: card?.expected.kind === 'card' ? card.expected.codes : [] });
    });
  });

  it('hands over quickly to glared cards, right after a read one, in the rhythm of a subject’s own photos', () => {
    const placements = new Set<string>();
    const urls = new Set<boolean>();
    each((plan) => {
      const cards = withTrap(plan, 'quick-handover-glare').filter((f) => cardLookOf(f) !== undefined);
      expect(cards.map((card) => cardLookOf(card)?.glare).sort()).toEqual(['blown', 'partial', 'spot']);
      for (const card of cards) {
        const frames = framesOf(plan, card.camera ?? '');
        const at = frames.indexOf(card);
        const [before, firstPhoto] = [frames[at - 1], frames[at + 1]];
        const gap = (a?: PlannedFile, b?: PlannedFile): number => (b?.shotAtMs ?? NaN) - (a?.shotAtMs ?? NaN);
        // The gap before the card is one planPhotos draws between a subject's own photos (2–8 s, and a burst's
        // clock runs 300 ms on past its last frame): no pause betrays it.
        expect(gap(before, card)).toBeGreaterThanOrEqual(2000);
        expect(gap(before, card)).toBeLessThanOrEqual(8300);
        expect(gap(card, firstPhoto)).toBeGreaterThanOrEqual(1000);
        expect(gap(card, firstPhoto)).toBeLessThanOrEqual(3000);
        // The photo before is a pupil's whose card was read: a missed card would add the next pupil to that gallery.
        expect(before?.card).toBeUndefined();
        const previousCard = frames.slice(0, at).findLast((f) => cardLookOf(f) !== undefined);
        expect(previousCard?.expected.kind).toBe('card');
        const look = cardLookOf(card);
        expect(look?.size).toBeGreaterThanOrEqual(0.7);
        expect(look?.size).toBeLessThanOrEqual(1.1);
        if (look?.glare !== 'blown') expect(Math.abs(look?.rotation ?? 0)).toBeGreaterThanOrEqual(4);
        if (look?.glare !== 'blown') urls.add(look?.payloads[0]?.startsWith('https://') ?? false);
        placements.add(look?.placement ?? 'none');
        expect(card).toMatchObject({ card: true, expected: review('unreadable-card') });
        for (const photo of untilNextCard(frames, at)) expect(photo.expected).toEqual(review('unreadable-card'));
      }
    });
    expect([...placements].sort()).toEqual(['cropped-bottom', 'held']);
    expect([...urls].sort()).toEqual([false, true]);
  });

  it('copies two serial-less bodies into one folder: kept apart by counter, or held when the names collide', () => {
    const variants = new Set<string>();
    each((plan) => {
      const twins = plan.cameras.filter((c) => c.serial === '');
      expect(twins.map((c) => [c.folder, c.model])).toEqual([
        [TWIN_FOLDER, twins[0]?.model],
        [TWIN_FOLDER, twins[0]?.model],
      ]);
      const bodies = twins.map((c) => framesOf(plan, c.id));
      const [one, two] = bodies.map((body) => body.map((f) => f.takenAt ?? ''));
      // Each body starts with a card; by capture time the two bodies' frames interleave.
      for (const body of bodies) expect(body[0]?.card).toBe(true);
      expect((two?.[0] ?? '') < (one?.at(-1) ?? '')).toBe(true);
      expect((one?.[0] ?? '') < (two?.at(-1) ?? '')).toBe(true);
      const renamed = bodies.flat().filter((f) => / \(2\)\.JPG$/.test(f.path));
      if (renamed.length > 0) {
        variants.add('overlapping');
        for (const file of renamed) expect(plan.files.map((f) => f.path)).toContain(file.path.replace(' (2)', ''));
        for (const file of bodies.flat()) expect(file.expected).toEqual(review('mixed-cameras'));
      } else {
        variants.add('disjoint');
        const counters = bodies.map((body) => body.map((f) => Number(/(\d{4})\.JPG$/.exec(f.path)?.[1])));
        expect(Math.max(...(counters[0] ?? []))).toBeLessThan(Math.min(...(counters[1] ?? [])));
        for (const file of bodies.flat()) expect(['card', 'photo']).toContain(file.expected.kind);
      }
    });
    expect([...variants].sort()).toEqual(['disjoint', 'overlapping']);
  });

  it('backs up a card frame of camera A and the photo after it into backup/, copies that never count', () => {
    each((plan) => {
      const copies = withTrap(plan, 'backup-copy');
      expect(copies.map((f) => f.path.split('/')[0])).toEqual(['backup', 'backup']);
      const originals = copies.map((copy) => plan.files.find((f) => copy.expected.kind === 'duplicate' && f.path === copy.expected.of));
      const frames = framesOf(plan, 'A');
      const at = frames.indexOf(originals[0] as PlannedFile);
      expect(originals).toEqual([frames[at], frames[at + 1]]);
      expect(originals.map((f) => f?.expected.kind)).toEqual(['card', 'photo']);
      expect(copies.map((f) => [f.expected, f.card])).toEqual(originals.map((f) => [{ kind: 'duplicate', of: f?.path, stray: true }, f?.card]));
      expect(copies.every((f) => (f.path.split('/')[0] ?? '') < 'cam-a')).toBe(true);
    });
  });

  it('holds the photos after a broken frame, which may have been a card', () => {
    each((plan) => {
      const broken = plan.files.find((f) => f.trap === 'truncated' && f.expected.kind === 'error');
      const frames = framesOf(plan, broken?.camera ?? '');
      const after = untilNextCard(frames, frames.indexOf(broken as PlannedFile));
      expect(after.length).toBeGreaterThan(0);
      for (const file of after) expect(file.expected).toEqual(review('unreadable-card'));
    });
  });
});
