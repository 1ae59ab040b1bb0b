// The iframe embed (embed.html?story=URL&region=KAZ&quote=ID&theme=dark): one widget that
// fills the frame and tells the parent page its height whenever it changes, in three
// dialects: Steppe's own message, pym.js's, and AMP's embed-size request.
import './steppe.js';

const params = new URLSearchParams(location.search);
const widget = document.createElement('steppe-story');
widget.setAttribute('loading', 'eager');
for (const [param, attribute] of [['story', 'src'], ['region', 'region'], ['quote', 'quote'], ['theme', 'theme'], ['autoplay', 'autoplay']]) {
  const value = params.get(param);
  if (value !== null) widget.setAttribute(attribute, value);
}
document.getElementById('steppe-frame').append(widget);

// pym.js children are told their id in the query string.
const pymId = params.get('childId');
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
