/**
 * Who spent a renderer main thread's time in a Chromium trace: a content script
 * (any script under one extension's chrome-extension:// origin) or the page.
 *
 * Why two sources: Chromium's timeline events carry a script URL only where Blink
 * enters script through its instrumented paths (EvaluateScript, FunctionCall for
 * listeners and timers, v8.compile). Many entries into an isolated world carry none:
 * the Navigation API's `navigate` listener (how WXT sees pushState), promise
 * continuations (RunMicrotasks), extension-messaging callbacks (v8.callFunction).
 * Those are split by the V8 CPU profiler's samples taken inside them, each sample
 * owned by its innermost JS frame that has a URL.
 *
 * Times are thread times (`tdur`): on two shared cores a task's wall time includes
 * the time the thread sat descheduled, which is the machine's, not anyone's work.
 */
export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string; fileName?: string; beginData?: Record<string, unknown> };
};

/** Entries into script; those without a URL have their time split by samples. */
const SCRIPT_ENTRIES = new Set(['RunMicrotasks', 'v8.callFunction', 'V8.Execute', 'FunctionCall', 'EvaluateScript', 'v8.run', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback']);

/** A sample's owner: the URL of its innermost JS frame that has one; ANONYMOUS for script without a URL; none for V8's own. */
type Cpu = { samples: { ts: number; owner: string | undefined }[] };
const ANONYMOUS = 'anonymous script';

/** Milliseconds of thread time: ours, of which evaluating our scripts (compiling and running their top level), and the page's. */
export type Split = { ours: number; oursEvaluating: number; page: number; ourScripts: string[] };

export function scriptUrlOf(event: TraceEvent): string | undefined {
  const data = event.args?.data as { url?: unknown; stackTrace?: { url?: unknown }[] } | undefined;
  const url = data?.url ?? event.args?.fileName ?? data?.stackTrace?.[0]?.url;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/** The renderer main threads (pid:tid) that parsed a document whose URL passes `isPage`. */
export function pageMainThreads(events: readonly TraceEvent[], isPage: (url: string) => boolean): string[] {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const threads = new Set<string>();
  for (const e of events) {
    const url = e.name === 'ParseHTML' ? e.args?.beginData?.url : undefined;
    const key = `${e.pid}:${e.tid}`;
    if (typeof url === 'string' && isPage(url) && names.get(key) === 'CrRendererMain') threads.add(key);
  }
  return [...threads];
}

function stackOf<N extends { parent?: number }>(nodes: Map<number, N>, id: number): N[] {
  const stack: N[] = [];
  for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) stack.push(node);
  return stack;
}

/** The CPU profiler's samples on one thread, each with the URL of its innermost JS frame that has one. */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number): Cpu {
  type Node = { id: number; parent?: number; callFrame: { url?: string; functionName?: string } };
  type Profile = { tid: number; time: number; nodes: Map<number, Node>; chunks: TraceEvent[] };
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk') || e.id === undefined) continue;
    const profile: Profile = profiles.get(e.id) ?? { tid: e.tid, time: 0, nodes: new Map(), chunks: [] };
    profiles.set(e.id, profile);
    // The Profile event is emitted on the sampled thread; its chunks come from the profiler's own thread.
    if (e.name === 'Profile') {
      profile.tid = e.tid;
      profile.time = Number((e.args?.data as { startTime?: number })?.startTime ?? 0);
    } else profile.chunks.push(e);
  }
  const samples: Cpu['samples'] = [];
  for (const profile of profiles.values()) {
    if (profile.tid !== tid) continue;
    let time = profile.time;
    for (const chunk of profile.chunks.sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((nodeId, i) => {
        time += deltas[i] ?? 0;
        let owner: string | undefined;
        for (let node = profile.nodes.get(nodeId); node && owner === undefined; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
          if (node.callFrame.url) owner = node.callFrame.url;
        }
        // No URL on the stack: script all the same (the harness's, a page's eval) unless V8's own
        // "(program)", "(garbage collector)", "(idle)" and "(root)" are all there is.
        if (owner === undefined && stackOf(profile.nodes, nodeId).some((node) => !/^\(.*\)$/.test(node.callFrame.functionName ?? '(root)'))) owner = ANONYMOUS;
        samples.push({ ts: time, owner });
      });
    }
  }
  return { samples: samples.sort((a, b) => a.ts - b.ts) };
}

/**
 * Samples in [from, to] that are in some script, and how many of those are ours.
 * V8's own samples ("(program)", the collector) are left out: they follow whoever's
 * script they serve, in proportion. Script without a URL (a native call such as
 * DOMParser under it included) is not ours: our scripts always have theirs.
 */
function sampleShare(cpu: Cpu, from: number, to: number, isOurs: (url: string) => boolean): { all: number; ours: number } {
  let lo = 0;
  let hi = cpu.samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cpu.samples[mid]!.ts < from) lo = mid + 1;
    else hi = mid;
  }
  let all = 0;
  let ours = 0;
  for (let i = lo; i < cpu.samples.length && cpu.samples[i]!.ts <= to; i++) {
    const owner = cpu.samples[i]!.owner;
    if (owner === undefined) continue;
    all += 1;
    if (isOurs(owner)) ours += 1;
  }
  return { all, ours };
}

type Node = {
  event: TraceEvent;
  end: number;
  childTime: number;
  /** The nearest event (itself or an ancestor) that says whose script runs: by URL, or by samples. */
  group?: Group;
};
type Group = { url?: string; entry: string; from: number; to: number; time: number };

/**
 * Split one thread's time between a content script and the page, for the tasks
 * that start in [from, to) (microseconds, trace clock). A task's time is its
 * thread time; each event's own time (without its children) goes to the nearest
 * enclosing script: ours when its URL passes `isOurs`; for an enclosing script
 * without a URL, or one whose URL is the page's, by the share of samples inside
 * it owned by our script (the page's listener may call into ours, e.g. a
 * dispatched event). Time enclosed by no script (parsing, style, layout, paint
 * in the frame's lifecycle, IPC) is the page's: a style recalc or layout Blink
 * runs for the frame covers our shadow root and the page's nodes together and
 * says neither; only layout our script forces synchronously is nested in it, and
 * so counted ours.
 */
export function splitThreadTime(events: readonly TraceEvent[], thread: string, from: number, to: number, isOurs: (url: string) => boolean): Split {
  const [pid, tid] = thread.split(':').map(Number) as [number, number];
  const cpu = samplesOf(events, pid, tid);
  const complete = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const time = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  const stack: Node[] = [];
  const nodes: Node[] = [];
  const groups: Group[] = [];
  const ourScripts = new Set<string>();
  for (const event of complete) {
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    // A child that outlasts its parent is an unmatched pair in the trace: counted at top level.
    const nested = parent !== undefined && event.ts + (event.dur ?? 0) <= parent.end;
    const node: Node = { event, end: event.ts + (event.dur ?? 0), childTime: 0, group: nested ? parent.group : undefined };
    const url = scriptUrlOf(event);
    const ours = url !== undefined && isOurs(url);
    if (ours) ourScripts.add(url.replace(/[?#].*$/, ''));
    // A script with a URL opens its own group (ours decides at once; the page's is sampled, as our
    // listeners can run inside it); an entry without a URL opens one only outside any script.
    if (url !== undefined || (node.group === undefined && SCRIPT_ENTRIES.has(event.name))) {
      node.group = { url, entry: event.name, from: event.ts, to: node.end, time: 0 };
      groups.push(node.group);
    }
    if (nested) parent.childTime += time(event);
    nodes.push(node);
    stack.push(node);
  }
  let ours = 0;
  let evaluating = 0;
  let total = 0;
  const unowned = { time: 0 };
  for (const node of nodes) {
    const self = Math.max(0, time(node.event) - node.childTime);
    (node.group ?? unowned).time += self;
  }
  total = unowned.time;
  for (const group of groups) {
    total += group.time;
    if (group.url !== undefined && isOurs(group.url)) {
      ours += group.time;
      if (group.entry === 'EvaluateScript' || group.entry === 'v8.compile' || group.entry === 'v8.run') evaluating += group.time;
    } else {
      const share = sampleShare(cpu, group.from, group.to, isOurs);
      if (share.all > 0) ours += (group.time * share.ours) / share.all;
    }
  }
  for (const sample of cpu.samples) if (sample.ts >= from && sample.ts < to && sample.owner !== undefined && isOurs(sample.owner)) ourScripts.add(sample.owner.replace(/[?#].*$/, ''));
  return { ours: ours / 1000, oursEvaluating: evaluating / 1000, page: (total - ours) / 1000, ourScripts: [...ourScripts].sort() };
}
