// Memory: the heap after creating and removing the four widgets many times, against the heap before.
import { freshPage } from './browser.js';

/** Heap in use, DOM nodes and event listeners after full garbage collection. */
async function heapAfterCollection(page, client) {
  for (let pass = 0; pass < 3; pass += 1) await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  const metrics = await page.metrics();
  return { heapBytes: usedSize, nodes: metrics.Nodes, eventListeners: metrics.JSEventListeners };
}

/**
 * Measures the heap before any widget exists, after a warm-up of `warmUp` cycles (template and style caches fill
 * once), and at checkpoints through `cycles` more cycles. A leak grows the heap in step with the cycles: the second
 * half of the cycles adds as much as the first. Allocator and compiler noise levels off instead.
 */
export async function measureMemory(browser, origin, { tags, cycles, warmUp = 10, checkpoints = 4 }) {
  const page = await freshPage(browser);
  try {
    await page.goto(`${origin}/harness.html`, { waitUntil: 'load' });
    await page.evaluate((names) => Promise.all(names.map((tag) => customElements.whenDefined(tag))), tags);
    const client = await page.createCDPSession();
    await client.send('HeapProfiler.enable');
    await client.send('Runtime.enable');

    const before = await heapAfterCollection(page, client);
    await page.evaluate((names, count) => window.bench.createAndRemove(names, count), tags, warmUp);
    const warm = await heapAfterCollection(page, client);
    // The same state measured twice: how much the figure moves with nothing happening.
    const noise = Math.abs((await heapAfterCollection(page, client)).heapBytes - warm.heapBytes);

    const series = [{ cycles: 0, ...warm }];
    let elapsed = 0;
    for (let checkpoint = 1; checkpoint <= checkpoints; checkpoint += 1) {
      const count = Math.round((cycles * checkpoint) / checkpoints) - series.at(-1).cycles;
      const started = performance.now();
      await page.evaluate((names, n) => window.bench.createAndRemove(names, n), tags, count);
      elapsed += performance.now() - started;
      series.push({ cycles: series.at(-1).cycles + count, ...(await heapAfterCollection(page, client)) });
    }
    const after = series.at(-1);
    const middle = series[Math.floor(series.length / 2)];

    const growth = after.heapBytes - warm.heapBytes;
    const firstHalf = middle.heapBytes - warm.heapBytes;
    const secondHalf = after.heapBytes - middle.heapBytes;
    // A widget kept alive per cycle costs kilobytes each time; a sustained 64 bytes a cycle or less is noise.
    const sustained = secondHalf > Math.max(noise, 64 * (after.cycles - middle.cycles)) && secondHalf > firstHalf / 2;
    const nodesLeft = after.nodes - warm.nodes;
    return {
      cycles,
      warmUp,
      before,
      warm,
      after,
      series,
      growthSinceBefore: after.heapBytes - before.heapBytes,
      growthSinceWarmUp: growth,
      growthPerCycle: Math.round(growth / cycles),
      growthSecondHalf: secondHalf,
      nodesLeft,
      noise,
      verdict: sustained || nodesLeft > 0 ? 'grows' : 'no growth beyond noise',
      millisecondsPerCycle: Math.round((elapsed / cycles) * 10) / 10,
      problems: [...new Set(page.problems)],
    };
  } finally {
    await page.closeContext();
  }
}
