/**
 * `npm run build:cli [-- OUTDIR]` (default dist/): the command line, in three files.
 *
 * - cli-main.cjs: the CLI bundled, every library inside (src/cli/bin.ts).
 * - cli.cjs: the `connection-first` bin, a launcher of Node built-ins only (src/cli/launcher.ts).
 * - cli.blob: a V8 start-up snapshot of cli-main.cjs with compromise, the built-in rules and the
 *   text readers loaded and warmed, and cli.blob.json, the fingerprint of the node that built it.
 *   Loading compromise costs ~250 ms a run; started from the snapshot, a one-file check answers in
 *   about 0.2 s. Only the node that built a snapshot can run it, so the launcher uses it only for
 *   the node, bundle and blob the fingerprint names, and otherwise runs cli-main.cjs in-process.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { asciiSource } from './ascii-source';
import { BLOB, BUNDLE, MANIFEST, SNAPSHOT_FLAGS, snapshotFingerprint } from '../src/cli/snapshot-manifest';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' } as const;

mkdirSync(out, { recursive: true });
// No fingerprint, no snapshot: until the new one is complete, the launcher runs the bundle in-process.
rmSync(path.join(out, MANIFEST), { force: true });
// Whitespace and comments out, names kept (a stack trace still reads), and every character ASCII (see
// asciiSource): the snapshot then carries 2.4 MB of source instead of 7 MB, and starts ~20 ms sooner.
const bundled = await build({
  ...common,
  entryPoints: [path.join(root, 'src/cli/bin.ts')],
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  write: false,
});
writeFileSync(path.join(out, BUNDLE), asciiSource(bundled.outputFiles[0]!.text));
const launcher = path.join(out, 'cli.cjs');
await build({
  ...common,
  entryPoints: [path.join(root, 'src/cli/launcher.ts')],
  format: 'cjs',
  outfile: launcher,
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(launcher, 0o755);

const blob = path.join(out, BLOB);
const temporary = `${blob}.tmp`;
// NODE_OPTIONS (a tsx loader, a heap limit) would end up in the snapshot or change V8's flags.
const { NODE_OPTIONS: _, ...env } = process.env;
const snapshot = spawnSync(
  process.execPath,
  [...SNAPSHOT_FLAGS, '--snapshot-blob', temporary, '--build-snapshot', path.join(out, BUNDLE)],
  { stdio: 'inherit', env },
);
if (snapshot.status !== 0) {
  rmSync(temporary, { force: true });
  console.error(`build:cli: node --build-snapshot failed (${snapshot.signal ?? `status ${snapshot.status}`})`);
  process.exit(1);
}
renameSync(temporary, blob);
writeFileSync(path.join(out, MANIFEST), JSON.stringify(snapshotFingerprint(out)));
