/**
 * `npm run corpus` — how often the built-in rules flag real mail written by other people
 * (`../shared/corpus/*.jsonl`: business, sales and support mail), per file and kind. Use it to
 * hunt false positives: read every flag on business and support mail.
 *
 *   npm run corpus                          the table
 *   npm run corpus -- -v                    every flag, with its mail's id
 *   npm run corpus -- --dump FILE.json      every finding of every mail, to diff before and after a change
 *   npm run corpus -- DIR                   another folder of .jsonl files ({"id", "body"} per line)
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeEmail, type Finding, KINDS } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { readJsonLines } from './json-lines';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const dumpAt = args.indexOf('--dump');
const dumpFile = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('-') && i !== dumpAt + 1) ?? path.resolve('../shared/corpus');
const rules = builtinRuleset();
const dump: Record<string, Finding[]> = {};

// Every column one wider than the longest kind's name, so neighbouring names never run together.
const WIDTH = Math.max(...KINDS.map((k) => k.length)) + 1;
console.log(`file          mails  flagged  ${KINDS.map((k) => k.padStart(WIDTH)).join('')}`);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
  const mails = readJsonLines<{ id: string; body: string }>(path.join(dir, file));
  const counts = new Map(KINDS.map((k) => [k, 0]));
  let flagged = 0;
  for (const mail of mails) {
    const findings = analyzeEmail(mail.body, rules);
    dump[`${file}/${mail.id}`] = findings;
    if (findings.length) flagged++;
    for (const f of findings) {
      counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
      if (verbose) console.log(`  ${mail.id}  ${f.ruleId}: ${JSON.stringify(f.text.slice(0, 100))}`);
    }
  }
  const row = KINDS.map((k) => String(counts.get(k)).padStart(WIDTH)).join('');
  console.log(
    `${file.replace(/\.jsonl$/, '').padEnd(12)}  ${String(mails.length).padStart(5)}  ${String(flagged).padStart(7)}  ${row}`,
  );
}
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(dump, null, 1));
