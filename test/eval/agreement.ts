/**
 * `npm run eval:agreement` — how far two careful people agree, as a ceiling for the checker's scores.
 *
 * `agreement/second-labeller.jsonl` holds a second labelling of 150 training emails, drawn at random
 * from the sets written blind, by a helper who read only LABELLING.md and the emails (no rules, no first
 * labels). Each line names the email's `set` and `id` in `train/`, and its `labels`. Scored the way
 * `npm run eval` scores (spans overlap; pitch-first per email):
 * - the second labeller against the first: what one person's labels score against another's;
 * - the checker against each. These emails are training mail, so against the first labels the
 *   checker is in-sample; against the second it meets labels nobody tuned to.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeEmail, type FindingKind } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { overlaps, readJsonLines } from './json-lines';

interface Label {
  kind: FindingKind;
  text: string;
}
interface Span {
  start: number;
  end: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const KINDS: readonly FindingKind[] = ['buzzword', 'non-apology', 'pitch-first'];

const second = readJsonLines<{ set: string; id: string; labels: Label[] }>(
  path.join(HERE, 'agreement/second-labeller.jsonl'),
);
const firstBySet = new Map<string, Map<string, { text: string; labels: Label[] }>>();
for (const set of new Set(second.map((e) => e.set))) {
  const emails = readJsonLines<{ id: string; text: string; labels: Label[] }>(path.join(HERE, 'train', set));
  firstBySet.set(set, new Map(emails.map((e) => [e.id, e])));
}

const spansOf = (text: string, labels: Label[], kind: FindingKind): Span[] =>
  labels
    .filter((l) => l.kind === kind)
    .map((l) => ({ start: text.indexOf(l.text), end: text.indexOf(l.text) + l.text.length }));
const wholeEmail = (spans: Span[]): Span[] => (spans.length ? [{ start: 0, end: Number.POSITIVE_INFINITY }] : []);

/** Counts for precision (agreeing / found) and recall (reference spans found / reference spans). */
class Tally {
  found = 0;
  agreeing = 0;
  reference = 0;
  referenceFound = 0;
  add(kind: FindingKind, found: Span[], reference: Span[]) {
    // Pitch-first is judged per email, as `npm run eval` judges it: does the email open with a pitch?
    if (kind === 'pitch-first') this.addSpans(wholeEmail(found), wholeEmail(reference));
    else this.addSpans(found, reference);
  }
  private addSpans(found: Span[], reference: Span[]) {
    this.found += found.length;
    this.agreeing += found.filter((f) => reference.some((r) => overlaps(f, r))).length;
    this.reference += reference.length;
    this.referenceFound += reference.filter((r) => found.some((f) => overlaps(f, r))).length;
  }
  toString() {
    const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '–');
    return `P ${ratio(this.agreeing, this.found)}  R ${ratio(this.referenceFound, this.reference)}`;
  }
}

const ruleset = builtinRuleset();
const pairs = ['second vs first', 'checker vs first', 'checker vs second'] as const;
const tallies = new Map(KINDS.map((k) => [k, new Map(pairs.map((p) => [p, new Tally()]))]));
for (const email of second) {
  const first = firstBySet.get(email.set)?.get(email.id);
  if (!first) throw new Error(`${email.set} has no email ${email.id}`);
  const findings = analyzeEmail(first.text, ruleset);
  for (const kind of KINDS) {
    const a = spansOf(first.text, first.labels, kind);
    const b = spansOf(first.text, email.labels, kind);
    const checker = findings.filter((f) => f.kind === kind);
    const of = tallies.get(kind)!;
    of.get('second vs first')!.add(kind, b, a);
    of.get('checker vs first')!.add(kind, checker, a);
    of.get('checker vs second')!.add(kind, checker, b);
  }
}
console.log(`${second.length} training emails, labelled twice\n`);
for (const [kind, of] of tallies) {
  for (const [pair, tally] of of) console.log(`${kind.padEnd(12)} ${pair.padEnd(18)} ${tally}`);
}
