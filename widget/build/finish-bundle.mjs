// Turns TeaVM's output into the shipped widget.js:
// 1. wraps it so the bundle starts itself while its <script> executes (the only moment
//    document.currentScript is set) and leaks no global;
// 2. runs terser over it: TeaVM names top-level functions in declaration order, terser by
//    frequency, and drops what TeaVM left dead (about 2.1 KB gzip on the whole bundle).
// Usage: node build/finish-bundle.mjs RAW.js OUT.js [COPY.js ...]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const [raw, ...outputs] = process.argv.slice(2);
if (!raw || outputs.length === 0) {
  console.error('usage: node build/finish-bundle.mjs RAW.js OUT.js [COPY.js ...]');
  process.exit(2);
}

async function loadTerser() {
  try {
    return await import('terser');
  } catch {
    // First build on this machine: install the pinned version from package-lock.json.
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
    return await import('terser');
  }
}

const { minify } = await loadTerser();
const wrapped = '(function(){' + readFileSync(raw, 'utf8').trim() + ';main([]);})();';
// Default (safe) compress options, names inside the wrapper are all private to it. No
// `sequences`: joined into one comma expression, an arrow function whose body declares `let`
// is refused by HtmlUnit's JavaScript engine ("let declaration not directly within block").
const result = await minify(wrapped, { ecma: 2020, compress: { passes: 2, sequences: false }, mangle: true });
for (const out of outputs) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.code);
}
// Node's zlib compresses a little worse than gzip -9, the figure BENCHMARKS.md uses.
console.log(`widget.js: ${Buffer.byteLength(result.code)} bytes, ${gzipSync(result.code, { level: 9 }).length} bytes zlib-gzip`);
