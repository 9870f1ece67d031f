import type { RulePack } from '../../rules/types';
import type { PersonalStorage } from '../model';
import { isFullRuleId, readyToSave } from './check';
import { moveDisabledRules, type PersonalState, readPersonal, writePersonal } from './store';

/**
 * Every write of the personal pack from this context takes its turn here, one after another. A
 * change reads the pack, changes it and writes it back; two changes that interleaved (two quick
 * clicks, a save racing a card's "turn off this rule") would each write back a pack without the
 * other's change, and one would be lost.
 */
let queue: Promise<unknown> = Promise.resolve();

function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined); // a failed write does not stop the ones after it
  return run;
}

// The old `disabledRules` item moves into the pack once per context start, until it is gone. It is
// a write too, so it takes a turn; every other write waits for it, so none overwrites what it moved.
let migration: Promise<void> | undefined;

function migrateDisabledRules(): Promise<void> {
  return (migration ??= inTurn(moveDisabledRules).catch((error: unknown) => {
    console.error('Connection First: moving turned-off rules into the personal pack failed; will retry', error);
    migration = undefined;
  }));
}

/** Runs a write in turn, after the migration. */
async function writeInTurn<T>(task: () => Promise<T>): Promise<T> {
  await migrateDisabledRules();
  return inTurn(task);
}

/** The personal pack and where it lives. Never throws for bad stored data: an empty pack instead. */
export async function loadPersonalPack(): Promise<PersonalState> {
  await migrateDisabledRules();
  return readPersonal();
}

/**
 * Makes `change` on the pack as stored when its turn comes, and saves the result (undefined: nothing
 * to save). Answers where the pack lives. Every change that starts from the stored pack goes
 * through here, so none is made on a copy another write has already replaced. Throws an Error
 * listing every problem, one per line with its location (`personal rules: rules[0].phrases[1]:
 * …`), and saves nothing, when the changed pack is invalid.
 */
export function updatePersonalPack(change: (pack: RulePack) => RulePack | undefined): Promise<PersonalStorage> {
  return writeInTurn(async () => {
    const { pack, storage } = await readPersonal();
    const next = change(pack);
    return next ? writePersonal(readyToSave(next)) : storage;
  });
}

/**
 * Validates and saves a whole personal pack, in turn; answers where it went. Throws, and saves
 * nothing, when the pack is invalid (see `updatePersonalPack`).
 */
export async function savePersonalPack(pack: RulePack): Promise<PersonalStorage> {
  const valid = readyToSave(pack);
  return writeInTurn(() => writePersonal(valid));
}

/** Switches a rule off everywhere (its full id, `default/synergy`): the card's "turn off this rule". */
export async function disableRule(id: string): Promise<void> {
  if (!isFullRuleId(id)) throw new Error(`"${id}" is not a full rule id like "default/synergy"`);
  await updatePersonalPack((pack) =>
    pack.disable?.includes(id) ? undefined : { ...pack, disable: [...(pack.disable ?? []), id] },
  );
}

/** Switches a rule the user turned off back on. */
export async function enableRule(id: string): Promise<void> {
  await updatePersonalPack((pack) =>
    pack.disable?.includes(id) ? { ...pack, disable: pack.disable.filter((d) => d !== id) } : undefined,
  );
}
