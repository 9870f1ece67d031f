import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotEnv } from '../../src/cli/snapshot-manifest';
import { cli, FIX, ROOT, tempDir } from './run-cli';

/**
 * The built bin (build/cli.ts into a fresh folder): the launcher runs the check from the start-up
 * snapshot when the snapshot fits this node, and in-process otherwise, with the same report and
 * exit status either way.
 */
const dist = tempDir();
const BUILD_TIMEOUT = 120_000;
const RUN_TIMEOUT = 30_000;

beforeAll(() => {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'build/cli.ts'), dist], { cwd: ROOT, stdio: 'pipe' });
}, BUILD_TIMEOUT);

function bin(args: string[], env: Record<string, string> = {}, input = '') {
  const { NODE_OPTIONS: _, ...inherited } = process.env;
  return spawnSync(process.execPath, [join(dist, 'cli.cjs'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
}

const EML = `${FIX}/invoice-reply.eml`;
const CHECKIN = `${FIX}/renewal-checkin.txt`;

describe('the built command line and its start-up snapshot', () => {
  let source: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    source = await cli(['--format', 'json', EML, CHECKIN, '-'], { input: 'Hi Ben,\n\nLet us circle back.\n' });
  }, RUN_TIMEOUT);

  it('from the snapshot: the same report and exit status as the sources give', { timeout: RUN_TIMEOUT }, () => {
    const run = bin(['--format', 'json', EML, CHECKIN, '-'], {}, 'Hi Ben,\n\nLet us circle back.\n');
    expect([run.status, run.stdout, run.stderr]).toEqual([source.code, source.stdout, '']);
  });

  it('its own arguments reach it, not node: --version is ours; a usage error exits 2', { timeout: RUN_TIMEOUT }, () => {
    expect(bin(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    const usage = bin(['--format', 'xml', CHECKIN]);
    expect([usage.status, usage.stderr]).toEqual([
      2,
      'connection-first: --format needs one of text, json, sarif, github, checkstyle, not "xml" (see --help)\n',
    ]);
  });

  it('without the snapshot (turned off, or made by another node): the same report, in-process', {
    timeout: RUN_TIMEOUT,
  }, () => {
    const args = ['--format', 'json', EML, CHECKIN];
    const expected = bin(args);
    const off = bin(args, { CONNECTION_FIRST_NO_SNAPSHOT: '1' });
    expect([off.status, off.stdout, off.stderr]).toEqual([expected.status, expected.stdout, '']);
    // A fingerprint naming another node: the snapshot is not even tried.
    const manifest = join(dist, 'cli.blob.json');
    const fingerprint = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, fingerprint.replace(process.version, 'v0.0.0'));
    try {
      const stale = bin(args);
      expect([stale.status, stale.stdout, stale.stderr]).toEqual([expected.status, expected.stdout, '']);
    } finally {
      writeFileSync(manifest, fingerprint);
    }
  });

  it('a damaged snapshot that node refuses: node says so, then the check runs in-process', {
    timeout: RUN_TIMEOUT,
  }, () => {
    const args = ['--format', 'json', CHECKIN];
    const expected = bin(args);
    const blob = join(dist, 'cli.blob');
    const good = readFileSync(blob);
    const damaged = Buffer.from(good);
    // Past the header, where the heap's data is: same size, so the fingerprint still matches.
    for (let i = good.length >> 1; i < (good.length >> 1) + 4096; i++) damaged[i] = damaged[i]! ^ 0xff;
    writeFileSync(blob, damaged);
    try {
      const run = bin(args);
      expect([run.status, run.stdout]).toEqual([expected.status, expected.stdout]);
      // Node's own complaint: the launcher did try the snapshot.
      expect(run.stderr).not.toBe('');
    } finally {
      writeFileSync(blob, good);
    }
  });
});

describe("the snapshot's environment", () => {
  it("is the caller's, with huge pages asked of malloc, the started fd named and no CA file to parse", () => {
    const env = snapshotEnv({ HOME: '/home/dana', LANG: 'en_GB.UTF-8', NODE_EXTRA_CA_CERTS: '/etc/ca.pem' }, 3);
    expect(env).toEqual({
      HOME: '/home/dana',
      LANG: 'en_GB.UTF-8',
      GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1',
      CONNECTION_FIRST_STARTED_FD: '3',
    });
  });

  it("keeps the caller's own glibc tunables, adding huge pages after them", () => {
    expect(snapshotEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 3).GLIBC_TUNABLES).toBe(
      'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1',
    );
  });

  it('leaves a huge-page setting the caller chose, even one that turns them off', () => {
    const tunables = 'glibc.malloc.hugetlb=0:glibc.malloc.arena_max=2';
    expect(snapshotEnv({ GLIBC_TUNABLES: tunables }, 3).GLIBC_TUNABLES).toBe(tunables);
  });
});
