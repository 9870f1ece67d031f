import { type ComponentChildren, render as preactRender } from 'preact';
import { Badge } from './Badge';
import { ACTION_CSS } from './action-styles';
import { Card, findingKey } from './Card';
import { Announcer, Notice } from './Notice';
import type { OverlayModel } from './overlay-model';
import { HOST_STYLE, OVERLAY_CSS } from './styles';

/** The overlay's element; also how a newer checker finds one a removed copy of the extension left behind. */
export const HOST_TAG = 'connection-first-ui';

export interface Overlay {
  /** Shows the model; call again with a new model to update in place (a Preact diff, cheap). */
  render(model: OverlayModel): void;
  /** True for our host element and every node inside our shadow root. */
  contains(node: Node): boolean;
  /** Unmounts and removes the host; the overlay does nothing afterwards. */
  destroy(): void;
}

/**
 * Sets the colour scheme of what it holds: dark for a compose whose editor shows on a dark
 * background, else light. It adds no box (display: contents), so placement and events are unchanged.
 */
function Theme({ dark, children }: { dark: boolean | undefined; children: ComponentChildren }) {
  return (
    <div class="cf-theme" data-cf-theme={dark ? 'dark' : 'light'}>
      {children}
    </div>
  );
}

function OverlayView({ model }: { model: OverlayModel }) {
  return (
    <>
      {model.badges.map((badge) => (
        <Theme key={badge.id} dark={badge.dark}>
          <Badge model={badge} />
        </Theme>
      ))}
      {/* Keyed by finding: a different finding gets a fresh card (placed and focused anew). */}
      {model.card && (
        <Theme key={findingKey(model.card.finding)} dark={model.card.dark}>
          <Card model={model.card} />
        </Theme>
      )}
      {model.notice && <Notice key={model.notice.id} model={model.notice} />}
      <Announcer text={model.announcement ?? ''} />
    </>
  );
}

/** Key events in our UI stay in it: the mail page's keyboard shortcuts must not see them. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
const stop = (e: Event) => e.stopPropagation();

/** Every event our buttons, card and list act on: only the user's own may reach them. */
const INPUT_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'mouseover',
  'mouseout',
  'mouseenter',
  'mouseleave',
  'pointerdown',
  'pointerup',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  ...KEY_EVENTS,
] as const;

/** Stops a synthetic event (`isTrusted` false: made by a script, not the user) before it reaches our UI. */
const dropUntrusted = (e: Event) => {
  if (!e.isTrusted) e.stopImmediatePropagation();
};

/**
 * The in-page UI: one `<connection-first-ui>` element under `<html>` (never inside the page's
 * editor) with a closed shadow root holding our styles and the Preact-rendered card and badges.
 *
 * The page must not read or drive it: the root is closed (the page's `host.shadowRoot` is null,
 * and its events never see our nodes), and events that a script made rather than the user
 * (`isTrusted` false) are stopped at the root's container, in the capture phase, before any of
 * our handlers sees them.
 */
export function createOverlay(doc: Document = document): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS + ACTION_CSS;
  // Preact renders into its own container so it never touches the <style>.
  const container = doc.createElement('div');
  container.className = 'cf-root';
  shadow.append(style, container);
  for (const type of INPUT_EVENTS) container.addEventListener(type, dropUntrusted, true);
  for (const type of KEY_EVENTS) container.addEventListener(type, stop);
  (doc.documentElement ?? doc).appendChild(host);
  let destroyed = false;

  return {
    render(model) {
      if (destroyed) return;
      // Some pages rebuild <html>'s children; put the host back if it was taken out.
      if (!host.isConnected) (doc.documentElement ?? doc).appendChild(host);
      preactRender(<OverlayView model={model} />, container);
    },
    contains(node) {
      return node === host || host.contains(node) || shadow.contains(node);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      preactRender(null, container);
      for (const type of INPUT_EVENTS) container.removeEventListener(type, dropUntrusted, true);
      for (const type of KEY_EVENTS) container.removeEventListener(type, stop);
      host.remove();
    },
  };
}
