import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Options } from './args';
import { type Config, ConfigFinder, readConfig } from './config/config';
import { filesUnder } from './config/walk';
import { DOCUMENT_EXTENSIONS } from './documents';
import { STDIN } from './read-input';

/** A file to check: how it is named in the report, where it is read from, and the config over it. */
export interface Input {
  name: string;
  /** A path, or `-` for standard input. */
  path: string;
  config?: Config;
}

type Gathered = { checked: Input[]; notes: string[] } | { errors: string[] };

/** The config each file falls under: the one given, none, or the nearest above it. */
function configSource(options: Options): (absolute: string) => ReturnType<ConfigFinder['find']> {
  if (options.config === false) return async () => undefined;
  if (options.config) {
    const given = readConfig(resolve(options.config)).then(
      (found) => found ?? { errors: [`${options.config}: has no "connection-first" settings`] },
    );
    return () => given;
  }
  const finder = new ConfigFinder();
  return (absolute) => finder.find(dirname(absolute));
}

/**
 * The files the named inputs stand for: a folder for every document under it (in name order,
 * without what .gitignore ignores), each with its config, and without what a config leaves out.
 * A file named on the command line that its config leaves out gets a note; a folder's do not.
 */
export async function gatherInputs(named: readonly string[], options: Options): Promise<Gathered> {
  const configOf = configSource(options);
  const checked: Input[] = [];
  const notes: string[] = [];
  const errors = new Set<string>();
  const consider = async (name: string, path: string, explicit: boolean) => {
    // Piped input is found as if it were a file of its name in the working folder.
    const absolute = resolve(path === STDIN ? (options.stdinFilename ?? 'stdin') : path);
    const found = await configOf(absolute);
    if (found && 'errors' in found) {
      for (const error of found.errors) errors.add(error);
      return;
    }
    const config = found?.config;
    // A team pack kept beside the templates (team.txt) is read as rules, not checked as an email.
    if (!explicit && config?.packs.includes(absolute)) return;
    if (config && !config.covers(absolute)) {
      if (explicit) notes.push(`${name}: skipped: ${config.path} leaves it out ("files" or "ignore")`);
      return;
    }
    checked.push({ name, path, config });
  };
  for (const input of named) {
    if (input === STDIN) await consider(options.stdinFilename ?? STDIN, STDIN, true);
    else if ((await stat(input)).isDirectory()) {
      for await (const file of filesUnder(input, DOCUMENT_EXTENSIONS)) await consider(file, file, false);
    } else await consider(input, input, true);
  }
  return errors.size ? { errors: [...errors] } : { checked, notes };
}
