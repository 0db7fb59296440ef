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
    [['--expire-uploads-after', '0.5'], { command: 'serve', port: 8787, host: '127.0.0.1', dataDir: 'shootdesk-server-data', uploadExpiryMs: 12 * 3600 * 1000 }],
    [['--expire-uploads-after', '30'], { command: 'serve', port: 8787, host: '127.0.0.1', dataDir: 'shootdesk-server-data', uploadExpiryMs: 30 * 24 * 3600 * 1000 }],
    [['--trust-proxy', '10.0.0.0/8, 127.0.0.1,::1'], { command: 'serve', port: 8787, host: '127.0.0.1', dataDir: 'shootdesk-server-data', trustProxy: '10.0.0.0/8,127.0.0.1,::1' }],
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
    [['--expire-uploads-after', '0'], /--expire-uploads-after must be a number of days above 0/],
    [['--expire-uploads-after=-1'], /--expire-uploads-after must be a number of days/],
    [['--expire-uploads-after', '1e3'], /--expire-uploads-after must be a number of days/],
    [['--expire-uploads-after', '400'], /at most 365, not 400/],
    [['--expire-uploads-after', '2', '--storage', 's3://photos'], /give the bucket a lifecycle rule/],
    [['token', 'create', '--account', 'x', '--expire-uploads-after', '2'], /takes no --expire-uploads-after/],
    [['--trust-proxy', 'true'], /IP addresses or CIDR ranges, comma-separated, not true/],
    [['--trust-proxy', '2'], /not 2$/],
    [['--trust-proxy', '10.0.0.1,'], /not an empty one/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseServerArgs(argv)).toThrow(message);
  });
});
