/**
 * Layers point one way (README, "Architecture"): a folder under src/ imports only from the folders
 * listed for it here. A change that needs another arrow changes this table, in review, on purpose.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

const MAY_IMPORT: Record<string, string[]> = {
  engine: [],
  rules: ['engine'],
  // settings reads which sites are on: the site list (sites) is a leaf that knows nothing of settings.
  settings: ['engine', 'rules', 'sites'],
  'team-lists': ['engine', 'rules', 'settings'],
  // How HTML shows text and how mail marks quotes and signatures: read by the page and the CLI alike.
  markup: [],
  sites: ['markup'],
  messaging: ['engine'],
  editor: ['engine', 'sites', 'markup'],
  ui: ['engine', 'rules', 'settings', 'team-lists', 'sites', 'messaging'],
  checker: ['engine', 'rules', 'settings', 'team-lists', 'sites', 'messaging', 'markup', 'editor', 'ui'],
  cli: ['engine', 'rules', 'markup'],
};

/** Packages a layer may use besides its own code: the engine runs in Node and in any page alike. */
const PACKAGES: Record<string, RegExp> = {
  engine: /^(?:compromise|syllable)$/,
  rules: /^$/,
  markup: /^$/,
  // Node, and the libraries that read files: MIME, Word, OpenDocument, Markdown, HTML, ignore files, globs.
  cli: /^(?:node:.*|postal-mime|mammoth|jszip|@xmldom\/xmldom|parse5|parse5-htmlparser2-tree-adapter|domhandler|domutils|css-select|entities|mdast|mdast-util-.*|micromark-extension-.*|ignore|picomatch)$/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

const layerOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

describe('layers point one way', () => {
  const files = sourceFiles(SRC);

  it('every folder under src/ has a place in the table', () => {
    const folders = new Set(files.map(layerOf));
    expect([...folders].filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it('no file imports a folder its layer may not', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        const rel = path.relative(SRC, target);
        if (rel.startsWith('..')) continue; // data outside src/: rules/*.json, package.json
        const other = rel.split(path.sep)[0]!;
        if (other !== layer && !MAY_IMPORT[layer]?.includes(other)) {
          wrong.push(`${path.relative(SRC, file)} → ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the engine, the rules and the command line use no browser or extension package', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const allowed = PACKAGES[layerOf(file)];
      if (!allowed) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.') && !allowed.test(spec)) wrong.push(`${path.relative(SRC, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('data outside src/ is read only by the layers that own it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const rel = path.relative(SRC, path.resolve(path.dirname(file), spec));
        if (!rel.startsWith('..')) continue;
        const owner = rel.includes(`rules${path.sep}`) ? 'rules' : 'cli';
        if (layerOf(file) !== owner) wrong.push(`${path.relative(SRC, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('lines stay readable', () => {
  it('no TypeScript line under src/ or entrypoints/ is longer than 120 characters', () => {
    const roots = [SRC, path.resolve(SRC, '../entrypoints')];
    const long = roots.flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 120 ? [`${path.relative(SRC, file)}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });
});
