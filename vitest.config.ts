import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects, both run by `npm test` (= `vitest run`):
 * - unit: engine, rules, CLI, editor/DOM, settings tests — everything except test/e2e. WXT's
 *   plugin gives them an in-memory browser: `browser`/`chrome` are `fakeBrowser`
 *   (`wxt/testing/fake-browser`) and `wxt/browser` resolves to it, so `wxt/utils/storage` works.
 * - e2e: the built extension in real headless Chromium (playwright-core) and Firefox ESR
 *   (puppeteer-core). Its global setup rebuilds the extension first, so a stale build never runs.
 *   `npx vitest run --project e2e` runs only these.
 * The e2e group runs after the unit group so the browsers get the machine's cores to themselves.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          exclude: [...configDefaults.exclude, 'test/e2e/**', '.output/**', 'dist/**'],
          sequence: { groupOrder: 0 },
          // Not 5 s: a test that reads hundreds of labelled emails takes 1–2 s on a quiet machine and more
          // than 5 s on one busy with another suite. Timing is asserted where it is meant, with slack
          // (test/rules/timing.ts); a time-out here only says a test hung.
          testTimeout: 30_000,
          // So that timed tests can collect garbage before they time (test/rules/timing.ts).
          execArgv: ['--expose-gc'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser per test file; two files at a time on a 2-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
