/** The peer checkers the bench compares against, each as a plain `(text) => number of findings`. */
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';

const require = createRequire(import.meta.url);

interface WriteGoodSuggestion {
  index: number;
  offset: number;
  reason: string;
}
const writeGoodLib = require('write-good') as (
  text: string,
  options?: Record<string, unknown>,
) => WriteGoodSuggestion[];

/** write-good 1.x with its default checks (CommonJS, synchronous, no cache). */
export function writeGood(text: string): number {
  return writeGoodLib(text).length;
}

/** alex 11 on plain text: `alex.text` parses with retext-english and runs retext-equality and retext-profanities synchronously. */
export function alex(text: string): number {
  return alexText(text).messages.length;
}
