import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortReportSchema } from '../../../shared/api/contract.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { qrSvg } from '../../support/shoot/qr-svg.js';

// Clears the screen, sets the window title, turns text around, and forges a line of its own.
const HOSTILE = '\x1b[2J\x1b]0;pwned\x07\u202eevil\nshootdesk: all fine\r\x9b31m';
const SHOWN = '\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil\\nshootdesk: all fine\\r\\x9b31m';
// A names list's cell is read with its line breaks as spaces (names-table.ts); the rest stays as typed.
const HOSTILE_NAME = HOSTILE.replace(/[\n\r]/g, ' ');
const SHOWN_NAME = '\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil shootdesk: all fine \\x9b31m';

/** Nothing a terminal would act on: C0 but the newlines between lines, DEL, C1, bidi controls. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('what the CLI prints about outside text', () => {
  let work: string;
  let manifest: ShootManifest;
  let hostileFile: string;
  let names: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-terminal-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 61, subjects: 2, photosPerSubject: [2, 2] });
    // A file name may hold anything but '/' and NUL.
    hostileFile = `cam-a/DCIM/100CANON/IMG_${HOSTILE}.JPG`;
    writeFileSync(join(manifest.root, hostileFile), 'not a picture');
    const [first, second] = manifest.subjects;
    names = join(work, 'names.csv');
    writeFileSync(names, `First Name,Last Name,Group,Access Code\n"${HOSTILE}",Weber,3a,${first?.code ?? ''}\nBen,Ott,3a,${second?.code ?? ''}\n`);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('escapes control characters in the summary, and keeps them exact in --json', async () => {
    const data = join(work, 'data');
    const text = await runCli(['sort', manifest.root, '--job', 'J', '--names', names], data);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(text.stdout).toContain(`  ${hostileFile.replace(HOSTILE, SHOWN)}: `);
    expect(text.stdout).toMatch(new RegExp(`  [A-Z0-9]{8}  ${SHOWN_NAME.replace(/[\\[\]()]/g, '\\$&')} Weber \\(3a\\): 2 photos\\n`));
    // Every line the summary prints is one it meant to: no forged "shootdesk: all fine" line.
    expect(text.stdout.split('\n').filter((line) => line.startsWith('shootdesk:'))).toEqual([]);

    const json = await runCli(['sort', manifest.root, '--job', 'J', '--names', names, '--json'], data);
    const report = sortReportSchema.parse(JSON.parse(json.stdout));
    expect(report.errors.map((e) => e.file)).toContain(hostileFile);
    expect(report.galleries.map((g) => g.subject.firstName)).toContain(HOSTILE_NAME);
  });

  it('escapes a QR payload in decode’s text output, and keeps it exact in --json', async () => {
    const image = join(work, 'payload.png');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="#fff"/>${qrSvg(HOSTILE, 100, 100, 400)}</svg>`;
    await sharp(Buffer.from(svg)).png().toFile(image);
    const text = await runCli(['decode', image], join(work, 'data'));
    expect(text).toMatchObject({ code: 0, stdout: `${image}: ${SHOWN}\n` });
    const json = await runCli(['decode', image, '--json'], join(work, 'data'));
    expect(JSON.parse(json.stdout)).toEqual([{ file: image, codes: [HOSTILE] }]);
  });

  it('escapes an error message that quotes a path', async () => {
    const missing = join(work, `card${HOSTILE}`);
    const run = await runCli(['sort', missing, '--job', 'J'], join(work, 'data'));
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: `shootdesk: ${join(work, `card${SHOWN}`)} is not a folder (mistyped, or the card is not mounted?)\n` });
  });
});
