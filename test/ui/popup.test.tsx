// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamList } from '../../src/settings/model';

// Imported inside vi.hoisted: the vi.mock factories below run before any import.
const fake = await vi.hoisted(async () => {
  const { fakeStorageItem: item } = await import('./fake-storage-item');
  return {
    siteSwitches: item<Record<string, boolean>>({}),
    teamLists: item<unknown[]>([]),
    checkedSites: item<unknown[]>([]),
    enabledSites: item<string[]>([]),
    checkerFrames: item<Record<string, number[]>>({}),
    browser: {
      permissions: {
        request: async (_p: { origins: string[] }): Promise<boolean> => true,
        remove: async (_p: { origins: string[] }): Promise<boolean> => true,
      },
      tabs: {
        query: async (_q: unknown): Promise<Array<{ id?: number; url?: string }>> => [],
        sendMessage: async (..._a: unknown[]): Promise<unknown> => undefined,
      },
      runtime: { openOptionsPage: async () => undefined },
    },
  };
});

vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../src/settings/items', () => ({
  siteSwitches: fake.siteSwitches,
  teamLists: fake.teamLists,
  checkedSites: fake.checkedSites,
  enabledSites: fake.enabledSites,
  checkerFrames: fake.checkerFrames,
  isSiteOn: (switches: Record<string, boolean>, siteId: string) => switches[siteId] !== false,
}));

import { zeroCounts } from '../../src/engine/kinds';
import { DRAFT_STATUS, PAUSE_DRAFT, type DraftStatus } from '../../src/messaging/messages';
import { Popup } from '../../src/ui/popup/Popup';

const GMAIL_TAB = { id: 42, url: 'https://mail.google.com/mail/u/0/#inbox' };
const status = (over: Partial<NonNullable<DraftStatus['draft']>> = {}): DraftStatus => ({
  siteId: 'gmail',
  siteOn: true,
  draft: { counts: { ...zeroCounts(), buzzword: 2, 'non-apology': 1 }, paused: false, ...over },
});

let root: HTMLElement;
type Tab = { id?: number; url?: string };
let query: ReturnType<typeof vi.fn<(q: unknown) => Promise<Tab[]>>>;
let sendMessage: ReturnType<typeof vi.fn<(...args: unknown[]) => Promise<unknown>>>;

const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(sel: string) => [...root.querySelectorAll<E>(sel)];

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
}

async function open() {
  await act(() => render(<Popup />, root));
  await settle();
}

beforeEach(() => {
  fake.siteSwitches.reset({});
  fake.teamLists.reset([]);
  fake.checkedSites.reset([]);
  fake.enabledSites.reset([]);
  fake.checkerFrames.reset({});
  fake.browser.permissions.request = vi.fn(async () => true);
  fake.browser.permissions.remove = vi.fn(async () => true);
  query = vi.fn(async (_q: unknown): Promise<Tab[]> => [GMAIL_TAB]);
  sendMessage = vi.fn(async (..._args: unknown[]): Promise<unknown> => status());
  fake.browser.tabs.query = query;
  fake.browser.tabs.sendMessage = sendMessage;
  fake.browser.runtime.openOptionsPage = vi.fn(async () => undefined);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

describe('popup: the current site', () => {
  it('finds the active tab and shows the switch for its site', async () => {
    await open();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    const toggle = $<HTMLInputElement>('[data-cf="current-site-toggle"]')!;
    expect(toggle.dataset.site).toBe('gmail');
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('aria-label')).toBe('Check drafts on Gmail');
    expect($('[data-cf="not-mail"]')).toBeNull();
  });

  it('recognises every Outlook host', async () => {
    query.mockResolvedValue([{ id: 3, url: 'https://outlook.office365.com/mail/deeplink/compose' }]);
    await open();
    expect($<HTMLInputElement>('[data-cf="current-site-toggle"]')!.dataset.site).toBe('outlook');
  });

  it.each([
    ['a page not served over HTTPS', [{ id: 5, url: 'http://example.com/mail.google.com' }]],
    ['a browser page', [{ id: 5, url: 'chrome://extensions/' }]],
    ['a tab without a readable URL', [{ id: 5 }]],
    ['no tab', []],
  ])('on %s says where to go, and asks no page', async (_name, tabs) => {
    query.mockResolvedValue(tabs);
    await open();
    expect($('[data-cf="current-site-toggle"]')).toBeNull();
    expect($('[data-cf="enable-site"]')).toBeNull();
    expect($('[data-cf="not-mail"]')!.textContent).toBe(
      'Open Gmail or Outlook on the web, or a site where you write to customers, to check a draft.',
    );
    expect(sendMessage).not.toHaveBeenCalled();
    // The all-sites switches are there whatever the tab.
    expect($$('input[type=checkbox][data-cf="site-toggle"]').map((i) => i.dataset.site)).toEqual(['gmail', 'outlook']);
  });

  it('the current-site switch and the all-sites switch are the same setting', async () => {
    await open();
    await act(() => $<HTMLInputElement>('[data-cf="current-site-toggle"]')!.click());
    await settle();
    expect(await fake.siteSwitches.getValue()).toEqual({ gmail: false });
    expect($<HTMLInputElement>('[data-cf="site-toggle"][data-site="gmail"]')!.checked).toBe(false);
    expect($('[data-cf="site-off"]')!.textContent).toBe('Checking is off on Gmail.');
    expect($('[data-cf="draft"]')).toBeNull();

    // A change made elsewhere (another popup, the options page) shows at once.
    await act(() => fake.siteSwitches.setValue({ gmail: true, outlook: false }));
    await settle();
    expect($<HTMLInputElement>('[data-cf="current-site-toggle"]')!.checked).toBe(true);
    expect($<HTMLInputElement>('[data-cf="site-toggle"][data-site="outlook"]')!.checked).toBe(false);
  });
});

describe('popup: turning checking on for another site', () => {
  const CRM_TAB = { id: 7, url: 'https://app.crm.example/deals/12?tab=email' };
  const CRM = 'https://app.crm.example';

  it('offers it on an HTTPS page, asks the browser for that origin only, and lists the site', async () => {
    query.mockResolvedValue([CRM_TAB]);
    await open();
    expect($('[data-cf="current-site-toggle"]')).toBeNull();
    expect($('[data-cf="not-checked"]')!.textContent).toBe('Connection First is not checking app.crm.example.');
    expect(sendMessage).not.toHaveBeenCalled();
    await act(() => $<HTMLButtonElement>('[data-cf="enable-site"]')!.click());
    await settle();
    expect(fake.browser.permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: [`${CRM}/*`] });
    expect(await fake.enabledSites.getValue()).toEqual([CRM]);
  });

  it('takes the site off again when the browser refuses, and says so', async () => {
    query.mockResolvedValue([CRM_TAB]);
    fake.browser.permissions.request = vi.fn(async () => false);
    await fake.enabledSites.setValue(['https://other.example']);
    await open();
    await act(() => $<HTMLButtonElement>('[data-cf="enable-site"]')!.click());
    await settle();
    expect(await fake.enabledSites.getValue()).toEqual(['https://other.example']);
    expect($('[data-cf="enable-note"]')!.textContent).toBe(
      'Your browser did not allow access to this site, so nothing is checked here.',
    );
  });

  it('on a site checking is on for: its switch, its draft, and the way to stop', async () => {
    query.mockResolvedValue([CRM_TAB]);
    fake.checkedSites.reset([{ origin: CRM, by: 'user', granted: true }]);
    fake.enabledSites.reset([CRM]);
    await open();
    const toggle = $<HTMLInputElement>('[data-cf="current-site-toggle"]')!;
    expect(toggle.dataset.site).toBe(CRM);
    expect(toggle.getAttribute('aria-label')).toBe('Check drafts on app.crm.example');
    expect($$('[data-cf="count"]').length).toBeGreaterThan(0);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: DRAFT_STATUS }, { frameId: 0 });
    expect($$('input[type=checkbox][data-cf="site-toggle"]').map((i) => i.dataset.site)).toEqual([
      'gmail',
      'outlook',
      CRM,
    ]);
    await act(() => $<HTMLButtonElement>('[data-cf="remove-site"]')!.click());
    await settle();
    expect(await fake.enabledSites.getValue()).toEqual([]);
    expect(fake.browser.permissions.remove).toHaveBeenCalledExactlyOnceWith({ origins: [`${CRM}/*`] });
  });

  it('stopping keeps the access a subscribed team list is read through', async () => {
    query.mockResolvedValue([CRM_TAB]);
    fake.checkedSites.reset([{ origin: CRM, by: 'user', granted: true }]);
    fake.enabledSites.reset([CRM]);
    fake.teamLists.reset([{ url: `${CRM}/lists/sales.json` }]);
    await open();
    await act(() => $<HTMLButtonElement>('[data-cf="remove-site"]')!.click());
    await settle();
    expect(await fake.enabledSites.getValue()).toEqual([]);
    expect(fake.browser.permissions.remove).not.toHaveBeenCalled();
  });

  it("offers no way to remove the administrator's sites", async () => {
    query.mockResolvedValue([{ id: 8, url: 'https://acme.help.example/agent/tickets/1' }]);
    fake.checkedSites.reset([{ origin: 'https://*.help.example', by: 'policy', granted: true }]);
    await open();
    expect($<HTMLInputElement>('[data-cf="current-site-toggle"]')!.dataset.site).toBe('https://*.help.example');
    expect($('[data-cf="site-by-policy"]')!.textContent).toBe('Your administrator turned checking on here.');
    expect($('[data-cf="remove-site"]')).toBeNull();
  });

  it('a site still waiting for access is offered again, not checked', async () => {
    query.mockResolvedValue([CRM_TAB]);
    fake.checkedSites.reset([{ origin: CRM, by: 'user', granted: false }]);
    await open();
    expect($('[data-cf="current-site-toggle"]')).toBeNull();
    expect($('[data-cf="enable-site"]')).not.toBeNull();
  });
});

describe('popup: the current draft', () => {
  it('shows the draft’s connection meter, marking what is off its target, and none without one', async () => {
    const targets = { words: { min: 50, max: 125 }, questions: { min: 1, max: 3 }, readerFocus: 0.5, grade: 8 };
    sendMessage.mockResolvedValue(
      status({ meter: { reply: false, words: 142, questions: 0, readerFocus: null, grade: 6.5, targets } }),
    );
    await open();
    await vi.waitFor(() => expect($('[data-cf="meter"]')).not.toBeNull());
    expect($$('[data-cf="meter"] li').map((li) => li.textContent)).toEqual([
      '142 words ↑, more than the 125 aimed for',
      '0 questions ↓, fewer than the 1 aimed for',
      'You —',
      'Grade 6.5',
    ]);
    expect($('[data-cf="meter"]')!.getAttribute('aria-label')).toBe('Connection meter for a first email');
    // A malformed meter (it crosses a process boundary) is no meter; the counts still show.
    sendMessage.mockResolvedValue({ ...status(), draft: { ...status().draft!, meter: { words: 'many' } } });
    await vi.waitFor(() => expect($('[data-cf="meter"]')).toBeNull(), { timeout: 3000 });
    expect($('[data-cf="draft-counts"]')).not.toBeNull();
  });

  it('asks the tab for its draft and shows the counts by kind', async () => {
    await open();
    expect(sendMessage).toHaveBeenCalledWith(42, { type: DRAFT_STATUS }, { frameId: 0 });
    const counts = $('[data-cf="draft-counts"]')!;
    expect(counts.getAttribute('aria-label')).toBeTruthy();
    const byKind = Object.fromEntries(
      $$('[data-cf="count"]').map((li) => [li.dataset.kind, li.querySelector('.n')!.textContent]),
    );
    expect(byKind).toEqual({
      ...Object.fromEntries(Object.keys(zeroCounts()).map((kind) => [kind, '0'])),
      buzzword: '2',
      'non-apology': '1',
    });
    expect($('[data-cf="count"][data-kind="buzzword"]')!.textContent).toContain('Buzzword');
    expect($('.draft-summary')!.textContent).toBe('3 things to look at in this draft:');
    expect($('button[data-cf="pause-draft"]')!.textContent).toBe('Pause checking this draft');
  });

  it('pauses the draft of the right tab, then resumes it', async () => {
    await open();
    sendMessage.mockImplementation(async (_tab, request) => {
      const message = request as { type: string; paused?: boolean };
      return message.type === PAUSE_DRAFT ? status({ paused: !!message.paused, counts: zeroCounts() }) : status();
    });
    // The popup also asks for the status on a timer (counts stay live), so the pause need not be the last message.
    const lastPause = () =>
      sendMessage.mock.calls.filter(([, m]) => (m as { type?: string }).type === PAUSE_DRAFT).at(-1);
    await act(() => $<HTMLButtonElement>('button[data-cf="pause-draft"]')!.click());
    await settle();
    expect(lastPause()).toEqual([42, { type: PAUSE_DRAFT, paused: true }, { frameId: 0 }]);
    expect($('[data-cf="draft"]')!.dataset.paused).toBe('true');
    expect($('[data-cf="draft-paused"]')).not.toBeNull();
    expect($('button[data-cf="pause-draft"]')!.textContent).toBe('Resume checking this draft');

    await act(() => $<HTMLButtonElement>('button[data-cf="pause-draft"]')!.click());
    await settle();
    expect(lastPause()).toEqual([42, { type: PAUSE_DRAFT, paused: false }, { frameId: 0 }]);
    expect($('[data-cf="draft"]')!.dataset.paused).toBe('false');
  });

  it('finds a draft written in a frame (an editor in a frame of its own), and pauses it there', async () => {
    // A checker runs in frames 0 and 5 of the tab: the page has none of its own drafts; frame 5 has one.
    fake.checkerFrames.reset({ 42: [0, 5], 7: [3] });
    sendMessage.mockImplementation(async (_tab, request, options) => {
      const message = request as { type: string; paused?: boolean };
      if ((options as { frameId: number }).frameId !== 5) return { siteId: 'gmail', siteOn: true, draft: undefined };
      return message.type === PAUSE_DRAFT ? status({ paused: !!message.paused }) : status();
    });
    await open();
    expect($$('[data-cf="count"]').map((li) => [li.dataset.kind, li.dataset.count])).toContainEqual(['buzzword', '2']);
    // This tab's frames with a checker, and no other tab's.
    const asked = sendMessage.mock.calls.map(
      ([tab, , options]) => `${tab}:${(options as { frameId: number }).frameId}`,
    );
    expect(new Set(asked)).toEqual(new Set(['42:0', '42:5']));
    await act(() => $<HTMLButtonElement>('button[data-cf="pause-draft"]')!.click());
    await settle();
    const pauses = sendMessage.mock.calls.filter(([, m]) => (m as { type?: string }).type === PAUSE_DRAFT);
    expect(pauses.at(-1)).toEqual([42, { type: PAUSE_DRAFT, paused: true }, { frameId: 5 }]);
    expect($('[data-cf="draft"]')!.dataset.paused).toBe('true');
  });

  it('no checker in the tab (never injected: no receiver) means "No draft open"', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await open();
    expect($('[data-cf="no-draft"]')!.textContent).toBe('No draft open.');
    expect($('[data-cf="draft-counts"]')).toBeNull();
    expect($('button[data-cf="pause-draft"]')).toBeNull();
  });

  it.each([
    ['no answer', undefined],
    ['a checker without a compose', { siteId: 'gmail', siteOn: true }],
    ['a malformed answer', { draft: 'lots' }],
  ])('%s means "No draft open"', async (_name, answer) => {
    sendMessage.mockResolvedValue(answer);
    await open();
    expect($('[data-cf="no-draft"]')).not.toBeNull();
  });

  it('keeps the counts live while open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await open();
      sendMessage.mockResolvedValue(status({ counts: { ...zeroCounts(), buzzword: 5, 'pitch-first': 1 } }));
      await act(() => void vi.advanceTimersByTime(1000));
      await settle();
      expect($('[data-cf="count"][data-kind="buzzword"]')!.dataset.count).toBe('5');
      sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
      await act(() => void vi.advanceTimersByTime(1000));
      await settle();
      expect($('[data-cf="no-draft"]')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('popup: team lists and options', () => {
  const list = (over: Partial<TeamList>): TeamList => ({ url: 'https://lists.example.com/acme.json', ...over });

  it('shows each list with its state, live', async () => {
    await fake.teamLists.setValue([
      list({
        name: 'Acme words',
        ruleCount: 12,
        lastSuccess: Date.UTC(2026, 4, 3, 9, 0),
        pack: { name: 'acme', version: '1', rules: [] } as never,
      }),
      list({ url: 'https://lists.example.com/new.txt' }),
    ]);
    await open();
    const rows = $$('[data-cf="popup-list"]');
    expect(rows.map((r) => r.querySelector('.list-name')!.textContent)).toEqual([
      'Acme words',
      'https://lists.example.com/new.txt',
    ]);
    expect(rows.map((r) => r.dataset.state)).toEqual(['ok', 'pending']);
    expect(rows[0]!.textContent).toContain('12 rules');
    expect($('[data-cf="popup-list-warning"]')).toBeNull();

    await act(() =>
      fake.teamLists.setValue([
        list({
          name: 'Acme words',
          lastSuccess: Date.UTC(2026, 4, 3),
          lastError: 'Server answered 500',
          pack: {} as never,
        }),
      ]),
    );
    await settle();
    const warning = $('[data-cf="popup-list-warning"]')!;
    expect(warning.textContent).toMatch(/^Update failed — using the copy from .*2026/);
    expect(warning.textContent).toContain('Server answered 500');
  });

  it('renders names and errors as text, never as HTML', async () => {
    const html = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
    await fake.teamLists.setValue([list({ name: html, lastError: html, lastSuccess: 1, pack: {} as never })]);
    await open();
    expect($('img')).toBeNull();
    expect($('script')).toBeNull();
    expect($('[data-cf="popup-list"] .list-name')!.textContent).toBe(html);
    expect($('[data-cf="popup-list-warning"]')!.textContent).toContain('<img src=x onerror=');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('clips a very long error', async () => {
    await fake.teamLists.setValue([list({ lastError: 'x'.repeat(10_000) })]);
    await open();
    expect($('[data-cf="popup-list-warning"] .list-error')!.textContent!.length).toBeLessThanOrEqual(160);
    expect($('[data-cf="popup-list-warning"]')!.textContent).toContain('not loaded yet');
  });

  it('shows the first eight lists and counts the rest', async () => {
    const lists = Array.from({ length: 12 }, (_, i) =>
      list({ url: `https://lists.example.com/${i}.json`, name: `List ${i}`, lastError: `Error ${i}` }),
    );
    await fake.teamLists.setValue(lists);
    await open();
    expect($$('[data-cf="popup-list"]').map((r) => r.querySelector('.list-name')!.textContent)).toEqual(
      lists.slice(0, 8).map((l) => l.name),
    );
    expect($('[data-cf="popup-more-lists"]')!.textContent).toBe('and 4 more: see the options');
    await act(() => fake.teamLists.setValue(lists.slice(0, 8)));
    await settle();
    expect($$('[data-cf="popup-list"]')).toHaveLength(8);
    expect($('[data-cf="popup-more-lists"]')).toBeNull();
  });

  it('ignores stored entries that are not lists', async () => {
    await fake.teamLists.setValue([null, 'x', { name: 'no url' }, list({ name: 'Good' })]);
    await open();
    expect($$('[data-cf="popup-list"]').map((r) => r.querySelector('.list-name')!.textContent)).toEqual(['Good']);
  });

  it('opens the options page', async () => {
    await open();
    await act(() => $<HTMLButtonElement>('[data-cf="open-options"]')!.click());
    expect(fake.browser.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });

  it('stops watching storage when closed', async () => {
    await open();
    expect(fake.siteSwitches.watchers).toBe(1);
    expect(fake.teamLists.watchers).toBe(1);
    expect(fake.checkedSites.watchers).toBe(1);
    await act(() => render(null, root));
    expect(fake.siteSwitches.watchers).toBe(0);
    expect(fake.teamLists.watchers).toBe(0);
    expect(fake.checkedSites.watchers).toBe(0);
  });
});
