import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled CLI (dist/): run in-process, or loaded into the start-up snapshot. */
export const BUNDLE = 'cli-main.cjs';
/** The V8 start-up snapshot of BUNDLE, engine loaded and warmed (build/cli-snapshot.ts). */
export const BLOB = 'cli.blob';
/** BLOB's fingerprint, written after it: while it is missing or does not match, the launcher runs BUNDLE in-process. */
export const MANIFEST = 'cli.blob.json';
/**
 * V8 flags for building and running the snapshot alike (node refuses a snapshot run under other V8
 * flags). Without rehashing, the ~25 ms V8 spends re-keying every hash table of the heap (compromise's
 * lexicon above all) to a fresh seed is saved; the seed is then the one baked in at build time.
 */
export const SNAPSHOT_FLAGS = ['--no-rehash-snapshot'];
/** Names the file descriptor on which the snapshot tells the launcher it has started. */
export const STARTED_FD_ENV = 'CONNECTION_FIRST_STARTED_FD';

// glibc's malloc asks for transparent huge pages for its own mappings (glibc 2.35+; older ones and
// other C libraries ignore it). Reading the ~20 MB blob into 4 KB pages cost more in page faults
// than the deserialising did: the snapshot's node alone took about 0.6 s with it off and 0.37 s with
// it on, and a one-file check through the launcher 0.57 s and 0.41 s, on this 2-core machine.
const HUGE_PAGES = 'glibc.malloc.hugetlb=1';

/**
 * The environment of the node that runs the snapshot: the caller's, with the started-fd named, huge
 * pages asked of malloc (unless the caller set that tunable themselves), and no NODE_EXTRA_CA_CERTS
 * (the CLI makes no TLS connection, and node 20 parses that file at start-up, ~30 ms).
 */
export function snapshotEnv(env: NodeJS.ProcessEnv, startedFd: number): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _, GLIBC_TUNABLES: tunables, ...rest } = env;
  const asked = tunables?.split(':').some((t) => t.startsWith('glibc.malloc.hugetlb='));
  return {
    ...rest,
    GLIBC_TUNABLES: asked ? tunables : [tunables, HUGE_PAGES].filter(Boolean).join(':'),
    [STARTED_FD_ENV]: String(startedFd),
  };
}

/**
 * What a snapshot in `dir` is good for: exactly this node binary (its version, V8, platform and
 * path) and the bundle and blob built with it, by size. Not by modification time: `npm pack` resets
 * every file's, and a team that installs the packed CLI on the same node should still get the
 * snapshot. (build/cli.ts writes bundle, blob and fingerprint together, fingerprint last.)
 */
export function snapshotFingerprint(dir: string) {
  const bundle = statSync(join(dir, BUNDLE));
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    execPath: process.execPath,
    bundleSize: bundle.size,
    blobSize: statSync(join(dir, BLOB)).size,
  };
}
