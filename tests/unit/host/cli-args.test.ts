import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../electron/host/cli-args.js';

describe('parseCliArgs', () => {
  it.each([
    { argv: ['sort', 'shoot', '--job', 'Spring 2026'], expected: { name: 'sort', folder: 'shoot', job: 'Spring 2026', names: undefined, pause: undefined, db: undefined, json: false } },
    { argv: ['sort', 'shoot', '--job', 'J', '--names', 'n.csv', '--db', 'x.sqlite', '--json'], expected: { name: 'sort', folder: 'shoot', job: 'J', names: 'n.csv', pause: undefined, db: 'x.sqlite', json: true } },
    { argv: ['sort', 'shoot', '--job', 'J', '--pause', '45'], expected: { name: 'sort', folder: 'shoot', job: 'J', names: undefined, pause: 45, db: undefined, json: false } },
    { argv: ['sort', 'shoot', '--job', 'J', '--pause', 'auto'], expected: { name: 'sort', folder: 'shoot', job: 'J', names: undefined, pause: 'auto', db: undefined, json: false } },
    { argv: ['decode', 'a.jpg', 'b.jpg', '--json'], expected: { name: 'decode', images: ['a.jpg', 'b.jpg'], json: true } },
    { argv: ['jobs', 'list'], expected: { name: 'jobs-list', db: undefined, json: false } },
    { argv: ['jobs', 'delete', 'Spring 2026', '--db', 'x'], expected: { name: 'jobs-delete', job: 'Spring 2026', db: 'x' } },
    { argv: ['jobs', 'rename', 'Spring', 'Spring 2026'], expected: { name: 'jobs-rename', job: 'Spring', to: 'Spring 2026', db: undefined } },
    { argv: ['jobs', 'status', 'J', 'selling'], expected: { name: 'jobs-status', job: 'J', status: 'selling', db: undefined } },
    { argv: ['activate', '--job', 'J', '--all'], expected: { name: 'activate', job: 'J', all: true, codes: [], db: undefined } },
    { argv: ['activate', '--job', 'J', 'AAAA2222', 'BBBB3333'], expected: { name: 'activate', job: 'J', all: false, codes: ['AAAA2222', 'BBBB3333'], db: undefined } },
    { argv: ['serve'], expected: { name: 'serve', db: undefined, port: 0 } },
    { argv: ['serve', '--port', '4739', '--db', 'x'], expected: { name: 'serve', db: 'x', port: 4739 } },
    { argv: ['galleries', '--job', 'J', '--json'], expected: { name: 'galleries', job: 'J', db: undefined, json: true } },
    { argv: ['review', '--job', 'J'], expected: { name: 'review', job: 'J', db: undefined, json: false } },
    { argv: ['assign', '--job', 'J', '--code', 'K7QX2MPA', 'a.jpg', 'b.jpg'], expected: { name: 'assign', job: 'J', target: { code: 'K7QX2MPA' }, photos: ['a.jpg', 'b.jpg'], db: undefined } },
    { argv: ['assign', '--job', 'J', '--new-spare', 'a.jpg', '--db', 'x'], expected: { name: 'assign', job: 'J', target: { newSpare: true }, photos: ['a.jpg'], db: 'x' } },
    { argv: ['hide', '--job', 'J', 'a.jpg'], expected: { name: 'hide', job: 'J', photos: ['a.jpg'], db: undefined } },
    { argv: ['unhide', '--job', 'J', 'a.jpg', 'b.jpg'], expected: { name: 'unhide', job: 'J', photos: ['a.jpg', 'b.jpg'], db: undefined } },
    { argv: ['bulk', '--job', 'J', '--marks', 'marks.csv', '--db', 'x.sqlite'], expected: { name: 'bulk', job: 'J', marks: 'marks.csv', db: 'x.sqlite' } },
    { argv: ['card', '--job', 'J', '--code', 'AB3K7QXP', 'cam/IMG_1.JPG'], expected: { name: 'card', job: 'J', code: 'AB3K7QXP', photo: 'cam/IMG_1.JPG', db: undefined } },
    { argv: ['merge', '--job', 'J', '--from', 'AB3K7QXP', '--into', 'CD4M8RYT'], expected: { name: 'merge', job: 'J', from: 'AB3K7QXP', into: 'CD4M8RYT', db: undefined } },
    { argv: ['spares', 'add', '--job', 'J', '--count', '12'], expected: { name: 'spares-add', job: 'J', count: 12, db: undefined } },
    { argv: ['undo', '--job', 'J'], expected: { name: 'undo', job: 'J', db: undefined } },
    { argv: ['redo', '--job', 'J', '--db', 'x'], expected: { name: 'redo', job: 'J', db: 'x' } },
    { argv: ['--help'], expected: { name: 'help' } },
  ])('$argv', ({ argv, expected }) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    { argv: [], message: 'no command given' },
    { argv: ['--json'], message: 'no command given' },
    { argv: ['sort', 'shoot'], message: 'missing --job <name>' },
    { argv: ['sort', '--job', 'J'], message: 'sort takes exactly one folder' },
    { argv: ['sort', 'a', 'b', '--job', 'J'], message: 'sort takes exactly one folder' },
    { argv: ['sort', 'a', '--job', 'J', '--bogus'], message: "Unknown option '--bogus'" },
    { argv: ['decode'], message: 'decode needs at least one image' },
    { argv: ['sort', 'a', '--job', 'J', '--pause', 'long'], message: '--pause must be a number of seconds from 1 to 3600, or auto' },
    { argv: ['sort', 'a', '--job', 'J', '--pause', '0'], message: '--pause must be a number of seconds from 1 to 3600, or auto' },
    { argv: ['jobs', 'status', 'J', 'live'], message: 'status must be one of planning, selling, archived' },
    { argv: ['jobs'], message: 'jobs takes: list | delete <name> | status <name> <status> | rename <name> <new name>' },
    { argv: ['jobs', 'rename', 'J'], message: 'jobs takes: list | delete <name> | status <name> <status> | rename <name> <new name>' },
    { argv: ['activate', '--job', 'J'], message: 'activate takes either --all or a list of codes' },
    { argv: ['activate', '--job', 'J', '--all', 'AAAA2222'], message: 'activate takes either --all or a list of codes' },
    { argv: ['frobnicate'], message: 'unknown command "frobnicate"' },
    { argv: ['galleries'], message: 'missing --job <name>' },
    { argv: ['review', '--job', 'J', 'extra'], message: 'review takes no arguments besides --job' },
    { argv: ['assign', '--job', 'J', 'a.jpg'], message: 'assign takes either --code <code> or --new-spare' },
    { argv: ['assign', '--job', 'J', '--code', 'K7QX2MPA', '--new-spare', 'a.jpg'], message: 'assign takes either --code <code> or --new-spare' },
    { argv: ['assign', '--job', 'J', '--code', 'K7QX2MPA'], message: 'assign needs at least one photo' },
    { argv: ['hide', '--job', 'J'], message: 'hide needs at least one photo' },
    { argv: ['bulk', '--job', 'J'], message: 'missing --marks <file.csv>' },
    { argv: ['card', '--job', 'J', '--code', 'X', 'a.jpg', 'b.jpg'], message: 'card takes one photo: the frame that shows the card' },
    { argv: ['card', '--job', 'J', 'a.jpg'], message: 'missing --code <code>' },
    { argv: ['merge', '--job', 'J', '--into', 'X'], message: 'missing --from <code>' },
    { argv: ['merge', '--job', 'J', '--from', 'X', '--into', 'Y', 'a.jpg'], message: 'merge takes its galleries from --from <code> --into <code>' },
    { argv: ['bulk', '--job', 'J', '--marks', 'm.csv', 'a.jpg'], message: 'bulk takes its photos from --marks <file.csv>' },
    { argv: ['spares', '--job', 'J', '--count', '3'], message: 'spares takes: add --job <name> --count <n>' },
    { argv: ['spares', 'add', '--job', 'J'], message: 'missing --count <n>' },
    { argv: ['spares', 'add', '--job', 'J', '--count', '2.5'], message: '--count must be a whole number from 1 to 1000' },
    { argv: ['spares', 'add', '--job', 'J', '--count', '0'], message: '--count must be a whole number from 1 to 1000' },
    { argv: ['undo'], message: 'missing --job <name>' },
    { argv: ['serve', '--port', 'http'], message: '--port must be a number from 0 to 65535' },
    { argv: ['serve', '--port', '70000'], message: '--port must be a number from 0 to 65535' },
    { argv: ['serve', 'now'], message: 'serve takes no arguments' },
  ])('rejects $argv', ({ argv, message }) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
