// Checks in a phone-sized Chromium that the full-screen panel follows the visual viewport,
// so the composer stays above the on-screen keyboard. Headless Chromium shows no keyboard,
// so the page gets a stand-in window.visualViewport that shrinks as a keyboard would.
// usage: node scripts/keyboard-check.mjs [WIDGET_ORIGIN]   (exit code 1 on failure)
import { chromium } from 'playwright-core';

const origin = (process.argv[2] || 'http://127.0.0.1:9003').replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.addInitScript(() => {
    const vv = new EventTarget();
    let keyboard = null;
    Object.defineProperty(vv, 'height', { get: () => (keyboard ? keyboard.height : window.innerHeight) });
    Object.defineProperty(vv, 'offsetTop', { get: () => (keyboard ? keyboard.top : 0) });
    window.__keyboard = (height, top) => { keyboard = { height, top }; vv.dispatchEvent(new Event('resize')); };
    Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => vv });
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.locator('[part="launcher"]').click();
  const panel = page.locator('[part="panel"]');
  await panel.waitFor({ state: 'visible' });
  await page.waitForTimeout(300); // the opening animation
  const full = await panel.boundingBox();
  check(full.width === 390 && Math.round(full.height) === 844, `full screen on a phone (${full.width}x${full.height})`);
  check(!(await page.locator('[part="launcher"]').isVisible()), 'the launcher hides behind the full-screen panel');
  await page.evaluate(() => window.__keyboard(500, 120));
  const small = await panel.boundingBox();
  check(Math.round(small.height) === 500 && Math.round(small.y) === 120,
    `the panel shrinks to the visual viewport above the keyboard (${small.height} at ${small.y})`);
  const composer = await page.locator('[part="composer"]').boundingBox();
  check(composer.y + composer.height <= 620, `the composer stays visible (bottom at ${composer.y + composer.height})`);
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
