/**
 * A names list that was given but cannot be used. Sorting without it would quietly turn every
 * pupil into an unnamed spare, so the whole sort stops, naming the file (and row) and what to do.
 */
export class NamesListError extends Error {
  constructor(file: string, problem: string, row?: number) {
    super(`names list ${file}${row === undefined ? '' : `, row ${row}`}: ${problem}. Nothing was imported or sorted.`);
    this.name = 'NamesListError';
  }
}
