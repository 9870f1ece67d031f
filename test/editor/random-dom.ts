import fc from 'fast-check';

/** A small editor DOM, as a model fast-check can shrink. */
export type Tree =
  | { t: 'text'; s: string }
  | { t: 'br' }
  | { t: 'img' }
  | { t: 'comment' }
  | { t: 'el'; tag: string; attrs?: Record<string, string>; kids: Tree[] };

// Buzzwords the built-in rules flag, so findings actually happen, plus spacing and odd characters.
const WORDS = [
  'synergy',
  'leverage our',
  'leverage',
  'our',
  'customer-facing',
  'customer',
  '-facing',
  'cus',
  'tomer',
  'client',
  'centricity',
  'circle back',
  'circle',
  'back',
  'We value',
  'sorry if',
  'you feel that way',
  'Hi Sam,',
  'platform',
  ' ',
  '  ',
  '\u00a0',
  'a\u00a0b',
  '😀',
  '𠀀',
  'é',
  '—',
  '.',
  ',',
  '\n',
  '',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ({ t: 'text' as const, s: ws.join(' ') }));

const INLINE = ['span', 'b', 'i', 'font', 'a'];
const BLOCK = ['div', 'div', 'p', 'li', 'h2'];

/** Skipped text is marked ⟦…⟧ in tests so it is easy to tell from the writer's words. */
const skipped = fc.constantFrom<Tree>(
  { t: 'el', tag: 'div', attrs: { class: 'gmail_signature' }, kids: [{ t: 'text', s: '⟦Sam⟧' }] },
  { t: 'el', tag: 'span', attrs: { class: 'gmail_quote' }, kids: [{ t: 'text', s: '⟦q⟧' }] },
  {
    t: 'el',
    tag: 'div',
    attrs: { id: 'Signature' },
    kids: [{ t: 'el', tag: 'p', kids: [{ t: 'text', s: '⟦Best⟧' }] }],
  },
  { t: 'el', tag: 'span', attrs: { hidden: '' }, kids: [{ t: 'text', s: '⟦h⟧' }] },
  { t: 'el', tag: 'script', kids: [{ t: 'text', s: '⟦s⟧' }] },
);

export function trees(withSkipped: boolean): fc.Arbitrary<Tree[]> {
  const { nodes } = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 8, arbitrary: text },
      { weight: 2, arbitrary: fc.constant<Tree>({ t: 'br' }) },
      { weight: 1, arbitrary: fc.constant<Tree>({ t: 'img' }) },
      { weight: 1, arbitrary: fc.constant<Tree>({ t: 'comment' }) },
      { weight: withSkipped ? 1 : 0, arbitrary: skipped },
      {
        weight: 3,
        arbitrary: fc.record({ t: fc.constant('el' as const), tag: fc.constantFrom(...INLINE), kids: tie('nodes') }),
      },
      {
        weight: 4,
        arbitrary: fc.record({ t: fc.constant('el' as const), tag: fc.constantFrom(...BLOCK), kids: tie('nodes') }),
      },
    ),
    nodes: fc.array(tie('node'), { maxLength: 5 }) as fc.Arbitrary<Tree[]>,
  }));
  return nodes;
}

export function build(doc: Document, tree: Tree): Node {
  switch (tree.t) {
    case 'text':
      return doc.createTextNode(tree.s);
    case 'br':
    case 'img':
      return doc.createElement(tree.t);
    case 'comment':
      return doc.createComment('c');
    case 'el': {
      const el = doc.createElement(tree.tag);
      for (const [k, v] of Object.entries(tree.attrs ?? {})) el.setAttribute(k, v);
      for (const kid of tree.kids) el.appendChild(build(doc, kid));
      return el;
    }
  }
}
