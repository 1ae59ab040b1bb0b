// The three browser engines of the end-to-end suite behind one small interface, so that the
// core set (engines.test.mjs) runs the same steps, with real input events, in each:
// - Chromium: Debian's `chromium`, driven by playwright-core (as the rest of the suite);
// - Firefox: Debian's `firefox-esr`, driven by puppeteer-core over WebDriver BiDi;
// - WebKit: WebKitGTK's MiniBrowser through Debian's `WebKitWebDriver` and selenium-webdriver,
//   in an Xvfb display of its own (MiniBrowser cannot run without one).
// Nothing here downloads a browser or a driver.
//
// A tab has: evaluate(fn, arg), waitFor(fn, arg), click(x, y) at viewport coordinates,
// press(key) with key one of KEYS, screenshot(path) of the viewport or screenshot(path, css)
// of an element, and close(). What the page reports
// (uncaught errors, refused resources, policy violations) is recorded inside the page by
// the test server's recorder (pages/record.js), the same way in every engine.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { launch as launchChromium } from './chromium.mjs';

/** The keys the core set presses, by the name each driver knows them by. */
const KEYS = ['Tab', 'Enter', 'Space', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** Polls `fn(arg)` in the page until it returns something truthy, which it resolves to. */
async function waitFor(tab, fn, arg, { timeout = 20_000, what = fn.toString() } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await tab.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) {
      const where = await tab.evaluate(() => `${location.href} (${document.readyState})`);
      throw new Error(`timed out after ${timeout} ms waiting for ${what} on ${where}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function checkKey(key) {
  if (!KEYS.includes(key)) throw new Error(`no such key in the core set: ${key}`);
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** A tab over a Playwright or Puppeteer page (their page APIs agree on what is used here);
 * `space` is the name its keyboard gives the space bar. */
function pageTab(page, space) {
  const tab = {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, options) => waitFor(tab, fn, arg, options),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => (checkKey(key), page.keyboard.press(key === 'Space' ? space : key)),
    screenshot: async (path, css) => (css ? (await page.$(css)).screenshot({ path }) : page.screenshot({ path })),
    close: () => page.close(),
  };
  return tab;
}

const chromium = {
  name: 'chromium',
  async start() {
    this.browser = await launchChromium();
    this.version = this.browser.version();
  },
  async open(url, { width, height }) {
    const page = await this.browser.newPage({ viewport: { width, height } });
    await page.goto(url);
    return pageTab(page, ' ');
  },
  stop() {
    return this.browser?.close();
  },
};

const firefox = {
  name: 'firefox',
  async start() {
    const puppeteer = (await import('puppeteer-core')).default;
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      // Quiet on a closed network: no update, telemetry or safe-browsing requests.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
    this.version = await this.browser.version();
  },
  async open(url, { width, height }) {
    const page = await this.browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(url);
    return pageTab(page, 'Space');
  },
  stop() {
    return this.browser?.close();
  },
};

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const webkit = {
  name: 'webkit',
  async start() {
    const { Builder, By, Key } = await import('selenium-webdriver');
    Object.assign(this, { By, Key });
    // An X display of its own: the lowest free number from 90.
    let display = 90;
    while (existsSync(`/tmp/.X${display}-lock`)) display++;
    this.xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const port = await freePort();
    this.driver = spawn(process.env.WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: `:${display}` },
    });
    const server = `http://127.0.0.1:${port}`;
    const end = Date.now() + 20_000;
    for (;;) {
      try {
        if ((await fetch(`${server}/status`)).ok) break;
      } catch { /* not listening yet */ }
      if (Date.now() > end) throw new Error('WebKitWebDriver did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    this.session = await new Builder().usingServer(server).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH || MINIBROWSER, args: ['--automation'] },
    }).build();
    this.version = (await this.session.getCapabilities()).get('browserVersion');
  },
  async open(url, { width, height }) {
    const session = this.session;
    // The window's size such that the page's viewport is width × height.
    await session.manage().window().setRect({ width, height });
    await session.get(url);
    const inner = await session.executeScript('return [innerWidth, innerHeight]');
    if (inner[0] !== width || inner[1] !== height) {
      await session.manage().window().setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
    }
    const keys = { Space: this.Key.SPACE, Tab: this.Key.TAB, Enter: this.Key.ENTER, Escape: this.Key.ESCAPE,
      ArrowLeft: this.Key.ARROW_LEFT, ArrowRight: this.Key.ARROW_RIGHT, ArrowUp: this.Key.ARROW_UP,
      ArrowDown: this.Key.ARROW_DOWN, Home: this.Key.HOME, End: this.Key.END };
    const tab = {
      evaluate: (fn, arg) => session.executeScript(`return (${fn})(arguments[0])`, arg),
      waitFor: (fn, arg, options) => waitFor(tab, fn, arg, options),
      click: (x, y) => session.actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).click().perform(),
      press: (key) => (checkKey(key), session.actions().sendKeys(keys[key]).perform()),
      screenshot: async (path, css) => writeFileSync(path, Buffer.from(
        await (css ? session.findElement(this.By.css(css)) : session).takeScreenshot(), 'base64')),
      close: () => session.get('about:blank'),
    };
    return tab;
  },
  async stop() {
    await this.session?.quit().catch(() => {});
    this.driver?.kill();
    this.xvfb?.kill();
  },
};

/** The engines to run, from STEPPE_ENGINES (comma-separated; all three by default). */
export function engines() {
  const all = { chromium, firefox, webkit };
  const names = (process.env.STEPPE_ENGINES || 'chromium,firefox,webkit').split(',').map((s) => s.trim());
  return names.map((name) => {
    if (!all[name]) throw new Error(`STEPPE_ENGINES: no engine "${name}" (chromium, firefox, webkit)`);
    return all[name];
  });
}
