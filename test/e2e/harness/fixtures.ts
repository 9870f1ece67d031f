import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, GENERATED_DIR } from './paths';

/** Fixture assets live under this path on whichever mail host serves the page. */
const ASSET_PREFIX = '/__fixtures__/';

/** Mail pages at their real addresses (the content script's match patterns apply as on the real sites). */
export const URLS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlookOffice: 'https://outlook.office.com/mail/',
  outlookLive: 'https://outlook.live.com/mail/0/',
  outlookOffice365: 'https://outlook.office365.com/mail/',
  outlookCloud: 'https://outlook.cloud.microsoft/mail/',
} as const;

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Page address without the fragment (the fragment never reaches the network). */
function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

function readFixture(name: string): FixtureResponse | undefined {
  if (name.includes('..') || path.isAbsolute(name)) return undefined;
  for (const dir of [FIXTURES_DIR, GENERATED_DIR]) {
    const file = path.join(dir, name);
    if (existsSync(file)) {
      return {
        status: 200,
        contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      };
    }
  }
  return undefined;
}

/**
 * Which fixture file answers which address. A test maps a real mail URL to a fixture page before
 * navigating; the page's assets are served from `https://<same host>/__fixtures__/<file>`.
 * Everything else is not a fixture: the routing layer aborts it and the network log flags it.
 */
export class FixtureServer {
  private readonly pages = new Map<string, string>();

  /** Serve `fixture` (a file in test/e2e/fixtures) at `url`. */
  page(url: string, fixture: string): void {
    if (!readFixture(fixture)) throw new Error(`no fixture file ${fixture} in ${FIXTURES_DIR}`);
    this.pages.set(pageKey(url), fixture);
  }

  /** The response for a request, or undefined when the address is not a fixture (abort it). */
  resolve(url: string): FixtureResponse | undefined {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (u.protocol !== 'https:') return undefined;
    const fixture = this.pages.get(pageKey(url));
    if (fixture) return readFixture(fixture);
    if (u.pathname.startsWith(ASSET_PREFIX) && this.servesHost(u.host)) {
      return readFixture(decodeURIComponent(u.pathname.slice(ASSET_PREFIX.length)));
    }
    return undefined;
  }

  /** True when the address is a fixture page or one of its assets. */
  isFixture(url: string): boolean {
    return this.resolve(url) !== undefined;
  }

  private servesHost(host: string): boolean {
    for (const key of this.pages.keys()) if (new URL(key).host === host) return true;
    return false;
  }
}
