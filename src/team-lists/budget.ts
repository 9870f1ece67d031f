import type { TeamList } from '../settings/model';

/**
 * What team lists may take of storage.local. Chromium gives an extension without
 * `unlimitedStorage` 10 MB there (QUOTA_BYTES: 10,485,760 bytes, each key counted with its value's
 * JSON), and once it is full every write fails: no list, no error, not the personal pack's copy,
 * not the remembered policy. So the lists' copies have a budget of their own:
 *
 * - `bytesPerList`, 1.25 MB: any list the 1 MB download limit lets through fits, including a plain
 *   list whose lines grow into rules with ids and messages (a list of mostly 3-byte characters can
 *   grow past it, and is then refused with a message);
 * - `totalBytes`, 5 MB: four of the largest lists, or dozens of ordinary ones.
 *
 * The rest of the 10 MB holds the personal pack's copy (at most 1 MB, settings/personal/check.ts),
 * the last policy seen (at most 1 MB, settings/managed.ts) and small settings, with about 3 MB to spare.
 */
export const LIST_STORAGE = {
  bytesPerList: 1_250_000,
  totalBytes: 5_000_000,
  /** A stored error is for a person to read in a row of the options page: a few lines at most. */
  errorChars: 300,
} as const;

const encoder = new TextEncoder();

/** What a list costs in storage: its JSON in UTF-8 bytes (its key is shared by all lists). */
const storedBytes = (list: TeamList) => encoder.encode(JSON.stringify(list)).length;

const megabytes = (bytes: number) => `${Number((bytes / 1e6).toFixed(2))} MB`;

/** An error clipped to `LIST_STORAGE.errorChars`, never splitting a character. */
export function clipError(error: string): string {
  if (error.length <= LIST_STORAGE.errorChars) return error;
  const cut = error.slice(0, LIST_STORAGE.errorChars - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/** Why `list` (with a new copy) cannot be stored beside `others`, or undefined when it fits the budget. */
export function budgetProblem(list: TeamList, others: readonly TeamList[]): string | undefined {
  const bytes = storedBytes(list);
  if (bytes > LIST_STORAGE.bytesPerList) {
    const most = megabytes(LIST_STORAGE.bytesPerList);
    return `The list needs ${megabytes(bytes)} of this browser's storage; one list may use at most ${most}.`;
  }
  const total = others.reduce((sum, other) => sum + storedBytes(other), bytes);
  if (total > LIST_STORAGE.totalBytes) {
    return (
      `Team lists may use ${megabytes(LIST_STORAGE.totalBytes)} of this browser's storage together, and this ` +
      `copy (${megabytes(bytes)}) would take them past it. Remove a list you no longer need.`
    );
  }
  return undefined;
}

const DROPPED =
  "This list's copy was removed: team lists together may use at most " +
  `${megabytes(LIST_STORAGE.totalBytes)} of this browser's storage.`;

/**
 * The lists with every copy past the total budget removed, the administrator's lists kept first,
 * then the user's in subscription order. Only copies stored before there was a budget can be past
 * it; removing them is what lets anything be written again. Returns `lists` itself when all fit.
 */
export function dropOverBudget(lists: TeamList[]): TeamList[] {
  const total = lists.reduce((sum, list) => sum + storedBytes(list), 0);
  if (total <= LIST_STORAGE.totalBytes) return lists;
  const byPriority = [...lists.filter((l) => l.managed), ...lists.filter((l) => !l.managed)];
  const dropped = new Set<TeamList>();
  let kept = 0;
  for (const list of byPriority) {
    const bytes = storedBytes(list);
    if (list.pack && kept + bytes > LIST_STORAGE.totalBytes) dropped.add(list);
    else kept += bytes;
  }
  return lists.map((list) => {
    if (!dropped.has(list)) return list;
    const { pack: _pack, ruleCount: _count, etag: _etag, lastModified: _modified, ...rest } = list;
    return { ...rest, lastError: DROPPED };
  });
}

/**
 * Whether a storage write failed on the quota. Chromium says "QUOTA_BYTES quota exceeded" or
 * "Resource::kQuotaBytes quota exceeded"; a DOMException names itself QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || /quota/i.test(typeof message === 'string' ? message : String(error));
}

export const STORAGE_FULL =
  "This browser's storage for the extension is full, so the new copy could not be saved. " +
  'Remove a list you no longer need.';
