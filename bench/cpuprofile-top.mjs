// Prints the hottest functions of a V8 .cpuprofile (from node --cpu-prof), by self time.
//   node cpuprofile-top.mjs profiles/CPU.*.cpuprofile [N]
import fs from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node cpuprofile-top.mjs FILE.cpuprofile [N]');
  process.exit(2);
}
const top = parseInt(topArg || '25', 10);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const selfTicks = new Map();
for (const id of prof.samples) selfTicks.set(id, (selfTicks.get(id) || 0) + 1);
const total = prof.samples.length;
const agg = new Map();
for (const [id, ticks] of selfTicks) {
  const cf = byId.get(id).callFrame;
  const key = `${cf.functionName || '(anonymous)'}  ${cf.url ? cf.url.split('/').slice(-1)[0] : ''}:${cf.lineNumber + 1}`;
  agg.set(key, (agg.get(key) || 0) + ticks);
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${total} samples`);
for (const [key, ticks] of rows) console.log(`${(100 * ticks / total).toFixed(1).padStart(5)}%  ${key}`);
