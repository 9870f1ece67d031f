import { useMemo, useState } from 'preact/hooks';
import type { FindingKind } from '../../engine';
import { DEFAULT_PHRASE_KIND, KIND_TABLE, KINDS } from '../../engine/kinds';
import { loadBuiltinPack } from '../../rules/builtin';
import { isDetectorRule, type RuleDefinition } from '../../rules/types';
import type { ActiveRules } from '../../settings/active-ruleset';
import { disableRule, enableRule } from '../../settings/personal';
import { kindStyle } from '../kind-style';
import { errorMessage } from './live';

/** `*` stands for any one word. */
const showPhrase = (phrase: string) => phrase.replace(/\*/g, '…');

/** A built-in rule as the section lists it. */
export interface BuiltinRule {
  /** Full id, `default/synergy`. */
  id: string;
  kind: FindingKind;
  message: string;
  /** Empty for a grammar check. */
  phrases: string[];
  /** What people call it: its first phrase, or for a grammar check its id in words. */
  name: string;
}

/** One group per kind, in the table's display order, titled with the kind's group label. */
const KIND_GROUPS: { kind: FindingKind; title: string }[] = KINDS.map((kind) => ({
  kind,
  title: KIND_TABLE[kind].groupLabel,
}));

/** A rule id in words: `sorry-if` → "sorry if". */
const idInWords = (id: string) => id.slice(id.indexOf('/') + 1).replace(/-/g, ' ');

const toBuiltin =
  (packName: string) =>
  (rule: RuleDefinition): BuiltinRule => {
    const phrases = isDetectorRule(rule) ? [] : rule.phrases;
    // A phrase that starts with a wildcard ("* centric") reads better as the next one ("centric").
    const phrase = phrases.find((p) => !p.startsWith('*')) ?? phrases[0];
    return {
      id: `${packName}/${rule.id}`,
      kind: rule.kind ?? DEFAULT_PHRASE_KIND,
      message: rule.message,
      phrases,
      name: phrase ? showPhrase(phrase) : idInWords(rule.id),
    };
  };

/** A rule's name for people, by its full id: a built-in rule's own name, else the id in words. */
export function ruleName(id: string): string {
  return loadBuiltinRules().find((r) => r.id === id)?.name ?? idInWords(id);
}

/** Within a kind, rules go by name, as a person looks for them (any case). */
const byName = (a: BuiltinRule, b: BuiltinRule) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

let builtinRules: BuiltinRule[] | undefined;

/** The rules of rules/default.json, read once. */
export function loadBuiltinRules(): BuiltinRule[] {
  if (!builtinRules) {
    const pack = loadBuiltinPack();
    builtinRules = (pack.rules ?? []).map(toBuiltin(pack.name));
  }
  return builtinRules;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/** The rules whose id, a phrase or the message holds every word of the query (any case; space = hyphen). */
export function filterRules(rules: readonly BuiltinRule[], query: string): BuiltinRule[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rules];
  return rules.filter((rule) => {
    const haystack = fold([rule.id, ...rule.phrases, rule.message].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}

interface Props {
  active?: ActiveRules;
  /** Full ids the user switched off (the personal pack's `disable`); undefined while loading. */
  disabled?: readonly string[];
}

/** The built-in rules by kind, searchable, each with a switch. Rules the policy locks cannot be switched. */
export function BuiltinRules({ active, disabled }: Props) {
  const rules = loadBuiltinRules();
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [error, setError] = useState<string>();
  const shown = useMemo(() => filterRules(rules, query), [rules, query]);
  const off = useMemo(() => new Set(disabled ?? []), [disabled]);
  const inForce = useMemo(() => (active ? new Set(active.ruleset.rules.map((r) => r.id)) : undefined), [active]);
  const loading = disabled === undefined;

  const searching = query.trim() !== '';

  const stateOf = (id: string) => {
    const locked = active?.lockedRuleIds.has(id) ?? false;
    // A locked rule is as the administrator left it: on, or switched off by their pack.
    const on = locked ? (inForce?.has(id) ?? true) : (pending.get(id) ?? !off.has(id));
    const offElsewhere = on && !locked && !loading && inForce !== undefined && !inForce.has(id);
    return { locked, on, offElsewhere };
  };

  const toggle = (id: string, on: boolean) => {
    setError(undefined);
    setPending((p) => new Map(p).set(id, on));
    const done = () =>
      setPending((p) => {
        const next = new Map(p);
        next.delete(id);
        return next;
      });
    (on ? enableRule(id) : disableRule(id)).then(done, (e: unknown) => {
      done();
      setError(`Could not switch ${id} ${on ? 'on' : 'off'}: ${errorMessage(e)}`);
    });
  };

  return (
    <section class="card" aria-labelledby="cf-builtin-title" data-cf="builtin-rules">
      <h2 id="cf-builtin-title">Standard rules</h2>
      <p class="intro">
        Switch off a rule you disagree with; it stops being flagged in every open draft at once. Open a group to see its
        rules, or search.
      </p>
      <div class="search">
        <label for="cf-rule-search">Search rules</label>
        <input
          id="cf-rule-search"
          type="search"
          data-cf="rule-search"
          placeholder="A word, a phrase or a rule id"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {shown.length === 0 && (
        <p class="muted" data-cf="no-rule-match">
          No built-in rule matches “{query.trim()}”.
        </p>
      )}
      {KIND_GROUPS.map(({ kind, title }) => {
        const group = shown
          .filter((r) => r.kind === kind)
          .sort(byName)
          .map((rule) => ({ rule, ...stateOf(rule.id) }));
        if (group.length === 0) return null;
        const offCount = group.filter((r) => !r.on).length;
        return (
          <details
            class="kind-group"
            key={kind}
            data-cf="rule-group"
            data-kind={kind}
            open={searching}
            style={kindStyle(kind)}
          >
            <summary>
              <span class="swatch" aria-hidden="true" />
              <h3>{title}</h3>
              <span class="count">
                {group.length} rule{group.length === 1 ? '' : 's'}
                {offCount ? `, ${offCount} off` : ''}
              </span>
            </summary>
            <ul class="rules">
              {group.map(({ rule, on, locked, offElsewhere }) => {
                const messageId = `cf-msg-${rule.id.replace(/\W/g, '-')}`;
                return (
                  <li key={rule.id} class={`rule${on ? '' : ' off'}`} data-cf="builtin-rule" data-rule={rule.id}>
                    <label class="switch">
                      <input
                        type="checkbox"
                        // A native checkbox reports its own checked state; ARIA in HTML forbids aria-checked on one.
                        // biome-ignore lint/a11y/useAriaPropsForRole: the checked state is native
                        role="switch"
                        data-cf="rule-toggle"
                        data-rule={rule.id}
                        checked={on}
                        disabled={locked || loading}
                        aria-describedby={messageId}
                        onChange={(e) => toggle(rule.id, e.currentTarget.checked)}
                      />
                      <span class="rule-name">{rule.name}</span> <small class="rule-id">{rule.id}</small>
                    </label>
                    {locked && (
                      <span class="tag locked" data-cf="locked">
                        Set by your administrator
                      </span>
                    )}
                    {offElsewhere && <span class="tag">Switched off by a team list</span>}
                    <p class="rule-message" id={messageId}>
                      {rule.message}
                    </p>
                    <p class="rule-phrases muted">
                      {rule.phrases.length
                        ? `Finds: ${rule.phrases.map(showPhrase).join(' · ')}`
                        : 'A grammar check, not a word list'}
                    </p>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
