import { describe, expect, it } from 'vitest';
import { prefixKeys } from '../../server/src/store/s3/prefix-keys.js';
import { parseStorageUrl } from '../../server/src/store/s3/storage-url.js';

describe('the --storage URL', () => {
  it.each([
    ['s3://shop-photos', { bucket: 'shop-photos', prefix: '', endpoint: undefined, region: undefined, forcePathStyle: false }],
    ['s3://shop-photos/uploads/', { bucket: 'shop-photos', prefix: 'uploads/', endpoint: undefined, region: undefined, forcePathStyle: false }],
    ['s3://shop-photos/a/b?region=eu-central-1', { bucket: 'shop-photos', prefix: 'a/b/', endpoint: undefined, region: 'eu-central-1', forcePathStyle: false }],
    ['s3://shop?endpoint=http%3A%2F%2F127.0.0.1%3A9000', { bucket: 'shop', prefix: '', endpoint: 'http://127.0.0.1:9000', region: undefined, forcePathStyle: true }],
    ['s3://shop?endpoint=https://minio.internal&forcePathStyle=false', { bucket: 'shop', prefix: '', endpoint: 'https://minio.internal', region: undefined, forcePathStyle: false }],
  ])('%s', (text, expected) => {
    expect(parseStorageUrl(text)).toEqual(expected);
  });

  it.each([
    ['/srv/uploads', /must be an s3:\/\/bucket/],
    ['https://bucket.s3.amazonaws.com', /must be an s3:\/\/bucket/],
    ['s3://key:secret@shop', /takes no credentials/],
    ['s3://Shop_Photos', /not an S3 bucket name/],
    ['s3://shop?endpont=http://x', /unknown option endpont/],
    ['s3://shop?endpoint=ftp://x', /endpoint must be an http\(s\) URL/],
    ['s3://shop?forcePathStyle=yes', /forcePathStyle must be true or false/],
  ])('%s is refused', (text, message) => {
    expect(() => parseStorageUrl(text)).toThrow(message);
  });
});

describe('keys under a prefix', () => {
  it.each([
    [{ Bucket: 'b', Key: '1-ab' }, 'shop/', { Bucket: 'b', Key: 'shop/1-ab' }],
    [{ Bucket: 'b', Key: '1-ab' }, '', { Bucket: 'b', Key: '1-ab' }],
    [{ Bucket: 'b', Delete: { Objects: [{ Key: '1-ab' }, { Key: '1-ab.info' }], Quiet: true } }, 'shop/', { Bucket: 'b', Delete: { Objects: [{ Key: 'shop/1-ab' }, { Key: 'shop/1-ab.info' }], Quiet: true } }],
    [{ Bucket: 'b' }, 'shop/', { Bucket: 'b' }],
  ])('%j under %j', (input, prefix, expected) => {
    expect(prefixKeys(input, prefix)).toEqual(expected);
  });
});
