// Hostile host pages: polluted prototypes, old polyfills, globals named like the
// wasm-bindgen glue, a host that swallows events, Trusted Types. The widget works or falls
// back, and the page never sees an uncaught error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, hostPage, outcome, widget } from './browser.mjs';

const ctx = setup();

const HOSTS = {
  'polluted Object and Array prototypes': () => {
    Object.prototype.polluted = 'yes';
    Object.prototype.src = 'https://evil.example/story.json';
    Object.prototype.module_or_path = 'https://evil.example/x.wasm';
    Array.prototype.extra = function extra() { return 'oops'; };
    Array.prototype.includes = function includes(x) { return this.indexOf(x) !== -1; };
  },
  'an old Promise polyfill': () => {
    // A callback-queue Promise of the kind old sites still ship, replacing the native one.
    class OldPromise {
      constructor(run) {
        this.callbacks = [];
        this.settled = false;
        const settle = (ok) => (value) => {
          if (this.settled) return;
          if (ok && value && typeof value.then === 'function') { value.then(settle(true), settle(false)); return; }
          Object.assign(this, { settled: true, ok, value });
          setTimeout(() => this.callbacks.splice(0).forEach((c) => c()));
        };
        try { run(settle(true), settle(false)); } catch (e) { settle(false)(e); }
      }
      then(onOk, onFail) {
        return new OldPromise((resolve, reject) => {
          const call = () => {
            const handler = this.ok ? onOk : onFail;
            if (!handler) { (this.ok ? resolve : reject)(this.value); return; }
            try { resolve(handler(this.value)); } catch (e) { reject(e); }
          };
          this.settled ? setTimeout(call) : this.callbacks.push(call);
        });
      }
      catch(onFail) { return this.then(undefined, onFail); }
      finally(f) { return this.then((v) => { f(); return v; }, (e) => { f(); throw e; }); }
      static resolve(v) { return new OldPromise((r) => r(v)); }
      static reject(e) { return new OldPromise((_, r) => r(e)); }
      static all(list) { return new OldPromise((resolve, reject) => { const out = []; let n = list.length; if (!n) resolve(out); list.forEach((p, i) => OldPromise.resolve(p).then((v) => { out[i] = v; if (!--n) resolve(out); }, reject)); }); }
    }
    window.Promise = OldPromise;
  },
  'an old TextDecoder polyfill': () => {
    window.TextDecoder = class {
      decode(bytes = new Uint8Array()) {
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        try { return decodeURIComponent(escape(s)); } catch { return s; }
      }
    };
    window.TextEncoder = class {
      encode(s = '') { return new Uint8Array([...unescape(encodeURIComponent(s))].map((c) => c.charCodeAt(0))); }
    };
  },
  'globals named like the wasm-bindgen glue': () => {
    Object.assign(window, {
      wasm_bindgen: 'host', __wbg_init: 'host', wasm: { memory: null }, initSync: 42, steppe: 'host', mount: () => { throw new Error('host'); },
    });
  },
};

for (const [name, pollute] of Object.entries(HOSTS)) {
  test(`a host with ${name}: the widget works or falls back, no uncaught error`, async (t) => {
    const { page, uncaught } = await openPage(ctx.browser);
    await page.addInitScript(pollute);
    await hostPage(page, ctx.origin);
    const result = await outcome(page);
    t.diagnostic(`the widget is ${result}`);
    if (result === 'live') {
      await page.locator('steppe-story .steppe-mount .steppe-region[data-region="KAZ"]').click();
      await page.locator('steppe-story .steppe-mount .steppe-panel-name', { hasText: 'Kazakhstan' }).waitFor();
    }
    assert.deepEqual(uncaught, [], `${result}: ${uncaught}`);
    await page.close();
  });
}

test('a host that stops every event at the document in the capture phase: no uncaught error, methods still work', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await page.addInitScript(() => {
    for (const type of ['click', 'keydown', 'pointerdown', 'pointerup', 'focusin']) {
      document.addEventListener(type, (e) => e.stopPropagation(), true);
    }
  });
  await hostPage(page, ctx.origin);
  assert.equal(await outcome(page), 'live');
  await page.locator('steppe-story .steppe-mount .steppe-region[data-region="KAZ"]').click();
  await page.keyboard.press('Enter');
  await page.evaluate(() => document.querySelector('steppe-story').selectRegion('UZB'));
  await page.locator('steppe-story .steppe-mount .steppe-panel-name', { hasText: 'Uzbekistan' }).waitFor();
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('a host enforcing Trusted Types: the widget works with no violation', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await hostPage(page, ctx.origin, {
    body: widget() + widget('src="/no/such/story.json"'),
    headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" },
  });
  assert.equal(await outcome(page), 'live');
  await page.locator('steppe-story .steppe-mount .steppe-region[data-region="KAZ"]').click();
  await page.locator('steppe-story .steppe-mount .steppe-panel-name', { hasText: 'Kazakhstan' }).waitFor();
  // Every other view: a country no quote concerns (the empty result), and a story's problems.
  await page.evaluate(() => document.querySelector('steppe-story').selectRegion('PAK'));
  await page.locator('steppe-story .steppe-mount .steppe-empty').waitFor();
  await page.locator('steppe-story .steppe-problems').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(uncaught, []);
  await page.close();
});
