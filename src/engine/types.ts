import type { FindingKind } from './kinds';

export type Severity = 'warning' | 'hint';

export interface Suggestion {
  /** Short button text when the replacement alone would not explain itself. */
  label?: string;
  /** Replaces exactly `text.slice(start, end)`. */
  replacement: string;
}

export interface Finding {
  /** `pack/rule`, e.g. `default/synergy` or `acme/ticket-speak`. */
  ruleId: string;
  kind: FindingKind;
  /** UTF-16 offsets into the analysed text: `text.slice(start, end) === finding.text`. */
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
  severity: Severity;
}
