/**
 * `npm run eval` — how well the built-in rules agree with hand-labelled emails, per kind and set.
 *
 * Sets are JSON lines: {"id", "genre", "text", "labels": [{"kind", "text"}]}, labelled by the
 * guide in LABELLING.md by people who saw neither the rules nor the other sets.
 * - test/eval/train/: development and training data. Read its misses (`-v`) to find general gaps,
 *   never to fit a rule to one email.
 * - test/eval/dev/: real mail labelled blind that the model is not trained on (README there); read freely.
 * - test/eval/real/: real third-party mail, labelled blind (README there); held out like the frozen sets.
 * - test/eval/frozen/: test sets written blind and frozen. They are scored, never read: `-v` lists
 *   nothing for them, so that they keep measuring mail nobody tuned to.
 *
 * Buzzwords and non-apologies are judged by span: a finding agrees with a label of the same kind
 * when their spans overlap. Pitch-first is judged per email: does the email open with a pitch?
 *
 *   npm run eval                    every set, then the training sets together
 *   npm run eval -- FILE.jsonl -v   one set, listing each miss (training sets only)
 *   npm run eval -- --json          the numbers as one JSON object
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeEmail, type Finding, type FindingKind } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { overlaps, readJsonLines } from './json-lines';

interface Labelled {
  id: string;
  text: string;
  labels: { kind: FindingKind; text: string }[];
}

/** Counts for precision (agreeing / found) and recall (found labels / labels). */
interface Tally {
  labels: number;
  found: number;
  agreeing: number;
  foundLabels: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
/**
 * The kinds LABELLING.md defines and the sets label. The connection check's kinds are judged on the
 * message as a whole and measured by `npm run eval:coaching` on sets labelled for them.
 */
const KINDS: readonly FindingKind[] = ['buzzword', 'non-apology', 'pitch-first'];
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const asJson = args.includes('--json');
const given = args.filter((a) => a.endsWith('.jsonl'));
const listed = (dir: string) =>
  readdirSync(path.join(HERE, dir))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(HERE, dir, f));
const sets = given.length
  ? given.map((f) => path.resolve(f))
  : [...listed('train'), ...listed('dev'), ...listed('frozen'), ...listed('real')];
/** Which pile a set belongs to, by its folder: training, development, frozen blind sets, or labelled real mail. */
const pileOf = (file: string) => {
  const folder = path.basename(path.dirname(file));
  return folder === 'frozen' || folder === 'real' || folder === 'dev' ? folder : 'train';
};
const rules = builtinRuleset();

const emptyTally = (): Tally => ({ labels: 0, found: 0, agreeing: 0, foundLabels: 0 });

const readSet = (file: string) => readJsonLines<Labelled>(file);

/** Adds one email's agreement to the tallies; `say` hears each miss. */
function score(email: Labelled, findings: Finding[], tallies: Map<FindingKind, Tally>, say: (s: string) => void) {
  const labels = email.labels.map((l) => {
    const start = email.text.indexOf(l.text);
    if (start < 0) throw new Error(`${email.id}: label "${l.text}" is not in the text`);
    return { ...l, start, end: start + l.text.length };
  });
  for (const kind of KINDS) {
    const t = tallies.get(kind)!;
    const mine = findings.filter((f) => f.kind === kind);
    const theirs = labels.filter((l) => l.kind === kind);
    if (kind === 'pitch-first') {
      // Per email: the opening is a pitch or it is not.
      const found = mine.length > 0;
      const labelled = theirs.length > 0;
      t.found += Number(found);
      t.labels += Number(labelled);
      t.agreeing += Number(found && labelled);
      t.foundLabels += Number(found && labelled);
      if (found && !labelled) say(`  extra   ${email.id} ${mine[0]!.ruleId}: ${JSON.stringify(mine[0]!.text)}`);
      if (labelled && !found) say(`  missed  ${email.id} ${kind}: ${JSON.stringify(theirs[0]!.text)}`);
      continue;
    }
    for (const f of mine) {
      t.found++;
      if (theirs.some((l) => overlaps(l, f))) t.agreeing++;
      else say(`  extra   ${email.id} ${f.ruleId}: ${JSON.stringify(f.text.slice(0, 100))}`);
    }
    for (const l of theirs) {
      t.labels++;
      if (mine.some((f) => overlaps(l, f))) t.foundLabels++;
      else say(`  missed  ${email.id} ${kind}: ${JSON.stringify(l.text.slice(0, 100))}`);
    }
  }
}

const ratio = (part: number, whole: number) => (whole ? part / whole : Number.NaN);
const metrics = (t: Tally) => {
  const precision = ratio(t.agreeing, t.found);
  const recall = ratio(t.foundLabels, t.labels);
  return { ...t, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
};
const shown = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));

function report(name: string, emails: number, tallies: Map<FindingKind, Tally>) {
  console.log(`${name}: ${emails} emails`);
  console.log('  kind           labels  findings  precision  recall    F1');
  for (const kind of KINDS) {
    const m = metrics(tallies.get(kind)!);
    const cells = [m.labels, m.found].map((n) => String(n).padStart(7)).join('  ');
    console.log(
      `  ${kind.padEnd(12)} ${cells}  ${shown(m.precision).padStart(9)}  ${shown(m.recall).padStart(6)}  ${shown(m.f1).padStart(4)}`,
    );
  }
}

const results: Record<string, Record<string, ReturnType<typeof metrics>>> = {};
const training = new Map(KINDS.map((k) => [k, emptyTally()]));
let trainingEmails = 0;
for (const file of sets) {
  const pile = pileOf(file);
  // Development sets are read like training sets but never trained on; frozen and real mail are never read.
  const heldOut = pile === 'frozen' || pile === 'real';
  const emails = readSet(file);
  const tallies = new Map(KINDS.map((k) => [k, emptyTally()]));
  // Misses of a held-out set are never shown: reading them would tune the rules to it.
  const say = verbose && !heldOut && !asJson ? (s: string) => console.log(s) : () => {};
  for (const email of emails) score(email, analyzeEmail(email.text, rules), tallies, say);
  const name = `${pile}/${path.basename(file)}`;
  results[name] = Object.fromEntries(KINDS.map((k) => [k, metrics(tallies.get(k)!)]));
  if (!asJson) report(name, emails.length, tallies);
  if (pile === 'train') {
    trainingEmails += emails.length;
    for (const kind of KINDS) {
      const sum = training.get(kind)!;
      for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += tallies.get(kind)![key];
    }
  }
}
if (!given.length) {
  results['train (all)'] = Object.fromEntries(KINDS.map((k) => [k, metrics(training.get(k)!)]));
  if (!asJson) report('train (all)', trainingEmails, training);
}
if (asJson) console.log(JSON.stringify(results));
