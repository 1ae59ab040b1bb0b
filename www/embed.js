// The iframe embed (embed.html?story=URL&region=KAZ&quote=ID&theme=dark): one widget that
// fills the frame and tells the parent page its height whenever it changes, in three
// dialects: Steppe's own message, pym.js's, and AMP's embed-size request. Links to a quote
// point at the parent page when it says its address (pym.js' `parentUrl`, or Steppe's
// `steppe:parent` message from steppe-frame.js), else at this page.
import './steppe.js';

const params = new URLSearchParams(location.search);
const widget = document.createElement('steppe-story');
widget.setAttribute('loading', 'eager');
for (const [param, attribute] of [['story', 'src'], ['region', 'region'], ['quote', 'quote'], ['theme', 'theme'], ['autoplay', 'autoplay']]) {
  const value = params.get(param);
  if (value !== null) widget.setAttribute(attribute, value);
}
/** An http(s) address, or null. */
function address(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
const parentUrl = address(params.get('parentUrl'));
if (parentUrl) widget.setAttribute('share-url', parentUrl);
addEventListener('message', (event) => {
  if (event.source !== window.parent || window.parent === window || event.data?.type !== 'steppe:parent') return;
  const url = address(event.data.url);
  if (url && url !== widget.getAttribute('share-url')) widget.setAttribute('share-url', url);
});
document.getElementById('steppe-frame').append(widget);

// pym.js children are told their id in the query string.
const pymId = params.get('childId');

// A link to one of this widget's quotes was followed: the parent brings the frame into view,
// once it knows the frame's height (else a short page could not scroll that far).
widget.addEventListener('steppe:follow', () => {
  if (window.parent === window) return;
  report();
  window.parent.postMessage({ type: 'steppe:scroll' }, '*');
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxscrollToChildPosxPYMx0`, '*');
});
let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'steppe:resize', height }, '*');
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
report();
