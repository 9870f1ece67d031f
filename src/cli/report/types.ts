import type { ConnectionSummary, Finding } from '../../engine';
import type { CheckedDocument } from '../documents';

/** One file's findings, with the document that places them in the file. */
export interface FileResult {
  /** The file as the user named it (or as the folder walk found it), `-` for standard input. */
  file: string;
  document: CheckedDocument;
  findings: readonly Finding[];
  /** The connection summary; none for a pasted document past the engine's message size. */
  summary?: ConnectionSummary;
}

export interface Totals {
  warnings: number;
  hints: number;
  files: number;
}

/** Writes a report in one format, file by file as they are checked, so a long run streams. */
export interface Reporter {
  file(result: FileResult): Promise<void>;
  end(totals: Totals): Promise<void>;
}
