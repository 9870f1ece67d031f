/**
 * `npm run bench` — times the engine against write-good and alex on the same generated drafts.
 *
 *   cold: a fresh ruleset object (fresh paragraph cache) and a cleared compromise tag cache before
 *         every timed run. compromise itself is loaded and JIT-warmed by a throwaway run first.
 *   edit: the full draft is analysed once (warm caches), then each timed run analyses the draft with
 *         one character inserted in the middle of a word of a middle paragraph. Every run uses a
 *         different edit, so the edited paragraph is never in the cache. The peers have no cache, so
 *         for them "edit" is just a run on the edited text.
 *
 * It runs as the extension and the CLI do, from a bundle (esbuild, packages left to node): run from
 * source by tsx, every closure the engine makes would also pay for the name tsx gives it
 * (`keepNames`), which no shipped build does.
 *
 * `npm run bench -- --json` prints one JSON line on stdout and nothing else (npm itself prints its
 * "> connection-first@… bench" banner on stdout unless run as `npm run -s bench -- --json`).
 */
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyze } from '../../src/engine';
import { clearGrammarCache } from '../../src/engine/grammar';
import { buildRuleset, loadBuiltinPack } from '../../src/rules';
import { countWords, generateDraft } from './drafts';
import { type BoundRow, measureBounds } from './bounds';
import { alex, writeGood } from './peers';
import { measureStartup, type StartupRow } from './startup';

type Tool = 'connection-first' | 'write-good' | 'alex';
type Mode = 'cold' | 'edit';
const TOOLS: Tool[] = ['connection-first', 'write-good', 'alex'];
const SIZES = [2000, 10000] as const;
const MODES: Mode[] = ['cold', 'edit'];

const json = process.argv.includes('--json');
const out = process.stdout.write.bind(process.stdout);
// In --json mode stdout carries the JSON line alone: anything a library logs goes to stderr.
if (json) {
  console.log = console.info = console.debug = console.warn = console.error;
}
const progress = (msg: string) => process.stderr.write(`${msg}\n`);

// A forced young-generation collection before each cold / peer run (outside the timed region) keeps
// one run's garbage from being collected inside the next. A full GC costs ~65 ms here, too much to
// repeat hundreds of times; edit runs allocate little and get none. No-op if the flag cannot be set.
let gc: (() => void) | undefined;
try {
  v8.setFlagsFromString('--expose-gc');
  const raw = vm.runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
  gc = () => raw({ type: 'minor' });
} catch {
  gc = undefined;
}

// ---------------------------------------------------------------------------------------------
// Timing

interface Plan {
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs past minRuns once this case has spent this much time (timed + untimed). */
  budgetMs: number;
  /** Force a minor GC before each timed run. */
  gc: boolean;
}

interface Case {
  tool: Tool;
  plan: Plan;
  /** Runs untimed before run i (warm-up runs use i < 0) and returns the timed body. */
  prepare: (i: number) => () => unknown;
}

/**
 * Times several cases round-robin (one run of each unfinished case per round), so that drift in
 * machine load hits every tool alike and the ratios stay fair. Returns the timings per case.
 */
function measure(cases: Case[]): number[][] {
  for (const c of cases) for (let i = 0; i < c.plan.warmup; i++) c.prepare(-1 - i)();
  const times = cases.map(() => [] as number[]);
  const spent = cases.map(() => 0);
  const done = (j: number) => {
    const { minRuns, maxRuns, budgetMs } = cases[j]!.plan;
    const n = times[j]!.length;
    return n >= maxRuns || (n >= minRuns && spent[j]! > budgetMs);
  };
  for (let round = 0; cases.some((_, j) => !done(j)); round++) {
    cases.forEach((c, j) => {
      if (done(j)) return;
      const began = performance.now();
      const body = c.prepare(round);
      if (c.plan.gc) gc?.();
      const t0 = performance.now();
      body();
      const t1 = performance.now();
      times[j]!.push(t1 - t0);
      spent[j]! += t1 - began;
    });
  }
  return times;
}

function quantile(sorted: number[], q: number): number {
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
const median = (sorted: number[]) =>
  sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]!
    : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;

// ---------------------------------------------------------------------------------------------
// Edits

/**
 * Returns `edit(k)`: the draft with the k-th distinct one-character edit, an insertion strictly
 * inside a word (between two letters) of the middle paragraph. Edits never repeat a paragraph.
 */
function editor(text: string) {
  const paragraphs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g))
    paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const mid = paragraphs[Math.floor(paragraphs.length / 2)]!;
  const paragraph = text.slice(mid.start, mid.end);
  const positions: number[] = [];
  for (const w of paragraph.matchAll(/\p{L}{4,}/gu)) {
    const inner = w.index + Math.floor(w[0].length / 2);
    positions.push(inner);
  }
  const letters = 'etaoinshrdlucmfwypvbgkqjxz';
  const seen = new Set<string>();
  const edits: string[] = [];
  let next = 0;
  const edit = (k: number): string => {
    while (edits.length <= k) {
      if (next >= positions.length * letters.length) throw new Error('bench: ran out of distinct edits');
      const pos = positions[next % positions.length]!;
      const ch = letters[Math.floor(next / positions.length)]!;
      next++;
      const edited = paragraph.slice(0, pos) + ch + paragraph.slice(pos);
      if (seen.has(edited)) continue;
      seen.add(edited);
      edits.push(edited);
    }
    return text.slice(0, mid.start) + edits[k]! + text.slice(mid.end);
  };
  const info = {
    index: paragraphs.indexOf(mid),
    count: paragraphs.length,
    words: countWords(paragraph),
    sentences: (paragraph.match(/[.!?](\s|$)/g) ?? []).length,
  };
  return { edit, info };
}

// ---------------------------------------------------------------------------------------------
// Cases

const freshRuleset = () => buildRuleset([loadBuiltinPack()]);
const PEERS: Record<Exclude<Tool, 'connection-first'>, (text: string) => number> = { 'write-good': writeGood, alex };

interface Result {
  tool: Tool;
  words: number;
  mode: Mode;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

const results: Result[] = [];
const notes: string[] = [];

function record(tool: Tool, words: number, mode: Mode, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const r = { tool, words, mode, medianMs: median(sorted), p95Ms: quantile(sorted, 0.95), runs: sorted.length };
  results.push(r);
  progress(
    `  ${tool.padEnd(16)} ${String(words).padStart(5)} ${mode.padEnd(4)} median ${r.medianMs.toFixed(3)} ms (${r.runs} runs)`,
  );
}

const started = performance.now();

// Start-up first, while this process is still small and idle: later its collector's background
// threads take a core from the commands being timed.
progress('Start-up (npm run build:cli has built dist/):');
const ROOT = join(import.meta.dirname, '..');
const startup: StartupRow[] = measureStartup(ROOT, join(ROOT, 'test/fixtures/cli/renewal-checkin.txt'));
const STARTUP_LIMIT_S = 0.3;

// Throwaway run: loads compromise and warms the JIT on a draft the timed runs never see. Its first
// analysis is what a page pays once: the built-in pack worked out for the first time, compromise's
// lexicon read, nothing compiled by the JIT yet.
let firstAnalysisMs = 0;
{
  const throwaway = generateDraft(2000, 99);
  const rs = freshRuleset();
  const began = performance.now();
  analyze(throwaway.text, rs);
  firstAnalysisMs = performance.now() - began;
  analyze(throwaway.text.replace('the', 'thxe'), rs);
  writeGood(throwaway.text);
  alex(throwaway.text);
  clearGrammarCache();
}

for (const words of SIZES) {
  const draft = generateDraft(words, 1);
  const { edit, info } = editor(draft.text);
  notes.push(
    `${words}-word draft: ${info.count} paragraphs; edits go into paragraph ${info.index + 1} (${info.words} words, ${info.sentences} sentences).`,
  );
  const counts = {
    'connection-first': analyze(draft.text, freshRuleset()).length,
    'write-good': writeGood(draft.text),
    alex: alex(draft.text),
  };
  clearGrammarCache();
  notes.push(`${words}-word draft findings: ${TOOLS.map((t) => `${t} ${counts[t]}`).join(', ')}.`);

  const peerPlan = (warmup: number): Plan => ({
    warmup,
    minRuns: 7,
    maxRuns: 25,
    budgetMs: words > 5000 ? 3500 : 2500,
    gc: true,
  });
  const peers = Object.entries(PEERS) as [Exclude<Tool, 'connection-first'>, (t: string) => number][];

  // cold: a fresh ruleset object and an empty tag cache for every connection-first run.
  const cold: Case[] = [
    {
      tool: 'connection-first',
      plan: { warmup: 3, minRuns: 15, maxRuns: 30, budgetMs: 3000, gc: true },
      prepare: () => {
        const rs = freshRuleset();
        clearGrammarCache();
        return () => analyze(draft.text, rs);
      },
    },
    ...peers.map(([tool, run]): Case => ({ tool, plan: peerPlan(2), prepare: () => () => run(draft.text) })),
  ];
  for (const [j, times] of measure(cold).entries()) record(cold[j]!.tool, words, 'cold', times);

  // edit: connection-first's caches are warmed once on the full draft; every run (warm-ups
  // included) then sees a new edit, so the edited paragraph is never a cache hit.
  const rs = freshRuleset();
  clearGrammarCache();
  analyze(draft.text, rs);
  const nextEdit = () => {
    let k = 0;
    return () => edit(k++);
  };
  const cfEdit = nextEdit();
  const editCases: Case[] = [
    {
      tool: 'connection-first',
      plan: { warmup: 20, minRuns: 250, maxRuns: 500, budgetMs: 1500, gc: false },
      prepare: () => {
        const edited = cfEdit();
        return () => analyze(edited, rs);
      },
    },
    ...peers.map(([tool, run]): Case => {
      const peerEdit = nextEdit();
      return {
        tool,
        plan: peerPlan(1), // already JIT-warm from the cold runs
        prepare: () => {
          const edited = peerEdit();
          return () => run(edited);
        },
      };
    }),
  ];
  for (const [j, times] of measure(editCases).entries()) record(editCases[j]!.tool, words, 'edit', times);
}

progress('Bounds:');
const bounds: BoundRow[] = measureBounds(progress, gc);

const elapsed = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------------------------
// Output

const find = (tool: Tool, words: number, mode: Mode) =>
  results.find((r) => r.tool === tool && r.words === words && r.mode === mode)!;

if (json) {
  const payload = {
    results: results.map(({ tool, words, mode, medianMs }) => ({
      tool,
      words,
      mode,
      medianMs: Number(medianMs.toFixed(4)),
    })),
    bounds: bounds.map(({ what, medianMs, limitMs }) => ({
      what,
      medianMs: Number(medianMs.toFixed(4)),
      limitMs: Number.isFinite(limitMs) ? Number(limitMs.toFixed(4)) : null,
    })),
    startup: startup.map(({ what, medianS }) => ({ what, medianS })),
  };
  out(`${JSON.stringify(payload)}\n`);
} else {
  const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(1));
  const header = ['tool', 'words', 'mode', 'median ms', 'p95 ms', 'runs', 'ratio vs CF'];
  const rows: string[][] = [];
  for (const words of SIZES) {
    for (const mode of MODES) {
      const base = find('connection-first', words, mode).medianMs;
      for (const tool of TOOLS) {
        const r = find(tool, words, mode);
        rows.push([
          tool,
          String(words),
          mode,
          fmt(r.medianMs),
          fmt(r.p95Ms),
          String(r.runs),
          `${(r.medianMs / base).toFixed(2)}×`,
        ]);
      }
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');

  const cf2kCold = find('connection-first', 2000, 'cold').medianMs;
  const wg2kCold = find('write-good', 2000, 'cold').medianMs;
  const alex2kCold = find('alex', 2000, 'cold').medianMs;
  const cf10kEdit = find('connection-first', 10000, 'edit').medianMs;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

  const lines = [
    'Connection First engine benchmark',
    `Node ${process.version}, ${process.platform}/${process.arch}; ${elapsed.toFixed(1)} s total.`,
    'cold = fresh ruleset object + cleared compromise tag cache before every timed run (compromise is',
    '       already loaded and warmed by a throwaway run on another draft before any timing; the words,',
    '       cues and phrases of the pack were worked out by that run, as on a ruleset rebuilt in a page).',
    `first = the throwaway run, the first analysis in this process (once per page): ${fmt(firstAnalysisMs)} ms.`,
    'edit = caches warmed on the full draft, then each run analyses the draft with a new one-character',
    '       insertion inside a word of a middle paragraph (no edit repeats). Peers have no cache.',
    `Times from performance.now(); tools run round-robin per (words, mode); warm-up runs excluded; ${gc ? 'forced minor GC before each cold/peer run (untimed); ' : ''}ratio = median / connection-first median (same words, mode).`,
    ...notes,
    '',
    line(header),
    rule,
    ...rows.flatMap((r, i) => (i > 0 && i % TOOLS.length === 0 ? ['', line(r)] : [line(r)])),
    '',
    'Targets:',
    `  ${verdict(cf2kCold <= wg2kCold / 2)}  cold 2,000 words ≤ ½ write-good: ${fmt(cf2kCold)} ms vs limit ${fmt(wg2kCold / 2)} ms (write-good ${fmt(wg2kCold)} ms)`,
    `  ${verdict(cf2kCold <= alex2kCold / 5)}  cold 2,000 words ≤ ⅕ alex:       ${fmt(cf2kCold)} ms vs limit ${fmt(alex2kCold / 5)} ms (alex ${fmt(alex2kCold)} ms)`,
    `  ${verdict(cf10kEdit < 2)}  one-character edit in 10,000 words < 2 ms: ${fmt(cf10kEdit)} ms median`,
    '',
    'Bounds (connection-first alone; edits ask for at most 1,001 findings, as the extension does):',
    ...bounds.map(
      (b) =>
        `  ${Number.isFinite(b.limitMs) ? verdict(b.medianMs <= b.limitMs) : '    '}  ${b.what.padEnd(44)} ${fmt(b.medianMs).padStart(8)} ms` +
        (Number.isFinite(b.limitMs) ? ` (limit ${fmt(b.limitMs)} ms, ${b.runs} runs)` : ` (${b.runs} runs)`),
    ),
    '',
    `Start-up: a one-file check, wall seconds from /usr/bin/time, median of ${startup[0]!.runs} interleaved runs:`,
    ...startup.map(
      (r) =>
        `        ${r.what.padEnd(44)} ${r.medianS.toFixed(2).padStart(6)} s  ${(r.medianS / startup[1]!.medianS).toFixed(2)}× connection-first`,
    ),
    `  ${verdict(startup[1]!.medianS <= STARTUP_LIMIT_S)}  one-file check ≤ ${STARTUP_LIMIT_S} s: ${startup[1]!.medianS.toFixed(2)} s`,
    ...startup
      .filter((r) => r.what.startsWith('connection-first, no '))
      .map((r) => `        (${r.what}: ${r.medianS.toFixed(2)} s; the verdict is on the caller's environment)`),
  ];
  out(`${lines.join('\n')}\n`);
}
