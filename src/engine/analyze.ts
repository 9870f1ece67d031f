import type { DetectionContext, Detector } from './detector';
import { DETECTORS } from './detectors';
import { tagsAt } from './grammar';
import { blankQuotedHistory, signOffBlock } from './quoted-history';
import type { Ruleset } from './ruleset';
import { type Span, splitParagraphs, splitSentences } from './sentences';
import { type Token, tokenize } from './tokens';
import type { Finding } from './types';

// Only the first stretch of the mail matters to an opening; never split a 10,000-word draft to find it.
const OPENING_CHARS = 1600;
const PARAGRAPH_CACHE_LIMIT = 4000;
const OPENING_CACHE_LIMIT = 200;

/**
 * What the engine keeps per ruleset: each detector's prepared data, and results by text. Keyed by
 * the ruleset object, so a changed ruleset (a new severity, message or cue) starts afresh.
 */
interface Compiled {
  prepared: Map<Detector, unknown>;
  /** Findings per paragraph text, offsets relative to the paragraph. */
  paragraphs: Map<string, Finding[]>;
  /** Findings per opening text. */
  openings: Map<string, Finding[]>;
}

const compiledRulesets = new WeakMap<Ruleset, Compiled>();

function compile(ruleset: Ruleset): Compiled {
  let compiled = compiledRulesets.get(ruleset);
  if (!compiled) {
    const prepared = new Map(DETECTORS.map((d) => [d, d.prepare(ruleset)] as const));
    compiled = { prepared, paragraphs: new Map(), openings: new Map() };
    compiledRulesets.set(ruleset, compiled);
  }
  return compiled;
}

/** One stretch of text with its words, sentences and tags worked out on first use, and shared. */
function contextFor(text: string, ruleset: Ruleset, signOff: string): DetectionContext {
  let tokens: Token[] | undefined;
  let sentences: Span[] | undefined;
  const sentencesOf = () => (sentences ??= splitSentences(text));
  return {
    text,
    signOff,
    get tokens() {
      return (tokens ??= tokenize(text));
    },
    get sentences() {
      return sentencesOf();
    },
    tagsAt(offset) {
      const s = sentencesOf().find((span) => offset >= span.start && offset < span.end);
      return s ? tagsAt(text.slice(s.start, s.end), offset - s.start) : new Set<string>();
    },
    rule: (binding) => ruleset.byDetector.get(binding),
  };
}

function detectAll(
  scope: Detector['scope'],
  text: string,
  ruleset: Ruleset,
  compiled: Compiled,
  signOff = '',
): Finding[] {
  const context = contextFor(text, ruleset, signOff);
  return DETECTORS.filter((d) => d.scope === scope).flatMap((d) => d.detect(context, compiled.prepared.get(d)));
}

/** Looks `text` up in a cache of bounded size, detecting on a miss. */
function cached(cache: Map<string, Finding[]>, limit: number, text: string, detect: () => Finding[]): Finding[] {
  let findings = cache.get(text);
  if (!findings) {
    findings = detect();
    if (cache.size >= limit) cache.clear();
    cache.set(text, findings);
  }
  return findings;
}

/** The stretch of a draft its opening is judged in. */
const openingOf = (draft: string) => draft.slice(0, OPENING_CHARS);

/** The draft with its sign-off blanked (offsets kept), and the sign-off's own text ('' when none). */
function splitSignOff(draft: string): { text: string; signOff: string } {
  const block = signOffBlock(draft);
  if (!block) return { text: draft, signOff: '' };
  const blank = draft.slice(block.start, block.end).replace(/[^\n\r]/g, ' ');
  return {
    text: draft.slice(0, block.start) + blank + draft.slice(block.end),
    signOff: draft.slice(block.start, block.end),
  };
}

/** The opening of a plain-text email as `analyzeEmail` judges it, without history, and its sign-off. */
export function emailOpening(email: string): { head: string; signOff: string } {
  const { text, signOff } = splitSignOff(blankQuotedHistory(email));
  return { head: openingOf(text), signOff };
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

export interface AnalyzeOptions {
  /**
   * The sender's signature as the site shows it outside the draft's text (Gmail's and Outlook's
   * signature blocks are not checked, so not in `draft`): it names the sender for the opening.
   */
  signature?: string;
}

/**
 * Findings for `draft` under `ruleset`, sorted by start; `draft.slice(f.start, f.end) === f.text`.
 * The signature under a closing is not judged. Paragraph results are cached per ruleset, so after
 * an edit only the touched paragraph is analysed again.
 */
export function analyze(draft: string, ruleset: Ruleset, options: AnalyzeOptions = {}): Finding[] {
  const compiled = compile(ruleset);
  const split = splitSignOff(draft);
  const { text } = split;
  const signOff = [split.signOff, options.signature ?? ''].filter(Boolean).join('\n');
  const findings: Finding[] = [];
  for (const span of splitParagraphs(text)) {
    const paragraph = text.slice(span.start, span.end);
    const local = cached(compiled.paragraphs, PARAGRAPH_CACHE_LIMIT, paragraph, () =>
      detectAll('paragraph', paragraph, ruleset, compiled),
    );
    for (const f of local) findings.push({ ...f, start: f.start + span.start, end: f.end + span.start });
  }
  const head = openingOf(text);
  // The sign-off names the sender ("Dana Reyes | Stackwise"), so the opening is judged with it.
  const key = signOff ? `${head}\u0000${signOff}` : head;
  findings.push(
    ...cached(compiled.openings, OPENING_CACHE_LIMIT, key, () =>
      detectAll('opening', head, ruleset, compiled, signOff),
    ),
  );
  return findings.sort(byPosition);
}

/** `analyze` for plain-text mail: quoted history, reply headers and the signature are not judged. */
export function analyzeEmail(text: string, ruleset: Ruleset): Finding[] {
  const own = blankQuotedHistory(text);
  return analyze(own, ruleset).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}
