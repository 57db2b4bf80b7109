// Screenshots of a running widget-server's demo page with the chat panel open.
// usage: node scripts/screenshot.mjs [URL] [OUT.png] [--dark] [--mobile] [--conversation]
// --conversation plays a sample conversation through the widget's UI probe (the tag gets
// data-ui-probe on the fly), since the demo has no chat backend yet.
// Needs Debian's chromium (apt-get install -y chromium fonts-wqy-microhei fonts-noto-color-emoji)
// and `npm install` in scripts/.
import { chromium } from 'playwright-core';
import { IMAGE_HOST, fakeImage, playConversation } from './conversation.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [url = 'http://127.0.0.1:9003/', out = 'docs/demo-open.png'] = args.filter((a) => !a.startsWith('--'));
const mobile = flags.has('--mobile');
const conversation = flags.has('--conversation');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({
    viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    deviceScaleFactor: 2,
    isMobile: mobile,
    hasTouch: mobile,
    colorScheme: flags.has('--dark') ? 'dark' : 'light',
    locale: 'zh-CN',
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (conversation) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('data-site="demo"', 'data-site="demo" data-ui-probe');
      await route.fulfill({ response, body });
    });
    await page.route(`${IMAGE_HOST}/**`, (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: fakeImage(route.request().url()) }));
  }
  await page.goto(url, { waitUntil: 'load' });
  // Playwright's CSS selectors pierce open shadow roots.
  await page.locator('[part="launcher"]').click();
  await page.locator('[part="panel"]').waitFor({ state: 'visible' });
  if (conversation) {
    await playConversation(page);
    await page.locator('[part="message"][data-uid="v3"] img').waitFor();
    await page.waitForTimeout(400);
    await page.locator('[part="composer"]').blur();
    // Show where today begins, if today's part fits; else the newest messages stay in view.
    await page.locator('[part="messages"]').evaluate((list) => {
      const days = list.querySelectorAll('.wy-day');
      const today = days[days.length - 1];
      if (today && list.scrollHeight - today.offsetTop <= list.clientHeight) list.scrollTop = today.offsetTop - 8;
    });
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}${errors.length ? '; page errors: ' + errors.join(' | ') : ''}`);
} finally {
  await browser.close();
}
