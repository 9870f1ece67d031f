import type { FindingKind } from '../engine';
import { falseAlarmReports } from './items';
import type { FalseAlarmReport } from './model';

/** At most this many reports are kept; a new one past it drops the oldest. */
export const REPORT_LIMIT = 200;

const isReport = (r: unknown): r is FalseAlarmReport =>
  !!r &&
  typeof r === 'object' &&
  typeof (r as FalseAlarmReport).id === 'string' &&
  typeof (r as FalseAlarmReport).ruleId === 'string' &&
  typeof (r as FalseAlarmReport).date === 'string';

/** The reports as stored, oldest first; anything malformed is left out. */
export async function loadReports(): Promise<FalseAlarmReport[]> {
  const stored = await falseAlarmReports.getValue();
  return Array.isArray(stored) ? stored.filter(isReport) : [];
}

/** Follows the reports; returns the unsubscribe. */
export const watchReports = (cb: (reports: FalseAlarmReport[]) => void) =>
  falseAlarmReports.watch((value) => cb(Array.isArray(value) ? value.filter(isReport) : []));

/** Today as `2026-12-02`, in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Keeps a report; answers how many of the oldest went to make room (0 below the cap). Throws when
 * storage refuses, and then the reports stored before stay as they were.
 */
export async function addReport(
  report: { ruleId: string; kind: FindingKind; sentence?: string },
  now = new Date(),
): Promise<number> {
  const reports = await loadReports();
  const entry: FalseAlarmReport = {
    id: crypto.randomUUID(),
    ruleId: report.ruleId,
    kind: report.kind,
    date: today(now),
    ...(report.sentence ? { sentence: report.sentence } : {}),
  };
  const next = [...reports, entry];
  const dropped = Math.max(0, next.length - REPORT_LIMIT);
  await falseAlarmReports.setValue(next.slice(dropped));
  return dropped;
}

/** Deletes the reports with these ids (all of them when `ids` is undefined). */
export async function deleteReports(ids?: readonly string[]): Promise<void> {
  if (!ids) {
    await falseAlarmReports.setValue([]);
    return;
  }
  const gone = new Set(ids);
  await falseAlarmReports.setValue((await loadReports()).filter((r) => !gone.has(r.id)));
}

/** The reports as JSON for whoever keeps the team's list: no ids, nothing but what was reported. */
export function reportsJson(reports: readonly FalseAlarmReport[]): string {
  const plain = reports.map(({ ruleId, kind, date, sentence }) => ({
    ruleId,
    kind,
    date,
    ...(sentence ? { sentence } : {}),
  }));
  return `${JSON.stringify({ format: 'connection-first-reports', version: 1, reports: plain }, null, 2)}\n`;
}
