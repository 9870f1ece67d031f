import type { UnknownReference } from '../../rules';

/** Who made the references, as the sentence names them. */
type Subject = 'Your rules' | 'This list' | 'This pack';

const VERBS: Record<UnknownReference['change'], { one: string; many: string }> = {
  disable: { one: 'switches off', many: 'switch off' },
  override: { one: 're-words', many: 're-word' },
};

/**
 * The switch-offs and re-wordings `pack` made of rules that do not exist, as sentences for the
 * place on the page where that pack is shown: `Your rules switch off "default/leverag", which does
 * not exist.`
 */
export function unknownReferenceLines(
  references: readonly UnknownReference[] | undefined,
  pack: string | undefined,
  subject: Subject,
): string[] {
  const verb = (change: UnknownReference['change']) => VERBS[change][subject === 'Your rules' ? 'many' : 'one'];
  return (references ?? [])
    .filter((reference) => reference.pack === pack)
    .map((reference) => `${subject} ${verb(reference.change)} "${reference.ruleId}", which does not exist.`);
}
