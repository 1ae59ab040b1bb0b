// Steppe's parent-page script for iframe embeds: sizes each <iframe data-steppe-frame>
// to the height its page reports. A message counts only when it comes from that iframe's
// own window and exact origin; heights are clamped to a sane range.
const MIN = 120;
const MAX = 20000;

function frames() {
  return [...document.querySelectorAll('iframe[data-steppe-frame]')];
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'steppe:resize' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame) return;
  let origin;
  try {
    origin = new URL(frame.src, location.href).origin;
  } catch {
    return;
  }
  if (event.origin !== origin) return;
  frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(data.height)))}px`;
});
