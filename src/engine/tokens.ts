/** A word in the text: its UTF-16 span and its normalised form (lower case, straight apostrophes). */
export interface Token {
  start: number;
  end: number;
  norm: string;
}

// Letters and digits, inner apostrophes ("don't", "team's"), inner underscores (a template's
// "[PROPOSED_SOLUTION]" is a name, not prose), and a trailing % so "100%" stays one word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+|_[\p{L}\p{N}\p{M}]+)*%?/gu;
// Web and mail addresses are names, not prose: "synergy.io" must not read as "synergy".
const ADDRESS = new RegExp(
  String.raw`\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|` +
    String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|ai|app|dev)\b\S*`,
  'giu',
);

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Tokens of `text` between `from` and `to`, skipping anything inside a web or mail address. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const masked: [number, number][] = [];
  for (const m of slice.matchAll(ADDRESS)) masked.push([m.index, m.index + m[0].length]);
  const tokens: Token[] = [];
  let maskIndex = 0;
  for (const m of slice.matchAll(WORD)) {
    const s = m.index;
    while (maskIndex < masked.length && masked[maskIndex]![1] <= s) maskIndex++;
    if (maskIndex < masked.length && masked[maskIndex]![0] <= s) continue;
    tokens.push({ start: from + s, end: from + s + m[0].length, norm: normalizeWord(m[0]) });
  }
  return tokens;
}

/** Words of a phrase as a rule author wrote it ("customer-facing" → customer, facing). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/**
 * Two words belong to one phrase only when nothing but spaces, line breaks or hyphens stands
 * between them: "customer-facing", "customer facing" and "customer⏎facing" are the same phrase,
 * "customer. Facing" is not.
 */
export function joinsPhrase(text: string, left: Token, right: Token): boolean {
  for (let i = left.end; i < right.start; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, NBSP, hyphen, non-breaking hyphen, en dash between compounds
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160 && c !== 45 && c !== 0x2011 && c !== 0x2010)
      return false;
  }
  return true;
}
