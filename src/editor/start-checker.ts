import { builtinRuleset, type Ruleset } from '../rules';
import { loadActiveRuleset, watchActiveRuleset } from '../settings/active-ruleset';
import { isSiteOn, siteSwitches } from '../settings/items';
import { siteFor } from '../sites';
import { Controller } from './controller';
import { answerPopup } from './status';

const STARTED = Symbol.for('connection-first.checker');
const FIRST_RULES_WAIT_MS = 300;

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
  let watched = false;
  const use = (next: Ruleset) => {
    rules = next;
    controller?.setRuleset(next);
  };
  // Watch before the first read, so a change in between is not lost; a rebuild that lands first wins.
  watchActiveRuleset((active) => {
    watched = true;
    use(active.ruleset);
  });
  const loaded = loadActiveRuleset().then(
    (active) => active.ruleset,
    (error: unknown) => {
      console.error('Connection First: reading the rules failed; checking with the built-in rules', error);
      return undefined;
    },
  );
  // The first read of managed storage can take seconds right after install: check with the built-in
  // rules meanwhile rather than leave the draft unchecked, and switch as soon as the rest arrives.
  rules ??= (await Promise.race([loaded, new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_RULES_WAIT_MS))])) ?? builtinRuleset();
  void loaded.then((ruleset) => {
    if (ruleset && !watched) use(ruleset);
  });

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
