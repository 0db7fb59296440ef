import { expect, test, useDesk, type Shoot } from './fixtures.js';
import { startServer, tokenFor, type RunningServer } from '../server/support/server.js';

// The sync the app runs by itself, against a real shop on 127.0.0.1: set up in its panel, seen in
// the header, through the shop going away and coming back, and with a token the shop refuses.
test.describe('sync to the shop', () => {
  const desk = useDesk();
  let shoot: Shoot;
  let shop: RunningServer;
  let token: string;
  const header = () => desk.page.getByRole('button', { name: /^Sync: / });
  const panel = () => desk.page.getByRole('dialog', { name: 'Sync' });
  const galleryState = async (code: string): Promise<string> => ((await (await fetch(new URL(`/api/gallery/${code}`, shop.url))).json()) as { state: string }).state;
  const saveSettings = async (values: { server?: string; token?: string }): Promise<void> => {
    await header().click();
    if (values.server !== undefined) await panel().getByLabel('Shop address', { exact: true }).fill(values.server);
    if (values.token !== undefined) await panel().getByLabel('Token', { exact: true }).fill(values.token);
    await panel().getByRole('button', { name: 'Save' }).click();
    await expect(panel().getByRole('status').last()).toHaveText('Saved.');
  };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    shoot = await desk.generateShoot({ seed: 47, subjects: 3, photosPerSubject: [2, 2] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Sync', names: shoot.names });
    await desk.core.handlers['jobs.setStatus']({ name: 'Sync', status: 'selling' });
    await desk.core.handlers['codes.activate']({ job: 'Sync', all: true, codes: [] });
    shop = await startServer();
    token = await tokenFor(shop.dataDir, 'hillside-photo');
    await desk.page.reload();
  });
  test.afterAll(async () => {
    await shop.stop();
  });

  test('set up in the panel, it sends what waits by itself until the header says it is up to date', async () => {
    await expect(header()).toHaveText('Sync off');
    await header().click();
    const waiting = (await desk.core.handlers['sync.status']({})).pending;
    expect(waiting).toBeGreaterThan(0);
    await expect(panel().getByLabel('Queue')).toContainText(`Waiting to send: ${waiting} changes`);
    await panel().getByRole('button', { name: 'Close' }).click();

    await saveSettings({ server: shop.url, token });
    // The token is written, never shown back.
    await expect(panel().getByLabel('Token', { exact: true })).toHaveValue('');
    await expect(panel().getByLabel('Queue')).toContainText('Waiting to send: 0 changes');
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect(header()).toHaveText('Up to date');
    expect(await galleryState(shoot.manifest.subjects[0]?.code ?? '')).toBe('gallery');
  });

  test('says offline when the shop goes away, and syncs her change by itself when it is back', async () => {
    const [first] = shoot.manifest.subjects;
    if (!first) throw new Error('a subject expected');
    const port = Number(new URL(shop.url).port);
    await shop.stop();
    await expect(header()).toHaveText('Offline');
    await desk.core.handlers['codes.deactivate']({ job: 'Sync', codes: [first.code] });
    await header().click();
    await expect(panel().getByLabel('Queue')).toContainText('Waiting to send: 1 change,');
    await panel().getByRole('button', { name: 'Close' }).click();

    shop = await startServer(shop.dataDir, port);
    await expect(header()).toHaveText('Up to date');
    expect(await galleryState(first.code)).toBe('almost-ready');
  });

  test('shows a token the shop refuses as a problem with its why, gone once a valid token is saved', async () => {
    const [, second] = shoot.manifest.subjects;
    if (!second) throw new Error('two subjects expected');
    await saveSettings({ token: 'not-a-token-of-this-shop' });
    await desk.core.handlers['codes.deactivate']({ job: 'Sync', codes: [second.code] });
    const problems = panel().getByRole('list', { name: 'Problems' }).getByRole('listitem');
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toContainText(`the token for ${shop.url}`);
    await expect(problems.first()).toContainText('refused the token (401): set a valid token in the sync settings');
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect(header()).toHaveText('1 problem');

    await saveSettings({ token });
    await expect(panel().getByRole('list', { name: 'Problems' })).toBeHidden();
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect(header()).toHaveText('Up to date');
    expect(await galleryState(second.code)).toBe('almost-ready');
  });

  test('shows the status in the workspace header too, and holds everything while paused', async () => {
    const [, , third] = shoot.manifest.subjects;
    if (!third) throw new Error('three subjects expected');
    await desk.page.getByRole('button', { name: 'Open Sync', exact: true }).click();
    await expect(header()).toHaveText('Up to date');
    await header().click();
    await panel().getByRole('button', { name: 'Pause' }).click();
    await expect(panel().getByRole('button', { name: 'Resume' })).toBeVisible();
    await desk.core.handlers['codes.deactivate']({ job: 'Sync', codes: [third.code] });
    await expect(panel().getByLabel('Queue')).toContainText('Waiting to send: 1 change,');
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect(header()).toHaveText('Paused');
    expect(await galleryState(third.code)).toBe('gallery');

    await header().click();
    await panel().getByRole('button', { name: 'Resume' }).click();
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect(header()).toHaveText('Up to date');
    expect(await galleryState(third.code)).toBe('almost-ready');
  });
});
