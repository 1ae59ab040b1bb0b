// steppe preview: asks the preview server for the latest build of the story, and shows it
// without reloading the page: the widgets take the new bundle at the reader's place (the
// quote they were on, the country selected; the page's scroll is not touched), or the
// page lists the story's problems until it builds again.

const statusLine = document.getElementById('preview-status');
const problems = document.getElementById('preview-problems');
const problemList = document.getElementById('preview-problem-list');
const notes = document.getElementById('preview-notes');
const noteList = document.getElementById('preview-note-list');
const views = document.getElementById('preview-views');
const iframe = document.getElementById('preview-iframe');
const fallback = document.getElementById('preview-fallback');
const widgets = [...document.querySelectorAll('steppe-story[data-preview]')];

// The reader's place, from the widgets' own events (they bubble out of the shadow root).
const place = { quote: null, region: null };
document.addEventListener('steppe:show-quote', (event) => {
  if (event.detail.quote) place.quote = event.detail.quote;
});
document.addEventListener('steppe:select-region', (event) => {
  place.region = event.detail.region;
});
iframe.addEventListener('load', () => {
  const inner = iframe.contentDocument;
  inner?.addEventListener('steppe:show-quote', (event) => {
    if (event.detail.quote) place.quote = event.detail.quote;
  });
  inner?.addEventListener('steppe:select-region', (event) => {
    place.region = event.detail.region;
  });
});

// What tests and curious editors can read: the version shown and how often the page took one.
window.steppePreview = { version: null, updates: 0 };

/** One problem or note as a list item: its path, what is wrong, what was found, the hint. */
function item(problem) {
  const li = document.createElement('li');
  const path = document.createElement('code');
  path.textContent = problem.path;
  li.append(path, `: ${problem.message}`);
  if (problem.found) {
    const found = document.createElement('span');
    found.className = 'preview-found';
    found.textContent = ` (found ${problem.found})`;
    li.append(found);
  }
  if (problem.hint) {
    const hint = document.createElement('span');
    hint.className = 'preview-hint';
    hint.textContent = `Hint: ${problem.hint}`;
    li.append(hint);
  }
  return li;
}

/** Whether the widget in `root` (a document or an element) shows a story again. */
function mounted(root) {
  return Boolean(root?.querySelector('steppe-story')?.shadowRoot?.querySelector('.steppe-mount > *'));
}

/** Holds a view's height while its widget reloads, so that the page does not jump: until
 * `ready()` says the new widget is in place (or 10 s have passed, however slow the machine). */
function hold(element, ready) {
  element.style.minHeight = `${element.getBoundingClientRect().height}px`;
  const started = Date.now();
  const check = () => {
    if (ready() || Date.now() - started > 10_000) element.style.minHeight = '';
    else setTimeout(check, 100);
  };
  setTimeout(check, 100);
}

function showBuild(version) {
  const bundle = `/__preview/bundle.json?v=${version}`;
  for (const widget of widgets) {
    hold(widget.parentElement, () => mounted(widget.parentElement) && widget.getAttribute('src') === bundle);
    if (place.region) widget.setAttribute('region', place.region);
    else widget.removeAttribute('region');
    if (place.quote) widget.setAttribute('quote', place.quote);
    widget.setAttribute('src', bundle);
  }
  const query = new URLSearchParams({ story: bundle });
  if (place.quote) query.set('quote', place.quote);
  if (place.region) query.set('region', place.region);
  iframe.src = `/embed.html?${query}`;
  hold(iframe, () => iframe.contentDocument?.URL.endsWith(`?${query}`) && mounted(iframe.contentDocument));
  fallback.src = `/__preview/fallback.html?v=${version}`;
}

function show(status) {
  problemList.replaceChildren(...status.problems.map(item));
  if (status.unreadable) problemList.append(item({ path: 'file', message: status.unreadable }));
  noteList.replaceChildren(...status.notes.map(item));
  problems.hidden = status.ok;
  notes.hidden = status.notes.length === 0;
  views.hidden = !status.ok;
  if (status.ok) showBuild(status.version);
  const time = new Date().toLocaleTimeString();
  statusLine.textContent = status.ok
    ? `Version ${status.version}, built at ${time}. Save the story or its article to see the change here.`
    : `Version ${status.version} does not build (${status.problems.length + (status.unreadable ? 1 : 0)} problem(s)), at ${time}.`;
  window.steppePreview = { version: status.version, updates: window.steppePreview.updates + 1 };
}

async function poll() {
  try {
    const response = await fetch('/__preview/status', { cache: 'no-store' });
    const status = await response.json();
    if (status.version !== window.steppePreview.version) show(status);
  } catch {
    statusLine.textContent = 'The preview server is not answering: is steppe preview still running?';
  }
  setTimeout(poll, 300);
}

poll();
