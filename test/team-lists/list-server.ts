import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';

/**
 * Team lists served over real HTTPS on 127.0.0.1 with a certificate made for the test run, and a
 * plain HTTP server beside it as the target of insecure redirects. Loopback only; every route is
 * bounded in bytes and time, and `close` ends every open connection.
 */

export type Route = (req: IncomingMessage, res: ServerResponse, server: ListServer) => void;

export interface ListServer {
  /** https://127.0.0.1:PORT */
  origin: string;
  /** http://127.0.0.1:PORT (the insecure one) */
  insecureOrigin: string;
  /** A fetch that trusts this run's certificate (and nothing else extra). */
  fetch: typeof fetch;
  /** Every request the HTTPS server received, in order. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  /** Requests the plain HTTP server received. */
  insecureRequests: string[];
  /** Body bytes written per path, for checking that a download was cut short. */
  bytesWritten: Map<string, number>;
  /** Resolves when the response for `path` is closed (finished or cut off by the client). */
  closed(path: string): Promise<void>;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

const MAX_REQUESTS = 500;

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

export async function startListServer(): Promise<ListServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cf-lists-'));
  const { key, cert } = (() => {
    try {
      return makeCertificate(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  const routes = new Map<string, Route>();
  const sockets = new Set<Socket>();
  const closedWaiters = new Map<string, () => void>();
  const closedPromises = new Map<string, Promise<void>>();
  const closed = (path: string) => {
    if (!closedPromises.has(path)) closedPromises.set(path, new Promise((resolve) => closedWaiters.set(path, resolve)));
    return closedPromises.get(path)!;
  };

  const secure = createHttpsServer({ key, cert }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    state.requests.push({ path, headers: req.headers });
    closed(path);
    res.on('close', () => closedWaiters.get(path)?.());
    const handler = routes.get(path);
    if (state.requests.length > MAX_REQUESTS || !handler) {
      res.writeHead(404, 'Not Found').end();
      return;
    }
    handler(req, res, state);
  });
  const insecure = createHttpServer((req, res) => {
    state.insecureRequests.push(req.url ?? '/');
    const body = JSON.stringify({
      name: 'insecure',
      version: '1',
      rules: [{ id: 'x', phrases: ['synergy'], message: 'm' }],
    });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  for (const server of [secure, insecure]) {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  const [securePort, insecurePort] = await Promise.all([listen(secure), listen(insecure)]);
  const agent = new Agent({ connect: { ca: cert } });
  const trustingFetch = ((input: string, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch;

  const state: ListServer = {
    origin: `https://127.0.0.1:${securePort}`,
    insecureOrigin: `http://127.0.0.1:${insecurePort}`,
    fetch: trustingFetch,
    requests: [],
    insecureRequests: [],
    bytesWritten: new Map(),
    closed,
    route: (path, handler) => void routes.set(path, handler),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([secure, insecure].map((s) => new Promise((resolve) => s.close(resolve))));
      await agent.close().catch(() => {});
    },
  };
  return state;
}

/**
 * Streams `total` bytes of a never-valid body in paced chunks, stopping as soon as the client goes
 * away, and records how much was written under `path`.
 */
export function paced(
  path: string,
  total: number,
  chunkBytes: number,
  everyMs: number,
  headers: Record<string, string | number> = {},
): Route {
  return (_req, res, server) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
    let written = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    res.on('close', () => clearTimeout(timer));
    const chunk = Buffer.alloc(chunkBytes, 0x20);
    const step = () => {
      if (res.destroyed || res.writableEnded) return;
      if (written >= total) return void res.end();
      const n = Math.min(chunkBytes, total - written);
      res.write(n === chunkBytes ? chunk : chunk.subarray(0, n));
      written += n;
      server.bytesWritten.set(path, written);
      timer = setTimeout(step, everyMs);
    };
    step();
  };
}
