import { type ConnectionSummary, type Finding, findingData } from '../../engine';
import type { Place } from '../documents';
import type { FileResult, Reporter } from './types';
import type { ReportWriter } from './writer';

// Each finding sits three levels deep: the list, a file's entry, its findings.
const FINDING_INDENT = '      ';

/**
 * One finding as JSON.stringify(…, null, 2) lays it out at its depth in the report. Its offsets
 * index the checked text (for a text file, the file); `location` is where it is in the file.
 */
const findingJson = (finding: Finding, location: Place) =>
  FINDING_INDENT + JSON.stringify({ ...findingData(finding), location }, null, 2).replace(/\n/g, `\n${FINDING_INDENT}`);

/** The summary as the report gives it: the counts a script compares, not the targets or offsets. */
function summaryJson(summary: ConnectionSummary | undefined) {
  if (!summary) return null;
  const { words, sentences, questions, readerFocus, grade, asks } = summary;
  return { words, sentences, questions, readerFocus, grade, asks };
}

/**
 * `[{"file": …, "findings": […], "summary": {…}}, …]` written entry by entry and finding by finding, byte for byte
 * what `JSON.stringify(entries, null, 2)` gives for the whole list, followed by a line break, but
 * never held in memory whole: 500,000 findings make 200 MB of JSON.
 */
export class JsonReport implements Reporter {
  private entries = 0;

  constructor(private readonly out: ReportWriter) {}

  async file({ file, document, findings, summary }: FileResult): Promise<void> {
    const opening = this.entries === 0 ? '[\n' : ',\n';
    this.entries++;
    await this.out.write(`${opening}  {\n    "file": ${JSON.stringify(file)},\n    "findings": `);
    if (findings.length === 0) await this.out.write('[]');
    else {
      await this.out.write('[\n');
      for (const [i, finding] of findings.entries()) {
        const json = findingJson(finding, document.place(finding.start, finding.end));
        await this.out.write(i === 0 ? json : `,\n${json}`);
      }
      await this.out.write('\n    ]');
    }
    const json = JSON.stringify(summaryJson(summary), null, 2).replace(/\n/g, '\n    ');
    await this.out.write(`,\n    "summary": ${json}\n  }`);
  }

  async end(): Promise<void> {
    await this.out.write(this.entries === 0 ? '[]\n' : '\n]\n');
  }
}
