import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from './run-cli';

/**
 * The README's CI recipe, run as written: its workflow's shell steps and its pre-commit entry, in a
 * repository this test makes, with `npx connection-first` found in the repository's node_modules as
 * it would be after `npm ci`.
 */

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The YAML block after `<!-- ci-recipe: name … -->` in the README. */
function recipe(name: string) {
  const match = new RegExp(`<!-- ci-recipe: ${name}\\b[^>]*-->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!match) throw new Error(`README has no ci-recipe "${name}"`);
  return parse(match[1]!);
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

function write(repo: string, path: string, content: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), content);
}

/** A repository of templates on main, as the pull request's base, with the CLI installed. */
function templateRepo(): string {
  const repo = tempDir();
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'ci@example.com');
  git(repo, 'config', 'user.name', 'CI');
  write(repo, 'templates/welcome.md', 'Hi {{name}},\n\nThanks for joining. What would you like to try first?\n');
  write(repo, 'templates/renewal.md', 'Hi {{name}},\n\nYour renewal is due on {{date}}. Any questions?\n');
  write(repo, 'templates/legacy.md', 'Hi {{name}},\n\nWe leverage our synergy.\n');
  write(repo, 'notes.md', 'Internal notes about synergy.\n');
  write(repo, '.gitignore', 'node_modules/\n');
  const bin = join(repo, 'node_modules/.bin/connection-first');
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  write(
    repo,
    'node_modules/.bin/connection-first',
    `#!/bin/sh\nexec "${process.execPath}" --import ${tsx} "${join(ROOT, 'src/cli/bin.ts')}" "$@"\n`,
  );
  chmodSync(bin, 0o755);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'templates');
  // What actions/checkout with fetch-depth 0 gives a pull request: the base branch as origin's.
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'change');
  return repo;
}

function bash(repo: string, script: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-e', '-c', script], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });
}

const SLOW = 60_000;

describe('the README CI recipe', () => {
  it('the workflow checks only the changed templates and writes SARIF for the upload step', {
    timeout: SLOW,
  }, async () => {
    const repo = templateRepo();
    write(repo, 'templates/renewal.md', 'Hi {{name}},\n\nLet us circle back on your renewal. Any questions?\n');
    write(repo, 'templates/new offer.md', 'Hi {{name}},\n\nWhat would help your team most this quarter?\n');
    write(repo, 'notes.md', 'More notes about synergy.\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'change');

    const steps: {
      run?: string;
      uses?: string;
      if?: string;
      env?: Record<string, string>;
      with?: Record<string, string>;
    }[] = recipe('github-actions').jobs['connection-first'].steps;
    const check = steps.find((s) => s.run?.includes('connection-first'))!;
    const env = Object.fromEntries(Object.keys(check.env ?? {}).map((name) => [name, 'main']));
    const result = bash(repo, check.run!, env);
    expect([result.status, result.stderr]).toEqual([0, '']);

    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const sarifFile = upload.with!.sarif_file!;
    expect(upload.if).toContain(sarifFile);
    const sarif = JSON.parse(readFileSync(join(repo, sarifFile), 'utf8'));
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const schema = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    expect(ajv.validate(JSON.parse(readFileSync(schema, 'utf8')), sarif)).toBe(true);
    const results = sarif.runs[0].results.map(
      (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
        r.ruleId,
        r.locations[0]!.physicalLocation.artifactLocation.uri,
      ],
    );
    // The changed template's finding; not the unchanged legacy one, not notes.md outside the paths.
    expect(results).toEqual([['default/circle-back', 'templates/renewal.md']]);
  });

  it('the workflow writes no report when no template changed, so the upload step is skipped', {
    timeout: SLOW,
  }, async () => {
    const repo = templateRepo();
    write(repo, 'notes.md', 'More notes.\n');
    git(repo, 'commit', '-q', '-am', 'notes only');
    const check = recipe('github-actions').jobs['connection-first'].steps.find((s: { run?: string }) =>
      s.run?.includes('connection-first'),
    );
    expect(bash(repo, check.run, { BASE_REF: 'main' }).status).toBe(0);
    expect(() => readFileSync(join(repo, 'connection-first.sarif'))).toThrow();
  });

  it('the pre-commit hook stops a commit with a warning in a staged template and lets a clean one through', {
    timeout: SLOW,
  }, async () => {
    const repo = templateRepo();
    const [hook] = recipe('pre-commit').repos[0].hooks;
    const files = new RegExp(hook.files);
    // pre-commit runs the entry with the staged files its pattern matches.
    const runHook = () => {
      const staged = git(repo, 'diff', '--cached', '--name-only')
        .split('\n')
        .filter((f) => files.test(f));
      return bash(repo, `${hook.entry} "$@"`.replace('"$@"', staged.map((f) => `'${f}'`).join(' ')));
    };
    write(repo, 'templates/welcome.md', 'Hi {{name}},\n\nWelcome! We will circle back soon.\n');
    write(repo, 'package-notes.json', '{"synergy": true}');
    git(repo, 'add', '.');
    const stopped = runHook();
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toMatch(/^templates\/welcome\.md:3:18 {2}buzzword {2}/m);
    expect(stopped.stderr).toBe('connection-first: 1 warning, more than --max-warnings 0\n');

    write(repo, 'templates/welcome.md', 'Hi {{name}},\n\nWelcome! What would you like to try first?\n');
    git(repo, 'add', '.');
    expect(runHook().status).toBe(0);
  });
});
