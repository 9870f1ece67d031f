import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

// End to end: every case runs the real CLI in a child process through tsx (~0.5 s start-up each).
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIX = 'test/fixtures/cli';
export const TIMEOUT = 20_000;
const MAIN = join(ROOT, 'src/cli/bin.ts');
// By address, not by name: a run in a folder outside the project must still find tsx.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

const tempDirs: string[] = [];
/** A fresh directory, removed after the test file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'connection-first-cli-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Flags for node itself, such as a heap limit. */
  nodeFlags?: string[];
  /** Receives stdout chunk by chunk instead of collecting it (`stdout` is then ''). */
  onStdout?: (chunk: Buffer) => void;
}

export function cli(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = { ...process.env, ...options.env };
  // The runner may force colour for itself; each test decides.
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const command = [...(options.nodeFlags ?? []), '--import', TSX, MAIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: options.cwd ?? ROOT, env });
    let stdout = '';
    let stderr = '';
    if (options.onStdout) child.stdout.on('data', options.onStdout);
    else child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
