import { version } from '../../package.json';
import { type Options, parseArgs, USAGE } from './args';
import { checkFiles } from './check';
import { gatherInputs } from './inputs';
import { describeFsError, unreadableReason } from './read-input';
import { EXIT_CLEAN, EXIT_ERROR, report } from './exit';
import { rulesetsFor } from './rulesets';

function usageError(problem: string): number {
  report([`connection-first: ${problem} (see --help)`]);
  return EXIT_ERROR;
}

/** Inputs as given, or standard input when nothing is named and something is piped in. */
function namedInputs(options: Options): string[] {
  if (options.files.length > 0) return options.files;
  return process.stdin.isTTY ? [] : ['-'];
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) return usageError(parsed.error);
  const { options } = parsed;
  if (options.help || options.version) {
    process.stdout.write(options.help ? USAGE : `${version}\n`);
    return EXIT_CLEAN;
  }
  const named = namedInputs(options);
  if (named.length === 0) return usageError('no input: name a file or folder, or pipe an email into standard input');
  // Every input is found and every pack and config read before any output, so a typo fails fast.
  const unreadable = (await Promise.all(named.map(async (f) => [f, await unreadableReason(f)] as const)))
    .filter(([, reason]) => reason)
    .map(([file, reason]) => `${file}: cannot read: ${reason}`);
  if (unreadable.length) {
    report(unreadable);
    return EXIT_ERROR;
  }
  const inputs = await gatherInputs(named, options);
  if ('errors' in inputs) {
    report(inputs.errors);
    return EXIT_ERROR;
  }
  report(inputs.notes);
  const rulesets = await rulesetsFor(inputs.checked, options);
  if ('errors' in rulesets) {
    report(rulesets.errors);
    return EXIT_ERROR;
  }
  report(rulesets.warnings);
  return checkFiles(inputs.checked, rulesets.byInput, options);
}

/**
 * Runs the command line on `argv` (the arguments after node and script), setting `process.exitCode`.
 * Nothing runs at import, so the start-up snapshot (bin.ts) can load the engine first, then call this.
 */
export function main(argv: string[]): void {
  // `| head` closing the pipe early is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
    throw error;
  });
  run(argv).then(
    (code) => {
      // exitCode, not exit(): lets a large report finish flushing to a pipe.
      process.exitCode = code;
    },
    (error: unknown) => {
      report([`connection-first: internal error: ${error instanceof Error ? error.message : describeFsError(error)}`]);
      process.exitCode = EXIT_ERROR;
    },
  );
}
