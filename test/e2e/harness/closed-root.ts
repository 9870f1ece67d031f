import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';

/**
 * The extension's in-page UI lives in a closed shadow root: no script of the page can reach it,
 * and neither can the tests' own `evaluate`, which runs as the page does. The tests reach it the
 * way only a debugger can: Chromium's DevTools protocol describes a closed root's nodes (DOM with
 * `pierce`), and WebDriver BiDi serialises them (`includeShadowTree: "all"`). Nothing here is open
 * to a page.
 */

/** The one element that holds all of the extension's in-page UI. */
export const HOST_TAG = 'connection-first-ui';

type UiPage = ChromiumPage | FirefoxPage;

/**
 * Runs `fn(root, arg)` in the page, with `root` the extension's closed shadow root (null when the
 * page has no host). `fn` travels as source text, so it must be self-contained; its result must be
 * JSON.
 */
export function inExtensionUi<A, R>(page: UiPage, fn: (root: ShadowRoot | null, arg: A) => R, arg: A): Promise<R> {
  return 'context' in page ? viaDevTools(page, fn, arg) : viaBidi(page as FirefoxPage, fn, arg);
}

/**
 * The function as a declaration the protocols call with `this` bound to the root (or nothing) and
 * the argument as JSON text. esbuild may wrap inner functions in `__name(...)`, which the page
 * lacks, so a no-op one is supplied in the function's scope (never as a page global).
 */
const declaration = (fn: (...args: never) => unknown) =>
  `function (json) { const __name = (f) => f; const root = this instanceof ShadowRoot ? this : null; ` +
  `return JSON.stringify((${fn.toString()})(root, JSON.parse(json)) ?? null); }`;

async function viaDevTools<A, R>(page: ChromiumPage, fn: (root: ShadowRoot | null, arg: A) => R, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('${HOST_TAG}')`,
    });
    let target = host.objectId;
    if (target) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: target, depth: 0, pierce: true });
      const root = node.shadowRoots?.[0];
      if (root) target = (await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId })).object.objectId;
    }
    if (!target) {
      const { result: global } = await cdp.send('Runtime.evaluate', { expression: 'globalThis' });
      target = global.objectId!;
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: target,
      functionDeclaration: declaration(fn),
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the extension's UI: ${exceptionDetails.exception?.description}`);
    return JSON.parse(result.value as string) as R;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The BiDi realm of a page's main frame: puppeteer's own, not part of its public API. */
interface BidiRealm {
  evaluate(expression: string, awaitPromise: boolean, options: object): Promise<BidiResult>;
  callFunction(declaration: string, awaitPromise: boolean, options: object): Promise<BidiResult>;
}
/** script.EvaluateResult: a remote value, or the exception thrown. */
type BidiResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text?: string } };

function remoteValue(result: BidiResult): unknown {
  if (result.type === 'exception') throw new Error(`in the extension's UI: ${result.exceptionDetails.text}`);
  return result.result.value;
}

async function viaBidi<A, R>(page: FirefoxPage, fn: (root: ShadowRoot | null, arg: A) => R, arg: A): Promise<R> {
  const realm = (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;
  const host = await realm.evaluate(`document.querySelector('${HOST_TAG}')`, false, {
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const root = (remoteValue(host) as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
  const result = await realm.callFunction(declaration(fn), true, {
    this: root ? { sharedId: root } : { type: 'undefined' },
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    resultOwnership: 'none',
  });
  return JSON.parse(remoteValue(result) as string) as R;
}
