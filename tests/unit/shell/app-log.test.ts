import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashReport } from '../../../electron/main/crash-report.js';
import log from 'electron-log/node';
import { LOG_KEEP, rotateLog, rotationPlan, writeLogTo } from '../../../electron/main/log-rotation.js';

describe('rotationPlan', () => {
  it.each<[number, string[]]>([
    [1, ['logs/main.log → logs/main.1.log']],
    [3, ['logs/main.2.log → logs/main.3.log', 'logs/main.1.log → logs/main.2.log', 'logs/main.log → logs/main.1.log']],
  ])('keeping %i old logs: drops the oldest, moves each back, oldest first', (keep, moves) => {
    const plan = rotationPlan('logs/main.log', keep);
    expect(plan.drop).toBe(`logs/main.${keep}.log`);
    expect(plan.moves.map(([from, to]) => `${from} → ${to}`)).toEqual(moves);
  });
});

describe('rotateLog', () => {
  it('keeps the last five logs, newest first, and drops the sixth', () => {
    const folder = mkdtempSync(join(tmpdir(), 'shootdesk-logs-'));
    const file = join(folder, 'main.log');
    for (let day = 1; day <= 7; day += 1) {
      writeFileSync(file, `day ${day}\n`);
      rotateLog(file, LOG_KEEP);
    }
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.4.log', 'main.5.log']);
    expect([1, 2, 3, 4, 5].map((n) => readFileSync(join(folder, `main.${n}.log`), 'utf8'))).toEqual(['day 7\n', 'day 6\n', 'day 5\n', 'day 4\n', 'day 3\n']);
  });

  it('puts the first log aside when no older one exists yet', () => {
    const folder = mkdtempSync(join(tmpdir(), 'shootdesk-logs-'));
    writeFileSync(join(folder, 'main.log'), 'first\n');
    rotateLog(join(folder, 'main.log'), LOG_KEEP);
    expect(readdirSync(folder)).toEqual(['main.1.log']);
  });
});

describe('writeLogTo', () => {
  it('writes electron-log’s lines to the file, and puts it aside at the size limit keeping the last few', () => {
    const folder = mkdtempSync(join(tmpdir(), 'shootdesk-logs-'));
    const logger = log.create({ logId: `rotation-${Date.now()}` });
    logger.transports.console.level = false;
    writeLogTo(logger, join(folder, 'main.log'), 1000, 3);
    for (let line = 1; line <= 100; line += 1) logger.info(`line ${line} ${'x'.repeat(60)}`);
    expect(readdirSync(folder).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const name of readdirSync(folder)) expect(readFileSync(join(folder, name)).length).toBeLessThan(1200);
    expect(readFileSync(join(folder, 'main.log'), 'utf8')).toMatch(/\[info\] {2}line 100 x+\n$/);
    const lines = (name: string) => readFileSync(join(folder, name), 'utf8').trim().split('\n').map((text) => Number(/line (\d+)/.exec(text)?.[1]));
    // Newest first and without gaps: main.log continues main.1.log, which continues main.2.log.
    expect(lines('main.1.log').at(-1)).toBe((lines('main.log')[0] ?? 0) - 1);
    expect(lines('main.2.log').at(-1)).toBe((lines('main.1.log')[0] ?? 0) - 1);
  });
});

describe('crashReport', () => {
  const log = '/home/ann/.config/Shootdesk/logs/main.log';

  it('says what failed in one line, where the log is, and gives the whole stack in the details', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'root')");
    const report = crashReport('error', error, log);
    expect(report.message).toBe("Shootdesk ran into an error it did not expect: TypeError: Cannot read properties of undefined (reading 'root')");
    expect(report.detail).toContain(`The details are in the log, ${log};`);
    expect(report.detail).toContain(error.stack ?? 'no stack');
    expect(report.detail.split('\n').length).toBeGreaterThan(3);
  });

  it.each<[string, 'error' | 'rejection' | 'window', unknown, string]>([
    ['a rejection with a string', 'rejection', 'the shop closed the connection', 'Shootdesk ran into an error it did not expect: the shop closed the connection'],
    ['a crashed window', 'window', { reason: 'oom', exitCode: 133 }, 'The Shootdesk window stopped: {"reason":"oom","exitCode":133}'],
    ['a value without JSON', 'rejection', undefined, 'Shootdesk ran into an error it did not expect: undefined'],
  ])('%s', (_name, kind, error, message) => {
    expect(crashReport(kind, error, log).message).toBe(message);
  });

  it('keeps the message short when the error is long', () => {
    expect(crashReport('error', new Error('x'.repeat(2000)), log).message.length).toBeLessThan(400);
  });
});
