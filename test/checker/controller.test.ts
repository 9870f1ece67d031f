// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepOverlayRoot } from './in-page';
import { Controller } from '../../src/checker/controller';
import { builtinRuleset } from '../../src/rules';
import { gmail } from '../../src/sites/gmail';

let shadow: () => ShadowRoot | undefined;
beforeAll(() => {
  shadow = keepOverlayRoot();
});

let controller: Controller;

beforeEach(async () => {
  document.body.innerHTML =
    '<div role="dialog"><div contenteditable="true" g_editable="true"><div>We create real synergy.</div></div></div>';
  controller = new Controller(gmail, builtinRuleset());
  controller.start();
  await vi.waitFor(() => expect(controller.currentDraft()?.findings.map((l) => l.finding.text)).toEqual(['synergy']));
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  controller.destroy();
  document.body.innerHTML = '';
});

const cardShown = () => !!shadow()?.querySelector('[data-cf="card"]');

describe('Controller: the card follows the pointer, with a short delay each way', () => {
  it('opens 250 ms after the pointer comes to rest on a finding, not before', () => {
    const session = controller.currentDraft()!;
    controller.hover(session, session.findings[0]);
    vi.advanceTimersByTime(249);
    expect(cardShown()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(cardShown()).toBe(true);
  });

  it('closes 300 ms after the pointer leaves every finding, and stays if it comes back first', () => {
    const session = controller.currentDraft()!;
    const live = session.findings[0]!;
    controller.hover(session, live);
    vi.advanceTimersByTime(250);
    controller.hover(session, undefined);
    vi.advanceTimersByTime(299);
    controller.hover(session, live);
    vi.advanceTimersByTime(1000);
    expect(cardShown()).toBe(true);
    controller.hover(session, undefined);
    vi.advanceTimersByTime(299);
    expect(cardShown()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(cardShown()).toBe(false);
  });
});
