import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../src/engine';
import { loadBuiltinPack, type RulePack } from '../../src/rules';
import {
  ACTIVE_DEBOUNCE_MS,
  followActiveRuleset,
  mergeActive,
  type ActiveInputs,
  type ActiveRules,
} from '../../src/settings/active-ruleset';
import { FIRST_POLICY_WAIT_MS, readManagedPolicy } from '../../src/settings/managed';
import type { ManagedPolicy, TeamList } from '../../src/settings/model';
import { emptyPersonalPack, savePersonalPack } from '../../src/settings/personal';
import { slowManagedStorage } from './slow-managed';
import { eventually } from '../eventually';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const builtin = loadBuiltinPack();
const phraseRule = (id: string, phrase: string, message = `Avoid "${phrase}".`) => ({ id, phrases: [phrase], message });

/** The administrator's pack, pushed inline. */
const adminPack: RulePack = {
  name: 'acme-policy',
  version: '1',
  rules: [phraseRule('per-my-last-email', 'per my last email')],
  overrides: { 'default/synergy': { message: 'Acme says: name the joint work.' } },
};
/** A list the administrator subscribes everyone to. */
const managedList: TeamList = {
  url: 'https://lists.example.com/sales.json',
  managed: true,
  pack: { name: 'acme-sales', version: '3', rules: [phraseRule('touch-base', 'touch base')] },
};
const otherManagedList: TeamList = {
  url: 'https://lists.example.com/support.json',
  managed: true,
  pack: { name: 'acme-support', version: '1', rules: [phraseRule('escalated', 'ticket has been escalated')] },
};
/** A list the user subscribed to. */
const userList: TeamList = {
  url: 'https://raw.example.org/team/words.json',
  pack: {
    name: 'my-team',
    version: '1',
    rules: [phraseRule('reach-out', 'reach out')],
    disable: ['acme-sales/touch-base'],
  },
};

const policy = (locked: boolean): ManagedPolicy => ({
  teamListUrls: [otherManagedList.url, managedList.url],
  packs: [adminPack],
  errors: [],
  locked,
  enabledSites: [],
});

const inputs = (over: Partial<ActiveInputs> = {}): ActiveInputs => ({
  builtin,
  policy: policy(true),
  lists: [userList, managedList, otherManagedList],
  personal: emptyPersonalPack(),
  ...over,
});

const TEXT = 'Per my last email, let us touch base and reach out about the synergy. The ticket has been escalated.';
const flagged = (rules: ActiveRules) => analyze(TEXT, rules.ruleset).map((f) => [f.ruleId, f.message]);
const ruleIds = (rules: ActiveRules) => flagged(rules).map(([id]) => id);

describe('mergeActive', () => {
  it('merges built-in, managed packs, managed lists in policy order, user lists, then personal', () => {
    const active = mergeActive(inputs());
    expect(active.packs).toEqual([
      { name: 'default', source: 'builtin', locked: false, ruleCount: builtin.rules!.length },
      { name: 'acme-policy', source: 'managed', locked: true, ruleCount: 1 },
      { name: 'acme-support', source: 'managed', locked: true, ruleCount: 1, url: otherManagedList.url },
      { name: 'acme-sales', source: 'managed', locked: true, ruleCount: 1, url: managedList.url },
      { name: 'my-team', source: 'team', locked: false, ruleCount: 1, url: userList.url },
      { name: 'personal', source: 'personal', locked: false, ruleCount: 0 },
    ]);
    expect(flagged(active)).toEqual([
      ['acme-policy/per-my-last-email', 'Avoid "per my last email".'],
      ['acme-sales/touch-base', 'Avoid "touch base".'], // the user list's disable of a locked rule is ignored
      ['my-team/reach-out', 'Avoid "reach out".'],
      ['default/synergy', 'Acme says: name the joint work.'],
      ['acme-support/escalated', 'Avoid "ticket has been escalated".'],
    ]);
    expect([...active.lockedRuleIds].sort()).toEqual([
      'acme-policy/per-my-last-email',
      'acme-sales/touch-base',
      'acme-support/escalated',
      'default/synergy',
    ]);
    expect(active.ignored).toEqual([
      { pack: 'my-team', source: 'team', ruleId: 'acme-sales/touch-base', change: 'disable' },
    ]);
  });

  it("ignores the personal pack's disable and overrides of managed rules when locked", () => {
    const personal: RulePack = {
      ...emptyPersonalPack(),
      disable: ['acme-sales/touch-base', 'acme-policy/per-my-last-email', 'my-team/reach-out'],
      overrides: { 'default/synergy': { message: 'Mine.' }, 'acme-support/escalated': { severity: 'hint' } },
    };
    const active = mergeActive(inputs({ personal }));
    expect(ruleIds(active)).toEqual([
      'acme-policy/per-my-last-email',
      'acme-sales/touch-base',
      'default/synergy',
      'acme-support/escalated',
    ]);
    expect(flagged(active)).toContainEqual(['default/synergy', 'Acme says: name the joint work.']);
    expect(active.ignored).toEqual([
      { pack: 'my-team', source: 'team', ruleId: 'acme-sales/touch-base', change: 'disable' },
      { pack: 'personal', source: 'personal', ruleId: 'acme-sales/touch-base', change: 'disable' },
      { pack: 'personal', source: 'personal', ruleId: 'acme-policy/per-my-last-email', change: 'disable' },
      { pack: 'personal', source: 'personal', ruleId: 'default/synergy', change: 'override' },
      { pack: 'personal', source: 'personal', ruleId: 'acme-support/escalated', change: 'override' },
    ]);
  });

  it('honours them when the policy does not lock', () => {
    const personal: RulePack = {
      ...emptyPersonalPack(),
      disable: ['acme-policy/per-my-last-email', 'my-team/reach-out'],
      overrides: { 'default/synergy': { message: 'Mine.' } },
    };
    const active = mergeActive(inputs({ policy: policy(false), personal }));
    // Without the user list's rule, the built-in rule for the same words shows again.
    expect(ruleIds(active)).toEqual(['default/touch-base', 'default/synergy', 'acme-support/escalated']);
    expect(flagged(active)).toContainEqual(['default/synergy', 'Mine.']);
    expect(active.lockedRuleIds.size).toBe(0);
    expect(active.ignored).toEqual([]);
    expect(active.packs.filter((p) => p.source === 'managed').every((p) => !p.locked)).toBe(true);
  });

  it('lets the user switch off rules of their own lists and built-in rules the administrator left alone', () => {
    const personal: RulePack = {
      ...emptyPersonalPack(),
      disable: ['my-team/reach-out', 'default/synergy', 'default/circle-back'],
    };
    const locked = mergeActive(inputs({ policy: { ...policy(true), packs: [] }, personal }));
    expect(ruleIds(locked)).toEqual(['acme-sales/touch-base', 'acme-support/escalated']);
    expect(locked.ignored).toEqual([
      { pack: 'my-team', source: 'team', ruleId: 'acme-sales/touch-base', change: 'disable' },
    ]);
  });

  it('does not let a user pack replace a locked rule by reusing its id', () => {
    const impostor: TeamList = {
      url: 'https://evil.example/acme-sales.json',
      pack: {
        name: 'acme-sales',
        version: '9',
        rules: [{ ...phraseRule('touch-base', 'touch base'), severity: 'hint' }],
      },
    };
    const active = mergeActive(inputs({ lists: [managedList, impostor] }));
    expect(active.ruleset.rules.find((r) => r.id === 'acme-sales/touch-base')?.severity).toBe('warning');
    expect(active.ignored).toEqual([
      { pack: 'acme-sales', source: 'team', ruleId: 'acme-sales/touch-base', change: 'rule' },
    ]);
  });

  it('applies a list marked managed even before the policy names it, and skips lists without a good copy or damaged', () => {
    const pending: TeamList = { url: 'https://lists.example.com/new.json', managed: true };
    const damaged = { url: 'https://x.example/l.json', pack: { name: 'x', rules: 'nope' } } as unknown as TeamList;
    const active = mergeActive(
      inputs({
        policy: { teamListUrls: [], packs: [], errors: [], locked: false, enabledSites: [] },
        lists: [pending, damaged, managedList],
      }),
    );
    expect(active.packs.map((p) => [p.name, p.source])).toEqual([
      ['default', 'builtin'],
      ['acme-sales', 'managed'],
      ['personal', 'personal'],
    ]);
  });
});

describe('mergeActive: locks, limits and references', () => {
  const adminOnly = (locked: boolean): ManagedPolicy => ({
    teamListUrls: [],
    packs: [adminPack],
    errors: [],
    locked,
    enabledSites: [],
  });
  const findings = (rules: ActiveRules, text: string) =>
    analyze(text, rules.ruleset).map((f) => [f.ruleId, f.text] as const);

  it("keeps a locked rule's finding when a later pack's rule covers the same words, or more", () => {
    const personal: RulePack = {
      ...emptyPersonalPack(),
      rules: [phraseRule('same', 'per my last email'), phraseRule('longer', 'as per my last email')],
    };
    const text = 'As per my last email, here it is.';
    const locked = mergeActive(inputs({ policy: adminOnly(true), lists: [], personal }));
    expect(findings(locked, text)).toEqual([['acme-policy/per-my-last-email', 'per my last email']]);
    const same = mergeActive(
      inputs({ policy: adminOnly(true), lists: [], personal: { ...personal, rules: personal.rules!.slice(0, 1) } }),
    );
    expect(findings(same, 'Per my last email, here it is.')).toEqual([
      ['acme-policy/per-my-last-email', 'Per my last email'],
    ]);
    // Unlocked, the later pack's rule wins the overlap, as for any two packs.
    const unlocked = mergeActive(inputs({ policy: adminOnly(false), lists: [], personal }));
    expect(findings(unlocked, text)).toEqual([['personal/longer', 'As per my last email']]);
  });

  it('leaves out the packs past a limit of the whole set, the user’s first, and says why', () => {
    const bigList = (i: number): TeamList => ({
      url: `https://raw.example.org/team/big-${i}.json`,
      pack: {
        name: `big-${i}`,
        version: '1',
        rules: Array.from({ length: 2_000 }, (_, j) => phraseRule(`r${j}`, `word${i}x${j}`)),
      },
    });
    const personal: RulePack = { ...emptyPersonalPack(), rules: [phraseRule('mine', 'circle round')] };
    const active = mergeActive(inputs({ lists: [managedList, ...[0, 1, 2, 3, 4, 5].map(bigList)], personal }));
    const before = builtin.rules!.length + 1 + 1 + 4 * 2_000; // built-in, the policy's pack, the managed list, four lists
    expect(before).toBeLessThanOrEqual(10_000);
    expect(before + 2_000).toBeGreaterThan(10_000);
    const total = (before + 2_000).toLocaleString('en-US');
    expect(active.leftOut).toEqual([
      `pack "big-4" left out: its 2,000 rules would make ${total} in force (at most 10,000)`,
      `pack "big-5" left out: its 2,000 rules would make ${total} in force (at most 10,000)`,
    ]);
    expect(active.packs.map((p) => p.name)).toEqual([
      'default',
      'acme-policy',
      'acme-sales',
      'big-0',
      'big-1',
      'big-2',
      'big-3',
      'personal',
    ]);
    expect(active.ruleset.rules.some((r) => r.id.startsWith('big-4/'))).toBe(false);
    expect(active.ruleset.rules.some((r) => r.id === 'personal/mine')).toBe(true);
    expect(mergeActive(inputs()).leftOut).toEqual([]);
  });

  it('lists switch-offs and re-wordings of rules that do not exist, by the pack that made them', () => {
    const typoList: TeamList = {
      url: 'https://raw.example.org/team/typos.json',
      pack: { name: 'typos', version: '1', disable: ['acme-sales/touch-bse', 'default/synergy'] },
    };
    const personal: RulePack = {
      ...emptyPersonalPack(),
      // default/synergy is off already (the list switched it off): no typo.
      disable: ['default/leverag', 'default/synergy'],
      overrides: { 'default/nope': { message: 'x' } },
    };
    const active = mergeActive(inputs({ policy: adminOnly(false), lists: [managedList, typoList], personal }));
    expect(active.unknownReferences).toEqual([
      { pack: 'typos', ruleId: 'acme-sales/touch-bse', change: 'disable' },
      { pack: 'personal', ruleId: 'default/leverag', change: 'disable' },
      { pack: 'personal', ruleId: 'default/nope', change: 'override' },
    ]);
    expect(mergeActive(inputs()).unknownReferences).toEqual([]);
  });

  it('leaves out a stored copy named like the built-in or the personal pack, keeping the built-in rules', () => {
    const impostors: TeamList[] = [
      {
        url: 'https://raw.example.org/team/default.json',
        pack: { name: 'default', version: '1', rules: [phraseRule('synergy', 'synergy', 'Hijacked.')] },
      },
      { url: 'https://raw.example.org/team/personal.txt', pack: { name: 'personal', version: '1', disable: [] } },
    ];
    const active = mergeActive(inputs({ policy: adminOnly(false), lists: impostors }));
    expect(active.leftOut).toEqual([
      'https://raw.example.org/team/default.json: name: "default" is reserved for the built-in rules; give your pack its own name',
      'https://raw.example.org/team/personal.txt: name: "personal" is reserved for each user\'s own rules; give your pack its own name',
    ]);
    expect(active.packs.map((p) => `${p.source}:${p.name}`)).toEqual([
      'builtin:default',
      'managed:acme-policy',
      'personal:personal',
    ]);
    expect(findings(active, 'Our synergy.')).toEqual([['default/synergy', 'synergy']]);
    expect(flagged(active)).toContainEqual(['default/synergy', 'Acme says: name the joint work.']);
  });
});

describe('followActiveRuleset', () => {
  // Virtual time: what is asserted is which rebuilds happen and in what order, never how long they take.
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => void vi.useRealTimers());
  /** Runs every timer due, then lets the storage reads they start finish. */
  async function settle() {
    for (let i = 0; i < 5; i++) {
      await vi.runAllTimersAsync();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const fail = (error: unknown) => {
    throw error;
  };
  /** Follows the active rules, collecting every answer. */
  function follow() {
    const seen: ActiveRules[] = [];
    const stop = followActiveRuleset((rules) => seen.push(rules), fail);
    return { seen, stop };
  }

  it('reads the personal pack, the team lists and the policy from storage', async () => {
    await fakeBrowser.storage.managed.set({
      teamListUrls: [managedList.url],
      inlinePacks: [JSON.stringify(adminPack)],
    });
    await fakeBrowser.storage.local.set({ teamLists: [userList, managedList] });
    await savePersonalPack({
      ...emptyPersonalPack(),
      rules: [phraseRule('circle-round', 'circle round')],
      disable: ['default/circle-back', 'default/synergy', 'acme-sales/touch-base'],
    });
    const { seen, stop } = follow();
    await eventually(() => expect(seen).toHaveLength(1));
    const active = seen[0]!;
    expect(active.packs.map((p) => `${p.source}:${p.name}`)).toEqual([
      'builtin:default',
      'managed:acme-policy',
      'managed:acme-sales',
      'team:my-team',
      'personal:personal',
    ]);
    const has = (id: string) => active.ruleset.rules.some((r) => r.id === id);
    expect(has('default/circle-back')).toBe(false);
    expect(has('default/synergy')).toBe(true); // re-worded by the administrator: locked
    expect(has('acme-sales/touch-base')).toBe(true);
    expect(has('personal/circle-round')).toBe(true);
    expect(active.ignored.map((i) => `${i.source}:${i.ruleId}`)).toEqual([
      'team:acme-sales/touch-base',
      'personal:default/synergy',
      'personal:acme-sales/touch-base',
    ]);
    stop();
  });

  it('builds the first answer with the policy seen last time while managed storage is slow: the lock holds', async () => {
    await fakeBrowser.storage.managed.set({ inlinePacks: [JSON.stringify(adminPack)] });
    await readManagedPolicy(); // an earlier start saw the policy
    await savePersonalPack({ ...emptyPersonalPack(), disable: ['default/synergy'] });
    const answer = slowManagedStorage();
    const { seen, stop } = follow();
    await eventually(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.packs.map((p) => p.name)).toEqual(['default', 'acme-policy', 'personal']);
    expect(seen[0]!.lockedRuleIds.has('default/synergy')).toBe(true);
    expect(seen[0]!.ruleset.rules.some((r) => r.id === 'default/synergy')).toBe(true); // the user's switch is not in force
    expect(seen[0]!.ignored).toEqual([
      { pack: 'personal', source: 'personal', ruleId: 'default/synergy', change: 'disable' },
    ]);
    answer();
    await settle();
    expect(seen).toHaveLength(1); // the browser's answer is the policy already in force
    stop();
  });

  it('with no policy ever seen, answers without one after the wait, then again with it', async () => {
    await fakeBrowser.storage.managed.set({ inlinePacks: [JSON.stringify(adminPack)] });
    await savePersonalPack({ ...emptyPersonalPack(), disable: ['default/synergy'] });
    const answer = slowManagedStorage();
    const { seen, stop } = follow();
    await vi.advanceTimersByTimeAsync(FIRST_POLICY_WAIT_MS - 1);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await eventually(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.packs.map((p) => p.name)).toEqual(['default', 'personal']);
    expect(seen[0]!.ruleset.rules.some((r) => r.id === 'default/synergy')).toBe(false); // the user's switch, for now

    answer();
    await eventually(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.packs.map((p) => p.name)).toEqual(['default', 'acme-policy', 'personal']);
    expect(seen[1]!.lockedRuleIds.has('default/synergy')).toBe(true);
    expect(seen[1]!.ruleset.rules.some((r) => r.id === 'default/synergy')).toBe(true);
    stop();
  });

  it('gives a failed read to onError, and keeps following', async () => {
    const errors: unknown[] = [];
    const seen: ActiveRules[] = [];
    // The rebuild's first read of the team lists fails; every other read works.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let failed = false;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (failed || !JSON.stringify(keys).includes('teamLists')) return get(keys);
      failed = true;
      throw new Error('storage is unreadable');
    });
    const stop = followActiveRuleset(
      (rules) => seen.push(rules),
      (e) => errors.push(e),
    );
    await eventually(() => expect(errors).toEqual([new Error('storage is unreadable')]));
    expect(seen).toEqual([]);
    await fakeBrowser.storage.local.set({ teamLists: [userList] });
    await eventually(() =>
      expect(seen.map((r) => r.packs.map((p) => p.name))).toEqual([['default', 'my-team', 'personal']]),
    );
    stop();
  });

  it('rebuilds once per burst of changes, and not for unrelated keys or a refresh that changes no pack', async () => {
    const { seen, stop } = follow();
    await eventually(() => expect(seen).toHaveLength(1));
    // A burst: personal pack (sync chunks + local copy), team lists, managed policy.
    await savePersonalPack({ ...emptyPersonalPack(), disable: ['default/synergy'] });
    await fakeBrowser.storage.local.set({ teamLists: [userList] });
    await fakeBrowser.storage.managed.set({ inlinePacks: [JSON.stringify(adminPack)] });
    await settle();
    expect(seen).toHaveLength(2);
    expect(seen[1]!.packs.map((p) => p.name)).toEqual(['default', 'acme-policy', 'my-team', 'personal']);
    const settled = seen.length;

    // Unrelated: site switches, another extension key, a refresh that only records its time.
    await fakeBrowser.storage.local.set({ siteSwitches: { gmail: false } });
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    await fakeBrowser.storage.local.set({ teamLists: [{ ...userList, lastAttempt: 1, lastSuccess: 1 }] });
    await settle();
    expect(seen).toHaveLength(settled);

    // A refresh that brings a new copy does rebuild, once the burst it may belong to is over.
    await fakeBrowser.storage.local.set({
      teamLists: [{ ...userList, pack: { ...userList.pack!, rules: [phraseRule('ping', 'ping me')] } }],
    });
    await vi.advanceTimersByTimeAsync(ACTIVE_DEBOUNCE_MS - 1);
    expect(seen).toHaveLength(settled);
    await settle();
    expect(seen).toHaveLength(settled + 1);
    expect(seen.at(-1)!.ruleset.rules.some((r) => r.id === 'my-team/ping')).toBe(true);

    stop();
    await savePersonalPack(emptyPersonalPack());
    await fakeBrowser.storage.managed.set({ inlinePacks: [] });
    await settle();
    expect(seen).toHaveLength(settled + 1);
  });
});
