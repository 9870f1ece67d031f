import { cuePattern } from '../cues';
import type { TextDetector } from '../detector';
import { makeFinding } from '../finding';
import type { Finding } from '../types';

/**
 * A blank is a placeholder left in a draft: "[their goal]", "[CUSTOMER_NAME]", "[Your Name]". Our
 * own rewrites put the first kind in ("I'm sorry that I [what I did]"), templates the others. What
 * makes one is its shape, so the shape is code; the bracketed words that look like one but never
 * are ("[sic]", "dana [at] example [dot] com", "[Quoted text hidden]") are a cue list.
 */
const CUES = {
  'blank/not-blanks':
    'Bracketed words shaped like a blank that never are: editorial marks ([sic]), address signs ([at]).',
  'blank/aside-openers': 'First words of a bracketed aside, never a blank: [excluding shipping], [if needed].',
} as const;

const BINDINGS = {
  'blank/placeholder': 'A placeholder left in the draft to be filled in: [their goal], [CUSTOMER_NAME].',
} as const;

// One bracket pair on one line with nothing bracketed inside. Bounded, so each "[" costs at most 80 steps.
const BRACKETED = /\[([^[\]\n\r]{1,80})\]/g;

// "[CUSTOMER_NAME]", "[TROUBLESHOOTING_STEP_3]", "[CONTACT_INFO if appropriate]": a template's field name.
const UNDERSCORED = /(?:^|[\s/])\p{Lu}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)+(?=$|[\s/])/u;
const FIELD_TEXT = /^[\p{L}\d_ '’/&-]+$/u;
// "[DATE]", "[YOUR NAME]", "[PROCESS/PRODUCT/SERVICE]": shouted words, at least four letters in all.
const SHOUTED = /^\p{Lu}[\p{Lu} '’/&-]*\p{Lu}$/u;
// "[XX]", "[X%]", "[$XXX]": a number still to be written (a lone "[X]" is a ticked box).
const X_NUMBER = /^[$£€#]?(?:XX+|X+%)$/;
// "[their goal]", "[what I did]", "[date]": a description in lower case (later words may be "I" or a name).
const DESCRIBED = /^\p{Ll}[\p{L}'’-]*(?:[ /&]+[\p{L}'’-]+)*$/u;
// "[Your Name]", "[Customer Name]", "[First issue]": a capitalised description of two to six words.
const TITLED = /^\p{Lu}[\p{L}'’-]*(?:[ /&]+[\p{L}'’-]+){1,5}$/u;

// Where a subject line's or log line's tag stands: at the line's start, after "Re:", "Fwd:",
// "Subject:", other tags or a time stamp ("[EXTERNAL] Re: invoice", "10:02:11 [ERROR] timeout").
const TAG_PLACE = /^\s*(?:(?:re|fwd?|fw|aw|wg|subject)\s*:\s*|\[[^[\]\n]*\]\s*|[\d:.,/ T-]+)*$/i;
// A tag is followed by the rest of its line, or by another tag.
const TAG_FOLLOWED = /^\s*[\p{L}\d[]/u;

// "[this is who I spoke to]", "[I think]": the writer's own aside, a clause with its verb, where a
// blank describes what goes there ("[what I did]", "[customer's name]").
const ASIDE = new RegExp(
  String.raw`^(?!(?:what|which|who|whom|whose|when|where|why|how)\b)(?:i\b|.*\b(?:i|is|are|was|were|am|has|have|had|` +
    String.raw`will|would|can|could|should|shall|may|might|must)\b|.*['’](?:re|m|ve|ll)\b)`,
  'iu',
);

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

// "rpm -e [rpm package]", "git log --since [date]": the usage of a command, written out.
const AFTER_OPTION = /(?:^|\s)--?[a-z][\w-]*\s$/i;

interface Prepared {
  notBlank: RegExp;
  aside: RegExp;
}

/** Whether the bracketed `inner` at `start` (the "[") to `end` (after the "]") in `text` is a blank. */
function isBlank(text: string, start: number, end: number, inner: string, prepared: Prepared): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // "items[count]", "[text](https://…)", "[text][1]", "![logo]": code and markdown, not prose.
  if (/[\p{L}\p{N}_)\]!]/u.test(before) || after === '(' || after === '[') return false;
  const words = inner.trim();
  if (words !== inner || prepared.notBlank.test(words) || prepared.aside.test(words)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (AFTER_OPTION.test(text.slice(Math.max(lineStart, start - 40), start))) return false;
  if (UNDERSCORED.test(words)) return FIELD_TEXT.test(words);
  if (X_NUMBER.test(words)) return true;
  if (DESCRIBED.test(words)) return letters(words) >= 3 && !ASIDE.test(words);
  const tag = TAG_PLACE.test(text.slice(lineStart, start)) && TAG_FOLLOWED.test(text.slice(end, end + 40));
  if (tag) return false;
  // A short shouted word is an acronym ("[PDF]", "[CEO]"), not a field.
  if (SHOUTED.test(words)) return letters(words) >= 4;
  return TITLED.test(words) && !ASIDE.test(words);
}

/** Placeholders left in the draft, "[…]", until they are filled in. */
export const blanks: TextDetector<Prepared> = {
  id: 'blank',
  kinds: ['blank'],
  scope: 'paragraph',
  reads: { bindings: BINDINGS, cues: CUES },
  prepare: (ruleset) => ({
    notBlank: cuePattern(ruleset.cues, 'iu', (cue) => `^${cue('blank/not-blanks')}$`),
    aside: cuePattern(ruleset.cues, 'iu', (cue) => String.raw`^${cue('blank/aside-openers')}\b`),
  }),
  detect(context, prepared) {
    const rule = context.rule('blank/placeholder');
    const { text } = context;
    if (!rule || !text.includes('[')) return [];
    const findings: Finding[] = [];
    for (const m of text.matchAll(BRACKETED)) {
      const end = m.index + m[0].length;
      if (isBlank(text, m.index, end, m[1]!, prepared)) findings.push(makeFinding(rule, text, m.index, end, []));
    }
    return findings;
  },
};

/**
 * Where the first blank of our own making is in a rewrite: "[what I did]" in "I'm sorry that I
 * [what I did]". After a click puts such a rewrite in, the editor selects it, so typing fills it.
 */
export function firstBlank(replacement: string): { start: number; end: number } | undefined {
  for (const m of replacement.matchAll(BRACKETED)) {
    const words = m[1]!;
    if (DESCRIBED.test(words) || UNDERSCORED.test(words)) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
