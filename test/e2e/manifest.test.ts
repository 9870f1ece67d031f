import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../public/managed-schema.json';
import { OPEN_CARD_COMMAND } from '../../src/messaging/messages';
import { MAIL_MATCHES } from '../../src/sites';
import { GECKO_ID } from '../../wxt.config';
import { E2E_CHROME_EXTENSION_DIR, E2E_FIREFOX_EXTENSION_DIR } from './harness/paths';

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

// The permissions the built extensions ask for are a promise to users: the mail hosts only, and a
// team list's origin or a site to check only when the user subscribes to it or turns it on.
describe('the built manifests', () => {
  it('Chrome: mail hosts up front, team-list hosts optional, the managed schema shipped', () => {
    const chrome = manifest(E2E_CHROME_EXTENSION_DIR);
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect(chrome.host_permissions.sort()).toEqual([...MAIL_MATCHES].sort());
    expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
    expect(chrome.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.parse(readFileSync(path.join(E2E_CHROME_EXTENSION_DIR, 'managed-schema.json'), 'utf8'))).toEqual(
      schema,
    );
  });

  it('Firefox: the same, in MV2 terms, with the fixed add-on id policies.json names', () => {
    const firefox = manifest(E2E_FIREFOX_EXTENSION_DIR);
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage', ...MAIL_MATCHES].sort());
    expect(firefox.optional_permissions).toEqual(['https://*/*']);
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID); // the rest: store-package.test.ts
    expect(firefox).not.toHaveProperty('storage');
  });

  it('both: the card has a browser command users can rebind, and it is the only command', () => {
    // Neither browser lets a command use Enter, so Alt+Enter stays in the page and this is the rebindable one.
    const command = {
      [OPEN_CARD_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Open the card for the underlined words at the caret',
      },
    };
    expect(manifest(E2E_CHROME_EXTENSION_DIR).commands).toEqual(command);
    expect(manifest(E2E_FIREFOX_EXTENSION_DIR).commands).toEqual(command);
  });
});
