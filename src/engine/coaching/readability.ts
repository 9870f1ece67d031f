import { syllable } from 'syllable';
import { memoByString } from '../memo';

/**
 * Syllables of one word, by the `syllable` package's rules and exceptions (English). A word it
 * gives none (a number, an initialism it does not know) counts as one: "23" and "SLA" are said.
 * Kept per word, bounded: a mail repeats its words, and the package's rules cost microseconds.
 */
export const syllablesOf = memoByString((word) => Math.max(1, syllable(word)));

/**
 * The Flesch–Kincaid grade level: the school year whose readers follow the text, from the average
 * sentence length and syllables per word. Rounded to one decimal; never below 0 (one-syllable
 * words in short sentences score below zero, which reads as "anyone").
 */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
