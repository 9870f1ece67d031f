import { reservedNameError } from '../rules';
import { LIMITS } from '../rules/limits';
import { parsePack } from '../rules/parse';
import type { RulePack } from '../rules/types';
import { isMarkup, looksLikeErrorText } from './error-page';

/**
 * Downloading one team list. This is the only network use of the extension: a list the user or the
 * administrator subscribed to, over https, without cookies, within a size and time limit.
 */

export type FetchOutcome =
  | { kind: 'updated'; pack: RulePack; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  /** `network`: the request never got an answer (offline, refused, blocked, missing host permission). */
  | { kind: 'failed'; error: string; network?: boolean };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchListOptions {
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** For the whole exchange, body included (default 30 s). */
  timeoutMs?: number;
  /** Largest body accepted (default LIMITS.packBytes). */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** How many located errors a failed list's message names before "(and N more)". */
const ERRORS_SHOWN = 3;

/**
 * Each status in our own words: a server's reason phrase can say anything, at any length, in any
 * language, so it is never shown.
 */
const STATUS_WORDS: Record<number, string> = {
  204: 'no content',
  400: 'bad request',
  401: 'sign-in required',
  403: 'access refused',
  404: 'not found',
  408: 'timed out',
  410: 'gone',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'unavailable',
  504: 'gateway timed out',
};

function statusWord(status: number): string {
  if (STATUS_WORDS[status]) return STATUS_WORDS[status];
  if (status >= 500) return 'server error';
  if (status >= 400) return 'request refused';
  if (status >= 300) return 'a redirect that was not followed';
  return 'no list';
}

/** Answers with status 200 that are no list, in words for whoever maintains it. */
const NOT_A_LIST = {
  webPage: 'The address returned a web page, not a rule list: use the address of the raw file.',
  empty: 'The address returned an empty file, not a rule list.',
  errorText: 'The address returned what reads as an error message from the server, not a rule list.',
  noRules: 'The list holds no rules: an emptied file is taken for a failed update, not for a list to apply.',
} as const;

class Timeout extends Error {}

/** The https address as the user wrote it, checked; throws an Error whose message is for the user. */
export function parseListUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`"${raw.trim()}" is not a web address; paste the full https:// address of the list.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`Only https:// addresses are allowed; "${url.protocol}" is not.`);
  }
  if (url.username || url.password) {
    throw new Error(
      'The address must not contain a user name or password; the list must be readable without signing in.',
    );
  }
  return url;
}

/** The name errors are reported under: the file name of the address, else its host. */
export function sourceNameFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop();
    if (last) {
      try {
        return decodeURIComponent(last);
      } catch {
        return last;
      }
    }
    return u.hostname;
  } catch {
    return url;
  }
}

const megabytes = (n: number) => `${(n / 1e6).toFixed(1).replace(/\.0$/, '')} MB`;

function sizeMessage(bytes: number, limit: number): string {
  if (megabytes(bytes) === megabytes(limit)) {
    return `The list is ${bytes.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')} bytes.`;
  }
  return `The list is ${megabytes(bytes)}; the limit is ${megabytes(limit)}.`;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} second${ms === 1000 ? '' : 's'}`;

function statusMessage(status: number): string {
  const base = `The server answered ${status} (${statusWord(status)}).`;
  if (status === 401 || status === 403) return `${base} The list must be readable without signing in.`;
  if (status === 404 || status === 410) return `${base} Check the address of the list.`;
  return base;
}

function networkMessage(url: URL, error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : '';
  const why = detail ? ` (${clip(detail, DETAIL_CHARS)})` : '';
  return `Could not reach ${url.host}${why}. Check the address and the connection.`;
}

/** A library's own words inside ours (a network cause, a stream error) are kept to this many characters. */
const DETAIL_CHARS = 100;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function summarise(errors: string[]): string {
  const shown = errors.slice(0, ERRORS_SHOWN).join('; ');
  const more = errors.length - ERRORS_SHOWN;
  return more > 0 ? `${shown} (and ${more} more)` : shown;
}

/** Reads at most `maxBytes` of the body, giving up (and cancelling the download) past it. */
async function readLimited(
  response: Response,
  maxBytes: number,
  deadline: Promise<never>,
): Promise<Uint8Array | string> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return `The list is larger than the ${megabytes(maxBytes)} limit; the download was stopped.`;
      }
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** As parsePack decides it (the decoder has already dropped a byte-order mark). */
const looksJson = (text: string) => /^\s*[[{]/.test(text);

/** A pack that would change nothing: what an emptied file or an error body parses to. */
const isEmptyPack = (pack: RulePack) =>
  !pack.rules?.length &&
  !pack.disable?.length &&
  Object.keys(pack.overrides ?? {}).length === 0 &&
  Object.values(pack.cues ?? {}).every((words) => words.length === 0);

/**
 * A downloaded body read as a list, or why it is not one. Everything refused here is a failed
 * update, so the last good copy stays: a web page, an empty body, a server's error message, a
 * pack with nothing in it, a pack that breaks the rules, or one named like the built-in or the
 * personal pack (it would stand in for them).
 */
function readList(text: string, contentType: string, source: string): { pack: RulePack } | { error: string } {
  if (isMarkup(text, contentType)) return { error: NOT_A_LIST.webPage };
  if (text.trim() === '') return { error: NOT_A_LIST.empty };
  if (!looksJson(text) && looksLikeErrorText(text)) return { error: NOT_A_LIST.errorText };
  const result = parsePack(text, source);
  if (!result.pack) return { error: summarise(result.errors) };
  const reserved = reservedNameError(result.pack.name, source);
  if (reserved) return { error: reserved };
  if (isEmptyPack(result.pack)) return { error: NOT_A_LIST.noRules };
  return { pack: result.pack };
}

/**
 * Fetches a team list with a conditional request and parses it. Never throws: every problem is a
 * `failed` outcome whose error is a short sentence for the person who maintains the list.
 */
export async function fetchTeamList(
  url: string,
  validators: Validators,
  options: FetchListOptions = {},
): Promise<FetchOutcome> {
  let address: URL;
  try {
    address = parseListUrl(url);
  } catch (error) {
    return { kind: 'failed', error: (error as Error).message };
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? LIMITS.packBytes;

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Timeout());
      controller.abort();
    }, timeoutMs);
  });
  deadline.catch(() => {});

  const headers: Record<string, string> = { Accept: 'application/json, text/plain;q=0.9, */*;q=0.1' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;

  let response: Response;
  try {
    try {
      response = await Promise.race([
        doFetch(address.href, {
          method: 'GET',
          headers,
          // We send our own validators; the browser's cache must neither answer nor store for us.
          cache: 'no-store',
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          // Followed, then the final address is checked: manual redirects are opaque in browsers.
          redirect: 'follow',
          signal: controller.signal,
        }),
        deadline,
      ]);
    } catch (error) {
      if (timedOut) return { kind: 'failed', error: `The server did not answer within ${seconds(timeoutMs)}.` };
      return { kind: 'failed', error: networkMessage(address, error), network: true };
    }

    const cancel = () => void response.body?.cancel().catch(() => {});
    const finalUrl = response.url ? new URL(response.url) : address;
    if (finalUrl.protocol !== 'https:') {
      cancel();
      return {
        kind: 'failed',
        error: `The address redirected to an insecure ${finalUrl.protocol}// address; only https is allowed.`,
      };
    }
    if (response.status === 304) {
      cancel();
      return { kind: 'not-modified' };
    }
    if (response.status !== 200) {
      cancel();
      return { kind: 'failed', error: statusMessage(response.status) };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      cancel();
      return { kind: 'failed', error: sizeMessage(declared, maxBytes) };
    }

    let body: Uint8Array | string;
    try {
      body = await readLimited(response, maxBytes, deadline);
    } catch (error) {
      if (timedOut) return { kind: 'failed', error: `The download did not finish within ${seconds(timeoutMs)}.` };
      const reason = clip((error as Error).message || 'connection lost', DETAIL_CHARS);
      return { kind: 'failed', error: `The download broke off: ${reason}.` };
    }
    if (typeof body === 'string') return { kind: 'failed', error: body };

    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return { kind: 'failed', error: 'The list is not UTF-8 text.' };
    }
    const read = readList(text, response.headers.get('content-type') ?? '', sourceNameFromUrl(finalUrl.href));
    if ('error' in read) return { kind: 'failed', error: read.error };
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      kind: 'updated',
      pack: read.pack,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}
