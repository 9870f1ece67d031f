import { disabledRules, isSiteOn, siteSwitches } from '../settings/items';
import { siteFor } from '../sites';
import { Controller } from './controller';

const STARTED = Symbol.for('connection-first.checker');

/**
 * Runs in the extension's isolated world once the first compose opens (the loader content script
 * asks the background to inject it), so the engine and compromise cost nothing on pages where
 * nobody writes. Follows the per-site switch and the turned-off rules live.
 */
export async function startChecker(): Promise<void> {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  const site = siteFor(location.hostname);
  if (!site) return;

  let controller: Controller | undefined;
  let disabled = await disabledRules.getValue();
  const follow = (switches: Record<string, boolean>) => {
    const on = isSiteOn(switches, site.id);
    if (on && !controller) {
      controller = new Controller(site, disabled);
      controller.start();
    } else if (!on && controller) {
      controller.destroy();
      controller = undefined;
    }
  };
  follow(await siteSwitches.getValue());
  siteSwitches.watch(follow);
  disabledRules.watch((ids) => {
    disabled = ids;
    controller?.setDisabledRules(ids);
  });
}
