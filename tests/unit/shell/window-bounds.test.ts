import { describe, expect, it } from 'vitest';
import { restoreBounds, type Rect } from '../../../electron/main/window-bounds.js';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
/** An external monitor to the right of the laptop. */
const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };
/** A monitor above, at negative coordinates, as macOS arranges one. */
const above: Rect = { x: -200, y: -1080, width: 1920, height: 1055 };
const small: Rect = { x: 0, y: 0, width: 1000, height: 640 };

describe('restoreBounds', () => {
  it.each<[string, Rect | null, Rect[], Rect]>([
    ['the first start: default size, centred on the primary display', null, [laptop, monitor], { x: 80, y: 52, width: 1280, height: 820 }],
    ['where it was, on the laptop', { x: 100, y: 60, width: 1100, height: 760 }, [laptop], { x: 100, y: 60, width: 1100, height: 760 }],
    ['where it was, on the external monitor', { x: 2000, y: 200, width: 1600, height: 1000 }, [laptop, monitor], { x: 2000, y: 200, width: 1600, height: 1000 }],
    ['on the monitor above, at negative coordinates', { x: 0, y: -900, width: 1200, height: 800 }, [laptop, above], { x: 0, y: -900, width: 1200, height: 800 }],
    ['the monitor it was on is unplugged: centred on the laptop, kept to its size', { x: 2000, y: 200, width: 1600, height: 1000 }, [laptop], { x: 0, y: 25, width: 1440, height: 875 }],
    ['unplugged monitor, a size that fits: centred on the laptop at that size', { x: 2100, y: 300, width: 1200, height: 800 }, [laptop], { x: 120, y: 62, width: 1200, height: 800 }],
    ['mostly on the monitor: moved wholly onto it', { x: 1300, y: 100, width: 1200, height: 800 }, [laptop, monitor], { x: 1440, y: 100, width: 1200, height: 800 }],
    ['hanging off the bottom right: pulled in', { x: 1000, y: 500, width: 1100, height: 760 }, [laptop], { x: 340, y: 140, width: 1100, height: 760 }],
    ['smaller than the minimum: grown to 1024 × 700', { x: 50, y: 40, width: 600, height: 400 }, [laptop], { x: 50, y: 40, width: 1024, height: 700 }],
    ['larger than the work area: shrunk to it', { x: 0, y: 0, width: 3000, height: 2000 }, [laptop], { x: 0, y: 25, width: 1440, height: 875 }],
    ['a screen smaller than the minimum: the work area wins', { x: 0, y: 0, width: 1280, height: 820 }, [small], { x: 0, y: 0, width: 1000, height: 640 }],
    ['fractional numbers from a scaled display: whole pixels', { x: 10.4, y: 30.6, width: 1100.5, height: 760.2 }, [laptop], { x: 10, y: 31, width: 1101, height: 760 }],
  ])('%s', (_name, saved, areas, expected) => {
    expect(restoreBounds(saved, areas)).toEqual(expected);
  });

  it('opens at the default size when no display is reported', () => {
    expect(restoreBounds({ x: 5, y: 5, width: 1100, height: 800 }, [])).toEqual({ x: 0, y: 0, width: 1280, height: 820 });
  });
});
