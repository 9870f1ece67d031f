import { LIMITS } from './limits';

/** 248900 → "248,900": counts in messages are read by people. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The problems of one pack as a person reads them: the first LIMITS.errorsPerPack in full, then one
 * line counting the rest. A broken pack of 250,000 lines would otherwise print megabytes, and
 * spreading that many errors into another list overflows the call stack.
 */
export class ProblemList {
  private readonly listed: string[] = [];
  private unlisted = 0;

  constructor(private readonly source: string) {}

  /** Records a problem; `where` locates it in the pack (`rules[3].phrases[0]`, `line 5`), '' for the whole pack. */
  add(where: string, problem: string): void {
    if (this.listed.length < LIMITS.errorsPerPack) {
      this.listed.push(where ? `${this.source}: ${where}: ${problem}` : `${this.source}: ${problem}`);
    } else {
      this.unlisted++;
    }
  }

  get isEmpty(): boolean {
    return this.listed.length === 0;
  }

  /** Each listed problem as `source: where: problem`, then `source: and 248,900 more problems`. */
  lines(): string[] {
    if (this.unlisted === 0) return [...this.listed];
    const more = `${formatCount(this.unlisted)} more problem${this.unlisted === 1 ? '' : 's'}`;
    return [...this.listed, `${this.source}: and ${more}`];
  }
}
