import { generic } from './generic';
import { gmail } from './gmail';
import { type SiteOrigin, siteCovering, siteLabel } from './origins';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

/** Every supported site; adding a site means adding its file and listing it here. */
export const SITES: SiteAdapter[] = [gmail, outlook];

export function siteFor(hostname: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(hostname));
}

/** The site a page belongs to, as the checker serves it. */
export interface PageSite {
  adapter: SiteAdapter;
  /** Its key in the per-site switches: a mail site's id, or the enabled site's origin. */
  key: string;
  /** Its name for the user: "Gmail", or the host ("app.hubspot.com", "*.zendesk.com"). */
  label: string;
}

/**
 * The site of a page: a mail site by its host, else the enabled site (`enabled`, see
 * origins.ts) that covers the page's origin, served by the generic adapter. Undefined when
 * checking is not on for the page.
 */
export function pageSite(
  page: { hostname: string; origin: string },
  enabled: readonly SiteOrigin[],
): PageSite | undefined {
  const mail = siteFor(page.hostname);
  if (mail) return { adapter: mail, key: mail.id, label: mail.label };
  const origin = siteCovering(enabled, page.origin);
  return origin ? { adapter: generic, key: origin, label: siteLabel(origin) } : undefined;
}

/** Editing hosts as HTML spells them: `contenteditable`, `=""`, `="true"` (any case), `="plaintext-only"`. */
function isEditingHost(el: HTMLElement): boolean {
  const value = el.getAttribute('contenteditable')?.toLowerCase();
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/** A textarea the user can type in (a disabled or read-only one shows text, it takes none). */
const isWritable = (el: HTMLElement) => el instanceof HTMLTextAreaElement && !el.disabled && !el.readOnly;

/** Compose bodies of this site currently in the document, outermost only. */
export function findEditors(site: SiteAdapter, root: ParentNode = document): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(site.editorSelector)].filter(
    (el) => (isEditingHost(el) || isWritable(el)) && (site.isEditor?.(el) ?? true),
  );
  if (found.length < 2) return found;
  const all = new Set(found);
  const nested = (el: HTMLElement) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (all.has(up)) return true;
    return false;
  };
  return found.filter((el) => !nested(el));
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
      return (
        !!start && (start === element || !!(start.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))
      );
    },
    reset() {
      start = undefined;
    },
  };
}

/** Match patterns for the manifest, one per host. */
export const MAIL_MATCHES = SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));

export type { SiteAdapter } from './types';
