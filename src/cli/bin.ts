import { closeSync, writeSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { warmUpForSnapshot } from '../engine/warm-up';
import { builtinRuleset } from '../rules';
import { readDocument } from './documents';
import { main } from './main';
import { STARTED_FD_ENV } from './snapshot-manifest';

/** Tells the launcher that the snapshot started, so from here on the run is this process's to finish. */
function reportStarted(): void {
  const fd = Number(process.env[STARTED_FD_ENV]);
  delete process.env[STARTED_FD_ENV];
  if (!fd) return;
  try {
    writeSync(fd, '1');
    closeSync(fd);
  } catch {
    // The launcher is gone; the run goes on.
  }
}

/** A line of each text format through its reader; zipped formats (docx, odt) stay loaded on demand. */
async function warmUpReaders(): Promise<void> {
  const samples = {
    markdown: '# Hi\n\nThanks for the *notes*.',
    html: '<p>Thanks for the <b>notes</b> &amp; the deck.</p>',
    eml: [
      'From: a@example.com',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Thanks=\n.',
    ].join('\n'),
  } as const;
  for (const [format, text] of Object.entries(samples)) {
    await readDocument(new TextEncoder().encode(text), format as keyof typeof samples);
  }
}

if (startupSnapshot.isBuildingSnapshot()) {
  // `node --build-snapshot` (build/cli-snapshot.ts): compromise's lexicon, the built-in ruleset and
  // each detector's first use are done here, once, and kept in the snapshot's heap.
  warmUpForSnapshot(builtinRuleset());
  // The text formats' readers too (their parsers load and build their tables on first use); the
  // snapshot is taken once this has settled.
  void warmUpReaders();
  // Started from the snapshot, process.argv is [node, ...arguments]: there is no script.
  startupSnapshot.setDeserializeMainFunction(() => {
    reportStarted();
    main(process.argv.slice(1));
  });
} else {
  main(process.argv.slice(2));
}
