/**
 * Sites a user or an administrator turned checking on for, beyond the built-in mail sites. A site is
 * an HTTPS origin ("https://app.hubspot.com"), or, from a policy, every subdomain of a domain
 * ("https://*.zendesk.com", as each customer of a help desk has its own). Each becomes one match
 * pattern, which is both the host permission asked for and where the loader is registered.
 */

/** An enabled site in its normal form: `https://host[:port]` or `https://*.domain`. */
export type SiteOrigin = string;

const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

/**
 * The normal form of what a user or a policy wrote ("https://app.example.com/inbox",
 * "https://*.zendesk.com"), or what is wrong with it. Only HTTPS: a page sent in the clear is no
 * place to grant reading rights to, and the mail sites are HTTPS too.
 */
export function parseSiteOrigin(raw: string): { origin?: SiteOrigin; error?: string } {
  const text = raw.trim();
  const match = /^https:\/\/([^/?#]+)(?:[/?#].*)?$/i.exec(text);
  if (!match) return { error: `"${text}" must start with https:// and name a host` };
  const host = match[1]!.toLowerCase();
  if (host.includes('@')) return { error: `"${text}" must not hold a user name or password` };
  if (!HOST.test(host)) return { error: `"${text}" does not name a host` };
  // "*.com" would be every site under a top-level domain: never what anybody means.
  if (host.startsWith('*.') && !host.slice(2).includes('.'))
    return { error: `"${text}" covers a whole top-level domain` };
  return { origin: `https://${host.replace(/:443$/, '')}` };
}

/** An enabled site's name for the user: its host ("app.hubspot.com", "*.zendesk.com"). */
export const siteLabel = (origin: SiteOrigin): string => origin.slice('https://'.length);

/** The match pattern of an enabled site: what the host permission and the registered loader name. */
export const matchPattern = (origin: SiteOrigin): string => `${origin}/*`;

/** True when the page's origin (`https://host[:port]`) is the enabled site or, for `*.domain`, under it. */
export function originCovers(site: SiteOrigin, pageOrigin: string): boolean {
  if (site === pageOrigin) return true;
  if (!site.startsWith('https://*.')) return false;
  const domain = site.slice('https://*.'.length);
  if (!pageOrigin.startsWith('https://')) return false;
  const host = pageOrigin.slice('https://'.length);
  return host === domain || host.endsWith(`.${domain}`);
}

/** The enabled site that covers a page, the most specific first (an exact origin before a wildcard). */
export function siteCovering(sites: readonly SiteOrigin[], pageOrigin: string): SiteOrigin | undefined {
  return sites.find((site) => site === pageOrigin) ?? sites.find((site) => originCovers(site, pageOrigin));
}
