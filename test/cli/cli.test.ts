import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/cli/documents/line-index';
import { cli, FIX, ROOT, TIMEOUT, tempDir } from './run-cli';

const fixture = (name: string) => readFileSync(join(ROOT, FIX, name), 'utf8');

interface BuiltinRule {
  id: string;
  message: string;
  suggestions?: string[];
}
const builtin: BuiltinRule[] = JSON.parse(readFileSync(join(ROOT, 'rules/default.json'), 'utf8')).rules;
const rule = (id: string) => builtin.find((r) => r.id === id)!;
/** The text line a built-in rule with string suggestions produces, so rewording the pack does not break tests. */
const line = (where: string, kind: string, id: string) => {
  const r = rule(id);
  return `${where}  ${kind}  ${r.message}  → ${r.suggestions!.join(' | ')}`;
};

type Finding = { ruleId: string; kind: string; start: number; end: number; text: string; severity: string };
type Report = { file: string; findings: Finding[] }[];

const slim = ({ ruleId, kind, start, end, text, severity }: Finding) => ({ ruleId, kind, start, end, text, severity });

const CHECKIN = `${FIX}/renewal-checkin.txt`;
const CLEAN = `${FIX}/clean-reply.txt`;
const OUTAGE = `${FIX}/outage-apology.txt`;
const INTRO = `${FIX}/agency-intro.txt`;

describe('text format', () => {
  it('prints file:line:col  kind  message  → suggestions per finding, then a summary; exit 1 on warnings', {
    timeout: TIMEOUT,
  }, async () => {
    const { code, stdout, stderr } = await cli([CHECKIN, CLEAN]);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      line(`${CHECKIN}:5:44`, 'buzzword', 'synergy'),
      line(`${CHECKIN}:5:113`, 'buzzword', 'leverage'),
      line(`${CHECKIN}:7:8`, 'buzzword', 'circle-back'),
      // The quoted reply below the "On … wrote:" line also says synergy and leverage: not flagged.
      // Each file's connection summary follows its findings; both are judged as replies (the
      // check-in quotes the earlier message, the clean reply thanks them for theirs).
      `${CHECKIN}: 69 words, 5 sentences, 0 questions, reader focus 75%, grade 5.7, 0 asks (reply)`,
      `${CLEAN}: 48 words, 4 sentences, 0 questions, reader focus 67%, grade 3.8, 0 asks (reply)`,
      '3 findings (3 warnings) in 2 files',
      '',
    ]);
    expect(stdout).not.toContain('\u001b['); // stdout is a pipe: no colour
    expect(code).toBe(1);
  });

  it('exits 0 with "No findings" for a plain, warm email', { timeout: TIMEOUT }, async () => {
    expect(await cli([CLEAN])).toEqual({
      code: 0,
      stdout: `${CLEAN}: 48 words, 4 sentences, 0 questions, reader focus 67%, grade 3.8, 0 asks (reply)\nNo findings in 1 file\n`,
      stderr: '',
    });
  });

  it('reads standard input for "-", naming it "-"', { timeout: TIMEOUT }, async () => {
    const { code, stdout } = await cli(['-'], { input: fixture('outage-apology.txt') });
    const [first, about, summary] = stdout.split('\n');
    expect(first).toMatch(/^-:4:1 {2}non-apology {2}A form letter's words for the harm \("any inconvenience"/);
    // A first email that asks nothing, but a notice: it pitches nothing, so no hint to ask a question.
    // "17:40" is one word, as a reader counts it.
    expect(about).toBe('-: 41 words, 3 sentences, 0 questions, reader focus 33%, grade 9.6, 0 asks');
    expect(summary).toBe('1 finding (1 warning) in 1 file');
    expect(code).toBe(1);
  });

  it('reads piped standard input when no FILE is given; hints alone exit 0', { timeout: TIMEOUT }, async () => {
    const input = 'Hi Ines,\n\nThere was real synergy between our two support teams during the launch.\n';
    const { code, stdout } = await cli(['--rules', `${FIX}/soft-synergy.json`], { input });
    expect(stdout.split('\n')).toEqual([
      line('-:3:16', 'buzzword', 'synergy'),
      // 14 words (the greeting's among them), one sentence, about "our" teams: no sentence about Ines.
      '-: 14 words, 1 sentence, 0 questions, reader focus 0%, grade 5.9, 0 asks',
      '1 finding (1 hint) in 1 file',
      '',
    ]);
    expect(code).toBe(0);
  });

  it('colours output when FORCE_COLOR is set, even through a pipe', { timeout: TIMEOUT }, async () => {
    const { stdout } = await cli([`${FIX}/renewal-checkin.txt`], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\x1b[33mbuzzword\x1b[39m');
    expect(stripVTControlCharacters(stdout).split('\n')[0]).toBe(line(`${CHECKIN}:5:44`, 'buzzword', 'synergy'));
  });
});

describe('json format', () => {
  it('prints one entry per input in input order, findings sliced exactly from the input', {
    timeout: TIMEOUT,
  }, async () => {
    const stdin = 'Hi Ben,\n\nHappy to circle back after your board meeting.\n';
    const files = [CHECKIN, '-', OUTAGE, CLEAN];
    const { code, stdout, stderr } = await cli(['--format', 'json', ...files], { input: stdin });
    expect(stderr).toBe('');
    const report: Report = JSON.parse(stdout); // nothing but the JSON on stdout
    expect(report.map((r) => r.file)).toEqual(files);
    const inputs = [fixture('renewal-checkin.txt'), stdin, fixture('outage-apology.txt'), fixture('clean-reply.txt')];
    report.forEach(({ findings }, i) => {
      for (const f of findings) {
        expect(Object.keys(f).sort()).toEqual([
          'end',
          'kind',
          'location',
          'message',
          'ruleId',
          'severity',
          'start',
          'suggestions',
          'text',
        ]);
        expect(inputs[i]!.slice(f.start, f.end)).toBe(f.text);
      }
    });
    const at = (text: string, needle: string) => ({
      start: text.indexOf(needle),
      end: text.indexOf(needle) + needle.length,
    });
    expect(report[0]!.findings.map(slim)).toEqual([
      {
        ruleId: 'default/synergy',
        kind: 'buzzword',
        ...at(inputs[0]!, 'synergy'),
        text: 'synergy',
        severity: 'warning',
      },
      {
        ruleId: 'default/leverage',
        kind: 'buzzword',
        ...at(inputs[0]!, 'leverage'),
        text: 'leverage',
        severity: 'warning',
      },
      {
        ruleId: 'default/circle-back',
        kind: 'buzzword',
        ...at(inputs[0]!, 'circle back'),
        text: 'circle back',
        severity: 'warning',
      },
    ]);
    expect(report[0]!.findings[0]!).toMatchObject({
      message: rule('synergy').message,
      suggestions: [{ replacement: 'joint benefit' }, { replacement: 'combined effort' }],
    });
    expect(report[1]!.findings.map((f) => [f.ruleId, f.text])).toEqual([['default/circle-back', 'circle back']]);
    expect(report[2]!.findings.map((f) => [f.ruleId, f.kind, f.start])).toEqual([
      ['default/sorry-for-any-inconvenience', 'non-apology', inputs[2]!.indexOf('We apologize')],
    ]);
    expect(report[3]).toEqual({
      file: CLEAN,
      findings: [],
      summary: { words: 48, sentences: 4, questions: 0, readerFocus: 0.67, grade: 3.8, asks: 0 },
    });
    expect(code).toBe(1);
  });
});

describe('the connection check', () => {
  it('gives each JSON entry its summary; --coaching off drops the coaching findings and keeps the summary', {
    timeout: TIMEOUT,
  }, async () => {
    const on = JSON.parse((await cli(['--format', 'json', INTRO])).stdout) as (Report[number] & { summary: object })[];
    const summary = { words: 47, sentences: 4, questions: 0, readerFocus: 0.25, grade: 5.1, asks: 0 };
    // A cold introduction: three sentences about the agency, and nothing asked of Marta.
    expect(on.map((e) => [e.findings.map((f) => f.kind), e.summary])).toEqual([
      [['pitch-first', 'self-focus', 'no-question'], summary],
    ]);
    const off = await cli(['--format', 'json', '--coaching', 'off', INTRO]);
    const entries = JSON.parse(off.stdout) as (Report[number] & { summary: object })[];
    expect(entries.map((e) => [e.findings.map((f) => f.kind), e.summary])).toEqual([[['pitch-first'], summary]]);
    expect(off.code).toBe(1);
    expect(await cli(['--coaching', 'maybe', OUTAGE])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'connection-first: --coaching needs a value: on or off (see --help)\n',
    });
  });
});

describe('BOM and CRLF', () => {
  const dir = tempDir();
  // Written here rather than committed so git line-ending settings cannot normalise it.
  const body =
    'Hi Tom,\r\n\r\nThanks for the quick reply about the billing export.\r\nWe will circle back once the fix ships.\r\n';
  const file = join(dir, 'bom-crlf.txt');
  writeFileSync(file, `\uFEFF${body}`);

  it('counts \\r\\n as one line break and ignores the BOM for line:col', { timeout: TIMEOUT }, async () => {
    const { code, stdout } = await cli([file]);
    expect(stdout.split('\n')[0]).toBe(line(`${file}:4:9`, 'buzzword', 'circle-back'));
    expect(code).toBe(1);
  });

  it('gives JSON offsets into the text after the BOM', { timeout: TIMEOUT }, async () => {
    const report: Report = JSON.parse((await cli(['--format=json', file])).stdout);
    const f = report[0]!.findings.find((x) => x.ruleId === 'default/circle-back')!;
    expect([f.start, f.end]).toEqual([body.indexOf('circle back'), body.indexOf('circle back') + 11]);
  });
});

describe('rule packs', () => {
  it('a plain-text pack (phrase => replacement) adds findings named after the file', { timeout: TIMEOUT }, async () => {
    const text = fixture('renewal-reminder.txt');
    const { code, stdout, stderr } = await cli([
      '--format',
      'json',
      '--rules',
      `${FIX}/support-team.txt`,
      `${FIX}/renewal-reminder.txt`,
    ]);
    expect(stderr).toBe('');
    const team = (JSON.parse(stdout) as Report)[0]!.findings.filter((f) => f.ruleId.startsWith('support-team/'));
    expect(team).toMatchObject([
      {
        ruleId: 'support-team/the-portal',
        kind: 'buzzword',
        severity: 'warning',
        start: text.indexOf('the portal'),
        text: 'the portal',
        suggestions: [{ replacement: 'your dashboard' }],
      },
      {
        ruleId: 'support-team/ticket-number',
        start: text.indexOf('ticket number'),
        text: 'ticket number',
        suggestions: [{ replacement: 'reference' }],
      },
    ]);
    expect(code).toBe(1);
  });

  it('a team pack that disables a built-in rule removes its findings', { timeout: TIMEOUT }, async () => {
    const { stdout } = await cli(['--format', 'json', '--rules', `${FIX}/acme.json`, CHECKIN]);
    const ids = (JSON.parse(stdout) as Report)[0]!.findings.map((f) => f.ruleId);
    expect(ids).toEqual(['default/leverage', 'default/circle-back']);
  });

  it('reports every problem of every pack, one per line, before analysing anything; exit 2', {
    timeout: TIMEOUT,
  }, async () => {
    const { code, stdout, stderr } = await cli([
      '--rules',
      `${FIX}/broken.json`,
      '--rules',
      `${FIX}/bad-schema.json`,
      '--rules',
      `${FIX}/no-such-pack.json`,
      CHECKIN,
    ]);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `${FIX}/broken.json: line 5, column 92: is not valid JSON (expected a quoted field name but found "}")`,
      `${FIX}/bad-schema.json: name: must be lower-case letters, digits and hyphens (it prefixes every rule id)`,
      `${FIX}/bad-schema.json: rules[1].phrases[0]: must be a non-empty string`,
      `${FIX}/bad-schema.json: rules[2].message: must be a non-empty string`,
      `${FIX}/no-such-pack.json: cannot read rule pack: no such file`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(code).toBe(2);
  });
});

describe('errors and usage', () => {
  it('a missing file exits 2 before any output, naming every missing input', { timeout: TIMEOUT }, async () => {
    expect(await cli([CHECKIN, 'test/fixtures/cli/missing.txt', CLEAN, 'nowhere/'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'test/fixtures/cli/missing.txt: cannot read: no such file\nnowhere/: cannot read: no such file\n',
    });
  });

  it.each([
    [
      ['--format', 'xml', CLEAN],
      'connection-first: --format needs one of text, json, sarif, github, checkstyle, not "xml" (see --help)',
    ],
    [[CLEAN, '--format'], 'connection-first: --format needs one of text, json, sarif, github, checkstyle (see --help)'],
    [
      [CLEAN, '--max-warnings', '-1'],
      'connection-first: --max-warnings needs a whole number of warnings, 0 or more (see --help)',
    ],
    [
      [CLEAN, '--max-warnings=ten'],
      'connection-first: --max-warnings needs a whole number of warnings, 0 or more (see --help)',
    ],
    [['--stdin-filename'], 'connection-first: --stdin-filename needs the name standard input stands for (see --help)'],
    [['--rules', '--format', 'json', CLEAN], 'connection-first: --rules needs the path of a rule pack (see --help)'],
    [['--verbose', CLEAN], 'connection-first: unknown option --verbose (see --help)'],
  ])('%j is a usage error: exit 2, one line on stderr', { timeout: TIMEOUT }, async (args, message) => {
    expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('--help prints usage on stdout and exits 0', { timeout: TIMEOUT }, async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(stdout).toMatch(/^Usage: connection-first \[options\] \[FILE\|FOLDER\|-\]\.\.\./);
    for (const format of ['sarif:', 'github:', 'checkstyle:']) expect(stdout).toContain(format);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('large input', () => {
  it('handles a multi-megabyte email and the same file twice in one run', { timeout: TIMEOUT }, async () => {
    const dir = tempDir();
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `Ticket ${i}: the nightly export for account ${i * 7} finished and the totals match.`,
    );
    const file = join(dir, 'big.txt');
    writeFileSync(
      file,
      `Hi team,\r\n\r\n${rows.join('\r\n\r\n')}\r\n\r\nWe can circle back on the rest next week.\r\n`,
    );
    const { code, stdout } = await cli([file, file]);
    expect(stdout.split('\n')).toEqual([
      line(`${file}:40003:8`, 'buzzword', 'circle-back'),
      line(`${file}:40003:8`, 'buzzword', 'circle-back'),
      '2 findings (2 warnings) in 2 files',
      '',
    ]);
    expect(code).toBe(1);
  });
});

describe('LineIndex', () => {
  it('treats \\r\\n, \\n and a lone \\r as one break each; columns are UTF-16 units', () => {
    const text = 'a\r\nb\nc\rd😀e';
    const index = new LineIndex(text);
    expect(index.position(0)).toEqual({ line: 1, col: 1 });
    expect(index.position(1)).toEqual({ line: 1, col: 2 }); // the \r of \r\n stays on line 1
    expect(index.position(text.indexOf('b'))).toEqual({ line: 2, col: 1 });
    expect(index.position(text.indexOf('c'))).toEqual({ line: 3, col: 1 });
    expect(index.position(text.indexOf('e'))).toEqual({ line: 4, col: 4 });
  });
});

describe('the README', () => {
  it(
    'shows the real output for its example (test/fixtures/cli/intro.txt)',
    async () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      // Run as written, from the repository's root.
      const block = /```console\n\$ npm run -s check -- test\/fixtures\/cli\/intro\.txt\n([\s\S]*?)```/.exec(readme);
      expect(block, 'the console example in README.md').not.toBeNull();
      const run = await cli(['test/fixtures/cli/intro.txt'], { cwd: ROOT });
      expect(run.stdout).toBe(block![1]);
      expect(run.code).toBe(1);
    },
    TIMEOUT,
  );
});
