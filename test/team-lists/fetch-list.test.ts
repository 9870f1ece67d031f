import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTeamList, sourceNameFromUrl } from '../../src/team-lists/fetch-list';
import { paced, startListServer, type ListServer } from './list-server';

const pack = (rules: unknown[], name = 'sales-team'): string => JSON.stringify({ name, version: '3', rules });
const rule = (id: string, phrase: string, message = `Avoid "${phrase}".`) => ({ id, phrases: [phrase], message });
const TEAM = pack([rule('synergy', 'synergy'), rule('per-my-last-email', 'per my last email')]);

const HOSTILE = 'Say it plainly. <img src=x onerror="alert(1)"><script>alert(document.cookie)</script> &amp; done';

let server: ListServer;
const url = (path: string) => `${server.origin}${path}`;
const get = (path: string, validators = {}, options: Parameters<typeof fetchTeamList>[2] = {}) =>
  fetchTeamList(url(path), validators, { fetch: server.fetch, ...options });
const requestsTo = (path: string) => server.requests.filter((r) => r.path === path);

beforeAll(async () => {
  server = await startListServer();
  const json = { 'Content-Type': 'application/json' };

  server.route('/team.json', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { ETag: '"v1"' }).end();
    res.writeHead(200, { ...json, ETag: '"v1"' }).end(TEAM);
  });
  const modified = 'Wed, 01 Jan 2025 10:00:00 GMT';
  server.route('/dated.json', (req, res) => {
    if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
    res.writeHead(200, { ...json, 'Last-Modified': modified }).end(TEAM);
  });
  server.route('/plain.txt', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('# sales\nsynergy\nper my last email => as I mentioned\n');
  });
  const text =
    (body: string, type = 'text/plain') =>
    (_req: unknown, res: import('node:http').ServerResponse) =>
      void res.writeHead(200, { 'Content-Type': type }).end(body);
  // Answers with status 200 that are no list.
  server.route('/empty.txt', text(''));
  server.route('/comments-only.txt', text('# sales team: phrases coming soon\n\n   \n'));
  server.route('/no-rules.json', text(JSON.stringify({ name: 'sales', version: '4', rules: [] }), 'application/json'));
  server.route('/unavailable.txt', text('Service temporarily unavailable\n'));
  server.route('/gateway.txt', text('502 Bad Gateway'));
  server.route('/error-code.txt', text('Error 1020\r\nAccess denied\r\n'));
  server.route('/unavailable.json', text('Service Unavailable', 'application/json'));
  server.route('/portal.txt', text('\n  <!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>'));
  server.route('/bucket.txt', text('<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', 'application/xml'));
  // Near misses: short real lists.
  server.route('/one-phrase.txt', text('synergy\n'));
  server.route('/human-error.txt', text('human error'));
  server.route('/commented.txt', text('# support voice\ncurrently unavailable\n'));
  server.route('/replaced.txt', text('currently unavailable => back on Monday'));
  server.route('/one-line.json', text(pack([rule('not-found', 'not found')]), 'application/json'));
  server.route(
    '/cues-only.json',
    text(
      JSON.stringify({ name: 'acme', version: '1', cues: { 'pitch-first/sender-names': ['Acme'] } }),
      'application/json',
    ),
  );
  // Names kept for the built-in pack and the user's own.
  server.route('/reserved.json', text(pack([rule('synergy', 'synergy')], 'default'), 'application/json'));
  server.route('/personal.txt', text('touch base\n'));
  // A reason phrase that is not ours to show.
  server.route('/odd-reason.json', (_req, res) => void res.writeHead(503, 'All Fine <b>really</b>').end());
  server.route('/no-content.json', (_req, res) => void res.writeHead(204).end());
  server.route('/missing.json', (_req, res) => void res.writeHead(404, 'Not Found').end('nope'));
  server.route('/broken.json', (_req, res) => void res.writeHead(500, 'Internal Server Error').end('oops'));
  server.route('/private.json', (_req, res) => void res.writeHead(403, 'Forbidden').end());
  // Headers never come: the socket is held until the client gives up (or the server closes).
  server.route('/slow.json', () => {});
  // Headers at once, then a byte every 50 ms, bounded to 10 s.
  server.route('/trickle.json', paced('/trickle.json', 200, 1, 50));
  server.route('/declared-huge.json', (_req, res) => {
    res.writeHead(200, { ...json, 'Content-Length': 52_400_000 });
    res.write(Buffer.alloc(1024, 0x20));
  });
  // 50 MB, chunked (no Content-Length), 64 KB every 5 ms.
  server.route('/endless.json', paced('/endless.json', 50_000_000, 65_536, 5));
  server.route('/invalid.json', (_req, res) => {
    res.writeHead(200, json).end('{\n  "name": "sales",\n  "version" "1",\n  "rules": []\n}');
  });
  server.route('/schema.json', (_req, res) => {
    const rules = [
      rule('ok', 'synergy'),
      { id: 'Bad Id', phrases: ['circle back'], message: 'x' },
      { id: 'empty', phrases: [''], message: 'x' },
      { id: 'no-message', phrases: ['touch base'] },
      { id: 'detector', kind: 'buzzword', detector: 'passive-voice', message: 'x' },
      { id: 'regex', phrases: ['/synerg(y|ies)/'], message: 'x' },
    ];
    res.writeHead(200, json).end(JSON.stringify({ name: 'sales', version: '1', rules }));
  });
  const manyRules = (n: number) => pack(Array.from({ length: n }, (_, i) => rule(`r${i}`, `word${i}`, 'm')));
  const hundredThousand = manyRules(100_000);
  server.route('/100k-rules.json', (_req, res) => {
    res.writeHead(200, { ...json, 'Content-Length': Buffer.byteLength(hundredThousand) }).end(hundredThousand);
  });
  const tooMany = manyRules(2_500);
  server.route('/2500-rules.json', (_req, res) => void res.writeHead(200, json).end(tooMany));
  server.route('/long-phrase.json', (_req, res) => {
    res.writeHead(200, json).end(pack([rule('ok', 'synergy'), rule('long', 'a'.repeat(10_000), 'Too long.')]));
  });
  server.route('/html-message.json', (_req, res) => {
    res.writeHead(200, json).end(pack([rule('xss', 'synergy', HOSTILE)]));
  });
  server.route('/web-page', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Sign in</title>');
  });
  server.route(
    '/latin1.txt',
    (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9])),
  );
  server.route(
    '/to-http',
    (_req, res) => void res.writeHead(302, { Location: `${server.insecureOrigin}/team.json` }).end(),
  );
  server.route('/to-https', (_req, res) => void res.writeHead(301, { Location: `${server.origin}/team.json` }).end());
}, 30_000);

afterAll(async () => {
  await server?.close();
});

describe('fetchTeamList over real HTTPS', () => {
  it('downloads and parses a list, keeping its ETag; then a conditional request gets 304', async () => {
    const first = await get('/team.json');
    expect(first.kind).toBe('updated');
    if (first.kind !== 'updated') return;
    expect(first.pack.name).toBe('sales-team');
    expect(first.pack.rules).toHaveLength(2);
    expect(first.etag).toBe('"v1"');

    const second = await get('/team.json', { etag: first.etag });
    expect(second).toEqual({ kind: 'not-modified' });
    const sent = requestsTo('/team.json');
    expect(sent[0]!.headers['if-none-match']).toBeUndefined();
    expect(sent[1]!.headers['if-none-match']).toBe('"v1"');
    // No cookies or other credentials, ever.
    expect(sent[1]!.headers.cookie).toBeUndefined();
    expect(sent[1]!.headers.authorization).toBeUndefined();
  });

  it('uses Last-Modified / If-Modified-Since', async () => {
    const first = await get('/dated.json');
    expect(first).toMatchObject({ kind: 'updated', lastModified: 'Wed, 01 Jan 2025 10:00:00 GMT' });
    const second = await get('/dated.json', { lastModified: 'Wed, 01 Jan 2025 10:00:00 GMT' });
    expect(second).toEqual({ kind: 'not-modified' });
    expect(requestsTo('/dated.json')[1]!.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 10:00:00 GMT');
  });

  it('reads plain lists too', async () => {
    const outcome = await get('/plain.txt');
    expect(outcome.kind).toBe('updated');
    if (outcome.kind === 'updated')
      expect(outcome.pack.rules?.map((r) => r.id)).toEqual(['synergy', 'per-my-last-email']);
  });

  it('reports HTTP errors with their status, in our own words', async () => {
    expect(await get('/missing.json')).toEqual({
      kind: 'failed',
      error: 'The server answered 404 (not found). Check the address of the list.',
    });
    expect(await get('/broken.json')).toEqual({ kind: 'failed', error: 'The server answered 500 (server error).' });
    expect(await get('/private.json')).toEqual({
      kind: 'failed',
      error: 'The server answered 403 (access refused). The list must be readable without signing in.',
    });
    // The server's own reason phrase never shows, whatever it says.
    expect(await get('/odd-reason.json')).toEqual({ kind: 'failed', error: 'The server answered 503 (unavailable).' });
    expect(await get('/no-content.json')).toEqual({ kind: 'failed', error: 'The server answered 204 (no content).' });
  });

  it('refuses a 200 that carries no list: empty, only comments, no rules, or an error message', async () => {
    const failed = (error: string) => ({ kind: 'failed', error });
    expect(await get('/empty.txt')).toEqual(failed('The address returned an empty file, not a rule list.'));
    const noRules = failed(
      'The list holds no rules: an emptied file is taken for a failed update, not for a list to apply.',
    );
    expect(await get('/comments-only.txt')).toEqual(noRules);
    expect(await get('/no-rules.json')).toEqual(noRules);
    const errorText = failed('The address returned what reads as an error message from the server, not a rule list.');
    for (const path of ['/unavailable.txt', '/gateway.txt', '/error-code.txt', '/unavailable.json']) {
      expect(await get(path), path).toEqual(errorText);
    }
    const webPage = failed('The address returned a web page, not a rule list: use the address of the raw file.');
    expect(await get('/portal.txt')).toEqual(webPage);
    expect(await get('/bucket.txt')).toEqual(webPage);
  });

  it('still reads short real lists that share words with error pages', async () => {
    const phrases = async (path: string) => {
      const outcome = await get(path);
      return outcome.kind === 'updated' ? outcome.pack.rules?.map((r) => ('phrases' in r ? r.phrases : [])) : outcome;
    };
    expect(await phrases('/one-phrase.txt')).toEqual([['synergy']]);
    expect(await phrases('/human-error.txt')).toEqual([['human error']]);
    expect(await phrases('/commented.txt')).toEqual([['currently unavailable']]);
    expect(await phrases('/replaced.txt')).toEqual([['currently unavailable']]);
    expect(await phrases('/one-line.json')).toEqual([['not found']]);
    // A pack with no rules of its own that adds cue words is a real pack.
    expect(await get('/cues-only.json')).toMatchObject({ kind: 'updated', pack: { name: 'acme' } });
  });

  it('refuses a list named like the built-in pack or the personal pack', async () => {
    expect(await get('/reserved.json')).toEqual({
      kind: 'failed',
      error: 'reserved.json: name: "default" is reserved for the built-in rules; give your pack its own name',
    });
    // A plain list is named after its file.
    expect(await get('/personal.txt')).toEqual({
      kind: 'failed',
      error: 'personal.txt: name: "personal" is reserved for each user\'s own rules; give your pack its own name',
    });
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    expect(await get('/slow.json', {}, { timeoutMs: 300 })).toEqual({
      kind: 'failed',
      error: 'The server did not answer within 0.3 seconds.',
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up on a download that never finishes', async () => {
    const started = Date.now();
    expect(await get('/trickle.json', {}, { timeoutMs: 400 })).toEqual({
      kind: 'failed',
      error: 'The download did not finish within 0.4 seconds.',
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    await server.closed('/trickle.json');
    expect(server.bytesWritten.get('/trickle.json')).toBeLessThan(100);
  });

  it('refuses a list whose declared size is over the limit without reading it', async () => {
    expect(await get('/declared-huge.json')).toEqual({
      kind: 'failed',
      error: 'The list is 52.4 MB; the limit is 1 MB.',
    });
  });

  it('stops a 50 MB chunked download soon after the limit', async () => {
    const started = Date.now();
    expect(await get('/endless.json')).toEqual({
      kind: 'failed',
      error: 'The list is larger than the 1 MB limit; the download was stopped.',
    });
    await server.closed('/endless.json');
    // The server stops writing once the client hangs up: far short of 50 MB.
    expect(server.bytesWritten.get('/endless.json')).toBeLessThan(4_000_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('locates invalid JSON', async () => {
    expect(await get('/invalid.json')).toEqual({
      kind: 'failed',
      error: 'invalid.json: line 3, column 13: is not valid JSON (expected ":" but found "\\"")',
    });
  });

  it('lists the first schema errors with their locations and counts the rest', async () => {
    const outcome = await get('/schema.json');
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.error).toBe(
      'schema.json: rules[1].id: must be lower-case letters, digits and hyphens, starting with a letter or digit; ' +
        'schema.json: rules[2].phrases[0]: must be a non-empty string; ' +
        'schema.json: rules[3].message: must be a non-empty string (and 2 more)',
    );
  });

  it('names the size limit for 100,000 rules, and the rule limit for a list just over it', async () => {
    expect(await get('/100k-rules.json')).toMatchObject({
      kind: 'failed',
      error: expect.stringMatching(/^The list is [\d.]+ MB; the limit is 1 MB\.$/),
    });
    expect(await get('/2500-rules.json')).toEqual({
      kind: 'failed',
      error: '2500-rules.json: rules: has 2500 entries (at most 2000)',
    });
  });

  it('locates a 10,000-character phrase', async () => {
    expect(await get('/long-phrase.json')).toEqual({
      kind: 'failed',
      error: 'long-phrase.json: rules[1].phrases[0]: is 10000 characters long (at most 100)',
    });
  });

  it('keeps HTML and script in messages as plain text, unchanged', async () => {
    const outcome = await get('/html-message.json');
    expect(outcome.kind).toBe('updated');
    if (outcome.kind === 'updated') expect(outcome.pack.rules![0]).toMatchObject({ message: HOSTILE });
  });

  it('refuses a web page or text that is not UTF-8', async () => {
    expect(await get('/web-page')).toEqual({
      kind: 'failed',
      error: 'The address returned a web page, not a rule list: use the address of the raw file.',
    });
    expect(await get('/latin1.txt')).toEqual({ kind: 'failed', error: 'The list is not UTF-8 text.' });
  });

  it('refuses a redirect to plain http', async () => {
    expect(await get('/to-http')).toEqual({
      kind: 'failed',
      error: 'The address redirected to an insecure http:// address; only https is allowed.',
    });
  });

  it('follows a redirect to another https address', async () => {
    expect(await get('/to-https')).toMatchObject({ kind: 'updated', etag: '"v1"', pack: { name: 'sales-team' } });
  });

  it('refuses anything but https before any request', async () => {
    const before = server.insecureRequests.length;
    expect(await fetchTeamList(`${server.insecureOrigin}/team.json`, {}, { fetch: server.fetch })).toEqual({
      kind: 'failed',
      error: 'Only https:// addresses are allowed; "http:" is not.',
    });
    expect(await fetchTeamList('ftp://example.invalid/list.txt', {}, { fetch: server.fetch })).toMatchObject({
      kind: 'failed',
    });
    expect(await fetchTeamList('not a url', {}, { fetch: server.fetch })).toMatchObject({
      kind: 'failed',
      error: expect.stringContaining('is not a web address'),
    });
    expect(server.insecureRequests.length).toBe(before);
  });

  it('marks a connection failure as a network failure', async () => {
    // A port that was just free: nothing listens there.
    const { createServer } = await import('node:net');
    const probe = createServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)),
    );
    await new Promise((resolve) => probe.close(resolve));
    const outcome = await fetchTeamList(`https://127.0.0.1:${port}/team.json`, {}, { fetch: server.fetch });
    expect(outcome).toMatchObject({
      kind: 'failed',
      network: true,
      error: expect.stringMatching(/^Could not reach 127\.0\.0\.1:\d+/),
    });
  });
});

describe('sourceNameFromUrl', () => {
  it('names errors after the file, else the host', () => {
    expect(sourceNameFromUrl('https://example.com/lists/sales%20team.json?x=1')).toBe('sales team.json');
    expect(sourceNameFromUrl('https://lists.example.com/')).toBe('lists.example.com');
  });
});
