/**
 * What `npm run zip` hands to the stores: the Chrome zip (Chrome Web Store, Edge Add-ons), the
 * Firefox zip and the sources zip addons.mozilla.org asks for. Both zips are built here into a
 * folder of their own (WXT's zip API with another outDir), so .output/ is left alone.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath } from '../../build/icons';
import { GECKO_ID } from '../../wxt.config';
import { ROOT } from './harness/paths';

const OUT = mkdtempSync(path.join(tmpdir(), 'cf-zip-'));
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const CHROME_ZIP = path.join(OUT, `connection-first-${version}-chrome.zip`);
const FIREFOX_ZIP = path.join(OUT, `connection-first-${version}-firefox.zip`);
const SOURCES_ZIP = path.join(OUT, `connection-first-${version}-sources.zip`);

function zipFor(browser: 'chrome' | 'firefox'): Promise<void> {
  const script = `const { zip } = await import('wxt'); await zip({ browser: '${browser}', outDir: process.argv[1] });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, OUT], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`wxt zip -b ${browser}:\n${output}`))));
  });
}

async function entries(file: string): Promise<{ names: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
  return { names, zip };
}

async function manifestOf(zip: JSZip) {
  return JSON.parse(await zip.file('manifest.json')!.async('string'));
}

/** A PNG's width and height, from its header. */
async function pngSize(zip: JSZip, name: string): Promise<[number, number]> {
  const bytes = Buffer.from(await zip.file(name)!.async('uint8array'));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

beforeAll(async () => {
  // One after the other: two builds at once would only fight over the machine's two cores.
  await zipFor('chrome');
  await zipFor('firefox');
}, 300_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('npm run zip', () => {
  it('makes exactly the three zips', () => {
    for (const file of [CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP]) expect(existsSync(file), file).toBe(true);
    expect(existsSync(path.join(OUT, `connection-first-${version}-chrome-sources.zip`))).toBe(false);
  });

  it('Chrome and Edge: the icon at every size, in the toolbar too, and the oldest Chrome it runs in', async () => {
    const { names, zip } = await entries(CHROME_ZIP);
    const manifest = await manifestOf(zip);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.icons).toEqual(ICONS);
    expect(manifest.action.default_icon).toEqual(ICONS);
    expect(manifest.homepage_url).toMatch(/^https:\/\//);
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(105);
    for (const size of ICON_SIZES) {
      expect(names).toContain(iconPath(size));
      expect(await pngSize(zip, iconPath(size))).toEqual([size, size]);
    }
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('Firefox: the icons, the add-on id, Firefox 140 and no data collected', async () => {
    const { names, zip } = await entries(FIREFOX_ZIP);
    const manifest = await manifestOf(zip);
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.icons).toEqual(ICONS);
    expect(manifest.browser_action.default_icon).toEqual(ICONS);
    expect(manifest.author).toBe('Connection First');
    expect(manifest.homepage_url).toMatch(/^https:\/\//);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    for (const size of ICON_SIZES) expect(names).toContain(iconPath(size));
  });

  it('Firefox sources: every file git tracks, and nothing else', async () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file !== '' && existsSync(path.join(ROOT, file)))
      .sort();
    const { names } = await entries(SOURCES_ZIP);
    expect(names).toEqual(tracked);
    expect(names).toContain('package-lock.json');
    expect(names).toContain('assets/icon.svg');
    expect(names.filter((name) => /^(?:\.output|dist|node_modules|\.scratch|\.wxt)\//.test(name))).toEqual([]);
  });
});
