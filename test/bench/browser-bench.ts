/**
 * npm run bench:browser — the built extension in headless Chromium, typing into Gmail-style
 * compose windows holding a 2,000-word and a 10,000-word draft.
 *
 * - keystroke → highlights: from the page's keydown to the checker's `connection-first:painted`
 *   performance mark (set right after CSS.highlights is updated), per keystroke; median and p95.
 * - page load: main-thread script time of a mail page with no compose open, with and without the
 *   extension (CDP Performance.getMetrics ScriptDuration; the fixture page runs no script of its own).
 * - heap: JS heap in use with the 10,000-word draft open and checked, with and without the extension.
 * - huge pastes (test/e2e/harness/paste-shapes.ts: a 40 KB and an 80 KB token, a 36 KB line of short
 *   sentences, 1 MB of prose) pasted for real (clipboard, Ctrl+V) into an empty compose, then three
 *   keystrokes, with and without the extension: the paste task, the longest task after it and while
 *   typing (long-task observer, wall time), and the most CPU time the checker's script took in one
 *   task (DevTools trace), in idle callbacks (the engine's one-time warm-up) and in any other task.
 * - hover over a 1 MB draft: time spent in mousemove handlers per move (between a capturing and a
 *   bubbling listener of the page's, so only the extension's), over a grid of points on the draft.
 *
 * `--json` prints one line: {"results":[...]}. `--huge` runs only the huge-draft measures.
 * `CF_EXTENSION_DIR` measures another build (say, an older one) instead of `.output/chrome-mv3`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/harness/chromium';
import { traceTasks } from '../e2e/harness/cpu-tasks';
import { PASTE_SHAPES, pasteText } from '../e2e/harness/paste-shapes';
import { CHROME_EXTENSION_DIR, CHROMIUM_BIN } from '../e2e/harness/paths';
import { countWords, generateDraft } from './drafts';

const json = process.argv.includes('--json');
const hugeOnly = process.argv.includes('--huge');
const EXTENSION_DIR = process.env.CF_EXTENSION_DIR ?? CHROME_EXTENSION_DIR;
const MAIL = 'https://mail.google.com';
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

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cf-bench-'));
  const args = [...CHROMIUM_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
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

async function serve(context: BrowserContext, html: string): Promise<void> {
  await context.unroute('**/*').catch(() => undefined);
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`${MAIL}/`)
      ? route.fulfill({ contentType: 'text/html', body: html })
      : route.abort(),
  );
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

/** Keystroke latencies typing into the middle of the draft. */
async function typingLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const body = document.getElementById('body')!;
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
  });
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

/** Main-thread script time of one load of an inbox page with no compose open. */
async function pageLoadScriptTime(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto('https://mail.google.com/mail/u/0/', { waitUntil: 'load' });
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

async function main() {
  if (hugeOnly) return report(await huge());
  const results: Result[] = [];
  const drafts = [2000, 10000].map((words) => ({ words, text: generateDraft(words, 7).text }));

  const withExt = await launch(true);
  try {
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
    await serve(withExt.context, composePage());
    const loads: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) loads.push(await pageLoadScriptTime(withExt.context));
    results.push({
      metric: 'page-load-script',
      extension: true,
      median: median(loads),
      unit: 'ms',
      runs: loads.length,
    });
  } finally {
    await withExt.done();
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
      unit: 'ms',
      runs: loads.length,
    });
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
  log('metric                     words / shape      extension  median    p95  unit  runs');
  for (const r of results) {
    log(
      `${r.metric.padEnd(26)} ${String(r.words ?? r.shape ?? '').padEnd(18)} ${String(r.extension).padEnd(9)}  ${f(r.median).padStart(6)} ${f(r.p95).padStart(6)}  ${r.unit.padEnd(4)}  ${r.runs}`,
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
  const get = (metric: string, extension: boolean, words?: number) =>
    results.find((r) => r.metric === metric && r.extension === extension && r.words === words)!;
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
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:browser failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
