import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { analyze } from '../../../src/engine';
import { builtinRuleset } from '../../../src/rules';
import { ChromiumSession, type ChromiumLaunchOptions } from './chromium';
import { HIGHLIGHTS, KINDS, placeCaretAtEnd, readHighlights, type EvaluatingPage, type Kind } from './page';

/**
 * How long a test waits for the extension to react (highlights, card, badge) before it fails. A wait for a
 * state, not a claim about speed (the benchmarks and huge-drafts' task bounds make those): on a quiet machine
 * the state comes in well under a second, but with a second full suite and its four browsers on the same two
 * cores, Firefox's badge once took longer than 5 s to catch up. Polls end as soon as the state holds.
 */
export const REACT_MS = 15_000;

/**
 * Registers the hooks for a test file that drives one Chromium: launched in beforeAll, every tab
 * closed after each test (and, with `resetStorage`, the extension's storage cleared), closed in
 * afterAll. Returns a getter for the session.
 */
export function useChromium(options: ChromiumLaunchOptions & { resetStorage?: boolean } = {}): () => ChromiumSession {
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    session = await ChromiumSession.launch(options);
  });
  afterEach(async () => {
    await session?.closePages();
    if (options.resetStorage) await session?.resetExtensionState();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser did not start (see the beforeAll error)');
    return session;
  };
}

/** Typing with a real keyboard: caret to the end of `selector`'s text, then key by key. */
export async function typeAt(
  page: EvaluatingPage & { keyboard: { type(text: string): Promise<void> } },
  selector: string,
  text: string,
): Promise<void> {
  await placeCaretAtEnd(page, selector);
  await page.keyboard.type(text);
}

/** Waits until highlight `kind` inside `scope` is exactly `expected` (texts in document order). */
export async function expectHighlights(
  page: EvaluatingPage,
  kind: Kind,
  scope: string,
  expected: string[],
  timeout = REACT_MS,
): Promise<void> {
  await expect
    .poll(() => readHighlights(page, HIGHLIGHTS[kind], scope), {
      timeout,
      interval: 50,
      message: `${HIGHLIGHTS[kind]} in ${scope}`,
    })
    .toEqual(expected);
}

/** Waits until no `cf-*` highlight of any kind remains inside `scope`. */
export async function expectNoHighlights(page: EvaluatingPage, scope: string, timeout = REACT_MS): Promise<void> {
  await expect
    .poll(
      async () => {
        const all: string[] = [];
        for (const kind of KINDS)
          all.push(...(await readHighlights(page, HIGHLIGHTS[kind], scope)).map((t) => `${kind}: ${t}`));
        return all;
      },
      { timeout, interval: 50, message: `highlights in ${scope}` },
    )
    .toEqual([]);
}

/** What the engine itself finds in plain text: the ground truth for suggestions and counts. */
function engineFindings(text: string) {
  return analyze(text, builtinRuleset());
}

/** The engine's suggestion replacements for the finding whose text is `found`. */
export function engineSuggestions(text: string, found: string): string[] {
  const finding = engineFindings(text).find((f) => f.text === found);
  if (!finding) throw new Error(`the engine finds no "${found}" in "${text}"`);
  return finding.suggestions.map((s) => s.label ?? s.replacement);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
