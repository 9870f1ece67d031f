import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

/** Every supported site; adding a site means adding its file and listing it here. */
export const SITES: SiteAdapter[] = [gmail, outlook];

export function siteFor(hostname: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(hostname));
}

/** Compose bodies of this site currently in the document, outermost only. */
export function findEditors(site: SiteAdapter, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(site.editorSelector)].filter(
    (el) => (site.isEditor?.(el) ?? true) && !el.parentElement?.closest(site.editorSelector),
  );
}

/**
 * The "not the writer's words" test for one editor. The history marker is looked up once per
 * extraction (call `reset` when the editor changes), not once per element.
 */
export function exclusionFor(site: SiteAdapter, editor: HTMLElement) {
  let start: Element | null | undefined;
  return {
    isExcluded(element: Element): boolean {
      if (element.matches(site.excludedSelector)) return true;
      start ??= site.historyStart?.(editor) ?? null;
      return !!start && (start === element || !!(start.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING));
    },
    reset() {
      start = undefined;
    },
  };
}

/** Match patterns for the manifest, one per host. */
export const MAIL_MATCHES = SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));

export type { SiteAdapter } from './types';
