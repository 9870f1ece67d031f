import { CUE_LISTS, DETECTOR_BINDINGS, KINDS } from '../engine';

/** The part of rules/rule-pack.schema.json that is read off the engine, not written by hand. */
type Schema = {
  properties: Record<string, unknown> & { cues: { properties?: Record<string, unknown> } };
  $defs: Record<string, unknown> & {
    kind: { enum?: string[] };
    detectorRule: { properties: { detector: { enum?: string[] } } };
  };
};

/**
 * The schema with every list the engine owns filled in from it: the kinds (from the kinds table),
 * the detector bindings and the cue lists (from the detectors' `reads`). `npm run sync-schema`
 * writes the result; a test fails when the file on disk differs, so the schema never drifts.
 */
export function withEngineLists<T>(schema: T): T {
  const copy = structuredClone(schema) as T & Schema;
  copy.$defs.kind.enum = [...KINDS];
  copy.$defs.detectorRule.properties.detector.enum = [...DETECTOR_BINDINGS];
  copy.properties.cues.properties = Object.fromEntries(
    Object.entries(CUE_LISTS).map(([name, description]) => [name, { description, $ref: '#/$defs/cueList' }]),
  );
  return copy;
}
