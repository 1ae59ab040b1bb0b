// Put first into every page by the engine tests' server (engines.test.mjs): records what a
// reader's browser reports about the page, the same way in every engine (WebKitGTK's
// driver has no log of console messages or page errors).
window.__problems = [];
addEventListener('error', (event) => {
  const target = event.target;
  window.__problems.push(target === window
    ? `uncaught: ${event.message}`
    : `failed: ${target.src || target.href || target.localName}`);
}, true);
addEventListener('unhandledrejection', (event) => window.__problems.push(`unhandled rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__problems.push(`policy: ${event.violatedDirective} refused ${event.blockedURI}`));
