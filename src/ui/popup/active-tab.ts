import { browser } from 'wxt/browser';
import { KINDS, zeroCounts } from '../../engine/kinds';
import { DRAFT_STATUS, PAUSE_DRAFT, type DraftStatus } from '../../messaging/messages';
import { checkerFrames } from '../../settings/items';
import type { MeterSummary } from '../Meter';

/** The tab the popup was opened over, and the address of the page it shows. */
export interface ActiveTab {
  tabId: number;
  page: URL;
}

/** The draft being written in the tab, and the frame it is written in. */
export type DraftInfo = NonNullable<DraftStatus['draft']> & { frameId: number };

/**
 * The tab the popup was opened over, when its address can be read: the host permissions reveal it
 * on the mail sites and the sites checking is on for, `activeTab` on any other page the popup is
 * opened over (so that it can offer to turn checking on there).
 */
export async function activeTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined || !tab.url) return undefined;
  try {
    return { tabId: tab.id, page: new URL(tab.url) };
  } catch {
    return undefined;
  }
}

const count = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
const range = (r: unknown): r is { min: number; max: number } =>
  typeof r === 'object' && r !== null && count((r as { min?: unknown }).min) && count((r as { max?: unknown }).max);

/** The meter's numbers in the checker's answer, when they are all there and sane. */
function meterOf(meter: unknown): MeterSummary | undefined {
  if (typeof meter !== 'object' || meter === null) return undefined;
  const m = meter as Record<string, unknown>;
  const focus = m.readerFocus;
  if (!count(m.words) || !count(m.questions) || !count(m.grade) || typeof m.reply !== 'boolean') return undefined;
  if (focus !== null && !(count(focus) && focus <= 1)) return undefined;
  const t = m.targets as Record<string, unknown> | undefined;
  const targets =
    t && range(t.words) && range(t.questions) && count(t.readerFocus) && count(t.grade)
      ? { words: t.words, questions: t.questions, readerFocus: t.readerFocus, grade: t.grade }
      : undefined;
  return {
    reply: m.reply,
    words: m.words,
    questions: m.questions,
    readerFocus: focus,
    grade: m.grade,
    ...(targets ? { targets } : {}),
  };
}

/** The checker's answer, checked for shape: it crosses a process boundary. */
function draftOf(answer: unknown, frameId: number): DraftInfo | undefined {
  const draft = (answer as Partial<DraftStatus> | null | undefined)?.draft as Partial<DraftInfo> | undefined;
  if (!draft || typeof draft !== 'object' || typeof draft.counts !== 'object' || !draft.counts) return undefined;
  // Every kind this popup knows, whatever the answer holds: a count that is not a sane number is 0.
  const counts = zeroCounts();
  for (const kind of KINDS) {
    const n = (draft.counts as Record<string, unknown>)[kind];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) counts[kind] = Math.floor(n);
  }
  const meter = meterOf(draft.meter);
  return { counts, paused: draft.paused === true, frameId, ...(meter ? { meter } : {}) };
}

/** What the checker in one frame of the tab says of its draft; none there (never injected) is no draft. */
async function askFrame(tabId: number, frameId: number): Promise<DraftInfo | undefined> {
  try {
    return draftOf(await browser.tabs.sendMessage(tabId, { type: DRAFT_STATUS }, { frameId }), frameId);
  } catch {
    return undefined;
  }
}

/**
 * Asks the checker in the tab about the draft being written: the page's own frame first, then the
 * frames a checker was injected into (an editor in a frame: TinyMCE's, CKEditor 4's). No checker
 * there, no answer or a bad one all mean "no draft open".
 */
export async function askDraft(tabId: number): Promise<DraftInfo | undefined> {
  const top = await askFrame(tabId, 0);
  if (top) return top;
  const frames = ((await checkerFrames.getValue().catch(() => ({}))) as Record<string, number[]>)[tabId] ?? [];
  const answers = await Promise.all(frames.filter((id) => id !== 0).map((id) => askFrame(tabId, id)));
  return answers.find((answer) => answer !== undefined);
}

/** Pauses or resumes the draft in that frame of the tab; answers its new state. */
export async function pauseDraft(tabId: number, frameId: number, paused: boolean): Promise<DraftInfo | undefined> {
  try {
    return draftOf(await browser.tabs.sendMessage(tabId, { type: PAUSE_DRAFT, paused }, { frameId }), frameId);
  } catch {
    return undefined;
  }
}
