// Start-up cost of widget.js in Debian's Chromium, read from a Chromium trace of each fresh load:
// - script start -> visible: from the moment widget.js starts executing (its EvaluateScript event)
//   to the launcher being in the page and laid out with a size (a performance mark set by a
//   MutationObserver installed before any page script);
// - arrived -> visible: the same end, counted from when the renderer had the whole file
//   (ResourceFinish; includes waiting behind the page's own work);
// - the widget's tasks: the longest main-thread task (RunTask) from the one that runs widget.js
//   until two seconds later (the conversation and the first network answers come in this
//   window), wall time and the CPU time the main thread spent in it.
// Runs several fresh page loads and prints each and the medians.
// usage: node scripts/startup-timing.mjs [URL] [RUNS] [--bundle FILE] [--tag 'ATTRS'] [--returning]
//   (a running widget-server; default the demo; --bundle serves FILE as widget.js instead of the
//   server's, to compare two builds on the same page; --tag measures instead a page that is only
//   <script async src="<URL's origin>/widget.js" ATTRS>, served from another origin as a site
//   would; --returning loads the page once in the same browser profile before the measured load,
//   as a returning visitor with a warm HTTP cache; --away SECONDS (with --returning) lets that many
//   seconds pass between the two loads, all runs' first loads done before the wait); --latency MS
//   adds that round-trip time to every request (Chromium's network emulation), as a visitor far
//   from the server has; answers from the HTTP cache do not pay it)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
/** Takes `--name` out of args: its value (or true for a flag), null when absent. */
function option(name, hasValue) {
  const at = args.indexOf(name);
  return at < 0 ? null : args.splice(at, hasValue ? 2 : 1)[hasValue ? 1 : 0] ?? true;
}
const bundleFile = option('--bundle', true);
const bundle = bundleFile === null ? null : readFileSync(bundleFile);
const tagAttributes = option('--tag', true);
const returning = option('--returning', false) !== null;
const awayMs = Number(option('--away', true) ?? 0) * 1000;
const latencyMs = Number(option('--latency', true) ?? 0);
const serverUrl = args[0] || 'http://127.0.0.1:9003/';
const widgetOrigin = new URL(serverUrl).origin;
// A page on its own origin, like a site's (page.route would turn the HTTP cache off).
const site = tagAttributes === null ? null : await new Promise((resolve) => {
  const html = `<!doctype html><meta charset="utf-8"><title>tag only</title>`
    + `<script async src="${widgetOrigin}/widget.js" ${tagAttributes}></script>`;
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(req.url === '/' ? html : '');
  });
  server.listen(0, '127.0.0.1', () => resolve(server));
});
const url = site ? `http://127.0.0.1:${site.address().port}/` : serverUrl;
const runs = Number(args[1] || 10);
const BUNDLE = /\/widget(\.[0-9a-f]+)?\.js/;
const WINDOW_US = 2_000_000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
/** A fresh profile (context) and page, after the returning visitor's first load if asked. */
async function prepare() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (latencyMs > 0) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  if (bundle) {
    await page.route(BUNDLE, (route) => route.fulfill({ body: bundle, contentType: 'text/javascript; charset=utf-8' }));
  }
  if (returning) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => !!document.getElementById('weiyu-widget'));
    await page.waitForTimeout(500);
    await page.goto('about:blank');
  }
  return { context, page };
}
try {
  // With --away every run's first load is done before the one wait; else each run is made when measured.
  const prepared = [];
  if (awayMs > 0) {
    for (let i = 0; i < runs; i++) prepared.push(await prepare());
    await new Promise((resolve) => setTimeout(resolve, awayMs));
  }
  for (let i = 0; i < runs; i++) {
    const { context, page } = prepared[i] || await prepare();
    // Installed before any page script: marks the moment the launcher is visible.
    await page.addInitScript(() => {
      window.__wyVisible = false;
      const check = () => {
        const host = document.getElementById('weiyu-widget');
        const root = host && (host.shadowRoot || host);
        const launcher = root && root.querySelector('[part="launcher"]');
        return !!launcher && launcher.getBoundingClientRect().width > 0;
      };
      new MutationObserver((_, obs) => {
        if (check()) {
          performance.mark('wy-launcher-visible');
          window.__wyVisible = true;
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline',
      'blink.user_timing', 'loading'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__wyVisible);
    await page.waitForTimeout(WINDOW_US / 1000 + 200);
    const r = measure(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    results.push(r);
    console.log(`run ${i + 1}: script start -> visible ${r.startToVisible.toFixed(1)} ms, arrived -> visible `
      + `${r.arrivedToVisible.toFixed(1)} ms; widget.js's own task ${r.ownTask.toFixed(1)} ms (CPU ${r.ownCpu.toFixed(1)}); `
      + `longest task in the next 2 s ${r.longest.toFixed(1)} ms (CPU ${r.longestCpu.toFixed(1)})`);
    await context.close();
  }
} finally {
  await browser.close();
  site?.close();
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
const worst = (key) => Math.max(...results.map((r) => r[key]));
console.log(`median over ${runs} loads: script start -> visible launcher ${median('startToVisible').toFixed(1)} ms `
  + `(arrived -> visible ${median('arrivedToVisible').toFixed(1)} ms); widget.js's own task ${median('ownTask').toFixed(1)} ms; `
  + `longest start-up task ${median('longest').toFixed(1)} ms (worst ${worst('longest').toFixed(1)} ms)`);

function measure(events) {
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && BUNDLE.test(e.args?.data?.url || ''));
  const visible = events.find((e) => e.name === 'wy-launcher-visible');
  const request = events.find((e) => e.name === 'ResourceSendRequest' && BUNDLE.test(e.args?.data?.url || ''));
  const finish = request && events.find((e) => e.name === 'ResourceFinish'
    && e.args?.data?.requestId === request.args.data.requestId);
  // A returning load may take the bundle from the memory cache, with no download in the trace.
  if (!evaluate || !visible || (!finish && !returning)) throw new Error('trace lacks the script, its download or the visible mark');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === evaluate.pid && e.tid === evaluate.tid);
  const own = tasks.find((t) => t.ts <= evaluate.ts && evaluate.ts <= t.ts + t.dur);
  const during = tasks.filter((t) => t.ts >= own.ts && t.ts <= own.ts + WINDOW_US);
  const longest = during.reduce((a, b) => (b.dur > a.dur ? b : a), own);
  return {
    startToVisible: (visible.ts - evaluate.ts) / 1000,
    arrivedToVisible: finish ? (visible.ts - finish.ts) / 1000 : NaN,
    ownTask: own.dur / 1000,
    ownCpu: (own.tdur || 0) / 1000,
    longest: longest.dur / 1000,
    longestCpu: (longest.tdur || 0) / 1000,
  };
}
