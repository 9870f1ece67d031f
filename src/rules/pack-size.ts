import { LIMITS } from './limits';
import { formatCount } from './problems';
import { isHighSurrogate, isLowSurrogate } from './unicode';

/** How many bytes `text` takes as UTF-8 (as TextEncoder writes it), counted without encoding it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // one character outside the BMP, such as an emoji, in two units
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD)
  }
  return bytes;
}

/**
 * Why `text` is too large to be a rule pack, or undefined. The limit is on UTF-8 bytes (what a file,
 * a download or storage holds), not on UTF-16 units: 990,000 "€" are under a million units but
 * 3 MB. No unit takes more than 3 bytes, so short texts are let through without counting.
 */
export function packSizeProblem(text: string): string | undefined {
  if (text.length * 3 <= LIMITS.packBytes) return undefined;
  const bytes = utf8Bytes(text);
  return bytes > LIMITS.packBytes ? tooLarge(bytes) : undefined;
}

// A UTF-8 byte order mark takes 3 bytes of a file and none of the pack: parsePack drops it.
const BOM_BYTES = 3;

/**
 * Why a file of `bytes` bytes is too large to hold a rule pack, or undefined: lets a caller refuse
 * it before reading it. A file that passes is checked again, exactly, by parsePack.
 */
export function packFileProblem(bytes: number): string | undefined {
  return bytes > LIMITS.packBytes + BOM_BYTES ? tooLarge(bytes) : undefined;
}

/** `is 2.9 MB (at most 1 MB)`; in bytes when so close to the limit that megabytes would round onto it. */
function tooLarge(bytes: number): string {
  const megabytes = (bytes / 1e6).toFixed(1);
  const limit = LIMITS.packBytes / 1e6;
  const size = megabytes === limit.toFixed(1) ? `${formatCount(bytes)} bytes` : `${megabytes} MB`;
  return `is ${size} (at most ${limit} MB)`;
}
