import type { Page } from 'playwright-core';

/**
 * The main-thread tasks of a page, with the CPU time each took, from a DevTools trace. A long-task
 * observer measures wall time, which a machine busy with other work stretches fivefold; the CPU
 * time a task used (a trace event's `tdur`) stays what the task cost.
 */
export interface TracedTask {
  wallMs: number;
  cpuMs: number;
  /**
   * CPU time spent in the extension's checker script in this task: all of a task of its own, or
   * its callback's share of a frame (the rest of which is the browser's style, layout and paint).
   */
  ourCpuMs: number;
  /** It handled the user's input: the page's own paste or keystroke (its editor inserting the text). */
  input: boolean;
  /**
   * It was an idle callback: work the browser runs only when it has nothing else to do (the
   * checker's one-time warm-up of the engine, after a compose opens).
   */
  idle: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}

const INPUT_EVENTS = new Set(['paste', 'beforeinput', 'input', 'textInput', 'keydown', 'keypress', 'keyup']);

/** Starts tracing `page`; the answer stops it and gives the tasks of every renderer's main thread, in order. */
export async function traceTasks(page: Page): Promise<() => Promise<TracedTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return tasksOf(events);
  };
}

function tasksOf(events: TraceEvent[]): TracedTask[] {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks: TracedTask[] = [];
  for (const thread of mainThreads) {
    const timed = events
      .filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === thread)
      .sort((a, b) => a.ts - b.ts);
    // Events nest inside their task: from a task, read on until the first event past its end.
    for (let i = 0; i < timed.length; i++) {
      const task = timed[i]!;
      if (task.name !== 'RunTask') continue;
      const end = task.ts + task.dur!;
      let ourCpuMs = 0;
      let input = false;
      let idle = false;
      for (let j = i + 1; j < timed.length && timed[j]!.ts < end; j++) {
        const e = timed[j]!;
        if (e.name === 'FunctionCall' && e.args?.data?.url?.endsWith('/checker.js'))
          ourCpuMs += (e.tdur ?? e.dur!) / 1000;
        input ||= e.name === 'EventDispatch' && INPUT_EVENTS.has(e.args?.data?.type ?? '');
        idle ||= e.name === 'FireIdleCallback';
      }
      tasks.push({ wallMs: task.dur! / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000, ourCpuMs, input, idle });
    }
  }
  return tasks;
}
