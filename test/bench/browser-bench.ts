/**
 * npm run bench:browser — the built extension in headless Chromium, typing into Gmail-style
 * compose windows holding a 2,000-word and a 10,000-word draft.
 *
 * - keystroke → highlights: from the page's keydown to the checker's `connection-first:painted`
 *   performance mark (set right after CSS.highlights is updated), per keystroke; median and p95.
 * - page load: main-thread script time of a mail page with no compose open, with and without the
 *   extension (CDP Performance.getMetrics ScriptDuration; the fixture page runs no script of its own).
 * - enabled site, page load: the same on a site checking was turned on for (https://app.crm.example,
 *   where the background registers the loader): a page with no editor (no script of its own), and the
 *   real CKEditor 5 page of the e2e fixtures (test/e2e/fixtures/editor-ckeditor.html; there the loader
 *   finds the editor and has the checker injected, and the page runs CKEditor's own script), each
 *   with and without the extension.
 * - CKEditor 5 keystroke → highlights: as in Gmail, typing into that real CKEditor 5 editor on the
 *   enabled site holding the 2,000-word draft (set through its model, window.cfEditor.setText).
 * - textarea keystroke → highlights: the same in a help desk's plain textarea
 *   (test/e2e/fixtures/textarea-compose.html), checked through its mirror.
 * - heap: JS heap in use with the 10,000-word draft open and checked, with and without the extension.
 * - huge pastes (test/e2e/harness/paste-shapes.ts: a 40 KB and an 80 KB token, a 36 KB line of short
 *   sentences, 1 MB of prose) pasted for real (clipboard, Ctrl+V) into an empty compose, then three
 *   keystrokes, with and without the extension: the paste task, the longest task after it and while
 *   typing (long-task observer, wall time), and the most CPU time the checker's script took in one
 *   task (DevTools trace), in idle callbacks (the engine's one-time warm-up) and in any other task.
 * - hover over a 1 MB draft: time spent in mousemove handlers per move (between a capturing and a
 *   bubbling listener of the page's, so only the extension's), over a grid of points on the draft.
 *
 * The browser with the extension loads a copy of the build whose manifest also holds the site's
 * origin in `host_permissions` (as after the user's "Allow"; Chromium grants it at load), then turns
 * the site on from the service worker as the popup does (`enabledSites`) and waits for the loader's
 * registration. The Gmail measures run in that same browser.
 *
 * `--json` prints one line: {"results":[...]}. `--huge` runs only the huge-draft measures.
 * `CF_EXTENSION_DIR` measures another build (say, an older one) instead of `.output/chrome-mv3`; a
 * build that never registers the loader for the site (one from before enabled sites) gets no
 * enabled-site rows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/harness/chromium';
import { editorBundleArgs } from '../e2e/harness/global-setup';
import { traceTasks } from '../e2e/harness/cpu-tasks';
import { PASTE_SHAPES, pasteText } from '../e2e/harness/paste-shapes';
import { CHROME_EXTENSION_DIR, CHROMIUM_BIN, FIXTURES_DIR, GENERATED_DIR, ROOT } from '../e2e/harness/paths';
import { countWords, generateDraft } from './drafts';

const json = process.argv.includes('--json');
const hugeOnly = process.argv.includes('--huge');
const EXTENSION_DIR = process.env.CF_EXTENSION_DIR ?? CHROME_EXTENSION_DIR;
const MAIL = 'https://mail.google.com';
/** The site turned on for checking, and its pages: one with no editor, one with a real CKEditor 5. */
const CRM = 'https://app.crm.example';
const CRM_PAGE = `${CRM}/deals/12`;
const CKEDITOR_PAGE = `${CRM}/reply/ckeditor`;
/** CKEditor 5's editable root, as it marks it. */
const CKEDITOR_ROOT = '.ck-editor__editable';
/** A help desk's plain textarea reply box (test/e2e/fixtures/textarea-compose.html). */
const TEXTAREA_PAGE = `${CRM}/tickets/4711`;
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const KEYSTROKES = 150;
const PAGE_LOADS = 7;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Gmail's compose markup: one <div> per line, <div><br></div> for a blank line. */
function composePage(draft?: string): string {
  const body = draft
    ? draft
        .split('\n')
        .map((line) => (line ? `<div>${escapeHtml(line)}</div>` : '<div><br></div>'))
        .join('')
    : '';
  const compose = draft
    ? `<div role="dialog"><div class="M9"><div id="body" class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Message Body" style="height:600px;overflow:auto">${body}</div></div></div>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>Inbox</title></head><body><div id="inbox">Inbox</div>${compose}</body></html>`;
}

/** A CRM's deal page with no editor (nothing contenteditable) and no script of its own. */
function crmPage(): string {
  const rows = Array.from(
    { length: 40 },
    (_, i) => `<tr><td>Deal ${i + 1}</td><td>Stage ${(i % 5) + 1}</td><td>${(i + 1) * 1250} USD</td></tr>`,
  ).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Deal 12 · Example CRM</title></head><body><header><nav>Deals · Contacts · Reports</nav></header><main><h1>Deal 12</h1><p>Renewal for Northwind, due next quarter.</p><table>${rows}</table></main></body></html>`;
}

/**
 * The CKEditor 5 bundle the fixture page loads (built by the e2e global setup; built here, with the
 * same esbuild command, when missing).
 */
function ckeditorBundle(): void {
  if (existsSync(path.join(GENERATED_DIR, 'editor-ckeditor.js'))) return;
  log('building the CKEditor 5 fixture bundle…');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), editorBundleArgs('ckeditor'), {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/**
 * A copy of the build whose manifest also holds the site's origin in `host_permissions`, as after
 * the user's "Allow" (Chromium grants it at load; a headless browser cannot click the prompt).
 */
function extensionWithSite(): { dir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'cf-bench-ext-'));
  const dir = path.join(parent, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${CRM}/*`];
  writeFileSync(file, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

async function launch(
  withExtension: boolean,
  extensionDir = EXTENSION_DIR,
): Promise<{ context: BrowserContext; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cf-bench-'));
  const args = [...CHROMIUM_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    done: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every page of `origin` answers `html`; its /__fixtures__/ assets come from the e2e fixtures (the
 * CKEditor bundle); every other request is aborted.
 */
async function serve(context: BrowserContext, html: string, origin = MAIL): Promise<void> {
  await context.unroute('**/*').catch(() => undefined);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${origin}/`)) return route.abort();
    const asset = /^\/__fixtures__\/(editor-[a-z]+\.(js|css))$/.exec(new URL(url).pathname);
    if (!asset) return route.fulfill({ contentType: 'text/html', body: html });
    const file = path.join(GENERATED_DIR, asset[1]!);
    return existsSync(file)
      ? route.fulfill({ contentType: asset[2] === 'js' ? 'text/javascript' : 'text/css', body: readFileSync(file) })
      : route.abort();
  });
}

/**
 * Turns checking on for the site as the popup does (`enabledSites`, from the service worker) and
 * waits until the background has registered the loader for it. False when it never does (a build
 * from before enabled sites).
 */
async function enableSite(context: BrowserContext): Promise<boolean> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 10_000,
    }));
  type Chrome = {
    storage: { local: { set(v: object): Promise<void> } };
    scripting?: { getRegisteredContentScripts(): Promise<unknown[]> };
  };
  await worker.evaluate(
    (origin) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ enabledSites: [origin] }),
    CRM,
  );
  // The background syncs the sites once it knows the policy: the remembered one, a moment after it starts.
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    const scripts = await worker.evaluate(
      () => (globalThis as unknown as { chrome: Chrome }).chrome.scripting?.getRegisteredContentScripts() ?? [],
    );
    if (scripts.length === 1) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const median = (values: number[]) => quantile(values, 0.5);

async function waitForFirstCheck(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('connection-first:painted').length > 0, null, {
    timeout: 20_000,
  });
}

const editorReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { cfEditor?: { ready: boolean } }).cfEditor?.ready === true, null, {
    timeout: 20_000,
  });

/** With the extension, the CKEditor page is loaded once the checker has painted its first check. */
const ckeditorLoaded = (extension: boolean) => async (page: Page) => {
  await editorReady(page);
  if (extension) await waitForFirstCheck(page);
};

/**
 * The CKEditor 5 page holding `draft` (set through the editor's model), checked: a paint after the
 * draft was set, then a second with no paint (the rest of a paced check).
 */
async function openCkeditor(context: BrowserContext, draft: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(CKEDITOR_PAGE);
  await editorReady(page);
  await waitForFirstCheck(page);
  const set = await page.evaluate((text) => {
    (window as unknown as { cfEditor: { setText(t: string): void } }).cfEditor.setText(text);
    return performance.now();
  }, draft);
  await settledAfter(page, set);
  return page;
}

/** The help desk's plain textarea holding `draft` (set as a paste would, with an input event), checked. */
async function openTextarea(context: BrowserContext, draft: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(TEXTAREA_PAGE);
  const set = await page.evaluate((text) => {
    const field = document.querySelector('textarea')!;
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return performance.now();
  }, draft);
  await settledAfter(page, set);
  return page;
}

/** Waits for a paint after `set` (a page time), then a second with no paint (the rest of a paced check). */
async function settledAfter(page: Page, set: number): Promise<void> {
  await page.waitForFunction(
    (set) => {
      const painted = performance.getEntriesByName('connection-first:painted').at(-1)?.startTime ?? 0;
      return painted > set && performance.now() - painted > 1000;
    },
    set,
    { timeout: 60_000, polling: 100 },
  );
}

/** The caret into the middle of a long line of the textarea, and its keydowns timed. */
async function textareaCaret(page: Page): Promise<void> {
  await page.evaluate(() => {
    const field = document.querySelector('textarea')!;
    const middle = field.value.indexOf('\n', Math.floor(field.value.length / 2)) - 20;
    field.focus();
    field.setSelectionRange(middle, middle);
    const w = window as unknown as { cfKeydowns: number[] };
    w.cfKeydowns = [];
    field.addEventListener('keydown', () => w.cfKeydowns.push(performance.now()), true);
  });
}

/** Keystroke latencies typing into the middle of the draft in the editor `root` (Gmail's by default). */
async function typingLatencies(page: Page, root = '#body'): Promise<number[]> {
  await editorCaret(page, root);
  return keyLatencies(page);
}

/** The caret into the middle of a long line of the editor `root`, and its keydowns timed. */
async function editorCaret(page: Page, root: string): Promise<void> {
  await page.evaluate((root) => {
    const body = document.querySelector<HTMLElement>(root)!;
    const lines = [...body.children].filter((d) => (d.textContent ?? '').length > 40);
    const target = lines[Math.floor(lines.length / 2)]!;
    target.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(target.firstChild!, 20);
    range.collapse(true);
    body.focus();
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const w = window as unknown as { cfKeydowns: number[] };
    w.cfKeydowns = [];
    body.addEventListener('keydown', () => w.cfKeydowns.push(performance.now()), true);
  }, root);
}

/** Keystroke → highlights latencies of KEYSTROKES keys typed where the caret is. */
async function keyLatencies(page: Page): Promise<number[]> {
  const latencies: number[] = [];
  const keys = 'synergy and leverage '.split('');
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(
      i % 12 === 11 ? 'Backspace' : keys[i % keys.length] === ' ' ? 'Space' : keys[i % keys.length]!,
    );
    const latency = await page.waitForFunction(
      (index) => {
        const down = (window as unknown as { cfKeydowns: number[] }).cfKeydowns[index];
        const painted = performance.getEntriesByName('connection-first:painted').at(-1)?.startTime;
        return down !== undefined && painted !== undefined && painted >= down ? painted - down : false;
      },
      i,
      { timeout: 5000, polling: 'raf' },
    );
    latencies.push((await latency.jsonValue()) as number);
  }
  return latencies;
}

/**
 * Main-thread script time of one load of `url` (by default an inbox page with no compose open);
 * `ready` waits for what the page itself does after its load event.
 */
async function pageLoadScriptTime(
  context: BrowserContext,
  url = `${MAIL}/mail/u/0/`,
  ready?: (page: Page) => Promise<void>,
): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await ready?.(page);
  await page.waitForTimeout(500); // the loader runs at document_idle and reads its settings
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Records the page's long tasks, and when the editor last took input (a paste, a keystroke). */
async function recordTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; end: number }[]; lastInput: number };
    w.longTasks = [];
    w.lastInput = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    document.getElementById('body')!.addEventListener('input', () => (w.lastInput = performance.now()));
  });
}

/** Waits until the page has had no long task and no paint of ours for a second (at most a minute). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const tasks = (window as unknown as { longTasks: { end: number }[] }).longTasks;
      const painted = performance.getEntriesByName('connection-first:painted').at(-1)?.startTime ?? 0;
      return performance.now() - Math.max(painted, tasks.at(-1)?.end ?? 0) > 1000;
    },
    null,
    { timeout: 120_000, polling: 200 },
  );
}

/** Durations of the page's long tasks: the one running at `during` (0 if none was long), the longest after it. */
const tasksAround = (page: Page, during: number) =>
  page.evaluate((during) => {
    const tasks = (window as unknown as { longTasks: { start: number; end: number }[] }).longTasks;
    const at = tasks.find((t) => t.start <= during && during <= t.end);
    const after = tasks.filter((t) => t.start > (at?.end ?? during));
    return { at: at ? at.end - at.start : 0, after: Math.max(0, ...after.map((t) => t.end - t.start)) };
  }, during);

/**
 * A real paste of `text` into an empty compose, then three keystrokes. The paste task (the
 * browser's own work, and an extension's if it analyses in that same task), the longest task after
 * it, and the longest while typing.
 */
async function pasteAndType(context: BrowserContext, text: string) {
  const page = await context.newPage();
  await page.goto(`${MAIL}/mail/u/0/`);
  await page.click('#body > div');
  await page.keyboard.type('Hi ');
  await recordTasks(page);
  await page.waitForTimeout(1000);
  await settle(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const stopTracing = await traceTasks(page);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => (window as unknown as { lastInput: number }).lastInput > 0, null, {
    timeout: 60_000,
  });
  const pasted = await page.evaluate(() => (window as unknown as { lastInput: number }).lastInput);
  await settle(page);
  const paste = await tasksAround(page, pasted);
  const typing = await page.evaluate(() => performance.now());
  for (const key of 'abc') {
    await page.keyboard.type(key);
    await settle(page);
  }
  const { after: whileTyping } = await tasksAround(page, typing);
  // Our work in any task, the page's own input tasks included (where an older checker analysed); the
  // engine's one-time warm-up in idle callbacks apart.
  const tasks = await stopTracing();
  await page.close();
  const ours = (which: typeof tasks) => Math.max(0, ...which.map((t) => t.ourCpuMs));
  return {
    pasteTask: paste.at,
    afterPaste: paste.after,
    whileTyping,
    ourLongestCpu: ours(tasks.filter((t) => !t.idle)),
    ourIdleCpu: ours(tasks.filter((t) => t.idle)),
  };
}

async function hugePastes(context: BrowserContext, extension: boolean, results: Result[]): Promise<void> {
  await serve(context, composePage('\n'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: MAIL });
  for (const shape of PASTE_SHAPES) {
    const measured = await pasteAndType(context, pasteText(shape));
    for (const [metric, value] of [
      ['paste-task', measured.pasteTask],
      ['paste-longest-task-after', measured.afterPaste],
      ['paste-longest-task-typing', measured.whileTyping],
      ['paste-our-longest-task-cpu', measured.ourLongestCpu],
      ['paste-our-longest-idle-task-cpu', measured.ourIdleCpu],
    ] as const)
      results.push({ metric, shape, extension, median: value, unit: 'ms', runs: 1 });
  }
}

/** Time in mousemove handlers per move (ours: the page's two listeners bracket every other), over a 1 MB draft. */
async function hoverCost(context: BrowserContext, results: Result[]): Promise<void> {
  const text = pasteText('prose-1mb');
  await serve(context, composePage(text));
  const page = await context.newPage();
  await page.goto(`${MAIL}/mail/u/0/`);
  await recordTasks(page);
  await waitForFirstCheck(page);
  await settle(page);
  await page.evaluate(() => {
    const w = window as unknown as { moves: number[]; started: number };
    w.moves = [];
    addEventListener('mousemove', () => (w.started = performance.now()), true);
    addEventListener('mousemove', () => w.moves.push(performance.now() - w.started));
  });
  const box = (await page.locator('#body').boundingBox())!;
  // About 250 moves: enough for a median, few enough for an older build that took 230 ms a move.
  for (let y = box.y + 5; y < box.y + box.height - 5; y += 20) {
    for (let x = box.x + 5; x < box.x + box.width - 5; x += 60) await page.mouse.move(x, y);
  }
  const moves = await page.evaluate(() => (window as unknown as { moves: number[] }).moves);
  await page.close();
  results.push({
    metric: 'hover-per-move',
    words: countWords(text),
    extension: true,
    median: median(moves),
    p95: quantile(moves, 0.95),
    unit: 'ms',
    runs: moves.length,
  });
}

interface Result {
  metric: string;
  /** The page, where not Gmail's: one of the enabled site's. */
  page?: 'crm no editor' | 'crm ckeditor5' | 'crm textarea';
  /** The paste's shape, for the huge-paste measures. */
  shape?: string;
  words?: number;
  extension: boolean;
  median: number;
  p95?: number;
  unit: 'ms' | 'MB';
  runs: number;
}

async function huge(): Promise<Result[]> {
  const results: Result[] = [];
  for (const extension of [true, false]) {
    const browser = await launch(extension);
    try {
      await hugePastes(browser.context, extension, results);
      if (extension) await hoverCost(browser.context, results);
    } finally {
      await browser.done();
    }
  }
  return results;
}

/** Page loads on the enabled site: its page with no editor, and its CKEditor 5 page. */
async function siteLoads(context: BrowserContext, extension: boolean, results: Result[]): Promise<void> {
  const pages = [
    { page: 'crm no editor', html: crmPage(), url: CRM_PAGE, ready: undefined },
    {
      page: 'crm ckeditor5',
      html: readFileSync(path.join(FIXTURES_DIR, 'editor-ckeditor.html'), 'utf8'),
      url: CKEDITOR_PAGE,
      ready: ckeditorLoaded(extension),
    },
  ] as const;
  for (const { page, html, url, ready } of pages) {
    await serve(context, html, CRM);
    const loads: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) loads.push(await pageLoadScriptTime(context, url, ready));
    results.push({
      metric: 'page-load-script',
      page,
      extension,
      median: median(loads),
      p95: quantile(loads, 0.95),
      unit: 'ms',
      runs: loads.length,
    });
  }
}

async function main() {
  if (hugeOnly) return report(await huge());
  const results: Result[] = [];
  const drafts = [2000, 10000].map((words) => ({ words, text: generateDraft(words, 7).text }));
  ckeditorBundle();

  const copy = extensionWithSite();
  const withExt = await launch(true, copy.dir);
  let siteOn = false;
  try {
    siteOn = await enableSite(withExt.context);
    if (!siteOn) log('note: this build never registered the loader for the enabled site: no enabled-site rows');
    for (const { words, text } of drafts) {
      await serve(withExt.context, composePage(text));
      const page = await withExt.context.newPage();
      await page.goto('https://mail.google.com/mail/u/0/');
      await waitForFirstCheck(page);
      const latencies = await typingLatencies(page);
      results.push({
        metric: 'keystroke-to-highlights',
        words,
        extension: true,
        median: median(latencies),
        p95: quantile(latencies, 0.95),
        unit: 'ms',
        runs: latencies.length,
      });
      if (words === 10000)
        results.push({
          metric: 'heap-with-draft',
          words,
          extension: true,
          median: await heapUsed(page),
          unit: 'MB',
          runs: 1,
        });
      await page.close();
    }
    if (siteOn) {
      await serve(withExt.context, readFileSync(path.join(FIXTURES_DIR, 'editor-ckeditor.html'), 'utf8'), CRM);
      const page = await openCkeditor(withExt.context, drafts[0]!.text);
      const latencies = await typingLatencies(page, CKEDITOR_ROOT);
      await page.close();
      results.push({
        metric: 'keystroke-to-highlights',
        page: 'crm ckeditor5',
        words: drafts[0]!.words,
        extension: true,
        median: median(latencies),
        p95: quantile(latencies, 0.95),
        unit: 'ms',
        runs: latencies.length,
      });
      await serve(withExt.context, readFileSync(path.join(FIXTURES_DIR, 'textarea-compose.html'), 'utf8'), CRM);
      const field = await openTextarea(withExt.context, drafts[0]!.text);
      await textareaCaret(field);
      const fieldLatencies = await keyLatencies(field);
      await field.close();
      results.push({
        metric: 'keystroke-to-highlights',
        page: 'crm textarea',
        words: drafts[0]!.words,
        extension: true,
        median: median(fieldLatencies),
        p95: quantile(fieldLatencies, 0.95),
        unit: 'ms',
        runs: fieldLatencies.length,
      });
    }
    await serve(withExt.context, composePage());
    const loads: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) loads.push(await pageLoadScriptTime(withExt.context));
    results.push({
      metric: 'page-load-script',
      extension: true,
      median: median(loads),
      p95: quantile(loads, 0.95),
      unit: 'ms',
      runs: loads.length,
    });
    if (siteOn) await siteLoads(withExt.context, true, results);
  } finally {
    await withExt.done();
    copy.remove();
  }

  const without = await launch(false);
  try {
    await serve(without.context, composePage());
    const loads: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) loads.push(await pageLoadScriptTime(without.context));
    results.push({
      metric: 'page-load-script',
      extension: false,
      median: median(loads),
      p95: quantile(loads, 0.95),
      unit: 'ms',
      runs: loads.length,
    });
    if (siteOn) await siteLoads(without.context, false, results);
    await serve(without.context, composePage(drafts[1]!.text));
    const page = await without.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    results.push({
      metric: 'heap-with-draft',
      words: 10000,
      extension: false,
      median: await heapUsed(page),
      unit: 'MB',
      runs: 1,
    });
  } finally {
    await without.done();
  }
  results.push(...(await huge()));
  report(results);
}

const f = (n: number | undefined) => (n === undefined ? '' : n.toFixed(n < 10 ? 2 : 1));

function report(results: Result[]): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ results })}\n`);
    return;
  }
  log('metric                     page / words / shape  extension  median    p95  unit  runs');
  for (const r of results) {
    const what = [r.page, r.words ?? r.shape].filter((x) => x !== undefined).join(' ');
    log(
      `${r.metric.padEnd(26)} ${what.padEnd(21)} ${String(r.extension).padEnd(9)}  ${f(r.median).padStart(6)} ${f(r.p95).padStart(6)}  ${r.unit.padEnd(4)}  ${r.runs}`,
    );
  }
  log('');
  log('Targets:');
  // In CPU time, the extension's own tasks: wall times also hold the browser's own work (its 2–4 s
  // paste of 1 MB, its keystrokes in it) and whatever else the machine is busy with.
  const ours = results.filter((r) => r.metric === 'paste-our-longest-task-cpu' && r.extension);
  const longest = Math.max(...ours.map((r) => r.median));
  const hover = results.find((r) => r.metric === 'hover-per-move')!;
  log(
    `  ${longest < 50 ? 'PASS' : 'FAIL'}  longest task of ours, pasting huge drafts and typing in them < 50 ms CPU: ${f(longest)} ms`,
  );
  log(
    `  ${hover.median < 1 ? 'PASS' : 'FAIL'}  median hover cost per mouse move over 1 MB < 1 ms: ${f(hover.median)} ms`,
  );
  if (hugeOnly) return;
  const find = (metric: string, extension: boolean, words?: number, page?: Result['page']) =>
    results.find((r) => r.metric === metric && r.extension === extension && r.words === words && r.page === page);
  const get = (metric: string, extension: boolean, words?: number) => find(metric, extension, words)!;
  const k2 = get('keystroke-to-highlights', true, 2000);
  const k10 = get('keystroke-to-highlights', true, 10000);
  const loadCost = get('page-load-script', true).median - get('page-load-script', false).median;
  const heapCost = get('heap-with-draft', true, 10000).median - get('heap-with-draft', false, 10000).median;
  log(`  ${k2.p95! < 16 ? 'PASS' : 'FAIL'}  p95 keystroke → highlights at 2,000 words < 16 ms: ${f(k2.p95)} ms`);
  log(`  ${k10.p95! < 50 ? 'PASS' : 'FAIL'}  p95 keystroke → highlights at 10,000 words < 50 ms: ${f(k10.p95)} ms`);
  log(
    `  ${loadCost < 20 ? 'PASS' : 'FAIL'}  content-script main-thread time at page load < 20 ms: ${f(loadCost)} ms (with ${f(get('page-load-script', true).median)} − without ${f(get('page-load-script', false).median)})`,
  );
  log(`  info  JS heap added with a 10,000-word draft open: ${f(heapCost)} MB`);
  const siteWith = find('page-load-script', true, undefined, 'crm no editor');
  const siteWithout = find('page-load-script', false, undefined, 'crm no editor');
  const ckWith = find('page-load-script', true, undefined, 'crm ckeditor5');
  const ckWithout = find('page-load-script', false, undefined, 'crm ckeditor5');
  const ckKeys = find('keystroke-to-highlights', true, 2000, 'crm ckeditor5');
  const fieldKeys = find('keystroke-to-highlights', true, 2000, 'crm textarea');
  if (!siteWith || !siteWithout || !ckWith || !ckWithout || !ckKeys || !fieldKeys) {
    log('  skip  enabled site: this build did not register the loader for it');
    return;
  }
  const siteCost = siteWith.median - siteWithout.median;
  log(
    `  ${siteCost < 10 ? 'PASS' : 'FAIL'}  loader main-thread time per page load on an enabled site < 10 ms: ${f(siteCost)} ms (with ${f(siteWith.median)} − without ${f(siteWithout.median)})`,
  );
  log(
    `  info  CKEditor 5 page load on an enabled site, the checker injected and its first check: ${f(ckWith.median - ckWithout.median)} ms (with ${f(ckWith.median)} − without ${f(ckWithout.median)})`,
  );
  log(
    `  ${ckKeys.p95! < 16 ? 'PASS' : 'FAIL'}  p95 keystroke → highlights in CKEditor 5 at 2,000 words < 16 ms (Gmail's budget): ${f(ckKeys.p95)} ms (Gmail in this run ${f(k2.p95)} ms, ×${(ckKeys.p95! / k2.p95!).toFixed(2)}; medians ${f(ckKeys.median)} vs ${f(k2.median)} ms)`,
  );
  log(
    `  ${fieldKeys.p95! < 16 ? 'PASS' : 'FAIL'}  p95 keystroke → highlights in a textarea at 2,000 words < 16 ms (Gmail's budget): ${f(fieldKeys.p95)} ms (Gmail in this run ${f(k2.p95)} ms, ×${(fieldKeys.p95! / k2.p95!).toFixed(2)}; medians ${f(fieldKeys.median)} vs ${f(k2.median)} ms)`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:browser failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
