import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  makeDocx,
  makeOdt,
  tAnnotated,
  tH,
  tP,
  tTable,
  tTrackedChanges,
  tDeletion,
  wComment,
  wCommented,
  wDel,
  wP,
  wRuns,
  wR,
  wTable,
} from './fixtures';
import { cli, FIX, ROOT, TIMEOUT, tempDir } from './run-cli';

type Location =
  | { line: number; column: number; endLine: number; endColumn: number }
  | { block: string; excerpt: string };
type Entry = { file: string; findings: { ruleId: string; text: string; location: Location }[] };

/** Each file's findings as rule, text and place: what a reader of the report acts on. */
async function findingsOf(args: string[], input?: string) {
  const { stdout, stderr } = await cli(['--format', 'json', ...args], { input });
  expect(stderr).toBe('');
  return (JSON.parse(stdout) as Entry[]).map(({ file, findings }) => ({
    file,
    findings: findings.map(({ ruleId, text, location }) => ({ ruleId, text, location })),
  }));
}

const at = (line: number, column: number, endLine: number, endColumn: number) => ({
  line,
  column,
  endLine,
  endColumn,
});

/** The text a line and column range covers in `file`, to show the places are the file's own. */
function covered(file: string, { line, column, endLine, endColumn }: ReturnType<typeof at>): string {
  const lines = readFileSync(join(ROOT, file), 'utf8').split(/\r?\n/);
  if (line === endLine) return lines[line - 1]!.slice(column - 1, endColumn - 1);
  return [
    lines[line - 1]!.slice(column - 1),
    ...lines.slice(line, endLine - 1),
    lines[endLine - 1]!.slice(0, endColumn - 1),
  ].join('\n');
}

const MD = `${FIX}/renewal-template.md`;
const HTML = `${FIX}/welcome-template.html`;
const EML = `${FIX}/invoice-reply.eml`;

describe('Markdown, HTML and saved email: prose only, placed in the file', () => {
  it('Markdown: front matter, code, link targets, HTML comments and quotations are not checked', {
    timeout: TIMEOUT,
  }, async () => {
    // Every one of those holds jargon ("leverage", "synergy", "circle back"); only the prose's is found.
    expect(await findingsOf([MD])).toEqual([
      {
        file: MD,
        findings: [{ ruleId: 'default/circle-back', text: 'circle back', location: at(11, 10, 11, 21) }],
      },
    ]);
    expect(covered(MD, at(11, 10, 11, 21))).toBe('circle back');
  });

  it('HTML: entities decoded, tags, scripts, styles, attributes and the signature left out', {
    timeout: TIMEOUT,
  }, async () => {
    const place = at(9, 69, 9, 82);
    expect(await findingsOf([HTML])).toEqual([
      { file: HTML, findings: [{ ruleId: 'default/best-in-class', text: 'best-in-class', location: place }] },
    ]);
    // The column counts the raw "&mdash;" and "&#8217;" before it, as an editor shows the line.
    expect(covered(HTML, place)).toBe('best-in-class');
  });

  it('.eml: the HTML part through quoted-printable, placed on the encoded lines; the quoted reply is not checked', {
    timeout: TIMEOUT,
  }, async () => {
    // "We’re" is written We=E2=80=99re and "inconvenience" is split by a soft line break.
    const place = at(28, 46, 29, 11);
    expect(await findingsOf([EML])).toEqual([
      {
        file: EML,
        findings: [
          { ruleId: 'default/sorry-for-any-inconvenience', text: 'We’re sorry for any inconvenience', location: place },
        ],
      },
    ]);
    expect(covered(EML, place)).toBe('We=E2=80=99re sorry for any inc=\nonvenience');
  });

  it('piped input is read by the name --stdin-filename gives it, or by its content', { timeout: TIMEOUT }, async () => {
    const markdown = readFileSync(join(ROOT, MD), 'utf8');
    expect(await findingsOf(['--stdin-filename', 'templates/renewal.md'], markdown)).toEqual([
      {
        file: 'templates/renewal.md',
        findings: [{ ruleId: 'default/circle-back', text: 'circle back', location: at(11, 10, 11, 21) }],
      },
    ]);
    // Headers first: a saved email, even unnamed.
    const [piped] = await findingsOf(['-'], readFileSync(join(ROOT, EML), 'utf8'));
    expect(piped!.findings.map((f) => [f.ruleId, f.location])).toEqual([
      ['default/sorry-for-any-inconvenience', at(28, 46, 29, 11)],
    ]);
  });

  it('a file that is no text or document is refused by name, and the others are still checked', {
    timeout: TIMEOUT,
  }, async () => {
    const { code, stdout, stderr } = await cli(['--stdin-filename', 'scan.pdf', '-', `${FIX}/clean-reply.txt`], {
      input: '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj',
    });
    expect(stderr).toBe('scan.pdf: cannot read: is a PDF; save it as .docx or text to check it\n');
    expect(stdout).toContain('No findings in 2 files');
    expect(code).toBe(2);
  });
});

/** A short proposal, the same in both word-processor formats: a heading, two paragraphs, a table. */
const PROPOSAL = {
  heading: 'Proposal for Harbour Foods',
  intro: 'Thanks for walking us through the spring menu launch and the supplier delays.',
  plan: 'We will leverage our platform to cut your reorder time in half.',
  cell: 'Week 2: a best-in-class kickoff with your buyers',
};
const PROPOSAL_FINDINGS = [
  {
    ruleId: 'default/leverage',
    text: 'leverage',
    location: { block: 'paragraph 3', excerpt: 'We will leverage our platform to cut your…' },
  },
  {
    ruleId: 'default/best-in-class',
    text: 'best-in-class',
    location: { block: 'table 1, row 2, cell 1', excerpt: 'Week 2: a best-in-class kickoff with your buyers' },
  },
];

describe('Word and OpenDocument proposals: blocks, without comments or tracked deletions', () => {
  it('.docx (built here with JSZip): findings placed by paragraph and table cell', { timeout: TIMEOUT }, async () => {
    const docx = join(tempDir(), 'proposal.docx');
    const body = [
      wP(PROPOSAL.heading, { style: 'Heading1' }),
      wRuns(wR(PROPOSAL.intro), wDel(1, ' We synergize with every client.')),
      wRuns(wCommented(2, PROPOSAL.plan)),
      wTable([[wP('When and what')], [wP(PROPOSAL.cell)]]),
    ].join('');
    writeFileSync(docx, await makeDocx({ body, comments: wComment(2, 'Can we circle back on this wording?') }));
    expect(await findingsOf([docx])).toEqual([{ file: docx, findings: PROPOSAL_FINDINGS }]);
  });

  it('.odt (built here with JSZip): the same proposal, the same places', { timeout: TIMEOUT }, async () => {
    const odt = join(tempDir(), 'proposal.odt');
    const deletion = tDeletion('d1', 'We synergize with every client.');
    const body = [
      tTrackedChanges(deletion.region),
      tH(PROPOSAL.heading),
      tP(`${PROPOSAL.intro}${deletion.mark}`),
      tP(tAnnotated('c1', PROPOSAL.plan, 'Can we circle back on this wording?')),
      tTable([[tP('When and what')], [tP(PROPOSAL.cell)]]),
    ].join('');
    writeFileSync(odt, await makeOdt(body));
    expect(await findingsOf([odt])).toEqual([{ file: odt, findings: PROPOSAL_FINDINGS }]);
  });

  it('a proposal is not judged as an email: no length or question hints, and a broken file is named', {
    timeout: TIMEOUT,
  }, async () => {
    const long = join(tempDir(), 'long.docx');
    const paragraph = 'The rollout covers the warehouse, the stores and the delivery vans in one plan.';
    writeFileSync(long, await makeDocx({ body: Array.from({ length: 40 }, () => wP(paragraph)).join('') }));
    const broken = join(tempDir(), 'broken.docx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const { code, stdout, stderr } = await cli(['--format', 'json', long, broken]);
    expect(stderr).toBe(`${broken}: cannot read: not a Word document (.docx): not a readable zip archive\n`);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ file: long, findings: [] })]);
    expect(code).toBe(2);
  });
});

describe('hostile markup: bounded, told, nothing lost', () => {
  it('Markdown too large or nested too deep to parse is read as plain text, with a note', {
    timeout: TIMEOUT,
  }, async () => {
    const dir = tempDir();
    const big = join(dir, 'big.md');
    writeFileSync(big, `${'Filler line for the archive.\n'.repeat(40_000)}We can circle back on it.\n`);
    const deep = join(dir, 'deep.md');
    writeFileSync(
      deep,
      `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('')}\nLet us circle back.\n`,
    );
    const { code, stdout, stderr } = await cli(['--format', 'json', big, deep]);
    expect(stderr).toBe(
      `${big}: read as plain text: Markdown over 1 million characters is not parsed\n` +
        `${deep}: read as plain text: Markdown nested past 256 characters of indentation or quote marks is not parsed\n`,
    );
    const places = (JSON.parse(stdout) as Entry[]).map((e) => e.findings.map((f) => [f.ruleId, f.location]));
    expect(places).toEqual([
      [['default/circle-back', at(40_001, 8, 40_001, 19)]],
      [['default/circle-back', at(302, 8, 302, 19)]],
    ]);
    expect(code).toBe(1);
  });

  it('Markdown with a paragraph too long or too full of inline marks is read as plain text, with a note', {
    timeout: TIMEOUT,
  }, async () => {
    // micromark takes minutes on such paragraphs (95 kB of "a] " took 14 s, 840 kB of short lines 15 s).
    const dir = tempDir();
    const long = join(dir, 'long.md');
    writeFileSync(long, `${'Filler line for the archive.\n'.repeat(4_000)}We can circle back on it.\n`);
    const marked = join(dir, 'marked.md');
    writeFileSync(marked, `${'a] '.repeat(2_001)}\n\nWe can circle back on it.\n`);
    const many = join(dir, 'many.md');
    writeFileSync(many, `${`${'*a* '.repeat(1_000)}\n\n`.repeat(11)}We can circle back on it.\n`);
    const { code, stdout, stderr } = await cli(['--format', 'json', long, marked, many]);
    expect(stderr).toBe(
      `${long}: read as plain text: Markdown with a paragraph over 100,000 characters is not parsed\n` +
        `${marked}: read as plain text: Markdown with over 2,000 marks of emphasis, links or code in one paragraph is not parsed\n` +
        `${many}: read as plain text: Markdown with over 20,000 marks of emphasis, links or code is not parsed\n`,
    );
    // The marks themselves make a long sentence of no words; the sentence after them is placed as written.
    const places = (JSON.parse(stdout) as Entry[]).map((e) =>
      e.findings.filter((f) => f.ruleId === 'default/circle-back').map((f) => [f.ruleId, f.location]),
    );
    expect(places).toEqual([
      [['default/circle-back', at(4_001, 8, 4_001, 19)]],
      [['default/circle-back', at(3, 8, 3, 19)]],
      [['default/circle-back', at(23, 8, 23, 19)]],
    ]);
    expect(code).toBe(1);
  });

  it('HTML nested past 1,000 levels is refused by name; the other files are still checked', {
    timeout: TIMEOUT,
  }, async () => {
    const deep = join(tempDir(), 'deep.html');
    writeFileSync(deep, `${'<div>'.repeat(2000)}synergy${'</div>'.repeat(2000)}`);
    const { code, stdout, stderr } = await cli([deep, HTML]);
    expect(stderr).toBe(`${deep}: cannot read: HTML nested more than 1000 levels deep: too deep to check\n`);
    expect(stdout).toMatch(/welcome-template\.html:9:69 {2}buzzword/);
    expect(code).toBe(2);
  });
});
