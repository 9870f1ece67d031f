import type { Detector } from '../detector';
import { blanks } from './blanks';
import { coaching } from './coaching';
import { nonApologies } from './non-apologies';
import { phraseRules } from './phrase-rules';
import { pitchFirst } from './pitch-first';

/**
 * Every detector, in the order their findings are listed when two start and end at the same
 * place. Adding a detector: its file in this folder, and one line here.
 */
export const DETECTORS: readonly Detector[] = [phraseRules, nonApologies, pitchFirst, blanks, coaching];

/** Names a built-in rule can bind to with `"detector": …`, from every detector's `reads.bindings`. */
export const DETECTOR_BINDINGS: readonly string[] = DETECTORS.flatMap((d) => Object.keys(d.reads.bindings ?? {}));

/**
 * Models of learned weights, by name, each with a test of the features it may weigh (asked once per
 * weight, thousands of times, whenever the built-in pack is checked: a set, not a list search).
 */
export const MODELS: ReadonlyMap<string, (feature: string) => boolean> = new Map(
  DETECTORS.flatMap(({ reads: { model } }) => {
    if (!model) return [];
    const named = new Set(model.features);
    return [[model.name, (f: string) => named.has(f) || !!model.namedLike?.test(f)] as const];
  }),
);

/** Cue lists a pack may fill under `"cues"`, each with what it holds, from every detector's `reads.cues`. */
export const CUE_LISTS: Readonly<Record<string, string>> = Object.assign(
  {},
  ...DETECTORS.map((d) => d.reads.cues ?? {}),
);
