import { readFileSync } from 'node:fs';

/** A labelled set or a corpus file: one JSON object per line. */
export const readJsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

/** Whether two spans of the same text share a character: how a finding agrees with a label. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
