// Checks in a real Chromium that the widget survives a hostile host page: a strict CSP
// (script-src/style-src 'self' + the widget host, no 'unsafe-inline'), `* { all: unset !important }`,
// `div { display: none !important }` and a full-page overlay at z-index 2147483647.
// usage: node scripts/hostile-check.mjs [WIDGET_ORIGIN]   (exit code 1 on failure)
import { chromium } from 'playwright-core';

const widget = (process.argv[2] || 'http://127.0.0.1:9003').replace(/\/$/, '');
// The page is played by Playwright on the widget's own origin: Chromium's local-network rules
// block another origin from loading a loopback script. The CSP still names the widget host.
const shop = widget;
const page404 = { status: 404, body: '' };
const html = `<!DOCTYPE html><html><head><title>Hostile shop</title>
<link rel="stylesheet" href="/hostile-page.css"></head><body><h1>Shop</h1>
<div class="overlay"></div>
<script src="${widget}/widget.js" data-org="o" data-sid="s" data-locale="zh-CN" data-ui-probe></script>
</body></html>`;
const css = `* { all: unset !important; } div { display: none !important; }
.overlay { display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; background: rgba(255, 0, 0, .3) !important; }`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route(`${shop}/hostile-page*`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/hostile-page') {
      return route.fulfill({ contentType: 'text/html', body: html, headers: {
        'Content-Security-Policy': `default-src 'self'; script-src 'self' ${widget}; style-src 'self' ${widget}; img-src 'self' https: data:` } });
    }
    if (path === '/hostile-page.css') return route.fulfill({ contentType: 'text/css', body: css });
    return route.fulfill(page404);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.goto(`${shop}/hostile-page`, { waitUntil: 'load' });
  const launcher = page.locator('[part="launcher"]');
  await launcher.waitFor({ state: "visible", timeout: 5000 });
  const box = await launcher.boundingBox();
  check(box && box.width >= 48 && box.height >= 48, `launcher is laid out (${box && box.width}x${box && box.height})`);
  const onTop = await page.evaluate(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit && hit.id === 'weiyu-widget';
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  check(onTop, 'launcher is above the z-index 2147483647 overlay (top layer)');
  const accent = await launcher.evaluate((e) => getComputedStyle(e).backgroundColor);
  check(accent === 'rgb(22, 119, 255)', `widget styles apply under the CSP (launcher background ${accent})`);
  await launcher.click();
  const panel = page.locator('[part="panel"]');
  await panel.waitFor({ state: 'visible', timeout: 3000 });
  const pbox = await panel.boundingBox();
  check(pbox && pbox.width > 300 && pbox.height > 300, `panel opens at full size (${pbox && pbox.width}x${pbox && pbox.height})`);
  await page.evaluate(() => window.weiyuUiProbe('add', JSON.stringify({ uid: 'a', type: 'TEXT', from: 'agent',
    status: 'SUCCESS', createdAt: '2026-11-25 10:00:00', content: '您好', nickname: '小林' }), '-1'));
  const bubble = await page.locator('[part="message"] .wy-bubble').evaluate((e) => getComputedStyle(e).borderTopRightRadius);
  check(bubble === '16px', `message bubbles keep their style (${bubble})`);
  const typed = await page.evaluate(() => {
    const root = document.getElementById('weiyu-widget').shadowRoot;
    return root.activeElement && root.activeElement.getAttribute('part');
  });
  check(typed === 'composer', `focus is in the composer after opening (${typed})`);
  await page.keyboard.type('你好');
  await page.keyboard.press('Enter');
  const sent = await page.evaluate(() => window.weiyuUiProbe('calls'));
  check(sent.includes('sendText|你好'), 'Enter in the composer sends');
  await page.keyboard.press('Escape');
  const back = await page.evaluate(() => {
    const host = document.getElementById('weiyu-widget');
    return document.activeElement === host && host.shadowRoot.activeElement.getAttribute('part');
  });
  check(back === 'launcher' && !(await panel.isVisible()), `Escape closes and focus returns to the launcher (${back})`);
  const violations = await page.evaluate(() => window.__violations);
  check(violations.length === 0, `no CSP violation (${violations.join(', ')})`);
  check(errors.length === 0, `no page error (${errors.join(' | ')})`);
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
