import { COACHING_KINDS, type ConnectionSummary, type Finding, type Ruleset } from '../engine';
import { analyzeMessage } from '../engine/analyze';
import { engineWarm, warmNextPart } from '../engine/warm-up';

/**
 * Analysing a draft without holding up the page: a huge paste (a 1 MB proposal, an 80 KB token
 * without a space) must never freeze the mail page, yet after a keystroke the highlights should
 * follow at once.
 *
 * The engine re-analyses only what an edit touched, so an ordinary edit is one `analyze` call. A
 * long one (a paste, the first look at a long draft, new rules) is analysed a stretch at a time:
 * each call takes the draft up to a further cut, which costs about the new stretch (the rest is in
 * the engine's cache), and between slices of calls the page gets the main thread back. The last
 * call is on the whole draft, so the final findings are exactly `analyze(draft)`'s, and its
 * connection summary (words, questions, reader focus, grade) comes with them at no extra cost.
 */

/** How long one slice may hold the main thread before it yields. One call cannot be cut short. */
export const SLICE_MS = 10;
/** An edit up to this many characters is analysed in one call. */
const ONE_CALL_EDIT = 1000;
/** What each call of a long run aims to cost, so that no call comes near a 50 ms task. */
const CALL_TARGET_MS = 6;
/**
 * Bounds of the stretch one call adds, and the first one: text dense with sentences the engine
 * tags (a line of short sentences) costs it ~25 µs a character, ordinary prose ~0.4 µs, so the
 * stretch starts short and grows with the pace seen. At the dense pace 32,000 characters would
 * cost 800 ms, at the prose pace 13 ms.
 */
const FIRST_STEP = 500;
const MIN_STEP = 100;
const MAX_STEP = 32_000;
/**
 * Findings this close to a cut may still change once the text after the cut is read (a sentence
 * cut in two, lines under the cut taken for a sign-off): a progress report leaves them out.
 */
const UNSETTLED_CHARS = 2000;
/**
 * Kinds the connection check gives from the message as a whole (src/engine/detectors/coaching.ts):
 * judged on a part of the draft they can be wrong for all of it, so a progress report leaves them out.
 */
const WHOLE_MESSAGE_KINDS: ReadonlySet<string> = new Set(COACHING_KINDS);
/** A long run shows what it has found so far at most this often. */
const PROGRESS_MS = 200;

export interface AnalysisInput {
  text: string;
  ruleset: Ruleset;
  /** The site's signature block as text: it names the sender for the opening. */
  signature: string;
  /** The draft answers a message (the editor holds quoted history): judged against the reply targets. */
  reply?: boolean;
}

/**
 * Findings so far (`complete` false: those of a settled part of the draft) or of the whole draft,
 * with, when complete, the connection summary of the whole draft (undefined past the engine's
 * length for coaching, or when the rules set no check).
 */
export type AnalysisReport = (findings: Finding[], complete: boolean, summary?: ConnectionSummary) => void;

// Strings compared a chunk at a time: one native comparison of 4,096 characters costs far less than
// 4,096 single ones, so where two 1 MB drafts differ is found in well under a millisecond.
const CHUNKS = [4096, 256, 16, 1];

/** Where `next` differs from `old`: its changed stretch `[start, end)`, the rest being the same text. */
export function changedStretch(old: string, next: string): { start: number; end: number } {
  const most = Math.min(old.length, next.length);
  let start = 0;
  for (const step of CHUNKS) {
    while (start + step <= most && old.slice(start, start + step) === next.slice(start, start + step)) start += step;
  }
  let same = 0;
  for (const step of CHUNKS) {
    while (
      start + same + step <= most &&
      old.slice(old.length - same - step, old.length - same) ===
        next.slice(next.length - same - step, next.length - same)
    )
      same += step;
  }
  return { start, end: next.length - same };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * A cut at or before `target`, no earlier than `floor`: after the last line break there if any,
 * else after the last space, else at `target` itself (never between the halves of a surrogate pair).
 */
function cutBefore(text: string, floor: number, target: number): number {
  const line = text.lastIndexOf('\n', target - 1);
  if (line >= floor) return line + 1;
  for (let i = target - 1; i >= floor; i--) if (text.charCodeAt(i) === 32) return i + 1;
  return isHighSurrogate(text.charCodeAt(target - 1)) && target - 1 > floor ? target - 1 : target;
}

/** Work queued for a task of its own, in order, run one per message on `channel`. */
const queued = new Set<() => void>();
/**
 * One channel for every hop, for as long as the checker lives. A channel per hop was tried: now and
 * then its message never came (its ports, unreferenced, went to the garbage collector first), and
 * the analysis it carried stopped halfway through a paste.
 */
let channel: MessageChannel | undefined;

function openChannel(): MessageChannel {
  const opened = new MessageChannel();
  // addEventListener and start(), not onmessage: Firefox's content scripts see no onmessage they set.
  opened.port1.addEventListener('message', () => {
    const next = queued.values().next().value;
    if (!next) return;
    queued.delete(next);
    next();
  });
  opened.port1.start();
  return opened;
}

/**
 * Runs `run` in a task of its own, after what the page has queued; the answer cancels it. A message
 * to ourselves, not a zero timeout: browsers hold chained timeouts back by 4 ms each.
 */
export function inNextTask(run: () => void): () => void {
  const entry = () => run();
  queued.add(entry);
  channel ??= openChannel();
  channel.port2.postMessage(null);
  return () => queued.delete(entry);
}

/** How far the engine has analysed a text under some rules: up to `cut`, the whole text when complete. */
interface Reached {
  input: AnalysisInput;
  cut: number;
}

/**
 * What of `input` the engine has already analysed, from what it last reached: the text before the
 * edit (as far as the last run got), and, when that run was complete, the text after the edit.
 * Answers the stretch `[start, end)` still to analyse.
 */
function stillToAnalyse(reached: Reached | undefined, input: AnalysisInput): { start: number; end: number } {
  if (reached?.input.ruleset !== input.ruleset) return { start: 0, end: input.text.length };
  const edit = changedStretch(reached.input.text, input.text);
  if (reached.cut === reached.input.text.length) return edit;
  return { start: Math.min(edit.start, reached.cut), end: input.text.length };
}

/** One analysis of one draft, from where the engine's knowledge of it stops to the end. */
class Run {
  private cut: number;
  private step = FIRST_STEP;
  private lastReport = performance.now();
  /** Whether the run has given the main thread back at least once. */
  private yielded = false;
  cancel: () => void = () => undefined;

  /** Past this the text is what the engine has seen already. */
  private readonly editEnd: number;

  /** `todo`: the text the engine has not analysed yet (see `stillToAnalyse`). */
  constructor(
    private readonly input: AnalysisInput,
    todo: { start: number; end: number },
    private readonly report: (findings: Finding[], cut: number, summary?: ConnectionSummary) => void,
  ) {
    this.editEnd = todo.end;
    this.cut = todo.end - todo.start <= ONE_CALL_EDIT ? input.text.length : todo.start;
  }

  /**
   * Analyses until `deadline` (at least one call), then yields; reports as it goes and when done.
   * While the engine is still cold (a paste the moment a compose opens, before the page was idle
   * long enough to warm it), it warms one part of it instead and yields: a first use costs tens of
   * milliseconds, and all of them with the first call would make one long task.
   */
  slice(deadline = performance.now() + SLICE_MS): void {
    if (warmNextPart(this.input.ruleset)) {
      this.yielded = true;
      this.cancel = inNextTask(() => this.slice());
      return;
    }
    for (;;) {
      const cut = this.nextCut();
      const started = performance.now();
      const { text, ruleset, signature, reply = false } = this.input;
      const analysis = analyzeMessage(cut === text.length ? text : text.slice(0, cut), ruleset, { signature, reply });
      const { findings } = analysis;
      const now = performance.now();
      this.learnPace(cut - this.cut, now - started);
      this.cut = cut;
      if (cut === text.length) {
        // After a long run, painting (a thousand highlights, perhaps) gets a task of its own if this
        // one is spent. A short edit is painted at once: its call and its paint are both small.
        const summary = analysis.summaries.coaching as ConnectionSummary | undefined;
        if (!this.yielded || now < deadline) this.report(findings, cut, summary);
        else this.cancel = inNextTask(() => this.report(findings, cut, summary));
        return;
      }
      if (now < deadline) continue;
      if (now - this.lastReport >= PROGRESS_MS) {
        this.lastReport = now;
        this.report(findings, cut);
      }
      this.yielded = true;
      this.cancel = inNextTask(() => this.slice());
      return;
    }
  }

  /** How far the engine has analysed this run's text. */
  get reached(): Reached {
    return { input: this.input, cut: this.cut };
  }

  private nextCut(): number {
    const { text } = this.input;
    if (this.cut >= text.length) return text.length;
    const target = this.cut + this.step;
    // Past the edit the text is what the engine has already seen: one call finishes it.
    if (target >= this.editEnd) return text.length;
    return cutBefore(text, this.cut + Math.ceil(this.step / 2), target);
  }

  /**
   * Sizes the next stretch so that its call costs about `CALL_TARGET_MS` at the pace just seen. It
   * grows at most twofold a call: a few fast calls (text the engine had in its cache) must not
   * send the next one deep into text it has never seen.
   */
  private learnPace(chars: number, ms: number) {
    const perChar = ms / Math.max(chars, 1);
    const paced = CALL_TARGET_MS / Math.max(perChar, 1e-6);
    this.step = Math.round(Math.min(MAX_STEP, 2 * this.step, Math.max(MIN_STEP, paced)));
  }
}

/**
 * Analyses one compose's drafts: `start` begins a new analysis (a newer draft makes the one under
 * way stale, so it is dropped, but what it analysed stays in the engine's cache and is not done
 * again), running its first slice at once if the task it is called in has time left; a short edit
 * finishes in that slice.
 */
export class PacedAnalyzer {
  private run?: Run;
  /** How far the engine got with the last draft it was given. */
  private reached?: Reached;

  /** `taskStart`: when the calling task began, so that its work and the first slice share one budget. */
  start(input: AnalysisInput, report: AnalysisReport, taskStart = performance.now()): void {
    this.cancel();
    const run = new Run(input, stillToAnalyse(this.reached, input), (findings, cut, summary) => {
      const complete = cut === input.text.length;
      if (complete) {
        this.reached = { input, cut };
        this.run = undefined;
      }
      // A progress report shows only findings that the text after the cut can no longer change.
      if (complete) report(findings, true, summary);
      else
        report(
          findings.filter((f) => f.end <= cut - UNSETTLED_CHARS && !WHOLE_MESSAGE_KINDS.has(f.kind)),
          false,
        );
    });
    this.run = run;
    const deadline = taskStart + SLICE_MS;
    // A cold engine is warmed in tasks of its own, not in the one that called (the user's keystroke).
    if (engineWarm() && performance.now() < deadline) run.slice(deadline);
    else run.cancel = inNextTask(() => run.slice());
  }

  cancel(): void {
    if (!this.run) return;
    this.run.cancel();
    this.reached = this.run.reached;
    this.run = undefined;
  }
}
