import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_CHROME_EXTENSION_DIR, GENERATED_DIR } from './paths';

type Manifest = Record<string, unknown> & { host_permissions?: string[]; permissions?: string[] };

/**
 * A copy of the Chrome build (or of `from`, the Firefox build) in its own folder, so it gets its
 * own unpacked id: a policy written for that id reaches no other test's browser. `patch` may change
 * the copy's manifest (only for what a headless browser cannot do otherwise; each caller says why).
 */
export function extensionCopy(
  name: string,
  patch?: (manifest: Manifest) => void,
  from = E2E_CHROME_EXTENSION_DIR,
): string {
  const dir = path.join(GENERATED_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  if (patch) {
    const file = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    patch(manifest);
    writeFileSync(file, JSON.stringify(manifest));
  }
  return dir;
}
