import type { BrowserContext } from '@playwright/test';

// The little of the browser the page-side functions use, typed by hand: tsconfig.node.json has no
// DOM lib, and these functions run in the page, not in Node.

export interface PageRect {
  top: number;
  bottom: number;
}

export interface PageImage {
  complete: boolean;
  naturalWidth: number;
  getBoundingClientRect(): PageRect;
}

export interface PageElement {
  scrollTop: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  readonly textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<PageImage>;
  getBoundingClientRect(): PageRect;
}

export interface PageEntry {
  name: string;
  startTime: number;
  duration: number;
  responseEnd: number;
  encodedBodySize: number;
}

export interface PageGlobals {
  document: {
    body: unknown;
    querySelector(selector: string): PageElement | null;
    addEventListener(type: string, listener: (event: { key?: string }) => void, capture: boolean): void;
  };
  requestAnimationFrame(callback: (time: number) => void): number;
  getComputedStyle(element: PageImage): { opacity: string };
  performance: { now(): number; getEntriesByType(type: 'resource'): PageEntry[]; clearResourceTimings(): void };
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: 'longtask' }): void;
    takeRecords(): { duration: number }[];
    disconnect(): void;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { subtree: boolean; childList: boolean; characterData: boolean }): void;
    disconnect(): void;
  };
}

/** The selector of the photo grid, as its accessible role and name. */
export const GRID = '[role="listbox"][aria-label="Photos"]';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper; a
 * function handed to page.evaluate carries those calls into a page that has no such helper.
 */
export async function allowKeptNames(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
}
