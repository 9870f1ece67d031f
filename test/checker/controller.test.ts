// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Controller } from '../../src/checker/controller';
import { builtinRuleset } from '../../src/rules';
import { gmail } from '../../src/sites/gmail';

/** The overlay's shadow root: closed to the page, kept here from attachShadow. */
let shadow: ShadowRoot | undefined;

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API: an in-memory stand-in is enough here.
  if (!('Highlight' in globalThis)) vi.stubGlobal('Highlight', class extends Set<Range> {});
  const css = (globalThis as { CSS?: object }).CSS;
  if (!(css && 'highlights' in css))
    vi.stubGlobal('CSS', Object.assign(Object.create(css ?? null), { highlights: new Map() }));
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
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

const cardShown = () => !!shadow?.querySelector('[data-cf="card"]');

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
