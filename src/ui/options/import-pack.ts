import { LIMITS } from '../../rules/limits';
import { parsePack } from '../../rules/parse';
import type { RulePack } from '../../rules/types';
import { defaultMessage, phraseRules, type MergeResult } from './personal-pack';

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

/** What the page says after a successful import. */
export function importSummary(filename: string, result: MergeResult): string {
  const rules = (n: number) => `${n} rule${n === 1 ? '' : 's'}`;
  if (result.added === 0) return `Nothing new in ${filename}: you already have all its rules.`;
  const skipped = result.skipped ? ` (${rules(result.skipped)} you already had left as they were)` : '';
  return `Imported ${rules(result.added)} from ${filename}${skipped}.`;
}
