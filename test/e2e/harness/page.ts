/**
 * Page helpers shared by the Chromium (playwright-core) and Firefox (puppeteer-core) tests. They
 * run in the page's own world through `evaluate`, which sees what a user's page would: the DOM,
 * the selection and the document's CSS.highlights registry (shared by all worlds of a document).
 */

import { type FindingKind, highlightName, KINDS } from '../../../src/engine/kinds';

/** The part of a Playwright or Puppeteer page these helpers use. */
export interface EvaluatingPage {
  // Playwright's and Puppeteer's own signatures differ; this is the part both accept.
  evaluate(fn: string, arg?: unknown): Promise<unknown>;
}

/**
 * Runs `fn(arg)` in the page. The function travels as source text, so it must be self-contained;
 * TypeScript transforms may wrap inner functions in esbuild's `__name(...)` helper, which the page
 * lacks, so a no-op one is supplied in the function's scope (never as a page global).
 */
export function run<A, R>(page: EvaluatingPage, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  const source = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
  return page.evaluate(source) as Promise<Awaited<R>>;
}

export { KINDS };
export type Kind = FindingKind;

/** Highlight names the extension registers on a light editor, by finding kind (from the kinds table). */
export const HIGHLIGHTS = Object.fromEntries(KINDS.map((kind) => [kind, highlightName(kind)])) as Record<Kind, string>;

/**
 * Text of each range in highlight `name`, in document order. With `scope` (a CSS selector), only
 * ranges inside that element; "host >> inner" reads `inner` in `host`'s shadow root (as many
 * steps as there are roots). Throws if `scope` matches nothing.
 */
export function readHighlights(page: EvaluatingPage, name: string, scope?: string): Promise<string[]> {
  return run(
    page,
    ({ name, scope }: { name: string; scope?: string }) => {
      const [outer = '', ...inner] = scope ? scope.split(' >> ') : [];
      let root = scope ? document.querySelector(outer) : null;
      // A closed root only the page's own script can reach: a fixture that closes its roots lends `shadowRootOf`.
      const lent = (window as { shadowRootOf?: (host: Element | null) => ShadowRoot | null }).shadowRootOf;
      const rootOf = (host: Element | null) => lent?.(host) ?? host?.shadowRoot;
      for (const step of inner) root = rootOf(root)?.querySelector(step) ?? null;
      if (scope && !root) throw new Error(`readHighlights: nothing matches ${scope}`);
      const highlight = CSS.highlights.get(name);
      if (!highlight) return [];
      const ranges: Range[] = [];
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        if (r instanceof Range) ranges.push(r);
        else {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          ranges.push(live);
        }
      }
      return ranges
        .filter((r) => !root || root.contains(r.commonAncestorContainer))
        .sort(
          (a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b),
        )
        .map((r) => r.toString());
    },
    { name, scope },
  );
}

/** What `readAllHighlights` gives when only the kinds in `some` have highlights: every other kind empty. */
export const onlyHighlights = (some: Partial<Record<Kind, string[]>>): Record<Kind, string[]> => ({
  ...(Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as Record<Kind, string[]>),
  ...some,
});

/** Highlighted texts of every kind (empty arrays for kinds without highlights). */
export async function readAllHighlights(page: EvaluatingPage, scope?: string): Promise<Record<Kind, string[]>> {
  const out = {} as Record<Kind, string[]>;
  for (const kind of KINDS) out[kind] = await readHighlights(page, HIGHLIGHTS[kind], scope);
  return out;
}

/**
 * Every highlighted range (any `cf-*` highlight) that touches an element matching `selector`,
 * as "highlight-name: text". Used to prove quotes and signatures are never marked.
 */
export function highlightsTouching(page: EvaluatingPage, selector: string): Promise<string[]> {
  return run(
    page,
    ({ selector }: { selector: string }) => {
      const targets = [...document.querySelectorAll(selector)];
      if (targets.length === 0) throw new Error(`highlightsTouching: nothing matches ${selector}`);
      const hits: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('cf-')) return;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (targets.some((t) => range.intersectsNode(t))) hits.push(`${name}: ${range.toString()}`);
        }
      });
      return hits;
    },
    { selector },
  );
}

/**
 * The viewport rectangle (first client rect) of the first range in `name` whose text is `text`,
 * or null. Centre it with the mouse to hover a highlight.
 */
export function highlightRect(
  page: EvaluatingPage,
  name: string,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return run(
    page,
    ({ name, text }: { name: string; text: string }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== text) continue;
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return null;
    },
    { name, text },
  );
}

/**
 * Focuses the editor around `selector` and puts the caret at the end of that element's text
 * (before a trailing <br> placeholder), as a click at the end of the line would. Resolves once the
 * caret has stayed there past the editor's own reaction to the focus: CKEditor 5 redraws its model's
 * selection 50 ms after a focus, and in Firefox that redraw could put the caret back at the start
 * before the selection change reached the model, so the words typed next went first.
 */
export function placeCaretAtEnd(page: EvaluatingPage, selector: string): Promise<void> {
  return run(
    page,
    async ({ selector }: { selector: string }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`placeCaretAtEnd: nothing matches ${selector}`);
      const editor = (el.closest('[contenteditable="true"]') ?? el) as HTMLElement;
      const place = () => {
        editor.focus();
        const range = document.createRange();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
        if (last) range.setStart(last, last.data.length);
        else {
          // An empty line: `<div><br></div>` — the caret goes before the placeholder <br>.
          const br = [...el.childNodes].findIndex((c) => c.nodeName === 'BR');
          range.setStart(el, br >= 0 ? br : el.childNodes.length);
        }
        range.collapse(true);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      };
      // No text between the caret and the end of `el`: true however the editor redrew its nodes.
      const atEnd = () => {
        const selection = getSelection();
        if (!selection?.isCollapsed || !selection.focusNode || !el.contains(selection.focusNode)) return false;
        const rest = document.createRange();
        rest.setStart(selection.focusNode, selection.focusOffset);
        rest.setEnd(el, el.childNodes.length);
        return rest.toString() === '';
      };
      for (let attempt = 0; attempt < 10; attempt++) {
        place();
        await new Promise((settled) => setTimeout(settled, 150));
        if (atEnd()) return;
      }
      throw new Error(`placeCaretAtEnd: the editor in ${selector} kept moving the caret away from the end`);
    },
    { selector },
  );
}

/**
 * Selects `text` (its first occurrence) inside the element matching `selector` and collapses the
 * caret `at` characters into it: to put the caret inside a finding.
 */
export function placeCaretInText(page: EvaluatingPage, selector: string, text: string, at = 1): Promise<void> {
  return run(
    page,
    ({ selector, text, at }: { selector: string; text: string; at: number }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`placeCaretInText: nothing matches ${selector}`);
      const editor = (el.closest('[contenteditable="true"]') ?? el) as HTMLElement;
      editor.focus();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i + at);
        range.collapse(true);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`placeCaretInText: "${text}" not found in one text node of ${selector}`);
    },
    { selector, text, at },
  );
}

export interface CaretState {
  /** The focused element is the editor (or inside it). */
  editorFocused: boolean;
  /** Tag of document.activeElement, for messages. */
  activeElement: string;
  /** Selection endpoints as child-index paths from the editor, or null when outside it. */
  anchor: { path: number[]; offset: number } | null;
  focus: { path: number[]; offset: number } | null;
  collapsed: boolean;
}

/** Where focus and the caret are, relative to the editor matching `editorSelector`. */
export function caretState(page: EvaluatingPage, editorSelector: string): Promise<CaretState> {
  return run(
    page,
    ({ editorSelector }: { editorSelector: string }) => {
      const editor = document.querySelector(editorSelector);
      if (!editor) throw new Error(`caretState: nothing matches ${editorSelector}`);
      const pathOf = (node: Node | null): number[] | null => {
        const path: number[] = [];
        for (let n = node; n && n !== editor; n = n.parentNode) {
          if (!n.parentNode) return null;
          path.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode));
        }
        return node ? path : null;
      };
      const selection = getSelection();
      const point = (node: Node | null, offset: number) => {
        const path = node && editor.contains(node) ? pathOf(node) : null;
        return path ? { path, offset } : null;
      };
      const active = document.activeElement;
      return {
        editorFocused: !!active && (active === editor || editor.contains(active)),
        activeElement: active ? active.tagName.toLowerCase() : 'none',
        anchor: selection ? point(selection.anchorNode, selection.anchorOffset) : null,
        focus: selection ? point(selection.focusNode, selection.focusOffset) : null,
        collapsed: selection?.isCollapsed ?? true,
      };
    },
    { editorSelector },
  );
}

/** innerHTML of the element matching `selector`. */
export function innerHtml(page: EvaluatingPage, selector: string): Promise<string> {
  return run(
    page,
    ({ selector }: { selector: string }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`innerHtml: nothing matches ${selector}`);
      return el.innerHTML;
    },
    { selector },
  );
}

/** textContent of the element matching `selector`, with no-break spaces as plain spaces. */
export function textOf(page: EvaluatingPage, selector: string): Promise<string> {
  return run(
    page,
    ({ selector }: { selector: string }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`textOf: nothing matches ${selector}`);
      return (el.textContent ?? '').replace(/\u00a0/g, ' ');
    },
    { selector },
  );
}

/** Waits (polling) until `check` returns true, or throws after `timeout` ms with `message`. */
export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  message: string,
  timeout = 5000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
