// What hydrating the build's HTML could save, measured without building it (BENCHMARKS.md,
// "What the budgets would need"). Run after scripts/build: `node bench/hydration.mjs`.
//
// 1. The page's own layout of the widget before the wasm runs (the loader blocked), at 4×
//    CPU: with the static fallback in the light DOM (as now), with no widget markup at all,
//    and with the live widget's own markup as a declarative shadow root (what `steppe build`
//    would write for hydration, with the stylesheet linked inside it).
// 2. Inside the wasm's `mount` (a CPU profile at 1×): the share of the DOM calls that build
//    the elements (what hydration replaces by walking the server's elements) beside the
//    view code itself, which hydration runs all the same.
// Environment: HYDRATION_ROUNDS (default 7), BENCH_DIST (default dist).
import { serve } from '../scripts/serve.mjs';
import { launch } from '../tests/e2e/chromium.mjs';

const ROUNDS = Number(process.env.HYDRATION_ROUNDS ?? 7);
const server = await serve(process.env.BENCH_DIST ?? 'dist', 0, {});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const eager = (html) => html.replace('<steppe-story ', '<steppe-story loading="eager" ');

async function fresh(cpu) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp };
}

// The live widget's markup, as the wasm builds it.
const live = await (async () => {
  const { context, page } = await fresh(1);
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: eager(await response.text()) });
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('steppe:interactive').length > 0);
  const html = await page.evaluate(() =>
    document.querySelector('steppe-story').shadowRoot.querySelector('.steppe-mount').outerHTML);
  await context.close();
  return html;
})();

/** `html` with `pattern` replaced, or an error: a variant that changed nothing would
 * measure the page as it is under another name. */
function replaced(html, pattern, by) {
  if (!pattern.test(html)) throw new Error(`the demo article has no ${pattern}: update bench/hydration.mjs`);
  return html.replace(pattern, by);
}
const fallback = /<div class="steppe-fallback">[\s\S]*?<\/steppe-story>/;
const variants = {
  'static fallback (now)': (html) => html,
  'no widget markup': (html) => replaced(html, fallback, '</steppe-story>'),
  'declarative shadow root': (html) => replaced(
    replaced(html, fallback, `<template shadowrootmode="open"><link rel="stylesheet" href="/steppe.css">${live}</template></steppe-story>`),
    /<link[^>]*steppe-static\.css[^>]*>/, '',
  ),
};

/** Main-thread layout, longest task and blocking time of one load, from a trace. */
async function layoutOf(transform) {
  const { context, page, cdp } = await fresh(4);
  await page.route('**/steppe.js', (route) => route.abort());
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: transform(await response.text()) });
  });
  await page.addInitScript(() => {
    window.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifted += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents',
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  const cls = await page.evaluate(() => window.shifted);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const busy = {};
  for (const e of events) if (e.name === 'RunTask' && e.dur) busy[e.tid] = (busy[e.tid] ?? 0) + e.dur;
  const main = Object.entries(busy).sort((a, b) => b[1] - a[1])[0][0];
  const figures = { layout: 0, longest: 0, blocking: 0, cls };
  for (const e of events) {
    if (String(e.tid) !== main || !e.dur) continue;
    const ms = e.dur / 1000;
    if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') figures.layout += ms;
    if (e.name === 'RunTask') {
      figures.longest = Math.max(figures.longest, ms);
      figures.blocking += Math.max(0, ms - 50);
    }
  }
  return figures;
}

// The DOM calls that create and attach elements; hydration claims the server's instead.
const BUILDING = new Set(['createElement', 'createElementNS', 'createTextNode', 'createComment',
  'insertBefore', 'appendChild', 'append', 'cloneNode', 'setAttribute', 'removeAttribute']);

/** Self time inside `mount`, by kind, from a CPU profile of one load at 1×. */
async function mountProfile() {
  const { context, page, cdp } = await fresh(1);
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: eager(await response.text()) });
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('steppe:interactive').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inside = new Map();
  const inMount = (id) => {
    if (!inside.has(id)) {
      const { functionName, url } = nodes.get(id).callFrame;
      inside.set(id, (functionName === 'mount' && url.includes('wasm/steppe-web.js'))
        || (parent.has(id) && inMount(parent.get(id))));
    }
    return inside.get(id);
  };
  const kinds = {};
  profile.samples.forEach((id, i) => {
    if (!inMount(id)) return;
    const { functionName, url } = nodes.get(id).callFrame;
    const kind = url.endsWith('.wasm') || functionName.startsWith('wasm-function') || functionName.startsWith('$')
      ? 'the view code and the rest of the wasm (Rust)'
      : BUILDING.has(functionName) ? 'DOM calls that build elements'
        : url.includes('wasm/steppe-web.js') || /wasm-to-js|js-to-wasm/.test(functionName)
          ? 'wasm-bindgen glue and crossings' : 'other';
    kinds[kind] = (kinds[kind] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  });
  return kinds;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const layouts = {};
const profiles = [];
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(variants);
  if (round % 2) names.reverse();
  for (const name of names) (layouts[name] ??= []).push(await layoutOf(variants[name]));
  profiles.push(await mountProfile());
}

console.log(`The page before the wasm runs, CPU 4×, median of ${ROUNDS} loads (ms):`);
console.log(`${'widget markup'.padEnd(26)} ${'layout+style'.padStart(12)} ${'longest task'.padStart(12)} ${'blocking'.padStart(9)} ${'CLS (worst)'.padStart(11)}`);
for (const [name, runs] of Object.entries(layouts)) {
  const m = (key) => median(runs.map((r) => r[key])).toFixed(0);
  const cls = Math.max(...runs.map((r) => r.cls)).toFixed(3);
  console.log(`${name.padEnd(26)} ${m('layout').padStart(12)} ${m('longest').padStart(12)} ${m('blocking').padStart(9)} ${cls.padStart(11)}`);
}
const total = profiles.map((p) => Object.values(p).reduce((a, b) => a + b, 0));
console.log(`\nInside mount, CPU 1× with the profiler on (median ${median([...total]).toFixed(0)} ms a load), share of its self time:`);
const kinds = new Set(profiles.flatMap((p) => Object.keys(p)));
for (const kind of kinds) {
  const share = median(profiles.map((p, i) => (p[kind] ?? 0) / total[i]));
  console.log(`${(share * 100).toFixed(0).padStart(4)} %  ${kind}`);
}
await browser.close();
server.close();
