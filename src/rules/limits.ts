/** Caps that keep any pack a team can write from slowing or hanging the engine. */
export const LIMITS = {
  rulesPerPack: 2000,
  phrasesPerRule: 50,
  phraseChars: 100,
  wordsPerPhrase: 8,
  wildcardsPerPhrase: 2,
  messageChars: 500,
  suggestionsPerRule: 10,
  suggestionChars: 200,
  conditionsPerRule: 10,
  wordsPerCondition: 100,
  cuesPerList: 500,
  packBytes: 1_000_000,
} as const;
