/**
 * A logistic regression over named features: the weights are data (rules/opening-model.json,
 * trained by `npm run train`), the features are computed by the detector that reads the model.
 */
export interface LinearModel {
  /** Added to every score. */
  bias: number;
  /** Weight per feature name; a feature the model lacks weighs nothing. */
  weights: Readonly<Record<string, number>>;
  /** Probability at or above which the detector reports. */
  threshold: number;
}

/** Feature values by name, each in [0, 1]. */
export type Features = ReadonlyMap<string, number>;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Each feature's share of the score (weight × value), largest first. */
export function contributions(model: LinearModel, features: Features): [string, number][] {
  return [...features]
    .map(([name, value]): [string, number] => [name, (model.weights[name] ?? 0) * value])
    .filter(([, c]) => c !== 0)
    .sort((a, b) => b[1] - a[1]);
}

/** The probability the model gives the positive class. */
export function probability(model: LinearModel, features: Features): number {
  let score = model.bias;
  for (const [name, value] of features) score += (model.weights[name] ?? 0) * value;
  return sigmoid(score);
}
