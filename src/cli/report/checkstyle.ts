import { annotationText } from './text';
import type { FileResult, Reporter } from './types';
import type { ReportWriter } from './writer';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 has no way to write most control characters, even escaped.
    .replace(/[^\P{Cc}\t\n\r]|[\ufffe\uffff]/gu, '');

/**
 * Checkstyle XML, which Jenkins, reviewdog and many CI dashboards read: a `<file>` per file, an
 * `<error>` per finding. A finding in a document's block has no line; its message names the block.
 */
export class CheckstyleReport implements Reporter {
  private started = false;

  constructor(private readonly out: ReportWriter) {}

  private async begin(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.out.write('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n');
  }

  async file({ file, document, findings }: FileResult): Promise<void> {
    await this.begin();
    await this.out.write(`  <file name="${escapeXml(file)}">\n`);
    for (const finding of findings) {
      const place = document.place(finding.start, finding.end);
      const where = 'line' in place ? `line="${place.line}" column="${place.column}" ` : '';
      const severity = finding.severity === 'warning' ? 'warning' : 'info';
      const source = `connection-first.${finding.kind}.${finding.ruleId}`;
      await this.out.write(
        `    <error ${where}severity="${severity}" message="${escapeXml(annotationText(finding, place))}" ` +
          `source="${escapeXml(source)}"/>\n`,
      );
    }
    await this.out.write('  </file>\n');
  }

  async end(): Promise<void> {
    await this.begin();
    await this.out.write('</checkstyle>\n');
  }
}
