import { KIND_TABLE } from '../../engine';
import { annotationText } from './text';
import type { FileResult, Reporter } from './types';
import type { ReportWriter } from './writer';

// Workflow commands end at a line break and split properties at "," and ":", so those are escaped.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: `::warning file=…,line=…,col=…::message`, which a workflow run
 * shows as annotations on the changed lines of a pull request. Hints are notices.
 */
export class GithubReport implements Reporter {
  constructor(private readonly out: ReportWriter) {}

  async file({ file, document, findings }: FileResult): Promise<void> {
    for (const finding of findings) {
      const place = document.place(finding.start, finding.end);
      const properties = [`file=${escapeProperty(file)}`];
      if ('line' in place) {
        properties.push(`line=${place.line}`, `endLine=${place.endLine}`);
        // Columns only within one line: GitHub ignores them on a range over several.
        if (place.line === place.endLine) properties.push(`col=${place.column}`, `endColumn=${place.endColumn}`);
      }
      properties.push(`title=${escapeProperty(`${KIND_TABLE[finding.kind].label} (${finding.ruleId})`)}`);
      const command = finding.severity === 'warning' ? 'warning' : 'notice';
      await this.out.write(`::${command} ${properties.join(',')}::${escapeData(annotationText(finding, place))}\n`);
    }
  }

  async end(): Promise<void> {}
}
