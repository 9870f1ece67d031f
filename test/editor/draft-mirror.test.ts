// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftMirror } from '../../src/editor/draft-mirror';
import { extractDraft } from '../../src/editor/extract';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { checkCharacters, checkSpan, editor, isExcluded } from './dom-helpers';
import { build, trees, type Tree } from './random-dom';

let observer: MutationObserver | undefined;
afterEach(() => observer?.disconnect());

/** A mirror fed by a real observer, as the session sets it up. */
function mirrored(root: HTMLElement, excluded = isExcluded) {
  const mirror = new DraftMirror(root, excluded);
  observer = new MutationObserver((records) => mirror.invalidate(records));
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  const obs = observer;
  return {
    mirror,
    /** Hands pending records over now, as the observer's callback would at the next microtask. */
    sync() {
      mirror.invalidate(obs.takeRecords());
      return mirror.snapshot();
    },
  };
}

const ruleset = builtinRuleset();

/** The mirror's snapshot is the fresh extraction, in text and in both maps. */
function checkAgainstFresh(root: HTMLElement, snap: ReturnType<DraftMirror['snapshot']>) {
  const fresh = extractDraft(root, isExcluded);
  expect(snap.text).toBe(fresh.text);
  const perChar = checkCharacters(snap, root);
  for (const f of analyze(snap.text, ruleset)) checkSpan(snap, perChar, f.start, f.end);
  for (let start = 0; start <= snap.text.length; start += 5)
    checkSpan(snap, perChar, start, Math.min(snap.text.length, start + 9));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const size = node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
    for (let offset = 0; offset <= size; offset++)
      expect(snap.toOffset(node, offset)).toBe(fresh.toOffset(node, offset));
  }
}

type Edit =
  | { kind: 'data' | 'type'; pick: number; at: number; s: string }
  | { kind: 'insert'; pick: number; at: number; tree: Tree }
  | { kind: 'remove' | 'split' | 'br' | 'move' | 'signature' | 'classify'; pick: number; at: number };

const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constantFrom('data' as const, 'type' as const),
      pick: fc.nat(),
      at: fc.nat(),
      s: fc.constantFrom('synergy', 'x', '', ' client', '😀', '\u00a0', 'circle back'),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      pick: fc.nat(),
      at: fc.nat(),
      tree: trees(true).map((kids): Tree => ({ t: 'el', tag: 'div', kids })),
    }),
    fc.record({
      kind: fc.constantFrom(
        'remove' as const,
        'split' as const,
        'br' as const,
        'move' as const,
        'signature' as const,
        'classify' as const,
      ),
      pick: fc.nat(),
      at: fc.nat(),
    }),
  ),
  { minLength: 1, maxLength: 8 },
);

function all(root: Node, filter: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (filter(n)) out.push(n);
  return out;
}
const pickFrom = <T>(xs: T[], i: number) => (xs.length ? xs[i % xs.length] : undefined);

function apply(root: HTMLElement, edit: Edit): void {
  const texts = all(root, (n) => n.nodeType === Node.TEXT_NODE) as Text[];
  const elements = all(root, (n) => n.nodeType === Node.ELEMENT_NODE) as Element[];
  switch (edit.kind) {
    case 'data': {
      const t = pickFrom(texts, edit.pick);
      if (t) t.data = edit.s;
      return;
    }
    case 'type': {
      const t = pickFrom(texts, edit.pick);
      if (t) t.insertData(edit.at % (t.length + 1), edit.s);
      return;
    }
    case 'insert': {
      const parent = pickFrom(
        [root, ...elements.filter((e) => e.localName !== 'img' && e.localName !== 'br')],
        edit.pick,
      )!;
      parent.insertBefore(
        build(document, edit.tree),
        parent.childNodes[edit.at % (parent.childNodes.length + 1)] ?? null,
      );
      return;
    }
    case 'remove':
      pickFrom([...texts, ...elements], edit.pick)?.remove();
      return;
    case 'split': {
      // Enter in the middle of a paragraph: its tail moves into a copy inserted after it.
      const block = pickFrom(
        elements.filter((e) => e.localName === 'div' || e.localName === 'p'),
        edit.pick,
      );
      if (!block) return;
      const copy = block.cloneNode(false) as Element;
      const from = edit.at % (block.childNodes.length + 1);
      while (block.childNodes.length > from) copy.appendChild(block.childNodes[from]!);
      block.after(copy);
      return;
    }
    case 'br': {
      const t = pickFrom(texts, edit.pick);
      if (!t) return;
      const rest = t.splitText(edit.at % (t.length + 1));
      rest.before(document.createElement('br'));
      return;
    }
    case 'move': {
      const node = pickFrom([...root.childNodes], edit.pick);
      if (node) root.insertBefore(node, root.childNodes[edit.at % (root.childNodes.length + 1)] ?? null);
      return;
    }
    case 'signature':
      root.insertAdjacentHTML('beforeend', '<div class="gmail_signature">-- <div>⟦Dana⟧</div></div>');
      return;
    case 'classify': {
      // An attribute change the observer does not report: a top-level block turns into a signature or back.
      const el = pickFrom([...root.children], edit.pick);
      el?.classList.toggle('gmail_signature');
      return;
    }
  }
}

describe('DraftMirror', () => {
  it('stays equal to a fresh extraction through random edits', () => {
    fc.assert(
      fc.property(trees(true), edits, (forest, steps) => {
        const root = editor();
        for (const tree of forest) root.appendChild(build(document, tree));
        const { mirror, sync } = mirrored(root);
        checkAgainstFresh(root, mirror.snapshot());
        for (const step of steps) {
          apply(root, step);
          checkAgainstFresh(root, sync());
        }
        observer!.disconnect();
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('follows typing through the observer’s own callback', async () => {
    const root = editor(
      'Hi Sam,<div><br></div><div>We value <b>client</b> focus.</div><div class="gmail_signature">Dana</div>',
    );
    const { mirror } = mirrored(root);
    expect(mirror.snapshot().text).toBe('Hi Sam,\n\nWe value client focus.');
    const tail = root.querySelector('b')!.nextSibling as Text;
    tail.data = ' centricity.';
    await Promise.resolve();
    const snap = mirror.snapshot();
    expect(snap.text).toBe('Hi Sam,\n\nWe value client centricity.');
    const [f] = analyze(snap.text, ruleset);
    expect(snap.toRange(f!.start, f!.end)!.toString()).toBe('client centricity');
  });

  it('walks again only the paragraph that changed', () => {
    const root = editor(Array.from({ length: 50 }, (_, i) => `<div>Paragraph <b>${i}</b> text</div>`).join(''));
    const walked = new Set<Element>();
    const { mirror, sync } = mirrored(root, (el) => {
      walked.add(el);
      return isExcluded(el);
    });
    mirror.snapshot();
    walked.clear();
    (root.children[20]!.lastChild as Text).appendData('!');
    sync();
    // Each root child is asked about once (it may have become a signature); only the edited one is walked.
    const deeper = [...walked].filter((el) => el.parentNode !== root);
    expect(deeper).toEqual([root.children[20]!.querySelector('b')]);
  });

  it('leaves out a signature that appears, and takes back text when it goes', () => {
    const root = editor('<div>Thanks,</div>');
    const { sync } = mirrored(root);
    root.insertAdjacentHTML('beforeend', '<div class="gmail_signature"><div>Dana</div></div>');
    expect(sync().text).toBe('Thanks,');
    root.lastElementChild!.classList.remove('gmail_signature');
    expect(sync().text).toBe('Thanks,\nDana');
  });

  it('in a long draft, checks blocks against the DOM in turns: a class that came without a record is seen within three snapshots', () => {
    const root = editor(Array.from({ length: 1200 }, (_, i) => `<div>Line ${i}</div>`).join(''));
    const asked = new Map<Element, number>();
    const { mirror, sync } = mirrored(root, (el) => {
      asked.set(el, (asked.get(el) ?? 0) + 1);
      return isExcluded(el);
    });
    mirror.snapshot();
    asked.clear();
    // A snapshot after a keystroke walks the edited block again and checks 500 others, the next
    // 500 in turn (the first snapshot walked all 1,200 and counted as the turn of blocks 0–499).
    (root.children[7]!.firstChild as Text).appendData('!');
    sync();
    const children = [...root.children];
    const indexes = [...asked.keys()].filter((el) => el.parentNode === root).map((el) => children.indexOf(el));
    expect(indexes.sort((a, b) => a - b)).toEqual([7, ...Array.from({ length: 500 }, (_, i) => 500 + i)]);
    // The site marks a line as quoted history: no record reaches the mirror (no attribute observer).
    root.children[1000]!.className = 'gmail_quote';
    const texts = [mirror.snapshot(), mirror.snapshot(), mirror.snapshot()].map((snap) => snap.text);
    expect(texts.at(-1)).not.toContain('Line 1000\n');
    expect(texts.at(-1)!.split('\n')).toHaveLength(1199);
  });
});
