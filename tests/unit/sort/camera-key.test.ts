import { describe, expect, it } from 'vitest';
import { cameraKeyOf, cameraName } from '../../../electron/core/sort/camera-key.js';

describe('cameraKeyOf', () => {
  it.each([
    { name: 'serial first', id: { serial: '012345', make: 'Canon', model: 'Canon EOS R6', folder: 'a' }, expected: 'serial:Canon EOS R6 #012345' },
    { name: 'a model that names its brand stands alone', id: { serial: '77', make: 'NIKON CORPORATION', model: 'NIKON D850', folder: 'a' }, expected: 'serial:NIKON D850 #77' },
    { name: 'make prefixed when the model lacks it', id: { serial: null, make: 'FUJIFILM', model: 'X-T4', folder: 'a' }, expected: 'model:FUJIFILM X-T4 @a' },
    { name: 'model already names the make', id: { serial: null, make: 'Canon', model: 'Canon EOS R6', folder: 'a' }, expected: 'model:Canon EOS R6 @a' },
    { name: 'two bodies of one model without serial, on two cards', id: { serial: null, make: 'Canon', model: 'Canon EOS 5D', folder: 'card-2/DCIM/100CANON' }, expected: 'model:Canon EOS 5D @card-2' },
    { name: 'one body across DCIM folders', id: { serial: null, make: 'Canon', model: 'Canon EOS 5D', folder: 'card-2/DCIM/101CANON' }, expected: 'model:Canon EOS 5D @card-2' },
    { name: 'two cards’ inner folders copied side by side stay apart', id: { serial: null, make: 'NIKON', model: 'NIKON D70', folder: '101NIKON' }, expected: 'model:NIKON D70 @101NIKON' },
    { name: 'a card scanned at its root', id: { serial: null, make: 'NIKON', model: 'NIKON D70', folder: 'DCIM/102ND70S' }, expected: 'model:NIKON D70 @' },
    { name: 'EXIF padding is trimmed', id: { serial: ' 42\0\0', make: 'Canon\0', model: ' Canon  EOS R6 ', folder: 'a' }, expected: 'serial:Canon EOS R6 #42' },
    { name: 'an all-zero serial is no identity', id: { serial: '0000000000', make: 'Canon', model: 'Canon EOS R6', folder: 'a' }, expected: 'model:Canon EOS R6 @a' },
    { name: 'serial without make or model', id: { serial: 'X1', make: null, model: null, folder: 'a' }, expected: 'serial:X1' },
    { name: 'a make alone cannot tell bodies apart', id: { serial: null, make: 'Canon', model: null, folder: 'cards/A' }, expected: 'folder:cards/A' },
    { name: 'nothing in EXIF', id: { serial: undefined, make: undefined, model: undefined, folder: 'cards/B' }, expected: 'folder:cards/B' },
    { name: 'empty strings count as missing', id: { serial: '', make: '', model: '', folder: 'x' }, expected: 'folder:x' },
  ])('$name', ({ id, expected }) => {
    expect(cameraKeyOf(id)).toBe(expected);
  });
});

describe('cameraName', () => {
  it.each([
    { make: 'Canon', model: 'Canon EOS R6', expected: 'Canon EOS R6' },
    { make: 'NIKON CORPORATION', model: 'NIKON Z 6_2', expected: 'NIKON Z 6_2' },
    { make: 'FUJIFILM', model: 'X-T4', expected: 'FUJIFILM X-T4' },
    { make: 'Canon\0', model: null, expected: 'Canon' },
    { make: null, model: ' EOS  R6 ', expected: 'EOS R6' },
    { make: null, model: null, expected: '' },
  ])('$make + $model', ({ make, model, expected }) => {
    expect(cameraName(make, model)).toBe(expected);
  });
});
