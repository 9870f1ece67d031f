import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (test/e2e/harness → ../../..). */
export const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Debian's real Chromium binary (/usr/bin/chromium is a wrapper script). */
export const CHROMIUM_BIN = process.env.CF_CHROMIUM ?? '/usr/lib/chromium/chromium';
/** Debian's Firefox ESR binary. */
export const FIREFOX_BIN = process.env.CF_FIREFOX ?? '/usr/lib/firefox-esr/firefox-esr';

/** Where `wxt build` and `wxt build -b firefox` write (what `npm run build` leaves behind). */
export const CHROME_EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output', 'firefox-mv2');

/** Hand-written fixture pages and assets. */
export const FIXTURES_DIR = path.resolve(ROOT, 'test', 'e2e', 'fixtures');
/** Generated files: the roosterjs bundle and snapshots of the fresh builds, rewritten by the global setup. */
export const GENERATED_DIR = path.join(ROOT, 'node_modules', '.cache', 'connection-first-e2e');

/**
 * The builds the browsers load: copies of .output taken right after the global setup built it,
 * so a `wxt build` started while the suite runs (it empties .output first) cannot pull the
 * extension out from under a running browser.
 */
export const E2E_CHROME_EXTENSION_DIR = path.join(GENERATED_DIR, 'chrome-mv3');
export const E2E_FIREFOX_EXTENSION_DIR = path.join(GENERATED_DIR, 'firefox-mv2');
