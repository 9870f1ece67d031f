// The overlay's host element in a mail page, as the install tests see it: one per page, never two.
import { type EvaluatingPage, run } from './page';

/** Marks the overlay's host elements from the page, to tell later whether they are still the same ones. */
export const markHost = (page: EvaluatingPage, mark: string) =>
  run(
    page,
    (mark: string) => {
      const hosts = document.querySelectorAll('connection-first-ui');
      for (const host of hosts) host.setAttribute('data-test-mark', mark);
      return hosts.length;
    },
    mark,
  );

/** The marks of the overlay's host elements in the page, one entry per host. */
export const hostMarks = (page: EvaluatingPage) =>
  run(
    page,
    () => [...document.querySelectorAll('connection-first-ui')].map((h) => h.getAttribute('data-test-mark')),
    null,
  );
