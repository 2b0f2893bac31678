// Where a page's main-thread time goes, from a DevTools trace of its load: scripting, style and layout, painting,
// HTML parsing, and other work, by the self time of each trace event (as the DevTools Performance summary counts it).

export const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading'];

const kinds = {
  scripting: [
    'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'v8.callFunction', 'v8.run',
    'V8.Execute', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'v8.produceCache',
    'v8.deserializeOnBackground', 'GCEvent', 'MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCCompactor', 'V8.GC_MC_BACKGROUND_MARKING',
    'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep',
  ],
  styleAndLayout: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'Layout', 'InvalidateLayout', 'ParseAuthorStyleSheet', 'HitTest', 'IntersectionObserverController::computeIntersections'],
  painting: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'Decode Image', 'ImageDecodeTask', 'RasterTask'],
  parsingHtml: ['ParseHTML'],
};
const kindOf = new Map(Object.entries(kinds).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/**
 * The renderer main thread that parsed `url`, and when the navigation to it committed there: `{ pid, tid, start }`.
 * Work before the commit is the renderer starting up, which no page pays for.
 */
function mainThreadOf(events, url) {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) return undefined;
  const commits = events.filter(
    (event) => event.name === 'DocumentLoader::CommitNavigation' && event.pid === parse.pid && event.tid === parse.tid && event.ts <= parse.ts,
  );
  return { pid: parse.pid, tid: parse.tid, start: commits.length > 0 ? Math.max(...commits.map((event) => event.ts)) : parse.ts };
}

/**
 * Milliseconds of main-thread self time by kind, from the commit of the navigation to `url` to the end of the trace.
 * An event of no known kind counts towards its nearest known ancestor; top-level task time of no kind is "other".
 */
export function mainThreadBreakdown(trace, url) {
  const events = trace.traceEvents ?? trace;
  const thread = mainThreadOf(events, url);
  const totals = { scripting: 0, styleAndLayout: 0, painting: 0, parsingHtml: 0, other: 0, total: 0 };
  if (!thread) return totals;
  const slices = events
    .filter((event) => event.ph === 'X' && event.pid === thread.pid && event.tid === thread.tid && event.dur > 0 && event.ts + event.dur > thread.start)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const close = (until) => {
    while (stack.length > 0 && stack.at(-1).end <= until) {
      const done = stack.pop();
      totals[done.kind] += done.self / 1000;
      if (stack.length === 0) totals.total += done.duration / 1000;
    }
  };
  for (const slice of slices) {
    close(slice.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= slice.dur;
    stack.push({
      end: slice.ts + slice.dur,
      self: slice.dur,
      duration: slice.dur,
      kind: kindOf.get(slice.name) ?? parent?.kind ?? 'other',
    });
  }
  close(Infinity);
  for (const key of Object.keys(totals)) totals[key] = Math.round(totals[key] * 10) / 10;
  return totals;
}
