// Trunk post-build hook (release builds): minifies the JavaScript the widget loads — the
// loader (steppe.js, the custom element) and the wasm-bindgen glue (wasm/steppe-web.js) —
// with terser, in Trunk's staging folder, so the sources stay as written. Trunk's own
// minifier breaks the glue; terser keeps the module's exports, which the loader calls.
// `node scripts/minify.mjs FILE…` minifies the files named, the same way (bench/floor/run).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

/** Minifies the ES module at `path` in place. */
async function minifyInPlace(path) {
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  await writeFile(path, code);
}

const named = process.argv.slice(2);
const files = named.length ? named
  : process.env.TRUNK_PROFILE === 'release'
    ? ['steppe.js', 'wasm/steppe-web.js'].map((file) => join(process.env.TRUNK_STAGING_DIR, file))
    : [];
for (const path of files) await minifyInPlace(path);
