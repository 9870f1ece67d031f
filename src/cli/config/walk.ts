import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Never searched: git's own store, and installed packages (which no one writes to customers in). */
const NEVER = new Set(['.git', 'node_modules']);

/** One folder's ignore rules (its .gitignore), with the folder they are relative to. */
interface IgnoreLevel {
  folder: string;
  rules: Ignore;
}

async function readIgnore(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function levelFor(folder: string, ...files: string[]): Promise<IgnoreLevel | undefined> {
  const texts = (await Promise.all(files.map((f) => readIgnore(join(folder, f))))).filter((t) => t !== undefined);
  return texts.length ? { folder, rules: ignore().add(texts.join('\n')) } : undefined;
}

/**
 * Whether git would ignore `path`: each level from the repository's root down may ignore it or,
 * with "!pattern", take it back, and the deepest that says anything decides.
 */
function ignoredBy(levels: readonly IgnoreLevel[], path: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const local = relative(level.folder, path).split(sep).join('/');
    if (!local || local.startsWith('..')) continue;
    const verdict = level.rules.test(isFolder ? `${local}/` : local);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The .gitignore levels above `folder` within its repository, root first (none outside a repository). */
async function levelsAbove(folder: string): Promise<IgnoreLevel[]> {
  const chain: string[] = [];
  for (let at = dirname(folder); ; at = dirname(at)) {
    chain.unshift(at);
    if (await exists(join(at, '.git'))) break;
    if (dirname(at) === at) return [];
  }
  const root = chain[0]!;
  const levels = await Promise.all(
    chain.map((at) => (at === root ? levelFor(at, '.git/info/exclude', '.gitignore') : levelFor(at, '.gitignore'))),
  );
  return levels.filter((level) => level !== undefined);
}

/**
 * The files under `folder` whose names end in one of `extensions`, in a stable order (by name,
 * folder by folder), leaving out what the repository's .gitignore files ignore. Symbolic links to
 * folders are not followed, so a link loop cannot trap the walk.
 */
export async function* filesUnder(folder: string, extensions: readonly string[]): AsyncGenerator<string> {
  const wanted = (name: string) => extensions.some((ext) => name.toLowerCase().endsWith(ext));
  const stack: { folder: string; levels: IgnoreLevel[] }[] = [{ folder, levels: await levelsAbove(folder) }];
  while (stack.length) {
    const { folder: here, levels: above } = stack.pop()!;
    const own = await levelFor(here, '.gitignore');
    const levels = own ? [...above, own] : above;
    const entries = (await readdir(here, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    const folders: string[] = [];
    for (const entry of entries) {
      const path = join(here, entry.name);
      if (entry.isDirectory()) {
        if (!NEVER.has(entry.name) && !ignoredBy(levels, path, true)) folders.push(path);
      } else if (wanted(entry.name) && (entry.isFile() || entry.isSymbolicLink()) && !ignoredBy(levels, path, false)) {
        if (
          entry.isFile() ||
          (await stat(path).then(
            (s) => s.isFile(),
            () => false,
          ))
        )
          yield path;
      }
    }
    // Pushed in reverse, so folders come out in name order.
    for (const sub of folders.reverse()) stack.push({ folder: sub, levels });
  }
}
