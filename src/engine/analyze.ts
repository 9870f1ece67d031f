import type { Ruleset } from '../rules/ruleset';
import { findBuzzwords } from './detectors/buzzwords';
import { findNonApologies } from './detectors/non-apologies';
import { findPitchFirstOpening } from './detectors/pitch-first';
import { tagsAt } from './grammar';
import { PhraseMatcher } from './phrase-matcher';
import { blankQuotedHistory, blankSignOff } from './quoted-history';
import { splitParagraphs, splitSentences } from './sentences';
import { tokenize } from './tokens';
import type { Finding } from './types';

interface Compiled {
  matcher: PhraseMatcher;
  /** Findings per paragraph text, offsets relative to the paragraph. */
  paragraphs: Map<string, Finding[]>;
}

const PARAGRAPH_CACHE_LIMIT = 4000;
const compiledRulesets = new WeakMap<Ruleset, Compiled>();

function compile(ruleset: Ruleset): Compiled {
  let compiled = compiledRulesets.get(ruleset);
  if (!compiled) {
    compiled = { matcher: new PhraseMatcher(ruleset.rules), paragraphs: new Map() };
    compiledRulesets.set(ruleset, compiled);
  }
  return compiled;
}

function analyzeParagraph(paragraph: string, ruleset: Ruleset, matcher: PhraseMatcher): Finding[] {
  let sentences: ReturnType<typeof splitSentences> | undefined;
  const tagLookup = (offset: number) => {
    sentences ??= splitSentences(paragraph);
    const s = sentences.find((span) => offset >= span.start && offset < span.end);
    return s ? tagsAt(paragraph.slice(s.start, s.end), offset - s.start) : new Set<string>();
  };
  return [
    ...findBuzzwords(paragraph, tokenize(paragraph), matcher, tagLookup),
    ...findNonApologies(paragraph, ruleset),
  ];
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/**
 * Findings for `draft` under `ruleset`, sorted by start; `draft.slice(f.start, f.end) === f.text`.
 * The signature under a closing is not judged. Paragraph results are cached per ruleset, so after
 * an edit only the touched paragraph is analysed again.
 */
export function analyze(draft: string, ruleset: Ruleset): Finding[] {
  const { matcher, paragraphs } = compile(ruleset);
  const text = blankSignOff(draft);
  const findings: Finding[] = [];
  for (const span of splitParagraphs(text)) {
    const paragraph = text.slice(span.start, span.end);
    let local = paragraphs.get(paragraph);
    if (!local) {
      local = analyzeParagraph(paragraph, ruleset, matcher);
      if (paragraphs.size >= PARAGRAPH_CACHE_LIMIT) paragraphs.clear();
      paragraphs.set(paragraph, local);
    }
    for (const f of local) findings.push({ ...f, start: f.start + span.start, end: f.end + span.start });
  }
  findings.push(...findPitchFirstOpening(text, ruleset));
  return findings.sort(byPosition);
}

/** `analyze` for plain-text mail: quoted history, reply headers and the signature are not judged. */
export function analyzeEmail(text: string, ruleset: Ruleset): Finding[] {
  const own = blankQuotedHistory(text);
  return analyze(own, ruleset).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}
