import { CONDITION_TAGS, CUE_LISTS, DETECTOR_BINDINGS, isKind, KINDS, MODELS, TARGET_RANGES } from '../engine';
import { LIMITS } from './limits';
import { cueProblem, phraseProblem } from './phrase-text';
import { ProblemList } from './problems';
import type { RulePack } from './types';
import { codePointCount } from './unicode';

export interface PackResult {
  pack?: RulePack;
  /**
   * Every problem found, each as `source: path: what is wrong`; past LIMITS.errorsPerPack, one last
   * line counts the rest (`source: and 412 more problems`).
   */
  errors: string[];
}

export interface ValidateOptions {
  /** Only the built-in pack may declare grammar detectors. */
  allowDetectors?: boolean;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FULL_ID = /^[a-z0-9][a-z0-9-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}$/;
const SEVERITIES = ['warning', 'hint'];

type Report = (path: string, problem: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(value: Record<string, unknown>, allowed: string[], path: string, report: Report) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(path ? `${path}.${key}` : key, `unknown field (allowed: ${allowed.join(', ')})`);
  }
}

function checkString(value: unknown, path: string, max: number, report: Report): value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    report(path, 'must be a non-empty string');
    return false;
  }
  // A string of at most `max` units has at most `max` characters: count only longer ones.
  const characters = value.length > max ? codePointCount(value) : value.length;
  if (characters > max) {
    report(path, `is ${characters} characters long (at most ${max})`);
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
    const computes = MODELS.get(name);
    if (!computes) {
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
    // By key, not Object.entries: thirteen thousand [key, value] pairs made and dropped on every load
    // of the built-in pack took three times as long as the checks.
    const { weights } = model;
    for (const feature of Object.keys(weights)) {
      const weight = weights[feature];
      if (!computes(feature)) report(`${at}.weights["${feature}"]`, 'is not a feature this model computes');
      else if (!Number.isFinite(weight)) report(`${at}.weights["${feature}"]`, 'must be a number');
    }
  }
}

/** A condition's neighbour words are phrases without wildcards. */
const neighbourProblem = (value: unknown) =>
  typeof value === 'string' && value.includes('*')
    ? 'neighbour words must be written out; * is for phrases only'
    : phraseProblem(value);

/** A topic or object word is one word: the sentence is searched word by word. */
const oneWordProblem = (value: unknown) =>
  typeof value === 'string' && !/^[\p{L}\p{N}]+(?:['’][\p{L}]+)?$/u.test(value)
    ? 'must be one word, letters and digits only ("broadband", not "wi-fi" or "fibre line")'
    : phraseProblem(value);

/**
 * Checks each phrase of a list; its path is only spelled out for a phrase with a problem, since a
 * pack may hold 100,000 phrases.
 */
function checkPhrases(phrases: unknown[], path: string, report: Report, problemOf = phraseProblem) {
  phrases.forEach((phrase, i) => {
    const problem = problemOf(phrase);
    if (problem) report(`${path}[${i}]`, problem);
  });
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
      'must be an object with exactly one of "before", "after", "tag", "tagBefore", "tagAfter", "hyphenated", ' +
        '"inSentence", "inParagraph" or "soonAfter"',
    );
  }
  checkKeys(
    c,
    ['before', 'after', 'tag', 'tagBefore', 'tagAfter', 'hyphenated', 'inSentence', 'inParagraph', 'soonAfter'],
    at,
    report,
  );
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
  for (const key of ['inSentence', 'inParagraph', 'soonAfter'] as const) {
    if (!(key in c)) continue;
    if (!checkArray(c[key], `${at}.${key}`, LIMITS.wordsPerCondition, report)) return;
    checkPhrases(c[key], `${at}.${key}`, report, oneWordProblem);
    return;
  }
  const key = 'before' in c ? 'before' : 'after';
  const words = c[key];
  if (!checkArray(words, `${at}.${key}`, LIMITS.wordsPerCondition, report)) return;
  checkPhrases(words, `${at}.${key}`, report, neighbourProblem);
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
    checkPhrases(rule.phrases, `${path}.phrases`, report);
  }
  if (rule.inflect !== undefined && typeof rule.inflect !== 'boolean')
    report(`${path}.inflect`, 'must be true or false');
  if (rule.flagIf !== undefined) checkConditions(rule.flagIf, `${path}.flagIf`, report);
  if (rule.skipIf !== undefined) checkConditions(rule.skipIf, `${path}.skipIf`, report);
}

function checkOverrides(value: unknown, report: Report) {
  if (!isObject(value)) return report('overrides', 'must be an object keyed by full rule id');
  for (const [id, o] of Object.entries(value)) {
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

/**
 * Checks a parsed rule pack completely and reports every problem with where it is (the first
 * LIMITS.errorsPerPack of them, then how many more). Each list is measured against its limit before
 * its entries are looked at, so the work stays proportional to what a valid pack may hold.
 */
/** One target: a number in its field's range (whole, except the reader-focus share). */
function checkTarget(value: unknown, field: keyof typeof TARGET_RANGES, at: string, report: Report) {
  const [min, max] = TARGET_RANGES[field];
  const whole = field !== 'readerFocus';
  if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    report(at, whole ? 'must be a whole number' : 'must be a number');
  } else if (value < min || value > max) {
    report(at, `is ${value} (must be from ${min} to ${max})`);
  }
}

/** Targets of the connection check for one kind of mail: known fields, each in its range, each range in order. */
function checkTargets(value: unknown, at: string, report: Report) {
  if (!isObject(value)) return report(at, 'must be an object of targets');
  const ranges = ['words', 'questions'];
  checkKeys(value, [...ranges, 'readerFocus', 'grade', 'asks', 'sentenceWords', 'selfFocusRun'], at, report);
  for (const [field, target] of Object.entries(value)) {
    if (!ranges.includes(field)) {
      if (Object.hasOwn(TARGET_RANGES, field))
        checkTarget(target, field as keyof typeof TARGET_RANGES, `${at}.${field}`, report);
      continue;
    }
    if (!isObject(target)) {
      report(`${at}.${field}`, 'must be an object with "min" and/or "max"');
      continue;
    }
    checkKeys(target, ['min', 'max'], `${at}.${field}`, report);
    for (const end of ['min', 'max'] as const) {
      if (target[end] !== undefined)
        checkTarget(target[end], `${field}.${end}` as keyof typeof TARGET_RANGES, `${at}.${field}.${end}`, report);
    }
    if (typeof target.min === 'number' && typeof target.max === 'number' && target.min > target.max) {
      report(`${at}.${field}`, `min (${target.min}) is above max (${target.max})`);
    }
  }
}

function checkCoaching(value: unknown, report: Report) {
  if (!isObject(value)) return report('coaching', 'must be an object with "first" and/or "reply" targets');
  checkKeys(value, ['first', 'reply'], 'coaching', report);
  for (const kind of ['first', 'reply'] as const) {
    if (value[kind] !== undefined) checkTargets(value[kind], `coaching.${kind}`, report);
  }
}

export function validatePack(value: unknown, source: string, options: ValidateOptions = {}): PackResult {
  const problems = new ProblemList(source);
  const report: Report = (path, problem) => problems.add(path || '(top level)', problem);
  if (!isObject(value)) {
    report('', 'must be a JSON object with "name", "version" and "rules"');
    return { errors: problems.lines() };
  }
  const keys = [
    '$schema',
    'name',
    'version',
    'description',
    'rules',
    'disable',
    'overrides',
    'cues',
    'models',
    'coaching',
  ];
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
  if (value.overrides !== undefined) checkOverrides(value.overrides, report);
  if (value.cues !== undefined) checkCues(value.cues, report);
  if (value.coaching !== undefined) checkCoaching(value.coaching, report);
  if (value.models !== undefined) {
    if (options.allowDetectors) checkModels(value.models, report);
    else report('models', 'only the built-in pack can carry learned weights');
  }
  return problems.isEmpty ? { pack: value as unknown as RulePack, errors: [] } : { errors: problems.lines() };
}
