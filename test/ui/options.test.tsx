// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RulePack } from '../../src/rules/types';
import type { TeamList } from '../../src/settings/model';

// Imported inside vi.hoisted: the vi.mock factories below run before any import.
const fake = await vi.hoisted(async () => {
  const { fakeStorageItem: item } = await import('./fake-storage-item');
  /** A watchable value behind a load / watch pair, as the settings modules offer. */
  function source<T>() {
    const watchers = new Set<(v: T) => void>();
    const s = {
      value: undefined as T | undefined,
      load: async () => s.value as T,
      watch: (cb: (v: T) => void) => {
        watchers.add(cb);
        return () => void watchers.delete(cb);
      },
      emit(v: T) {
        s.value = v;
        for (const w of watchers) w(v);
      },
      /** As the settings modules' follow functions: the value now (once set), then its changes. */
      follow: (cb: (v: T) => void) => {
        const stop = s.watch(cb);
        void s.load().then((v) => v !== undefined && cb(v));
        return stop;
      },
    };
    return s;
  }
  return {
    teamLists: item<unknown[]>([]),
    reports: item<unknown[]>([]),
    siteSwitches: item<Record<string, boolean>>({}),
    checkedSites: item<unknown[]>([]),
    enabledSites: item<string[]>([]),
    personal: source<{ pack: RulePack; storage: 'sync' | 'local' }>(),
    /** Every pack the page saved, in order. */
    saved: [] as RulePack[],
    active: source<unknown>(),
    policy: source<unknown>(),
    browser: {
      permissions: {
        request: (async () => true) as ((p: { origins: string[] }) => Promise<boolean>) | undefined,
        remove: (async () => true) as (p: { origins: string[] }) => Promise<boolean>,
      },
      runtime: { sendMessage: async (_m: unknown): Promise<unknown> => undefined },
    },
  };
});

vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../src/settings/items', () => ({
  teamLists: fake.teamLists,
  falseAlarmReports: fake.reports,
  siteSwitches: fake.siteSwitches,
  checkedSites: fake.checkedSites,
  enabledSites: fake.enabledSites,
  isSiteOn: (switches: Record<string, boolean>, key: string) => switches[key] !== false,
}));
vi.mock('../../src/settings/personal', () => ({
  loadPersonalPack: vi.fn(() => fake.personal.load()),
  watchPersonalPack: vi.fn((cb: (v: unknown) => void) => fake.personal.watch(cb)),
  // As the real one: the change is made on the pack as stored now; the result is what gets saved.
  updatePersonalPack: vi.fn(async (change: (pack: RulePack) => RulePack | undefined) => {
    const next = change(structuredClone(fake.personal.value!.pack));
    if (next) fake.saved.push(next);
    return 'sync' as const;
  }),
  disableRule: vi.fn(async () => undefined),
  enableRule: vi.fn(async () => undefined),
}));
vi.mock('../../src/settings/active-ruleset', () => ({ followActiveRuleset: vi.fn(fake.active.follow) }));
vi.mock('../../src/settings/managed', () => ({ followManagedPolicy: vi.fn(fake.policy.follow) }));
vi.mock('../../src/team-lists/subscription', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/team-lists/subscription')>();
  return { ...actual, subscribe: vi.fn(actual.subscribe), unsubscribe: vi.fn(actual.unsubscribe) };
});

import { REFRESH_LISTS } from '../../src/messaging/messages';
import type { Finding } from '../../src/engine/types';
import { loadBuiltinPack } from '../../src/rules/builtin';
import { parsePack } from '../../src/rules/parse';
import { buildRuleset } from '../../src/rules/ruleset';
import { disableRule, enableRule, updatePersonalPack } from '../../src/settings/personal';
import { filterRules, loadBuiltinRules } from '../../src/ui/options/BuiltinRules';
import { LINES_SHOWN } from '../../src/ui/options/CappedList';
import { markText } from '../../src/ui/options/marks';
import { analyze } from '../../src/engine/analyze';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import {
  defaultMessage,
  mergeImported,
  packToJson,
  packToText,
  ruleFromDraft,
} from '../../src/ui/options/personal-pack';

const builtin = loadBuiltinPack();
const PERSONAL: RulePack = {
  name: 'personal',
  version: '1',
  rules: [
    {
      id: 'per-my-last-email',
      phrases: ['per my last email'],
      message: 'Sounds like a reprimand.',
      suggestions: ['as I mentioned'],
    },
  ],
  disable: ['default/synergy'],
};
const activeRules = (locked: string[] = []) => ({
  ruleset: buildRuleset([builtin, PERSONAL]),
  packs: [
    { name: 'default', source: 'builtin', locked: false, ruleCount: builtin.rules!.length },
    { name: 'personal', source: 'personal', locked: false, ruleCount: 1 },
  ],
  lockedRuleIds: new Set(locked),
  ignored: [],
  leftOut: [] as string[],
  unknownReferences: [] as { pack: string; ruleId: string; change: 'disable' | 'override' }[],
});

let root: HTMLElement;
const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(sel: string) => [...root.querySelectorAll<E>(sel)];

async function settle() {
  for (let i = 0; i < 6; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
}

async function open() {
  await act(() => render(<OptionsPage />, root));
  await settle();
}

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(name: string, content: string) {
  const input = $<HTMLInputElement>('input[type=file][data-cf="import"]')!;
  const file = new File([content], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

const toggle = (id: string) => $<HTMLInputElement>(`input[type=checkbox][data-cf="rule-toggle"][data-rule="${id}"]`)!;

beforeEach(() => {
  vi.clearAllMocks();
  fake.teamLists.reset([]);
  fake.reports.reset([]);
  fake.siteSwitches.reset({});
  fake.checkedSites.reset([]);
  fake.enabledSites.reset([]);
  fake.browser.permissions.remove = vi.fn(async () => true);
  fake.personal.value = { pack: structuredClone(PERSONAL), storage: 'sync' };
  fake.saved.length = 0;
  fake.active.value = activeRules();
  fake.policy.value = { teamListUrls: [], packs: [], errors: [], locked: false };
  fake.browser.permissions.request = vi.fn(async () => true);
  fake.browser.runtime.sendMessage = vi.fn(async () => []);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

describe('built-in rules', () => {
  it('filters by id, phrase or message, any case, space = hyphen', () => {
    const rules = loadBuiltinRules();
    // "drive synergies" is one of drive-value's phrases.
    expect(filterRules(rules, 'SYNERG').map((r) => r.id)).toEqual([
      'default/synergy',
      'default/synergistic',
      'default/synergize',
      'default/drive-value',
    ]);
    expect(filterRules(rules, 'customer facing').map((r) => r.id)).toEqual(['default/customer-facing']);
    expect(filterRules(rules, 'default/sorry-if').map((r) => r.id)).toEqual(['default/sorry-if']);
    // A word of a message only.
    expect(filterRules(rules, 'slide deck').map((r) => r.id)).toEqual(['default/leverage']);
    expect(filterRules(rules, '  ')).toHaveLength(rules.length);
  });

  it('groups by kind and the search box narrows the list', async () => {
    await open();
    expect($$('[data-cf="rule-group"]').map((g) => g.dataset.kind)).toEqual([
      'buzzword',
      'hard-sell',
      'non-apology',
      'brush-off',
      'pitch-first',
      'blank',
      'self-focus',
      'no-question',
      'too-long',
      'second-ask',
      'long-sentence',
    ]);
    expect($('[data-cf="rule-group"][data-kind="non-apology"] h3')!.textContent).toContain('Non-apologies');
    expect($('[data-cf="rule-group"][data-kind="brush-off"] h3')!.textContent).toContain('Scripted brush-offs');
    expect($('[data-cf="rule-group"][data-kind="brush-off"] .count')!.textContent).toBe('5 rules');
    expect($('[data-cf="rule-group"][data-kind="hard-sell"] .count')!.textContent).toBe('13 rules');
    expect($$('[data-cf="rule-toggle"]')).toHaveLength(builtin.rules!.length);
    // Groups start folded, with their counts; a search unfolds what matches.
    expect($$<HTMLDetailsElement>('[data-cf="rule-group"]').every((g) => !g.open)).toBe(true);
    expect($('[data-cf="rule-group"][data-kind="non-apology"] .count')!.textContent).toBe('5 rules');
    const buzzwordRules = builtin.rules!.filter((r) => ('kind' in r ? r.kind : 'buzzword') === 'buzzword').length;
    expect(buzzwordRules).toBeGreaterThan(50);
    expect($('[data-cf="rule-group"][data-kind="buzzword"] .count')!.textContent).toBe(`${buzzwordRules} rules, 1 off`);
    await type($<HTMLInputElement>('[data-cf="rule-search"]')!, 'inconvenience');
    expect($<HTMLDetailsElement>('[data-cf="rule-group"]')!.open).toBe(true);
    expect($$('[data-cf="rule-toggle"]').map((i) => i.dataset.rule)).toEqual(['default/sorry-for-any-inconvenience']);
    expect($$('[data-cf="rule-group"]').map((g) => g.dataset.kind)).toEqual(['non-apology']);
    await type($<HTMLInputElement>('[data-cf="rule-search"]')!, 'no such thing');
    expect($$('[data-cf="rule-toggle"]')).toHaveLength(0);
    expect($('[data-cf="no-rule-match"]')!.textContent).toBe('No built-in rule matches “no such thing”.');
  });

  it('each switch shows the personal pack and calls disableRule / enableRule with its id', async () => {
    await open();
    expect(toggle('default/synergy').checked).toBe(false);
    expect(toggle('default/leverage').checked).toBe(true);
    await act(() => toggle('default/synergy').click());
    expect(enableRule).toHaveBeenCalledWith('default/synergy');
    await act(() => toggle('default/leverage').click());
    expect(disableRule).toHaveBeenCalledWith('default/leverage');
    expect(enableRule).toHaveBeenCalledTimes(1);
    expect(disableRule).toHaveBeenCalledTimes(1);
  });

  it('follows a change made elsewhere (the card, another tab) without a reload', async () => {
    await open();
    await act(() => fake.personal.emit({ pack: { ...PERSONAL, disable: ['default/leverage'] }, storage: 'sync' }));
    await settle();
    expect(toggle('default/synergy').checked).toBe(true);
    expect(toggle('default/leverage').checked).toBe(false);
  });

  it('a rule locked by policy cannot be switched, shows whether it is in force and says who set it', async () => {
    // Leverage is locked on; amazing is locked off (the administrator's pack switched it off).
    fake.active.value = {
      ...activeRules(['default/leverage', 'default/amazing']),
      ruleset: buildRuleset([builtin, PERSONAL, { name: 'acme', version: '1', disable: ['default/amazing'] }]),
    };
    await open();
    expect(toggle('default/leverage').disabled).toBe(true);
    expect(toggle('default/leverage').checked).toBe(true);
    expect(toggle('default/amazing').disabled).toBe(true);
    expect(toggle('default/amazing').checked).toBe(false);
    expect($('[data-cf="builtin-rule"][data-rule="default/leverage"] [data-cf="locked"]')!.textContent).toBe(
      'Set by your administrator',
    );
    expect(toggle('default/synergy').disabled).toBe(false);
    expect($('[data-cf="builtin-rule"][data-rule="default/synergy"] [data-cf="locked"]')).toBeNull();
  });
});

describe('rules you switched off', () => {
  it('come first on the page, named in words, each with "Turn back on"', async () => {
    fake.personal.value = {
      pack: { ...structuredClone(PERSONAL), disable: ['default/synergy', 'team-e2e/rocket-ship'] },
      storage: 'sync',
    };
    await open();
    const sections = $$('main > section').map((s) => s.dataset.cf);
    expect(sections.slice(0, 4)).toEqual(['how-to', 'switched-off', 'sites', 'builtin-rules']);
    expect($('#cf-off-title')!.textContent).toBe('Rules you switched off');
    const items = $$('[data-cf="switched-off-rule"]');
    expect(items.map((li) => li.dataset.rule)).toEqual(['default/synergy', 'team-e2e/rocket-ship']);
    expect(items.map((li) => li.querySelector('.rule-name')!.textContent)).toEqual(['synergy', 'rocket ship']);
    expect(items.map((li) => li.querySelector('.rule-id')!.textContent)).toEqual([
      'default/synergy',
      'team-e2e/rocket-ship',
    ]);
    const buttons = $$<HTMLButtonElement>('[data-cf="turn-back-on"]');
    expect(buttons.map((b) => b.textContent)).toEqual(['Turn back on', 'Turn back on']);
    await act(() => buttons[1]!.click());
    expect(enableRule).toHaveBeenCalledExactlyOnceWith('team-e2e/rocket-ship');
    expect(disableRule).not.toHaveBeenCalled();
  });

  it('shows an error when turning back on fails, and no section when nothing is off', async () => {
    vi.mocked(enableRule).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await open();
    await act(() => $<HTMLButtonElement>('[data-cf="turn-back-on"]')!.click());
    await settle();
    expect($('[data-cf="switched-off"] [role="alert"]')!.textContent).toBe(
      'Could not turn default/synergy back on: QUOTA_BYTES quota exceeded',
    );
    await act(() => fake.personal.emit({ pack: { ...PERSONAL, disable: [] }, storage: 'sync' }));
    await settle();
    expect($('[data-cf="switched-off"]')).toBeNull();
  });
});

describe('personal rules', () => {
  it('adds a rule from the form with the default message and tells where it is kept', async () => {
    await open();
    expect($('[data-cf="sync-state"]')!.textContent).toBe('Synced across your browsers');
    await type($<HTMLTextAreaElement>('[data-cf="rule-phrases"]')!, 'circle back,\nloop back');
    await type($<HTMLInputElement>('[data-cf="rule-suggestion"]')!, 'follow up');
    vi.mocked(updatePersonalPack).mockImplementationOnce(async (change) => {
      fake.saved.push(change(structuredClone(fake.personal.value!.pack))!);
      return 'local';
    });
    await act(() => $<HTMLButtonElement>('[data-cf="save-rule"]')!.click());
    await settle();
    expect(fake.saved[0]!.rules).toEqual([
      PERSONAL.rules![0],
      {
        id: 'circle-back',
        phrases: ['circle back', 'loop back'],
        message: 'You chose to avoid "circle back" and "loop back".',
        suggestions: ['follow up'],
      },
    ]);
    expect($('[data-cf="sync-state"]')!.textContent).toBe('Too large to sync: kept on this computer only');
  });

  it('shows the save error next to the form, in the form’s terms', async () => {
    // As the real one: the change is made, then the changed pack fails validation.
    vi.mocked(updatePersonalPack).mockImplementationOnce(async (change) => {
      change(structuredClone(fake.personal.value!.pack));
      throw new Error(
        'personal rules: rules[1].phrases[0]: regular expressions are not supported; write the words themselves',
      );
    });
    await open();
    await type($<HTMLTextAreaElement>('[data-cf="rule-phrases"]')!, 'a/b');
    await act(() => $<HTMLButtonElement>('[data-cf="save-rule"]')!.click());
    await settle();
    expect($$('[data-cf="rule-errors"] li').map((li) => li.textContent)).toEqual([
      'Phrase "a/b": regular expressions are not supported; write the words themselves',
    ]);
  });

  it('a malformed pack shows every located error and changes nothing', async () => {
    await open();
    const bad = JSON.stringify({ name: 'Team', version: '1', rules: [{ id: 'x', phrases: ['a/b'], message: '' }] });
    const expected = parsePack(bad, 'team.json').errors;
    expect(expected.length).toBeGreaterThanOrEqual(3);
    await chooseFile('team.json', bad);
    expect($$('[data-cf="import-error"]').map((li) => li.textContent)).toEqual(expected);
    expect(updatePersonalPack).not.toHaveBeenCalled();

    await chooseFile('list.json', '{"name": "x", ');
    expect($$('[data-cf="import-error"]').map((li) => li.textContent)).toEqual(
      parsePack('{"name": "x", ', 'list.json').errors,
    );
    expect(updatePersonalPack).not.toHaveBeenCalled();
  });

  it('a plain list merges into the personal pack (same phrases skipped) and saves', async () => {
    await open();
    await chooseFile('team.txt', '# ours\nper my last email => as I said\ncircle back => follow up\n');
    expect(updatePersonalPack).toHaveBeenCalledTimes(1);
    expect(fake.saved[0]).toEqual({
      ...PERSONAL,
      rules: [
        PERSONAL.rules![0],
        {
          id: 'circle-back',
          phrases: ['circle back'],
          message: 'You chose to avoid "circle back".',
          suggestions: ['follow up'],
        },
      ],
    });
    expect($('[data-cf="import-note"]')!.textContent).toBe(
      'Imported 1 rule from team.txt (1 rule you already had left as they were).',
    );
  });

  it('shows what an import switches off and changes nothing until confirmed; cancel changes nothing', async () => {
    const everyRule = builtin.rules!.map((r) => `default/${r.id}`);
    const allOff = JSON.stringify({ name: 'all-off', version: '1', disable: everyRule });
    await open();
    await chooseFile('all-off.json', allOff);
    expect(updatePersonalPack).not.toHaveBeenCalled();
    const preview = $('[data-cf="import-preview"]')!;
    expect(preview.querySelector('legend')!.textContent).toBe(
      'all-off.json changes rules you already have. Nothing changes until you confirm.',
    );
    // default/synergy is off already: every other rule is listed, the first 20 by id, then a count.
    const switchedOff = everyRule.filter((id) => id !== 'default/synergy');
    expect(
      [...preview.querySelectorAll('[data-cf="import-switched-off"] [data-cf="import-change"]')].map(
        (li) => li.textContent,
      ),
    ).toEqual(switchedOff.slice(0, LINES_SHOWN));
    expect(preview.querySelector('[data-cf="import-switched-off"] [data-cf="more"]')!.textContent).toBe(
      `and ${switchedOff.length - LINES_SHOWN} more`,
    );
    expect(preview.querySelector('[data-cf="import-added"]')).toBeNull();

    await act(() => $<HTMLButtonElement>('[data-cf="import-cancel"]')!.click());
    await settle();
    expect(updatePersonalPack).not.toHaveBeenCalled();
    expect($('[data-cf="import-preview"]')).toBeNull();
    expect($('[data-cf="import-note"]')!.textContent).toBe(
      'Nothing was imported from all-off.json; your rules are as they were.',
    );

    await chooseFile('all-off.json', allOff);
    await act(() => $<HTMLButtonElement>('[data-cf="import-confirm"]')!.click());
    await settle();
    expect(updatePersonalPack).toHaveBeenCalledTimes(1);
    expect(fake.saved).toEqual([{ ...PERSONAL, disable: ['default/synergy', ...switchedOff] }]);
    expect($('[data-cf="import-preview"]')).toBeNull();
    expect($('[data-cf="import-note"]')!.textContent).toBe(
      `Imported from all-off.json; switched off ${switchedOff.length} rules.`,
    );
  });

  it('asks before re-wording a rule, and lists every kind of change an import makes', async () => {
    const pack = {
      name: 'acme',
      version: '1',
      rules: [{ id: 'circle-back', phrases: ['circle back'], message: 'Say when.' }],
      overrides: { 'default/leverage': { message: 'Acme: say use.' } },
      cues: { 'pitch-first/sender-names': ['Acme', 'Widgetly'] },
    };
    await open();
    await chooseFile('acme.json', JSON.stringify(pack));
    expect(updatePersonalPack).not.toHaveBeenCalled();
    const lines = (cf: string) => $$(`[data-cf="import-preview"] [data-cf="${cf}"] li`).map((li) => li.textContent);
    expect(lines('import-added')).toEqual(['circle back']);
    expect(lines('import-reworded')).toEqual(['default/leverage']);
    expect(lines('import-cues')).toEqual(['pitch-first/sender-names: Acme, Widgetly']);
    await act(() => $<HTMLButtonElement>('[data-cf="import-confirm"]')!.click());
    await settle();
    expect(fake.saved).toEqual([
      {
        ...PERSONAL,
        rules: [...PERSONAL.rules!, pack.rules[0]],
        overrides: pack.overrides,
        cues: pack.cues,
      },
    ]);
    expect($('[data-cf="import-note"]')!.textContent).toBe(
      'Imported 1 rule from acme.json; re-worded 1 rule, added 2 cue words.',
    );
  });

  it('adds new rules and cue words at once, and shows what was added', async () => {
    await open();
    const pack = { name: 'acme', version: '1', cues: { 'pitch-first/sender-names': ['Acme'] } };
    await chooseFile('names.json', JSON.stringify(pack));
    expect($('[data-cf="import-preview"]')).toBeNull();
    expect(fake.saved).toEqual([{ ...PERSONAL, cues: pack.cues }]);
    expect($('[data-cf="import-note"]')!.textContent).toBe('Imported from names.json; added 1 cue word.');
    expect($$('[data-cf="import-cues"] li').map((li) => li.textContent)).toEqual(['pitch-first/sender-names: Acme']);
  });

  it('saves nothing for an import that changes nothing, and says so', async () => {
    await open();
    await chooseFile('same.txt', 'per my last email\n');
    expect(fake.saved).toEqual([]);
    expect($('[data-cf="import-note"]')!.textContent).toBe('Nothing new in same.txt: you already have all its rules.');
  });

  it('shows the first errors of a plain list of bad lines, then counts the rest', async () => {
    // Under the phrase count limit, so each line is an error of its own.
    const content = 'x/\n'.repeat(1_999);
    const errors = parsePack(content, 'bad.txt').errors;
    expect(errors.length).toBeGreaterThan(LINES_SHOWN);
    await open();
    await chooseFile('bad.txt', content);
    expect($$('[data-cf="import-error"]').map((li) => li.textContent)).toEqual(errors.slice(0, LINES_SHOWN));
    expect($('[data-cf="import-errors"] [data-cf="more"]')!.textContent).toBe(
      `and ${(errors.length - LINES_SHOWN).toLocaleString('en-US')} more`,
    );
    expect(updatePersonalPack).not.toHaveBeenCalled();
  });

  it('says which of the personal pack’s switch-offs and re-wordings name no rule', async () => {
    fake.active.value = {
      ...activeRules(),
      unknownReferences: [
        { pack: 'personal', ruleId: 'default/leverag', change: 'disable' },
        { pack: 'personal', ruleId: 'default/nope', change: 'override' },
        { pack: 'sales', ruleId: 'default/x', change: 'disable' },
      ],
    };
    await open();
    expect($$('[data-cf="personal-unknown"] [data-cf="unknown-reference"]').map((li) => li.textContent)).toEqual([
      'Your rules switch off "default/leverag", which does not exist.',
      'Your rules re-word "default/nope", which does not exist.',
    ]);
  });

  it('merging de-duplicates ids and joins disable and overrides', () => {
    const imported: RulePack = {
      name: 'acme',
      version: '2',
      rules: [
        { id: 'per-my-last-email', phrases: ['as per my last email'], message: 'm' },
        { id: 'x', phrases: ['Per  My Last Email'], message: 'same phrases, other case' },
      ],
      disable: ['default/synergy', 'default/amazing'],
      overrides: { 'default/leverage': { severity: 'hint' } },
    };
    const result = mergeImported(PERSONAL, imported);
    const added = { id: 'per-my-last-email-2', phrases: ['as per my last email'], message: 'm' };
    expect(result).toEqual({
      changes: {
        added: [added],
        skipped: 1,
        // default/synergy was off already.
        switchedOff: ['default/amazing'],
        reworded: ['default/leverage'],
        cues: {},
      },
      pack: {
        ...PERSONAL,
        rules: [PERSONAL.rules![0], added],
        disable: ['default/synergy', 'default/amazing'],
        overrides: { 'default/leverage': { severity: 'hint' } },
      },
    });
  });

  it('the form makes unique ids and keeps what it does not edit', () => {
    const taken = new Set(['circle-back']);
    expect(ruleFromDraft({ phrases: ' Circle back ', message: '', suggestion: '' }, taken).rule).toEqual({
      id: 'circle-back-2',
      phrases: ['Circle back'],
      message: defaultMessage(['Circle back']),
    });
    expect(ruleFromDraft({ phrases: ' , \n', message: '', suggestion: '' }, taken).error).toBe(
      'Write at least one phrase to look for.',
    );
    const editing = { id: 'a', phrases: ['a'], message: 'm', suggestions: ['one', 'two'], inflect: false };
    expect(ruleFromDraft({ phrases: 'b', message: '', suggestion: 'uno' }, taken, editing).rule).toEqual({
      id: 'a',
      phrases: ['b'],
      message: 'You chose to avoid "b".',
      suggestions: ['uno', 'two'],
      inflect: false,
    });
  });

  it('exports the pack as JSON and as a plain list', () => {
    const pack: RulePack = {
      name: 'personal',
      version: '3',
      rules: [
        {
          id: 'a',
          phrases: ['per my last email', 'as per my last email'],
          message: 'm',
          suggestions: [{ label: 'L', replacement: 'as I said' }],
        },
        { id: 'b', phrases: ['touch base'], message: 'm' },
        { id: 'c', phrases: ['reach out'], message: 'm', suggestions: ['write # to us'] },
      ],
      disable: ['default/synergy'],
    };
    expect(JSON.parse(packToJson(pack))).toEqual(pack);
    expect(packToJson(pack).endsWith('}\n')).toBe(true);
    expect(packToText(pack)).toBe(
      '# Connection First: personal rules\nper my last email => as I said\n' +
        'as per my last email => as I said\ntouch base\nreach out\n',
    );
    // What is exported loads again.
    expect(parsePack(packToJson(pack), 'personal.json').errors).toEqual([]);
    expect(parsePack(packToText(pack), 'personal.txt').pack!.rules).toHaveLength(4);
  });

  it('the export buttons download files', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:x';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    try {
      await open();
      await act(() => $<HTMLButtonElement>('[data-cf="export-json"]')!.click());
      await act(() => $<HTMLButtonElement>('[data-cf="export-text"]')!.click());
      expect(clicks).toEqual(['connection-first-personal.json', 'connection-first-personal.txt']);
      expect(await created[0]!.text()).toBe(packToJson(PERSONAL));
      expect(await created[1]!.text()).toBe(packToText(PERSONAL));
    } finally {
      createObjectURL.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }
  });
});

describe('where to check', () => {
  const rows = () =>
    $$('[data-cf="site"]').map((row) => [
      row.dataset.site,
      row.querySelector<HTMLInputElement>('[data-cf="site-switch"]')!.checked,
      row.querySelector('.tag')?.textContent ?? '',
      row.querySelector('[data-cf="site-waiting"]') ? 'waiting' : '',
      row.querySelector('[data-cf="remove-site"]') ? 'removable' : '',
    ]);

  it('lists the mail sites and every added site with its switch, who added it and whether access is allowed', async () => {
    fake.siteSwitches.reset({ outlook: false, 'https://app.crm.example': false });
    fake.checkedSites.reset([
      { origin: 'https://*.help.example', by: 'policy', granted: false },
      { origin: 'https://app.crm.example', by: 'user', granted: true },
    ]);
    await open();
    expect(rows()).toEqual([
      ['gmail', true, '', '', ''],
      ['outlook', false, '', '', ''],
      ['https://*.help.example', true, 'Set by your administrator', 'waiting', ''],
      ['https://app.crm.example', false, '', '', 'removable'],
    ]);
    await act(() => $<HTMLInputElement>('[data-site="https://app.crm.example"] [data-cf="site-switch"]')!.click());
    await settle();
    expect(await fake.siteSwitches.getValue()).toEqual({ outlook: false, 'https://app.crm.example': true });

    await act(() => $<HTMLButtonElement>('[data-cf="allow-site"]')!.click());
    expect(fake.browser.permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://*.help.example/*'] });

    fake.enabledSites.reset(['https://app.crm.example']);
    await act(() => $<HTMLButtonElement>('[data-cf="remove-site"]')!.click());
    await settle();
    expect(await fake.enabledSites.getValue()).toEqual([]);
    expect(fake.browser.permissions.remove).toHaveBeenCalledExactlyOnceWith({ origins: ['https://app.crm.example/*'] });
  });

  it('adds a site by its address: its origin only is asked for', async () => {
    await open();
    await type($<HTMLInputElement>('[data-cf="site-url"]')!, ' https://App.CRM.example/deals/12 ');
    await act(() => $<HTMLButtonElement>('[data-cf="add-site"]')!.click());
    await settle();
    expect(fake.browser.permissions.request).toHaveBeenCalledExactlyOnceWith({
      origins: ['https://app.crm.example/*'],
    });
    expect(await fake.enabledSites.getValue()).toEqual(['https://app.crm.example']);
    expect($('[data-cf="site-note"]')!.textContent).toBe('Checking is on for app.crm.example.');
    expect($<HTMLInputElement>('[data-cf="site-url"]')!.value).toBe('');
  });

  it.each([
    ['http://crm.example', '"http://crm.example" must start with https:// and name a host'],
    ['https://*.crm.example', 'Add one site at a time, without "*."'],
  ])('refuses %s with a message and asks for nothing', async (address, message) => {
    await open();
    await type($<HTMLInputElement>('[data-cf="site-url"]')!, address);
    await act(() => $<HTMLButtonElement>('[data-cf="add-site"]')!.click());
    await settle();
    expect($('[data-cf="site-error"]')!.textContent).toBe(message);
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
    expect(await fake.enabledSites.getValue()).toEqual([]);
  });

  it('a refusal by the browser is said, and the site is not added', async () => {
    fake.browser.permissions.request = vi.fn(async () => false);
    await open();
    await type($<HTMLInputElement>('[data-cf="site-url"]')!, 'https://app.crm.example');
    await act(() => $<HTMLButtonElement>('[data-cf="add-site"]')!.click());
    await settle();
    expect($('[data-cf="site-error"]')!.textContent).toBe('Your browser did not allow access to app.crm.example.');
    expect(await fake.enabledSites.getValue()).toEqual([]);
  });
});

describe('team lists', () => {
  const subscribeTo = async (url: string) => {
    await type($<HTMLInputElement>('input[data-cf="list-url"]')!, url);
    await act(() => $<HTMLButtonElement>('button[data-cf="subscribe"]')!.click());
    await settle();
  };

  it('refuses an http:// address with a message and asks for no permission', async () => {
    await open();
    await subscribeTo('http://lists.example.com/team.json');
    expect($('[data-cf="subscribe-error"]')!.textContent).toBe('Only https:// addresses are allowed; "http:" is not.');
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
    expect(await fake.teamLists.getValue()).toEqual([]);
  });

  it('asks for the list’s origin only, then subscribes and fetches it', async () => {
    const request = vi.fn(async () => true);
    fake.browser.permissions.request = request;
    await open();
    await subscribeTo('https://Lists.Example.com/team.json');
    expect(request).toHaveBeenCalledWith({ origins: ['https://lists.example.com/*'] });
    expect(await fake.teamLists.getValue()).toEqual([{ url: 'https://lists.example.com/team.json' }]);
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({
      type: REFRESH_LISTS,
      url: 'https://lists.example.com/team.json',
    });
  });

  it('a refused permission, or none to ask, is said and nothing is added', async () => {
    fake.browser.permissions.request = vi.fn(async () => false);
    await open();
    await subscribeTo('https://lists.example.com/team.json');
    expect($('[data-cf="subscribe-error"]')!.textContent).toContain(
      'Access to https://lists.example.com was not granted',
    );
    expect(await fake.teamLists.getValue()).toEqual([]);

    fake.browser.permissions.request = undefined;
    await subscribeTo('https://lists.example.com/team.json');
    expect($('[data-cf="subscribe-error"]')!.textContent).toContain('does not let Connection First ask for access');
    expect(await fake.teamLists.getValue()).toEqual([]);
    expect(fake.browser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('shows a list’s error as text, keeps saying the last good copy is in force', async () => {
    const evil = 'HTTP 500 <img src=x onerror=alert(1)>';
    const list: TeamList = {
      url: 'https://lists.example.com/team.json',
      name: '<b>acme</b>',
      version: '7',
      ruleCount: 2,
      pack: { name: 'acme', version: '7', rules: [] },
      lastSuccess: Date.now() - 3 * 3600_000,
      lastAttempt: Date.now(),
      lastError: evil,
    };
    await fake.teamLists.setValue([list]);
    await open();
    const row = $('[data-cf="team-list"]')!;
    expect(row.querySelector('[data-cf="list-error"]')!.textContent).toBe(evil);
    expect(row.querySelector('[data-cf="list-name"]')!.textContent).toBe('<b>acme</b>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(row.textContent).toContain('stays in force');
    expect(row.querySelector('[data-cf="list-updated"]')!.textContent).toBe('3 hours ago');
    expect(row.querySelector('[data-cf="list-updated"]')!.getAttribute('title')).toBeTruthy();
  });

  it('refresh asks the background; a managed list cannot be removed', async () => {
    await fake.teamLists.setValue([
      { url: 'https://a.example/one.json', name: 'one', managed: true },
      { url: 'https://b.example/two.json', name: 'two' },
    ]);
    await open();
    const [managed, own] = $$('[data-cf="team-list"]');
    expect(managed!.querySelector('[data-cf="managed"]')!.textContent).toBe('Managed by your organisation');
    expect(managed!.querySelector('[data-cf="unsubscribe"]')).toBeNull();
    await act(() => managed!.querySelector<HTMLButtonElement>('[data-cf="refresh"]')!.click());
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({
      type: REFRESH_LISTS,
      url: 'https://a.example/one.json',
    });
    await act(() => own!.querySelector<HTMLButtonElement>('[data-cf="unsubscribe"]')!.click());
    await settle();
    expect(await fake.teamLists.getValue()).toEqual([
      { url: 'https://a.example/one.json', name: 'one', managed: true },
    ]);
    expect($$('[data-cf="team-list"]')).toHaveLength(1);
  });

  it('clips a stored error of any length', async () => {
    await fake.teamLists.setValue([
      { url: 'https://lists.example.com/team.json', lastAttempt: Date.now(), lastError: 'e'.repeat(900_000) },
    ]);
    await open();
    expect($('[data-cf="list-error"]')!.textContent).toBe(`${'e'.repeat(299)}…`);
  });

  it('shows, with each list and the policy’s pack, what it switches off or re-words that does not exist', async () => {
    await fake.teamLists.setValue([
      { url: 'https://lists.example.com/sales.json', name: 'sales', pack: { name: 'sales', version: '1' } },
      { url: 'https://lists.example.com/ok.json', name: 'ok', pack: { name: 'ok', version: '1' } },
    ]);
    fake.policy.value = { teamListUrls: [], packs: [{ name: 'acme', version: '1' }], errors: [], locked: true };
    fake.active.value = {
      ...activeRules(),
      unknownReferences: [
        { pack: 'sales', ruleId: 'default/synergie', change: 'disable' },
        { pack: 'acme', ruleId: 'default/leverag', change: 'override' },
      ],
    };
    await open();
    const references = (row: Element) =>
      [...row.querySelectorAll('[data-cf="unknown-reference"]')].map((li) => li.textContent);
    const [sales, ok] = $$('[data-cf="team-list"]');
    expect(references(sales!)).toEqual(['This list switches off "default/synergie", which does not exist.']);
    expect(references(ok!)).toEqual([]);
    expect(references($('[data-cf="managed-pack"]')!)).toEqual([
      'This pack re-words "default/leverag", which does not exist.',
    ]);
    expect($('[data-cf="personal-unknown"]')).toBeNull();
  });

  it('says which packs are left out of the rules in force, and why', async () => {
    fake.active.value = {
      ...activeRules(),
      leftOut: ['pack "big-4" left out: its 2,000 rules would make 10,100 in force (at most 10,000)'],
    };
    await open();
    expect($$('[data-cf="left-out-pack"]').map((li) => li.textContent)).toEqual([
      'pack "big-4" left out: its 2,000 rules would make 10,100 in force (at most 10,000)',
    ]);
    fake.active.emit(activeRules());
    await settle();
    expect($('[data-cf="left-out"]')).toBeNull();
  });

  it('shows at most 20 of a policy’s 249,000 errors, and counts the rest', async () => {
    const errors = Array.from({ length: 249_000 }, (_, i) => `policy teamListUrls[${i}]: must be an https:// address`);
    fake.policy.value = { teamListUrls: [], packs: [], errors, locked: false };
    await open();
    expect($$('[data-cf="policy-error"]').map((li) => li.textContent)).toEqual(errors.slice(0, 20));
    expect($('[data-cf="policy-errors"] [data-cf="more"]')!.textContent).toBe('and 248,980 more');
  });

  it('shows the policy’s errors as text', async () => {
    fake.policy.value = {
      teamListUrls: [],
      packs: [],
      errors: ['teamListUrls[0]: <img src=x> is not https'],
      locked: true,
    };
    await open();
    expect($$('[data-cf="policy-error"]').map((li) => li.textContent)).toEqual([
      'teamListUrls[0]: <img src=x> is not https',
    ]);
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('for people, not developers', () => {
  it('starts with how to use it in mail, and names its sections plainly', async () => {
    await open();
    expect($$('main > section h2').map((h) => h.textContent)).toEqual([
      'How to use it in your mail',
      'Rules you switched off',
      'Where to check',
      'Standard rules',
      'Your own phrases',
      'Shared team lists',
      'Try it',
      '"Not right here" reports',
    ]);
    expect($$('nav a').map((a) => a.textContent)).toEqual([
      'How to use it',
      'Where to check',
      'Standard rules',
      'Your own phrases',
      'Shared team lists',
      'Try it',
      'Reports',
    ]);
    const steps = $$('[data-cf="how-to"] ol > li').map((li) => li.textContent);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toBe('Open a new message, a reply or a forward in Gmail or Outlook on the web.');
    expect(steps[2]).toBe('Point at an underline, or put the caret in it and press Alt+Enter.');
    expect(steps[3]).toBe('Pick a rewrite to put it in your message, or leave the words as they are.');
  });

  it('names the browser shortcut too once the browser says it', async () => {
    (fake.browser as { commands?: object }).commands = {
      getAll: async () => [{ name: 'open-card', shortcut: 'Alt+Shift+.' }],
    };
    try {
      await open();
      expect($('[data-cf="how-to-keys"]')!.textContent).toBe('Alt+Enter or Alt+Shift+.');
    } finally {
      delete (fake.browser as { commands?: object }).commands;
    }
  });

  it('lists rules by kind, then by name, each name before its smaller id', async () => {
    await open();
    const group = (kind: string) =>
      $$(`[data-cf="rule-group"][data-kind="${kind}"] [data-cf="builtin-rule"]`).map((li) => ({
        name: li.querySelector('.rule-name')!.textContent!,
        id: li.querySelector('small.rule-id')!.textContent!,
      }));
    for (const kind of ['buzzword', 'non-apology', 'pitch-first']) {
      const names = group(kind).map((r) => r.name);
      expect(names.length).toBeGreaterThan(0);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    }
    const buzzwords = group('buzzword');
    expect(buzzwords.find((r) => r.id === 'default/synergy')).toEqual({ name: 'synergy', id: 'default/synergy' });
    // A leading wildcard makes a poor name: the next phrase serves.
    expect(buzzwords.find((r) => r.id === 'default/centric')).toEqual({ name: 'centric', id: 'default/centric' });
    // A grammar check is named by its id in words.
    expect(group('non-apology').find((r) => r.id === 'default/sorry-if')?.name).toBe('sorry if');
    // The name comes first in the row, the id after it.
    const label = $('[data-cf="builtin-rule"][data-rule="default/synergy"] label')!;
    expect([...label.children].map((el) => el.className)).toEqual(['', 'rule-name', 'rule-id']);
  });
});

describe('"not right here" reports', () => {
  const REPORTS = [
    { id: 'a', ruleId: 'default/synergy', kind: 'buzzword', date: '2026-11-30' },
    {
      id: 'b',
      ruleId: 'default/sorry-if',
      kind: 'non-apology',
      date: '2026-12-01',
      sentence: 'Sorry if the invoice was late.',
    },
  ];

  it('lists them newest first, says they stay here and how many are kept; none: says so', async () => {
    await open();
    expect($('[data-cf="no-reports"]')!.textContent).toBe('No reports yet.');
    expect($('[data-cf="reports-copy"]')).toBeNull();
    await act(() => fake.reports.setValue(structuredClone(REPORTS)));
    await settle();
    expect($('[data-cf="reports"] .intro')!.textContent).toContain('Nothing is sent.');
    expect($('[data-cf="reports"] .intro')!.textContent).toContain(
      'The latest 200 are kept; a newer one drops the oldest.',
    );
    const items = $$('[data-cf="report"]');
    expect(items.map((li) => li.querySelector('.rule-id')!.textContent)).toEqual([
      'default/sorry-if',
      'default/synergy',
    ]);
    expect(items[0]!.querySelector('.found')!.textContent).toBe('“Sorry if the invoice was late.”');
    expect(items[1]!.querySelector('.found')).toBeNull();
    expect(items[0]!.textContent).toContain('2026-12-01');
    expect(items[0]!.textContent).toContain('Non-apology');
  });

  it('Copy puts the JSON on the clipboard; Export downloads it; Delete removes one, Delete all the rest', async () => {
    const writeText = vi.fn(async (_t: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await fake.reports.setValue(structuredClone(REPORTS));
    await open();
    await act(() => $<HTMLButtonElement>('[data-cf="reports-copy"]')!.click());
    await settle();
    expect(JSON.parse(writeText.mock.calls[0]![0]).reports).toEqual([
      { ruleId: 'default/synergy', kind: 'buzzword', date: '2026-11-30' },
      {
        ruleId: 'default/sorry-if',
        kind: 'non-apology',
        date: '2026-12-01',
        sentence: 'Sorry if the invoice was late.',
      },
    ]);
    expect($('[data-cf="reports-note"]')!.textContent).toBe('Copied.');
    const clicked: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await act(() => $<HTMLButtonElement>('[data-cf="reports-export"]')!.click());
    spy.mockRestore();
    expect(clicked).toEqual(['connection-first-reports.json']);
    await act(() => $<HTMLButtonElement>('[data-cf="report-delete"]')!.click());
    await settle();
    expect($$('[data-cf="report"]').map((li) => li.querySelector('.rule-id')!.textContent)).toEqual([
      'default/synergy',
    ]);
    expect(((await fake.reports.getValue()) as { id: string }[]).map((r) => r.id)).toEqual(['a']);
    await act(() => $<HTMLButtonElement>('[data-cf="reports-delete-all"]')!.click());
    await settle();
    expect(await fake.reports.getValue()).toEqual([]);
    expect($('[data-cf="no-reports"]')).not.toBeNull();
  });

  it('shows a failed delete, and the reports stay', async () => {
    await fake.reports.setValue(structuredClone(REPORTS));
    await open();
    const setValue = vi.spyOn(fake.reports, 'setValue').mockRejectedValueOnce(new Error('storage is full'));
    await act(() => $<HTMLButtonElement>('[data-cf="reports-delete-all"]')!.click());
    await settle();
    setValue.mockRestore();
    expect($('[data-cf="reports"] [role="alert"]')!.textContent).toBe('storage is full');
    expect($$('[data-cf="report"]')).toHaveLength(2);
  });
});

describe('try it', () => {
  it('each rewrite is a chip that puts it in the text; the text is checked again', async () => {
    fake.active.value = { ...activeRules(), ruleset: buildRuleset([builtin]) };
    await open();
    await type($<HTMLTextAreaElement>('textarea[data-cf="try-input"]')!, 'We leverage synergy.');
    await act(() => new Promise((r) => setTimeout(r, 200)));
    const chips = $$<HTMLButtonElement>('[data-cf="try-finding"] [data-cf="try-chip"]');
    const expected = analyze('We leverage synergy.', buildRuleset([builtin]));
    expect(chips.map((c) => c.textContent)).toEqual(
      expected.flatMap((f) => f.suggestions.map((x) => (x.label ? `${x.label}: ${x.replacement}` : x.replacement))),
    );
    const synergy = expected.find((f) => f.text === 'synergy')!;
    const chip =
      $$<HTMLButtonElement>('[data-cf="try-finding"]')[1]!.querySelector<HTMLButtonElement>('[data-cf="try-chip"]')!;
    await act(() => chip.click());
    const after = `We leverage ${synergy.suggestions[0]!.replacement}.`;
    expect($<HTMLTextAreaElement>('textarea[data-cf="try-input"]')!.value).toBe(after);
    expect($('[data-cf="try-output"]')!.textContent).toBe(after);
    expect($$('[data-cf="try-output"] mark').map((m) => m.textContent)).toEqual(['leverage']);
  });

  it('marks the findings in place and lists them', async () => {
    await open();
    expect($$('[data-cf="try-finding"]').length).toBeGreaterThanOrEqual(3);
    await type($<HTMLTextAreaElement>('textarea[data-cf="try-input"]')!, 'We leverage synergy.');
    await act(() => new Promise((r) => setTimeout(r, 200)));
    const marks = $$('[data-cf="try-output"] mark');
    expect(marks.map((m) => [m.dataset.kind, m.textContent])).toEqual([
      ['buzzword', 'leverage'],
      // default/synergy is switched off in the personal pack: the ruleset in force decides.
    ]);
    expect($('[data-cf="try-output"]')!.textContent).toBe('We leverage synergy.');
    const items = $$('[data-cf="try-finding"]');
    expect(items).toHaveLength(1);
    expect(items[0]!.dataset.kind).toBe('buzzword');
    expect(items[0]!.textContent).toContain('default/leverage');
    expect(items[0]!.textContent).toContain('slide deck');
  });

  it('with every built-in rule on, both buzzwords are marked', async () => {
    fake.active.value = { ...activeRules(), ruleset: buildRuleset([builtin]) };
    await open();
    await type($<HTMLTextAreaElement>('textarea[data-cf="try-input"]')!, 'We leverage synergy.');
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect($$('[data-cf="try-output"] mark').map((m) => [m.dataset.kind, m.textContent])).toEqual([
      ['buzzword', 'leverage'],
      ['buzzword', 'synergy'],
    ]);
    expect($$('[data-cf="try-finding"]').map((li) => li.querySelector('.rule-id')!.textContent)).toEqual([
      'default/leverage',
      'default/synergy',
    ]);
  });

  it('nests findings inside a longer one and keeps every character once', () => {
    const text = 'Hi. We leverage synergy today.';
    const f = (ruleId: string, start: number, end: number): Finding => ({
      ruleId,
      kind: 'buzzword',
      start,
      end,
      text: text.slice(start, end),
      message: '',
      suggestions: [],
      severity: 'warning',
    });
    const pieces = markText(text, [f('b', 7, 15), f('a', 4, 30), f('c', 16, 23)]);
    expect(pieces).toEqual([
      'Hi. ',
      {
        finding: f('a', 4, 30),
        children: [
          'We ',
          { finding: f('b', 7, 15), children: ['leverage'] },
          ' ',
          { finding: f('c', 16, 23), children: ['synergy'] },
          ' today.',
        ],
      },
    ]);
  });

  it('a message with HTML in it stays text', async () => {
    const pack: RulePack = {
      name: 'acme',
      version: '1',
      rules: [{ id: 'x', phrases: ['leverage'], message: '<img src=x onerror=alert(1)>' }],
    };
    fake.active.value = { ...activeRules(), ruleset: buildRuleset([pack]) };
    await open();
    await type($<HTMLTextAreaElement>('textarea[data-cf="try-input"]')!, 'We leverage it.');
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect($('[data-cf="try-finding"] .rule-message')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });
});
