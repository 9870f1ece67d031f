/**
 * `npm run train` — learns the weights of the pitch-first opening model from the labelled training
 * emails (test/eval/train/*.jsonl; never the frozen sets) and writes rules/opening-model.json.
 *
 * The features are what src/engine/detectors/pitch-first.ts computes for an opening's first two
 * sentences: what each sentence does and who it is about, and its words and word pairs
 * (src/engine/opening-words.ts) that at least MIN_OPENINGS training openings use. The model is a
 * logistic regression with an L2 penalty; the threshold is the one that gives the best F1 on
 * held-out folds while keeping their precision on target. It reports cross-validation first, one
 * fold per training set, so the numbers describe writers the weights were not fitted to.
 *
 *   npm run train               cross-validate, fit on everything, write the weights
 *   npm run train -- --dry-run  cross-validate only
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailOpening } from '../../src/engine/analyze';
import {
  FEATURE_SIGNS,
  OPENING_FEATURES,
  openingFeatures,
  pitchFirst,
  sells,
} from '../../src/engine/detectors/pitch-first';
import { WORD_PREFIX } from '../../src/engine/opening-words';
import defaultPack from '../../rules/default.json';
import { buildRuleset, validatePack } from '../../src/rules';
import { readJsonLines } from './json-lines';

interface Example {
  set: string;
  id: string;
  /** Every feature the opening has, by name (structural and word features alike). */
  features: Map<string, number>;
  y: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODEL_FILE = path.resolve(HERE, '../../rules/opening-model.json');
// The penalty on structural weights, and a stronger one on word weights: a word may nudge a verdict,
// but thousands of them fitted freely would learn the training writers' topics. With 36 sets the
// words earn more room than with 23 (36-fold cross-validation: F1 .916 at 0.001 on words, .911 at
// 0.0015, .905 at 0.002, .882 at 0.006; at 0.0005 the cap on workplace notes lifts the threshold
// to 0.58 and F1 falls to .903).
const L2 = 0.0003;
const L2_WORDS = 0.001;
const STEPS = 600;
const RATE = 0.05;
// A word is weighed only when at least this many training openings use it: rarer words would teach
// the model the topics of a few emails, not how openings pitch.
const MIN_OPENINGS = 5;

function examples(): Example[] {
  // The pack without the weights being trained: only its cue lists shape the features.
  const { pack, errors } = validatePack(defaultPack, 'rules/default.json', { allowDetectors: true });
  if (!pack) throw new Error(errors.join('\n'));
  const prepared = pitchFirst.prepare(buildRuleset([pack])) as Parameters<typeof openingFeatures>[1];
  const dir = path.join(HERE, 'train');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readJsonLines<{ id: string; text: string; labels: { kind: string }[] }>(path.join(dir, file)).map((email) => {
        const { head, signOff } = emailOpening(email.text);
        const { features } = openingFeatures(head, prepared, signOff);
        return {
          set: file,
          id: `${file}/${email.id}`,
          features,
          y: Number(email.labels.some((l) => l.kind === 'pitch-first')),
        };
      }),
    );
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Each structural weight's allowed side of zero (`first:claim` → +1), from what its feature means;
 * word weights may fall either side.
 */
const signOf = (name: string) =>
  name.startsWith(WORD_PREFIX)
    ? 0
    : (FEATURE_SIGNS[name.slice(name.indexOf(':') + 1) as keyof typeof FEATURE_SIGNS] ?? 0);

/** The features a model fitted to these examples weighs: the structural ones and the common words. */
function featureNames(data: Example[]): string[] {
  const openings = new Map<string, number>();
  for (const { features } of data) {
    for (const name of features.keys())
      if (name.startsWith(WORD_PREFIX)) openings.set(name, (openings.get(name) ?? 0) + 1);
  }
  const words = [...openings].filter(([, n]) => n >= MIN_OPENINGS).map(([name]) => name);
  return [...OPENING_FEATURES, ...words.sort()];
}

interface Fitted {
  names: string[];
  w: Float64Array;
  b: number;
}

/**
 * Logistic regression with an L2 penalty on the weights, fitted by full-batch Adam over sparse rows
 * (an opening has a few dozen of thousands of features). After each step a structural weight that
 * crossed to the wrong side of zero goes back to zero.
 */
function fitWeights(data: Example[]): Fitted {
  const names = featureNames(data);
  const index = new Map(names.map((name, j) => [name, j]));
  const signs = names.map(signOf);
  const rows = data.map(({ features, y }) => {
    const at = [...features].filter(([name]) => index.has(name));
    return { cols: at.map(([name]) => index.get(name)!), vals: at.map(([, v]) => v), y };
  });
  const n = names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  let b = 0;
  const [beta1, beta2] = [0.9, 0.999];
  const adam = (j: number, g: number, step: number) => {
    m[j] = beta1 * m[j]! + (1 - beta1) * g;
    v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
    return (RATE * (m[j]! / (1 - beta1 ** step))) / (Math.sqrt(v[j]! / (1 - beta2 ** step)) + 1e-8);
  };
  for (let step = 1; step <= STEPS; step++) {
    const gw = new Float64Array(n);
    let gb = 0;
    for (const { cols, vals, y } of rows) {
      let z = b;
      for (let k = 0; k < cols.length; k++) z += w[cols[k]!]! * vals[k]!;
      const err = sigmoid(z) - y;
      gb += err;
      for (let k = 0; k < cols.length; k++) gw[cols[k]!]! += err * vals[k]!;
    }
    for (let j = 0; j < n; j++) {
      w[j]! -= adam(j, gw[j]! / rows.length + (j < OPENING_FEATURES.length ? L2 : L2_WORDS) * w[j]!, step);
      if (w[j]! * signs[j]! < 0) w[j] = 0;
    }
    b -= adam(n, gb / rows.length, step);
  }
  return { names, w, b };
}

function score({ names, w, b }: Fitted, features: Map<string, number>): number {
  let z = b;
  names.forEach((name, j) => {
    z += w[j]! * (features.get(name) ?? 0);
  });
  return sigmoid(z);
}

function prf(pairs: { p: number; y: number }[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { p, y } of pairs) {
    if (p >= threshold && y) tp++;
    else if (p >= threshold) fp++;
    else if (y) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

const data = examples();
// Folds by training set: each set's emails are scored by weights fitted to the other sets, so the
// numbers describe mail by other writers, as the product meets it, not by the same writer.
const sets = [...new Set(data.map((e) => e.set))];
const heldOut: { p: number; y: number; id: string }[] = [];
for (const set of sets) {
  const fitted = fitWeights(data.filter((e) => e.set !== set));
  // As the detector judges: an opening that does nothing for the sender is no pitch, whatever its words.
  for (const e of data.filter((e) => e.set === set)) {
    heldOut.push({ p: sells(e.features) ? score(fitted, e.features) : 0, y: e.y, id: e.id });
  }
}
// Steps of 0.01: a coarser grid can skip the best threshold that keeps precision on target.
const thresholds = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);
// The best F1 among thresholds whose held-out precision reaches the target; a false alarm in someone's
// draft costs more trust than a missed pitch. The target sits above the product's 0.9 because false
// alarms land on notes between colleagues, which most training sets hold few of.
const PRECISION_TARGET = 0.94;
// The product flags at most 2% of ordinary business mail, so the threshold must also keep the held-out
// flags on the training sets of such mail (X: workplace notes; EE: colleagues and their regular
// counterparts; S22C: colleagues, counterparties and old contacts; S23C: support replies, service
// notices and account managers' mail to customers; S25E: terse notes between people who work together)
// under that rate. Precision alone let the threshold
// fall to 0.46 once set DD was added, which flagged 3 of set X's 137 notes (2.2%) and 6 of the shared
// corpus's 264 business notes. The rate is taken over the sets' notes together: held to 2% in each set
// of 140, one note decided it (2 flagged passed, 3 did not), and adding two sets of other mail moved the
// threshold from 0.46 to 0.54 on that one note. S25E (terse notes between people who work together:
// desks, counterparties, assistants, managers to staff) joined when three sets of product and campaign
// mail had pulled the threshold down to where 8 of the corpus's 264 business notes were flagged. S26C
// (everyday mail in and around a large firm, then and now) joined when two sets of sales and list mail
// had done it again.
const ORDINARY_MAIL = [
  'train-x.jsonl',
  'train-ee.jsonl',
  'train-s22c.jsonl',
  'train-s23c.jsonl',
  'train-s25e.jsonl',
  'train-s26c.jsonl',
];
const FLAG_RATE_LIMIT = 0.02;
// Each set's held-out notes that open with no pitch, read once; reported per set, limited together.
const ordinaryNotes = ORDINARY_MAIL.map((set) => ({
  set,
  notes: heldOut.filter((e) => e.id.startsWith(`${set}/`) && e.y === 0),
}));
const flagged = (notes: { p: number }[], t: number) => notes.filter((e) => e.p >= t).length;
const pooledNotes = ordinaryNotes.flatMap(({ notes }) => notes);
const flagRate = (t: number) => flagged(pooledNotes, t) / (pooledNotes.length || 1);
const eligible = thresholds.filter(
  (t) => prf(heldOut, t).precision >= PRECISION_TARGET && flagRate(t) <= FLAG_RATE_LIMIT,
);
const threshold = (eligible.length ? eligible : thresholds).reduce((best, t) =>
  prf(heldOut, t).f1 > prf(heldOut, best).f1 ? t : best,
);
const cv = prf(heldOut, threshold);
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(`${data.length} emails, ${data.filter((e) => e.y).length} open with a pitch`);
console.log(
  `${sets.length}-fold cross-validation (one fold per training set) at threshold ${round(threshold)}: ` +
    `precision ${round(cv.precision)}, recall ${round(cv.recall)}, F1 ${round(cv.f1)}; ` +
    ordinaryNotes
      .map(({ set, notes }) => `${flagged(notes, threshold)} of ${notes.length} notes in ${set}`)
      .join(', ') +
    ' flagged',
);
console.log(
  `  at 0.5: ${JSON.stringify(Object.fromEntries(Object.entries(prf(heldOut, 0.5)).map(([k, v]) => [k, round(v)])))}`,
);

// -v: the training emails the held-out folds got wrong, to find what the features miss.
if (process.argv.includes('-v')) {
  for (const { p, y, id } of heldOut) {
    if (p >= threshold !== (y === 1)) console.log(`  ${y ? 'missed' : 'extra '}  ${id}  p=${round(p)}`);
  }
}

if (!process.argv.includes('--dry-run')) {
  const { names, w, b } = fitWeights(data);
  const weights = Object.fromEntries(names.map((name, j) => [name, round(w[j]!)]).filter(([, v]) => v !== 0));
  const model = {
    name: 'pitch-first/opening',
    bias: round(b),
    threshold: round(threshold),
    weights,
    training: {
      emails: data.length,
      pitchFirst: data.filter((e) => e.y).length,
      crossValidation: {
        folds: sets.length,
        precision: round(cv.precision),
        recall: round(cv.recall),
        f1: round(cv.f1),
      },
    },
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  // In the project's own format, so that retraining changes only the numbers.
  execFileSync('npx', ['biome', 'format', '--write', MODEL_FILE], { stdio: 'ignore' });
  console.log(`wrote ${path.relative(process.cwd(), MODEL_FILE)}`);
}
