import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingIndex } from '../../src/editor/finding-index';
import type { Finding } from '../../src/engine';

const finding = (start: number, end: number, ruleId = 'default/synergy'): Finding => ({
  ruleId,
  kind: 'buzzword',
  start,
  end,
  text: 'x'.repeat(end - start),
  message: '',
  suggestions: [],
  severity: 'warning',
});

const item = (start: number, end: number, ruleId?: string) => ({ finding: finding(start, end, ruleId) });

/** Findings sorted as the engine gives them: by start, then end. */
const sorted = (items: { finding: Finding }[]) =>
  [...items].sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);

describe('FindingIndex', () => {
  // A sentence-long non-apology over two buzzwords, and a buzzword after it.
  const items = sorted([item(10, 60, 'default/sorry-if'), item(20, 27), item(40, 51), item(80, 87)]);
  const index = new FindingIndex(items);

  it.each([
    ['before every finding', 5, 0, undefined],
    ['inside the long one only', 15, 0, items[0]],
    ['inside a nested one: the first in order, the long one', 22, 0, items[0]],
    ['at a finding’s end', 87, 0, items[3]],
    ['one past an end, without slack', 88, 0, undefined],
    ['one past an end, with one character of slack', 88, 1, items[3]],
    ['between findings', 70, 1, undefined],
  ])('%s', (_name, offset, slack, expected) => {
    expect(index.first(offset, slack)).toBe(expected);
  });

  it('passes over findings that `accept` refuses, to the next in order', () => {
    expect(index.first(22, 0, (i) => i.finding.ruleId === 'default/synergy')).toBe(items[1]);
  });

  it('asks `accept` only about findings around the offset', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item(i * 10, i * 10 + 5));
    const asked: number[] = [];
    const hit = new FindingIndex(many).first(50_002, 1, (i) => {
      asked.push(i.finding.start);
      return true;
    });
    expect(hit).toBe(many[5000]);
    expect(asked).toEqual([50_000]);
  });

  it('finds what a scan of every finding finds', () => {
    const span = fc.tuple(fc.nat(300), fc.nat(40)).map(([start, length]) => item(start, start + length));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.nat(360), fc.nat(2), (spans, offset, slack) => {
        const all = sorted(spans);
        const scan = all.find(
          ({ finding: f }) => f.start - slack <= offset && offset <= f.end + slack && f.end % 3 !== 0,
        );
        expect(new FindingIndex(all).first(offset, slack, (i) => i.finding.end % 3 !== 0)).toBe(scan);
      }),
    );
  });
});
