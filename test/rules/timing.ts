/**
 * Timing that holds up on a busy machine. It counts the processor time this process spends, not
 * the time on the clock, so other processes taking turns on the cores do not count; the fastest of
 * several runs is the one least disturbed by what remains (caches, the garbage collector); and
 * comparing two sizes measures growth, not the machine's speed.
 */
export function fastestMs(work: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const started = process.cpuUsage();
    work();
    const { user, system } = process.cpuUsage(started);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

// The unit tests run with --expose-gc (vitest.config.ts). A collection before each timed run, outside
// it, leaves the run its own garbage to collect and not the heap's debts from the tests before it: under
// that load a nest of 200,000 brackets measured 29-30 times its eighth, and 10-11 alone.
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** For a test that times its work: on a loaded machine the clock runs far ahead of the work. */
export const TIMED = { timeout: 60_000 };

// Each timed sample lasts at least this long, well above the timer's and the scheduler's noise.
const SAMPLE_MS = 25;

// A ratio at or below this is plainly linear: no second measurement is needed.
const PLAINLY_LINEAR = 16;
// Measurements of the ratio at most, when the first ones look slow.
const ATTEMPTS = 3;

/**
 * How much longer `work(8n)` takes than `work(n)`: about 8 for linear work (up to 14 once the larger
 * input spills out of the processor's caches), 64 for quadratic, so a bound of 24 tells them apart
 * with room for a noisy machine. The work is repeated until a sample of the smaller size lasts
 * SAMPLE_MS, which also lets the JIT compile it before anything is counted. The larger size is run
 * once, uncounted, before it is timed: its first runs grow the heap, and the garbage collector's
 * work while it does so once measured 31 for a nest of brackets that measures 11 from then on.
 *
 * On a machine busy with other work (CI running the browser tests beside this one) a single
 * measurement has come out at 27 for work that measures 12–14 alone. So a ratio above PLAINLY_LINEAR
 * is measured again, up to ATTEMPTS times, and the smallest counts. Quadratic work measures near 64
 * on every attempt (each size is already the fastest of several runs), so it still fails the bound.
 */
export function eightfoldRatio(work: (n: number) => unknown, n: number): number {
  let repeats = 1;
  const repeated = (size: number) => () => {
    for (let i = 0; i < repeats; i++) work(size);
  };
  while (fastestMs(repeated(n), 1) < SAMPLE_MS) repeats *= 2;
  repeated(8 * n)();
  let smallest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS && smallest > PLAINLY_LINEAR; attempt++) {
    smallest = Math.min(smallest, fastestMs(repeated(8 * n)) / fastestMs(repeated(n)));
  }
  return smallest;
}
