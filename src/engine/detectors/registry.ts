/** Grammar detectors the built-in pack can bind a rule to: `<detector file>/<variant>`. */
export const DETECTORS = [
  'non-apology/feelings',
  'non-apology/conditional',
  'non-apology/inconvenience',
  'non-apology/passive',
  'non-apology/excuse',
  'pitch-first/opening',
] as const;

export type DetectorName = (typeof DETECTORS)[number];
