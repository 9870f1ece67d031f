import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changedStretch, PacedAnalyzer } from '../../src/editor/paced-analysis';
import type { ConnectionSummary, Finding, Ruleset } from '../../src/engine';
import { analyze, analyzeMessage } from '../../src/engine/analyze';
import { warmUpNow } from '../../src/engine/warm-up';
import { buildRuleset, loadBuiltinPack } from '../../src/rules';
import { generateDraft } from '../bench/drafts';
import { pasteText } from '../e2e/harness/paste-shapes';

/**
 * Calls of the engine's `analyze` and `analyzeMessage`, the paced analyser's included; `after` runs
 * once, after the task of the call numbered `at` (between two slices of a run, when the call is one).
 */
const engineCalls = vi.hoisted(() => ({ count: 0 }) as { count: number; after?: { at: number; run: () => void } });
vi.mock('../../src/engine/analyze', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/engine/analyze')>();
  return {
    ...engine,
    analyze: (...args: Parameters<typeof engine.analyze>) => {
      engineCalls.count++;
      return engine.analyze(...args);
    },
    analyzeMessage: (...args: Parameters<typeof engine.analyzeMessage>) => {
      engineCalls.count++;
      const after = engineCalls.after;
      if (after?.at === engineCalls.count) {
        engineCalls.after = undefined;
        queueMicrotask(after.run);
      }
      return engine.analyzeMessage(...args);
    },
  };
});

/** A ruleset of its own, so the engine's caches of other tests do not make this one's work cheap. */
const freshRules = (): Ruleset => buildRuleset([loadBuiltinPack()]);

interface Report {
  findings: Finding[];
  complete: boolean;
}

/** Starts an analysis; `synchronous` is what was reported before `start` returned. */
function begin(analyzer: PacedAnalyzer, text: string, ruleset: Ruleset, signature = '') {
  const reports: Report[] = [];
  let finish!: (findings: Finding[]) => void;
  const done = new Promise<Finding[]>((resolve) => (finish = resolve));
  analyzer.start({ text, ruleset, signature }, (findings, complete) => {
    reports.push({ findings, complete });
    if (complete) finish(findings);
  });
  return { reports, synchronous: [...reports], done };
}

/** About a megabyte of drafts no other test has analysed (the engine's caches of sentences are cold for it). */
const unseenProse = () => Array.from({ length: 60 }, (_, i) => generateDraft(3000, 500 + i).text).join('\n');

const key = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}:${f.text}`;

describe('changedStretch', () => {
  it.each([
    ['an insertion', 'Hello world', 'Hello big world', { start: 6, end: 10 }],
    ['a deletion', 'Hello big world', 'Hello world', { start: 6, end: 6 }],
    ['a replacement (shared letters at its edges stay)', 'We leverage it', 'We use it', { start: 3, end: 5 }],
    ['text typed at the end', 'abc', 'abcd', { start: 3, end: 4 }],
    ['no change', 'same', 'same', { start: 4, end: 4 }],
    ['everything new', '', 'new text', { start: 0, end: 8 }],
    ['a repeated letter doubled', 'aaaa', 'aaaaa', { start: 4, end: 5 }],
  ])('%s', (_name, old, next, expected) => {
    expect(changedStretch(old, next)).toEqual(expected);
  });

  it('finds an edit in the middle of a megabyte exactly', () => {
    const old = pasteText('prose-1mb');
    const at = 612_345;
    expect(changedStretch(old, `${old.slice(0, at)}synergy ${old.slice(at)}`)).toEqual({ start: at, end: at + 8 });
  });
});

// A megabyte analysed cold takes a few seconds here, many more while the machine is busy: time is no part of these tests.
describe('PacedAnalyzer', { timeout: 120_000 }, () => {
  // Warm, as the page's idle moments leave the engine before the user types (a cold one: cold-engine.test.ts).
  beforeAll(() => warmUpNow(freshRules()));

  it('analyses a short draft at once, with exactly the engine’s findings', () => {
    const text = "Hi Sam,\n\nLet's circle back on the synergy. Sorry if you were confused.\n\nBest,\nDana";
    const ruleset = freshRules();
    const { synchronous } = begin(new PacedAnalyzer(), text, ruleset, 'Dana | Acme');
    expect(synchronous).toHaveLength(1);
    expect(synchronous[0]!.complete).toBe(true);
    expect(synchronous[0]!.findings).toEqual(analyze(text, freshRules(), { signature: 'Dana | Acme' }));
    expect(synchronous[0]!.findings.map((f) => f.text)).toEqual([
      'circle back',
      'synergy',
      'Sorry if you were confused',
    ]);
  });

  it('gives the engine’s connection summary with a complete report, judged as a reply when told so', () => {
    const text = 'Hi Sam,\n\nHow is the launch going? We built a new report for your team.\n\nBest,\nDana';
    const ruleset = freshRules();
    const summaries: unknown[] = [];
    const analyzer = new PacedAnalyzer();
    analyzer.start({ text, ruleset, signature: '' }, (_findings, complete, summary) => {
      expect(complete).toBe(true);
      summaries.push(summary);
    });
    analyzer.start({ text, ruleset, signature: '', reply: true }, (_findings, _complete, summary) =>
      summaries.push(summary),
    );
    expect(summaries).toEqual([
      analyzeMessage(text, freshRules(), { signature: '' }).summaries.coaching,
      analyzeMessage(text, freshRules(), { signature: '', reply: true }).summaries.coaching,
    ]);
    expect(summaries.map((s) => (s as ConnectionSummary).reply)).toEqual([false, true]);
    expect((summaries[0] as ConnectionSummary).questions).toBe(1);
  });

  it('analyses a 1 MB paste in slices, yielding before it is done, and ends with exactly the engine’s findings', async () => {
    const text = pasteText('prose-1mb');
    const { synchronous, reports, done } = begin(new PacedAnalyzer(), text, freshRules());
    expect(synchronous.filter((r) => r.complete)).toEqual([]);
    const findings = await done;
    expect(findings).toEqual(analyze(text, freshRules()));
    expect(findings.length).toBeGreaterThan(500);
    // Progress reports (if the run was slow enough to give any) show only findings the end confirms.
    const final = new Set(findings.map(key));
    for (const progress of reports.filter((r) => !r.complete))
      expect(progress.findings.filter((f) => !final.has(key(f)))).toEqual([]);
    expect(reports.filter((r) => r.complete)).toHaveLength(1);
  });

  it('after a complete analysis, a keystroke in a 1 MB draft is analysed in one call of the engine', async () => {
    const text = pasteText('prose-1mb');
    const ruleset = freshRules();
    const analyzer = new PacedAnalyzer();
    await begin(analyzer, text, ruleset).done;
    const at = text.indexOf('\n\n', 500_000);
    const typed = `${text.slice(0, at)} We should leverage this.${text.slice(at)}`;
    engineCalls.count = 0;
    // Counted, not timed: whether that call fits the task's time left depends on how busy the machine is.
    const { reports, done } = begin(analyzer, typed, ruleset);
    const findings = await done;
    expect(engineCalls.count).toBe(1);
    expect(reports.map((r) => r.complete)).toEqual([true]);
    expect(findings).toEqual(analyze(typed, freshRules()));
  });

  it('drops a stale run when a newer draft arrives: only the newer one completes', async () => {
    const ruleset = freshRules();
    const analyzer = new PacedAnalyzer();
    const first = begin(analyzer, pasteText('prose-1mb'), ruleset);
    const newer = `${generateDraft(3000, 42).text}\nWe should leverage this.`;
    const second = begin(analyzer, newer, ruleset);
    expect(await second.done).toEqual(analyze(newer, freshRules()));
    // Give the first run every chance to go on, had it not been dropped.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.reports.filter((r) => r.complete)).toEqual([]);
  });

  it('a keystroke during a long run goes on from where the run got, to exactly the engine’s findings', async () => {
    const ruleset = freshRules();
    const analyzer = new PacedAnalyzer();
    const text = unseenProse();
    const typed = `${text}x`;
    // The keystroke comes some way into the paste, not through it: after the task of the engine's
    // 20th call (a megabyte takes hundreds). Counted in calls, not time: a fast machine or warm caches
    // could finish before a timer fires, and its first progress report comes only 200 ms in.
    const second = new Promise<ReturnType<typeof begin>>((resolve) => {
      engineCalls.after = { at: engineCalls.count + 20, run: () => resolve(begin(analyzer, typed, ruleset)) };
    });
    const first = begin(analyzer, text, ruleset);
    const { done } = await second;
    expect(await done).toEqual(analyze(typed, freshRules()));
    expect(first.reports.filter((r) => r.complete)).toEqual([]);
  });

  it('starts afresh under new rules: the same draft is analysed again with them', async () => {
    const text = generateDraft(6000, 5).text;
    const analyzer = new PacedAnalyzer();
    await begin(analyzer, text, freshRules()).done;
    const stricter = buildRuleset([
      loadBuiltinPack(),
      { name: 'team', version: '1', rules: [{ id: 'timeline', phrases: ['timeline'], message: 'Say when.' }] },
    ]);
    const findings = await begin(analyzer, text, stricter).done;
    expect(findings).toEqual(analyze(text, stricter));
    expect(findings.filter((f) => f.ruleId === 'team/timeline').length).toBeGreaterThan(0);
  });

  it('stops for good when cancelled', async () => {
    const analyzer = new PacedAnalyzer();
    const run = begin(analyzer, pasteText('prose-1mb'), freshRules());
    analyzer.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run.reports.filter((r) => r.complete)).toEqual([]);
  });
});
