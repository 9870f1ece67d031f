import { describe, expect, it, vi } from 'vitest';
import { PacedAnalyzer } from '../../src/editor/paced-analysis';
import type { Finding } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { engineWarm } from '../../src/engine/warm-up';
import { buildRuleset, loadBuiltinPack } from '../../src/rules';

/**
 * The engine's calls in each task: a call starts a count that the end of its task (the first
 * microtask after it) closes, so `mostInOneTask` is the most calls any one task made.
 */
const calls = vi.hoisted(() => ({ inTask: 0, mostInOneTask: 0 }));
vi.mock('../../src/engine/analyze', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/engine/analyze')>();
  const counted =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => {
      if (calls.inTask++ === 0) queueMicrotask(() => (calls.inTask = 0));
      calls.mostInOneTask = Math.max(calls.mostInOneTask, calls.inTask);
      return call(...args);
    };
  return { ...engine, analyze: counted(engine.analyze), analyzeMessage: counted(engine.analyzeMessage) };
});

const DRAFT = "Hi Sam,\n\nLet's circle back on the synergy. Sorry if you were confused.\n\nBest,\nDana";

function begin(analyzer: PacedAnalyzer, text: string) {
  const reports: Finding[][] = [];
  const done = new Promise<Finding[]>((resolve) =>
    analyzer.start({ text, ruleset: buildRuleset([loadBuiltinPack()]), signature: '' }, (findings, complete) => {
      reports.push(findings);
      if (complete) resolve(findings);
    }),
  );
  return { synchronous: [...reports], done };
}

// This file's module state is its own: the engine starts cold here, as in a page where the user
// pastes the moment a compose opens, before any idle moment warmed it.
describe('a cold engine', () => {
  it('is warmed a part per task before the first analysis, none of it in the task that asked', async () => {
    expect(engineWarm()).toBe(false);
    const cold = begin(new PacedAnalyzer(), DRAFT);
    expect(cold.synchronous).toEqual([]);
    expect(await cold.done).toEqual(analyze(DRAFT, buildRuleset([loadBuiltinPack()])));
    expect(calls.mostInOneTask).toBe(1);
    expect(engineWarm()).toBe(true);

    // Warm now: a short draft is analysed in the task that asks, as a keystroke's is.
    const warm = begin(new PacedAnalyzer(), `${DRAFT} Thanks!`);
    expect(warm.synchronous).toHaveLength(1);
  });
});
