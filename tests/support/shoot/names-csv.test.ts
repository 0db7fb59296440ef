import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestOf } from './generate-shoot.js';
import { writeNamesCsv } from './names-csv.js';
import { planShoot } from './plan-shoot.js';
import { resolveSpec, trapsShootSpec } from './shoot-spec.js';

// The names list needs no pixels: plan the traps shoot and pretend it was written.
const spec = resolveSpec(trapsShootSpec());
const manifest = manifestOf('/shoots/traps', spec, planShoot(spec), []);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shootdesk-names-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeNamesCsv', () => {
  it('writes the names list without the unknown code, in every variant', async () => {
    const unknown = manifest.subjects.find((s) => !s.inNamesList);
    const listed = manifest.subjects.filter((s) => s.inNamesList);
    expect(unknown).toBeDefined();
    for (const variant of ['comma', 'semicolon', 'bom', 'windows-1252'] as const) {
      const file = path.join(dir, `names-${variant}.csv`);
      await writeNamesCsv(manifest, file, { variant });
      const bytes = await readFile(file);
      const text = variant === 'windows-1252' ? bytes.toString('latin1') : bytes.toString('utf8');
      const lines = text.split('\r\n').filter((line) => line !== '');
      expect(lines).toHaveLength(listed.length + 1);
      expect(text.includes(unknown?.code ?? '?')).toBe(false);
      expect(lines[0]).toBe(
        { comma: 'First Name,Last Name,Group,Access Code,Email', semicolon: 'first_name;last_name;group;access_code;email', bom: '\uFEFFFirst Name,Last Name,Group,Access Code,Email', 'windows-1252': 'First Name,Last Name,Group,Access Code,Email' }[variant],
      );
    }
  });
});
