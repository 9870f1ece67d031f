import type { PlacedFacts } from './detector';
import type { Span } from './sentences';
import type { Finding } from './types';
import { movedFinding } from './finding';
import { splitParagraphs, splitUnits, UNIT_CHARS, unitEnd } from './units';

/**
 * What the engine remembers of the last draft it analysed under one ruleset, so that the next call
 * (the same draft after a keystroke) costs time that grows with the edit, not with the draft: the
 * paragraphs before the edit are kept as they are, the ones after it are shifted, and only the
 * paragraphs the edit touched are split again — and in a long paragraph only the units around the
 * edit (see `updateParagraphs`).
 */
export interface DraftMemo {
  draft: string;
  /** The sign-off block blanked in this draft (see quoted-history.ts). */
  block: Span | undefined;
  paragraphs: Paragraph[];
}

/** A paragraph of the draft and its units. */
export interface Paragraph {
  start: number;
  end: number;
  units: Unit[];
}

/**
 * A unit of a paragraph: offsets relative to the paragraph's start, so a paragraph moved by an
 * edit above it keeps its units as they are; findings relative to the unit, as the cache gives them.
 */
interface Unit {
  start: number;
  end: number;
  findings: readonly Finding[];
  /** What each message detector read of the unit (see detector.ts), in the detectors' order. */
  facts: readonly unknown[];
  /** The findings with draft offsets, as last given out, and the unit's draft offset then. */
  placed?: { at: number; findings: Finding[] };
}

/** What the engine makes of one unit's text: findings (offsets relative to it) and the message detectors' facts. */
export interface UnitResult {
  findings: readonly Finding[];
  facts: readonly unknown[];
}

/** The result for one unit's text (cached by the caller). */
export type UnitFindings = (unitText: string) => UnitResult;

/** Where an edit lies: draft[start, newEnd) replaced what was old[start, oldEnd). */
interface Edit {
  start: number;
  oldEnd: number;
  delta: number;
}

// Strings are compared in chunks: one native comparison of 4,096 characters costs far less than
// 4,096 comparisons of single characters, so finding where two 600 KB drafts differ takes ~40 µs.
const CHUNKS = [4096, 256, 16, 1];

/** Length of the longest common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of CHUNKS) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  return i;
}

/** Length of the longest common suffix of `a` and `b` that does not reach into their first `prefix` characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  for (const step of CHUNKS) {
    while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i))
      i += step;
  }
  return i;
}

/** The text a unit is analysed as: the draft's own, with any part of the sign-off block blanked. */
function unitText(draft: string, unit: Span, block: Span | undefined): string {
  const text = draft.slice(unit.start, unit.end);
  if (!block || block.end <= unit.start || block.start >= unit.end) return text;
  const from = Math.max(block.start, unit.start) - unit.start;
  const to = Math.min(block.end, unit.end) - unit.start;
  return text.slice(0, from) + text.slice(from, to).replace(/[^\n\r]/g, ' ') + text.slice(to);
}

/** Analyses the units draft[from, to) of the paragraph starting at `origin`, cutting them as `splitUnits` does. */
function analyseUnits(
  draft: string,
  origin: number,
  cuts: Span[],
  block: Span | undefined,
  findingsOf: UnitFindings,
): Unit[] {
  return cuts.map((unit) => {
    const result = findingsOf(unitText(draft, unit, block));
    return { start: unit.start - origin, end: unit.end - origin, findings: result.findings, facts: result.facts };
  });
}

/** The paragraphs of draft[from, to), each analysed unit by unit. */
function analyseRange(
  draft: string,
  from: number,
  to: number,
  block: Span | undefined,
  findingsOf: UnitFindings,
): Paragraph[] {
  // Written out, not spread from `span`: V8 gives a spread copy a shape whose numbers are slow to
  // change, and `shiftInPlace` changes them on every edit (0.7 ms for 1,400 paragraphs, against 5 µs).
  return splitParagraphs(draft, from, to).map((span) => ({
    start: span.start,
    end: span.end,
    units: analyseUnits(draft, span.start, splitUnits(draft, span), block, findingsOf),
  }));
}

/** Index of the unit of `paragraph` that starts at draft offset `offset`, or -1. */
function unitStartingAt(paragraph: Paragraph, offset: number): number {
  const target = offset - paragraph.start;
  let lo = 0;
  let hi = paragraph.units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraph.units[mid]!.start < target) lo = mid + 1;
    else hi = mid;
  }
  return paragraph.units[lo]?.start === target ? lo : -1;
}

/**
 * A long paragraph the edit lies inside, analysed again around the edit only. Units are cut one
 * after another (`splitUnits`), each cut chosen within a unit's reach of the one before: cuts whose
 * reach ends before the edit are the same as before, and once a new cut after the edit lands on an
 * old one (shifted), every later cut is the same as before too.
 */
function reanalyseAround(
  draft: string,
  old: Paragraph,
  edit: Edit,
  block: Span | undefined,
  findingsOf: UnitFindings,
): Paragraph {
  const at = (unit: Unit) => old.start + unit.start;
  let kept = 0;
  while (kept + 1 < old.units.length && at(old.units[kept]!) + UNIT_CHARS < edit.start) kept++;
  const end = old.end + edit.delta;
  const from = at(old.units[kept]!);
  const cuts: Span[] = [];
  let resumeAt = -1;
  for (let start = from; start < end; start = cuts[cuts.length - 1]!.end) {
    resumeAt = start >= edit.oldEnd + edit.delta ? unitStartingAt(old, start - edit.delta) : -1;
    if (resumeAt >= 0) break;
    cuts.push({ start, end: unitEnd(draft, start, end) });
  }
  const resumed = resumeAt < 0 ? [] : shiftInPlace(old.units.slice(resumeAt), edit.delta);
  return {
    start: old.start,
    end,
    units: old.units.slice(0, kept).concat(analyseUnits(draft, old.start, cuts, block, findingsOf), resumed),
  };
}

/**
 * Moves `spans` by `delta`, in place, and gives them back. Only for spans of the memo being
 * replaced (nothing else holds them): a keystroke in a 100,000-word draft shifts hundreds of
 * paragraphs, and new objects for each cost more than the rest of the call.
 */
function shiftInPlace<T extends Span>(spans: T[], delta: number): T[] {
  if (delta !== 0) {
    for (const span of spans) {
      span.start += delta;
      span.end += delta;
    }
  }
  return spans;
}

/** Index of the last paragraph that starts before `offset`, or -1. */
function lastStartingBefore(paragraphs: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first paragraph that ends after `offset`, or the number of paragraphs. */
function firstEndingAfter(paragraphs: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const sameSpan = (a: Span | undefined, b: Span | undefined) => a?.start === b?.start && a?.end === b?.end;

/**
 * The paragraphs of `draft` with their findings, reusing `memo` (the last draft's) where the text
 * did not change.
 *
 * Why reuse is safe: a paragraph starts after a blank line and ends before one. A paragraph that
 * starts before the first changed character has the same start in both drafts (its start depends
 * only on the text before it); a paragraph that ends after the last changed character has the same
 * end, shifted. Everything between those two boundaries is split and analysed again; units whose
 * text was seen before come from the cache.
 */
export function updateParagraphs(
  memo: DraftMemo | undefined,
  draft: string,
  block: Span | undefined,
  findingsOf: UnitFindings,
): Paragraph[] {
  if (!memo) return analyseRange(draft, 0, draft.length, block, findingsOf);
  const old = memo.draft;
  const prefix = commonPrefix(old, draft);
  const edit: Edit = {
    start: prefix,
    oldEnd: old.length - commonSuffix(old, draft, prefix),
    delta: draft.length - old.length,
  };
  const shift = (offset: number) => (offset >= edit.oldEnd ? offset + edit.delta : offset);
  const oldBlock = memo.block && { start: shift(memo.block.start), end: shift(memo.block.end) };
  if (!sameSpan(oldBlock, block)) {
    // The sign-off block sits in the last lines: re-analyse from where either block starts.
    edit.start = Math.min(edit.start, memo.block?.start ?? edit.start, block?.start ?? edit.start);
    edit.oldEnd = old.length;
  }
  if (edit.start === old.length && edit.oldEnd === old.length && edit.delta === 0) return memo.paragraphs;
  const { paragraphs } = memo;
  const keptBefore = lastStartingBefore(paragraphs, edit.start);
  const keptAfter = firstEndingAfter(paragraphs, edit.oldEnd);
  const after = shiftInPlace(paragraphs.slice(keptAfter + 1), edit.delta);
  const before = paragraphs.slice(0, Math.max(0, keptBefore));
  // An edit inside one long paragraph that stays one paragraph: only the units around it change.
  const inside = keptBefore === keptAfter ? paragraphs[keptBefore] : undefined;
  if (inside && inside.units.length > 1 && staysWhole(draft, edit)) {
    return before.concat(reanalyseAround(draft, inside, edit, block, findingsOf), after);
  }
  const from = keptBefore >= 0 ? paragraphs[keptBefore]!.start : 0;
  const to = keptAfter < paragraphs.length ? paragraphs[keptAfter]!.end + edit.delta : draft.length;
  const replaced = paragraphs.slice(Math.max(0, keptBefore), keptAfter + 1);
  const reuse = reusedFindings(memo, replaced, findingsOf);
  return before.concat(analyseRange(draft, from, to, block, reuse), after);
}

/**
 * Findings of a unit's text, taken from the paragraphs being replaced where one of their units had
 * the same text. Two edits far apart (an undo at the top, typing at the bottom) put every paragraph
 * between them in the range analysed again; nearly all of them come back unchanged.
 */
function reusedFindings(memo: DraftMemo, replaced: Paragraph[], findingsOf: UnitFindings): UnitFindings {
  if (replaced.length < 2) return findingsOf;
  const known = new Map<string, UnitResult>();
  for (const p of replaced) {
    for (const unit of p.units) {
      const span = { start: p.start + unit.start, end: p.start + unit.end };
      known.set(unitText(memo.draft, span, memo.block), { findings: unit.findings, facts: unit.facts });
    }
  }
  return (text) => known.get(text) ?? findingsOf(text);
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\u00a0';

/**
 * Whether the edit left its paragraph whole: no blank line appeared where the text changed. A blank
 * line the edit made has a changed character in it or next to it, so only the edited text and the
 * spaces around it are looked at, however long the paragraph.
 */
function staysWhole(draft: string, edit: Edit): boolean {
  let from = edit.start;
  while (from > 0 && isBlank(draft[from - 1])) from--;
  let to = edit.oldEnd + edit.delta;
  while (to < draft.length && isBlank(draft[to])) to++;
  return !/\n[ \t\r\u00a0]*\n/.test(draft.slice(Math.max(0, from - 1), to + 1));
}

/**
 * Every finding of the paragraphs, offsets into the draft, in order; at most `limit`. A unit that
 * has not moved since the last call gives the same finding objects as then: only units after an
 * edit make new ones.
 */
export function draftFindings(paragraphs: readonly Paragraph[], limit: number): Finding[] {
  const all: Finding[] = [];
  for (const p of paragraphs) {
    for (const unit of p.units) {
      if (unit.findings.length === 0) continue;
      for (const f of placed(unit, p.start + unit.start)) {
        if (all.length >= limit) return all;
        all.push(f);
      }
    }
  }
  return all;
}

/** The unit's findings with draft offsets, the unit starting at draft offset `at`. */
function placed(unit: Unit, at: number): Finding[] {
  if (unit.placed?.at !== at) {
    unit.placed = { at, findings: unit.findings.map((f) => movedFinding(f, at)) };
  }
  return unit.placed.findings;
}

/** What the message detector at `index` read of each unit, with the draft offset the unit starts at, in order. */
export function draftFacts<Facts>(paragraphs: readonly Paragraph[], index: number): PlacedFacts<Facts>[] {
  const all: PlacedFacts<Facts>[] = [];
  for (const p of paragraphs) {
    for (const unit of p.units) {
      const facts = unit.facts[index];
      if (facts !== undefined) all.push({ at: p.start + unit.start, facts: facts as Facts });
    }
  }
  return all;
}
