// Two builds compared (`bench/run --against REF`): reads the raw figures that bench.mjs
// wrote for each build, round by round (BENCH_OUT), pools each build's rounds, and prints
// every figure for this build, for REF and their ratio; the table also goes into
// BENCHMARKS.md between the `compare` markers.
// Usage: node bench/compare.mjs REF THIS.json… -- REF.json…
import { readFileSync, writeFileSync } from 'node:fs';

const [ref, ...files] = process.argv.slice(2);
const split = files.indexOf('--');
const pool = (paths) => {
  const rounds = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')));
  const join = (get) => rounds.flatMap((r) => get(r) ?? []);
  return {
    rounds: rounds.length,
    bytes: rounds[0].bytes.total.brotli,
    interactive1: join((r) => r.load1?.interactive),
    interactive4: join((r) => r.load4?.interactive),
    blocking4: join((r) => r.load4?.blocking),
    longest4: join((r) => r.load4?.longest),
    elements: join((r) => r.load1?.elements),
    nodes: join((r) => r.load1?.nodes),
    cls: join((r) => [...(r.load1?.cls ?? []), ...(r.load4?.cls ?? [])]),
    later1: join((r) => r.many?.[0]?.rest),
    later4: join((r) => r.many?.[1]?.rest),
    lazyBytes: join((r) => r.lazy && [r.lazy.bytesBefore]),
    inputs: Object.fromEntries(Object.keys(rounds[0].interaction ?? {})
      .map((kind) => [kind, join((r) => r.interaction[kind].frame)])),
  };
};
const ours = pool(files.slice(0, split));
const theirs = pool(files.slice(split + 1));

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const median = (xs) => (xs.length ? percentile(xs, 50) : NaN);
// The most of a figure; NaN where a site has no such page (the peer's 20 widgets, lazy).
const most = (xs) => (xs.length ? Math.max(...xs) : NaN);
// A figure the other site has no page for (the peer has no 20-widget or lazy page): "–".
const fmt = (x) => (Number.isFinite(x) ? x.toLocaleString('en', { maximumFractionDigits: 1 }) : '–');
const rows = [
  ['bytes the widget loads, brotli', ours.bytes, theirs.bytes],
  ['interactive at CPU 1×, median (ms)', median(ours.interactive1), median(theirs.interactive1)],
  ['interactive at CPU 4×, median (ms)', median(ours.interactive4), median(theirs.interactive4)],
  ['total blocking time during load at 4×, median (ms)', median(ours.blocking4), median(theirs.blocking4)],
  ['longest task during load at 4×, median (ms)', median(ours.longest4), median(theirs.longest4)],
  ['elements after load (page and shadow roots)', median(ours.elements), median(theirs.elements)],
  ['DOM nodes after load (Blink\'s count, after forced GCs)', median(ours.nodes), median(theirs.nodes)],
  ['CLS, worst load', most(ours.cls), most(theirs.cls)],
  ['20 widgets: each mount after the first at 1×, median (ms)', median(ours.later1), median(theirs.later1)],
  ['20 widgets: each mount after the first at 4×, median (ms)', median(ours.later4), median(theirs.later4)],
  ['lazy: bytes fetched for a widget 4,000 px down before scrolling, most', most(ours.lazyBytes), most(theirs.lazyBytes)],
  ...Object.keys(ours.inputs).map((kind) => [`${kind}, p95 at 4× (ms)`, percentile(ours.inputs[kind], 95), percentile(theirs.inputs[kind] ?? [NaN], 95)]),
];
const out = [
  `Measured by \`bench/run ${process.env.BENCH_AGAINST ?? `--against ${ref}`}\` on ${new Date().toISOString().slice(0, 10)}: both builds in one run, `
  + `${ours.rounds} rounds alternating which goes first, each round ${process.env.BENCH_RUNS ?? 2} page loads per setting `
  + `and ${process.env.BENCH_INTERACTIONS ?? 30} timed inputs per kind; the figures pool the rounds.`, '',
  `| figure | this build | ${ref} | ratio |`, '|---|---:|---:|---:|',
  ...rows.map(([name, a, b]) => `| ${name} | ${fmt(a)} | ${fmt(b)} | ${Number.isFinite(a / b) && b ? (a / b).toFixed(2) : '–'} |`),
];
const table = out.join('\n');
process.stdout.write(`${table}\n`);
const doc = readFileSync('BENCHMARKS.md', 'utf8');
// Against another site (`--against-dir`) the table has markers of its own, so that the
// comparison with an earlier build stays beside it.
const [marker, heading] = process.env.BENCH_AGAINST
  ? ['peer', `Side by side with another site (\`bench/run --against-dir DIR\`)`]
  : ['compare', 'Comparison with an earlier build (`bench/run --against REF`)'];
const [start, end] = [`<!-- ${marker}:start -->`, `<!-- ${marker}:end -->`];
writeFileSync('BENCHMARKS.md', doc.includes(start)
  ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
  : `${doc.trimEnd()}\n\n## ${heading}\n\n${start}\n${table}\n${end}\n`);
