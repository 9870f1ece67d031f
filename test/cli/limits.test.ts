import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/cli/documents/line-index';
import { eightfoldRatio, TIMED } from '../rules/timing';
import { cli, FIX, TIMEOUT, tempDir } from './run-cli';

const CHECKIN = `${FIX}/renewal-checkin.txt`;
const CLEAN = `${FIX}/clean-reply.txt`;
const REGEX_PROBLEM = 'regular expressions are not supported; write the words themselves';

/** Writes `content` to a file called `name` in a fresh directory and returns its path. */
function file(name: string, content: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

const packJson = (name: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({ name, version: '1', rules: [{ id: 'r', phrases: [`${name} words`], message: 'm' }], ...over });

/** The connection summary the clean reply gets: a line of its own before the count. */
const CLEAN_SUMMARY = `${CLEAN}: 48 words, 4 sentences, 0 questions, reader focus 67%, grade 3.8, 0 asks (reply)\n`;

describe('a rule pack that breaks the limits: exit 2, every problem located and capped', () => {
  it('refuses a list of 249,000 bad lines with one line, no stack overflow', { timeout: TIMEOUT }, async () => {
    const list = file('list.txt', '/x/\n'.repeat(249_000));
    expect(await cli(['--rules', list, CLEAN])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${list}: has 249000 phrases (at most 2000)\n`,
    });
  });

  it('lists 100 problems of a list within the limit, then how many more', { timeout: TIMEOUT }, async () => {
    const list = file('list.txt', '/x/\n'.repeat(1500));
    const { code, stdout, stderr } = await cli(['--rules', list, CLEAN]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe(`${list}: line 1: ${REGEX_PROBLEM}`);
    expect(lines[100]).toBe(`${list}: and 1,400 more problems`);
    expect([code, stdout]).toEqual([2, '']);
  });

  it('refuses a 2.9 MB pack of under a million characters, by its size in bytes', { timeout: TIMEOUT }, async () => {
    const big = file('big.json', `{"name":"a","version":"1","description":"${'€'.repeat(966_000)}"}`);
    expect(await cli(['--rules', big, CLEAN])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${big}: is 2.9 MB (at most 1 MB)\n`,
    });
  });

  it('locates a bad escape and an unclosed nest of 100,000 brackets', { timeout: TIMEOUT }, async () => {
    const badEscape = file('escape.json', '{"name": "a\\q"}');
    const nest = file('nest.json', '['.repeat(100_000));
    const { code, stderr } = await cli(['--rules', badEscape, '--rules', nest, CLEAN]);
    expect(stderr.split('\n')).toEqual([
      `${badEscape}: line 1, column 12: is not valid JSON ("\\q" is not an escape JSON knows; write "\\\\" for a backslash)`,
      `${nest}: line 1, column 100001: is not valid JSON (expected a value but found the end of the file)`,
      '',
    ]);
    expect(code).toBe(2);
  });
});

describe('reserved pack names', () => {
  it('refuses a pack named "default" or "personal", and a list whose file gives it that name', {
    timeout: TIMEOUT,
  }, async () => {
    const builtin = file('ours.json', packJson('default'));
    const personal = file('mine.json', packJson('personal'));
    const list = file('personal.txt', 'per my last email\n');
    const { code, stdout, stderr } = await cli(['--rules', builtin, '--rules', personal, '--rules', list, CLEAN]);
    expect(stderr.split('\n')).toEqual([
      `${builtin}: name: "default" is reserved for the built-in rules; give your pack its own name`,
      `${personal}: name: "personal" is reserved for each user's own rules; give your pack its own name`,
      `${list}: name: "personal" is reserved for each user's own rules; give your pack its own name`,
      '',
    ]);
    expect([code, stdout]).toEqual([2, '']);
  });
});

describe('the whole set of packs', () => {
  it('refuses more packs than may be in force at once, naming each left out', { timeout: TIMEOUT }, async () => {
    const dir = tempDir();
    const paths = Array.from({ length: 24 }, (_, i) => {
      const path = join(dir, `p${i}.json`);
      writeFileSync(path, packJson(`p${i}`));
      return path;
    });
    // The built-in pack and 23 files make the 24 allowed.
    const ok = await cli([...paths.slice(0, 23).flatMap((p) => ['--rules', p]), CLEAN]);
    expect(ok).toEqual({ code: 0, stdout: `${CLEAN_SUMMARY}No findings in 1 file\n`, stderr: '' });
    expect(await cli([...paths.flatMap((p) => ['--rules', p]), CLEAN])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pack "p23" left out: 24 packs are in force already (at most 24)\n',
    });
  });
});

describe('disable and overrides naming no rule', () => {
  const warnings = [
    `${FIX}/typos.json: disable "default/leverag": no such rule`,
    `${FIX}/typos.json: overrides "default/synergi": no such rule`,
    '',
  ];

  it("are warnings on stderr; the findings and exit status are the emails'", { timeout: TIMEOUT }, async () => {
    const { code, stdout, stderr } = await cli(['--rules', `${FIX}/typos.json`, CHECKIN]);
    expect(stderr.split('\n')).toEqual(warnings);
    expect(stdout.split('\n').map((l) => l.split('  ').slice(0, 2).join('  '))).toEqual([
      `${CHECKIN}:5:44  buzzword`,
      `${CHECKIN}:5:113  buzzword`,
      `${CHECKIN}:7:8  buzzword`,
      `${CHECKIN}: 69 words, 5 sentences, 0 questions, reader focus 75%, grade 5.7, 0 asks (reply)`,
      '3 findings (2 warnings, 1 hint) in 1 file', // synergy is a hint: the valid override applies
      '',
    ]);
    expect(code).toBe(1);
  });

  it('do not fail a run with nothing to flag', { timeout: TIMEOUT }, async () => {
    const { code, stdout, stderr } = await cli(['--rules', `${FIX}/typos.json`, CLEAN]);
    expect({ code, stdout, stderr: stderr.split('\n') }).toEqual({
      code: 0,
      stdout: `${CLEAN_SUMMARY}No findings in 1 file\n`,
      stderr: warnings,
    });
  });
});

describe('streaming output', () => {
  // Each paragraph holds three buzzwords: 3,334 of them make 10,002 findings.
  const email = `Hi Sam,\n\n${'We can leverage synergy and circle back.\n\n'.repeat(3334)}`;
  const COPIES = 20;
  // JSON of 200,000 findings is 88 MB; built whole, with the findings kept for it, it took 870 MB.
  const HEAP = ['--max-old-space-size=64'];

  it("writes 200,000 findings of JSON within a 64 MB heap, byte for byte the whole list's JSON", {
    timeout: 60_000,
  }, async () => {
    const path = file('many.txt', email);
    const one = await cli(['--format', 'json', path]);
    // The one-file report is exactly what JSON.stringify(report, null, 2) makes of it.
    expect(one.stdout).toBe(`${JSON.stringify(JSON.parse(one.stdout), null, 2)}\n`);
    expect(JSON.parse(one.stdout)[0].findings).toHaveLength(10_002);

    // Twenty copies: the same entry twenty times, in one list.
    const entry = one.stdout.slice('[\n'.length, -'\n]\n'.length);
    const expected = createHash('sha256').update('[\n').update(entry);
    for (let i = 1; i < COPIES; i++) expected.update(',\n').update(entry);
    expected.update('\n]\n');
    const got = createHash('sha256');
    const run = await cli(['--format', 'json', ...Array(COPIES).fill(path)], {
      nodeFlags: HEAP,
      onStdout: (chunk) => got.update(chunk),
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    expect(got.digest('hex')).toBe(expected.digest('hex'));
  });

  it('writes 200,000 findings as text within a 64 MB heap', { timeout: 60_000 }, async () => {
    const path = file('many.txt', email);
    let lines = 0;
    let tail = '';
    const run = await cli(Array(COPIES).fill(path), {
      nodeFlags: HEAP,
      onStdout: (chunk) => {
        const text = chunk.toString('latin1');
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
        tail = (tail + text).slice(-200);
      },
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    expect(lines).toBe(200_041);
    expect(tail.endsWith('\n200040 findings (200040 warnings) in 20 files\n')).toBe(true);
  });
});

describe('LineIndex', () => {
  it('takes time linear in the number of lines, with every line looked up', TIMED, () => {
    const texts = new Map([1, 8].map((k) => [k, 'a\r\n\nb\r'.repeat(25_000 * k)]));
    const lookUpAll = (n: number) => {
      const text = texts.get(n / 25_000)!;
      const index = new LineIndex(text);
      for (let offset = 0; offset < text.length; offset += 3) index.position(offset);
    };
    expect(eightfoldRatio(lookUpAll, 25_000)).toBeLessThan(24);
  });
});
