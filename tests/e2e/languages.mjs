// The language fixtures (tests/fixtures/ar-story.json, zh-hant-story.json: short stories
// written for the tests) built with the release `steppe` into ARTIFACTS/lang/, each with a
// host page NAME.page.html (an English page, its widget in the story's language, the
// build's fallback inside), served under /lang/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export const LANG_DIR = 'tests/e2e/artifacts/lang';
export const FIXTURES = { ar: 'ar-story', 'zh-Hant': 'zh-hant-story' };

/** Builds `story` (a path) into LANG_DIR and writes its host page; returns its name. */
export function buildStory(story, name = story.split('/').pop().replace(/\.json$/, '')) {
  mkdirSync(LANG_DIR, { recursive: true });
  const source = `${LANG_DIR}/${name}.json`;
  if (source !== story) writeFileSync(source, readFileSync(story));
  execFileSync('target/release/steppe', ['build', source, '-o', LANG_DIR], { stdio: 'pipe' });
  const fallback = readFileSync(`${LANG_DIR}/${name}.html`, 'utf8').trim();
  writeFileSync(`${LANG_DIR}/${name}.page.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>An English host page</title><link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/steppe-static.css"><script type="module" src="/steppe.js"></script></head>
<body><main><h1>An English host page</h1><p>Before the widget.</p>
<steppe-story loading="eager" src="/lang/${name}.json">${fallback}</steppe-story>
<p id="after">After the widget.</p></main></body></html>
`);
  return name;
}

/** Builds every fixture (once per test file). */
export function buildFixtures() {
  for (const file of Object.values(FIXTURES)) buildStory(`tests/fixtures/${file}.json`);
}

/** A fixture's story, as its editors wrote it. */
export function fixture(lang) {
  return JSON.parse(readFileSync(`tests/fixtures/${FIXTURES[lang]}.json`, 'utf8'));
}
