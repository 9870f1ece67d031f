import { analyze } from './analyze';
import { tagsAt } from './grammar';
import type { Ruleset } from './ruleset';

/**
 * The engine's first use of each of its parts costs far more than any later one: compromise builds
 * its lexicon (~80 ms), and each detector's first run compiles its patterns and code paths (another
 * 40–60 ms each). Together they would make one 150 ms task, so they are paid one part at a time: a
 * page warms a part per idle moment (src/checker/warm-up.ts), and an analysis that finds the engine
 * still cold warms the rest a part per task before it starts (src/editor/paced-analysis.ts); the
 * command line warms them all before its start-up snapshot is taken.
 */
const FIRST_USES: ((rules: Ruleset) => unknown)[] = [
  () => tagsAt('We leverage data.', 3),
  (rules) => analyze('We leverage payroll solutions.', rules),
  (rules) => analyze('Sorry for any inconvenience, but the rollout was rushed.', rules),
  (rules) => analyze("Hi Sam,\n\nI'm Dana from Acme, and we help teams like yours cut costs.", rules),
];

/** How many of FIRST_USES have run in this process (a page's content script, the command line). */
let warmedParts = 0;

/** Whether every part of the engine has had its first use. */
export function engineWarm(): boolean {
  return warmedParts === FIRST_USES.length;
}

/** Gives the next cold part of the engine its first use; false when none was left. */
export function warmNextPart(rules: Ruleset): boolean {
  const use = FIRST_USES[warmedParts];
  if (!use) return false;
  warmedParts++;
  use(rules);
  return true;
}

/** Every first use at once, for a process that can spend the time up front. */
export function warmUpNow(rules: Ruleset): void {
  while (warmNextPart(rules));
}
