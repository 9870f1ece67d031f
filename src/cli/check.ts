import { readFile } from 'node:fs/promises';
import {
  analyzeEmailMessage,
  analyzeMessage,
  type ConnectionSummary,
  EMAIL_ONLY_KINDS,
  type MessageAnalysis,
  type Ruleset,
} from '../engine';
import { withoutKinds } from '../rules';
import type { Options } from './args';
import { type CheckedDocument, formatOf, readDocument } from './documents';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_WARNINGS, report } from './exit';
import type { Input } from './inputs';
import { describeFsError, readStdinBytes, STDIN } from './read-input';
import { createReporter } from './report';
import type { Totals } from './report/types';

const documentRulesets = new WeakMap<Ruleset, Ruleset>();

function analyse(document: CheckedDocument, ruleset: Ruleset): MessageAnalysis {
  if (document.genre === 'email') {
    return analyzeEmailMessage(document.text, ruleset, { reply: document.reply, signature: document.sender });
  }
  let forDocuments = documentRulesets.get(ruleset);
  if (!forDocuments) documentRulesets.set(ruleset, (forDocuments = withoutKinds(ruleset, EMAIL_ONLY_KINDS)));
  return analyzeMessage(document.text, forDocuments);
}

/** The input's document, or why it cannot be read. */
async function readInput(input: Input, options: Options): Promise<CheckedDocument | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = input.path === STDIN ? await readStdinBytes() : await readFile(input.path);
  } catch (error) {
    return { error: describeFsError(error) };
  }
  const format = formatOf(input.path === STDIN ? options.stdinFilename : input.path, bytes);
  if (typeof format !== 'string') return format;
  try {
    return await readDocument(bytes, format);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Checks each input in turn and reports it as it is done, so only one file and its findings are
 * in memory at a time, however many there are.
 */
export async function checkFiles(inputs: readonly Input[], rulesets: readonly Ruleset[], options: Options) {
  const { reporter, flush } = createReporter(options.format);
  const totals: Totals = { warnings: 0, hints: 0, files: inputs.length };
  let readFailed = false;
  for (const [i, input] of inputs.entries()) {
    const document = await readInput(input, options);
    if ('error' in document) {
      report([`${input.name}: cannot read: ${document.error}`]);
      readFailed = true;
      continue;
    }
    if (document.note) report([`${input.name}: ${document.note}`]);
    const { findings, summaries } = analyse(document, rulesets[i]!);
    for (const f of findings) {
      if (f.severity === 'warning') totals.warnings++;
      else totals.hints++;
    }
    const summary = summaries.coaching as ConnectionSummary | undefined;
    await reporter.file({ file: input.name, document, findings, summary });
  }
  await reporter.end(totals);
  await flush();
  if (readFailed) return EXIT_ERROR;
  if (options.maxWarnings === undefined) return totals.warnings > 0 ? EXIT_WARNINGS : EXIT_CLEAN;
  if (totals.warnings <= options.maxWarnings) return EXIT_CLEAN;
  const warnings = `${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}`;
  report([`connection-first: ${warnings}, more than --max-warnings ${options.maxWarnings}`]);
  return EXIT_WARNINGS;
}
