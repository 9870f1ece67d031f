import { browser } from 'wxt/browser';
import type { EditorSession } from '../editor/session';
import type { FindingKind } from '../engine';
import { zeroCounts } from '../engine/kinds';
import { DRAFT_STATUS, OPEN_CARD, PAUSE_DRAFT, type DraftStatus } from '../messaging/messages';
import { meterSummary } from '../ui/Meter';
import type { Controller } from './controller';

/** Findings of a draft counted by kind (underlined or not), every kind present (0 when none). */
function countByKind(session: EditorSession): Record<FindingKind, number> {
  const counts = zeroCounts();
  for (const finding of session.results) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}

function draftStatus(controller: Controller | undefined, siteId: string, siteOn: boolean): DraftStatus {
  const session = controller?.currentDraft();
  return {
    siteId,
    siteOn,
    draft: session
      ? {
          counts: countByKind(session),
          paused: session.paused,
          // The connection meter's numbers and their targets (none while paused: see session.summary).
          ...(session.summary ? { meter: meterSummary(session.summary) } : {}),
        }
      : undefined,
  };
}

/**
 * The checker's side of the popup and of the open-card command: answers `DRAFT_STATUS` with the
 * current draft's counts, connection summary and pause state, and pauses or resumes that draft on `PAUSE_DRAFT`,
 * answering the new status. `OPEN_CARD` (from the background only) opens the card at the caret.
 * Only messages from this extension count (a content script hears nothing else, but say so).
 * Returns the unsubscribe.
 */
export function answerPopup(
  getController: () => Controller | undefined,
  siteId: () => string,
  isOn: () => boolean,
): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }): Promise<DraftStatus> | undefined => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    const request = message as { type?: unknown; paused?: unknown } | null;
    // The open-card command, passed on by the background (never by another tab's script).
    if (request?.type === OPEN_CARD && sender.tab === undefined) {
      getController()?.openFromCommand();
      return undefined;
    }
    if (request?.type === DRAFT_STATUS) return Promise.resolve(draftStatus(getController(), siteId(), isOn()));
    if (request?.type === PAUSE_DRAFT && typeof request.paused === 'boolean') {
      const session = getController()?.currentDraft();
      if (session && session.paused !== request.paused) session.setPaused(request.paused);
      return Promise.resolve(draftStatus(getController(), siteId(), isOn()));
    }
    return undefined; // not ours: let other listeners answer
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
