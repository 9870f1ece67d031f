import { describeJsonError } from './json-error';
import { LIMITS } from './limits';
import type { PhraseRule, RulePack } from './types';
import { phraseProblem, validatePack, type PackResult, type ValidateOptions } from './validate';

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'rule';

type PlainLine = { phrase: string; replacement?: string } | { error: string } | undefined;

/** One line of a plain list: a phrase and its replacement, an error, or nothing (blank or comment). */
function readPlainLine(raw: string): PlainLine {
  const line = raw.replace(/#.*$/, '').trim();
  if (!line) return undefined;
  const [phrase = '', replacement, extra] = line.split('=>').map((part) => part.trim());
  if (extra !== undefined) return { error: 'use "=>" once: phrase => replacement' };
  const problem = phraseProblem(phrase);
  if (problem) return { error: problem };
  if (replacement !== undefined && (replacement === '' || replacement.length > LIMITS.suggestionChars)) {
    return { error: `the replacement after "=>" must be 1 to ${LIMITS.suggestionChars} characters` };
  }
  return { phrase, replacement };
}

/**
 * A plain list, one phrase per line, optionally `phrase => replacement`; `#` starts a comment.
 * The pack is named after the file so its rule ids read `sales-team/per-my-last-email`.
 */
function parsePlainList(content: string, source: string): PackResult {
  const errors: string[] = [];
  const rules: PhraseRule[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of content.split(/\r?\n/).entries()) {
    const read = readPlainLine(raw);
    if (!read) continue;
    if ('error' in read) {
      errors.push(`${source}: line ${i + 1}: ${read.error}`);
      continue;
    }
    const { phrase, replacement } = read;
    let id = slug(phrase);
    for (let n = 2; ids.has(id); n++) id = `${slug(phrase)}-${n}`;
    ids.add(id);
    rules.push({
      id,
      phrases: [phrase],
      message: `Your team chose to avoid "${phrase}" in customer mail.`,
      ...(replacement ? { suggestions: [replacement] } : {}),
    });
  }
  if (rules.length > LIMITS.rulesPerPack)
    errors.push(`${source}: has ${rules.length} phrases (at most ${LIMITS.rulesPerPack})`);
  if (errors.length) return { errors };
  const name = slug(source.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  const pack: RulePack = { name, version: '1', rules };
  return validatePack(pack, source);
}

/** Reads a rule pack, JSON or a plain list, and reports every problem with its location. */
export function parsePack(content: string, source: string, options: ValidateOptions = {}): PackResult {
  const text = content.replace(/^\uFEFF/, '');
  if (text.length > LIMITS.packBytes) {
    return { errors: [`${source}: is ${(text.length / 1e6).toFixed(1)} MB (at most ${LIMITS.packBytes / 1e6} MB)`] };
  }
  const looksJson = /\.json$/i.test(source) || /^\s*[[{]/.test(text);
  if (!looksJson) return parsePlainList(text, source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { errors: [`${source}: ${describeJsonError(text)}`] };
  }
  return validatePack(value, source, options);
}
