/**
 * The oldest browsers the manifests accept (`minimum_chrome_version`, Firefox's `strict_min_version`)
 * are the oldest that have every web feature our code uses: a feature newer than the minimum would
 * break for some users, and a minimum higher than any feature needs turns users away for nothing.
 * The table lists features that arrived late, with the first Chrome and Firefox to ship each one
 * (MDN's compatibility data). Using one that is not listed here? Add it. Features the code tests for
 * before use (caretPositionFromPoint, requestIdleCallback) are not listed, as they raise no minimum.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Feature {
  name: string;
  pattern: RegExp;
  chrome: number;
  firefox: number;
}

const FEATURES: Feature[] = [
  {
    name: 'CSS Custom Highlight API',
    pattern: /CSS\.highlights|::highlight\(|new Highlight\(/,
    chrome: 105,
    firefox: 140,
  },
  { name: 'light-dark()', pattern: /\blight-dark\(/, chrome: 123, firefox: 120 },
  { name: 'color-mix()', pattern: /\bcolor-mix\(/, chrome: 111, firefox: 113 },
  { name: ':has()', pattern: /:has\(/, chrome: 105, firefox: 121 },
  { name: 'container queries', pattern: /@container\b/, chrome: 105, firefox: 110 },
  { name: '@starting-style', pattern: /@starting-style\b/, chrome: 117, firefox: 129 },
  { name: 'text-wrap: balance', pattern: /text-wrap:\s*balance/, chrome: 114, firefox: 121 },
  { name: 'dynamic viewport units', pattern: /\d(?:dvh|svh|lvh|dvw|svw|lvw)\b/, chrome: 108, firefox: 101 },
  { name: 'popover', pattern: /showPopover\(|\bpopover=/, chrome: 114, firefox: 125 },
  { name: 'Intl.Segmenter', pattern: /Intl\.Segmenter/, chrome: 87, firefox: 125 },
  { name: 'Object.hasOwn', pattern: /Object\.hasOwn\(/, chrome: 93, firefox: 92 },
  { name: 'structuredClone', pattern: /\bstructuredClone\(/, chrome: 98, firefox: 94 },
  { name: 'findLast', pattern: /\.findLast(?:Index)?\(/, chrome: 97, firefox: 104 },
  { name: 'change-array-by-copy', pattern: /\.(?:toSorted|toReversed|toSpliced)\(/, chrome: 110, firefox: 115 },
  { name: 'isWellFormed', pattern: /\.(?:isWellFormed|toWellFormed)\(/, chrome: 111, firefox: 119 },
  {
    name: 'RegExp v flag',
    pattern: /['"`][dgimsuy]*v[dgimsuy]*['"`]\s*\)|\/[dgimsy]*v[dgimsy]*\.(?:test|exec)\(/,
    chrome: 112,
    firefox: 116,
  },
  { name: 'AbortSignal.any', pattern: /AbortSignal\.any\(/, chrome: 116, firefox: 124 },
  { name: 'groupBy', pattern: /(?:Object|Map)\.groupBy\(/, chrome: 117, firefox: 119 },
  { name: 'Promise.withResolvers', pattern: /Promise\.withResolvers\(/, chrome: 119, firefox: 121 },
  { name: 'URL.canParse', pattern: /URL\.canParse\(/, chrome: 120, firefox: 115 },
  { name: 'Array.fromAsync', pattern: /Array\.fromAsync\(/, chrome: 121, firefox: 115 },
  {
    name: 'Set methods',
    pattern: /\.(?:union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    chrome: 122,
    firefox: 127,
  },
  {
    name: 'iterator helpers',
    pattern: /Iterator\.from\(|\.(?:values|keys|entries)\(\)\.(?:map|filter|take|drop)\(/,
    chrome: 122,
    firefox: 131,
  },
  { name: 'URL.parse', pattern: /URL\.parse\(/, chrome: 126, firefox: 126 },
  { name: 'Promise.try', pattern: /Promise\.try\(/, chrome: 128, firefox: 134 },
  { name: 'RegExp.escape', pattern: /RegExp\.escape\(/, chrome: 136, firefox: 134 },
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(?:tsx?|css|html)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The code without its comments: a comment that names a feature does not use it. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

const used = (() => {
  const files = ['src', 'entrypoints'].flatMap((dir) => sources(path.join(ROOT, dir)));
  const code = files.map((file) => withoutComments(readFileSync(file, 'utf8')));
  return FEATURES.filter((feature) => code.some((text) => feature.pattern.test(text)));
})();

async function manifestFor(browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: expected a manifest function');
  return (await manifest({ browser, manifestVersion, mode: 'production', command: 'build' })) as Record<
    string,
    unknown
  > & { browser_specific_settings?: { gecko?: { strict_min_version?: string } } };
}

const newest = (key: 'chrome' | 'firefox') => {
  const top = Math.max(...used.map((f) => f[key]));
  return { version: top, because: used.filter((f) => f[key] === top).map((f) => f.name) };
};

describe('the oldest browsers the manifests accept', () => {
  it('finds the features it knows in our code (the scan works)', () => {
    expect(used.map((f) => f.name)).toContain('CSS Custom Highlight API');
  });

  it('Chrome and Edge: minimum_chrome_version is the newest feature used', async () => {
    const chrome = await manifestFor('chrome', 3);
    const { version, because } = newest('chrome');
    expect({ minimum_chrome_version: chrome.minimum_chrome_version, because }).toEqual({
      minimum_chrome_version: String(version),
      because,
    });
  });

  it('Firefox: strict_min_version is the newest feature used', async () => {
    const firefox = await manifestFor('firefox', 2);
    const { version, because } = newest('firefox');
    expect({ strict_min_version: firefox.browser_specific_settings?.gecko?.strict_min_version, because }).toEqual({
      strict_min_version: `${version}.0`,
      because,
    });
  });
});
