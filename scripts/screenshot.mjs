// Takes a screenshot of a running widget-server's demo page with the chat panel open.
// usage: node scripts/screenshot.mjs [URL] [OUT.png] [--dark] [--mobile]
// Needs Debian's chromium (apt-get install -y chromium fonts-wqy-microhei) and
// `npm install` in scripts/.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [url = 'http://127.0.0.1:9003/', out = 'docs/demo-open.png'] = args.filter((a) => !a.startsWith('--'));
const mobile = flags.has('--mobile');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({
    viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    deviceScaleFactor: mobile ? 2 : 1,
    colorScheme: flags.has('--dark') ? 'dark' : 'light',
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  // Playwright's CSS selectors pierce open shadow roots.
  await page.locator('[part="launcher"]').click();
  await page.locator('[part="panel"]').waitFor({ state: 'visible' });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}${errors.length ? '; page errors: ' + errors.join(' | ') : ''}`);
} finally {
  await browser.close();
}
