import { useState } from 'preact/hooks';
import { kindLabel } from '../kind-style';
import { ruleName } from './BuiltinRules';
import { errorMessage, useReports } from './live';
import { downloadFile } from './personal-pack';
import { deleteReports, REPORT_LIMIT, reportsJson } from '../../settings/reports';

/**
 * "Not right here" reports made from cards: kept on this device only, listed newest first, with
 * Copy and Export as JSON for whoever keeps the team's list, and Delete.
 */
export function Reports() {
  const reports = useReports();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const list = reports.value ?? [];

  const run = (task: Promise<unknown>, done?: string) => {
    setError(undefined);
    setNote(undefined);
    task.then(
      () => done && setNote(done),
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const copy = () => run(navigator.clipboard.writeText(reportsJson(list)), 'Copied.');
  const exportJson = () =>
    downloadFile(document, 'connection-first-reports.json', reportsJson(list), 'application/json');

  return (
    <section class="card" aria-labelledby="cf-reports-title" data-cf="reports">
      <h2 id="cf-reports-title">"Not right here" reports</h2>
      <p class="intro">
        When a card flags something that was fine, press <em>Not right here</em> on it. The report stays on this device:
        the rule and the date, and the sentence only if you ticked the box. Nothing is sent. Pass them on to whoever
        keeps your team's list. The latest {REPORT_LIMIT} are kept; a newer one drops the oldest.
      </p>
      {reports.error && (
        <p class="error" role="alert">
          The reports could not be read: {reports.error}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p class="muted" data-cf="no-reports">
          No reports yet.
        </p>
      ) : (
        <>
          <p class="buttons">
            <button type="button" data-cf="reports-copy" onClick={copy}>
              Copy
            </button>{' '}
            <button type="button" data-cf="reports-export" onClick={exportJson}>
              Export as JSON
            </button>{' '}
            <button type="button" data-cf="reports-delete-all" onClick={() => run(deleteReports())}>
              Delete all
            </button>
          </p>
          {note && (
            <p class="muted" role="status" data-cf="reports-note">
              {note}
            </p>
          )}
          <ul class="reports">
            {[...list].reverse().map((r) => (
              <li key={r.id} class="report-row" data-cf="report">
                <span class="report-date">{r.date}</span> · <span class="rule-name">{ruleName(r.ruleId)}</span>{' '}
                <small class="rule-id">{r.ruleId}</small> · {kindLabel(r.kind)}
                {r.sentence && <p class="found">“{r.sentence}”</p>}
                <button
                  type="button"
                  data-cf="report-delete"
                  aria-label={`Delete the report on ${ruleName(r.ruleId)} from ${r.date}`}
                  onClick={() => run(deleteReports([r.id]))}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
