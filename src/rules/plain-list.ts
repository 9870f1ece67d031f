import { LIMITS } from './limits';
import { findInvisible, phraseProblem } from './phrase-text';
import { ProblemList } from './problems';
import type { PhraseRule, RulePack } from './types';
import { codePointCount } from './unicode';
import { type PackResult, validatePack } from './validate';

// Windows, Unix and old Mac line endings, in any mix: a list saved on any machine reads the same.
const LINE_BREAK = /\r\n|\r|\n/;
// A "#" standing alone in a replacement is most likely a comment someone put at the end of the line.
const LONE_HASH = /(?:^|\s)#(?=\s|$)/;
const COMMENT_RULE = '"#" starts a comment only at the start of a line';
const OWN_LINE = 'put the comment on a line of its own';
const HASH_IN_PHRASE = `${COMMENT_RULE}, and a phrase cannot hold one; ${OWN_LINE}`;
const HASH_IN_REPLACEMENT = `${COMMENT_RULE}; ${OWN_LINE} (a "#" joined to a word, as in "#1", is kept)`;
// Rule ids are at most 64 characters (validate.ts), a number added to the end of a long one included.
const ID_CHARS = 64;

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'rule';

/** Lines that are neither blank nor comments: each is meant as one rule. */
const isRuleLine = (line: string) => {
  const start = line.trimStart();
  return start !== '' && !start.startsWith('#');
};

interface LineProblem {
  /** 1-based column in the line, when the problem is at one place of it. */
  column?: number;
  problem: string;
}

type RuleLine = { phrase: string; replacement?: string } | LineProblem;

/** The replacement after "=>", or a problem; `column` is where the replacement starts in its line. */
function readReplacement(raw: string, column: number): { replacement: string } | LineProblem {
  const replacement = raw.trim();
  if (replacement === '' || codePointCount(replacement) > LIMITS.suggestionChars) {
    return { problem: `the replacement after "=>" must be 1 to ${LIMITS.suggestionChars} characters` };
  }
  const hash = LONE_HASH.exec(raw);
  if (hash) {
    return { column: column + hash.index + hash[0].indexOf('#'), problem: HASH_IN_REPLACEMENT };
  }
  return { replacement };
}

/** One rule line: `phrase` or `phrase => replacement`. */
function readRuleLine(line: string): RuleLine {
  const invisible = findInvisible(line);
  if (invisible) return { column: invisible.index + 1, problem: `has ${invisible.description}; delete it` };
  const arrow = line.indexOf('=>');
  const secondArrow = arrow === -1 ? -1 : line.indexOf('=>', arrow + 2);
  if (secondArrow !== -1) return { column: secondArrow + 1, problem: 'use "=>" once: phrase => replacement' };
  const rawPhrase = arrow === -1 ? line : line.slice(0, arrow);
  const hash = rawPhrase.indexOf('#');
  if (hash !== -1) return { column: hash + 1, problem: HASH_IN_PHRASE };
  const phrase = rawPhrase.trim();
  const problem = phraseProblem(phrase);
  if (problem) return { problem };
  if (arrow === -1) return { phrase };
  const read = readReplacement(line.slice(arrow + 2), arrow + 3);
  return 'problem' in read ? read : { phrase, replacement: read.replacement };
}

/**
 * A rule id for each phrase, from its words: `per-my-last-email`, then `per-my-last-email-2` for the
 * same words again. Remembers the next number for each stem, so 2,000 equal lines cost 2,000 steps.
 */
class RuleIds {
  private readonly taken = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  for(phrase: string): string {
    const stem = slug(phrase);
    let id = stem;
    let n = this.nextNumber.get(stem) ?? 2;
    while (this.taken.has(id)) {
      const suffix = `-${n++}`;
      id = stem.slice(0, ID_CHARS - suffix.length) + suffix;
    }
    this.nextNumber.set(stem, n);
    this.taken.add(id);
    return id;
  }
}

const ruleFor = (id: string, phrase: string, replacement: string | undefined): PhraseRule => ({
  id,
  phrases: [phrase],
  message: `Your team chose to avoid "${phrase}" in customer mail.`,
  ...(replacement ? { suggestions: [replacement] } : {}),
});

/**
 * A plain list: one phrase per line, optionally `phrase => replacement`. A line whose first
 * character (after spaces) is `#` is a comment; anywhere else `#` is text, and where it would be lost
 * or look like a comment it is an error, so nothing is cut silently. The pack is named after the
 * file, so its rule ids read `sales-team/per-my-last-email`.
 *
 * The lines are counted before any is read: a list over the limit is refused at once.
 */
export function parsePlainList(text: string, source: string): PackResult {
  const lines = text.split(LINE_BREAK);
  let ruleLines = 0;
  for (const line of lines) if (isRuleLine(line)) ruleLines++;
  if (ruleLines > LIMITS.rulesPerPack) {
    return { errors: [`${source}: has ${ruleLines} phrases (at most ${LIMITS.rulesPerPack})`] };
  }
  const problems = new ProblemList(source);
  const ids = new RuleIds();
  const rules: PhraseRule[] = [];
  lines.forEach((line, i) => {
    if (!isRuleLine(line)) return;
    const read = readRuleLine(line);
    if ('problem' in read) {
      problems.add(read.column ? `line ${i + 1}, column ${read.column}` : `line ${i + 1}`, read.problem);
    } else {
      rules.push(ruleFor(ids.for(read.phrase), read.phrase, read.replacement));
    }
  });
  if (!problems.isEmpty) return { errors: problems.lines() };
  const name = slug(source.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  return validatePack({ name, version: '1', rules } satisfies RulePack, source);
}
