/**
 * `npm run eval:coaching` — the connection check measured.
 *
 * 1. On real mail by other people (`../shared/corpus/*.jsonl`): the spread of each metric (10th,
 *    50th and 90th percentile) and how many emails each coaching kind flags. `-v` lists every flag
 *    with its mail's id, to read them.
 * 2. On the frozen blind sets (`test/eval/coaching/frozen-*.jsonl`, written by people who saw neither
 *    the code nor each other's sets; labels defined in README.md, "Connection check"): precision and
 *    recall of "no question to the reader" per email, and of "wall about you" per email and per span
 *    (a labelled run counts as found when a finding overlaps it). Their misses are never printed:
 *    the sets measure, they are not for tuning. `--corpus` leaves them out.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeEmailMessage, COACHING_KINDS, type ConnectionSummary, type Finding } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { readJsonLines } from './json-lines';

const verbose = process.argv.includes('-v');
const rules = builtinRuleset();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  return ` ${f(percentile(sorted, 0.1))} / ${f(percentile(sorted, 0.5))} / ${f(percentile(sorted, 0.9))}`.padStart(21);
};

function corpus(dir: string): void {
  console.log('Real mail (../shared/corpus): metric 10th / 50th / 90th percentile, then emails flagged per kind\n');
  const metrics = ['words', 'questions', 'readerFocus', 'grade', 'asks'] as const;
  console.log(`file       mails ${metrics.map((m) => m.padStart(21)).join('')}`);
  const flagRows: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    const mails = readJsonLines<{ id: string; body: string }>(path.join(dir, file));
    const values = new Map(metrics.map((m) => [m, [] as number[]]));
    const flagged = new Map(COACHING_KINDS.map((k) => [k, 0]));
    const flags: string[] = [];
    for (const mail of mails) {
      const { findings, summaries } = analyzeEmailMessage(mail.body, rules);
      const summary = summaries.coaching as ConnectionSummary | undefined;
      if (summary) for (const m of metrics) if (summary[m] !== null) values.get(m)!.push(summary[m]!);
      for (const kind of COACHING_KINDS) {
        const of = findings.filter((f) => f.kind === kind);
        if (of.length) flagged.set(kind, flagged.get(kind)! + 1);
        for (const f of of) flags.push(`  ${kind.padEnd(14)} ${mail.id}  ${JSON.stringify(f.text.slice(0, 110))}`);
      }
    }
    const name = file.replace(/\.jsonl$/, '');
    console.log(
      `${name.padEnd(10)} ${String(mails.length).padStart(5)} ${metrics.map((m) => spread(values.get(m)!)).join('')}`,
    );
    const rate = (n: number) => `${n} (${Math.round((100 * n) / mails.length)}%)`.padStart(15);
    flagRows.push(`${name.padEnd(10)} ${COACHING_KINDS.map((k) => rate(flagged.get(k)!)).join('')}`);
    if (verbose) flagRows.push(...flags);
  }
  console.log(`\nfile       ${COACHING_KINDS.map((k) => k.padStart(15)).join('')}`);
  for (const row of flagRows) console.log(row);
}

interface Labelled {
  id: string;
  text: string;
  reply: boolean;
  noQuestion: boolean;
  selfFocus: string[];
}

const score = (tp: number, fp: number, fn: number) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
};

const overlaps = (f: Finding, start: number, end: number) => f.start < end && start < f.end;

function frozen(dir: string): void {
  console.log('\nFrozen blind sets (test/eval/coaching/): scores only, never their misses\n');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    const emails = readJsonLines<Labelled>(path.join(dir, file));
    const noQuestion = { tp: 0, fp: 0, fn: 0 };
    const wall = { tp: 0, fp: 0, fn: 0 };
    const spans = { tp: 0, fp: 0, fn: 0 };
    let replies = 0;
    for (const email of emails) {
      const { findings, summaries } = analyzeEmailMessage(email.text, rules);
      if ((summaries.coaching as ConnectionSummary | undefined)?.reply === email.reply) replies++;
      const asked = findings.some((f) => f.kind === 'no-question');
      if (asked && email.noQuestion) noQuestion.tp++;
      else if (asked) noQuestion.fp++;
      else if (email.noQuestion) noQuestion.fn++;
      const walls = findings.filter((f) => f.kind === 'self-focus');
      if (walls.length && email.selfFocus.length) wall.tp++;
      else if (walls.length) wall.fp++;
      else if (email.selfFocus.length) wall.fn++;
      const labelled = email.selfFocus.map((s) => {
        const start = email.text.indexOf(s);
        return { start, end: start + s.length };
      });
      for (const l of labelled) {
        if (walls.some((f) => overlaps(f, l.start, l.end))) spans.tp++;
        else spans.fn++;
      }
      for (const f of walls) if (!labelled.some((l) => overlaps(f, l.start, l.end))) spans.fp++;
    }
    console.log(`${file}: ${emails.length} emails; reply or first email told right in ${replies}`);
    console.log(`  no question to the reader, per email   ${score(noQuestion.tp, noQuestion.fp, noQuestion.fn)}`);
    console.log(`  wall about you, per email              ${score(wall.tp, wall.fp, wall.fn)}`);
    console.log(`  wall about you, per span               ${score(spans.tp, spans.fp, spans.fn)}`);
  }
}

corpus(path.resolve('../shared/corpus'));
// `--corpus`: the real mail only, for reading flags while working; the frozen sets are scored before
// and after a change, not at every step of it.
if (!process.argv.includes('--corpus')) frozen(path.resolve('test/eval/coaching'));
