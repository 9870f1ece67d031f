import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine';
import { findingKey, truncate } from './Card';
import type { BadgeModel } from './overlay-model';
import { boxKey, placeBadge, placePanel, viewportOf } from './place';
import { kindLabel } from './kind-style';
import { Mark } from './Mark';
import { MeterList, meterStats } from './Meter';

/** The list names this many findings at first; "Show more" adds as many again, until all are listed. */
const LIST_LIMIT = 50;

const formatCount = (n: number) => n.toLocaleString('en-US');

const suggestions = (n: number) => `${formatCount(n)} ${n === 1 ? 'suggestion' : 'suggestions'}`;

function badgeLabel(count: number, underlined: number, paused: boolean): string {
  if (paused) return 'Checking paused';
  // The name starts with what the badge shows ("0 suggestions…"), as speech users say it (WCAG 2.5.3).
  const label = `${suggestions(count)} from Connection First`;
  return underlined < count ? `${label}; those near the text in view are underlined` : label;
}

const px = (n: number) => `${n}px`;

/**
 * The per-compose count at the compose window's corner with the connection meter beside it (see
 * Meter.tsx), and the findings list the count opens.
 */
export function Badge({ model }: { model: BadgeModel }) {
  const { findings, paused, underlined } = model;
  const count = findings.length;
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(LIST_LIMIT);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  /** The count and the meter beside it: placed as one. */
  const bar = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const placedFor = useRef('');
  const focusPanel = useRef(false);
  const panelId = useId();

  const meter = !paused && model.summary ? model.summary : undefined;
  // What the meter shows, off-target marks included: a change of it may resize the bar.
  const meterKey = meter
    ? meterStats(meter)
        .map((s) => `${s.text}${s.off ?? ''}`)
        .join(',')
    : '';

  useLayoutEffect(() => {
    const badge = bar.current;
    if (!badge) return;
    const { anchor } = model;
    const viewport = viewportOf(badge.ownerDocument);
    // Measuring forces a layout: only when something that moves or resizes the badge changed.
    const placeKey =
      `${boxKey(anchor)}|${model.below}|${viewport.width}x${viewport.height}|` +
      `${count}|${paused}|${open}|${meterKey}`;
    if (placedFor.current !== placeKey) {
      placedFor.current = placeKey;
      const list = panel.current;
      // All reads, then all writes.
      const badgeSize = { width: badge.offsetWidth, height: badge.offsetHeight };
      const panelSize = list ? { width: list.offsetWidth, height: list.offsetHeight } : undefined;
      const at = placeBadge(anchor, badgeSize, viewport, model.below);
      badge.style.visibility = at ? '' : 'hidden';
      if (at) {
        badge.style.left = px(at.left);
        badge.style.top = px(at.top);
      }
      if (list && panelSize) {
        list.style.visibility = at ? '' : 'hidden';
        if (at) {
          const p = placePanel({ ...at, ...badgeSize }, panelSize, viewport);
          list.style.left = px(p.left);
          list.style.top = px(p.top);
        }
      }
    }
    if (focusPanel.current && panel.current) {
      focusPanel.current = false;
      panel.current.querySelector('button')?.focus({ preventScroll: true });
    }
  });

  // A press anywhere outside the badge and its list closes the list. Our shadow root is closed, so
  // the page's document sees a press in our UI only as one on our host: presses in the page are
  // told apart there, presses elsewhere in our UI (the card, another badge) inside the root.
  useEffect(() => {
    const el = wrap.current;
    if (!open || !el) return;
    const doc = el.ownerDocument;
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : el;
    const outside = (within: Element) => (e: Event) => {
      if (e.isTrusted && !e.composedPath().includes(within)) setOpen(false);
    };
    const inPage = outside(host);
    const inOurUi = outside(el);
    doc.addEventListener('pointerdown', inPage, true);
    if (root !== doc) root.addEventListener('pointerdown', inOurUi, true);
    return () => {
      doc.removeEventListener('pointerdown', inPage, true);
      root.removeEventListener('pointerdown', inOurUi, true);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus({ preventScroll: true });
  };

  // On the badge and on its list (the only two things in the wrapper): Esc closes, arrows move.
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    // Up / Down move between the list's buttons.
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && open && panel.current) {
      const buttons = Array.from(panel.current.querySelectorAll('button'));
      const active = (panel.current.getRootNode() as Document | ShadowRoot).activeElement;
      const at = buttons.indexOf(active as HTMLButtonElement);
      if (buttons.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = at < 0 ? 0 : (at + step + buttons.length) % buttons.length;
      buttons[next]!.focus({ preventScroll: true });
    }
  };

  const toggle = () => {
    focusPanel.current = !open;
    setOpen(!open);
    setLimit(LIST_LIMIT);
  };

  // The first of the newly listed findings takes focus, so a keyboard user goes on from there.
  const focusItem = useRef<number | undefined>(undefined);
  const showMore = () => {
    focusItem.current = limit;
    setLimit(limit + LIST_LIMIT);
  };
  useLayoutEffect(() => {
    const at = focusItem.current;
    if (at === undefined || !panel.current) return;
    focusItem.current = undefined;
    panel.current.querySelectorAll<HTMLElement>('[data-cf="finding-item"]')[at]?.focus({ preventScroll: false });
  }, [limit]);

  const ignored = model.ignored ?? [];

  const select = (finding: Finding) => {
    setOpen(false);
    model.onSelect(finding);
  };

  const label = badgeLabel(count, underlined, paused);
  const badgeClass = paused ? 'cf-badge cf-paused' : count === 0 ? 'cf-badge cf-zero' : 'cf-badge';
  const listed = findings.slice(0, limit);
  return (
    <div ref={wrap} class="cf-badge-wrap" data-cf-badge-id={model.id}>
      <div ref={bar} class="cf-bar">
        {meter && <MeterList summary={meter} class="cf-meter" />}
        <button
          ref={button}
          type="button"
          class={badgeClass}
          data-cf="badge"
          data-cf-count={String(count)}
          data-cf-paused={paused ? 'true' : undefined}
          aria-label={label}
          title={label}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={toggle}
          onKeyDown={onKeyDown}
        >
          <Mark />
          {paused ? '⏸' : formatCount(count)}
        </button>
      </div>
      {open && (
        <div
          ref={panel}
          id={panelId}
          class="cf-panel"
          data-cf="findings-list"
          role="dialog"
          aria-label="Connection First suggestions"
          onKeyDown={onKeyDown}
        >
          <div class="cf-panel-head">{paused ? 'Checking paused' : suggestions(count)}</div>
          {paused && <p class="cf-empty">Connection First is not checking this draft.</p>}
          {!paused && count === 0 && <p class="cf-empty">Nothing to suggest right now.</p>}
          {!paused && underlined < count && (
            <p class="cf-note" data-cf="underlined">
              A long draft: {formatCount(underlined)} of them, near the text in view, are underlined.
            </p>
          )}
          {count > 0 && (
            <ul class="cf-list">
              {listed.map((f, i) => (
                <li key={`${findingKey(f)}#${i}`}>
                  <button
                    type="button"
                    class={f.severity === 'hint' ? 'cf-item cf-hint' : 'cf-item'}
                    data-cf="finding-item"
                    data-cf-kind={f.kind}
                    title={f.message}
                    onClick={() => select(f)}
                  >
                    <span class="cf-kind">{kindLabel(f.kind)}</span>
                    <span class="cf-found">“{truncate(f.text, 60)}”</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {listed.length < count && (
            <button type="button" class="cf-link cf-show-more" data-cf="show-more" onClick={showMore}>
              {`Show ${formatCount(Math.min(LIST_LIMIT, count - listed.length))} more ` +
                `(${formatCount(count - listed.length)} not listed yet)`}
            </button>
          )}
          {ignored.length > 0 && (
            <div class="cf-ignored" data-cf="ignored">
              <p class="cf-ignored-head">Ignored here:</p>
              <ul>
                {ignored.map((f) => (
                  <li key={findingKey(f)} data-cf="ignored-item">
                    <span>“{truncate(f.text, 40)}”</span>
                    <button
                      type="button"
                      class="cf-link"
                      data-cf="unignore"
                      aria-label={`Undo ignore: ${truncate(f.text, 40)}`}
                      onClick={() => model.onUnignore?.(f)}
                    >
                      Undo
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {model.shortcut && (
            <p class="cf-panel-shortcut" data-cf="shortcut">
              Caret in underlined words? {model.shortcut} opens their card.
            </p>
          )}
          <div class="cf-panel-foot">
            <button type="button" class="cf-link" data-cf="pause" onClick={() => model.onTogglePause()}>
              {paused ? 'Resume checking' : 'Pause checking for this draft'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
