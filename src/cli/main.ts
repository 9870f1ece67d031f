import { version } from '../../package.json';
import { analyzeEmailMessage, COACHING_KINDS, type ConnectionSummary, type Ruleset } from '../engine';
import { withoutKinds } from '../rules';
import { type Options, parseArgs, USAGE } from './args';
import { JsonReport } from './format-json';
import { findingLines, formatSummary, pickColors, summaryLine } from './format-text';
import { loadRuleset } from './load-ruleset';
import { ReportWriter } from './output';
import { describeFsError, readInput, STDIN, unreadableReason } from './read-input';

const EXIT_CLEAN = 0;
const EXIT_WARNINGS = 1;
const EXIT_ERROR = 2;

function report(lines: string[]): void {
  process.stderr.write(lines.map((l) => `${l}\n`).join(''));
}

function usageError(problem: string): number {
  report([`connection-first: ${problem} (see --help)`]);
  return EXIT_ERROR;
}

/** Inputs as given, or standard input when nothing is named and something is piped in. */
function inputsOf(options: Options): string[] {
  if (options.files.length > 0) return options.files;
  return process.stdin.isTTY ? [] : [STDIN];
}

/**
 * Analyses each input in turn and writes its findings as they come, in the chosen format, so only
 * one email and its findings are in memory at a time, however many there are.
 */
async function checkFiles(files: string[], ruleset: Ruleset, options: Options): Promise<number> {
  const out = new ReportWriter(process.stdout);
  const json = options.format === 'json' ? new JsonReport(out) : undefined;
  const colors = pickColors(process.env, process.stdout.isTTY);
  let warnings = 0;
  let hints = 0;
  let readFailed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readInput(file);
    } catch (error) {
      report([`${file}: cannot read email: ${describeFsError(error)}`]);
      readFailed = true;
      continue;
    }
    const { findings, summaries } = analyzeEmailMessage(text, ruleset);
    const summary = summaries.coaching as ConnectionSummary | undefined;
    for (const f of findings) {
      if (f.severity === 'warning') warnings++;
      else hints++;
    }
    if (json) await json.add(file, findings, summary);
    else {
      for (const line of findingLines(file, text, findings, colors)) await out.write(line);
      await out.write(summaryLine(file, summary, colors));
    }
  }
  if (json) await json.end();
  else await out.write(formatSummary(warnings, hints, files.length));
  await out.flush();
  if (readFailed) return EXIT_ERROR;
  return warnings > 0 ? EXIT_WARNINGS : EXIT_CLEAN;
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) return usageError(parsed.error);
  const { options } = parsed;
  if (options.help || options.version) {
    process.stdout.write(options.help ? USAGE : `${version}\n`);
    return EXIT_CLEAN;
  }
  const files = inputsOf(options);
  if (files.length === 0) return usageError('no input: name an email file, or pipe one into standard input');

  const { ruleset, errors, warnings } = await loadRuleset(options.rulePaths);
  if (!ruleset) {
    report(errors);
    return EXIT_ERROR;
  }
  // Warnings name what a pack author should fix; the emails are still checked and the exit status is theirs.
  report(warnings);
  const unreadable = (await Promise.all(files.map(async (f) => [f, await unreadableReason(f)] as const)))
    .filter(([, reason]) => reason)
    .map(([file, reason]) => `${file}: cannot read email: ${reason}`);
  if (unreadable.length) {
    report(unreadable);
    return EXIT_ERROR;
  }
  return checkFiles(files, options.coaching ? ruleset : withoutKinds(ruleset, COACHING_KINDS), options);
}

// `| head` closing the pipe early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): lets a large report finish flushing to a pipe.
    process.exitCode = code;
  },
  (error: unknown) => {
    report([`connection-first: internal error: ${error instanceof Error ? error.message : String(error)}`]);
    process.exitCode = EXIT_ERROR;
  },
);
