import type { Ruleset } from '../engine';
import { warmNextPart } from '../engine/warm-up';

// Each part of the engine (engine/warm-up.ts) is warmed while the page is idle, right after a
// compose opens, one part per idle moment, so that the user's first paste or keystroke seldom
// finds it cold (and when it does, the analysis warms the rest a part per task first).
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 100);

let started = false;

/** Warms each part of the engine in an idle moment of its own, once per page; `rules()`: the rules in force then. */
export function warmUpEngine(rules: () => Ruleset): void {
  if (started) return;
  started = true;
  const step = () =>
    whenIdle(() => {
      if (warmNextPart(rules())) step();
    });
  step();
}
