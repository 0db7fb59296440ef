import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logLinesOf } from '../../../electron/main/core-output.js';

describe("core's output in the app's log", () => {
  it('logs each line marked as core’s, lines split across chunks and CRLF included, blank lines left out', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    logLinesOf(stream, (line) => lines.push(line));
    stream.write('(node:42) Warning: something\r\nsecond ');
    stream.write('half\n\n   \nlast without newline');
    stream.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual(['core: (node:42) Warning: something', 'core: second half', 'core: last without newline']);
  });

  it('takes a process without that stream', () => {
    expect(() => logLinesOf(null, () => undefined)).not.toThrow();
  });
});
