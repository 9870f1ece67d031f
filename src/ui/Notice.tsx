import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoticeModel } from './overlay-model';
import { placeCard, viewportOf } from './place';

/** Mouse presses on our buttons must not take focus (and the caret) away from the editor. */
const keepEditorFocus = (e: MouseEvent) => e.preventDefault();

/** A short note where an action happened ("Rule turned off"), with Undo when it can be taken back. */
export function Notice({ model }: { model: NoticeModel }) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const at = placeCard(
      model.anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      viewportOf(el.ownerDocument),
    );
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
  }, [model.id]);
  useEffect(() => {
    if (model.focus) root.current?.querySelector('button')?.focus({ preventScroll: true });
  }, [model.id]);

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    model.onDismiss();
  };

  return (
    <div ref={root} class="cf-notice" data-cf="notice" role="status" onKeyDown={onKeyDown}>
      <span class="cf-notice-text" data-cf="notice-text">
        {model.text}
      </span>
      {model.onUndo && (
        <button type="button" class="cf-link" data-cf="undo" onMouseDown={keepEditorFocus} onClick={model.onUndo}>
          Undo
        </button>
      )}
      <button
        type="button"
        class="cf-link cf-dismiss"
        data-cf="dismiss"
        aria-label="Close this note"
        onMouseDown={keepEditorFocus}
        onClick={() => model.onDismiss()}
      >
        ×
      </button>
    </div>
  );
}

/** How long the count must stay the same before a screen reader hears it. */
export const ANNOUNCE_AFTER_MS = 1500;

/**
 * A polite live region for the draft's count. It speaks only once the text has stayed the same for
 * `ANNOUNCE_AFTER_MS`: while the user types, the count changes with each word, and a screen reader
 * reading out every one of them would drown the typing.
 */
export function Announcer({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="cf-sr-only" role="status" aria-live="polite" aria-atomic="true" data-cf="live">
      {spoken}
    </div>
  );
}
