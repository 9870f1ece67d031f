import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { type FindingKind, isKind } from '../../engine';
import { describeJsonError, type RulePack, validatePack } from '../../rules';
import { describeFsError, readText } from '../read-input';

const CONFIG_FILE = '.connection-first.json';
/** The key a package.json can hold the same settings under. */
const PACKAGE_KEY = 'connection-first';

/**
 * A project's settings for the command line, from `.connection-first.json` or the
 * `connection-first` key of a package.json: the nearest one above a file applies to it, as Vale's
 * `.vale.ini` does. Described by rules/config.schema.json.
 */
export interface Config {
  /** The file it came from; paths and globs in it are relative to its folder. */
  path: string;
  /** Team rule packs, as paths from the config's folder. */
  packs: string[];
  /** Rules switched off, by full id ("default/synergy") … */
  disabledRules: string[];
  /** … and whole kinds of finding, such as too-long or buzzword. */
  disabledKinds: FindingKind[];
  /** `false`: the connection check's coaching off; targets: what it aims for. */
  coaching?: false | RulePack['coaching'];
  /** Whether a file (an absolute path) is one this config checks: in `files` (all if unset) and not in `ignore`. */
  covers(file: string): boolean;
}

export type ConfigResult = { config: Config } | { errors: string[] };

const KEYS = ['$schema', 'packs', 'disable', 'coaching', 'files', 'ignore'];
const MAX_LIST = 2000;

function stringList(value: unknown, field: string, errors: string[], where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_LIST || value.some((v) => typeof v !== 'string' || v === '')) {
    errors.push(`${where}: ${field}: must be a list of at most ${MAX_LIST} non-empty strings`);
    return [];
  }
  return value as string[];
}

/** A glob matcher for a config's list; `undefined` when the list is empty. */
function globs(patterns: string[]): ((path: string) => boolean) | undefined {
  return patterns.length ? picomatch(patterns, { dot: true }) : undefined;
}

/** Checks the settings object of the config at `path` and returns them, or every problem. */
export function parseConfig(value: unknown, path: string): ConfigResult {
  const errors: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [`${path}: must be a JSON object (see rules/config.schema.json)`] };
  }
  const settings = value as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!KEYS.includes(key)) errors.push(`${path}: "${key}" is not a setting (known: ${KEYS.slice(1).join(', ')})`);
  }
  const packs = stringList(settings.packs, 'packs', errors, path);
  const disable = stringList(settings.disable, 'disable', errors, path);
  const files = stringList(settings.files, 'files', errors, path);
  const ignore = stringList(settings.ignore, 'ignore', errors, path);
  const disabledKinds = disable.filter(isKind);
  const disabledRules = disable.filter((id) => !isKind(id));
  // Rule ids and targets are checked as a pack checks them, with the same messages.
  const coaching = settings.coaching === false ? undefined : settings.coaching;
  const asPack = {
    name: 'config',
    version: '1',
    disable: disabledRules,
    ...(coaching === undefined ? {} : { coaching }),
  };
  errors.push(...validatePack(asPack, path).errors);
  if (errors.length) return { errors };
  const folder = dirname(path);
  const inFiles = globs(files);
  const inIgnore = globs(ignore);
  const covers = (file: string) => {
    const local = relative(folder, file).split(sep).join('/');
    return (!inFiles || inFiles(local)) && !inIgnore?.(local);
  };
  return {
    config: {
      path,
      packs: packs.map((pack) => resolve(folder, pack)),
      disabledRules,
      disabledKinds,
      coaching: settings.coaching === false ? false : (coaching as RulePack['coaching']),
      covers,
    },
  };
}

const NOT_THERE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Reads the config file at `path` (a .connection-first.json, or a package.json with the key). */
export async function readConfig(path: string): Promise<ConfigResult | undefined> {
  let text: string;
  try {
    text = await readText(path);
  } catch (error) {
    // No file there is the usual case: the search goes on upwards.
    if (NOT_THERE.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    return { errors: [`${path}: cannot read config: ${describeFsError(error)}`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [`${path}: ${describeJsonError(text, error)}`] };
  }
  if (path.endsWith('package.json')) {
    const settings = (value as Record<string, unknown> | null)?.[PACKAGE_KEY];
    return settings === undefined ? undefined : parseConfig(settings, `${path} ("${PACKAGE_KEY}")`);
  }
  return parseConfig(value, path);
}

/**
 * Finds the config for files in `folder`: the nearest folder, walking up, with a
 * .connection-first.json or a package.json holding the key. Each folder is looked at once a run.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<ConfigResult | undefined>>();

  find(folder: string): Promise<ConfigResult | undefined> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookIn(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async lookIn(folder: string): Promise<ConfigResult | undefined> {
    const found = (await readConfig(join(folder, CONFIG_FILE))) ?? (await readConfig(join(folder, 'package.json')));
    if (found) return found;
    const parent = dirname(folder);
    return parent === folder ? undefined : this.find(parent);
  }
}
