import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhraseRule, RulePack } from '../../rules/types';
import type { ActiveRules } from '../../settings/active-ruleset';
import type { PersonalStorage } from '../../settings/model';
import { updatePersonalPack } from '../../settings/personal';
import { CappedList } from './CappedList';
import { ImportChangesView } from './ImportChanges';
import { importSummary, readImportFile } from './import-pack';
import { errorMessage, type Live, type PersonalState } from './live';
import {
  changesAnything,
  changesExisting,
  EMPTY_DRAFT,
  draftFromRule,
  downloadFile,
  type ImportChanges,
  mergeImported,
  packToJson,
  packToText,
  phraseRules,
  removeRule,
  ruleFromDraft,
  upsertRule,
  type MergeResult,
  type RuleDraft,
} from './personal-pack';
import { unknownReferenceLines } from './references';

/** Every line of a save's Error, which names each problem with where it is. */
const errorLines = (e: unknown) =>
  errorMessage(e)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * A located error about the rule being saved, in the form's terms: `personal: rules[3].phrases[1]:
 * …` becomes `Phrase "…": …`. Other lines are kept as they are.
 */
function formErrorLine(line: string, pack: RulePack, ruleId: string): string {
  const m = /^[^:]*: rules\[(\d+)\]\.(phrases|message|suggestions|id)(?:\[(\d+)\])?[^:]*: (.*)$/.exec(line);
  if (!m) return line;
  const rule = pack.rules?.[Number(m[1])] as PhraseRule | undefined;
  if (!rule || rule.id !== ruleId) return line;
  const [, , field, index, problem] = m;
  if (field === 'phrases' && index !== undefined) return `Phrase "${rule.phrases[Number(index)]}": ${problem}`;
  if (field === 'phrases') return `Phrases: ${problem}`;
  if (field === 'message') return `Message: ${problem}`;
  if (field === 'suggestions') return `Suggestion: ${problem}`;
  return line;
}

const STORAGE_TEXT: Record<PersonalStorage, string> = {
  sync: 'Synced across your browsers',
  local: 'Too large to sync: kept on this computer only',
};

const showPhrases = (rule: PhraseRule) => rule.phrases.join(', ');
const firstSuggestion = (rule: PhraseRule) => {
  const s = rule.suggestions?.[0];
  return s === undefined ? undefined : typeof s === 'string' ? s : s.replacement;
};

/** An import that changes rules the user already has, waiting for their word. */
interface PendingImport {
  filename: string;
  pack: RulePack;
  changes: ImportChanges;
}

interface Props {
  personal: Live<PersonalState>;
  /** The rules in force: where the personal pack names rules that do not exist. */
  active?: ActiveRules;
}

/** The user's own phrase rules: add, edit, remove, import and export. */
export function PersonalRules({ personal, active }: Props) {
  const state = personal.value;
  const rules = state ? phraseRules(state.pack) : [];
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_DRAFT);
  const [editing, setEditing] = useState<string>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [removed, setRemoved] = useState<PhraseRule>();
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [importNote, setImportNote] = useState<string>();
  const [pending, setPending] = useState<PendingImport>();
  const [imported, setImported] = useState<ImportChanges>();
  const [savedTo, setSavedTo] = useState<PersonalStorage>();
  const phrasesField = useRef<HTMLTextAreaElement>(null);

  // A change arriving from storage is the truth again.
  useEffect(() => setSavedTo(undefined), [state]);
  const storage = savedTo ?? state?.storage;

  const field = (key: keyof RuleDraft) => (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    setDraft((d) => ({ ...d, [key]: e.currentTarget.value }));

  const startEdit = (rule: PhraseRule) => {
    setEditing(rule.id);
    setDraft(draftFromRule(rule));
    setFormErrors([]);
    setNote(undefined);
    phrasesField.current?.focus();
  };

  const resetForm = () => {
    setEditing(undefined);
    setDraft(EMPTY_DRAFT);
    setFormErrors([]);
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (!state || busy) return;
    const editingRule = editing ? rules.find((r) => r.id === editing) : undefined;
    const result = ruleFromDraft(draft, new Set(rules.map((r) => r.id)), editingRule);
    if (!result.rule) return setFormErrors([result.error]);
    const { rule } = result;
    let saved: RulePack | undefined;
    setBusy(true);
    setFormErrors([]);
    setNote(undefined);
    updatePersonalPack((pack) => (saved = upsertRule(pack, rule)))
      .then((where) => {
        setSavedTo(where);
        resetForm();
        setNote(`${editingRule ? 'Saved' : 'Added'} “${showPhrases(rule)}”.`);
      })
      .catch((err: unknown) =>
        setFormErrors(errorLines(err).map((l) => (saved ? formErrorLine(l, saved, rule.id) : l))),
      )
      .finally(() => setBusy(false));
  };

  const remove = (rule: PhraseRule) => {
    setBusy(true);
    setNote(undefined);
    updatePersonalPack((pack) => removeRule(pack, rule.id))
      .then((where) => {
        setSavedTo(where);
        if (editing === rule.id) resetForm();
        setRemoved(rule);
        setNote(`Removed “${showPhrases(rule)}”.`);
      })
      .catch((err: unknown) => setNote(`Could not remove “${showPhrases(rule)}”: ${errorMessage(err)}`))
      .finally(() => setBusy(false));
  };

  const undoRemove = () => {
    if (!removed) return;
    const rule = removed;
    setRemoved(undefined);
    updatePersonalPack((pack) => upsertRule(pack, rule))
      .then((where) => {
        setSavedTo(where);
        setNote(`Brought back “${showPhrases(rule)}”.`);
      })
      .catch((err: unknown) => setNote(`Could not bring back “${showPhrases(rule)}”: ${errorMessage(err)}`));
  };

  /** Merges `pack` into the pack as stored when its turn comes, and says what that changed. */
  const applyImport = async (filename: string, pack: RulePack) => {
    let merged: MergeResult | undefined;
    const where = await updatePersonalPack((mine) => {
      merged = mergeImported(mine, pack);
      return changesAnything(merged.changes) ? merged.pack : undefined;
    });
    setSavedTo(where);
    setImportNote(importSummary(filename, merged!));
    if (changesAnything(merged!.changes)) setImported(merged!.changes);
  };

  /** Runs one step of an import with the section busy; a failure lists its problems. */
  const importing = async (step: () => Promise<void>) => {
    setImportErrors([]);
    setImportNote(undefined);
    setImported(undefined);
    setBusy(true);
    try {
      await step();
    } catch (err) {
      setImportErrors(errorLines(err));
    } finally {
      setBusy(false);
    }
  };

  // Rules added apply at once; switching off or re-wording rules the user has waits for their word.
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !state) return;
    setPending(undefined);
    await importing(async () => {
      const read = await readImportFile(file);
      if (!read.pack) return setImportErrors(read.errors);
      const { changes } = mergeImported(state.pack, read.pack);
      if (changesExisting(changes)) return setPending({ filename: file.name, pack: read.pack, changes });
      await applyImport(file.name, read.pack);
    });
    // The same file may be chosen again after it is fixed.
    input.value = '';
  };

  const confirmImport = () => {
    if (!pending) return;
    setPending(undefined);
    void importing(() => applyImport(pending.filename, pending.pack));
  };

  const cancelImport = () => {
    if (!pending) return;
    setPending(undefined);
    setImportNote(`Nothing was imported from ${pending.filename}; your rules are as they were.`);
  };

  const unknown = unknownReferenceLines(active?.unknownReferences, state?.pack.name, 'Your rules');

  const exportAs = (kind: 'json' | 'text') => {
    if (!state) return;
    if (kind === 'json')
      downloadFile(document, 'connection-first-personal.json', packToJson(state.pack), 'application/json');
    else downloadFile(document, 'connection-first-personal.txt', packToText(state.pack), 'text/plain');
  };

  return (
    <section class="card" aria-labelledby="cf-personal-title" data-cf="personal-rules">
      <h2 id="cf-personal-title">Your own phrases</h2>
      <p class="intro">Phrases you want flagged in your own drafts, on top of the built-in and team rules.</p>
      {personal.error && (
        <p class="error" role="alert">
          Your personal rules could not be read: {personal.error}
        </p>
      )}
      {storage && (
        <p class={`storage ${storage}`} data-cf="sync-state" data-storage={storage}>
          {STORAGE_TEXT[storage]}
        </p>
      )}

      {unknown.length > 0 && (
        <div class="warning" role="note" data-cf="personal-unknown">
          <CappedList lines={unknown} itemCf="unknown-reference" />
        </div>
      )}

      {state && rules.length === 0 && <p class="muted">No personal rules yet.</p>}
      {rules.length > 0 && (
        <ul class="rules personal">
          {rules.map((rule) => {
            const suggestion = firstSuggestion(rule);
            return (
              <li
                key={rule.id}
                class={`rule${editing === rule.id ? ' editing' : ''}`}
                data-cf="personal-rule"
                data-rule={`${state!.pack.name}/${rule.id}`}
              >
                <div class="rule-head">
                  <span class="phrases">{showPhrases(rule)}</span>
                  <span class="actions">
                    <button
                      type="button"
                      data-cf="edit-rule"
                      aria-label={`Edit “${showPhrases(rule)}”`}
                      disabled={busy}
                      onClick={() => startEdit(rule)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      data-cf="remove-rule"
                      aria-label={`Remove “${showPhrases(rule)}”`}
                      disabled={busy}
                      onClick={() => remove(rule)}
                    >
                      Remove
                    </button>
                  </span>
                </div>
                <p class="rule-message">{rule.message}</p>
                {suggestion !== undefined && <p class="muted">Suggests: {suggestion}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {note && (
        <p class="note" role="status" data-cf="personal-note">
          {note}{' '}
          {removed && note.startsWith('Removed') && (
            <button type="button" class="link" data-cf="undo-remove" onClick={undoRemove}>
              Undo
            </button>
          )}
        </p>
      )}

      <form class="rule-form" data-cf="rule-form" onSubmit={onSubmit} aria-labelledby="cf-rule-form-title" noValidate>
        <h3 id="cf-rule-form-title">{editing ? 'Edit rule' : 'Add a rule'}</h3>
        <label for="cf-phrases">Phrases</label>
        <textarea
          id="cf-phrases"
          ref={phrasesField}
          data-cf="rule-phrases"
          rows={2}
          value={draft.phrases}
          onInput={field('phrases')}
          aria-describedby="cf-phrases-help"
          required
        />
        <p id="cf-phrases-help" class="help">
          One or more, separated by commas or line breaks. <code>*</code> stands for any one word.
        </p>
        <label for="cf-message">Message (optional)</label>
        <input
          id="cf-message"
          type="text"
          data-cf="rule-message"
          value={draft.message}
          onInput={field('message')}
          placeholder="You chose to avoid …"
        />
        <label for="cf-suggestion">Suggestion (optional)</label>
        <input
          id="cf-suggestion"
          type="text"
          data-cf="rule-suggestion"
          value={draft.suggestion}
          onInput={field('suggestion')}
          placeholder="What to write instead"
        />
        {formErrors.length > 0 && (
          <div role="alert">
            <CappedList lines={formErrors} class="error" cf="rule-errors" />
          </div>
        )}
        <div class="buttons">
          <button type="submit" class="primary" data-cf="save-rule" disabled={!state || busy}>
            {editing ? 'Save rule' : 'Add rule'}
          </button>
          {editing && (
            <button type="button" data-cf="cancel-edit" onClick={resetForm}>
              Cancel
            </button>
          )}
        </div>
      </form>

      <div class="transfer">
        <h3>Import and export</h3>
        <label for="cf-import">
          Import a rule pack (.json) or a plain list (.txt, one phrase per line, optionally{' '}
          <code>phrase =&gt; replacement</code>)
        </label>
        <input
          id="cf-import"
          type="file"
          accept=".json,.txt,application/json,text/plain"
          data-cf="import"
          disabled={!state || busy}
          onChange={onImport}
        />
        {importErrors.length > 0 && (
          <div class="error" role="alert">
            <p>Nothing was imported:</p>
            <CappedList lines={importErrors} cf="import-errors" itemCf="import-error" />
          </div>
        )}
        {pending && (
          <fieldset class="warning" data-cf="import-preview">
            <legend>{pending.filename} changes rules you already have. Nothing changes until you confirm.</legend>
            <ImportChangesView changes={pending.changes} />
            <div class="buttons">
              <button type="button" class="primary" data-cf="import-confirm" onClick={confirmImport}>
                Import and apply these changes
              </button>
              <button type="button" data-cf="import-cancel" onClick={cancelImport}>
                Cancel
              </button>
            </div>
          </fieldset>
        )}
        {importNote && (
          <p class="note" role="status" data-cf="import-note">
            {importNote}
          </p>
        )}
        {imported && <ImportChangesView changes={imported} />}
        <div class="buttons">
          <button type="button" data-cf="export-json" disabled={!state} onClick={() => exportAs('json')}>
            Export as rule pack (.json)
          </button>
          <button type="button" data-cf="export-text" disabled={!state} onClick={() => exportAs('text')}>
            Export as plain list (.txt)
          </button>
        </div>
      </div>
    </section>
  );
}
