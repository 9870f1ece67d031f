import type { ConnectionSummary, Finding } from '../../engine';
import type { Place } from '../documents';
import type { FileResult, Reporter, Totals } from './types';
import type { ReportWriter } from './writer';

export interface Colors {
  location: (s: string) => string;
  warning: (s: string) => string;
  hint: (s: string) => string;
  suggestion: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

const PLAIN: Colors = { location: String, warning: String, hint: String, suggestion: String };
const ANSI: Colors = { location: sgr(2, 22), warning: sgr(33, 39), hint: sgr(36, 39), suggestion: sgr(32, 39) };

/** FORCE_COLOR wins (0/false turns colour off), then NO_COLOR, then whether stdout is a terminal. */
export function pickColors(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): Colors {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? PLAIN : ANSI;
  if (env.NO_COLOR) return PLAIN;
  return isTTY ? ANSI : PLAIN;
}

// Messages are written for an editor tooltip; a line break would split one finding over two lines.
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// A suggestion that puts a sentence before the flagged text repeats it whole; show only what is new.
function shortReplacement(replacement: string, original: string): string {
  return original.length > 20 && replacement.length > original.length && replacement.endsWith(original)
    ? `${replacement.slice(0, -original.length).trimEnd()} …`
    : replacement;
}

function suggestionText(finding: Finding): string {
  return finding.suggestions
    .map((s) => oneLine(shortReplacement(s.replacement, finding.text)) || s.label || '(remove)')
    .join(' | ');
}

/**
 * A finding as one line of prose, for reports that place it themselves (SARIF, annotations,
 * checkstyle): the block it is in when it has no line, the message, and what to write instead.
 */
export function annotationText(finding: Finding, place: Place): string {
  const where = 'block' in place ? `${place.block} ("${place.excerpt}"): ` : '';
  const suggestion = suggestionText(finding);
  return `${where}${oneLine(finding.message)}${suggestion ? ` Try: ${suggestion}` : ''}`;
}

/** `file:line:col` for text, `file: paragraph 14 "…the words around it…"` for a document's block. */
function placeLabel(file: string, place: Place): string {
  return 'line' in place ? `${file}:${place.line}:${place.column}` : `${file}: ${place.block} "${place.excerpt}"`;
}

/** `file:line:col  kind  message  → suggestion | other`, one line per finding, each ending in "\n". */
function* findingLines({ file, document, findings }: FileResult, colors: Colors) {
  for (const f of findings) {
    const where = placeLabel(file, document.place(f.start, f.end));
    const kind = f.severity === 'hint' ? colors.hint(f.kind) : colors.warning(f.kind);
    const suggestion = suggestionText(f);
    const head = `${colors.location(where)}  ${kind}  ${oneLine(f.message)}`;
    yield suggestion ? `${head}  ${colors.suggestion(`→ ${suggestion}`)}\n` : `${head}\n`;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `file: 84 words, 6 sentences, 1 question, reader focus 50%, grade 6.2, 1 ask`: the email as a
 * whole, one line per file. A pasted document past the engine's message size gets no line.
 */
function summaryLine(file: string, summary: ConnectionSummary | undefined, colors: Colors): string {
  if (!summary) return '';
  const focus =
    summary.readerFocus === null ? 'reader focus —' : `reader focus ${Math.round(summary.readerFocus * 100)}%`;
  const parts = [
    plural(summary.words, 'word'),
    plural(summary.sentences, 'sentence'),
    plural(summary.questions, 'question'),
    focus,
    `grade ${summary.grade.toFixed(1)}`,
    plural(summary.asks, 'ask'),
  ];
  return `${colors.location(`${file}:`)} ${parts.join(', ')}${summary.reply ? ' (reply)' : ''}\n`;
}

/** `3 findings (2 warnings, 1 hint) in 2 files`, or `No findings in 2 files`. */
function formatSummary({ warnings, hints, files }: Totals): string {
  const where = `in ${plural(files, 'file')}`;
  if (warnings + hints === 0) return `No findings ${where}\n`;
  const parts = [warnings && plural(warnings, 'warning'), hints && plural(hints, 'hint')].filter(Boolean);
  return `${plural(warnings + hints, 'finding')} (${parts.join(', ')}) ${where}\n`;
}

/** The default report: a line per finding, a line summing up each file, and the count. */
export class TextReport implements Reporter {
  constructor(
    private readonly out: ReportWriter,
    private readonly colors: Colors,
  ) {}

  async file(result: FileResult): Promise<void> {
    for (const line of findingLines(result, this.colors)) await this.out.write(line);
    await this.out.write(summaryLine(result.file, result.summary, this.colors));
  }

  async end(totals: Totals): Promise<void> {
    await this.out.write(formatSummary(totals));
  }
}
