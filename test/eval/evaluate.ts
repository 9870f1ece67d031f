/**
 * `npm run eval` — how well the built-in rules agree with hand-labelled emails.
 *
 * Each set in test/eval/sets/ is JSON lines: {"id", "genre", "text", "labels": [{"kind", "text"}]}.
 * A finding agrees with a label when it has the same kind and their spans overlap. Precision: the
 * share of findings that agree with a label; recall: the share of labels some finding agrees with.
 * The emails are samples written for this purpose, not the target: use the misses to find general
 * gaps, never to fit a rule to one email.
 *
 *   npm run eval                    every set
 *   npm run eval -- FILE.jsonl -v   one set, listing each miss
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeEmail } from '../../src/engine';
import type { FindingKind } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';

interface Labelled {
  id: string;
  text: string;
  labels: { kind: FindingKind; text: string }[];
}

interface Tally {
  labels: number;
  found: number;
  agreeingFindings: number;
  foundLabels: number;
}

const SETS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sets');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const files = args.filter((a) => a.endsWith('.jsonl'));
const sets = files.length
  ? files
  : readdirSync(SETS)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => path.join(SETS, f));
const rules = builtinRuleset();

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

for (const file of sets) {
  const emails = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
  const tallies = new Map<FindingKind, Tally>();
  const tally = (kind: FindingKind) => {
    let t = tallies.get(kind);
    if (!t) tallies.set(kind, (t = { labels: 0, found: 0, agreeingFindings: 0, foundLabels: 0 }));
    return t;
  };
  for (const email of emails) {
    const findings = analyzeEmail(email.text, rules);
    const labels = email.labels.map((l) => {
      const start = email.text.indexOf(l.text);
      if (start < 0) throw new Error(`${path.basename(file)} ${email.id}: label "${l.text}" is not in the text`);
      return { ...l, start, end: start + l.text.length };
    });
    for (const f of findings) {
      const t = tally(f.kind);
      t.found++;
      if (labels.some((l) => l.kind === f.kind && overlaps(l, f))) t.agreeingFindings++;
      else if (verbose) console.log(`  extra   ${email.id} ${f.ruleId}: ${JSON.stringify(f.text.slice(0, 100))}`);
    }
    for (const l of labels) {
      const t = tally(l.kind);
      t.labels++;
      if (findings.some((f) => f.kind === l.kind && overlaps(l, f))) t.foundLabels++;
      else if (verbose) console.log(`  missed  ${email.id} ${l.kind}: ${JSON.stringify(l.text.slice(0, 100))}`);
    }
  }
  console.log(`${path.basename(file)}: ${emails.length} emails`);
  console.log('  kind          labels  findings  precision  recall');
  for (const [kind, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `  ${kind.padEnd(12)}  ${String(t.labels).padStart(6)}  ${String(t.found).padStart(8)}  ${percent(t.agreeingFindings, t.found).padStart(9)}  ${percent(t.foundLabels, t.labels).padStart(6)}`,
    );
  }
}
