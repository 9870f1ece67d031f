import { describeJsonError } from './json-error';
import { packSizeProblem } from './pack-size';
import { parsePlainList } from './plain-list';
import { type PackResult, type ValidateOptions, validatePack } from './validate';

/**
 * Reads a rule pack, JSON or a plain list, and reports every problem with its location. Its size in
 * bytes is checked first, so an oversized text is refused before it is parsed.
 */
export function parsePack(content: string, source: string, options: ValidateOptions = {}): PackResult {
  // A byte order mark at the start is how some editors save UTF-8; it is no part of the pack.
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const tooLarge = packSizeProblem(text);
  if (tooLarge) return { errors: [`${source}: ${tooLarge}`] };
  const looksJson = /\.json$/i.test(source) || /^\s*[[{]/.test(text);
  if (!looksJson) return parsePlainList(text, source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [`${source}: ${describeJsonError(text, error)}`] };
  }
  return validatePack(value, source, options);
}
