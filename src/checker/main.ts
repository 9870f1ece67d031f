import { browser } from 'wxt/browser';
import type { Ruleset } from '../engine';
import { MIRROR_TAG } from '../editor/textarea-mirror';
import { darkHighlightName, highlightName, KINDS } from '../engine/kinds';
import { builtinRuleset } from '../rules';
import { followActiveRuleset } from '../settings/active-ruleset';
import { type PageState, readPageState, thisFrame, watchPageState } from '../settings/page-site';
import { HOST_TAG } from '../ui/overlay';
import { Controller } from './controller';
import { answerPopup } from './status';
import { warmUpEngine } from './warm-up';

/** This world's running checker, under a key every copy of the bundle agrees on. */
const RUNNING = Symbol.for('connection-first.checker');

/**
 * Dispatched on the document by a checker as it starts. Chrome runs an updated extension's
 * scripts in a fresh world while the old copy's scripts keep running, cut off from the extension;
 * such an orphan hears this and takes its UI away. A live checker ignores it, so a page that
 * dispatches it changes nothing.
 */
const STARTED_EVENT = 'connection-first:checker-started';

interface Running {
  stop(): void;
}

/** True once the extension this copy belongs to was updated, reloaded or removed. */
const orphaned = () => browser.runtime?.id == null;

/**
 * What a removed copy of the extension may have left: Firefox unloads an old copy's scripts
 * without letting them clean up, so its overlay element, its textarea mirrors and its highlights
 * would stay on the page.
 */
function sweepLeftovers(): void {
  for (const host of document.querySelectorAll(`${HOST_TAG}, ${MIRROR_TAG}`)) host.remove();
  for (const kind of KINDS) {
    CSS.highlights.delete(highlightName(kind));
    CSS.highlights.delete(darkHighlightName(kind));
  }
}

/**
 * Runs in the extension's isolated world once the first compose opens (the loader content script
 * asks the background to inject it), so the engine and compromise cost nothing on pages where
 * nobody writes. Follows the per-site switch, the list of enabled sites and the active rules
 * (built-in, managed, team lists, personal) live: a change applies to every open compose at
 * once, without a reload.
 *
 * Runs at most once per world: a second injection (the loader ran again after an install or an
 * update) returns at once while the first one lives; a copy whose extension is gone is replaced.
 */
export async function startChecker(): Promise<void> {
  const scope = globalThis as { [RUNNING]?: Running };
  const running = scope[RUNNING];
  if (running && !orphaned()) return;
  running?.stop();

  let controller: Controller | undefined;
  let stopped = false;
  const stops: (() => void)[] = [];
  const self: Running = {
    stop() {
      if (stopped) return;
      stopped = true;
      controller?.destroy();
      controller = undefined;
      if (scope[RUNNING] === self) delete scope[RUNNING];
      for (const stop of stops.splice(0)) {
        try {
          stop();
        } catch {
          // An orphan's storage listeners may throw now that the extension is gone; nothing to undo.
        }
      }
    },
  };
  scope[RUNNING] = self;
  // Orphans in other worlds stop first (the event is handled before dispatchEvent returns), then
  // whatever a copy unloaded without warning left behind goes.
  document.dispatchEvent(new CustomEvent(STARTED_EVENT));
  sweepLeftovers();
  const onStarted = () => {
    if (orphaned()) self.stop();
  };
  document.addEventListener(STARTED_EVENT, onStarted);
  stops.push(() => document.removeEventListener(STARTED_EVENT, onStarted));

  let rules: Ruleset | undefined;
  let locked: ReadonlySet<string> = new Set();
  let firstRules!: (ruleset: Ruleset) => void;
  const ready = new Promise<Ruleset>((resolve) => (firstRules = resolve));
  const stopRules = followActiveRuleset(
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
  stops.push(stopRules);
  rules = await ready;
  if (stopped) return;

  let siteKey = '';
  const follow = ({ site, on }: PageState) => {
    if (site) siteKey = site.key;
    if (on && site && !stopped && !controller) {
      controller = new Controller(site.adapter, rules!, locked);
      controller.start();
      warmUpEngine(() => rules!);
    } else if ((!on || stopped) && controller) {
      controller.destroy();
      controller = undefined;
    }
  };
  follow(await readPageState(thisFrame()));
  if (stopped) return;
  stops.push(
    answerPopup(
      () => controller,
      () => siteKey,
      () => controller !== undefined,
    ),
    watchPageState(thisFrame(), follow),
  );
}
