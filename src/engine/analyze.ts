import type { DetectionContext, MessageDetector, TextDetector } from './detector';
import { DETECTORS } from './detectors';
import { tagsAt, wordTags } from './grammar';
import { blankQuotedHistory, isReply, signOffBlock } from './quoted-history';
import type { Ruleset } from './ruleset';
import { cachedIn } from './memo';
import { retextedFinding } from './finding';
import { type DraftMemo, draftFacts, draftFindings, type UnitResult, updateParagraphs } from './draft-memo';
import { type Span, splitSentences } from './sentences';
import { type Token, tokenize } from './tokens';
import type { Finding } from './types';

// Only the first stretch of the mail matters to an opening; never split a 10,000-word draft to find it.
const OPENING_CHARS = 1600;
const UNIT_CACHE_LIMIT = 4000;
const OPENING_CACHE_LIMIT = 200;
/**
 * Past this length a draft is no email but a pasted document, log or blob, and context conditions
 * read a word's part of speech from the dictionary and its spelling (`wordTags`, microseconds)
 * rather than by tagging its sentence (about a millisecond a sentence): tagging every sentence of a
 * 1 MB paste would take seconds. Findings there may differ slightly from a short draft's.
 */
const LONG_DRAFT = 50_000;

/** How context conditions learn a word's part of speech. */
type Tagging = 'sentence' | 'word';

/**
 * What the engine keeps per ruleset: each detector's prepared data, and results by text. Keyed by
 * the ruleset object, so a changed ruleset (a new severity, message or cue) starts afresh.
 */
interface Compiled {
  prepared: Map<object, unknown>;
  /**
   * Findings and facts per unit text (a paragraph or a piece of a long one), offsets relative to
   * the unit, by tagging.
   */
  units: Record<Tagging, Map<string, UnitResult>>;
  /** Findings per opening text. */
  openings: Map<string, Finding[]>;
  /** The last draft analysed, for the next call's edit. */
  memo?: DraftMemo & { tagging: Tagging };
}

const compiledRulesets = new WeakMap<Ruleset, Compiled>();

function compile(ruleset: Ruleset): Compiled {
  let compiled = compiledRulesets.get(ruleset);
  if (!compiled) {
    const prepared = new Map(DETECTORS.map((d) => [d, d.prepare(ruleset)] as const));
    compiled = { prepared, units: { sentence: new Map(), word: new Map() }, openings: new Map() };
    compiledRulesets.set(ruleset, compiled);
  }
  return compiled;
}

/** One stretch of text with its words, sentences and tags worked out on first use, and shared. */
function contextFor(text: string, ruleset: Ruleset, signOff: string, tagging: Tagging): DetectionContext {
  let tokens: Token[] | undefined;
  let sentences: Span[] | undefined;
  const sentencesOf = () => (sentences ??= splitSentences(text));
  // Many rules of a pack can ask about the same word.
  const wordTagsByOffset = new Map<number, ReadonlySet<string>>();
  const wordTagsAt = (offset: number) => {
    let tags = wordTagsByOffset.get(offset);
    if (!tags) wordTagsByOffset.set(offset, (tags = tagsOfWord(text, offset)));
    return tags;
  };
  return {
    text,
    signOff,
    get tokens() {
      return (tokens ??= tokenize(text));
    },
    get sentences() {
      return sentencesOf();
    },
    wordTagsAt,
    tagsAt(offset) {
      if (tagging === 'word') return wordTagsAt(offset);
      const s = sentencesOf().find((span) => offset >= span.start && offset < span.end);
      return s ? tagsAt(text.slice(s.start, s.end), offset - s.start) : new Set<string>();
    },
    rule: (binding) => ruleset.byDetector.get(binding),
  };
}

/** `wordTags` of the word starting at `offset`. */
function tagsOfWord(text: string, offset: number): ReadonlySet<string> {
  const word = /^[\p{L}\p{N}\p{M}'’]+/u.exec(text.slice(offset, offset + 60))?.[0] ?? '';
  const before = text.slice(Math.max(0, offset - 3), offset);
  return wordTags(word, {
    // A capital after a sentence's end is only the sentence starting.
    capitalised: /^\p{Lu}/u.test(word) && offset > 0 && !/(?:[.!?]\s*|\n\s*)$/.test(before),
    afterCurrency: /[$£€¥]$/.test(before),
  });
}

const TEXT_DETECTORS = DETECTORS.filter((d): d is TextDetector => d.scope !== 'message');
const MESSAGE_DETECTORS = DETECTORS.filter((d): d is MessageDetector => d.scope === 'message');

function detectAll(scope: TextDetector['scope'], context: DetectionContext, compiled: Compiled): Finding[] {
  return TEXT_DETECTORS.filter((d) => d.scope === scope).flatMap((d) => d.detect(context, compiled.prepared.get(d)));
}

/**
 * One unit's findings and the message detectors' facts of it. A pasted document past LONG_DRAFT is
 * no message to coach: its units carry no facts, so judging it reads nothing.
 */
function analyseUnit(unit: string, ruleset: Ruleset, compiled: Compiled, tagging: Tagging): UnitResult {
  const context = contextFor(unit, ruleset, '', tagging);
  const findings = detectAll('paragraph', context, compiled).sort(byPosition);
  const facts = tagging === 'sentence' ? MESSAGE_DETECTORS.map((d) => d.facts(context, compiled.prepared.get(d))) : [];
  return { findings, facts };
}

/** The draft's opening as it is judged: its first characters, any of the sign-off block blanked. */
function openingOf(draft: string, block: Span | undefined): string {
  const head = draft.slice(0, OPENING_CHARS);
  if (!block || block.start >= head.length) return head;
  const end = Math.min(block.end, head.length);
  return head.slice(0, block.start) + head.slice(block.start, end).replace(/[^\n\r]/g, ' ') + head.slice(end);
}

/** The opening of a plain-text email as `analyzeEmail` judges it, without history, and its sign-off. */
export function emailOpening(email: string): { head: string; signOff: string } {
  const text = blankQuotedHistory(email);
  const block = signOffBlock(text);
  return { head: openingOf(text, block), signOff: block ? text.slice(block.start, block.end) : '' };
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

export interface AnalyzeOptions {
  /**
   * The sender's signature as the site shows it outside the draft's text (Gmail's and Outlook's
   * signature blocks are not checked, so not in `draft`): it names the sender for the opening.
   */
  signature?: string;
  /**
   * Return at most this many findings, the first in the draft (default: all). A caller that shows a
   * capped number asks for one more than it shows, to know whether there are more.
   */
  maxFindings?: number;
  /**
   * The draft answers a message (quoted history, a reply header): the connection check judges it
   * by the targets for replies.
   */
  reply?: boolean;
}

/** Findings for a draft, and what the connection check makes of it as a whole (see detectors/coaching.ts). */
export interface MessageAnalysis {
  findings: Finding[];
  /** Each message detector's summary, by its id (`coaching`: the connection summary). Empty past LONG_DRAFT. */
  summaries: Record<string, unknown>;
}

/**
 * Findings for `draft` under `ruleset`, sorted by start; `draft.slice(f.start, f.end) === f.text`.
 * The signature under a closing is not judged. Results are kept per ruleset, so after an edit only
 * the paragraphs it touched are analysed again, and the work of a call grows with the edit.
 * Findings before an edit are the same objects the last call gave: treat them as read-only.
 */
export function analyze(draft: string, ruleset: Ruleset, options: AnalyzeOptions = {}): Finding[] {
  return analyzeMessage(draft, ruleset, options).findings;
}

/** `analyze`, with the message detectors' summaries of the draft as a whole. */
export function analyzeMessage(draft: string, ruleset: Ruleset, options: AnalyzeOptions = {}): MessageAnalysis {
  const compiled = compile(ruleset);
  const block = signOffBlock(draft);
  const tagging: Tagging = draft.length > LONG_DRAFT ? 'word' : 'sentence';
  const memo = compiled.memo?.tagging === tagging ? compiled.memo : undefined;
  // The update moves the memo's paragraphs in place: if it throws, no half-moved memo stays.
  compiled.memo = undefined;
  const paragraphs = updateParagraphs(memo, draft, block, (unit) =>
    cachedIn(compiled.units[tagging], UNIT_CACHE_LIMIT, unit, () => analyseUnit(unit, ruleset, compiled, tagging)),
  );
  compiled.memo = { draft, block, paragraphs, tagging };
  const head = openingOf(draft, block);
  // The sign-off names the sender ("Dana Reyes | Stackwise"), so the opening is judged with it.
  const signOff = [block ? draft.slice(block.start, block.end) : '', options.signature ?? '']
    .filter(Boolean)
    .join('\n');
  const key = signOff ? `${head}\u0000${signOff}` : head;
  const opening = cachedIn(compiled.openings, OPENING_CACHE_LIMIT, key, () =>
    detectAll('opening', contextFor(head, ruleset, signOff, 'sentence'), compiled),
  );
  const limit = options.maxFindings ?? Number.POSITIVE_INFINITY;
  const judged =
    tagging === 'sentence' ? judgeMessage(draft, paragraphs, ruleset, compiled, options.reply ?? false, opening) : [];
  const findings = withOpening(draftFindings(paragraphs, limit), opening);
  const all = judged.some((j) => j.findings.length > 0)
    ? findings.concat(...judged.map((j) => j.findings)).sort(byPosition)
    : findings;
  const summaries = Object.fromEntries(judged.map((j) => [j.id, j.summary]));
  return { findings: all.length > limit ? all.slice(0, limit) : all, summaries };
}

/** Each message detector's findings and summary, from the facts the units carry. */
function judgeMessage(
  draft: string,
  paragraphs: Parameters<typeof draftFacts>[0],
  ruleset: Ruleset,
  compiled: Compiled,
  reply: boolean,
  opening: readonly Finding[],
): { id: string; findings: Finding[]; summary: unknown }[] {
  return MESSAGE_DETECTORS.map((d, index) => {
    const units = draftFacts(paragraphs, index);
    const rule = (binding: string) => ruleset.byDetector.get(binding);
    return { id: d.id, ...d.judge({ draft, units, reply, opening, rule }, compiled.prepared.get(d)) };
  });
}

/**
 * The paragraphs' findings (already in order) with the opening's merged in. Opening findings lie
 * in the first characters, so only the paragraph findings that start there are sorted with them.
 */
function withOpening(all: Finding[], opening: Finding[]): Finding[] {
  if (opening.length === 0) return all;
  const reach = Math.max(...opening.map((f) => f.start));
  let split = 0;
  while (split < all.length && all[split]!.start <= reach) split++;
  return [...all.slice(0, split), ...opening].sort(byPosition).concat(all.slice(split));
}

/** `analyze` for plain-text mail: quoted history, reply headers and the signature are not judged. */
export function analyzeEmail(text: string, ruleset: Ruleset): Finding[] {
  return analyzeEmailMessage(text, ruleset).findings;
}

/**
 * `analyzeMessage` for plain-text mail: a reply (quoted lines, a reply header) is judged as one.
 * `options.reply` says the mail answers a message even when its text shows none (its quoted history
 * was left out by structure, as in an HTML email).
 */
export function analyzeEmailMessage(text: string, ruleset: Ruleset, options: AnalyzeOptions = {}): MessageAnalysis {
  const own = blankQuotedHistory(text);
  const { findings, summaries } = analyzeMessage(own, ruleset, { ...options, reply: options.reply || isReply(text) });
  return { findings: findings.map((f) => retextedFinding(f, text)), summaries };
}
