import type { CDPSession, Page } from '@playwright/test';
import { percentile, table } from './stats';

/**
 * `npm run bench -- --profile`: where one key press's time goes in our editor, beside bare Slate, on the 40-block
 * release. Warm-up keys first, then N keys typed one every ~55 ms while Chromium records:
 * - the V8 CPU profile (CDP Profiler, 50 µs sampling): self and total time per function, divided by the keys typed,
 *   so the table reads "ms per key";
 * - a trace (CDP Tracing, devtools.timeline): the main thread's event durations per key (script, style,
 *   layout, paint…), which the CPU profile does not see.
 * bench/run.js builds an unminified copy of the renderer for this (out/bench/renderer-unminified), so the
 * function names are the source's.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  selfMs: number;
  totalMs: number;
}

const shortUrl = (url: string): string => url.split('/').pop() ?? url;

/** Functions of the app worth a line of their own, whatever their rank: the parts drawn or run on each key. */
const WATCHED = /^(Toolbar|OutlineSidebar|OutlineEntry|StatusBar|PageChunk|UnfilledPlaceholders|AppHeader|App|ReleaseEditable|Editable|Element|Text|Leaf|String|TextString|renderElement|renderLeaf|renderPageChunk|markChanged|edited|onEditorChange|onChange|normalizeNode|normalize|insertText|apply|currentBlockType|isMarkActive|unfilledOf|currentBlockIndex|holdsSelectionEnd|countWords|countBlock|scrollSelectionIntoView|setDomSelection|toSlateRange|toDOMRange|findPath|useSlateSelector|useSelector|withTypography|typographyOf|retypeset|syncDomSelection|setTimeout|clearTimeout)\b/u;

/** Self and total (inclusive, counted once per sample however deep the recursion) time per function. */
export function summariseProfile(profile: CpuProfile, keys: number): ProfileEntry[] {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const keyOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (!url) return functionName || '(anonymous)';
    return `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    let node = byId.get(sample);
    if (!node) return;
    const leaf = keyOf(node);
    self.set(leaf, (self.get(leaf) ?? 0) + delta);
    const seen = new Set<string>();
    while (node) {
      const key = keyOf(node);
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + delta);
      }
      const up = parent.get(node.id);
      node = up === undefined ? undefined : byId.get(up);
    }
  });
  return [...total.entries()].map(([name, ms]) => ({ name, selfMs: (self.get(name) ?? 0) / keys, totalMs: ms / keys }));
}

/**
 * What the main thread was doing, per key: each CPU sample goes to the first of these whose pattern names a
 * function on its stack (searched from the root down), so the rows add up to the busy time per key.
 */
const TASKS: [string, RegExp][] = [
  ['garbage collection', /^\(garbage collector\)$/u],
  ['browser: style, layout, paint, native calls', /^\(program\)$/u],
  ['React render + commit, sync (the key\'s own update, layout effects: setDomSelection, scroll)', /^(processRootScheduleInMicrotask|flushSyncWorkAcrossRoots_impl|performSyncWorkOnRoot)$/u],
  ['React render, scheduled (transitions, default-priority updates, passive effects)', /^(performWorkUntilDeadline|performWorkOnRootViaSchedulerTask)$/u],
  ['key events through React (keydown, beforeinput: handlers, Slate\'s insertText)', /^(dispatchDiscreteEvent|dispatchEvent)$/u],
  ['idle callbacks', /^(requestIdleCallback|.*[Ii]dle.*)$/u],
  ['worker messages', /onmessage$/u],
  ['timers', /^(timerExpired|setTimeout|setInterval)$/u],
];

/** Busy time per key by what the main thread was doing (TASKS), and the rest under "other". */
export function summariseTasks(profile: CpuProfile, keys: number): { task: string; ms: number }[] {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const sums = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    const stack: string[] = [];
    for (let node = byId.get(sample); node; node = byId.get(parent.get(node.id) ?? -1)) stack.unshift(node.callFrame.functionName);
    if (stack.includes('(idle)')) return;
    const task = TASKS.find(([, pattern]) => stack.some((name) => pattern.test(name)))?.[0] ?? 'other scripts';
    sums.set(task, (sums.get(task) ?? 0) + delta);
  });
  const rows = [...sums.entries()].map(([task, ms]) => ({ task, ms: ms / keys })).sort((a, b) => b.ms - a.ms);
  return [{ task: 'busy (all of the below)', ms: rows.reduce((sum, row) => sum + row.ms, 0) }, ...rows];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string } };
}

/**
 * Two editors' functions side by side, by name (the bundle's file and line left out, so the same library function
 * in two bundles is one row): total time per key in each and the difference, largest first. Where a function
 * appears under several names' lines (inlined copies), the largest total counts, as the profile counts a sample
 * once per function.
 */
export function functionDifferences(ours: ProfileEntry[], peer: ProfileEntry[], top = 20): { name: string; ours: number; peer: number }[] {
  const byName = (entries: ProfileEntry[]): Map<string, number> => {
    const totals = new Map<string, number>();
    for (const entry of entries) {
      if (entry.name.startsWith('(')) continue;
      const name = entry.name.replace(/ [^ ]+\.js:\d+$/u, '');
      totals.set(name, Math.max(totals.get(name) ?? 0, entry.totalMs));
    }
    return totals;
  };
  const a = byName(ours);
  const b = byName(peer);
  return [...new Set([...a.keys(), ...b.keys()])]
    .map((name) => ({ name, ours: a.get(name) ?? 0, peer: b.get(name) ?? 0 }))
    .sort((x, y) => Math.abs(y.ours - y.peer) - Math.abs(x.ours - x.peer))
    .slice(0, top);
}

/** The renderer's main thread: the thread named CrRendererMain, else the thread with the most complete events. */
function mainThreadEvents(events: TraceEvent[]): (TraceEvent & { ts: number; dur: number })[] {
  const complete = events.filter((event): event is TraceEvent & { ts: number; dur: number } => event.ph === 'X' && event.dur !== undefined && event.ts !== undefined);
  const named = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  let thread = named ? `${named.pid}:${named.tid}` : '';
  if (!named) {
    const counts = new Map<string, number>();
    for (const event of complete) counts.set(`${event.pid}:${event.tid}`, (counts.get(`${event.pid}:${event.tid}`) ?? 0) + 1);
    thread = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  }
  return complete.filter((event) => `${event.pid}:${event.tid}` === thread).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** A trace event's row name: event dispatches by event type, script calls by function (a bundle's own are unnamed). */
function rowName(event: TraceEvent): string {
  if (event.name === 'EventDispatch') return `EventDispatch: ${event.args?.data?.type ?? '?'}`;
  if (event.name === 'FunctionCall') return `FunctionCall: ${event.args?.data?.functionName || '(bundle)'}`;
  return event.name;
}

/**
 * One key press from the main thread's side: from its keydown's dispatch to the end of the next frame's lifecycle
 * update (style, layout, paint, layerize), each trace event's exclusive time (its own, less what nested in it) summed
 * by name and averaged over the keys; with the window's median and 95th percentile (under the tracer, which slows
 * every editor alike). This is "where a key's time goes" that two editors can be set side by side by.
 */
export function keyWindows(events: TraceEvent[]): { keys: number; p50: number; p95: number; rows: Map<string, number> } {
  const main = mainThreadEvents(events);
  const keydowns = main.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  const frames = main.filter((event) => event.name === 'WebFrameWidgetImpl::UpdateLifecycle');
  const rows = new Map<string, number>();
  const windows: number[] = [];
  for (const keydown of keydowns) {
    const frame = frames.find((event) => event.ts > keydown.ts);
    if (!frame) continue;
    const end = frame.ts + frame.dur;
    windows.push((end - keydown.ts) / 1000);
    const inside = main.filter((event) => event.ts >= keydown.ts && event.ts + event.dur <= end);
    const own = new Map<TraceEvent, number>(inside.map((event) => [event, event.dur]));
    // Events come sorted by start (the longer first): the innermost still open when one starts is its parent.
    const open: (TraceEvent & { ts: number; dur: number })[] = [];
    for (const event of inside) {
      let parent = open.at(-1);
      while (parent && parent.ts + parent.dur <= event.ts) {
        open.pop();
        parent = open.at(-1);
      }
      if (parent) own.set(parent, (own.get(parent) ?? 0) - event.dur);
      open.push(event);
    }
    for (const [event, us] of own) rows.set(rowName(event), (rows.get(rowName(event)) ?? 0) + us / 1000);
  }
  for (const [name, ms] of rows) rows.set(name, ms / Math.max(1, windows.length));
  return { keys: windows.length, p50: percentile(windows, 50), p95: percentile(windows, 95), rows };
}

/** The renderer main thread's complete events, summed by name, per key (top-level and nested alike). */
export function summariseTrace(events: TraceEvent[], keys: number): { name: string; ms: number }[] {
  const sums = new Map<string, number>();
  for (const event of mainThreadEvents(events)) sums.set(event.name, (sums.get(event.name) ?? 0) + event.dur / 1000);
  return [...sums.entries()].map(([name, ms]) => ({ name, ms: ms / keys })).sort((a, b) => b.ms - a.ms);
}

async function traced(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // Playwright's CDPSession types only the protocol's commands, not these events.
  const on = session as unknown as { on(event: string, listener: (data: { value: TraceEvent[] }) => void): void; once(event: string, listener: () => void): void };
  on.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const done = new Promise<void>((resolve) => on.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'blink', 'v8.execute', '__metadata', ...(process.env.PROFILE_TRACE_CATEGORIES?.split(',') ?? [])], excludedCategories: ['*'] },
  });
  await run();
  await session.send('Tracing.end');
  await done;
  return events;
}

/** Types `keys` keys with `type(count)` under the CPU profiler, then under the tracer; returns both summaries. */
export async function profileTyping(page: Page, keys: number, type: (count: number) => Promise<void>): Promise<{ functions: ProfileEntry[]; tasks: { task: string; ms: number }[]; trace: { name: string; ms: number }[]; cpuProfile: CpuProfile; traceEvents: TraceEvent[] }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 50 });
  await session.send('Profiler.start');
  await type(keys);
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const functions = summariseProfile(profile, keys);
  const events = await traced(session, () => type(keys));
  await session.detach();
  return { functions, tasks: summariseTasks(profile, keys), trace: summariseTrace(events, keys), cpuProfile: profile, traceEvents: events };
}

export function profileTables(label: string, result: { functions: ProfileEntry[]; tasks: { task: string; ms: number }[]; trace: { name: string; ms: number }[] }, top = 25): string {
  const fmt = (value: number): string => value.toFixed(3);
  const bySelf = [...result.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const byTotal = [...result.functions].filter((entry) => !entry.name.startsWith('(')).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  return [
    `### ${label}: the main thread's busy time per key, by what it was doing (CPU profile)`,
    '',
    table(['task', 'ms per key'], result.tasks.map((entry) => [entry.task, fmt(entry.ms)])),
    '',
    `### ${label}: main-thread events per key (trace)`,
    '',
    table(['event', 'ms per key'], result.trace.slice(0, 15).map((entry) => [entry.name, fmt(entry.ms)])),
    '',
    `### ${label}: functions by self time per key (CPU profile)`,
    '',
    table(['function', 'self ms/key', 'total ms/key'], bySelf.map((entry) => [entry.name, fmt(entry.selfMs), fmt(entry.totalMs)])),
    '',
    `### ${label}: functions by total time per key`,
    '',
    table(['function', 'total ms/key', 'self ms/key'], byTotal.map((entry) => [entry.name, fmt(entry.totalMs), fmt(entry.selfMs)])),
    '',
    `### ${label}: the parts drawn or run on each key (total time per key)`,
    '',
    table(
      ['function', 'total ms/key', 'self ms/key'],
      result.functions
        .filter((entry) => WATCHED.test(entry.name) && entry.totalMs >= 0.005)
        .sort((a, b) => b.totalMs - a.totalMs)
        .map((entry) => [entry.name, fmt(entry.totalMs), fmt(entry.selfMs)]),
    ),
  ].join('\n');
}
