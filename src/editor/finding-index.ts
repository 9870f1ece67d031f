import type { Finding } from '../engine';

/**
 * Findings sorted by start, looked up by a text offset without visiting them all: a binary search
 * finds the last one starting at or before the offset, then the search walks back only while some
 * earlier finding still reaches that far (a running maximum of ends says so). A hover over a 1 MB
 * draft looks at a handful of findings, not thousands.
 */
export class FindingIndex<T extends { finding: Finding }> {
  /** `reach[i]`: the furthest end among items 0..i. */
  private readonly reach: number[] = [];

  constructor(readonly items: readonly T[]) {
    let furthest = -1;
    for (const { finding } of items) {
      furthest = Math.max(furthest, finding.end);
      this.reach.push(furthest);
    }
  }

  /**
   * The first item, in order, whose finding covers `offset` give or take `slack` characters
   * (`start - slack <= offset <= end + slack`) and that `accept` takes.
   */
  first(offset: number, slack: number, accept: (item: T) => boolean = () => true): T | undefined {
    let found: T | undefined;
    for (let i = this.lastStartingBy(offset + slack); i >= 0 && this.reach[i]! >= offset - slack; i--) {
      const item = this.items[i]!;
      if (item.finding.end >= offset - slack && accept(item)) found = item;
    }
    return found;
  }

  /** Index of the last item whose finding starts at or before `offset`, or -1. */
  private lastStartingBy(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.finding.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
