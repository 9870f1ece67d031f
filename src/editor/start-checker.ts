import { builtinRuleset, type Ruleset } from '../rules';
import { loadActiveRuleset, watchActiveRuleset } from '../settings/active-ruleset';
import { isSiteOn, siteSwitches } from '../settings/items';
import { siteFor } from '../sites';
import { Controller } from './controller';
import { answerPopup } from './status';

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
  // Watch before the first read, so a change in between is not lost; a rebuild that lands first wins.
  watchActiveRuleset((active) => {
    rules = active.ruleset;
    controller?.setRuleset(active.ruleset);
  });
  const loaded = await loadActiveRuleset().catch((error) => {
    console.error('Connection First: reading the rules failed; checking with the built-in rules', error);
    return undefined;
  });
  rules ??= loaded?.ruleset ?? builtinRuleset();

  const follow = (switches: Record<string, boolean>) => {
    const on = isSiteOn(switches, site.id);
    if (on && !controller) {
      controller = new Controller(site, rules!);
      controller.start();
    } else if (!on && controller) {
      controller.destroy();
      controller = undefined;
    }
  };
  follow(await siteSwitches.getValue());
  answerPopup(() => controller, site.id, () => controller !== undefined);
  siteSwitches.watch(follow);
}
