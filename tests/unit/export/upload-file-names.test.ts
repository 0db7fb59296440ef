import { describe, expect, it } from 'vitest';
import { uploadFileNames } from '../../../electron/core/export/upload-file-names.js';

describe('uploadFileNames', () => {
  it.each([
    { paths: ['cam-a/IMG_0001.JPG', 'cam-a/IMG_0002.JPG'], names: ['IMG_0001.JPG', 'IMG_0002.JPG'] },
    { paths: ['IMG_0001.JPG'], names: ['IMG_0001.JPG'] },
    // Two cameras' counters meet: both take their folders, the others keep their names.
    { paths: ['cam-a/IMG_0001.JPG', 'cam-b/IMG_0001.JPG', 'cam-b/IMG_0002.JPG'], names: ['cam-a_IMG_0001.JPG', 'cam-b_IMG_0001.JPG', 'IMG_0002.JPG'] },
    // Letter case does not tell files apart on Windows or in most shops.
    { paths: ['a/img_0001.jpg', 'b/IMG_0001.JPG'], names: ['a_img_0001.jpg', 'b_IMG_0001.JPG'] },
    // A job's other folder is named from the first one: its ../ is no part of an upload name.
    { paths: ['IMG_0001.JPG', '../day2/IMG_0001.JPG'], names: ['IMG_0001.JPG', 'day2_IMG_0001.JPG'] },
    // A photo of siblings is in two galleries: one file, one name.
    { paths: ['cam-a/IMG_0005.JPG', 'cam-a/IMG_0005.JPG'], names: ['IMG_0005.JPG'] },
  ])('$paths', ({ paths, names }) => {
    expect([...uploadFileNames(paths).values()]).toEqual(names);
  });

  it('refuses names that would still collide, naming both files', () => {
    expect(() => uploadFileNames(['a/b_c.jpg', 'a_b/c.jpg', 'x/b_c.jpg', 'y/c.jpg'])).toThrow('a/b_c.jpg and a_b/c.jpg would both be uploaded as a_b_c.jpg: rename one of them');
  });
});
