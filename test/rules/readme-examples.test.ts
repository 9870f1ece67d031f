/** The rule packs the README shows are real: each validates as written. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/rules';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const packs = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
  .filter((value) => typeof value.name === 'string' && 'version' in value);

describe("the README's rule packs", () => {
  it('shows the full example, the cue words example and the coaching targets example', () => {
    expect(packs.map((p) => p.name)).toEqual(['acme-sales', 'acme-sales', 'acme-coaching']);
  });

  it.each(packs.map((p, i) => [i, p] as const))('example %i validates', (_, pack) => {
    expect(validatePack(pack, 'README.md').errors).toEqual([]);
  });
});
