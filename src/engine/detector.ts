import type { FindingKind } from './kinds';
import type { ResolvedRule, Ruleset } from './ruleset';
import type { Span } from './sentences';
import type { Token } from './tokens';
import type { Finding } from './types';

/**
 * What a detector is given: one stretch of the draft and lazily computed views of it. Nothing is
 * computed until a detector asks, and what one detector computed the next one reuses.
 */
export interface DetectionContext {
  /** A paragraph (scope `paragraph`) or the draft's first 1,600 characters (scope `opening`). */
  readonly text: string;
  /**
   * The block under the closing ("Dana Reyes\nHead of Sales | Stackwise"), not judged itself but
   * telling who the sender is; '' when the draft has none.
   */
  readonly signOff: string;
  /** Words of `text`. */
  readonly tokens: readonly Token[];
  /** Sentences of `text`. */
  readonly sentences: readonly Span[];
  /** Part-of-speech tags (compromise) of the word at `offset`; tags only the sentence asked about. */
  tagsAt(offset: number): ReadonlySet<string>;
  /** Tags of the word at `offset` from the dictionary and its spelling alone (microseconds, no sentence read). */
  wordTagsAt(offset: number): ReadonlySet<string>;
  /** The rule bound to one of this detector's bindings, when the rules in force have it switched on. */
  rule(binding: string): ResolvedRule | undefined;
}

interface DetectorBase<Prepared> {
  /** A short name, also the prefix of its bindings and cue lists: `non-apology/feelings`. */
  readonly id: string;
  /** The kinds its findings have (phrase rules: any kind a pack gives them). */
  readonly kinds: readonly FindingKind[];
  /** What of the rule pack it reads. */
  readonly reads: {
    /** It runs the packs' phrase rules. */
    readonly phraseRules?: boolean;
    /** Names a built-in rule can bind to with `"detector": "<name>"`, each with what it finds. */
    readonly bindings?: Readonly<Record<string, string>>;
    /** Cue lists (`"cues"` in a pack) it reads, each with what the list holds. */
    readonly cues?: Readonly<Record<string, string>>;
    /**
     * A model of learned weights it judges by (built-in only), and the features it may weigh: those
     * listed, and those whose names match `namedLike` (the words of an opening, `word:we_help`).
     */
    readonly model?: { readonly name: string; readonly features: readonly string[]; readonly namedLike?: RegExp };
  };
  prepare(ruleset: Ruleset): Prepared;
}

/**
 * A detector that reads a stretch of text: `paragraph` detectors run on each unit of a paragraph,
 * cached by its text; `opening` detectors once on the draft's start.
 */
export interface TextDetector<Prepared = unknown> extends DetectorBase<Prepared> {
  readonly scope: 'paragraph' | 'opening';
  detect(context: DetectionContext, prepared: Prepared): Finding[];
}

/** The facts of each unit of the draft, with the draft offset the unit starts at. */
export interface PlacedFacts<Facts> {
  at: number;
  facts: Facts;
}

/** The whole message as a `message` detector judges it. */
export interface MessageContext<Facts> {
  /** The draft (its sign-off block included: the units' facts leave it out). */
  readonly draft: string;
  /** Every unit's facts, in draft order. */
  readonly units: readonly PlacedFacts<Facts>[];
  /** Whether the draft answers a message (quoted history, a reply header). */
  readonly reply: boolean;
  /** What the opening's detectors found (a pitch before the reader): how the message begins. */
  readonly opening: readonly Finding[];
  /** The rule bound to one of this detector's bindings, when the rules in force have it switched on. */
  rule(binding: string): ResolvedRule | undefined;
}

/**
 * A detector that judges the whole message (its length, its questions, a run of sentences): the
 * facts it needs are worked out per unit, cached with the unit's findings, so a keystroke re-reads
 * one unit; `judge` then combines every unit's facts, which costs no reading of text.
 */
export interface MessageDetector<Prepared = unknown, Facts = unknown, Summary = unknown>
  extends DetectorBase<Prepared> {
  readonly scope: 'message';
  facts(context: DetectionContext, prepared: Prepared): Facts;
  judge(message: MessageContext<Facts>, prepared: Prepared): { findings: Finding[]; summary: Summary };
}

/**
 * A detector: one module, one exported object. The engine runs every registered detector (see
 * detectors/index.ts) over the part of the draft its scope names, and caches results per ruleset.
 *
 * `prepare` turns the ruleset's data into whatever the detector matches with (a phrase trie,
 * regular expressions built from cue lists). The engine calls it once per ruleset and keeps the
 * result; a detector keeps no cache of its own.
 */
export type Detector<Prepared = unknown> = TextDetector<Prepared> | MessageDetector<Prepared>;
