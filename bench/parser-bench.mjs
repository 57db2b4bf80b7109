// Benchmark: weiyu StompParser (Java, compiled to JS by TeaVM) vs @stomp/stompjs's Parser, in Node.
//
//   ./mvnw -q -B -Pbench -DskipTests package -pl bench -am   # builds target/teavm/parser-bench.js
//   cd bench && npm install && node parser-bench.mjs
//
// One deterministic corpus (seeded PRNG) of MESSAGE frames, one WebSocket text message per frame,
// shaped like what RabbitMQ Web-STOMP and Spring's broker relay send. Every implementation parses
// the whole corpus once per round; rounds alternate between the implementations after a warm-up,
// and the median round is reported. See README.md.
//
// Options (environment): FRAMES (default 100000), ROUNDS (default 9), WARMUP (default 3),
// SEED (default 20261125), ONLY=ours[,sjParser,sjBody,sjClient] (time only those, e.g. under
// node --cpu-prof), BUNDLE=path (another TeaVM build of ParserBench instead of target/teavm/...),
// CANDIDATES=a.js,b.js (more TeaVM builds, timed in the same rounds: A/B-test a parser change).

import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { Parser, FrameImpl } from '@stomp/stompjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FRAMES = intEnv('FRAMES', 100000);
const ROUNDS = intEnv('ROUNDS', 9);
const WARMUP = intEnv('WARMUP', 3);
const SEED = intEnv('SEED', 20261125);
const ONLY = process.env.ONLY || '';

function intEnv(name, fallback) {
  const v = process.env[name];
  return v === undefined || v === '' ? fallback : parseInt(v, 10);
}

// A full GC before each timed run, so one implementation's garbage is not collected on another's
// clock. (--expose-gc without asking for the flag on the command line.)
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// ---------------------------------------------------------------------------------------------
// Our parser: TeaVM's CommonJS output; main() installs globalThis.weiyuParseAll / weiyuParseDetail.
// BUNDLE=path/to/other-parser-bench.js compares another build (e.g. a candidate parser change).
const bundle = process.env.BUNDLE ? path.resolve(process.env.BUNDLE) : path.join(here, 'target', 'teavm', 'parser-bench.js');
if (!fs.existsSync(bundle)) {
  console.error(`${bundle} is missing: run ./mvnw -q -B -Pbench -DskipTests package -pl bench -am first`);
  process.exit(2);
}
function load(file) {
  delete globalThis.weiyuParseAll;
  delete globalThis.weiyuParseDetail;
  createRequire(import.meta.url)(file).main([]);
  const fns = { parseAll: globalThis.weiyuParseAll, parseDetail: globalThis.weiyuParseDetail };
  if (typeof fns.parseAll !== 'function' || typeof fns.parseDetail !== 'function') {
    console.error(`${file} did not install weiyuParseAll/weiyuParseDetail`);
    process.exit(2);
  }
  return fns;
}
const { parseAll: weiyuParseAll, parseDetail: weiyuParseDetail } = load(bundle);
const candidates = (process.env.CANDIDATES || '').split(',').filter(Boolean).map((f) => ({ file: path.resolve(f), ...load(path.resolve(f)) }));

// ---------------------------------------------------------------------------------------------
// The corpus.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;

const EN = ('the a to and of is in it you that for on with this be are have was at we ok not but ' +
  'can will just so what do get meeting tomorrow order shipped refund invoice please thanks ' +
  'hello update status deploy ticket customer support price delivery address today morning ' +
  'sorry problem fixed checking payment confirm received account login password reset').split(' ');
const ZH = ('你好 谢谢 我们 今天 明天 订单 已经 发货 请问 客服 退款 问题 价格 地址 帮忙 确认 ' +
  '收到 没有 可以 时间 一下 这个 那个 上午 下午 支付 成功 失败 账号 登录 密码 重置 快递 ' +
  '稍等 马上 处理 好的 没问题 麻烦 您 亲 优惠券 会员 积分').split(' ');
const EMOJI = ['😀', '😂', '👍', '🙏', '🎉', '❤️', '🔥', '😅', '🤔', '👌', '🚀', '✅', '😊', '👋🏻', '🇨🇳'];
const PUNCT_ZH = ['，', '。', '！', '？', '、', '：'];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', 'Alice', 'Bob', 'Chen Jing', 'María', 'Zoë', '小明', 'ops-bot'];

/** Chat text of about `n` chars; `zh` is the share of Chinese words, some emoji sprinkled in. */
function text(n, zh) {
  const parts = [];
  let len = 0;
  let word = false; // the last part was an English word: a space goes before the next one
  while (len < n) {
    let p;
    if (chance(0.06)) {
      p = pick(EMOJI);
      word = false;
    } else if (chance(zh)) {
      p = pick(ZH);
      if (chance(0.25)) p += pick(PUNCT_ZH);
      word = false;
    } else {
      p = (word ? ' ' : '') + pick(EN);
      if (chance(0.1)) p += chance(0.5) ? '.' : ',';
      word = true;
    }
    parts.push(p);
    len += p.length;
  }
  return parts.join('');
}

function hex(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
  return s;
}

function chatMessage(approxChars, zh, seq) {
  return {
    id: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    conversationId: `conv-${int(1, 50000)}`,
    seq,
    sender: { id: int(1, 9999999), name: pick(NAMES), role: pick(['customer', 'agent', 'bot']) },
    sentAt: 1764000000000 + seq * 1373,
    type: 'text',
    text: text(approxChars, zh),
    ...(chance(0.2) ? { mentions: [pick(NAMES), pick(NAMES)] } : {}),
    ...(chance(0.1) ? { quoted: { id: hex(16), preview: text(40, zh) } } : {}),
  };
}

/** A body of `target` UTF-16 chars or a little more, of one of several realistic kinds. */
function body(target, seq) {
  const zh = pick([0, 0.1, 0.5, 0.8, 0.95]);
  const kind = rnd();
  if (kind < 0.15) {
    return { type: 'text/plain;charset=UTF-8', text: text(target, zh) };
  }
  if (kind < 0.3) { // a system event: mostly ASCII JSON
    return {
      type: 'application/json',
      text: JSON.stringify({
        event: pick(['typing', 'read', 'presence', 'agent.assigned', 'queue.position']),
        conversationId: `conv-${int(1, 50000)}`, userId: int(1, 9999999), at: 1764000000000 + seq * 911,
        data: target > 120 ? { note: text(target - 120, 0), position: int(1, 40) } : { position: int(1, 40) },
      }),
    };
  }
  if (target < 1500) { // one chat message
    const overhead = 190;
    return { type: 'application/json', text: JSON.stringify(chatMessage(Math.max(8, target - overhead), zh, seq)) };
  }
  // A history page: several messages in one frame.
  const items = [];
  let len = 40;
  while (len < target) {
    const m = chatMessage(int(20, 300), zh, seq * 100 + items.length);
    len += JSON.stringify(m).length + 1;
    items.push(m);
  }
  return { type: 'application/json', text: JSON.stringify({ conversationId: `conv-${int(1, 50000)}`, hasMore: chance(0.5), items }) };
}

function bodySize() {
  const r = rnd();
  if (r < 0.5) return int(20, 200);     // chat messages, receipts, typing events
  if (r < 0.85) return int(200, 1500);  // long chat messages, rich events
  return int(1500, 6000);                // history pages
}

function buildCorpus(n) {
  const frames = [];
  const expected = { frames: n, bodyChars: 0, bodyBytes: 0, headers: 0, heartbeats: 0, wireBytes: 0, wireChars: 0,
    withLength: 0, nonAscii: 0 };
  const sessions = Array.from({ length: 8 }, () => hex(22));
  for (let i = 0; i < n; i++) {
    const rabbit = chance(0.6); // else Spring's broker relay / simple broker
    const room = int(1, 500);
    const sub = `sub-${int(0, 7)}`;
    const b = body(bodySize(), i);
    const headers = [];
    let destination;
    if (rabbit) {
      destination = pick([`/topic/chat.room.${room}`, `/exchange/chat/room.${room}`, `/queue/agent-${int(1, 300)}`,
        `/amq/queue/widget.${hex(8)}`]);
      headers.push(['subscription', sub], ['destination', destination],
        ['message-id', `T_${sub}@@session-${pick(sessions)}@@${i + 1}`], ['redelivered', 'false']);
      headers.push(['content-type', b.type]);
      if (chance(0.15)) headers.push(['persistent', 'true']);
      // 2%: a header value with an escaped colon (1.2 escaping), e.g. a reply-to URI.
      if (chance(0.02)) headers.push(['x-origin', 'https\\c//chat.example.com/room/' + room]);
    } else {
      destination = pick([`/topic/room.${room}`, `/user/queue/messages`, `/topic/presence`]);
      headers.push(['destination', destination], ['content-type', b.type], ['subscription', sub],
        ['message-id', `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}-${i}`]);
    }
    const bytes = Buffer.byteLength(b.text, 'utf8');
    const withLength = chance(0.6);
    if (withLength) headers.push(['content-length', String(bytes)]);
    const trailingEol = rabbit && chance(0.5); // RabbitMQ's "\0\n"
    let frame = 'MESSAGE\n';
    for (const [k, v] of headers) frame += `${k}:${v}\n`;
    frame += '\n' + b.text + (trailingEol ? '\0\n' : '\0');
    frames.push(frame);
    expected.bodyChars += b.text.length;
    expected.bodyBytes += bytes;
    expected.headers += headers.length;
    expected.heartbeats += trailingEol ? 1 : 0;
    expected.wireBytes += Buffer.byteLength(frame, 'utf8');
    expected.wireChars += frame.length;
    expected.withLength += withLength ? 1 : 0;
    expected.nonAscii += bytes !== b.text.length ? 1 : 0;
  }
  return { frames, expected };
}

const t0 = performance.now();
const { frames: corpus, expected } = buildCorpus(FRAMES);
// Flatten V8 cons strings now, so no implementation pays for the corpus's construction.
for (let i = 0; i < corpus.length; i++) corpus[i] = flat(corpus[i]);
function flat(s) {
  // A JSON round trip returns a fresh flat (sequential) string with the same content.
  return JSON.parse(JSON.stringify(s));
}
const buildMs = performance.now() - t0;

// ---------------------------------------------------------------------------------------------
// The implementations. Each keeps ONE parser across all rounds, as a connection would.

function ours(parseAll = weiyuParseAll) {
  const r = parseAll(corpus);
  return { frames: r[0], bodyChars: r[1], headers: r[2], heartbeats: r[3], errors: r[4] };
}

// (b1) stompjs Parser only: frames come out with string command/headers and a Uint8Array body.
const sjParserOnly = (() => {
  let frames = 0, bodyBytes = 0, headers = 0, heartbeats = 0;
  const parser = new Parser((raw) => {
    frames++;
    bodyBytes += raw.binaryBody.length;
    headers += raw.headers.length;
  }, () => { heartbeats++; });
  return () => {
    frames = 0; bodyBytes = 0; headers = 0; heartbeats = 0;
    for (let i = 0; i < corpus.length; i++) parser.parseChunk(corpus[i], false);
    return { frames, bodyBytes, headers, heartbeats };
  };
})();

// (b2) stompjs Parser + the body as a string, decoded as FrameImpl's `body` getter does it
// (`new TextDecoder().decode(this._binaryBody)`).
const sjParserBody = (() => {
  let frames = 0, bodyChars = 0, headers = 0, heartbeats = 0;
  const parser = new Parser((raw) => {
    frames++;
    bodyChars += new TextDecoder().decode(raw.binaryBody).length;
    headers += raw.headers.length;
  }, () => { heartbeats++; });
  return () => {
    frames = 0; bodyChars = 0; headers = 0; heartbeats = 0;
    for (let i = 0; i < corpus.length; i++) parser.parseChunk(corpus[i], false);
    return { frames, bodyChars, headers, heartbeats };
  };
})();

// (b3) what stompjs's client does per frame before a subscriber reads message.body:
// FrameImpl.fromRawFrame (header trim + 1.2 unescape into an object), then the body getter.
const sjClientFrame = (() => {
  let frames = 0, bodyChars = 0, headers = 0, heartbeats = 0;
  const parser = new Parser((raw) => {
    const frame = FrameImpl.fromRawFrame(raw, true);
    frames++;
    bodyChars += frame.body.length;
    headers += raw.headers.length;
  }, () => { heartbeats++; });
  return () => {
    frames = 0; bodyChars = 0; headers = 0; heartbeats = 0;
    for (let i = 0; i < corpus.length; i++) parser.parseChunk(corpus[i], false);
    return { frames, bodyChars, headers, heartbeats };
  };
})();

const minified = !fs.readFileSync(bundle, 'utf8').includes('wws_StompParser');
const IMPLS = [
  { key: 'ours', name: `weiyu StompParser (TeaVM 0.16, ADVANCED${minified ? ', minified' : ', NOT minified'})`, run: ours },
  { key: 'sjParser', name: '@stomp/stompjs Parser, parser only (body = Uint8Array)', run: sjParserOnly },
  { key: 'sjBody', name: '@stomp/stompjs Parser + body as string (TextDecoder)', run: sjParserBody },
  { key: 'sjClient', name: '@stomp/stompjs Parser + FrameImpl.fromRawFrame + .body', run: sjClientFrame },
  ...candidates.map((c, i) => ({ key: `cand${i + 1}`, name: `candidate ${i + 1}: ${path.basename(c.file)}`, run: () => ours(c.parseAll), candidate: c })),
].filter((impl) => impl.candidate || !ONLY || ONLY.split(',').includes(impl.key));

// ---------------------------------------------------------------------------------------------
// Correctness, untimed: counts against the corpus, and frame by frame against stompjs.

function check(cond, what) {
  if (!cond) {
    console.error('CHECK FAILED: ' + what);
    process.exit(1);
  }
}

function verify() {
  const o = ours();
  check(o.errors === 0, `ours: ${o.errors} protocol errors`);
  check(o.frames === expected.frames, `ours: ${o.frames} frames, expected ${expected.frames}`);
  check(o.bodyChars === expected.bodyChars, `ours: ${o.bodyChars} body chars, expected ${expected.bodyChars}`);
  check(o.headers === expected.headers, `ours: ${o.headers} headers, expected ${expected.headers}`);
  check(o.heartbeats === expected.heartbeats, `ours: ${o.heartbeats} heartbeats, expected ${expected.heartbeats}`);
  for (const c of candidates) {
    const r = ours(c.parseAll);
    check(r.errors === 0 && r.frames === o.frames && r.bodyChars === o.bodyChars && r.headers === o.headers && r.heartbeats === o.heartbeats,
      `candidate ${c.file}: ${JSON.stringify(r)} vs ${JSON.stringify(o)}`);
    const a = weiyuParseDetail(corpus);
    const b = c.parseDetail(corpus);
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < 4; j++) if (a[i][j] !== b[i][j]) check(false, `candidate ${c.file}: frame ${i} field ${j} differs`);
    }
  }
  if (ONLY) return o;
  const p = sjParserOnly();
  check(p.frames === expected.frames, `stompjs parser: ${p.frames} frames`);
  check(p.bodyBytes === expected.bodyBytes, `stompjs parser: ${p.bodyBytes} body bytes, expected ${expected.bodyBytes}`);
  check(p.headers === expected.headers && p.heartbeats === expected.heartbeats, 'stompjs parser: headers/heartbeats');
  for (const run of [sjParserBody, sjClientFrame]) {
    const s = run();
    check(s.frames === expected.frames, `stompjs: ${s.frames} frames`);
    check(s.bodyChars === expected.bodyChars, `stompjs: ${s.bodyChars} body chars, expected ${expected.bodyChars}`);
    check(s.headers === expected.headers && s.heartbeats === expected.heartbeats, 'stompjs: headers/heartbeats');
  }
  // Frame by frame: command, destination, message-id (unescaped as stompjs's client does) and body.
  const mine = weiyuParseDetail(corpus);
  const theirs = [];
  const parser = new Parser((raw) => {
    const f = FrameImpl.fromRawFrame(raw, true);
    theirs.push([f.command, f.headers['destination'], f.headers['message-id'], f.body]);
  }, () => {});
  for (const m of corpus) parser.parseChunk(m, false);
  check(mine.length === theirs.length, `detail: ${mine.length} vs ${theirs.length} frames`);
  const show = (v) => JSON.stringify(v).slice(0, 80);
  for (let i = 0; i < mine.length; i++) {
    for (let j = 0; j < 4; j++) {
      if (mine[i][j] !== theirs[i][j]) check(false, `frame ${i} field ${j}: ${show(mine[i][j])} vs ${show(theirs[i][j])}`);
    }
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Timing.

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeOnce(impl) {
  gc();
  const start = performance.now();
  const r = impl.run();
  const ms = performance.now() - start;
  if (r.frames !== expected.frames) { // guards against a silently broken round
    console.error(`${impl.key}: ${r.frames} frames in a timed round`);
    process.exit(1);
  }
  return ms;
}

const mb = (n) => (n / 1e6).toFixed(1);
const loadAvg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`node ${process.version}, ${process.arch}; @stomp/stompjs ${stompjsVersion()}; TeaVM bundle ${path.relative(process.cwd(), bundle)} (${fs.statSync(bundle).size} bytes); load average ${loadAvg()}`);
console.log(`corpus: ${expected.frames} MESSAGE frames, one per message (seed ${SEED}, built in ${buildMs.toFixed(0)} ms): ` +
  `${mb(expected.wireBytes)} MB on the wire (UTF-8), ${mb(expected.bodyBytes)} MB of bodies = ${expected.bodyChars} UTF-16 chars; ` +
  `${expected.withLength} with content-length, ${expected.nonAscii} with non-ASCII bodies, ${expected.heartbeats} ending "\\0\\n"`);

const tv = performance.now();
verify();
console.log(`verified: ${ONLY ? 'ours' + (candidates.length ? ' and candidates' : '') : 'every implementation'} counts ${expected.frames} frames, ${expected.bodyChars} body chars` +
  `${ONLY ? '' : ` (stompjs ${expected.bodyBytes} body bytes), and ours matches stompjs's client frame by frame (command, destination, message-id, body)`} ` +
  `[${(performance.now() - tv).toFixed(0)} ms]`);

const times = Object.fromEntries(IMPLS.map((impl) => [impl.key, []]));
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  // Alternate, and rotate who goes first, so no implementation always runs on a warmer/colder heap.
  const order = IMPLS.map((_, i) => IMPLS[(i + round) % IMPLS.length]);
  const line = [];
  for (const impl of order) {
    const ms = timeOnce(impl);
    if (round >= WARMUP) times[impl.key].push(ms);
    line.push(`${impl.key} ${ms.toFixed(0)}`);
  }
  console.log(`${round < WARMUP ? 'warm-up' : 'round  '} ${String(round < WARMUP ? round + 1 : round - WARMUP + 1).padStart(2)}: ${line.join(', ')} ms`);
}

const rows = IMPLS.map((impl) => {
  const ms = median(times[impl.key]);
  // The same ratio taken within each round (the implementations ran back to back), then the
  // median: steadier than the ratio of medians when other processes load the machine.
  const perRound = times[impl.key].map((t, i) => (times.ours ? t / times.ours[i] : NaN));
  return { impl, ms, min: Math.min(...times[impl.key]), max: Math.max(...times[impl.key]), perRound: median(perRound) };
});
const per100k = (ms) => ms * 100000 / expected.frames;
const oursRow = rows.find((r) => r.impl.key === 'ours');

console.log('');
console.log(`load average at the end: ${loadAvg()} (${os.cpus().length} CPUs; other processes' load skews the figures)`);
console.log(`median of ${ROUNDS} rounds after ${WARMUP} warm-up rounds; MB/s = UTF-8 wire bytes (${mb(expected.wireBytes)} MB) / time`);
const header = ['implementation', 'median ms / 100k frames', 'min..max ms', 'frames/s', 'MB/s', 'ours faster by (its ms / ours ms, medians)', 'same, per-round median'];
const table = rows.map((r) => [
  r.impl.name,
  per100k(r.ms).toFixed(1),
  `${r.min.toFixed(0)}..${r.max.toFixed(0)}`,
  Math.round(expected.frames / (r.ms / 1000)).toLocaleString('en-US'),
  (expected.wireBytes / 1e6 / (r.ms / 1000)).toFixed(1),
  r.impl.key === 'ours' || !oursRow ? '-' : `${(r.ms / oursRow.ms).toFixed(2)}x`,
  r.impl.key === 'ours' || !oursRow ? '-' : `${r.perRound.toFixed(2)}x`,
]);
printTable(header, table);

function printTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const fmt = (row) => '| ' + row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ') + ' |';
  console.log(fmt(head));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const row of body) console.log(fmt(row));
}

function stompjsVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', '@stomp', 'stompjs', 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}
