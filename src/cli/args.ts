import { KIND_TABLE, KINDS } from '../engine';

export type Format = 'text' | 'json' | 'sarif' | 'github' | 'checkstyle';

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
  /** Exit 1 only when there are more warnings than this; undefined: on any warning. */
  maxWarnings?: number;
  /** The name piped input is reported under, and whose extension says what it is. */
  stdinFilename?: string;
  /** A config file for every input, instead of the nearest one; `false`: no config at all. */
  config?: string | false;
}

export type ParseResult = { options: Options } | { error: string };

const FORMATS: readonly string[] = ['text', 'json', 'sarif', 'github', 'checkstyle'];

export const USAGE = `Usage: connection-first [options] [FILE|FOLDER|-]...

Checks customer emails, templates and proposals for what costs the reader's attention:
${KINDS.map((kind) => `  ${kind.padEnd(14)}${KIND_TABLE[kind].description}`).join('\n')}
Quoted history, reply headers and the signature are not judged.

Arguments:
  FILE            .txt, .eml (saved email), .md, .html, .docx or .odt; another name
                  is read by its content; "-" or no FILE at all reads standard input
  FOLDER          every such file under it, leaving out what .gitignore ignores

Options:
  --format FMT    text (default): one line per finding, file:line:column (a block
                  such as "paragraph 14" in .docx and .odt), then a line summing
                  the email up (words, questions, reader focus, grade)
                  json: [{"file": ..., "findings": [...], "summary": {...}}, ...]
                  sarif: SARIF 2.1.0, for code scanning
                  github: GitHub Actions annotations (::warning file=...)
                  checkstyle: Checkstyle XML
  --max-warnings N  exit 1 only with more than N warnings
  --stdin-filename NAME  the name standard input is reported as; its extension
                  says what it is (mail.eml, proposal.docx, template.md)
  --coaching off  leave out the connection check's coaching (long message, no
                  question, more than one ask, ...); the summary stays
  --rules PACK    add a team rule pack: JSON, or a plain list of "phrase => replacement"
                  lines; repeat for more packs, later packs override earlier ones
  --config FILE   use this config for every file instead of the nearest
                  .connection-first.json (or "connection-first" in package.json)
  --no-config     use no config file
  -h, --help      show this help
  --version       show the version

Exit status: 0 no warnings (hints allowed) or no more than --max-warnings,
             1 warnings, 2 usage error, unreadable input, invalid rule pack or config.
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
        if (value === undefined || !FORMATS.includes(value)) {
          return {
            error: `--format needs one of ${FORMATS.join(', ')}${value === undefined ? '' : `, not "${value}"`}`,
          };
        }
        options.format = value as Format;
        break;
      }
      case '--max-warnings': {
        const value = takeValue();
        if (value === undefined || !/^\d{1,9}$/.test(value)) {
          return { error: '--max-warnings needs a whole number of warnings, 0 or more' };
        }
        options.maxWarnings = Number(value);
        break;
      }
      case '--stdin-filename': {
        const value = takeValue();
        if (!value) return { error: '--stdin-filename needs the name standard input stands for' };
        options.stdinFilename = value;
        break;
      }
      case '--config': {
        const value = takeValue();
        if (!value || value === '-') return { error: '--config needs the path of a config file' };
        options.config = value;
        break;
      }
      case '--no-config':
        options.config = false;
        break;
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
