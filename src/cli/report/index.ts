import type { Format } from '../args';
import { CheckstyleReport } from './checkstyle';
import { GithubReport } from './github';
import { JsonReport } from './json';
import { SarifReport } from './sarif';
import { pickColors, TextReport } from './text';
import type { Reporter } from './types';
import { ReportWriter } from './writer';

/** The report in `format`, written to standard output as it goes. */
export function createReporter(format: Format): { reporter: Reporter; flush: () => Promise<void> } {
  const out = new ReportWriter(process.stdout);
  const reporters: Record<Format, () => Reporter> = {
    text: () => new TextReport(out, pickColors(process.env, process.stdout.isTTY)),
    json: () => new JsonReport(out),
    sarif: () => new SarifReport(out),
    github: () => new GithubReport(out),
    checkstyle: () => new CheckstyleReport(out),
  };
  return { reporter: reporters[format](), flush: () => out.flush() };
}
