import type { Ruleset } from '../engine';
import { analyze } from '../engine/analyze';
import { tagsAt } from '../engine/grammar';

/**
 * The engine's first use of each of its parts costs far more than any later one: compromise builds
 * its lexicon (~80 ms), and each detector's first run compiles its patterns and code paths (another
 * 40–60 ms each). None of that can be cut into slices from here, so it is done while the page is
 * idle, right after a compose opens, one part per idle moment: it never lands on the user's first
 * paste or the keystroke that first needs it.
 */
const FIRST_USES: ((rules: Ruleset) => unknown)[] = [
  () => tagsAt('We leverage data.', 3),
  (rules) => analyze('We leverage payroll solutions.', rules),
  (rules) => analyze('Sorry for any inconvenience, but the rollout was rushed.', rules),
  (rules) => analyze("Hi Sam,\n\nI'm Dana from Acme, and we help teams like yours cut costs.", rules),
];

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 100);

let warmed = false;

/** Warms each part of the engine in an idle moment of its own, once per page; `rules()`: the rules in force then. */
export function warmUpEngine(rules: () => Ruleset): void {
  if (warmed) return;
  warmed = true;
  const step = (i: number) => {
    const use = FIRST_USES[i];
    if (!use) return;
    whenIdle(() => {
      use(rules());
      step(i + 1);
    });
  };
  step(0);
}
