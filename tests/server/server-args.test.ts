import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../../server/src/server-args.js';

describe('shootdesk-server arguments', () => {
  it.each([
    [[], { command: 'serve', port: 8787, host: '127.0.0.1', dataDir: 'shootdesk-server-data' }],
    [['--port', '0', '--data', '/srv/shop'], { command: 'serve', port: 0, host: '127.0.0.1', dataDir: '/srv/shop' }],
    [['--host', '0.0.0.0', '--port', '9000'], { command: 'serve', port: 9000, host: '0.0.0.0', dataDir: 'shootdesk-server-data' }],
    [['token', 'create', '--account', ' Studio A '], { command: 'token-create', account: 'Studio A', dataDir: 'shootdesk-server-data' }],
    [['token', 'create', '--account', 'x', '--data', 'd'], { command: 'token-create', account: 'x', dataDir: 'd' }],
    [['--database', 'postgres://shop@db/shootdesk'], { command: 'serve', port: 8787, host: '127.0.0.1', dataDir: 'shootdesk-server-data', database: 'postgres://shop@db/shootdesk' }],
    [
      ['--storage', 's3://photos/shop?endpoint=http://127.0.0.1:9000'],
      { command: 'serve', port: 8787, host: '127.0.0.1', dataDir: 'shootdesk-server-data', storage: { bucket: 'photos', prefix: 'shop/', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true } },
    ],
    [['token', 'create', '--account', 'x', '--database', 'postgresql://db/s'], { command: 'token-create', account: 'x', dataDir: 'shootdesk-server-data', database: 'postgresql://db/s' }],
    [['--help'], { command: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseServerArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--port', '65536'], /--port must be a whole number/],
    [['--port', '80.5'], /--port must be a whole number/],
    [['--port', ''], /--port must be a whole number/],
    [['token', 'create'], /needs --account/],
    [['token', 'create', '--account', '  '], /needs --account/],
    [['token', 'create', '--account', 'x', '--port', '1'], /takes no --port/],
    [['token', 'delete'], /unknown command: token delete/],
    [['--account', 'x'], /belongs to "token create"/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['--database', 'mysql://u:pw@db/s'], /--database must be a postgres:\/\/ URL, not mysql:\/\/u:\*\*\*@db\/s/],
    [['--storage', '/srv/uploads'], /--storage must be an s3:\/\/bucket/],
    [['token', 'create', '--account', 'x', '--storage', 's3://photos'], /takes no --storage/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseServerArgs(argv)).toThrow(message);
  });
});
