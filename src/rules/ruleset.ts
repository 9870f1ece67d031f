import {
  type CoachingTargets,
  type CueLists,
  DEFAULT_PHRASE_KIND,
  type FindingKind,
  type LinearModel,
  memoByString,
  type ResolvedRule,
  type Ruleset,
  type Suggestion,
  type Targets,
} from '../engine';
import { isDetectorRule, type RulePack, type TargetsChange } from './types';

const toSuggestions = (list: (string | Suggestion)[] = []): Suggestion[] =>
  list.map((s) => (typeof s === 'string' ? { replacement: s } : { ...s }));

/** Each pack's cue words appended to the lists of the packs before it, without repeats. */
function mergeCues(packs: RulePack[]): Map<string, string[]> {
  const cues = new Map<string, string[]>();
  for (const pack of packs) {
    for (const [name, words] of Object.entries(pack.cues ?? {})) {
      const list = cues.get(name) ?? [];
      const known = new Set(list.map((w) => w.toLowerCase()));
      for (const word of words) {
        if (known.has(word.toLowerCase())) continue;
        known.add(word.toLowerCase());
        list.push(word);
      }
      cues.set(name, list);
    }
  }
  return cues;
}

// A ruleset rebuilt from the same packs (a setting toggled, a team list refreshed unchanged) gets the
// very same cue lists and models as the last one, not equal copies, so the detectors, which prepare
// their patterns once per cue lists and model (by identity), need not prepare them again. Writing the
// lists out as their key costs tens of microseconds; preparing the patterns, a millisecond or so.
const internedCues = memoByString((key) => new Map(JSON.parse(key) as [string, string[]][]) as CueLists, 16);

// Only the built-in pack may carry a model, and its weights are always the one object bundled from
// rules/opening-model.json: a rebuilt ruleset finds its model by that object. Written out as a key,
// the 13,500 weights cost ~5 ms and a 300 KB string per build, and a second copy of the model in
// memory (and in the command line's start-up snapshot).
const MODELS_PER_WEIGHTS = 4;
const modelsByWeights = new WeakMap<object, LinearModel[]>();

function internedModel(model: LinearModel): LinearModel {
  const known = modelsByWeights.get(model.weights) ?? [];
  const same = known.find((m) => m.bias === model.bias && m.threshold === model.threshold);
  if (same) return same;
  modelsByWeights.set(model.weights, [...known.slice(1 - MODELS_PER_WEIGHTS), model]);
  return model;
}

/** `targets` with a pack's changes laid over them, field by field. */
function changedTargets(targets: Partial<Targets>, change: TargetsChange = {}): Partial<Targets> {
  const out: Record<string, unknown> = { ...targets };
  for (const [field, value] of Object.entries(change)) {
    const before = out[field];
    out[field] = typeof value === 'object' ? { ...(before as object | undefined), ...value } : value;
  }
  return out as Partial<Targets>;
}

const FIELDS: (keyof Targets)[] = [
  'words',
  'questions',
  'readerFocus',
  'grade',
  'asks',
  'sentenceWords',
  'selfFocusRun',
];

const complete = (t: Partial<Targets>): t is Targets =>
  FIELDS.every((f) => t[f] !== undefined) &&
  [t.words, t.questions].every((range) => range?.min !== undefined && range.max !== undefined);

/**
 * The connection check's targets after every pack's changes, in order. Undefined when the packs
 * leave any field unset (only the built-in pack sets them all): no coaching against half a target.
 */
function mergeTargets(packs: RulePack[]): CoachingTargets | undefined {
  let first: Partial<Targets> = {};
  let reply: Partial<Targets> = {};
  for (const pack of packs) {
    first = changedTargets(first, pack.coaching?.first);
    reply = changedTargets(reply, pack.coaching?.reply);
  }
  return complete(first) && complete(reply) ? { first, reply } : undefined;
}

/** A `disable` or `overrides` entry naming a rule that no earlier pack defines (a typo, or a removed rule). */
export interface UnknownReference {
  pack: string;
  ruleId: string;
  change: 'disable' | 'override';
}

export interface BuildOptions {
  /** Full ids of rules an administrator locked (see `ResolvedRule.locked`). */
  locked?: ReadonlySet<string>;
  /** Receives each `disable` or `overrides` entry that names no rule defined before it. */
  onUnknown?: (reference: UnknownReference) => void;
}

/**
 * Merges packs in order (built-in, team packs, personal). A later pack switches earlier rules off
 * with `disable`, changes their message, severity or suggestions with `overrides`, adds its own
 * rules (a rule id that comes again replaces the earlier rule), and adds words to cue lists.
 */
export function buildRuleset(packs: RulePack[], options: BuildOptions = {}): Ruleset {
  const rules = new Map<string, ResolvedRule>();
  // Ids defined so far, switched off or not: disabling a rule an earlier pack already disabled is no typo.
  const defined = new Set<string>();
  const unknown = (pack: RulePack, ruleId: string, change: UnknownReference['change']) =>
    options.onUnknown?.({ pack: pack.name, ruleId, change });
  for (const pack of packs) {
    for (const id of pack.disable ?? []) {
      if (!defined.has(id)) unknown(pack, id, 'disable');
      rules.delete(id);
    }
    for (const [id, change] of Object.entries(pack.overrides ?? {})) {
      const rule = rules.get(id);
      if (!rule) {
        if (!defined.has(id)) unknown(pack, id, 'override');
        continue;
      }
      if (change.message !== undefined) rule.message = change.message;
      if (change.severity !== undefined) rule.severity = change.severity;
      if (change.suggestions !== undefined) rule.suggestions = toSuggestions(change.suggestions);
    }
    for (const def of pack.rules ?? []) {
      const id = `${pack.name}/${def.id}`;
      defined.add(id);
      rules.delete(id);
      rules.set(id, {
        id,
        kind: def.kind ?? DEFAULT_PHRASE_KIND,
        message: def.message,
        suggestions: toSuggestions(def.suggestions),
        severity: def.severity ?? 'warning',
        ...(isDetectorRule(def) ? { detector: def.detector } : { phrase: def }),
        ...(options.locked?.has(id) ? { locked: true as const } : {}),
      });
    }
  }
  const list = [...rules.values()];
  return {
    rules: list,
    byDetector: new Map(list.filter((r) => r.detector).map((r) => [r.detector!, r])),
    cues: internedCues(JSON.stringify([...mergeCues(packs)])),
    models: new Map<string, LinearModel>(
      packs.flatMap((pack) => Object.entries(pack.models ?? {})).map(([name, model]) => [name, internedModel(model)]),
    ),
    ...withTargets(mergeTargets(packs)),
  };
}

/** The ruleset with every rule of `kinds` left out (the command line's `--coaching off`). */
export function withoutKinds(ruleset: Ruleset, kinds: readonly FindingKind[]): Ruleset {
  const kept = (rule: ResolvedRule) => !kinds.includes(rule.kind);
  return {
    ...ruleset,
    rules: ruleset.rules.filter(kept),
    byDetector: new Map([...ruleset.byDetector].filter(([, rule]) => kept(rule))),
  };
}

const withTargets = (coaching: CoachingTargets | undefined) => (coaching ? { coaching } : {});
