/** Caps that keep any pack a team can write from slowing or hanging the engine. */
export const LIMITS = {
  rulesPerPack: 2000,
  phrasesPerRule: 50,
  phraseChars: 100,
  wordsPerPhrase: 8,
  wildcardsPerPhrase: 2,
  /**
   * Combining marks stacked on one letter. Real spelling needs few (Vietnamese and Thai 2, pointed
   * Hebrew 3, Tibetan stacks 4); a longer pile is decoration, never a word anyone writes to a customer.
   */
  marksPerLetter: 4,
  messageChars: 500,
  suggestionsPerRule: 10,
  suggestionChars: 200,
  conditionsPerRule: 10,
  wordsPerCondition: 100,
  cuesPerList: 500,
  /** UTF-8 bytes, not UTF-16 units: what a file, a download or storage really holds. */
  packBytes: 1_000_000,
  /** Errors reported for one pack; the rest are counted ("and 412 more"). */
  errorsPerPack: 100,
} as const;

/**
 * Caps on the whole set in force at once — built-in, the administrator's packs and lists, the
 * user's lists, the personal pack — checked before anything is compiled. Packs past a cap are
 * left out in merge order (the built-in and the administrator's come first), with an error.
 */
export const SET_LIMITS = {
  packs: 24,
  rules: 10_000,
  phrases: 50_000,
} as const;
