import type { Ruleset } from '../engine';
import { FIRST_USES } from '../engine/warm-up';

// Each part of the engine (engine/warm-up.ts) is warmed while the page is idle, right after a
// compose opens, one part per idle moment: it never lands on the user's first paste or the
// keystroke that first needs it.
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
