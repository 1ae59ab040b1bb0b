// The browser benchmark (performance issue): measures the release build in dist/ in
// headless Chromium and writes its tables into BENCHMARKS.md between the `bench` markers.
// Run through `bench/run`, which builds first. Environment: BENCH_RUNS (page loads per CPU
// rate, default 5), BENCH_INTERACTIONS (timed inputs per kind, default 100),
// BENCH_LIGHTHOUSE (a Lighthouse JSON report to summarise, written by bench/run).
// For a comparison (`bench/run --against REF` or `--against-dir DIR`, bench/compare.mjs):
// BENCH_DIST (the built site to measure, default dist), BENCH_SITE (`steppe`, default, or
// `peer`: the lean hand-written widget of ../shared/peer/dist, see SITES), BENCH_PARTS (which
// measurements, comma-separated, default all: bytes,load1,load4,load4slow,interaction,memory,
// many,lazy) and BENCH_OUT (write the raw figures there as JSON instead of the report).
import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { launch } from '../tests/e2e/chromium.mjs';
import { sample } from '../tests/e2e/memory.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';

/** How each kind of site is measured alike: its article page, the mark it sets when
 * interactive, where its widget's DOM is (a shadow root, or the page), the map's country
 * controls and the status line a selection changes. The peer (../shared/peer/dist) sets
 * `performance.mark('widget-ready')` and has `aria-pressed` country paths for that reason;
 * it has no loader, so the 20-widget and lazy pages and the memory run are Steppe's only. */
const SITES = {
  steppe: { article: 'index.html', ready: 'steppe:interactive', shadow: 'steppe-story',
    region: '.steppe-region', status: '.steppe-status' },
  peer: { article: 'index.html', ready: 'widget-ready', shadow: null,
    region: '.country[data-id]', status: '.steppe-status' },
};
const SITE = SITES[process.env.BENCH_SITE ?? 'steppe'];
if (!SITE) throw new Error(`BENCH_SITE: one of ${Object.keys(SITES).join(', ')}`);
const ALL = 'bytes,load1,load4,load4slow,interaction,memory,many,lazy';
const PARTS = new Set((process.env.BENCH_PARTS ?? ALL).split(','));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 100);
const BUDGET = {
  bytes: 45 * 1024, interactive: 150, inputP95: 16, longTask: 50, cls: 0, growth: 0.05,
  mountEach: 5,
};

// ---- pages ------------------------------------------------------------------------------
// The demo article with its widget loaded eagerly; 20 bare widgets; the widget far down.
const pages = mkdtempSync(join(tmpdir(), 'steppe-bench-'));
const article = readFileSync(join(DIST, SITE.article), 'utf8')
  .replace('<head>', '<head><base href="/">')
  .replace('<steppe-story ', '<steppe-story loading="eager" ');
writeFileSync(join(pages, 'article.html'), article);
const shell = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title><script type="module" src="/steppe.js"></script></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
writeFileSync(join(pages, 'one.html'), shell('One widget', '<steppe-story loading="eager"></steppe-story>'));
writeFileSync(join(pages, 'twenty.html'), shell('Twenty widgets',
  '<steppe-story loading="eager"></steppe-story>'.repeat(20)));
writeFileSync(join(pages, 'lazy.html'), shell('A widget far down',
  '<div style="height: 4000px">A long article.</div><steppe-story></steppe-story>'));

const server = await serve(DIST, 0, { bench: pages });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

// ---- helpers ----------------------------------------------------------------------------
const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const spread = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
const fmt = (x, d = 1) => (Number.isInteger(x) ? String(x) : x.toFixed(d));
const kb = (b) => b.toLocaleString('en');
const verdict = (ok) => (ok ? '**met**' : '**missed**');

/** Records long tasks and layout shifts from the start of every document of the page. */
const OBSERVERS = () => {
  window.__bench = { longtasks: [], cls: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/** A mobile network as Lighthouse's "Slow 4G": 150 ms round trips, 1.6 Mbit/s down. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** A fresh context and page with the CPU slowed `rate` times, and the network slowed. */
async function open(rate, network = null) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(OBSERVERS);
  return { context, page, cdp };
}

const interactive = (page, count = 1) => page.waitForFunction(
  ([mark, n]) => performance.getEntriesByName(mark).length >= n, [SITE.ready, count],
  { timeout: 60_000, polling: 50 });

/** Blink's own count of the DOM nodes alive in the page (every document, shadow root,
 * template and detached node a script still holds), after forced garbage collections. */
async function domNodes(page, cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
  return (await cdp.send('Memory.getDOMCounters')).nodes;
}

// ---- bytes ------------------------------------------------------------------------------
async function bytes() {
  const { context, page } = await open(1);
  const urls = [];
  page.on('response', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto(`${origin}/bench/article.html`);
  await interactive(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const widget = urls.filter((u) => !u.startsWith('/bench/') && u !== '/' && !u.endsWith('.ico') && !u.endsWith('favicon.svg')
    && !u.endsWith('/index.css') && !u.endsWith('article.css') && !u.endsWith('steppe-static.css'));
  const rows = [...new Set(widget)].sort().map((u) => {
    const body = readFileSync(join(DIST, u));
    return { file: u.slice(1), raw: body.length, gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  const page_ = statSync(join(DIST, SITE.article)).size;
  const fragment = SITE.shadow ? statSync('www/bundles/central-asia-2022.html').size : 0;
  return { rows, total, page: page_, fragment, others: [...new Set(urls)].filter((u) => !widget.includes(u)) };
}

// ---- load -------------------------------------------------------------------------------
async function load(rate, network) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page, cdp } = await open(rate, network);
    await page.goto(`${origin}/bench/article.html`);
    await interactive(page);
    await page.waitForTimeout(1000); // long tasks and shifts just after the mount
    const figures = await page.evaluate((ready) => {
      const at = performance.getEntriesByName(ready)[0].startTime;
      const took = (name) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const tasks = window.__bench.longtasks.filter(([start]) => start <= at + 1000);
      // Elements in the page and in every shadow root: one copy of the widget, or two.
      const elements = (root) => [...root.querySelectorAll('*')]
        .reduce((n, e) => n + (e.shadowRoot ? elements(e.shadowRoot) : 0), root.querySelectorAll('*').length);
      return {
        elements: elements(document),
        interactive: at, fcp, parse: took('steppe:parse'), mount: took('steppe:mount'),
        tasks: tasks.length, longest: Math.max(0, ...tasks.map(([, d]) => d)),
        blocking: tasks.reduce((t, [, d]) => t + Math.max(0, d - 50), 0), cls: window.__bench.cls,
      };
    }, SITE.ready);
    runs.push({ ...figures, nodes: await domNodes(page, cdp) });
    await context.close();
  }
  const pick = (k) => runs.map((r) => r[k]);
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, pick(k)]));
}

// ---- interaction ------------------------------------------------------------------------
/** Installs the in-page timer: from an input's timestamp to the end of the frame in which
 * `check` first holds (a task queued from that frame's animation callback runs after its
 * paint), and to the first moment the DOM shows it (a mutation observer). */
const HARNESS = (site) => {
  const root = site.shadow ? document.querySelector(site.shadow).shadowRoot : document;
  window.__site = site;
  window.__q = (s) => root.querySelector(s);
  window.__qa = (s) => [...root.querySelectorAll(s)];
  window.__arm = (check) => {
    let input = null;
    let updated = null;
    addEventListener('keydown', (e) => { input = e.timeStamp; }, { capture: true, once: true });
    const mutations = new MutationObserver(() => { if (input !== null && updated === null && check()) updated = performance.now(); });
    mutations.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    window.__done = new Promise((resolve) => {
      const frame = () => requestAnimationFrame(() => {
        if (input === null || !check()) return frame();
        setTimeout(() => {
          mutations.disconnect();
          resolve({ frame: performance.now() - input, dom: (updated ?? performance.now()) - input });
        });
      });
      frame();
    });
  };
};

/** Each kind: focuses its control for input `i` and returns the check that the new state shows. */
const KINDS = {
  'select a region (map, Enter)': (i) => {
    const regions = window.__qa(window.__site.region);
    const target = regions[i % regions.length];
    target.focus();
    return () => target.getAttribute('aria-pressed') === 'true' && /\S/.test(window.__q(window.__site.status).textContent);
  },
  'Next quote (Enter)': () => {
    const shown = () => window.__qa('.steppe-slide').find((s) => !s.hidden)?.dataset.quote;
    const before = shown();
    window.__q('.steppe-next').focus();
    return () => shown() !== before;
  },
  'toggle a filter (Enter)': (i) => {
    const chips = window.__qa('.steppe-chip');
    const chip = chips[Math.floor(i / 2) % chips.length];
    const before = chip.getAttribute('aria-pressed');
    chip.focus();
    return () => chip.getAttribute('aria-pressed') !== before;
  },
};

async function interactions(rate) {
  const { context, page } = await open(rate);
  // The peer has no bare-widget page: its article is its one widget.
  await page.goto(`${origin}/bench/${SITE.shadow ? 'one' : 'article'}.html`);
  await interactive(page);
  await page.evaluate(HARNESS, SITE);
  // The filters are behind their disclosure: opened once, as a reader would.
  await page.evaluate(() => window.__q('.steppe-disclosure')?.click()); // none in builds before it
  await page.waitForTimeout(100);
  const result = {};
  // The peer's controls are not Steppe's: only selecting a region is timed on both.
  const kinds = SITE.shadow ? KINDS : { 'select a region (map, Enter)': KINDS['select a region (map, Enter)'] };
  for (const [name, kind] of Object.entries(kinds)) {
    const frame = [];
    const dom = [];
    await page.evaluate((shadow) => (shadow ? document.querySelector(shadow).clear() : window.__selectRegion(null)), SITE.shadow);
    for (let i = 0; i < INTERACTIONS; i++) {
      await page.evaluate(([source, i]) => {
        // eslint-disable-next-line no-new-func
        const check = new Function('i', `return (${source})(i)`)(i);
        window.__arm(check);
      }, [kind.toString(), i]);
      await page.keyboard.press('Enter');
      const t = await page.evaluate(() => Promise.race([window.__done,
        new Promise((_, fail) => setTimeout(() => fail(new Error('the new state never showed')), 10_000))]))
        .catch((e) => { throw new Error(`${name}, input ${i}: ${e.message}`); });
      frame.push(t.frame);
      dom.push(t.dom);
    }
    result[name] = { frame, dom };
  }
  await context.close();
  return result;
}

// ---- memory -----------------------------------------------------------------------------
async function memory() {
  const { context, page, cdp } = await open(1);
  await page.goto(`${origin}/bench/one.html`);
  await interactive(page);
  await page.evaluate(HARNESS, SITE);
  // The inputs are clicks dispatched inside the page, so that nothing the DevTools
  // protocol keeps per call is counted: 1,000 (regions, Next quote, filters in turn), then
  // 1,000 more to tell a leak (steady growth) from warm-up.
  const play = () => page.evaluate(async (sources) => {
    const kinds = sources.map((source) => new Function('i', `return (${source})(i)`));
    for (let i = 0; i < 1000; i++) {
      kinds[i % kinds.length](i);
      const target = document.querySelector('steppe-story').shadowRoot.activeElement;
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await new Promise((done) => setTimeout(done));
    }
  }, Object.values(KINDS).map(String));
  await page.evaluate(() => window.__q('.steppe-disclosure')?.click());
  const start = await sample(page, cdp);
  await play();
  const end = await sample(page, cdp);
  await play();
  const twice = await sample(page, cdp);
  await context.close();
  return { start, end, twice };
}

// ---- many widgets -----------------------------------------------------------------------
async function many(rate) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await open(rate);
    await page.goto(`${origin}/bench/twenty.html`);
    await interactive(page, 20);
    runs.push(await page.evaluate(() => {
      const mounts = performance.getEntriesByName('steppe:mount').map((m) => m.duration);
      const marks = performance.getEntriesByName('steppe:interactive').map((m) => m.startTime);
      return { first: mounts[0], rest: mounts.slice(1), last: Math.max(...marks) };
    }));
    await context.close();
  }
  const one = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await open(rate);
    await page.goto(`${origin}/bench/one.html`);
    await interactive(page);
    one.push(await page.evaluate(() => performance.getEntriesByName('steppe:mount')[0].duration));
    await context.close();
  }
  return {
    one, first: runs.map((r) => r.first), rest: runs.flatMap((r) => r.rest),
    total: runs.map((r) => r.first + r.rest.reduce((a, b) => a + b, 0)), last: runs.map((r) => r.last),
  };
}

// ---- lazy -------------------------------------------------------------------------------
async function lazy() {
  const { context, page } = await open(1);
  const seen = [];
  page.on('response', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto(`${origin}/bench/lazy.html`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const before = [...seen];
  await page.locator('steppe-story').scrollIntoViewIfNeeded();
  await interactive(page);
  await page.waitForLoadState('networkidle');
  const after = seen.filter((u, i) => i >= before.length);
  await context.close();
  const size = (u) => { try { return statSync(join(DIST, u)).size; } catch { return 0; } };
  const widgetBefore = before.filter((u) => !u.startsWith('/bench/') && !u.endsWith('.ico'));
  return { before, after, widgetBefore, bytesBefore: widgetBefore.reduce((t, u) => t + size(u), 0) };
}

// ---- run and report ---------------------------------------------------------------------
const log = (s) => process.stderr.write(`${s}\n`);
const measured = {};
const STEPPE_ONLY = new Set(['memory', 'many', 'lazy']);
const part = async (name, what, measure) => {
  if (!PARTS.has(name) || (!SITE.shadow && STEPPE_ONLY.has(name))) return undefined;
  log(`${DIST}: ${what}…`);
  measured[name] = await measure();
  return measured[name];
};
const b = await part('bytes', 'bytes', bytes);
const l1 = await part('load1', 'load at 1×', () => load(1));
const l4 = await part('load4', 'load at 4×', () => load(4));
const l4n = await part('load4slow', 'load at 4× on slow 4G', () => load(4, SLOW_4G));
const i4 = await part('interaction', 'interaction at 4×', () => interactions(4));
const m = await part('memory', 'memory over 1,000 interactions', memory);
const [w1, w4] = (await part('many', '20 widgets at 1× and 4×', async () => [await many(1), await many(4)])) ?? [];
const z = await part('lazy', 'lazy loading', lazy);
await browser.close();
server.close();
if (process.env.BENCH_OUT) {
  writeFileSync(process.env.BENCH_OUT, JSON.stringify(measured));
  process.exit(0);
}
if (PARTS.size !== ALL.split(',').length) throw new Error('the report needs every part: unset BENCH_PARTS or set BENCH_OUT');

const chromium = (await launch().then(async (br) => { const v = br.version(); await br.close(); return v; }));
const out = [];
const row = (...cells) => out.push(`| ${cells.join(' | ')} |`);
const budgets = [];
const budget = (name, figure, ok) => budgets.push([name, figure, verdict(ok)]);

out.push(`Measured by \`bench/run\` on ${new Date().toISOString().slice(0, 10)}, Chromium ${chromium}, headless, `
  + `${RUNS} page loads per setting (median, and the range in brackets), ${INTERACTIONS} timed inputs per kind.`, '');
out.push('### Bytes the widget loads (the demo article, eager)', '');
row('file', 'raw', 'gzip', 'brotli'); row('---', '---:', '---:', '---:');
for (const r of b.rows) row(r.file, kb(r.raw), kb(r.gzip), kb(r.brotli));
row('**total**', kb(b.total.raw), kb(b.total.gzip), `**${kb(b.total.brotli)}**`);
out.push('', `The page itself (dist/index.html) is ${kb(b.page)} bytes raw, of which the static fallback `
  + `is ${kb(b.fragment)} (${fmt((100 * b.fragment) / b.page, 0)} %); the page's other files: ${b.others.join(', ')}.`, '');
budget('first load ≤ 45 KB brotli', `${kb(b.total.brotli)} B`, b.total.brotli <= BUDGET.bytes);

out.push('### Load (the demo article, widget eager)', '');
row('CPU', 'interactive (ms)', 'parse (ms)', 'mount (ms)', 'FCP (ms)', 'long tasks', 'longest (ms)', 'blocking (ms)', 'CLS', 'elements', 'DOM nodes');
row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
for (const [rate, l] of [['1×', l1], ['4×', l4], ['4×, slow 4G', l4n]]) {
  row(rate, `${fmt(median(l.interactive), 0)} (${spread(l.interactive)})`, `${fmt(median(l.parse))} (${spread(l.parse)})`,
    `${fmt(median(l.mount))} (${spread(l.mount)})`,
    `${fmt(median(l.fcp), 0)} (${spread(l.fcp)})`, `${median(l.tasks)}`, `${fmt(median(l.longest), 0)} (${spread(l.longest)})`,
    `${fmt(median(l.blocking), 0)}`, `${fmt(Math.max(...l.cls), 4)}`, `${median(l.elements)}`, `${median(l.nodes)}`);
}
out.push('', '"interactive" is the widget\'s `performance.mark("steppe:interactive")` after navigation start; '
  + 'the site is served compressed (brotli), as in production; "slow 4G" is Lighthouse\'s mobile network '
  + '(150 ms round trips, 1.6 Mbit/s); "parse" its `steppe:parse` measure (the built-in bundle into the story and map), "mount" its `steppe:mount` measure (building the view); long tasks are those starting before interactive + 1 s; "elements" counts the page\'s elements and those of every shadow root once the widget is live, "DOM nodes" Blink\'s count of every node alive (text nodes, templates\' contents and detached nodes too) after forced garbage collections.', '');
budget('interactive ≤ 150 ms at 4×', `${fmt(median(l4.interactive), 0)} ms`, median(l4.interactive) <= BUDGET.interactive);
budget('no long task > 50 ms at 4×', `longest ${fmt(median(l4.longest), 0)} ms`, median(l4.longest) <= BUDGET.longTask);
budget('CLS 0', fmt(Math.max(...l1.cls, ...l4.cls), 4), Math.max(...l1.cls, ...l4.cls) === BUDGET.cls);

out.push('### Interaction at 4× (keyboard input to the end of the frame that shows the new state)', '');
row('input', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'DOM updated p50 / p95 (ms)'); row('---', '---:', '---:', '---:', '---:');
let worst = 0;
for (const [name, t] of Object.entries(i4)) {
  row(name, fmt(percentile(t.frame, 50)), fmt(percentile(t.frame, 95)), fmt(Math.max(...t.frame)),
    `${fmt(percentile(t.dom, 50))} / ${fmt(percentile(t.dom, 95))}`);
  worst = Math.max(worst, percentile(t.frame, 95));
}
out.push('', 'The frame figure includes the wait for the next frame (up to 16.7 ms at 60 Hz); '
  + '"DOM updated" is when the widget\'s DOM first shows the new state.', '');
budget('input → updated p95 ≤ 16 ms at 4×', `worst p95 ${fmt(worst)} ms`, worst <= BUDGET.inputP95);

const growth = (a, z_) => (z_ - a) / a;
out.push('### Memory (after a forced GC), over 1,000 interactions', '');
row('', 'after load', 'after 1,000', 'growth', 'after 2,000'); row('---', '---:', '---:', '---:', '---:');
for (const [name, k] of [['JS heap (bytes)', 'heap'], ['wasm linear memory (bytes)', 'wasm']]) {
  row(name, kb(m.start[k]), kb(m.end[k]), `${fmt(100 * growth(m.start[k], m.end[k]))} %`, kb(m.twice[k]));
}
out.push('');
const g = Math.max(growth(m.start.heap, m.end.heap), growth(m.start.wasm, m.end.wasm));
budget('heap and wasm memory grow ≤ 5 %', `${fmt(100 * g)} %`, g <= BUDGET.growth);

out.push('### 1 and 20 widgets on one page', '');
row('CPU', 'one widget: mount (ms)', '20: first mount (ms)', '20: each later mount, median / max (ms)', '20: all mounted after (ms)');
row('---', '---:', '---:', '---:', '---:');
for (const [rate, w] of [['1×', w1], ['4×', w4]]) {
  row(rate, fmt(median(w.one)), fmt(median(w.first)), `${fmt(median(w.rest))} / ${fmt(Math.max(...w.rest))}`, fmt(median(w.last), 0));
}
out.push('');
budget('20 widgets: ≤ 5 ms mount each after the first (4×)', `median ${fmt(median(w4.rest))} ms, max ${fmt(Math.max(...w4.rest))} ms`,
  percentile(w4.rest, 95) <= BUDGET.mountEach);
budget('20 widgets: ≤ 5 ms mount each after the first (1×)', `median ${fmt(median(w1.rest))} ms, max ${fmt(Math.max(...w1.rest))} ms`,
  percentile(w1.rest, 95) <= BUDGET.mountEach);

out.push('### Lazy loading (`loading` not set; the widget 4,000 px down)', '');
out.push(`Before scrolling the page fetched ${z.before.join(', ')}; of the widget's files only `
  + `${z.widgetBefore.join(', ') || 'nothing'} (${kb(z.bytesBefore)} bytes raw). After scrolling near it: ${z.after.join(', ')}.`, '');
const onlyLoader = z.widgetBefore.every((u) => u === '/steppe.js');
budget('lazy: only the loader before the widget nears the viewport', z.widgetBefore.join(', '), onlyLoader);

if (process.env.BENCH_LIGHTHOUSE) {
  const report = JSON.parse(readFileSync(process.env.BENCH_LIGHTHOUSE, 'utf8'));
  const score = (c) => Math.round(100 * report.categories[c].score);
  const failed = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  out.push(`### Lighthouse ${report.lighthouseVersion} (mobile, the demo article)`, '');
  out.push(`Performance **${score('performance')}**, accessibility **${score('accessibility')}**. `
    + `FCP ${report.audits['first-contentful-paint'].displayValue}, LCP ${report.audits['largest-contentful-paint'].displayValue}, `
    + `TBT ${report.audits['total-blocking-time'].displayValue}, CLS ${report.audits['cumulative-layout-shift'].displayValue}. `
    + `Audits below 0.9: ${failed.join(', ') || 'none'}.`, '');
}

out.push('### Budgets', '');
row('budget', 'measured', ''); row('---', '---', '---');
for (const bgt of budgets) row(...bgt);

const table = out.join('\n');
process.stdout.write(`${table}\n`);
const doc = readFileSync('BENCHMARKS.md', 'utf8');
const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
const updated = doc.includes(start)
  ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
  : `${doc.trimEnd()}\n\n## The browser benchmark (\`bench/run\`)\n\n${start}\n${table}\n${end}\n`;
writeFileSync('BENCHMARKS.md', updated);
