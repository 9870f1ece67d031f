// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stubHighlights } from './in-page';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
const listeners = vi.hoisted(
  () => new Set<(message: unknown, sender: { id?: string }) => Promise<unknown> | undefined>(),
);
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'our-extension',
      onMessage: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  },
}));
vi.mock('../../src/settings/items', () => ({
  disabledRules: { getValue: async () => [], setValue: async () => undefined, watch: () => () => undefined },
}));

import { Controller } from '../../src/checker/controller';
import { answerPopup } from '../../src/checker/status';
import { DRAFT_STATUS, PAUSE_DRAFT, type DraftStatus } from '../../src/messaging/messages';
import { gmail } from '../../src/sites/gmail';
import { builtinRuleset } from '../../src/rules';
import { analyzeMessage, type ConnectionSummary } from '../../src/engine';
import { zeroCounts } from '../../src/engine/kinds';
import { meterSummary } from '../../src/ui/Meter';
import { eventually } from '../eventually';

/** The meter's numbers the popup is sent for a draft of one line: the engine's own summary of it. */
const meterFor = (text: string) =>
  meterSummary(analyzeMessage(text, builtinRuleset(), { signature: '' }).summaries.coaching as ConnectionSummary);

/** Sessions analyse as they start, in the next task when the current one has no time left: wait for it. */
const settled = (check: () => Promise<void>) => eventually(check);

const send = (message: unknown, sender: { id?: string } = { id: 'our-extension' }) => {
  const answers = [...listeners].map((l) => l(message, sender)).filter((a) => a !== undefined);
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0] as Promise<DraftStatus> | undefined;
};

function compose(text: string): HTMLElement {
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('g_editable', 'true');
  editor.innerHTML = `<div>${text}</div>`;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.append(editor);
  document.body.append(dialog);
  return editor;
}

beforeAll(stubHighlights);

let controller: Controller | undefined;
let unsubscribe: (() => void) | undefined;
afterEach(() => {
  unsubscribe?.();
  controller?.destroy();
  controller = undefined;
  document.body.innerHTML = '';
});

describe('answerPopup: the checker answers the popup', () => {
  it('answers "no draft" while no compose is open, and the site state', async () => {
    controller = new Controller(gmail, builtinRuleset());
    controller.start();
    unsubscribe = answerPopup(
      () => controller,
      () => 'gmail',
      () => true,
    );
    expect(await send({ type: DRAFT_STATUS })).toEqual({ siteId: 'gmail', siteOn: true, draft: undefined });
  });

  it('counts the findings of the compose last focused, else the first one', async () => {
    const first = compose("Let's circle back on the synergy.");
    const second = compose('Sorry if you were confused. We should leverage this.');
    controller = new Controller(gmail, builtinRuleset());
    controller.start();
    unsubscribe = answerPopup(
      () => controller,
      () => 'gmail',
      () => true,
    );

    await settled(async () =>
      expect((await send({ type: DRAFT_STATUS }))?.draft).toEqual({
        counts: { ...zeroCounts(), buzzword: 2 },
        paused: false,
        meter: meterFor("Let's circle back on the synergy."),
      }),
    );

    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settled(async () =>
      expect((await send({ type: DRAFT_STATUS }))?.draft?.counts).toEqual({
        ...zeroCounts(),
        buzzword: 1,
        'non-apology': 1,
      }),
    );

    first.focus();
    first.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect((await send({ type: DRAFT_STATUS }))?.draft?.counts.buzzword).toBe(2);

    // A compose that closed is not current, even before the page scan sweeps it.
    first.closest('[role="dialog"]')!.remove();
    expect((await send({ type: DRAFT_STATUS }))?.draft?.counts['non-apology']).toBe(1);
  });

  it('a compose that had focus before its session started is the current one', async () => {
    compose("Let's circle back on the synergy.");
    controller = new Controller(gmail, builtinRuleset());
    controller.start();
    const opened = compose('We should leverage this.');
    opened.focus(); // the site focuses a new compose before the throttled scan finds it
    expect(document.activeElement).toBe(opened);
    controller.scan();
    unsubscribe = answerPopup(
      () => controller,
      () => 'gmail',
      () => true,
    );
    await settled(async () => expect((await send({ type: DRAFT_STATUS }))?.draft?.counts.buzzword).toBe(1));
  });

  it('pauses and resumes the current draft only, answering the new state', async () => {
    const first = compose("Let's circle back on the synergy.");
    const second = compose('We should leverage this.');
    controller = new Controller(gmail, builtinRuleset());
    controller.start();
    unsubscribe = answerPopup(
      () => controller,
      () => 'gmail',
      () => true,
    );
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settled(async () => expect((await send({ type: DRAFT_STATUS }))?.draft?.counts.buzzword).toBe(1));

    const paused = await send({ type: PAUSE_DRAFT, paused: true });
    expect(paused?.draft).toEqual({
      counts: { ...zeroCounts() },
      paused: true,
    });
    first.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settled(async () =>
      expect((await send({ type: DRAFT_STATUS }))?.draft).toEqual({
        counts: { ...zeroCounts(), buzzword: 2 },
        paused: false,
        meter: meterFor("Let's circle back on the synergy."),
      }),
    );
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect((await send({ type: DRAFT_STATUS }))?.draft?.paused).toBe(true);

    expect((await send({ type: PAUSE_DRAFT, paused: false }))?.draft?.paused).toBe(false);
    await settled(async () =>
      expect((await send({ type: DRAFT_STATUS }))?.draft).toEqual({
        counts: { ...zeroCounts(), buzzword: 1 },
        paused: false,
        meter: meterFor('We should leverage this.'),
      }),
    );
  });

  it('ignores other messages, malformed pauses and other senders, and unsubscribes', async () => {
    compose('We should leverage this.');
    controller = new Controller(gmail, builtinRuleset());
    controller.start();
    unsubscribe = answerPopup(
      () => controller,
      () => 'gmail',
      () => true,
    );
    expect(send({ type: 'something-else' })).toBeUndefined();
    expect(send(null)).toBeUndefined();
    expect(send('connection-first:draft-status')).toBeUndefined();
    expect(send({ type: PAUSE_DRAFT, paused: 'yes' })).toBeUndefined();
    expect(send({ type: DRAFT_STATUS }, { id: 'another-extension' })).toBeUndefined();
    expect((await send({ type: DRAFT_STATUS }))?.draft?.paused).toBe(false);
    unsubscribe();
    expect(listeners.size).toBe(0);
    expect(send({ type: DRAFT_STATUS })).toBeUndefined();
  });

  it('says the site is off (and no draft) when checking is off there', async () => {
    unsubscribe = answerPopup(
      () => undefined,
      () => 'outlook',
      () => false,
    );
    expect(await send({ type: DRAFT_STATUS })).toEqual({ siteId: 'outlook', siteOn: false, draft: undefined });
    expect(await send({ type: PAUSE_DRAFT, paused: true })).toEqual({
      siteId: 'outlook',
      siteOn: false,
      draft: undefined,
    });
  });
});
