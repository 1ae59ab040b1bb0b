// Trunk post-build hook (release builds): minifies the JavaScript the widget loads — the
// loader (steppe.js, the custom element) and the wasm-bindgen glue (wasm/steppe.js) —
// with terser, in Trunk's staging folder, so the sources stay as written. Trunk's own
// minifier breaks the glue; terser keeps the module's exports, which the loader calls.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

if (process.env.TRUNK_PROFILE === 'release') {
  const staging = process.env.TRUNK_STAGING_DIR;
  for (const file of ['steppe.js', 'wasm/steppe.js']) {
    const path = join(staging, file);
    const source = await readFile(path, 'utf8');
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    await writeFile(path, code);
  }
}
