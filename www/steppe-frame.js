// Steppe's parent-page script for iframe embeds: sizes each <iframe data-steppe-frame>
// to the height its page reports, scrolls to it when it shows a quote a link named, and
// tells it this page's address (so that its links to a quote point here, and a link
// opened here reaches it). A message counts only when it comes from that iframe's own
// window and exact origin; heights are clamped to a sane range.
const MIN = 120;
const MAX = 20000;
/** The frames already told this page's address. */
const told = new WeakSet();

function frames() {
  return [...document.querySelectorAll('iframe[data-steppe-frame]')];
}

function originOf(frame) {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
}

function tell(frame) {
  const origin = originOf(frame);
  if (origin && frame.contentWindow) {
    frame.contentWindow.postMessage({ type: 'steppe:parent', url: location.href }, origin);
    told.add(frame);
  }
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || (data.type !== 'steppe:resize' && data.type !== 'steppe:scroll')) return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== originOf(frame)) return;
  if (data.type === 'steppe:scroll') {
    frame.scrollIntoView();
    return;
  }
  if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(data.height)))}px`;
  // The frame's page is running: it can now hear where it is read.
  if (!told.has(frame)) tell(frame);
});

window.addEventListener('hashchange', () => frames().forEach(tell));
