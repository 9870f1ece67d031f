import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MARK_BUBBLE } from '../../src/ui/Mark';

it("the count badge's mark is the icon's front bubble (assets/icon.svg)", () => {
  const svg = readFileSync(path.resolve(import.meta.dirname, '../../assets/icon.svg'), 'utf8');
  expect(svg).toContain(`d="${MARK_BUBBLE}"`);
});
