import { KIND_TABLE, KINDS } from '../engine';

type Format = 'text' | 'json';

export interface Options {
  format: Format;
  /** Rule pack paths, in the order given; later packs win. */
  rulePaths: string[];
  /** Inputs as given; `-` is standard input. Empty means "read standard input if it is piped". */
  files: string[];
  /** The connection check's coaching findings (on by default); its summary is given either way. */
  coaching: boolean;
  help: boolean;
  version: boolean;
}

export type ParseResult = { options: Options } | { error: string };

const FORMATS: readonly string[] = ['text', 'json'];

export const USAGE = `Usage: connection-first [--format text|json] [--rules PACK]... [FILE|-]...

Checks plain-text customer emails for what costs the reader's attention:
${KINDS.map((kind) => `  ${kind.padEnd(14)}${KIND_TABLE[kind].description}`).join('\n')}
Quoted history, reply headers and the signature are not judged.

Arguments:
  FILE            an email as UTF-8 text; "-" or no FILE at all reads standard input

Options:
  --format FMT    text (default): one line per finding, file:line:column, then
                  a line summing the email up (words, questions, reader focus, grade)
                  json: [{"file": ..., "findings": [...], "summary": {...}}, ...]
                  with UTF-16 offsets
  --coaching off  leave out the connection check's coaching (long message, no
                  question, more than one ask, ...); the summary stays
  --rules PACK    add a team rule pack: JSON, or a plain list of "phrase => replacement"
                  lines; repeat for more packs, later packs override earlier ones
  -h, --help      show this help
  --version       show the version

Exit status: 0 no warnings (hints allowed), 1 at least one warning,
             2 usage error, unreadable input or invalid rule pack.
`;

/** Parses argv (without node and script); accepts `--opt value` and `--opt=value`, and `--` to end options. */
export function parseArgs(argv: string[]): ParseResult {
  const options: Options = { format: 'text', rulePaths: [], files: [], coaching: true, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const takeValue = (): string | undefined => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = argv[i + 1];
      // A following option is a forgotten value, not the value itself.
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--version':
        options.version = true;
        break;
      case '--format': {
        const value = takeValue();
        if (value === undefined) return { error: '--format needs a value: text or json' };
        if (!FORMATS.includes(value)) return { error: `--format must be text or json, not "${value}"` };
        options.format = value as Format;
        break;
      }
      case '--coaching': {
        const value = takeValue();
        if (value !== 'on' && value !== 'off') return { error: '--coaching needs a value: on or off' };
        options.coaching = value === 'on';
        break;
      }
      case '--rules': {
        const value = takeValue();
        if (!value) return { error: '--rules needs the path of a rule pack' };
        if (value === '-') return { error: '--rules needs a file; standard input is for the email' };
        options.rulePaths.push(value);
        break;
      }
      default:
        return { error: `unknown option ${name}` };
    }
  }
  return { options };
}
