import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterInstall, WELCOME_PAGE } from '../../entrypoints/background/install';

const LOADER = { matches: ['https://mail.google.com/*', 'https://outlook.office.com/*'] };

/** Tabs as `tabs.query` answers them for the loader's match patterns. */
const mailTabs = [
  { id: 3, url: 'https://mail.google.com/mail/u/0/' },
  { id: 5, url: 'https://outlook.office.com/mail/' },
  { id: 8, url: 'https://mail.google.com/mail/u/1/', discarded: true },
] as Browser.tabs.Tab[];

let calls: string[];

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Connection First',
    version: '1',
    content_scripts: [{ ...LOADER, js: ['content-scripts/mail.js'], css: ['content-scripts/mail.css'] }],
  } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (query) => {
    calls.push(`query ${JSON.stringify(query.url)}`);
    return mailTabs;
  });
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => {
    calls.push(`open ${url}`);
    return { id: 99 } as Browser.tabs.Tab;
  });
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockImplementation(async ({ target, files }) => {
    calls.push(`css ${target.tabId} ${files}`);
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({
    target,
    files,
  }: {
    target: { tabId: number };
    files: string[];
  }) => {
    calls.push(`js ${target.tabId} ${files}`);
    return [];
  }) as never);
});

const injections = () => calls.filter((c) => c.startsWith('css') || c.startsWith('js')).sort();
const welcome = `open ${fakeBrowser.runtime.getURL(WELCOME_PAGE)}`;

describe('after an install or an update', () => {
  it('on install: opens the welcome page once, and runs the loader once in each open mail tab (styles first)', async () => {
    await afterInstall({ reason: 'install' });
    expect(calls.filter((c) => c.startsWith('open'))).toEqual([welcome]);
    expect(calls.filter((c) => c.startsWith('query'))).toEqual([`query ${JSON.stringify(LOADER.matches)}`]);
    expect(injections()).toEqual([
      'css 3 content-scripts/mail.css',
      'css 5 content-scripts/mail.css',
      'js 3 content-scripts/mail.js',
      'js 5 content-scripts/mail.js',
    ]);
    // Per tab, the styles go in before the script.
    expect(calls.indexOf('css 3 content-scripts/mail.css')).toBeLessThan(calls.indexOf('js 3 content-scripts/mail.js'));
  });

  it('on an install by an administrator: opens no page, and still runs the loader in the open mail tabs', async () => {
    const management = { getSelf: vi.fn(async () => ({ installType: 'admin' })) };
    vi.spyOn(fakeBrowser, 'management', 'get').mockReturnValue(management as never);
    await afterInstall({ reason: 'install' });
    expect(management.getSelf).toHaveBeenCalledOnce();
    expect(calls.some((c) => c.startsWith('open'))).toBe(false);
    expect(injections()).toHaveLength(4);
  });

  it('on an install the user made: opens the welcome page, even where the install record cannot be read', async () => {
    const management = { getSelf: vi.fn(async () => Promise.reject(new Error('not here'))) };
    vi.spyOn(fakeBrowser, 'management', 'get').mockReturnValue(management as never);
    await afterInstall({ reason: 'install' });
    expect(calls.filter((c) => c.startsWith('open'))).toEqual([welcome]);
  });

  it('on update: runs the loader in the open mail tabs, opens no page', async () => {
    await afterInstall({ reason: 'update' });
    expect(calls.some((c) => c.startsWith('open'))).toBe(false);
    expect(injections()).toEqual([
      'css 3 content-scripts/mail.css',
      'css 5 content-scripts/mail.css',
      'js 3 content-scripts/mail.js',
      'js 5 content-scripts/mail.js',
    ]);
  });

  it.each(['chrome_update', 'browser_update', 'shared_module_update'])('on %s: does nothing', async (reason) => {
    await afterInstall({ reason });
    expect(calls).toEqual([]);
  });

  it('a tab that cannot be reached is skipped; the others still get the loader, and the welcome page opens', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.mocked(fakeBrowser.scripting.insertCSS).mockImplementation(async ({ target, files }) => {
      if (target.tabId === 3) throw new Error('Cannot access contents of the page');
      calls.push(`css ${target.tabId} ${files}`);
    });
    await afterInstall({ reason: 'install' });
    expect(injections()).toEqual(['css 5 content-scripts/mail.css', 'js 5 content-scripts/mail.js']);
    expect(calls.filter((c) => c.startsWith('open'))).toEqual([welcome]);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it('when the welcome page cannot open, the tabs still get the loader', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(fakeBrowser.tabs.create).mockRejectedValue(new Error('no window'));
    await afterInstall({ reason: 'install' });
    expect(injections()).toHaveLength(4);
    expect(console.error).toHaveBeenCalledTimes(1);
  });
});
