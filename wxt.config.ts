import { defineConfig } from 'wxt';
import { ICON_MAP, renderIcons } from './build/icons';
import { literalPattern, trackedFiles } from './build/sources';
import { highlightStylesheet } from './src/engine/kinds';
import { OPEN_CARD_COMMAND } from './src/messaging/messages';
import { MAIL_MATCHES } from './src/sites';

/**
 * Team lists may live on any HTTPS host, and checking may be turned on for any HTTPS site: each
 * origin is asked for when the user subscribes or turns the site on, never up front.
 */
const OPTIONAL_HOSTS = ['https://*/*'];

/** Firefox's add-on id: fixed, because an administrator's policies.json names the extension by it. */
export const GECKO_ID = 'connection-first@connection-first.app';

/** The project's public page, which the stores and the add-ons page link to. */
const HOMEPAGE = 'https://connection-first.app';

/** The content script's highlight styles, imported as `import 'virtual:cf-highlights.css'`. */
const HIGHLIGHTS_CSS = 'virtual:cf-highlights.css';

/**
 * Serves the `::highlight()` rules built from the kinds table (src/engine/kinds.ts), so the
 * underline of each kind is declared once and no stylesheet is written by hand. The resolved id
 * keeps its `.css` ending: that is what makes Vite treat the module as CSS and WXT bundle it into
 * the content script's stylesheet.
 */
function highlightStyles() {
  const resolved = `\0${HIGHLIGHTS_CSS}`;
  return {
    name: 'connection-first:highlight-styles',
    resolveId: (id: string) => (id === HIGHLIGHTS_CSS ? resolved : undefined),
    load: (id: string) => (id === resolved ? highlightStylesheet() : undefined),
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [highlightStyles()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Connection First',
    description:
      'Coaches you while you write to customers: flags buzzwords, pitch-first openings and non-apologies, ' +
      'with one-click rewrites.',
    homepage_url: HOMEPAGE,
    // Drawn from assets/icon.svg at build time (build/icons.ts).
    icons: ICON_MAP,
    ...(manifestVersion === 3
      ? { action: { default_icon: ICON_MAP } }
      : { browser_action: { default_icon: ICON_MAP } }),
    // scripting + the mail hosts: to inject the checker once a compose opens, and to register the
    // loader on the sites a user or an administrator turns on; alarms: to refresh subscribed team
    // lists every 6 hours; activeTab: so the popup can read the address of the page it was opened
    // over and offer "Check my writing on this site" (no host access, no install warning).
    permissions: ['storage', 'scripting', 'alarms', 'activeTab'],
    // The browser's own shortcut for the card, which users can rebind (chrome://extensions/shortcuts,
    // Firefox's "Manage Extension Shortcuts"). Alt+Enter in the page stays too: neither browser lets
    // an extension's command use Enter.
    commands: {
      [OPEN_CARD_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Open the card for the underlined words at the caret',
      },
    },
    host_permissions: MAIL_MATCHES,
    // MV3 has optional_host_permissions; MV2 (Firefox) lists optional origins in optional_permissions.
    // WXT drops optional_host_permissions from an MV2 manifest rather than converting it.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: OPTIONAL_HOSTS }),
    // The administrator's policy (storage.managed): Chrome and Edge validate it against this schema.
    // Firefox has no such manifest key (it would only warn "unexpected property"); it reads managed
    // storage from policies.json ("3rdparty") without a schema.
    // The oldest browsers with everything the code uses (test/house-rules/browser-versions.test.ts keeps these
    // true): Chrome and Edge 123 for light-dark(), in which every colour of our UI is written; Firefox 140 for
    // the CSS Custom Highlight API, which paints the underlines. Firefox 140 also reads
    // data_collection_permissions: "none", as the add-on collects and sends nothing (PRIVACY.md).
    // `author` is for Firefox: Chrome and its store ignore the key.
    ...(browser === 'firefox'
      ? {
          author: 'Connection First' as unknown as { email: string },
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Not in WXT's manifest types yet.
              ...{ data_collection_permissions: { required: ['none'] } },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            ...{ gecko_android: { strict_min_version: '142.0' } },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' }, minimum_chrome_version: '123' }),
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push(...renderIcons(wxt.config.root, `${wxt.config.wxtDir}/icons`));
    },
    // The sources zip for addons.mozilla.org holds exactly the files git tracks; `excludeSources` below
    // leaves out everything else (.output/, dist/, node_modules, scratch files).
    'zip:start': (wxt) => {
      if (wxt.config.zip.zipSources) wxt.config.zip.includeSources = trackedFiles(wxt.config.root).map(literalPattern);
    },
  },
  zip: { excludeSources: ['**'] },
});
