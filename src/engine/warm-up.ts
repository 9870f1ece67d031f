import { analyze } from './analyze';
import { tagsAt } from './grammar';
import type { Ruleset } from './ruleset';

/**
 * The engine's first use of each of its parts costs far more than any later one: compromise builds
 * its lexicon (~80 ms), and each detector's first run compiles its patterns and code paths (another
 * 40–60 ms each). A page does these one per idle moment (src/checker/warm-up.ts); the command
 * line does them all before its start-up snapshot is taken.
 */
export const FIRST_USES: ((rules: Ruleset) => unknown)[] = [
  () => tagsAt('We leverage data.', 3),
  (rules) => analyze('We leverage payroll solutions.', rules),
  (rules) => analyze('Sorry for any inconvenience, but the rollout was rushed.', rules),
  (rules) => analyze("Hi Sam,\n\nI'm Dana from Acme, and we help teams like yours cut costs.", rules),
];

/** Every first use at once, for a process that can spend the time up front. */
export function warmUpNow(rules: Ruleset): void {
  for (const use of FIRST_USES) use(rules);
}
