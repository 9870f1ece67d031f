import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, TIMEOUT, tempDir } from './run-cli';

/** Writes each `path: content` under a fresh folder and returns the folder. */
function tree(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const JARGON = 'Hi Ana,\n\nHappy to share the synergy numbers from your pilot.\n';
const CLEAN = 'Hi Ana,\n\nThanks for the pilot numbers. What should we change first?\n';

type Entry = { file: string; findings: { ruleId: string }[] };
const rulesBy = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as Entry[]).map((e) => [e.file, e.findings.map((f) => f.ruleId)]));

describe('folders', () => {
  it('checks every supported file under a folder in name order, leaving out what .gitignore ignores', {
    timeout: TIMEOUT,
  }, async () => {
    const repo = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'drafts/\n*.bak.md\n',
      'templates/.gitignore': '!keep.bak.md\n',
      'templates/b.html': `<p>${CLEAN}</p>`,
      'templates/a.md': JARGON,
      'templates/keep.bak.md': JARGON,
      'templates/old.bak.md': JARGON,
      'templates/notes.json': '{"synergy": true}',
      'templates/nested/c.txt': JARGON,
      'drafts/d.md': JARGON,
      'node_modules/kit/e.md': JARGON,
    });
    const { code, stdout, stderr } = await cli(['--format', 'json', 'templates', '.'], { cwd: repo });
    expect(stderr).toBe('');
    const synergy = ['default/synergy'];
    expect(rulesBy(stdout)).toEqual({
      'templates/a.md': synergy,
      'templates/b.html': [],
      'templates/keep.bak.md': synergy,
      'templates/nested/c.txt': synergy,
    });
    // The same files found from the repository's root, and nothing from drafts/ or node_modules/.
    expect((JSON.parse(stdout) as Entry[]).map((e) => e.file).slice(4)).toEqual([
      'templates/a.md',
      'templates/b.html',
      'templates/keep.bak.md',
      'templates/nested/c.txt',
    ]);
    expect(code).toBe(1);
  });

  it('--max-warnings N: exit 0 up to N warnings, 1 past them with a line saying so', { timeout: TIMEOUT }, async () => {
    const folder = tree({ 'a.md': JARGON, 'b.md': JARGON, 'c.md': CLEAN });
    const within = await cli(['--max-warnings', '2', folder]);
    expect([within.code, within.stderr]).toEqual([0, '']);
    expect(within.stdout).toMatch(/2 findings \(2 warnings\) in 3 files\n$/);
    const past = await cli(['--max-warnings=1', folder]);
    expect([past.code, past.stderr]).toEqual([1, 'connection-first: 2 warnings, more than --max-warnings 1\n']);
  });
});

describe('config files', () => {
  const project = () =>
    tree({
      '.connection-first.json': JSON.stringify({
        packs: ['team.txt'],
        disable: ['default/synergy', 'no-question'],
        ignore: ['templates/old/**'],
      }),
      'team.txt': 'ticket number => reference\n',
      'templates/a.md': 'Hi Ana,\n\nYour ticket number is below; we will circle back on the synergy numbers.\n',
      'templates/old/x.md': JARGON,
      'proposals/package.json': JSON.stringify({ name: 'proposals', 'connection-first': { coaching: false } }),
      'proposals/p.md': 'Hi Ana,\n\nYour ticket number is below, with the synergy numbers.\n',
    });

  it('the nearest config applies: its packs, switched-off rules and kinds, and ignore globs', {
    timeout: TIMEOUT,
  }, async () => {
    const root = project();
    const { code, stdout, stderr } = await cli(['--format', 'json', '.'], { cwd: root });
    expect(stderr).toBe('');
    const byFile = Object.fromEntries(
      (JSON.parse(stdout) as { file: string; findings: { ruleId: string; kind: string }[] }[]).map((e) => [
        e.file,
        e.findings.map((f) => f.ruleId),
      ]),
    );
    expect(byFile).toEqual({
      // package.json's settings are nearer: no team pack, no synergy switch-off, no coaching.
      // The team pack itself (team.txt) is no email to check.
      'proposals/p.md': ['default/synergy'],
      // The team's phrase, the built-in circle-back; not synergy, and no "no question" hint.
      'templates/a.md': ['team/ticket-number', 'default/circle-back'],
    });
    expect(code).toBe(1);
  });

  it('a file named on the command line that the config ignores is skipped with a note', {
    timeout: TIMEOUT,
  }, async () => {
    const root = project();
    const { code, stdout, stderr } = await cli(['templates/old/x.md'], { cwd: root });
    expect(stderr).toBe(
      `templates/old/x.md: skipped: ${join(root, '.connection-first.json')} leaves it out ("files" or "ignore")\n`,
    );
    expect([code, stdout]).toEqual([0, 'No findings in 0 files\n']);
  });

  it('--no-config ignores it; --config names one for every file', { timeout: TIMEOUT }, async () => {
    const root = project();
    const none = await cli(['--format', 'json', '--no-config', 'templates/a.md'], { cwd: root });
    expect(rulesBy(none.stdout)['templates/a.md']).toEqual(['default/circle-back', 'default/synergy']);
    const given = await cli(['--format', 'json', '--config', 'proposals/package.json', 'templates/a.md'], {
      cwd: root,
    });
    expect(rulesBy(given.stdout)['templates/a.md']).toEqual(['default/circle-back', 'default/synergy']);
  });

  it('a broken config stops the run before any output, every problem located', { timeout: TIMEOUT }, async () => {
    const root = tree({
      '.connection-first.json': JSON.stringify({
        disable: ['synergy'],
        colour: 'teal',
        coaching: { first: { grade: 99 } },
      }),
      'a.md': JARGON,
    });
    const config = join(root, '.connection-first.json');
    const { code, stdout, stderr } = await cli(['a.md'], { cwd: root });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${config}: "colour" is not a setting (known: packs, disable, coaching, files, ignore)`,
      `${config}: disable[0]: must be a full rule id like "default/synergy"`,
      expect.stringMatching(new RegExp(`^${config.replace(/[.]/g, '\\.')}: coaching\\.first\\.grade: `)),
    ]);
  });
});
