/**
 * What a connection check aims for in one kind of mail. The built-in pack sets them from published
 * studies of replies (see rules/default.json, "coaching"); a team pack may set its own.
 */
export interface Targets {
  /** Words of the writer's own text. */
  words: { min: number; max: number };
  /** Questions put to the reader. */
  questions: { min: number; max: number };
  /** The least share of sentences about the reader, of those about the reader or the writer. */
  readerFocus: number;
  /** The highest Flesch–Kincaid grade. */
  grade: number;
  /** The most requests for the reader's time or action. */
  asks: number;
  /** The most words in one sentence (a phone shows about thirty on a screen). */
  sentenceWords: number;
  /** Sentences about the writer in a row, with nothing about the reader, that make a wall. */
  selfFocusRun: number;
}

/** Targets for a first email and for a reply (a draft with quoted history or a reply header). */
export interface CoachingTargets {
  first: Targets;
  reply: Targets;
}

/** The fields a pack may set, with the range each must lie in: what keeps a team's targets sane. */
export const TARGET_RANGES = {
  'words.min': [0, 5000],
  'words.max': [10, 5000],
  'questions.min': [0, 20],
  'questions.max': [1, 20],
  readerFocus: [0, 1],
  grade: [1, 20],
  asks: [1, 10],
  sentenceWords: [8, 200],
  selfFocusRun: [2, 20],
} as const;
