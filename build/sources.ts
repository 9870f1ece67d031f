/**
 * What goes into the sources zip that addons.mozilla.org asks for: exactly the files git tracks,
 * so a reviewer can rebuild the add-on, and nothing that merely sits in the working tree (builds,
 * node_modules, scratch files, local notes).
 */
import { execFileSync } from 'node:child_process';

/** The tracked files, relative to `root`, as git lists them. */
export function trackedFiles(root: string): string[] {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (cause) {
    throw new Error('The sources zip lists the files git tracks: run `npm run zip` in a git checkout.', { cause });
  }
  return listing.split('\0').filter((file) => file !== '');
}

/** A file name as a glob pattern that matches that name alone (WXT's zip reads minimatch patterns). */
export const literalPattern = (file: string) => file.replace(/[\\*?[\]{}()!+@,]/g, '\\$&');
