/**
 * Every kind of finding, in display order: the one place a kind is declared. The `FindingKind`
 * type, pack validation, the schema's enum, the highlight CSS, the options page's groups, the
 * popup's counts, the badge list and the command line all read this table, and
 * `test/house-rules/kinds.test.ts` fails if any place that lists kinds disagrees with it.
 *
 * Adding a kind: one entry here plus the detector that emits it.
 */

/** How a kind is underlined in the editor, on a light and on a dark editor background. */
interface HighlightStyle {
  /** Underline colour; also the accent of the card, badge list, popup and options page. */
  colour: string;
  /** The same hue lightened for dark backgrounds. */
  darkColour: string;
  /** Translucent wash behind the words, as an `rgba()` colour. */
  tint: string;
  line: 'dotted' | 'dashed' | 'wavy' | 'solid';
  /** Underline thickness in CSS pixels. */
  thickness: number;
}

export interface KindInfo {
  /** Singular, as in a card title: "Buzzword". */
  label: string;
  /** Plural, as a heading over a group of rules: "Buzzwords & jargon". */
  groupLabel: string;
  /** One line on what the kind catches, for the options page and the command line's help. */
  description: string;
  highlight: HighlightStyle;
  /**
   * Judges an email's shape (its length, whether it asks anything, how many asks): not a thing to
   * hold a proposal or other document to. The command line leaves these out of .docx and .odt.
   */
  emailOnly?: true;
}

export const KIND_TABLE = {
  buzzword: {
    label: 'Buzzword',
    groupLabel: 'Buzzwords & jargon',
    description: 'Words every vendor uses, which tell the reader nothing and sound like a slide deck.',
    highlight: {
      colour: '#b45309',
      darkColour: '#fbbf24',
      tint: 'rgba(245, 158, 11, 0.16)',
      line: 'dotted',
      thickness: 2,
    },
  },
  'hard-sell': {
    label: 'Hard sell',
    groupLabel: 'Hard sell and junk-mail lines',
    description:
      'Pressure and junk-mail lines ("Act now", "Dear Friend", "100% free") that make a message read like an advert.',
    highlight: {
      colour: '#c2410c',
      darkColour: '#fdba74',
      tint: 'rgba(249, 115, 22, 0.12)',
      line: 'wavy',
      thickness: 1,
    },
  },
  'non-apology': {
    label: 'Non-apology',
    groupLabel: 'Non-apologies',
    description: "Apologies that regret the reader's feelings or hide the act instead of owning it.",
    highlight: {
      colour: '#7c3aed',
      darkColour: '#c4b5fd',
      tint: 'rgba(139, 92, 246, 0.14)',
      line: 'dotted',
      thickness: 2,
    },
  },
  'brush-off': {
    label: 'Brush-off',
    groupLabel: 'Scripted brush-offs',
    description:
      'Lines that hide behind a policy or a script ("It\'s company policy", "Not my decision") instead of helping.',
    highlight: {
      colour: '#4338ca',
      darkColour: '#a5b4fc',
      tint: 'rgba(99, 102, 241, 0.12)',
      line: 'dotted',
      thickness: 2,
    },
  },
  'pitch-first': {
    label: 'Pitch-first opening',
    groupLabel: 'Pitch-first openings',
    description: 'Openings about the sender or the offer before a word about the reader.',
    highlight: {
      colour: '#0369a1',
      darkColour: '#7dd3fc',
      tint: 'rgba(14, 165, 233, 0.1)',
      line: 'dashed',
      thickness: 1,
    },
  },
  blank: {
    label: 'Blank to fill in',
    groupLabel: 'Blanks to fill in',
    description: 'Placeholders such as "[their goal]" or "[CUSTOMER_NAME]" still in the draft, waiting for real words.',
    highlight: {
      colour: '#be123c',
      darkColour: '#fda4af',
      tint: 'rgba(244, 63, 94, 0.14)',
      line: 'solid',
      thickness: 2,
    },
  },
  'self-focus': {
    label: 'About you, not them',
    groupLabel: 'Walls about you',
    description: 'Several sentences in a row about the writer or their company, with nothing about the reader.',
    highlight: {
      colour: '#0f766e',
      darkColour: '#5eead4',
      tint: 'rgba(20, 184, 166, 0.08)',
      line: 'dashed',
      thickness: 1,
    },
  },
  'no-question': {
    label: 'No question to them',
    groupLabel: 'No question to the reader',
    description: 'A first email that asks the reader nothing, so there is nothing for them to answer.',
    emailOnly: true,
    highlight: {
      colour: '#4d7c0f',
      darkColour: '#bef264',
      tint: 'rgba(132, 204, 22, 0.08)',
      line: 'dashed',
      thickness: 1,
    },
  },
  'too-long': {
    label: 'Long message',
    groupLabel: 'Long messages',
    description: 'A message past the length readers usually answer: the count, and where it passes the target.',
    emailOnly: true,
    highlight: {
      colour: '#57534e',
      darkColour: '#d6d3d1',
      tint: 'rgba(120, 113, 108, 0.08)',
      line: 'dotted',
      thickness: 1,
    },
  },
  'second-ask': {
    label: 'Another ask',
    groupLabel: 'More than one ask',
    description: 'A second request for the reader’s time or action: one clear ask gets answered more often.',
    emailOnly: true,
    highlight: {
      colour: '#a21caf',
      darkColour: '#f0abfc',
      tint: 'rgba(217, 70, 239, 0.08)',
      line: 'dashed',
      thickness: 1,
    },
  },
  'long-sentence': {
    label: 'Long sentence',
    groupLabel: 'Long sentences',
    description: 'A sentence longer than a phone shows at once.',
    highlight: {
      colour: '#475569',
      darkColour: '#cbd5e1',
      tint: 'rgba(100, 116, 139, 0.08)',
      line: 'dotted',
      thickness: 1,
    },
  },
} as const satisfies Record<string, KindInfo>;

export type FindingKind = keyof typeof KIND_TABLE;

/** Every kind, in display order. */
export const KINDS = Object.keys(KIND_TABLE) as FindingKind[];

/** The kinds that judge an email's shape, not a document's (KindInfo.emailOnly). */
export const EMAIL_ONLY_KINDS: readonly FindingKind[] = KINDS.filter(
  (kind) => (KIND_TABLE[kind] as KindInfo).emailOnly,
);

export const isKind = (value: unknown): value is FindingKind =>
  typeof value === 'string' && Object.hasOwn(KIND_TABLE, value);

/** The kind a phrase rule has when its pack names none. */
export const DEFAULT_PHRASE_KIND: FindingKind = 'buzzword';

/** A count of zero for every kind, in display order. */
export const zeroCounts = (): Record<FindingKind, number> =>
  Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;

/** The name a kind's highlight is registered under in `CSS.highlights`: styled by `::highlight(cf-buzzword)`. */
export const highlightName = (kind: FindingKind): string => `cf-${kind}`;

/**
 * The `::highlight()` rules for every kind: the content script's stylesheet is built from this at
 * build time (see wxt.config.ts). A tint plus an underline set below the text, so the browser's
 * red spell-check squiggle stays readable next to ours.
 */
function highlightCss(): string {
  return KINDS.map((kind) => {
    const style: HighlightStyle = KIND_TABLE[kind].highlight;
    return highlightRule(highlightName(kind), style.colour, style);
  }).join('\n\n');
}

/**
 * The name a kind's highlight is registered under when its editor's background is dark: styled by
 * `::highlight(cf-buzzword-dark)` with the kind's `darkColour`, which stays readable there.
 */
export const darkHighlightName = (kind: FindingKind): string => `${highlightName(kind)}-dark`;

/** One `::highlight()` rule: the tint and underline of `style`, drawn in `colour`. */
function highlightRule(name: string, colour: string, style: HighlightStyle): string {
  return [
    `::highlight(${name}) {`,
    `  background-color: ${style.tint};`,
    `  text-decoration: underline ${style.line} ${colour};`,
    `  text-decoration-thickness: ${style.thickness}px;`,
    '  text-underline-offset: 4px;',
    '}',
  ].join('\n');
}

/** The `::highlight()` rules for every kind on a dark editor: the same lines in the lighter `darkColour`. */
function darkHighlightCss(): string {
  return KINDS.map((kind) => {
    const style: HighlightStyle = KIND_TABLE[kind].highlight;
    return highlightRule(darkHighlightName(kind), style.darkColour, style);
  }).join('\n\n');
}

/** The content script's whole highlight stylesheet: light editors, then dark ones. */
export function highlightStylesheet(): string {
  return `${highlightCss()}\n\n${darkHighlightCss()}\n`;
}
