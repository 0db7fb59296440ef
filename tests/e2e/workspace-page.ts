import type { Locator, Page } from '@playwright/test';

/**
 * The job workspace as a user reaches it: by the names on the screen. Actions only; the
 * assertions stay in the specs.
 */
export class WorkspacePage {
  readonly sidebar: Locator;
  readonly grid: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly assignField: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Job' });
    this.grid = page.getByRole('listbox', { name: 'Photos' });
    this.status = page.getByRole('status');
    this.alert = page.getByRole('alert');
    this.assignField = page.getByLabel('Assign to subject');
  }

  async openJob(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    await this.sidebar.waitFor();
  }

  /** The heading over the held views: "Held for review: N" or "Nothing held: …". */
  heldHeading(): Locator {
    return this.sidebar.getByRole('heading').first();
  }

  /** A view in the sidebar: a review group, "Before the first card", "All photos", or a subject by name. */
  view(name: string | RegExp): Locator {
    return this.sidebar.getByRole('button', { name });
  }

  photo(name: string): Locator {
    return this.grid.getByRole('option', { name, exact: true });
  }

  /** The names of the photos the grid shows (every one: the views here fit on screen). */
  async photoNames(): Promise<string[]> {
    if ((await this.grid.count()) === 0) return [];
    return Promise.all((await this.grid.getByRole('option').all()).map(async (cell) => (await cell.getAttribute('aria-label')) ?? ''));
  }

  /** Click, then Ctrl-click the rest, as a photographer picks photos that are not side by side. */
  async select(names: readonly string[]): Promise<void> {
    const [first, ...rest] = names;
    if (first === undefined) return;
    await this.photo(first).click();
    for (const name of rest) await this.photo(name).click({ modifiers: ['ControlOrMeta'] });
  }

  async assignTo(typed: string): Promise<void> {
    await this.assignField.fill(typed);
    await this.assignField.press('Enter');
  }
}
