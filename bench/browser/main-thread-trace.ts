// Reading what the main-thread benchmark records: Chromium trace events (which tasks on the renderer's main
// thread were long, and how much of each was script) and CDP CPU profiles (self time per function).
// Pure: JSON in, numbers out.

/** One complete ('X') trace event, as Chromium writes it (microseconds). */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** A main-thread task longer than the threshold, split into script and the rest. */
export interface TraceTask {
  readonly startMs: number;
  readonly durationMs: number;
  /** Time in JavaScript (outermost script events inside the task: calls, timers, frames, events). */
  readonly scriptMs: number;
  /** The largest non-script child events by total time (e.g. Commit, Paint: SwiftShader read-back). */
  readonly otherTop: readonly { readonly name: string; readonly ms: number }[];
}

/** Trace events that run JavaScript; nested ones are counted once, by the outermost. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.evaluateModule',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'v8.callFunction',
  'v8.run',
]);

/** The main thread of the renderer that ran the most script (the page's). */
function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mains.add(`${e.pid}:${e.tid}`);
  const scriptUs = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.has(key) && SCRIPT_EVENTS.has(e.name))
      scriptUs.set(key, (scriptUs.get(key) ?? 0) + (e.dur ?? 0));
  }
  const best = [...scriptUs].sort((a, b) => b[1] - a[1])[0];
  if (best === undefined) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return pid === undefined || tid === undefined ? null : { pid, tid };
}

/**
 * The tasks on the page's main thread longer than `thresholdMs`, each with its script time; start times
 * count from the thread's first event in the trace.
 */
export function readLongTraceTasks(traceJson: string, thresholdMs: number): TraceTask[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = pageMainThread(events);
  if (main === null) return [];
  const onMain = events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const origin = onMain[0]?.ts ?? 0;
  const tasks: TraceTask[] = [];
  for (let i = 0; i < onMain.length; i++) {
    const task = onMain[i];
    if (task === undefined || task.name !== 'RunTask' || (task.dur ?? 0) < thresholdMs * 1000) continue;
    const end = task.ts + (task.dur ?? 0);
    let scriptUs = 0;
    let scriptEnd = -1;
    const other = new Map<string, number>();
    for (let j = i + 1; j < onMain.length; j++) {
      const e = onMain[j];
      if (e === undefined || e.ts >= end) break;
      if (e.name === 'RunTask') continue;
      if (SCRIPT_EVENTS.has(e.name)) {
        if (e.ts >= scriptEnd) {
          scriptUs += e.dur ?? 0;
          scriptEnd = e.ts + (e.dur ?? 0);
        }
      } else if (e.ts >= scriptEnd) other.set(e.name, (other.get(e.name) ?? 0) + (e.dur ?? 0));
    }
    tasks.push({
      startMs: (task.ts - origin) / 1000,
      durationMs: (task.dur ?? 0) / 1000,
      scriptMs: scriptUs / 1000,
      otherTop: [...other]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, us]) => ({ name, ms: us / 1000 })),
    });
  }
  return tasks;
}

interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
}

/** A CDP `Profiler.stop` profile. */
export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface ProfileTop {
  readonly totalMs: number;
  /** Self time per function ("name file:line:column"), most first. */
  readonly top: readonly { readonly fn: string; readonly selfMs: number }[];
  /** The longest run of consecutive samples in JavaScript or GC (no idle or native gap), ms. */
  readonly longestScriptRunMs: number;
}

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(root)']);

/** Self time per function and the longest uninterrupted script run of a CPU profile. */
export function summarizeCpuProfile(profile: CpuProfile, count = 25): ProfileTop {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let run = 0;
  let longest = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    // timeDeltas[i] is the time since the previous sample: the next delta is this sample's duration.
    const us = Math.max(0, deltas[i + 1] ?? 0);
    if (node === undefined) continue;
    const frame = node.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key =
      file === ''
        ? frame.functionName || '(anonymous)'
        : `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us);
    if (NOT_SCRIPT.has(frame.functionName)) run = 0;
    else {
      run += us;
      longest = Math.max(longest, run);
    }
  }
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    top: [...self]
      .filter(([fn]) => fn !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([fn, us]) => ({ fn, selfMs: us / 1000 })),
    longestScriptRunMs: longest / 1000,
  };
}
