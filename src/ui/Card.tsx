import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Suggestion } from '../engine';
import type { CardModel } from './overlay-model';
import { boxKey, placeCard, viewportOf } from './place';
import { kindLabel } from './kind-style';
import { ReportForm } from './ReportForm';

const TITLE_TEXT_MAX = 40;

/**
 * Collapses whitespace and cuts long text with an ellipsis, at the end of a word: "I hope this
 * email finds you well and…", never "…and tha…". A single word longer than half the room is cut
 * where it must be.
 */
export function truncate(text: string, max = TITLE_TEXT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let head = flat.slice(0, max - 1);
  if (flat[max - 1] !== ' ') {
    const space = head.lastIndexOf(' ');
    if (space >= max / 2) head = head.slice(0, space);
  }
  // No comma or dash left hanging before the ellipsis.
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Straight double quotes in pairs as curly ones, so the card has one quote style: "Sorry if" → “Sorry if”. */
const curlyQuotes = (text: string): string => text.replace(/"([^"\n]*)"/g, '“$1”');

// A blank in a rewrite: the shape the engine's rewrites use for a fact only the writer knows.
const BLANK = /(\[[^[\]\n]{1,80}\])/;

/** Text with its "[…]" blanks marked, so the reader sees what still needs their words. */
function withBlanks(text: string) {
  return text.split(BLANK).map((part, i) =>
    i % 2 === 1 ? (
      <mark class="cf-blank" key={i}>
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

/** Identifies a finding across re-analyses (the objects themselves may be new each time). */
export const findingKey = (f: Finding): string => `${f.ruleId}:${f.kind}:${f.start}:${f.end}`;

/** Button text of a suggestion: its label, else the replacement; a deletion says so. */
function suggestionText(s: Suggestion, found: string): string {
  if (s.label) return s.label;
  if (s.replacement.trim() === '') return `Remove “${truncate(found, 24)}”`;
  return s.replacement;
}

/**
 * What a labelled rewrite puts in, blanks marked, every word of it: the user sees exactly what a
 * click will write before making it. A rewrite that adds words before the found ones (a new first
 * line before the opening) shows the found words it keeps dimmed, so the new words stand out; a
 * long one scrolls inside its preview box rather than growing the card.
 */
function Words({ replacement, found }: { replacement: string; found: string }) {
  const kept = found.trim();
  if (kept === '' || !replacement.endsWith(kept) || replacement.length === kept.length)
    return <>{withBlanks(replacement)}</>;
  return (
    <>
      {withBlanks(replacement.slice(0, -kept.length))}
      <span class="cf-kept" data-cf="kept">
        {kept}
      </span>
    </>
  );
}

/**
 * The box a rewrite's words are shown in. When they overflow it, it takes a place in the tab order,
 * so a keyboard user can scroll to the end of what will be written too.
 */
function Preview({ id, children }: { id: string; children: ComponentChildren }) {
  const box = useRef<HTMLParagraphElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (el) setScrolls(el.scrollHeight > el.clientHeight + 1);
  });
  return (
    <p ref={box} class="cf-preview" data-cf="preview" id={id} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </p>
  );
}

/** Mouse presses on our buttons must not take focus (and the caret) away from the editor. */
const keepEditorFocus = (e: MouseEvent) => e.preventDefault();

export function Card({ model }: { model: CardModel }) {
  const { finding } = model;
  const root = useRef<HTMLDivElement>(null);
  const placedFor = useRef('');
  const focusedFor = useRef<string | undefined>(undefined);
  const key = findingKey(finding);
  const hint = finding.severity === 'hint';
  const label = kindLabel(finding.kind);
  const messageId = useId();
  const previewId = useId();
  const [reporting, setReporting] = useState(false);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const { anchor } = model;
    const viewport = viewportOf(el.ownerDocument);
    // Measuring forces a layout: only when something that moves or resizes the card changed.
    const avoid = model.avoid ?? [];
    const placeKey = `${key}|${boxKey(anchor)}|${avoid.map(boxKey).join(';')}|${viewport.width}x${viewport.height}`;
    if (placedFor.current !== placeKey) {
      placedFor.current = placeKey;
      const { left, top } = placeCard(anchor, { width: el.offsetWidth, height: el.offsetHeight }, viewport, avoid);
      el.style.left = `${left}px`;
      el.style.top = `${top}px`;
    }
    // Focus the first button once per opening, not on every re-render (the user may have tabbed on).
    if (model.focus) {
      if (focusedFor.current !== key) {
        focusedFor.current = key;
        el.querySelector('button')?.focus({ preventScroll: true });
      }
    } else focusedFor.current = undefined;
  });

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      model.onClose('escape');
      return;
    }
    if (e.key !== 'Tab') return;
    // Keep keyboard focus inside the dialog while it is open: Tab / Shift+Tab cycle the buttons.
    const el = root.current;
    if (!el) return;
    // Buttons, the report form's box when it is open, and a preview long enough to scroll.
    const buttons = Array.from(el.querySelectorAll<HTMLElement>('button, input, [data-cf="preview"][tabindex]'));
    if (buttons.length === 0) return;
    e.preventDefault();
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    const at = buttons.indexOf(active as HTMLElement);
    const next =
      at < 0 ? (e.shiftKey ? buttons.length - 1 : 0) : (at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
    buttons[next]!.focus({ preventScroll: true });
  };

  return (
    <div
      ref={root}
      class={hint ? 'cf-card cf-hint' : 'cf-card'}
      data-cf="card"
      data-cf-kind={finding.kind}
      data-cf-severity={finding.severity}
      data-cf-rule={finding.ruleId}
      role="dialog"
      aria-label={`Connection First: ${label.toLowerCase()}`}
      aria-describedby={messageId}
      onKeyDown={onKeyDown}
      onMouseEnter={() => model.onPointerEnter()}
      onMouseLeave={() => model.onClose('pointer-left')}
    >
      <p class="cf-title" data-cf="title">
        <span class="cf-kind">{label}</span>{' '}
        <span class="cf-found" title={finding.text.length > TITLE_TEXT_MAX ? finding.text : undefined}>
          “{curlyQuotes(truncate(finding.text))}”
        </span>
      </p>
      <p class="cf-message" data-cf="message" id={messageId}>
        {curlyQuotes(finding.message)}
      </p>
      <div class="cf-suggestions">
        {finding.suggestions.map((s, i) => {
          const text = suggestionText(s, finding.text);
          // A label names the change; the words that will go in are shown in full under it.
          const preview = text !== s.replacement && s.replacement.trim() !== '';
          return (
            <div class={preview ? 'cf-option cf-option-full' : 'cf-option'} key={i}>
              <button
                type="button"
                class="cf-suggestion"
                data-cf="suggestion"
                aria-describedby={preview ? `${previewId}-${i}` : undefined}
                onMouseDown={keepEditorFocus}
                onClick={() => model.onApply(i)}
              >
                {preview ? text : withBlanks(text)}
              </button>
              {preview && (
                <Preview id={`${previewId}-${i}`}>
                  <Words replacement={s.replacement} found={finding.text} />
                </Preview>
              )}
            </div>
          );
        })}
      </div>
      <div class="cf-actions">
        <button
          type="button"
          class="cf-link"
          data-cf="ignore"
          onMouseDown={keepEditorFocus}
          onClick={() => model.onIgnore()}
        >
          Ignore here
        </button>
        {model.onDisableRule ? (
          <button
            type="button"
            class="cf-link"
            data-cf="disable-rule"
            title={`Turn off “${finding.ruleId}” everywhere`}
            onMouseDown={keepEditorFocus}
            onClick={model.onDisableRule}
          >
            Turn off this rule
          </button>
        ) : (
          <span class="cf-locked" data-cf="rule-locked">
            Set by your administrator
          </span>
        )}
        {model.onReport && (
          <button
            type="button"
            class="cf-link"
            data-cf="report"
            aria-expanded={reporting}
            onMouseDown={keepEditorFocus}
            onClick={() => setReporting(!reporting)}
          >
            Not right here
          </button>
        )}
      </div>
      {reporting && model.onReport && <ReportForm onSave={model.onReport} onCancel={() => setReporting(false)} />}
      {model.shortcut && (
        <p class="cf-shortcut" data-cf="shortcut">
          Keyboard: {model.shortcut} opens this card at the caret.
        </p>
      )}
    </div>
  );
}
