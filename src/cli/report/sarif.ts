import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import { type Finding, KIND_TABLE } from '../../engine';
import type { Place } from '../documents';
import { STDIN } from '../read-input';
import { annotationText } from './text';
import type { FileResult, Reporter } from './types';
import type { ReportWriter } from './writer';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

/** A file as a URI reference: relative paths against the source root, as code scanning expects. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file === STDIN) return { uri: 'stdin' };
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: encodeURI(file.split(sep).join('/')), uriBaseId: SOURCE_ROOT };
}

function region(place: Place, text: string) {
  if (!('line' in place)) return undefined;
  return {
    startLine: place.line,
    startColumn: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    snippet: { text },
  };
}

/** A SARIF rule for each rule that found something, described by its kind. */
function ruleDescriptor(finding: Finding) {
  const kind = KIND_TABLE[finding.kind];
  return {
    id: finding.ruleId,
    name: kind.label,
    shortDescription: { text: `${kind.label}: ${finding.ruleId}` },
    fullDescription: { text: kind.description },
    help: { text: `${kind.description} ${finding.message.replace(/\s+/g, ' ').trim()}` },
    defaultConfiguration: { level: finding.severity === 'warning' ? 'warning' : 'note' },
    properties: { tags: [finding.kind] },
  };
}

// Up to the first result: the report's results are written as they are found.
const HEAD = `{\n  "version": "2.1.0",\n  "$schema": "${SCHEMA}",\n  "runs": [\n    {\n      "results": [\n`;

const indent = (json: string, depth: number) => json.replace(/\n/g, `\n${' '.repeat(depth)}`);

/**
 * SARIF 2.1.0, the format code scanning (GitHub, GitLab, Azure DevOps) reads: one run whose results
 * are written as the files are checked, with the rules that fired described after them.
 */
export class SarifReport implements Reporter {
  private readonly rules = new Map<string, number>();
  private readonly descriptors: ReturnType<typeof ruleDescriptor>[] = [];
  private results = 0;

  constructor(private readonly out: ReportWriter) {}

  async file({ file, document, findings }: FileResult): Promise<void> {
    for (const finding of findings) {
      const place = document.place(finding.start, finding.end);
      let ruleIndex = this.rules.get(finding.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = this.descriptors.push(ruleDescriptor(finding)) - 1;
        this.rules.set(finding.ruleId, ruleIndex);
      }
      const result = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: finding.severity === 'warning' ? 'warning' : 'note',
        message: { text: annotationText(finding, place) },
        locations: [
          { physicalLocation: { artifactLocation: artifactLocation(file), region: region(place, finding.text) } },
        ],
      };
      await this.out.write(this.results++ === 0 ? HEAD : ',\n');
      await this.out.write(`        ${indent(JSON.stringify(result, null, 2), 8)}`);
    }
  }

  async end(): Promise<void> {
    if (this.results === 0) await this.out.write(HEAD.trimEnd());
    const tool = { driver: { name: 'connection-first', version, rules: this.descriptors } };
    const base = { [SOURCE_ROOT]: { uri: `${pathToFileURL(process.cwd()).href}/` } };
    await this.out.write(`\n      ],\n      "tool": ${indent(JSON.stringify(tool, null, 2), 6)},\n`);
    await this.out.write(`      "originalUriBaseIds": ${indent(JSON.stringify(base, null, 2), 6)},\n`);
    await this.out.write('      "columnKind": "utf16CodeUnits"\n    }\n  ]\n}\n');
  }
}
