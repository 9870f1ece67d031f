import { inflectionOf, inflectLike } from '../grammar';
import { matchCase } from '../letter-case';
import { contextAllows, type PhraseMatch, type PhraseMatcher, type TagLookup } from '../phrase-matcher';
import type { Token } from '../tokens';
import type { Finding } from '../types';

function fillWildcards(replacement: string, wildcards: string[]): string | undefined {
  let complete = true;
  const filled = replacement.replace(/\$(\d)/g, (_, n: string) => {
    const word = wildcards[Number(n) - 1];
    if (word === undefined) complete = false;
    return word?.toLowerCase() ?? '';
  });
  return complete ? filled : undefined;
}

/**
 * Phrase-rule findings in one stretch of text. Where matches overlap, the earliest and then the
 * longest wins, and between rules on the same words the later pack's rule (a team's own wording).
 */
export function findBuzzwords(text: string, tokens: Token[], matcher: PhraseMatcher, tagsAt: TagLookup): Finding[] {
  const allowed = matcher
    .match(text, tokens)
    .filter((m) => !m.rule.phrase || contextAllows(text, tokens, m, m.rule.phrase, tagsAt))
    .sort((a, b) => a.first - b.first || b.last - a.last || b.rank - a.rank);
  const findings: Finding[] = [];
  let taken = 0;
  for (const m of allowed as PhraseMatch[]) {
    if (m.first < taken) continue;
    taken = m.last;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last - 1]!.end;
    const original = text.slice(start, end);
    const lastIndex = m.last - m.first - 1;
    const firstForm = m.inflectedAt[0] ? inflectionOf(tokens[m.first]!.norm) : undefined;
    const lastForm = m.inflectedAt[lastIndex] ? inflectionOf(tokens[m.last - 1]!.norm) : undefined;
    const suggestions = m.rule.suggestions.flatMap((s) => {
      const filled = fillWildcards(s.replacement, m.wildcards);
      if (filled === undefined) return [];
      const fitted = firstForm || lastForm ? inflectLike(filled, firstForm, lastForm) : filled;
      return [{ ...s, replacement: matchCase(original, fitted) }];
    });
    findings.push({
      ruleId: m.rule.id,
      kind: m.rule.kind,
      start,
      end,
      text: original,
      message: m.rule.message,
      suggestions,
      severity: m.rule.severity,
    });
  }
  return findings;
}
