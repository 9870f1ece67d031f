import type { Ruleset } from '../engine';
import { builtinRuleset } from '../rules';
import { followActiveRuleset } from '../settings/active-ruleset';
import { isSiteOn, siteSwitches } from '../settings/items';
import { siteFor } from '../sites';
import { Controller } from './controller';
import { answerPopup } from './status';
import { warmUpEngine } from './warm-up';

const STARTED = Symbol.for('connection-first.checker');

/**
 * Runs in the extension's isolated world once the first compose opens (the loader content script
 * asks the background to inject it), so the engine and compromise cost nothing on pages where
 * nobody writes. Follows the per-site switch and the active rules (built-in, managed, team lists,
 * personal) live: a change applies to every open compose at once, without a reload.
 */
export async function startChecker(): Promise<void> {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  const site = siteFor(location.hostname);
  if (!site) return;

  let controller: Controller | undefined;
  let rules: Ruleset | undefined;
  let locked: ReadonlySet<string> = new Set();
  let firstRules!: (ruleset: Ruleset) => void;
  const ready = new Promise<Ruleset>((resolve) => (firstRules = resolve));
  followActiveRuleset(
    (active) => {
      rules = active.ruleset;
      locked = active.lockedRuleIds;
      controller?.setRuleset(rules, locked);
      firstRules(active.ruleset);
    },
    (error) => {
      console.error('Connection First: reading the rules failed; checking with the rules already in force', error);
      firstRules(rules ?? builtinRuleset());
    },
  );
  rules = await ready;

  const follow = (switches: Record<string, boolean>) => {
    const on = isSiteOn(switches, site.id);
    if (on && !controller) {
      controller = new Controller(site, rules!, locked);
      controller.start();
      warmUpEngine(() => rules!);
    } else if (!on && controller) {
      controller.destroy();
      controller = undefined;
    }
  };
  follow(await siteSwitches.getValue());
  answerPopup(
    () => controller,
    site.id,
    () => controller !== undefined,
  );
  siteSwitches.watch(follow);
}
