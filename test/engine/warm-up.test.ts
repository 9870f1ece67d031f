import { describe, expect, it } from 'vitest';
import { nonApologies } from '../../src/engine/detectors/non-apologies';
import { engineWarm, warmUpNow } from '../../src/engine/warm-up';
import { buildRuleset, loadBuiltinPack } from '../../src/rules';

// V8 compiles a regular expression to machine code at its second run, not its first: a warm-up that
// runs a pattern once leaves that compile to the user's first paste. This file's module state is its
// own, so the engine starts cold here.
describe('the engine warm-up', () => {
  it('runs every non-apology shape at least twice', () => {
    const rules = buildRuleset([loadBuiltinPack()]);
    const runs = new Map<RegExp, number>();
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      runs.set(this, (runs.get(this) ?? 0) + 1);
      return exec.call(this, text);
    };
    try {
      expect(engineWarm()).toBe(false);
      warmUpNow(rules);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(engineWarm()).toBe(true);
    const shapes = nonApologies.prepare!(rules).shapes;
    expect(shapes.length).toBeGreaterThan(20);
    expect(shapes.filter((shape) => (runs.get(shape.pattern) ?? 0) < 2).map((shape) => shape.binding)).toEqual([]);
  });
});
