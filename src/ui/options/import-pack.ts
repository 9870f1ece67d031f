import { LIMITS } from '../../rules/limits';
import { parsePack } from '../../rules/parse';
import type { RulePack } from '../../rules/types';
import { changesAnything, cueCount, defaultMessage, type MergeResult, phraseRules } from './personal-pack';

/**
 * A file the user chose to import, read and checked: every located error, or the pack. Rules from a
 * plain list get the personal default message ("You chose to avoid …") rather than a team's.
 */
export function readImport(
  content: string,
  filename: string,
): { pack: RulePack; errors?: undefined } | { pack?: undefined; errors: string[] } {
  const { pack, errors } = parsePack(content, filename);
  if (!pack) return { errors: errors.length ? errors : [`${filename}: could not be read`] };
  const plain = !/\.json$/i.test(filename) && !/^\uFEFF?\s*[[{]/.test(content);
  if (!plain) return { pack };
  return { pack: { ...pack, rules: phraseRules(pack).map((r) => ({ ...r, message: defaultMessage(r.phrases) })) } };
}

/** Reads a chosen file within the pack size limit; a larger file is refused before it is read. */
export async function readImportFile(file: File): Promise<ReturnType<typeof readImport>> {
  if (file.size > LIMITS.packBytes) {
    return { errors: [`${file.name}: is ${(file.size / 1e6).toFixed(1)} MB (at most ${LIMITS.packBytes / 1e6} MB)`] };
  }
  return readImport(await file.text(), file.name);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the page says after an import: what it added, switched off and re-worded, in counts. */
export function importSummary(filename: string, { changes }: MergeResult): string {
  if (!changesAnything(changes)) {
    return changes.skipped
      ? `Nothing new in ${filename}: you already have all its rules.`
      : `Nothing to import from ${filename}: it holds no rules, switch-offs, re-wordings or cue words.`;
  }
  const lead = changes.added.length
    ? `Imported ${count(changes.added.length, 'rule')} from ${filename}`
    : `Imported from ${filename}`;
  const skipped = changes.skipped ? ` (${count(changes.skipped, 'rule')} you already had left as they were)` : '';
  const cues = cueCount(changes);
  const more = [
    changes.switchedOff.length ? `switched off ${count(changes.switchedOff.length, 'rule')}` : '',
    changes.reworded.length ? `re-worded ${count(changes.reworded.length, 'rule')}` : '',
    cues ? `added ${count(cues, 'cue word')}` : '',
  ].filter(Boolean);
  return `${lead}${skipped}${more.length ? `; ${more.join(', ')}` : ''}.`;
}
