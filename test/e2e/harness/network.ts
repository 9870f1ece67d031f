/** One request the browser made (or tried to make), from any page, frame or worker. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** "page" for documents and their subresources, "worker" for service-worker / background requests. */
  from: 'page' | 'worker' | 'unknown';
  /** True when the harness served it as a fixture page or fixture asset. */
  fixture: boolean;
  /** Milliseconds since the log was created. */
  at: number;
}

const LOCAL_SCHEMES = ['data:', 'blob:', 'about:', 'chrome-extension:', 'moz-extension:', 'chrome:', 'devtools:'];

/** True for requests that can leave the device (http, https, ws, ftp…), false for data:, blob:, extension files. */
export function isNetwork(url: string): boolean {
  return !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

/**
 * Every request seen while a browser runs. Tests call `mark()` before an action and
 * `since(mark)` afterwards to get what that action caused.
 */
export class NetworkLog {
  readonly requests: RecordedRequest[] = [];
  private readonly started = Date.now();
  private readonly seen = new WeakSet<object>();

  record(entry: Omit<RecordedRequest, 'at'>, identity?: object): void {
    // The same request may be reported by two hooks (request event and routing): keep one.
    if (identity) {
      if (this.seen.has(identity)) return;
      this.seen.add(identity);
    }
    this.requests.push({ ...entry, at: Date.now() - this.started });
  }

  /** A position in the log. */
  mark(): number {
    return this.requests.length;
  }

  /** Requests recorded after `mark`. */
  since(mark = 0): RecordedRequest[] {
    return this.requests.slice(mark);
  }

  /** Requests that could leave the device and are not fixture pages or fixture assets. */
  unexpected(mark = 0): RecordedRequest[] {
    return this.since(mark).filter((r) => isNetwork(r.url) && !r.fixture);
  }

  /** Requests that could leave the device, fixture or not. */
  network(mark = 0): RecordedRequest[] {
    return this.since(mark).filter((r) => isNetwork(r.url));
  }

  /** Short readable list for assertion messages. */
  static describe(requests: RecordedRequest[]): string[] {
    return requests.map((r) => `${r.method} ${r.url} (${r.resourceType}, from ${r.from})`);
  }
}
