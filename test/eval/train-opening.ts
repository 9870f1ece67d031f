/**
 * `npm run train` — learns the weights of the pitch-first opening model from the labelled training
 * emails (test/eval/train/*.jsonl; never the frozen sets) and writes rules/opening-model.json.
 *
 * The features are what src/engine/detectors/pitch-first.ts computes for an opening's first two
 * sentences. The model is a logistic regression with an L2 penalty, fitted by gradient descent;
 * the threshold is the one that gives the best F1 on held-out folds. It reports 5-fold
 * cross-validation first, so the numbers describe emails the weights were not fitted to.
 *
 *   npm run train               cross-validate, fit on everything, write the weights
 *   npm run train -- --dry-run  cross-validate only
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailOpening } from '../../src/engine/analyze';
import { FEATURE_SIGNS, OPENING_FEATURES, openingFeatures, pitchFirst } from '../../src/engine/detectors/pitch-first';
import defaultPack from '../../rules/default.json';
import { buildRuleset, validatePack } from '../../src/rules';

interface Example {
  id: string;
  x: Float64Array;
  y: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODEL_FILE = path.resolve(HERE, '../../rules/opening-model.json');
const L2 = 0.0003;
const STEPS = 20000;
const RATE = 0.5;
const FOLDS = 5;

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
      readFileSync(path.join(dir, file), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; text: string; labels: { kind: string }[] })
        .map((email) => {
          const { head, signOff } = emailOpening(email.text);
          const { features } = openingFeatures(head, prepared, signOff);
          const x = Float64Array.from(OPENING_FEATURES, (name) => features.get(name) ?? 0);
          return { id: `${file}/${email.id}`, x, y: Number(email.labels.some((l) => l.kind === 'pitch-first')) };
        }),
    );
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const score = (w: Float64Array, b: number, x: Float64Array) => {
  let z = b;
  for (let j = 0; j < x.length; j++) z += w[j]! * x[j]!;
  return sigmoid(z);
};

/** Each weight's allowed side of zero (`first:claim` → +1), from what its feature means. */
const SIGNS = OPENING_FEATURES.map(
  (name) => FEATURE_SIGNS[name.slice(name.indexOf(':') + 1) as keyof typeof FEATURE_SIGNS] ?? 0,
);

/**
 * Logistic regression with an L2 penalty on the weights, by full-batch projected gradient descent:
 * after each step a weight that crossed to the wrong side of zero goes back to zero.
 */
function fitWeights(data: Example[]): { w: Float64Array; b: number } {
  const n = OPENING_FEATURES.length;
  const w = new Float64Array(n);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Float64Array(n);
    let gb = 0;
    for (const { x, y } of data) {
      const err = score(w, b, x) - y;
      gb += err;
      for (let j = 0; j < n; j++) gw[j]! += err * x[j]!;
    }
    for (let j = 0; j < n; j++) {
      w[j]! -= RATE * (gw[j]! / data.length + L2 * w[j]!);
      if (w[j]! * SIGNS[j]! < 0) w[j] = 0;
    }
    b -= (RATE * gb) / data.length;
  }
  return { w, b };
}

/** A seeded shuffle, so the folds and the report are the same on every run. */
function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
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
const folds = shuffled(data);
const heldOut: { p: number; y: number; id: string }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const test = folds.filter((_, i) => i % FOLDS === k);
  const { w, b } = fitWeights(folds.filter((_, i) => i % FOLDS !== k));
  for (const e of test) heldOut.push({ p: score(w, b, e.x), y: e.y, id: e.id });
}
// Steps of 0.01: a coarser grid can skip the best threshold that keeps precision on target.
const thresholds = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);
// The best F1 among thresholds whose held-out precision reaches the target; a false alarm in someone's
// draft costs more trust than a missed pitch. The target sits above the product's 0.9 because the
// training mail holds few internal notes between colleagues, where false alarms land (at 0.9 the
// threshold flagged 2.3% of the shared business corpus; the product allows 2%).
const PRECISION_TARGET = 0.93;
const eligible = thresholds.filter((t) => prf(heldOut, t).precision >= PRECISION_TARGET);
const threshold = (eligible.length ? eligible : thresholds).reduce((best, t) =>
  prf(heldOut, t).f1 > prf(heldOut, best).f1 ? t : best,
);
const cv = prf(heldOut, threshold);
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(`${data.length} emails, ${data.filter((e) => e.y).length} open with a pitch`);
console.log(
  `${FOLDS}-fold cross-validation at threshold ${round(threshold)}: ` +
    `precision ${round(cv.precision)}, recall ${round(cv.recall)}, F1 ${round(cv.f1)}`,
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
  const { w, b } = fitWeights(data);
  const weights = Object.fromEntries(
    OPENING_FEATURES.map((name, j) => [name, round(w[j]!)]).filter(([, v]) => v !== 0),
  );
  const model = {
    name: 'pitch-first/opening',
    bias: round(b),
    threshold: round(threshold),
    weights,
    training: {
      emails: data.length,
      pitchFirst: data.filter((e) => e.y).length,
      crossValidation: { folds: FOLDS, precision: round(cv.precision), recall: round(cv.recall), f1: round(cv.f1) },
    },
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  // In the project's own format, so that retraining changes only the numbers.
  execFileSync('npx', ['biome', 'format', '--write', MODEL_FILE], { stdio: 'ignore' });
  console.log(`wrote ${path.relative(process.cwd(), MODEL_FILE)}`);
}
