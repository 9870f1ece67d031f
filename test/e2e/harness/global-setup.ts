import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  CHROME_EXTENSION_DIR,
  CHROMIUM_BIN,
  FIREFOX_BIN,
  E2E_CHROME_EXTENSION_DIR,
  E2E_FIREFOX_EXTENSION_DIR,
  FIREFOX_EXTENSION_DIR,
  FIXTURES_DIR,
  GENERATED_DIR,
  ROOT,
} from './paths';

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function run(command: string, args: string[]): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`e2e setup: \`${path.basename(command)} ${args.join(' ')}\` exited with ${code}:\n${output}`));
        return;
      }
      if (process.env.CF_E2E_VERBOSE)
        console.log(`e2e setup: ${path.basename(command)} ${args.join(' ')} (${Date.now() - started} ms)`);
      resolve();
    });
  });
}

const EDITORS_DIR = path.join(FIXTURES_DIR, 'editors');

/**
 * The esbuild arguments that bundle one real editor for its fixture page
 * (test/e2e/fixtures/editors/<name>-entry.ts → editor-<name>.js, plus editor-<name>.css when the
 * entry imports the editor's stylesheet). Every asset must come from /__fixtures__/ (the routing
 * aborts all other requests), so each editor, its CSS and, for TinyMCE, its theme, model, icons
 * and skins are bundled rather than fetched at runtime. The browser bench builds CKEditor's too.
 */
export function editorBundleArgs(name: string): string[] {
  return [
    path.join(EDITORS_DIR, `${name}-entry.ts`),
    '--bundle',
    '--format=iife',
    '--target=es2020',
    '--log-level=warning',
    // React (Draft.js) picks its production build from this; Draft.js's fbjs helpers read
    // Node's `global`.
    `--define:process.env.NODE_ENV="production"`,
    '--define:global=globalThis',
    '--loader:.css=css',
    `--outfile=${path.join(GENERATED_DIR, `editor-${name}.js`)}`,
  ];
}

/** Every editor of the generic-editor fixture pages, bundled. */
function editorBundles(): Promise<void>[] {
  return readdirSync(EDITORS_DIR)
    .filter((file) => file.endsWith('-entry.ts'))
    .map((file) => run(bin('esbuild'), editorBundleArgs(file.slice(0, -'-entry.ts'.length))));
}

function requireBinary(file: string, name: string, pkg: string): void {
  if (!existsSync(file)) {
    throw new Error(
      `The real-browser tests need Debian's ${name} at ${file}, which is missing.\n` +
        `Install it with:  apt-get install -y ${pkg}\n` +
        `(as root, or with sudo; .ci/run installs it by itself).`,
    );
  }
}

/**
 * Runs once before the e2e project: the browsers must exist, and the extension is built fresh
 * (Chrome MV3 and Firefox MV2, side by side) so no test ever runs against a stale build, and
 * the browsers load a snapshot of that build (see E2E_CHROME_EXTENSION_DIR). Also
 * bundles the roosterjs editor that the Outlook "real editor" fixture loads, and the real editors
 * (CKEditor 5, TinyMCE, Quill, ProseMirror, Lexical, Draft.js, Slate, Trix) of the editor-*.html pages.
 */
export default async function setup(): Promise<void> {
  requireBinary(CHROMIUM_BIN, 'Chromium', 'chromium');
  requireBinary(FIREFOX_BIN, 'Firefox ESR', 'firefox-esr');
  mkdirSync(GENERATED_DIR, { recursive: true });

  await Promise.all([
    run(bin('wxt'), ['build']),
    run(bin('wxt'), ['build', '-b', 'firefox']),
    run(bin('esbuild'), [
      path.join(FIXTURES_DIR, 'rooster-entry.ts'),
      '--bundle',
      '--format=iife',
      '--target=es2020',
      '--log-level=warning',
      `--outfile=${path.join(GENERATED_DIR, 'rooster-editor.js')}`,
    ]),
    ...editorBundles(),
  ]);
  for (const [built, snapshot] of [
    [CHROME_EXTENSION_DIR, E2E_CHROME_EXTENSION_DIR],
    [FIREFOX_EXTENSION_DIR, E2E_FIREFOX_EXTENSION_DIR],
  ] as const) {
    if (!existsSync(path.join(built, 'manifest.json')))
      throw new Error(`e2e setup: the build left no manifest.json in ${built}`);
    rmSync(snapshot, { recursive: true, force: true });
    cpSync(built, snapshot, { recursive: true });
  }
}
