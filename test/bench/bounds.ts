/**
 * The engine's bounds (see README, "Bounded work" under Architecture), timed by `npm run bench`: a one-character edit in
 * a 100,000-word draft, every pathological shape at 1 MB (cold, and an edit), two shapes at 5 MB, and
 * analysis under hostile packs against the built-in pack on the same draft.
 *
 * An edit is timed the way the extension meets it: the draft is analysed, then the same draft with
 * one character inserted somewhere else each run; the untimed run before each timed one puts the
 * engine back on the unedited draft, so every timed run is exactly one edit; ten untimed edits come first. Edits ask for at most
 * `SHOWN + 1` findings, as the extension does (it paints at most `SHOWN`).
 */
import { analyze } from '../../src/engine';
import { clearGrammarCache } from '../../src/engine/grammar';
import { buildRuleset, loadBuiltinPack, type RulePack } from '../../src/rules';
import { generateDraft } from './drafts';
import { editAt, HOSTILE_PACKS, SHAPES, type Shape, ZORP_DRAFT } from './pathological';

const SHOWN = 1000;
const MB = 1_000_000;

export interface BoundRow {
  what: string;
  medianMs: number;
  limitMs: number;
  runs: number;
}

const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const builtinRuleset = (extra: RulePack[] = []) => buildRuleset([loadBuiltinPack(), ...extra]);

/** Untimed edits before the timed ones: the first keystrokes compile the edit path, as in a compose. */
const WARM_UP_EDITS = 10;

/** Median of one-character edits of `text` (see above), after one cold analysis and the warm-up edits. */
function editMedian(text: string, runs: number): number {
  const ruleset = builtinRuleset();
  analyze(text, ruleset);
  const times: number[] = [];
  for (let k = 1; k <= WARM_UP_EDITS + runs; k++) {
    const edited = editAt(text, k);
    const ms = timed(() => analyze(edited, ruleset, { maxFindings: SHOWN + 1 }));
    if (k > WARM_UP_EDITS) times.push(ms);
    analyze(text, ruleset, { maxFindings: SHOWN + 1 });
  }
  return median(times);
}

/** Set by `measureBounds`: the bench's forced young-generation collection, run before each cold run. */
let settle: () => void = () => {};

/** Median of cold analyses: a fresh ruleset and an empty tag cache each run. */
function coldMedian(text: string, runs: number, extra: RulePack[] = []): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ruleset = builtinRuleset(extra);
    clearGrammarCache();
    analyze('Warm the detectors of this ruleset.', ruleset);
    // The last run's garbage (a hostile pack tags every sentence of the draft) is collected here,
    // not inside the next timed run; the engine-bench table's cold runs do the same.
    settle();
    times.push(timed(() => analyze(text, ruleset)));
  }
  return median(times);
}

/** Ten 10,000-word drafts one after another: the generator closes a draft at 10,000 words. */
function hundredThousandWords(): string {
  return Array.from({ length: 10 }, (_, i) => generateDraft(10000, i + 1).text).join('\n\n');
}

export function measureBounds(progress: (line: string) => void, collect?: () => void): BoundRow[] {
  settle = collect ?? (() => {});
  const rows: BoundRow[] = [];
  const add = (row: BoundRow) => {
    rows.push(row);
    progress(`  ${row.what.padEnd(44)} median ${row.medianMs.toFixed(2)} ms (limit ${row.limitMs} ms)`);
  };

  add({ what: 'edit in 100,000 words', medianMs: editMedian(hundredThousandWords(), 101), limitMs: 1, runs: 101 });

  for (const shape of Object.keys(SHAPES) as Shape[]) {
    const text = SHAPES[shape](MB);
    add({ what: `1 MB ${shape}: cold`, medianMs: coldMedian(text, 3), limitMs: 1000, runs: 3 });
    add({ what: `1 MB ${shape}: edit`, medianMs: editMedian(text, 21), limitMs: 20, runs: 21 });
  }
  for (const shape of ['no spaces', 'one line of sentences'] as const) {
    add({ what: `5 MB ${shape}: cold`, medianMs: coldMedian(SHAPES[shape](5 * MB), 1), limitMs: 5000, runs: 1 });
  }

  // Hostile packs against the built-in pack alone, each on the same draft, cold.
  for (const [label, text] of [
    ['2,000 words', generateDraft(2000, 7).text],
    ['"zorp" draft', ZORP_DRAFT],
  ] as const) {
    const builtinMs = coldMedian(text, 9);
    add({ what: `${label}, built-in pack: cold`, medianMs: builtinMs, limitMs: Number.POSITIVE_INFINITY, runs: 9 });
    for (const [name, make] of Object.entries(HOSTILE_PACKS)) {
      const medianMs = coldMedian(text, 9, [make()]);
      add({ what: `${label}, ${name} pack: cold`, medianMs, limitMs: 3 * builtinMs, runs: 9 });
    }
  }
  return rows;
}
