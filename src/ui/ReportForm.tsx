import { useId, useState } from 'preact/hooks';

/** Mouse presses on our controls must not take focus (and the caret) away from the editor. */
const keepEditorFocus = (e: MouseEvent) => e.preventDefault();

/**
 * The card's "Not right here" step: the report names the rule and the date; the sentence goes in
 * only if the user ticks the box. It is kept on this device; nothing is sent.
 */
export function ReportForm({ onSave, onCancel }: { onSave(withSentence: boolean): void; onCancel(): void }) {
  const [withSentence, setWithSentence] = useState(false);
  const boxId = useId();
  return (
    <div class="cf-report" data-cf="report-form">
      <p class="cf-report-note">
        Keep a note on this device that this rule was wrong here. It names the rule and the date.
      </p>
      <label class="cf-report-check" for={boxId} onMouseDown={keepEditorFocus}>
        <input
          id={boxId}
          type="checkbox"
          data-cf="report-sentence"
          checked={withSentence}
          onMouseDown={keepEditorFocus}
          onChange={(e) => setWithSentence(e.currentTarget.checked)}
        />{' '}
        Include the sentence
      </label>
      <div class="cf-report-buttons">
        <button
          type="button"
          class="cf-suggestion"
          data-cf="report-save"
          onMouseDown={keepEditorFocus}
          onClick={() => onSave(withSentence)}
        >
          Keep report
        </button>
        <button type="button" class="cf-link" data-cf="report-cancel" onMouseDown={keepEditorFocus} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
