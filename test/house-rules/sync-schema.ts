/**
 * `npm run sync-schema`: writes the lists rules/rule-pack.schema.json takes from the engine (kinds,
 * detector bindings, cue lists). Run it after adding a kind, a binding or a cue list;
 * test/house-rules/kinds.test.ts fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withEngineLists } from '../../src/rules/schema';

const file = fileURLToPath(new URL('../../rules/rule-pack.schema.json', import.meta.url));
const before = readFileSync(file, 'utf8');
const after = `${JSON.stringify(withEngineLists(JSON.parse(before)), null, 2)}\n`;
if (after === before) console.log('rules/rule-pack.schema.json is up to date');
else {
  writeFileSync(file, after);
  console.log('rules/rule-pack.schema.json updated');
}
