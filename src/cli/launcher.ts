/**
 * The `connection-first` bin. Loading the engine (compromise's lexicon above all) takes ~250 ms, so
 * when a start-up snapshot built by this very node lies beside it, it runs the CLI from that in a
 * child node, which starts with the engine already loaded; otherwise it runs the bundle in-process.
 * Node built-ins only: this file must cost nothing to load. It is built as CommonJS (dist/cli.cjs):
 * node starts a CommonJS entry ~8 ms sooner than an ES module one, which needs its module loader.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { BLOB, BUNDLE, MANIFEST, SNAPSHOT_FLAGS, snapshotEnv, snapshotFingerprint } from './snapshot-manifest';

const dir = __dirname;
/** Signals a terminal or a supervisor sends to stop a run: passed on to the child, never a reason to start again. */
const STOPS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function snapshotUsable(): boolean {
  // Flags for node (--inspect, a heap limit) would not reach the child, and V8 flags other than the
  // snapshot's make node refuse it: those runs stay in-process, as does CONNECTION_FIRST_NO_SNAPSHOT=1.
  if (process.execArgv.length > 0 || process.env.NODE_OPTIONS || process.env.CONNECTION_FIRST_NO_SNAPSHOT) return false;
  try {
    return readFileSync(join(dir, MANIFEST), 'utf8') === JSON.stringify(snapshotFingerprint(dir));
  } catch {
    return false;
  }
}

function runInProcess(): void {
  require(join(dir, BUNDLE));
}

function runFromSnapshot(): void {
  // `--`: every argument is the CLI's, none node's (`--version`, `-h`).
  const args = [...SNAPSHOT_FLAGS, '--snapshot-blob', join(dir, BLOB), '--', ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, {
    // fd 3: the child writes a byte there once its main function runs (bin.ts).
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: snapshotEnv(process.env, 3),
  });
  let started = false;
  let stopped = false;
  let done = false;
  child.stdio[3]!.on('data', () => (started = true));
  const stop = (signal: NodeJS.Signals) => {
    stopped = true;
    child.kill(signal);
  };
  for (const signal of STOPS) process.on(signal, stop);

  const finish = (code: number | null, signal: NodeJS.Signals | null) => {
    if (done) return;
    done = true;
    for (const s of STOPS) process.off(s, stop);
    // Died before its first line of ours ran (a corrupt or refused blob, a failed spawn): nothing
    // was read or written yet, so the run starts over in-process.
    if (!started && !stopped && !(signal && (STOPS.includes(signal) || signal === 'SIGKILL'))) {
      runInProcess();
      return;
    }
    if (signal) {
      // Die the same way, so a shell sees the interrupt; exit with 128 + n if the signal is ignored here.
      if (STOPS.includes(signal) || signal === 'SIGKILL') process.kill(process.pid, signal);
      process.exitCode = 128 + (constants.signals[signal] ?? 0);
      return;
    }
    process.exitCode = code ?? 1;
  };
  // A failed spawn (no child at all); errors of a running child end in 'close'.
  child.on('error', () => child.pid === undefined && finish(null, null));
  child.on('close', finish);
}

if (snapshotUsable()) {
  try {
    runFromSnapshot();
  } catch {
    runInProcess();
  }
} else runInProcess();
