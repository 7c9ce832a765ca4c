/** DevTools trace helpers: recording a trace, and reading the tab's main-thread work out of it. */
import type { CDPSession } from 'playwright-core';

export interface LongTask {
  duration: number;
  /** Whether a script of the extension ran inside the task. */
  dossier: boolean;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  /** Async events (User Timing measures): their id. */
  id?: string;
  id2?: { local?: string };
  args?: {
    name?: string;
    data?: { url?: string; scriptName?: string; documentLoaderURL?: string };
    beginData?: { url?: string };
  };
}

/** An event's CPU time in the thread, where the trace has it, else its wall time (µs). */
export const cpu = (e: TraceEvent): number => e.tdur ?? e.dur!;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface TabTasks {
  longTasks: LongTask[];
  /** CPU time of the tab's main-thread tasks in which Dossier ran (its scripts, or one of its User Timing entries). */
  dossierMs: number;
}

/**
 * The tasks of the tab's renderer main thread (`CrRendererMain` of the process that parsed the page), each marked as
 * Dossier's when a script of the extension ran inside it or one of Dossier's User Timing entries (triage, detect,
 * match, highlight, reader) began inside it: its long tasks, and the CPU time of Dossier's own tasks. The latter counts
 * a task Dossier shares with the page in full, and misses what Dossier's work costs the browser later (style, layout,
 * garbage collection); it is the direct figure, where the difference of two loads is the whole one.
 */
export function tabTasks(events: TraceEvent[], extensionBase: string | null): TabTasks {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const urlOf = (e: TraceEvent): string =>
    e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.beginData?.url ?? '';
  const pageProcess = new Set(
    events
      .filter((e) => main(e) && (e.name === 'ParseHTML' || e.ph === 'X') && urlOf(e).startsWith('http'))
      .map((e) => e.pid),
  );
  const dossierEvents =
    extensionBase === null
      ? []
      : events.filter(
          (e) =>
            pageProcess.has(e.pid) &&
            ((main(e) && e.ph === 'X' && urlOf(e).startsWith(extensionBase)) ||
              (e.name.startsWith('dossier:') && (e.ph === 'b' || e.ph === 'X' || e.ph === 'R' || e.ph === 'I'))),
        );
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main(e) && pageProcess.has(e.pid))
    .map((task) => {
      const end = task.ts + task.dur!;
      const dossier = dossierEvents.some((e) => e.pid === task.pid && e.ts >= task.ts && e.ts < end);
      return { task, dossier };
    });
  return {
    longTasks: tasks
      .filter(({ task }) => task.dur! > 50_000)
      .map(({ task, dossier }) => ({ duration: task.dur! / 1000, dossier })),
    dossierMs: tasks.filter((t) => t.dossier).reduce((n, { task }) => n + cpu(task) / 1000, 0),
  };
}

/** Main-thread work of the tab's renderer between two moments of a trace, by kind. */
export interface Window {
  totalMs: number;
  /** Style, layout, paint and compositing work. */
  renderingMs: number;
  gcMs: number;
  longTasks: { duration: number; rendering: number }[];
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const GC = new Set(['MinorGC', 'MajorGC']);

/** The work of the renderer main thread that ran Dossier's measures (the tab's), from the trace. */
export function mainThreadWork(events: TraceEvent[]): Window {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const tab = new Set(events.filter((e) => e.name.startsWith('dossier:')).map((e) => e.pid));
  const main = events.filter(
    (e) => e.ph === 'X' && tab.has(e.pid) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  const tasks = main.filter((e) => e.name === 'RunTask');
  const sum = (names: Set<string>, within?: TraceEvent) =>
    main
      .filter((e) => names.has(e.name) && (!within || (e.ts >= within.ts && e.ts < within.ts + within.dur!)))
      .reduce((n, e) => n + (within ? e.dur! : cpu(e)) / 1000, 0);
  return {
    totalMs: tasks.reduce((n, t) => n + cpu(t) / 1000, 0),
    renderingMs: sum(RENDERING),
    gcMs: sum(GC),
    longTasks: tasks
      .filter((t) => t.dur! > 50_000)
      .map((t) => ({ duration: t.dur! / 1000, rendering: sum(RENDERING, t) })),
  };
}

/**
 * Dossier's measures in CPU time, by name (ms): each measure's wall time scaled by the CPU share of the main-thread
 * task it ran in (its thread time over its wall time). On a machine whose cores are busy with other work, a measure's
 * wall time also counts the waits for a core; this is what the measure cost the thread.
 */
export function measuresInCpu(events: TraceEvent[], prefix = 'dossier:'): Map<string, number> {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const tab = new Set(events.filter((e) => e.name.startsWith(prefix)).map((e) => e.pid));
  const tasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' && e.ph === 'X' && tab.has(e.pid) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
    )
    .sort((a, b) => a.ts - b.ts);
  const open = new Map<string, number>();
  const out = new Map<string, number>();
  for (const e of [...events].filter((x) => x.name.startsWith(prefix)).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph !== 'e' || !open.has(key)) continue;
    const start = open.get(key)!;
    open.delete(key);
    const task = tasks.find((t) => t.ts <= start && start < t.ts + t.dur!);
    const share = task && task.dur! > 0 ? cpu(task) / task.dur! : 1;
    out.set(e.name, (out.get(e.name) ?? 0) + ((e.ts - start) * share) / 1000);
  }
  return out;
}
