/**
 * The kinds table (src/engine/kinds.ts) is the only place a kind is declared. These tests fail when
 * any other place that lists kinds disagrees with it, or names a kind by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../rules/rule-pack.schema.json';
import { CUE_LISTS, DETECTOR_BINDINGS, DETECTORS, KINDS } from '../../src/engine';
import { highlightName, highlightStylesheet } from '../../src/engine/kinds';
import { validatePack } from '../../src/rules';
import { withEngineLists } from '../../src/rules/schema';
import { USAGE } from '../../src/cli/args';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? filesUnder(rel) : [rel];
  });
}

describe('the kinds table is the one list of kinds', () => {
  it('the schema lists exactly the kinds, detector bindings and cue lists the engine has', () => {
    // `npm run sync-schema` rewrites these parts of the schema from the engine.
    expect(schema).toEqual(withEngineLists(schema));
    expect(schema.$defs.kind.enum).toEqual(KINDS);
  });

  it('a pack may use every kind in the table and no other', () => {
    const pack = (kind: string) => ({
      name: 'acme',
      version: '1',
      rules: [{ id: 'r', kind, phrases: ['per my last email'], message: 'Say it plainly.' }],
    });
    for (const kind of KINDS) expect(validatePack(pack(kind), 'acme.json').errors).toEqual([]);
    expect(validatePack(pack('jargon'), 'acme.json').errors).toEqual([
      `acme.json: rules[0].kind: must be one of ${KINDS.join(', ')}`,
    ]);
  });

  it('every kind gets a highlight style, and the content script uses the generated styles', () => {
    const css = highlightStylesheet();
    for (const kind of KINDS) expect(css).toContain(`::highlight(${highlightName(kind)})`);
    const styles = filesUnder('entrypoints').filter((f) => f.endsWith('.css'));
    for (const file of styles) expect(readFileSync(path.join(ROOT, file), 'utf8')).not.toContain('::highlight(');
  });

  it('every detector emits only kinds from the table', () => {
    for (const detector of DETECTORS) for (const kind of detector.kinds) expect(KINDS).toContain(kind);
  });

  it('the command line help describes every kind', () => {
    for (const kind of KINDS) expect(USAGE).toContain(kind);
  });

  it('no source file outside the table and the detectors names a kind by hand', () => {
    const names = KINDS.join('|');
    const quoted = new RegExp(`(['"\`])(?:${names})\\1|\\[data-(?:cf-)?kind="(?:${names})"`);
    const allowed = (file: string) =>
      file === path.join('src', 'engine', 'kinds.ts') || file.startsWith(path.join('src', 'engine', 'detectors'));
    const offenders = [...filesUnder('src'), ...filesUnder('entrypoints')]
      .filter((file) => /\.(tsx?|css|html)$/.test(file) && !allowed(file))
      .filter((file) => quoted.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('detector bindings and cue list names are unique and belong to their detector', () => {
    expect(new Set(DETECTOR_BINDINGS).size).toBe(DETECTOR_BINDINGS.length);
    for (const detector of DETECTORS) {
      for (const name of [...Object.keys(detector.reads.bindings ?? {}), ...Object.keys(detector.reads.cues ?? {})]) {
        expect(name.startsWith(`${detector.id}/`)).toBe(true);
      }
    }
    expect(Object.keys(CUE_LISTS).length).toBeGreaterThan(0);
  });
});
