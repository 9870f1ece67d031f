import { analyze } from './analyze';
import { tagsAt } from './grammar';
import type { Ruleset } from './ruleset';

/**
 * The engine's first use of each of its parts costs far more than any later one: compromise builds
 * its lexicon (~80 ms), and each detector's first run compiles its patterns and code paths (another
 * 40–60 ms each). Together they would make one 150 ms task, so they are paid one part at a time: a
 * page warms a part per idle moment (src/checker/warm-up.ts), and an analysis that finds the engine
 * still cold warms the rest a part per task before it starts (src/editor/paced-analysis.ts); the
 * command line gives each its first use before its start-up snapshot is taken (`warmUpForSnapshot`).
 */
const SAMPLES = [
  'We leverage payroll solutions.',
  // Opens on an apology that owns its act, which no shape claims, so every shape is tried on the sentence,
  // once (shapes stop once each apology of a sentence lies inside a finding).
  "I'm sorry we sent the wrong invoice, and sorry for any inconvenience, but the rollout was rushed.",
  "Hi Sam,\n\nI'm Dana from Acme, and we help teams like yours cut costs.",
];
/**
 * The same shapes in other words, run after the first ones. V8 runs a regular expression in its
 * interpreter the first time and compiles it to machine code the second time; for the non-apology
 * shapes that compile alone took ~40 ms, which fell on the user's first paste with an apology in it
 * (a 60–100 ms task). The words must differ: the engine keeps each paragraph's findings, and the same
 * text again would run no pattern at all.
 */
const SECOND_SAMPLES = [
  'They leverage billing solutions.',
  'We apologise for charging you twice, and apologies for any trouble, but the courier was late.',
  "Hello Ana,\n\nI'm Lee from Brio, and we help firms like yours save time.",
];
const analyzeSample = (sample: string) => (rules: Ruleset) => analyze(sample, rules);
const FIRST_USES: ((rules: Ruleset) => unknown)[] = [
  () => tagsAt('We leverage data.', 3),
  ...SAMPLES.map(analyzeSample),
];
const PARTS = [...FIRST_USES, ...SECOND_SAMPLES.map(analyzeSample)];

/** How many of PARTS have run in this process (a page's content script, the command line). */
let warmedParts = 0;

/** Whether every part of the engine has been warmed. */
export function engineWarm(): boolean {
  return warmedParts === PARTS.length;
}

/** Warms the next cold part of the engine; false when none was left. */
export function warmNextPart(rules: Ruleset): boolean {
  const use = PARTS[warmedParts];
  if (!use) return false;
  warmedParts++;
  use(rules);
  return true;
}

/** Every part at once, for a process that can spend the time up front. */
export function warmUpNow(rules: Ruleset): void {
  while (warmNextPart(rules));
}

/**
 * The first uses only, for the command line's start-up snapshot: V8 cannot put a regular
 * expression's machine code in a snapshot (building one aborts), only its interpreter's code.
 */
export function warmUpForSnapshot(rules: Ruleset): void {
  while (warmedParts < FIRST_USES.length) warmNextPart(rules);
}
