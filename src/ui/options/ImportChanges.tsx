import { CappedList } from './CappedList';
import type { ImportChanges } from './personal-pack';

/** Cue words shown on one list's line before the rest are counted. */
const CUE_WORDS_SHOWN = 10;

function cueLine(list: string, words: readonly string[]): string {
  const rest = words.length - CUE_WORDS_SHOWN;
  const more = rest > 0 ? ` and ${rest.toLocaleString('en-US')} more` : '';
  return `${list}: ${words.slice(0, CUE_WORDS_SHOWN).join(', ')}${more}`;
}

/** Exactly what an import changes, one list per kind of change, each capped. */
export function ImportChangesView({ changes }: { changes: ImportChanges }) {
  const sections = [
    { title: 'New rules', cf: 'import-added', lines: changes.added.map((rule) => rule.phrases.join(', ')) },
    { title: 'Switched off', cf: 'import-switched-off', lines: changes.switchedOff },
    { title: 'Re-worded', cf: 'import-reworded', lines: changes.reworded },
    {
      title: 'Cue words',
      cf: 'import-cues',
      lines: Object.entries(changes.cues).map(([list, words]) => cueLine(list, words)),
    },
  ].filter((section) => section.lines.length > 0);
  return (
    <div class="import-changes" data-cf="import-changes">
      {sections.map(({ title, cf, lines }) => (
        <div key={cf}>
          <h4>{title}</h4>
          <CappedList lines={lines} cf={cf} itemCf="import-change" />
        </div>
      ))}
    </div>
  );
}
