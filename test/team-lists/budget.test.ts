import { describe, expect, it } from 'vitest';
import type { TeamList } from '../../src/settings/model';
import { budgetProblem, clipError, dropOverBudget, isQuotaError, LIST_STORAGE } from '../../src/team-lists/budget';

const bytes = (list: TeamList) => new TextEncoder().encode(JSON.stringify(list)).length;

/** A list with a copy whose stored entry takes exactly `size` bytes. */
function listOf(size: number, url: string, extra: Partial<TeamList> = {}): TeamList {
  const base: TeamList = { url, ...extra, pack: { name: 'x', version: '1', description: '' } };
  const description = 'd'.repeat(size - bytes(base));
  const list = { ...base, pack: { ...base.pack!, description } };
  expect(bytes(list)).toBe(size);
  return list;
}

const url = (i: number) => `https://lists.example.com/${i}.json`;

describe('the storage budget of team lists', () => {
  it('leaves room in Chromium’s 10 MB for the personal copy and the remembered policy', () => {
    expect(LIST_STORAGE.totalBytes + 1_000_000 + 1_000_000).toBeLessThan(10_485_760 - 3_000_000);
    expect(LIST_STORAGE.bytesPerList).toBeGreaterThan(1_000_000);
  });

  it('refuses one list past the per-list cap, and a copy that takes the lists past the total', () => {
    expect(budgetProblem(listOf(LIST_STORAGE.bytesPerList, url(0)), [])).toBeUndefined();
    expect(budgetProblem(listOf(LIST_STORAGE.bytesPerList + 1, url(0)), [])).toBe(
      "The list needs 1.25 MB of this browser's storage; one list may use at most 1.25 MB.",
    );
    const others = [listOf(1_000_000, url(1)), listOf(1_000_000, url(2)), listOf(1_000_000, url(3))];
    expect(budgetProblem(listOf(2_000_000 - 1, url(0)), others)).toBe(
      "The list needs 2 MB of this browser's storage; one list may use at most 1.25 MB.",
    );
    expect(budgetProblem(listOf(1_000_000, url(0)), [...others, listOf(1_000_000, url(4))])).toBeUndefined();
    expect(budgetProblem(listOf(1_000_001, url(0)), [...others, listOf(1_000_000, url(4))])).toBe(
      "Team lists may use 5 MB of this browser's storage together, and this copy (1 MB) would take them past it. Remove a list you no longer need.",
    );
  });

  it('drops copies stored before the budget, keeping the administrator’s lists first', () => {
    const lists = [
      listOf(1_200_000, url(0)),
      listOf(1_200_000, url(1)),
      listOf(1_200_000, url(2), { managed: true }),
      listOf(1_200_000, url(3)),
      listOf(1_200_000, url(4), { managed: true }),
      { url: url(5), lastSuccess: 1 },
    ];
    const kept = dropOverBudget(lists);
    expect(kept.map((l) => [l.url, l.pack !== undefined])).toEqual([
      [url(0), true],
      [url(1), true],
      [url(2), true],
      [url(3), false],
      [url(4), true],
      [url(5), false],
    ]);
    expect(kept[3]).toEqual({
      url: url(3),
      lastError: "This list's copy was removed: team lists together may use at most 5 MB of this browser's storage.",
    });
    expect(kept[5]).toBe(lists[5]);
    const within = lists.slice(0, 4);
    expect(dropOverBudget(within)).toBe(within);
  });

  it('clips an error to a few hundred characters, never halving a character', () => {
    expect(clipError('short')).toBe('short');
    const huge = clipError('x'.repeat(900_000));
    expect(huge).toBe(`${'x'.repeat(LIST_STORAGE.errorChars - 1)}…`);
    const emoji = clipError(`${'x'.repeat(LIST_STORAGE.errorChars - 2)}😀😀`);
    expect(emoji).toBe(`${'x'.repeat(LIST_STORAGE.errorChars - 2)}…`);
  });

  it('knows the quota errors browsers report', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))).toBe(
      true,
    );
    expect(isQuotaError(new Error('IO error: .../LOCK: No further details.'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
