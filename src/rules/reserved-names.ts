/**
 * Pack names that belong to one pack each, and whose rules they are. Rule ids are `pack/rule`, so a
 * team list named `default` would stand in for the built-in rules, and one named `personal` for the
 * user's own, without a word.
 */
const RESERVED = new Map([
  ['default', 'the built-in rules'],
  ['personal', "each user's own rules"],
]);

/**
 * The located error for a pack that takes a reserved name, or undefined. Call it for every pack but
 * the one the name belongs to: team lists, the administrator's packs, a file given to the CLI.
 */
export function reservedNameError(name: string, source: string): string | undefined {
  const owner = RESERVED.get(name);
  return owner && `${source}: name: "${name}" is reserved for ${owner}; give your pack its own name`;
}
