// Start-up cost of widget.js in Debian's Chromium: milliseconds from the moment the script
// finished downloading (it runs right after, being async) to the launcher being in the page and
// visible, and the longest main-thread task from the script's arrival until then (read from a
// Chromium trace, so tasks under 50 ms count too: the longtask API only reports longer ones).
// Runs several fresh page loads and prints each and the median.
// usage: node scripts/startup-timing.mjs [URL] [RUNS]   (a running widget-server; default the demo)
import { chromium } from 'playwright-core';

const url = process.argv[2] || 'http://127.0.0.1:9003/';
const runs = Number(process.argv[3] || 10);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Installed before any page script: watches for the launcher and records long tasks.
    await page.addInitScript(() => {
      window.__wy = { longTasks: [], visibleAt: 0 };
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__wy.longTasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      } catch (e) { /* no long-task API */ }
      const check = () => {
        const host = document.getElementById('weiyu-widget');
        const root = host && (host.shadowRoot || host);
        const launcher = root && root.querySelector('[part="launcher"]');
        if (launcher && launcher.getBoundingClientRect().width > 0 && !window.__wy.visibleAt) {
          window.__wy.visibleAt = performance.now();
          return true;
        }
        return false;
      };
      new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
        .observe(document, { childList: true, subtree: true });
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__wy.visibleAt > 0);
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /\/widget(\.[0-9a-f]+)?\.js/.test(e.name));
      return { scriptReady: entry.responseEnd, visibleAt: window.__wy.visibleAt, longTasks: window.__wy.longTasks };
    });
    const ms = r.visibleAt - r.scriptReady;
    const tasks = startupTasks(JSON.parse((await browser.stopTracing()).toString()), ms);
    results.push({ ms, longest: tasks.longest, widgetTask: tasks.widget });
    console.log(`run ${i + 1}: launcher visible ${ms.toFixed(1)} ms after widget.js arrived; widget.js's own task ${tasks.widget.toFixed(1)} ms; longest task until visible ${tasks.longest.toFixed(1)} ms; long tasks (>50 ms, longtask API): ${r.longTasks.length ? r.longTasks.join(', ') + ' ms' : 'none'}`);
    await context.close();
  }
} finally {
  await browser.close();
}
const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const worstTask = Math.max(...results.map((r) => r.longest));
const medianTask = results.map((r) => r.longest).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median over ${runs} loads: ${median.toFixed(1)} ms to a visible launcher; longest start-up task: median ${medianTask.toFixed(1)} ms, worst ${worstTask.toFixed(1)} ms`);

// The renderer's main-thread tasks (RunTask) from the one that evaluates widget.js until the
// launcher is visible (visibleMs after the script arrived, plus a frame); durations in ms.
function startupTasks(trace, visibleMs) {
  const events = trace.traceEvents || trace;
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && /\/widget(\.[0-9a-f]+)?\.js/.test(e.args?.data?.url || ''));
  if (!evaluate) return { widget: NaN, longest: NaN };
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === evaluate.pid && e.tid === evaluate.tid);
  const own = tasks.find((t) => t.ts <= evaluate.ts && evaluate.ts <= t.ts + t.dur);
  const from = own ? own.ts : evaluate.ts;
  const until = from + (visibleMs + 20) * 1000;
  const during = tasks.filter((t) => t.ts + t.dur >= from && t.ts <= until);
  return { widget: own ? own.dur / 1000 : NaN, longest: Math.max(0, ...during.map((t) => t.dur / 1000)) };
}
