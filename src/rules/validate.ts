import { CONDITION_TAGS, CUE_LISTS, DETECTOR_BINDINGS, isKind, KINDS, MODELS, phraseWords } from '../engine';
import { LIMITS } from './limits';
import type { RulePack } from './types';

export interface PackResult {
  pack?: RulePack;
  /** Every problem found, each as `source: path: what is wrong`. */
  errors: string[];
}

export interface ValidateOptions {
  /** Only the built-in pack may declare grammar detectors. */
  allowDetectors?: boolean;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FULL_ID = /^[a-z0-9][a-z0-9-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}$/;
const SEVERITIES = ['warning', 'hint'];
const PHRASE_CHARS = /^[\p{L}\p{N}\p{M}'’%*\s-]+$/u;
// Cue words may also name a product or company: "Acme & Co", "#1", "Acme.io".
const CUE_CHARS = /^[\p{L}\p{N}\p{M}'’%#&.\s-]+$/u;

type Report = (path: string, problem: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(value: Record<string, unknown>, allowed: string[], path: string, report: Report) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(path ? `${path}.${key}` : key, `unknown field (allowed: ${allowed.join(', ')})`);
  }
}

// Characters as JSON Schema's maxLength counts them: code points, so an emoji is one.
const characters = (s: string) => [...s].length;

function checkString(value: unknown, path: string, max: number, report: Report): value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    report(path, 'must be a non-empty string');
    return false;
  }
  if (characters(value) > max) {
    report(path, `is ${characters(value)} characters long (at most ${max})`);
    return false;
  }
  return true;
}

function checkArray(value: unknown, path: string, max: number, report: Report): value is unknown[] {
  if (!Array.isArray(value)) {
    report(path, 'must be a list');
    return false;
  }
  if (value.length > max) {
    report(path, `has ${value.length} entries (at most ${max})`);
    return false;
  }
  return true;
}

/** What is wrong with a phrase a rule author wrote, or undefined when it is usable. */
export function phraseProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty string';
  if (characters(value) > LIMITS.phraseChars)
    return `is ${characters(value)} characters long (at most ${LIMITS.phraseChars})`;
  if (value.includes('/')) return 'regular expressions are not supported; write the words themselves';
  if (!PHRASE_CHARS.test(value))
    return 'may hold only words, spaces, hyphens, apostrophes, % and * (one word of any kind)';
  const words = value.split(/[\s-]+/).filter(Boolean);
  if (words.length > LIMITS.wordsPerPhrase) return `has ${words.length} words (at most ${LIMITS.wordsPerPhrase})`;
  if (words.some((w) => w.includes('*') && w !== '*')) return '* must stand alone for one whole word';
  const wildcards = words.filter((w) => w === '*').length;
  if (wildcards > LIMITS.wildcardsPerPhrase) return `has ${wildcards} wildcards (at most ${LIMITS.wildcardsPerPhrase})`;
  if (phraseWords(value).length === 0) return 'needs at least one real word';
  return undefined;
}

/** What is wrong with a cue word, or undefined: written out (no `*`), literal, short. */
function cueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty string';
  if (characters(value) > LIMITS.phraseChars)
    return `is ${characters(value)} characters long (at most ${LIMITS.phraseChars})`;
  if (value.includes('/')) return 'regular expressions are not supported; write the words themselves';
  if (!CUE_CHARS.test(value)) return 'may hold only words, spaces, hyphens, apostrophes and % # & .';
  const words = value.trim().split(/\s+/);
  if (words.length > LIMITS.wordsPerPhrase) return `has ${words.length} words (at most ${LIMITS.wordsPerPhrase})`;
  return undefined;
}

function checkCues(value: unknown, report: Report) {
  if (!isObject(value)) return report('cues', 'must be an object keyed by cue list name');
  for (const [name, words] of Object.entries(value)) {
    const at = `cues["${name}"]`;
    if (!Object.hasOwn(CUE_LISTS, name)) {
      report(at, `is not a cue list (known: ${Object.keys(CUE_LISTS).join(', ')})`);
      continue;
    }
    if (!checkArray(words, at, LIMITS.cuesPerList, report)) continue;
    for (const [i, word] of words.entries()) {
      const problem = cueProblem(word);
      if (problem) report(`${at}[${i}]`, problem);
    }
  }
}

const isProbability = (v: unknown) => typeof v === 'number' && v > 0 && v < 1;

/** Learned weights: a known model, finite numbers, and only features its detector computes. */
function checkModels(value: unknown, report: Report) {
  if (!isObject(value)) return report('models', 'must be an object keyed by model name');
  for (const [name, model] of Object.entries(value)) {
    const at = `models["${name}"]`;
    const features = MODELS.get(name);
    if (!features) {
      report(at, `is not a model (known: ${[...MODELS.keys()].join(', ')})`);
      continue;
    }
    if (!isObject(model)) {
      report(at, 'must be an object with "bias", "weights" and "threshold"');
      continue;
    }
    checkKeys(model, ['bias', 'weights', 'threshold'], at, report);
    if (!Number.isFinite(model.bias)) report(`${at}.bias`, 'must be a number');
    if (!isProbability(model.threshold)) report(`${at}.threshold`, 'must be a number between 0 and 1');
    if (!isObject(model.weights)) {
      report(`${at}.weights`, 'must be an object keyed by feature name');
      continue;
    }
    for (const [feature, weight] of Object.entries(model.weights)) {
      if (!features.includes(feature)) report(`${at}.weights["${feature}"]`, 'is not a feature this model computes');
      else if (!Number.isFinite(weight)) report(`${at}.weights["${feature}"]`, 'must be a number');
    }
  }
}

function checkPhrase(value: unknown, path: string, report: Report) {
  const problem = phraseProblem(value);
  if (problem) report(path, problem);
}

function checkSuggestion(s: unknown, at: string, report: Report) {
  if (typeof s === 'string') {
    checkString(s, at, LIMITS.suggestionChars, report);
    return;
  }
  if (!isObject(s)) return report(at, 'must be a string or an object with "replacement"');
  checkKeys(s, ['label', 'replacement'], at, report);
  checkString(s.replacement, `${at}.replacement`, LIMITS.suggestionChars, report);
  if (s.label !== undefined) checkString(s.label, `${at}.label`, LIMITS.suggestionChars, report);
}

function checkSuggestions(value: unknown, path: string, report: Report) {
  if (!checkArray(value, path, LIMITS.suggestionsPerRule, report)) return;
  for (const [i, s] of value.entries()) checkSuggestion(s, `${path}[${i}]`, report);
}

function checkCondition(c: unknown, at: string, report: Report) {
  if (!isObject(c) || Object.keys(c).length !== 1) {
    return report(
      at,
      'must be an object with exactly one of "before", "after", "tag", "tagBefore", "tagAfter" or "hyphenated"',
    );
  }
  checkKeys(c, ['before', 'after', 'tag', 'tagBefore', 'tagAfter', 'hyphenated'], at, report);
  if ('hyphenated' in c) {
    if (c.hyphenated !== true) report(`${at}.hyphenated`, 'must be true');
    return;
  }
  for (const key of ['tag', 'tagBefore', 'tagAfter'] as const) {
    if (!(key in c)) continue;
    if (!CONDITION_TAGS.includes(c[key] as never))
      report(`${at}.${key}`, `must be one of ${CONDITION_TAGS.join(', ')}`);
    return;
  }
  const key = 'before' in c ? 'before' : 'after';
  const words = c[key];
  if (!checkArray(words, `${at}.${key}`, LIMITS.wordsPerCondition, report)) return;
  for (const [j, w] of words.entries()) {
    if (typeof w === 'string' && w.includes('*')) {
      report(`${at}.${key}[${j}]`, 'neighbour words must be written out; * is for phrases only');
    } else checkPhrase(w, `${at}.${key}[${j}]`, report);
  }
}

function checkConditions(value: unknown, path: string, report: Report) {
  if (!checkArray(value, path, LIMITS.conditionsPerRule, report)) return;
  for (const [i, c] of value.entries()) checkCondition(c, `${path}[${i}]`, report);
}

function checkRule(rule: unknown, path: string, options: ValidateOptions, ids: Map<string, string>, report: Report) {
  if (!isObject(rule)) return report(path, 'must be an object');
  const isDetector = 'detector' in rule;
  const common = ['id', 'kind', 'message', 'suggestions', 'severity'];
  checkKeys(
    rule,
    isDetector ? [...common, 'detector'] : [...common, 'phrases', 'inflect', 'flagIf', 'skipIf'],
    path,
    report,
  );
  if (typeof rule.id !== 'string' || !SLUG.test(rule.id)) {
    report(`${path}.id`, 'must be lower-case letters, digits and hyphens, starting with a letter or digit');
  } else if (ids.has(rule.id)) {
    report(`${path}.id`, `"${rule.id}" is already used by ${ids.get(rule.id)}`);
  } else {
    ids.set(rule.id, path);
  }
  if (rule.kind !== undefined && !isKind(rule.kind)) report(`${path}.kind`, `must be one of ${KINDS.join(', ')}`);
  checkString(rule.message, `${path}.message`, LIMITS.messageChars, report);
  if (rule.severity !== undefined && !SEVERITIES.includes(rule.severity as string)) {
    report(`${path}.severity`, 'must be "warning" or "hint"');
  }
  if (rule.suggestions !== undefined) checkSuggestions(rule.suggestions, `${path}.suggestions`, report);
  if (isDetector) {
    if (!options.allowDetectors) return report(`${path}.detector`, 'only the built-in pack can use grammar detectors');
    if (!DETECTOR_BINDINGS.includes(rule.detector as string))
      report(`${path}.detector`, `unknown detector "${String(rule.detector)}"`);
    if (rule.kind === undefined) report(`${path}.kind`, 'is required for a detector rule');
    return;
  }
  if (rule.phrases === undefined) return report(`${path}.phrases`, 'is required');
  if (checkArray(rule.phrases, `${path}.phrases`, LIMITS.phrasesPerRule, report)) {
    if (rule.phrases.length === 0) report(`${path}.phrases`, 'must list at least one phrase');
    for (const [i, p] of rule.phrases.entries()) checkPhrase(p, `${path}.phrases[${i}]`, report);
  }
  if (rule.inflect !== undefined && typeof rule.inflect !== 'boolean')
    report(`${path}.inflect`, 'must be true or false');
  if (rule.flagIf !== undefined) checkConditions(rule.flagIf, `${path}.flagIf`, report);
  if (rule.skipIf !== undefined) checkConditions(rule.skipIf, `${path}.skipIf`, report);
}

/** Checks a parsed rule pack completely and reports every problem with where it is. */
export function validatePack(value: unknown, source: string, options: ValidateOptions = {}): PackResult {
  const errors: string[] = [];
  const report: Report = (path, problem) => {
    if (errors.length < 100) errors.push(`${source}: ${path || '(top level)'}: ${problem}`);
    else if (errors.length === 100) errors.push(`${source}: further problems not listed`);
  };
  if (!isObject(value)) {
    report('', 'must be a JSON object with "name", "version" and "rules"');
    return { errors };
  }
  const keys = ['$schema', 'name', 'version', 'description', 'rules', 'disable', 'overrides', 'cues', 'models'];
  checkKeys(value, keys, '', report);
  if (typeof value.name !== 'string' || !SLUG.test(value.name)) {
    report('name', 'must be lower-case letters, digits and hyphens (it prefixes every rule id)');
  }
  checkString(value.version, 'version', 40, report);
  if (value.description !== undefined) checkString(value.description, 'description', LIMITS.messageChars, report);
  if (value.rules !== undefined && checkArray(value.rules, 'rules', LIMITS.rulesPerPack, report)) {
    const ids = new Map<string, string>();
    for (const [i, rule] of value.rules.entries()) checkRule(rule, `rules[${i}]`, options, ids, report);
  }
  if (value.disable !== undefined && checkArray(value.disable, 'disable', LIMITS.rulesPerPack, report)) {
    value.disable.forEach((id, i) => {
      if (typeof id !== 'string' || !FULL_ID.test(id))
        report(`disable[${i}]`, 'must be a full rule id like "default/synergy"');
    });
  }
  if (value.overrides !== undefined) {
    if (!isObject(value.overrides)) report('overrides', 'must be an object keyed by full rule id');
    else {
      for (const [id, o] of Object.entries(value.overrides)) {
        const at = `overrides["${id}"]`;
        if (!FULL_ID.test(id)) report(at, 'must be keyed by a full rule id like "default/synergy"');
        if (!isObject(o)) {
          report(at, 'must be an object with "message", "severity" or "suggestions"');
          continue;
        }
        checkKeys(o, ['message', 'severity', 'suggestions'], at, report);
        if (o.message !== undefined) checkString(o.message, `${at}.message`, LIMITS.messageChars, report);
        if (o.severity !== undefined && !SEVERITIES.includes(o.severity as string))
          report(`${at}.severity`, 'must be "warning" or "hint"');
        if (o.suggestions !== undefined) checkSuggestions(o.suggestions, `${at}.suggestions`, report);
      }
    }
  }
  if (value.cues !== undefined) checkCues(value.cues, report);
  if (value.models !== undefined) {
    if (options.allowDetectors) checkModels(value.models, report);
    else report('models', 'only the built-in pack can carry learned weights');
  }
  return errors.length ? { errors } : { pack: value as unknown as RulePack, errors };
}
