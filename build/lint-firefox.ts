/**
 * npm run lint:firefox — addons.mozilla.org's own checks (web-ext lint) on the Firefox build, as
 * the store runs them on upload. Fails on any error or warning, with one exception that is not our
 * code: Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, which no component of
 * ours uses (checked here), so that branch never runs. Runs offline.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cmd } from 'web-ext';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(ROOT, process.argv[2] ?? '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Preact's `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, minified. */
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML=[\w$]+\.__html\)/;

function isPreactInnerHtml(m: LintMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || !m.column) return false;
  const line = readFileSync(path.join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return PREACT_INNER_HTML.test(line.slice(m.column - 1));
}

function ourSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return ourSources(full);
    return /\.(tsx?|html)$/.test(name) ? [full] : [];
  });
}

const usesInnerHtml = ['src', 'entrypoints']
  .flatMap((folder) => ourSources(path.join(ROOT, folder)))
  .filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(file, 'utf8')));

const report = (await cmd.lint(
  { sourceDir: dir, output: 'none', selfHosted: false, warningsAsErrors: false },
  { shouldExitProgram: false },
)) as LintReport;

const setAside = usesInnerHtml.length === 0 ? report.warnings.filter(isPreactInnerHtml) : [];
const warnings = report.warnings.filter((m) => !setAside.includes(m));
const where = (m: LintMessage) => (m.file ? `${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : 'manifest');
for (const [label, list] of [
  ['error', report.errors],
  ['warning', warnings],
  ['notice', report.notices],
] as const) {
  for (const m of list) process.stdout.write(`${label}  ${where(m)}  ${m.code}  ${m.message}\n`);
}
for (const file of usesInnerHtml) {
  process.stdout.write(`note  ${path.relative(ROOT, file)} writes HTML, so Preact's innerHTML warnings count too\n`);
}
process.stdout.write(
  `web-ext lint ${path.relative(ROOT, dir)}: ${report.errors.length} errors, ${warnings.length} warnings, ` +
    `${report.notices.length} notices` +
    (setAside.length ? ` (${setAside.length} warnings about Preact's unused innerHTML path left aside)` : '') +
    '\n',
);
process.exit(report.errors.length + warnings.length > 0 ? 1 : 0);
