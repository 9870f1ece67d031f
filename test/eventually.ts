import { vi } from 'vitest';

/**
 * Waits until `check` passes, with ample time rather than vitest's one-second default: the first
 * analysis in a test file warms the engine first (a task per part, engine/warm-up.ts), and on a
 * busy machine that alone can take over a second.
 */
export function eventually<T>(check: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}) {
  return vi.waitFor(check, { timeout: 15_000, interval: 20, ...options });
}
