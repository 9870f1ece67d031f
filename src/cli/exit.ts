export const EXIT_CLEAN = 0;
export const EXIT_WARNINGS = 1;
export const EXIT_ERROR = 2;

/** Writes lines to standard error: problems and notes, never the report. */
export function report(lines: readonly string[]): void {
  if (lines.length) process.stderr.write(lines.map((l) => `${l}\n`).join(''));
}
