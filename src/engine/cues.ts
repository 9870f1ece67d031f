import { memoByString } from './memo';
import type { CueLists } from './ruleset';

// Characters with a meaning in a regular expression (the only ones a `u` pattern lets us escape);
// a cue is always matched literally.
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** One cue as a regular-expression source: literal words, any run of white space between them. */
function cueSource(cue: string): string {
  return cue
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, '\\$&'))
    .join(String.raw`\s+`);
}

/**
 * A cue list as a group of alternatives for a detector's pattern, in the list's order (earlier
 * entries are tried first). An empty or missing list never matches.
 */
function cueGroup(cues: CueLists, name: string): string {
  const list = cues.get(name) ?? [];
  return list.length ? groupOf(list.join(CUE_SEPARATOR)) : '(?!)';
}

// A cue never holds this character (cues are words and spaces), so the joined list is its key.
const CUE_SEPARATOR = '\u0000';
const groupOf = memoByString((joined) => `(?:${joined.split(CUE_SEPARATOR).map(cueSource).join('|')})`);

/**
 * A pattern whose vocabulary comes from cue lists: `${cue('pitch-first/reader-acts')}` in the
 * template stands for that list's alternatives. Built once per ruleset by the detector's `prepare`.
 */
export function cuePattern(cues: CueLists, flags: string, template: (cue: (name: string) => string) => string): RegExp {
  return sharedPattern(
    template((name) => cueGroup(cues, name)),
    flags,
  );
}

/**
 * One RegExp object per distinct source and flags, kept across rulesets. A detector's patterns are
 * alternations of hundreds of cues; V8 compiles one on its first use, and a fresh object made for a
 * rebuilt ruleset (a setting changed, a team list refreshed) would pay that again, about as much as
 * the whole check of a short draft. Patterns with the `g` or `y` flag carry `lastIndex`: their users
 * reset it before each scan, as they must for a pattern used twice in one ruleset anyway.
 */
export function sharedPattern(source: string, flags: string): RegExp {
  return compiledPattern(`${flags}/${source}`);
}
const compiledPattern = memoByString((key) => {
  const slash = key.indexOf('/');
  return new RegExp(key.slice(slash + 1), key.slice(0, slash));
}, 2_000);
