import { once } from 'node:events';

// Big enough that a report of 500,000 findings takes few system calls, small enough to never matter.
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes a report to a stream as it is produced, in chunks, and waits whenever the stream's buffer
 * is full (a slow pipe, `| less`), so memory holds one chunk, never the whole report.
 */
export class ReportWriter {
  private pending = '';

  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= CHUNK_CHARS) await this.flush();
  }

  /** Hands what is pending to the stream, and returns once the stream can take more. */
  async flush(): Promise<void> {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
