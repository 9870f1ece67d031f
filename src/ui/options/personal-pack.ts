import { isDetectorRule, type PhraseRule, type RulePack } from '../../rules/types';
import { LIMITS } from '../../rules/limits';
import type { Suggestion } from '../../engine/types';

/**
 * The pure side of the personal-rules section: the form's fields to a rule and back, import
 * merging, and the two export formats. No storage, no DOM.
 */

/** What the add / edit form holds, as typed. */
export interface RuleDraft {
  /** One or more phrases, separated by commas or line breaks. */
  phrases: string;
  /** Empty: the default message. */
  message: string;
  /** Empty: no suggestion. */
  suggestion: string;
}

export const EMPTY_DRAFT: RuleDraft = { phrases: '', message: '', suggestion: '' };

/** The phrases of the form's field: split at commas and line breaks, trimmed, duplicates (any case) dropped. */
function splitPhrases(input: string): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const raw of input.split(/[,\n\r]/)) {
    const phrase = raw.trim().replace(/\s+/g, ' ');
    const key = phrase.toLowerCase();
    if (!phrase || seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
  }
  return phrases;
}

/** The message a rule gets when its author wrote none. */
export function defaultMessage(phrases: string[]): string {
  const quoted = phrases.map((p) => `"${p}"`);
  const listed = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted[0];
  const all = `You chose to avoid ${listed}.`;
  if (all.length <= LIMITS.messageChars) return all;
  return `You chose to avoid ${quoted[0]} and ${phrases.length - 1} similar phrases.`;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'rule';

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  return id;
}

/** The phrase rules of a pack (a personal pack has no others). */
export const phraseRules = (pack: RulePack): PhraseRule[] =>
  (pack.rules ?? []).filter((r): r is PhraseRule => !isDetectorRule(r));

const replacementOf = (s: string | Suggestion) => (typeof s === 'string' ? s : s.replacement);

/** The form's fields for an existing rule. A default message shows as empty, so it follows the phrases. */
export function draftFromRule(rule: PhraseRule): RuleDraft {
  const first = rule.suggestions?.[0];
  return {
    phrases: rule.phrases.join(', '),
    message: rule.message === defaultMessage(rule.phrases) ? '' : rule.message,
    suggestion: first === undefined ? '' : replacementOf(first),
  };
}

/**
 * The rule the form describes: a new one (id from its first phrase, unique in `taken`) or `editing`
 * with its phrases, message and first suggestion replaced and everything else kept. Returns an
 * error in words when the form cannot make a rule; the pack's validation does the rest.
 */
export function ruleFromDraft(
  draft: RuleDraft,
  taken: ReadonlySet<string>,
  editing?: PhraseRule,
): { rule: PhraseRule; error?: undefined } | { rule?: undefined; error: string } {
  const phrases = splitPhrases(draft.phrases);
  if (phrases.length === 0) return { error: 'Write at least one phrase to look for.' };
  const message = draft.message.trim() || defaultMessage(phrases);
  const suggestion = draft.suggestion.trim();
  const rest = editing?.suggestions?.slice(1) ?? [];
  const suggestions = suggestion ? [suggestion, ...rest] : rest;
  const { suggestions: _old, ...kept } = editing ?? { id: uniqueId(slug(phrases[0]!), taken) };
  return { rule: { ...kept, phrases, message, ...(suggestions.length ? { suggestions } : {}) } as PhraseRule };
}

/** The pack with `rule` in place of the rule with its id, or added at the end. */
export function upsertRule(pack: RulePack, rule: PhraseRule): RulePack {
  const rules = phraseRules(pack);
  const at = rules.findIndex((r) => r.id === rule.id);
  return { ...pack, rules: at < 0 ? [...rules, rule] : rules.map((r, i) => (i === at ? rule : r)) };
}

export const removeRule = (pack: RulePack, id: string): RulePack => ({
  ...pack,
  rules: phraseRules(pack).filter((r) => r.id !== id),
});

const phraseKey = (rule: PhraseRule) =>
  rule.phrases
    .map((p) => p.toLowerCase().replace(/\s+/g, ' ').trim())
    .sort()
    .join('\n');

/** What importing a pack changes in the personal pack, item by item. */
export interface ImportChanges {
  /** Rules added, with the ids they get. */
  added: PhraseRule[];
  /** Rules left out because the personal pack already has one with the very same phrases. */
  skipped: number;
  /** Full ids switched off that were not off yet. */
  switchedOff: string[];
  /** Full ids whose message, severity or suggestions the import changes. */
  reworded: string[];
  /** Cue words added, by cue list (words a list already has, in any case, are left out). */
  cues: Record<string, string[]>;
}

export interface MergeResult {
  pack: RulePack;
  changes: ImportChanges;
}

/** Cue words the import adds, over all lists. */
export const cueCount = (changes: ImportChanges) =>
  Object.values(changes.cues).reduce((n, words) => n + words.length, 0);

/** Whether the import changes anything at all. */
export const changesAnything = (changes: ImportChanges) =>
  changes.added.length + changes.switchedOff.length + changes.reworded.length + cueCount(changes) > 0;

/** Whether the import changes rules the user already has (switches them off or re-words them): asked first. */
export const changesExisting = (changes: ImportChanges) => changes.switchedOff.length + changes.reworded.length > 0;

/** The imported pack's rules added to `rules` (same phrases skipped, clashing ids suffixed). */
function addRules(rules: PhraseRule[], imported: RulePack): { added: PhraseRule[]; skipped: number } {
  const ids = new Set(rules.map((r) => r.id));
  const known = new Set(rules.map(phraseKey));
  const added: PhraseRule[] = [];
  let skipped = 0;
  for (const rule of phraseRules(imported)) {
    const key = phraseKey(rule);
    if (known.has(key)) {
      skipped++;
      continue;
    }
    const id = uniqueId(rule.id, ids);
    ids.add(id);
    known.add(key);
    added.push({ ...rule, id });
  }
  return { added, skipped };
}

/** The personal cue lists with the imported words appended, and the words that are new. */
function addCues(
  mine: Record<string, string[]>,
  imported: Record<string, string[]>,
): { cues: Record<string, string[]>; added: Record<string, string[]> } {
  const cues = { ...mine };
  const added: Record<string, string[]> = {};
  for (const [name, words] of Object.entries(imported)) {
    const known = new Set((cues[name] ?? []).map((w) => w.toLowerCase()));
    const fresh: string[] = [];
    for (const word of words) {
      if (known.has(word.toLowerCase())) continue;
      known.add(word.toLowerCase());
      fresh.push(word);
    }
    if (fresh.length === 0) continue;
    added[name] = fresh;
    cues[name] = [...(cues[name] ?? []), ...fresh];
  }
  return { cues, added };
}

/**
 * An imported pack merged into the personal one, and exactly what that changes: its rules are added
 * (a rule with the very same phrases as an existing one is skipped; a clashing id gets a `-2`
 * suffix), its `disable` ids joined to the personal ones, its `overrides` laid over them and its
 * cue words added to the personal lists.
 */
export function mergeImported(personal: RulePack, imported: RulePack): MergeResult {
  const mine = phraseRules(personal);
  const { added, skipped } = addRules(mine, imported);
  const off = new Set(personal.disable ?? []);
  const switchedOff = [...new Set(imported.disable ?? [])].filter((id) => !off.has(id));
  const myOverrides = personal.overrides ?? {};
  const reworded = Object.entries(imported.overrides ?? {})
    .filter(([id, change]) => JSON.stringify(myOverrides[id]) !== JSON.stringify(change))
    .map(([id]) => id);
  const cues = addCues(personal.cues ?? {}, imported.cues ?? {});

  const pack: RulePack = { ...personal, rules: [...mine, ...added], disable: [...off, ...switchedOff] };
  const overrides = { ...myOverrides, ...(imported.overrides ?? {}) };
  if (Object.keys(overrides).length) pack.overrides = overrides;
  if (Object.keys(cues.cues).length) pack.cues = cues.cues;
  return { pack, changes: { added, skipped, switchedOff, reworded, cues: cues.added } };
}

/** The personal pack as a rule-pack file, loadable by the CLI's `--rules` and by import. */
export const packToJson = (pack: RulePack): string => `${JSON.stringify(pack, null, 2)}\n`;

/** A replacement a plain list can carry: one line, no `=>` and no `#` (which would start a comment). */
const plainReplacement = (s: string | Suggestion | undefined) => {
  if (s === undefined) return undefined;
  const text = replacementOf(s).trim();
  return text && !/[\r\n#]|=>/.test(text) ? text : undefined;
};

/**
 * The personal pack as a plain list: one phrase per line, `phrase => replacement` with the rule's
 * first suggestion. Messages and conditions are not part of the format.
 */
export function packToText(pack: RulePack): string {
  const lines = ['# Connection First: personal rules'];
  for (const rule of phraseRules(pack)) {
    const replacement = plainReplacement(rule.suggestions?.[0]);
    for (const phrase of rule.phrases) lines.push(replacement ? `${phrase} => ${replacement}` : phrase);
  }
  return `${lines.join('\n')}\n`;
}

/** Offers `content` as a file download through a temporary object URL and `<a download>`. */
export function downloadFile(doc: Document, filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
