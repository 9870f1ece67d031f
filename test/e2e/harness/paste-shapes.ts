import { generateDraft } from '../../bench/drafts';

/**
 * Huge pastes of the shapes that used to freeze a mail page, generated the same every time: a
 * token without spaces (a pasted key, a data: address), one line of short sentences (a pasted
 * spreadsheet column or chat log), and a megabyte of ordinary prose (a pasted proposal).
 */
export type PasteShape = 'token-40k' | 'token-80k' | 'sentence-line-36k' | 'prose-1mb';

export const PASTE_SHAPES: readonly PasteShape[] = ['token-40k', 'token-80k', 'sentence-line-36k', 'prose-1mb'];

/** A linear congruential generator: small, seedable, never Math.random. */
function numbers(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
}

// Letters and digits only: a '+' or '/' would cut the token into words, and one long word is the
// shape that used to cost the engine time growing with the square of its length.
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function token(length: number): string {
  const next = numbers(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[next() % ALPHANUMERIC.length];
  return out;
}

// Short sentences, nearly all different (a pasted chat log or spreadsheet column), many with findings
// whose rules ask for parts of speech: the costly kind, as each new sentence has to be tagged.
const SUBJECTS = ['Sam', 'Priya', 'The team', 'Our client', 'Marcus', 'The board', 'Elena', 'Support'];
const TEMPLATES = [
  (who: string, n: number) => `${who} met us on day ${n}.`,
  (_who: string, n: number) => `Payroll solutions ${n}.`,
  (who: string, n: number) => `${who} wants payroll solutions for ${n} staff.`,
  (_who: string, n: number) => `Billing solutions ${n}.`,
  (who: string, n: number) => `${who} will leverage report ${n}.`,
  (_who: string, n: number) => `Sorry for any inconvenience with order ${n}.`,
  (who: string, n: number) => `Let us circle back with ${who} on ${n}.`,
];
function sentenceLine(length: number): string {
  const next = numbers(7);
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < length; n++) {
    const sentence = TEMPLATES[next() % TEMPLATES.length]!(SUBJECTS[next() % SUBJECTS.length]!, n);
    parts.push(sentence);
    size += sentence.length + 1;
  }
  return parts.join(' ');
}

function prose(length: number): string {
  const drafts: string[] = [];
  let size = 0;
  for (let seed = 1; size < length; seed++) {
    const { text } = generateDraft(10_000, seed);
    drafts.push(text);
    size += text.length + 1;
  }
  return drafts.join('\n');
}

/** The text of a paste of `shape`. */
export function pasteText(shape: PasteShape): string {
  switch (shape) {
    case 'token-40k':
      return token(40_000);
    case 'token-80k':
      return token(80_000);
    case 'sentence-line-36k':
      return sentenceLine(36_000);
    case 'prose-1mb':
      return prose(1_000_000);
  }
}
