/**
 * npm run bench:browser — the built extension in headless Chromium, typing into Gmail-style
 * compose windows holding a 2,000-word and a 10,000-word draft.
 *
 * - keystroke → highlights: from the page's keydown to the checker's `connection-first:painted`
 *   performance mark (set right after CSS.highlights is updated), per keystroke; median and p95.
 * - page load: main-thread script time of a mail page with no compose open, with and without the
 *   extension (CDP Performance.getMetrics ScriptDuration; the fixture page runs no script of its own).
 * - heap: JS heap in use with the 10,000-word draft open and checked, with and without the extension.
 *
 * `--json` prints one line: {"results":[...]}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/harness/chromium';
import { CHROME_EXTENSION_DIR, CHROMIUM_BIN } from '../e2e/harness/paths';
import { generateDraft } from './drafts';

const json = process.argv.includes('--json');
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
  if (withExtension)
    args.push(`--disable-extensions-except=${CHROME_EXTENSION_DIR}`, `--load-extension=${CHROME_EXTENSION_DIR}`);
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
    route.request().url().startsWith('https://mail.google.com/')
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

interface Result {
  metric: string;
  words?: number;
  extension: boolean;
  median: number;
  p95?: number;
  unit: 'ms' | 'MB';
  runs: number;
}

async function main() {
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

  if (json) {
    process.stdout.write(`${JSON.stringify({ results })}\n`);
    return;
  }
  const f = (n: number | undefined) => (n === undefined ? '' : n.toFixed(n < 10 ? 2 : 1));
  log('metric                   words  extension  median    p95  unit  runs');
  for (const r of results) {
    log(
      `${r.metric.padEnd(24)} ${String(r.words ?? '').padStart(5)}  ${String(r.extension).padEnd(9)}  ${f(r.median).padStart(6)} ${f(r.p95).padStart(6)}  ${r.unit.padEnd(4)}  ${r.runs}`,
    );
  }
  const get = (metric: string, extension: boolean, words?: number) =>
    results.find((r) => r.metric === metric && r.extension === extension && r.words === words)!;
  const k2 = get('keystroke-to-highlights', true, 2000);
  const k10 = get('keystroke-to-highlights', true, 10000);
  const loadCost = get('page-load-script', true).median - get('page-load-script', false).median;
  const heapCost = get('heap-with-draft', true, 10000).median - get('heap-with-draft', false, 10000).median;
  log('');
  log('Targets:');
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
