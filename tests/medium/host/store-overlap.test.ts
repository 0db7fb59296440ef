import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCall } from '../../../shared/api/derive.js';
import { createCore } from '../../../electron/core/app/create-core.js';
import { hashTree } from '../../support/hash-tree.js';
import { openBridge } from '../../support/open-bridge.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';

describe("a photo folder that holds Shootdesk's own files, or lies inside them", () => {
  let work: string;
  let shoot: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-overlap-'));
    shoot = (await generateShoot(join(work, 'shoot'), { seed: 51, subjects: 2, photosPerSubject: [2, 2] })).root;
    before = await hashTree(shoot);
    // A link to the photo folder, and one into it, as a photographer's shortcut might be.
    symlinkSync(shoot, join(work, 'shoot-link'));
    mkdirSync(join(work, 'elsewhere'));
    symlinkSync(join(shoot, 'cam-a'), join(work, 'elsewhere', 'cam-link'));
    // And one to a folder in it that is not there yet.
    symlinkSync(join(shoot, 'store'), join(work, 'elsewhere', 'store-link'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));


  it.each([
    {
      name: 'the user-data folder inside it, sorted through a symbolic link',
      args: () => ['sort', join(work, 'shoot-link'), '--job', 'J'],
      data: () => join(shoot, 'shootdesk-data'),
      message: () => `${join(work, 'shoot-link')} holds Shootdesk's user-data folder ${join(shoot, 'shootdesk-data')}; a photo folder must never hold Shootdesk's own files`,
    },
    {
      name: 'the database inside it, through a symbolic link to a folder in it that is not there yet',
      args: () => ['sort', shoot, '--job', 'J', '--db', join(work, 'elsewhere', 'store-link', 'x.sqlite')],
      data: () => join(work, 'data'),
      message: () => `${shoot} holds Shootdesk's database ${join(work, 'elsewhere', 'store-link', 'x.sqlite')}; a photo folder must never hold Shootdesk's own files`,
    },
    {
      name: 'the database inside it, through a symbolic link to one of its folders',
      args: () => ['sort', shoot, '--job', 'J', '--db', join(work, 'elsewhere', 'cam-link', 'x.sqlite')],
      data: () => join(work, 'data'),
      message: () => `${shoot} holds Shootdesk's database ${join(work, 'elsewhere', 'cam-link', 'x.sqlite')}; a photo folder must never hold Shootdesk's own files`,
    },
    {
      name: 'it is the user-data folder',
      args: () => ['sort', join(work, 'data'), '--job', 'J'],
      data: () => join(work, 'data'),
      message: () => `${join(work, 'data')} is Shootdesk's user-data folder; choose the folder the photos are in`,
    },
    {
      name: 'it lies inside the cache folder',
      args: () => ['sort', join(work, 'data', 'cache', 'previews'), '--job', 'J'],
      data: () => join(work, 'data'),
      message: () => `${join(work, 'data', 'cache', 'previews')} is inside Shootdesk's user-data folder ${join(work, 'data')}; choose the folder the photos are in`,
    },
  ])('refuses to sort when $name, and writes nothing', async ({ args, data, message }) => {
    mkdirSync(join(work, 'data', 'cache', 'previews'), { recursive: true });
    const run = await runCli(args(), data());
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^shootdesk: .*\n\nUsage:\n/);
    expect(run.stderr).toContain(`shootdesk: ${message()}`);
    expect(await hashTree(shoot)).toEqual(before);
    expect(existsSync(join(shoot, 'store'))).toBe(false);
    expect(readdirSync(join(work, 'data'))).toEqual(['cache']);
  });

  it('refuses it in core too, for the desktop app and the browser bridge, as an error value', async () => {
    // The database is elsewhere, but the user-data folder (which holds the cache) lies in the photos.
    const core = createCore({ dbPath: join(work, 'core.sqlite'), cacheDir: join(shoot, 'ud', 'cache'), userDataDir: join(shoot, 'ud'), emit: () => undefined });
    try {
      const result = await handleCall(core.handlers, 'sort.run', { folder: join(work, 'shoot-link'), job: 'J' });
      expect(result).toEqual({
        ok: false,
        error: { code: 'failed', message: expect.stringContaining(`${join(work, 'shoot-link')} holds Shootdesk's user-data folder ${join(shoot, 'ud')}`) as string },
      });
    } finally {
      await core.close();
      rmSync(join(shoot, 'ud'), { recursive: true, force: true });
    }

    const served = join(work, 'served');
    cpSync(shoot, join(served, 'photos'), { recursive: true });
    const { core: bridged, bridge } = await openBridge(served, join(work, 'renderer'), 'overlap-token');
    try {
      const response = await fetch(`${new URL(bridge.url).origin}/api/sort.run`, {
        method: 'POST',
        headers: { 'x-shootdesk-token': 'overlap-token' },
        body: JSON.stringify({ folder: served, job: 'J' }),
      });
      expect(await response.json()).toEqual({
        ok: false,
        error: { code: 'failed', message: expect.stringContaining(`${served} holds Shootdesk's cache folder ${join(served, 'cache')}`) as string },
      });
      // Nothing was scanned: the cache the bridge would fill is still empty.
      expect(existsSync(join(served, 'cache'))).toBe(false);
    } finally {
      await bridge.close();
      await bridged.close();
    }
  });
});
