import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cli, FIX, ROOT, TIMEOUT } from './run-cli';

const MD = `${FIX}/renewal-template.md`;
const EML = `${FIX}/invoice-reply.eml`;
const CLEAN = `${FIX}/clean-reply.txt`;

/** The official SARIF 2.1.0 schema (draft-04), as Microsoft's SARIF test matchers ship it. */
function sarifValidator() {
  const path = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema's language-tag pattern is valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

describe('reports for code scanning and CI', () => {
  it('SARIF 2.1.0: valid against the official schema, with rules, help text and regions', {
    timeout: TIMEOUT,
  }, async () => {
    const { code, stdout, stderr } = await cli(['--format', 'sarif', MD, EML, CLEAN]);
    expect([code, stderr]).toEqual([1, '']);
    const sarif = JSON.parse(stdout);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('connection-first');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'default/circle-back',
      'default/sorry-for-any-inconvenience',
    ]);
    expect(run.tool.driver.rules[0]).toMatchObject({
      name: 'Buzzword',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['buzzword'] },
    });
    expect(run.tool.driver.rules[0].help.text).toMatch(/^Words every vendor uses.*"Circle back"/);
    expect(
      run.results.map((r: { ruleIndex: number; locations: { physicalLocation: unknown }[] }) => [
        r.ruleIndex,
        r.locations[0]!.physicalLocation,
      ]),
    ).toEqual([
      [
        0,
        {
          artifactLocation: { uri: 'test/fixtures/cli/renewal-template.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 11, startColumn: 10, endLine: 11, endColumn: 21, snippet: { text: 'circle back' } },
        },
      ],
      [
        1,
        {
          artifactLocation: { uri: 'test/fixtures/cli/invoice-reply.eml', uriBaseId: '%SRCROOT%' },
          region: {
            startLine: 28,
            startColumn: 46,
            endLine: 29,
            endColumn: 11,
            snippet: { text: 'We’re sorry for any inconvenience' },
          },
        },
      ],
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    // The check can fail: a result without a message is not SARIF.
    delete run.results[0].message;
    expect(validate(sarif)).toBe(false);
  });

  it('SARIF with no findings is still a valid, complete log', { timeout: TIMEOUT }, async () => {
    const { code, stdout } = await cli(['--format', 'sarif', CLEAN]);
    const sarif = JSON.parse(stdout);
    expect(sarifValidator()(sarif)).toBe(true);
    expect([code, sarif.runs[0].results, sarif.runs[0].tool.driver.rules]).toEqual([0, [], []]);
  });

  it('GitHub annotations: one workflow command per finding, properties and data escaped', {
    timeout: TIMEOUT,
  }, async () => {
    const { code, stdout } = await cli(['--format', 'github', MD, EML]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::warning file=test\/fixtures\/cli\/renewal-template\.md,line=11,endLine=11,col=10,endColumn=21,title=Buzzword \(default\/circle-back\)::"Circle back" .+ Try: follow up$/,
    );
    // Across two lines: no columns, as GitHub ignores them there.
    expect(lines[1]).toMatch(
      /^::warning file=test\/fixtures\/cli\/invoice-reply\.eml,line=28,endLine=29,title=Non-apology \(default\/sorry-for-any-inconvenience\)::/,
    );
    expect(code).toBe(1);
  });

  it('checkstyle: well-formed XML, a <file> per file and an <error> per finding', { timeout: TIMEOUT }, async () => {
    const { stdout } = await cli(['--format', 'checkstyle', MD, CLEAN]);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
      stdout,
      'text/xml',
    );
    expect(errors).toEqual([]);
    const files = Array.from(doc.getElementsByTagName('file'), (f) => f.getAttribute('name'));
    expect(files).toEqual([MD, CLEAN]);
    const [error] = Array.from(doc.getElementsByTagName('error'));
    expect(['line', 'column', 'severity', 'source'].map((a) => error!.getAttribute(a))).toEqual([
      '11',
      '10',
      'warning',
      'connection-first.buzzword.default/circle-back',
    ]);
    expect(error!.getAttribute('message')).toMatch(/^"Circle back" .+ Try: follow up$/);
  });
});
