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

/**
 * A detector: one module, one exported object. The engine runs every registered detector (see
 * detectors/index.ts) over the part of the draft its scope names, and caches results per ruleset.
 *
 * `prepare` turns the ruleset's data into whatever the detector matches with (a phrase trie,
 * regular expressions built from cue lists). The engine calls it once per ruleset and keeps the
 * result; a detector keeps no cache of its own.
 */
export interface Detector<Prepared = unknown> {
  /** A short name, also the prefix of its bindings and cue lists: `non-apology/feelings`. */
  readonly id: string;
  /** The kinds its findings have (phrase rules: any kind a pack gives them). */
  readonly kinds: readonly FindingKind[];
  /** `paragraph`: run on each paragraph, cached by its text. `opening`: run once on the draft's start. */
  readonly scope: 'paragraph' | 'opening';
  /** What of the rule pack it reads. */
  readonly reads: {
    /** It runs the packs' phrase rules. */
    readonly phraseRules?: boolean;
    /** Names a built-in rule can bind to with `"detector": "<name>"`, each with what it finds. */
    readonly bindings?: Readonly<Record<string, string>>;
    /** Cue lists (`"cues"` in a pack) it reads, each with what the list holds. */
    readonly cues?: Readonly<Record<string, string>>;
    /** A model of learned weights it judges by (built-in only), and the features it may weigh. */
    readonly model?: { readonly name: string; readonly features: readonly string[] };
  };
  prepare(ruleset: Ruleset): Prepared;
  detect(context: DetectionContext, prepared: Prepared): Finding[];
}
