import type { NamesHeader } from './names-table.js';

/**
 * A names list that was given but cannot be used. Sorting without it would quietly turn every
 * pupil into an unnamed spare, so the whole sort stops, naming the file (and row) and what to do.
 */
export class NamesListError extends Error {
  constructor(
    file: string,
    readonly problem: string,
    readonly row?: number,
    /** The header the file was read with, when it has one: a mapping of its columns may make it usable. */
    readonly header?: NamesHeader,
  ) {
    super(`names list ${file}${row === undefined ? '' : `, row ${row}`}: ${problem}. Nothing was imported or sorted.`);
    this.name = 'NamesListError';
  }
}
