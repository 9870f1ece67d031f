/**
 * Start-up: the wall time of a one-file check from the command line, as a user's shell sees it,
 * measured with /usr/bin/time beside node doing nothing and the peers' own command lines on the
 * same email, interleaved run by run so that a busy moment hits every command alike.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface StartupRow {
  what: string;
  medianS: number;
  runs: number;
}

const RUNS = 11;

/** Wall seconds of one run of `command`, as /usr/bin/time reports them (last line of its stderr). */
function wallSeconds(command: string[], env: NodeJS.ProcessEnv): number {
  const run = spawnSync('/usr/bin/time', ['-f', '%e', ...command], { encoding: 'utf8', env });
  const last = run.stderr.trimEnd().split('\n').pop() ?? '';
  const seconds = Number(last);
  if (!Number.isFinite(seconds)) throw new Error(`/usr/bin/time gave "${last}" for ${command.join(' ')}`);
  return seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Medians over RUNS interleaved runs of each command on `email`; `root` holds dist/ and node_modules/. */
export function measureStartup(root: string, email: string): StartupRow[] {
  const { NODE_OPTIONS: _, ...env } = process.env;
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  const commands: { what: string; command: string[]; env?: NodeJS.ProcessEnv }[] = [
    { what: 'node -e 0 (the floor)', command: [process.execPath, '-e', '0'] },
    { what: 'connection-first (start-up snapshot)', command: [process.execPath, join(root, 'dist/cli.cjs'), email] },
    {
      what: 'connection-first (in-process, no snapshot)',
      command: [process.execPath, join(root, 'dist/cli.cjs'), email],
      env: { ...env, CONNECTION_FIRST_NO_SNAPSHOT: '1' },
    },
    { what: 'write-good CLI', command: [bin('write-good'), email] },
    { what: 'alex CLI', command: [bin('alex'), email] },
  ];
  // Node reads the NODE_EXTRA_CA_CERTS file at every start, before any script runs (~0.09 s for
  // Debian's bundle on the development machine, which sets it for every process). The bin's child
  // goes without it, but the bin itself cannot: so where it is set, the floor and the check are also
  // timed without it, to show what of the start-up is the caller's environment.
  if (env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS: __, ...bare } = env;
    commands.push(
      { what: 'node -e 0, no NODE_EXTRA_CA_CERTS', command: [process.execPath, '-e', '0'], env: bare },
      {
        what: 'connection-first, no NODE_EXTRA_CA_CERTS',
        command: [process.execPath, join(root, 'dist/cli.cjs'), email],
        env: bare,
      },
    );
  }
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, c] of commands.entries()) times[j]!.push(wallSeconds(c.command, c.env ?? env));
  }
  return commands.map((c, j) => ({ what: c.what, medianS: median(times[j]!), runs: RUNS }));
}
