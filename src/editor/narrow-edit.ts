/**
 * The part of a rewrite that changes the draft: the words of `before` from `from` to `to` become
 * `text`. A rewrite often keeps most of the words it replaces ("You mentioned …, so I thought of
 * you." put before an opening that runs over two lines); typing in only what changed keeps the
 * rest of the draft as it is, with its line breaks, links and formatting, and keeps the edit inside
 * one line where the words it adds are.
 */
export interface NarrowEdit {
  from: number;
  to: number;
  text: string;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
/** Whether index `i` of `s` lies between words: at either end, or next to whitespace. */
const atWordEdge = (s: string, i: number) => i === 0 || i === s.length || isSpace(s[i - 1]) || isSpace(s[i]);

/**
 * The words `before` and `after` share at their start and end are left out of the edit, whole
 * words only: each shared stretch must meet the changed part between words in both strings, so
 * the edit never starts or ends inside a word ("leveraging" → "using" replaces the whole word, not
 * "levera").
 */
export function narrowEdit(before: string, after: string): NarrowEdit {
  const most = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < most && before[prefix] === after[prefix]) prefix++;
  while (prefix > 0 && !(atWordEdge(before, prefix) && atWordEdge(after, prefix))) prefix--;

  let suffix = 0;
  while (suffix < most - prefix && before.at(-1 - suffix) === after.at(-1 - suffix)) suffix++;
  while (suffix > 0 && !(atWordEdge(before, before.length - suffix) && atWordEdge(after, after.length - suffix)))
    suffix--;

  return { from: prefix, to: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
