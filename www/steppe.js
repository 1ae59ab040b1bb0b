// Steppe loader: defines <steppe-story>. One WebAssembly instance per page, however many
// times this script is included (an ES module runs once per URL; the element is defined
// once) and however many elements the page has; each element renders in its own shadow
// root and is mounted once per connection and released on removal.
const base = new URL('.', import.meta.url);
let ready = null;

/** The wasm module, fetched and instantiated on first use only. */
function wasm() {
  ready ??= import(new URL('wasm/steppe.js', base).href).then(async (module) => {
    await module.default({ module_or_path: new URL('wasm/steppe_bg.wasm', base) });
    return module;
  });
  return ready;
}

class SteppeStory extends HTMLElement {
  static observedAttributes = ['src', 'region', 'quote', 'autoplay', 'paragraph-href'];
  #handle = null;
  #observer = null;
  #generation = 0;

  connectedCallback() {
    if (this.getAttribute('loading') === 'eager') {
      this.#start();
      return;
    }
    // Lazy by default: nothing is fetched until the element nears the viewport.
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.#observer?.disconnect();
        this.#observer = null;
        this.#start();
      }
    }, { rootMargin: '600px 0px' });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#generation++;
    this.#handle?.free();
    this.#handle = null;
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#handle || before === after) return;
    if (name === 'region') after ? this.#handle.selectRegion(after) : this.#handle.clear();
    else if (name === 'quote') after && this.#handle.showQuote(after);
    else this.#restart();
  }

  /** Selects a country (ISO 3166-1 alpha-3) on the map and as the country filter. */
  selectRegion(code) {
    this.#handle ? this.#handle.selectRegion(String(code)) : this.setAttribute('region', code);
  }

  /** Shows a quote by its id. */
  showQuote(id) {
    this.#handle ? this.#handle.showQuote(String(id)) : this.setAttribute('quote', id);
  }

  /** Clears the selection and every filter. */
  clear() {
    this.#handle?.clear();
  }

  #restart() {
    this.#generation++;
    this.#handle?.free();
    this.#handle = null;
    this.#start();
  }

  async #start() {
    const generation = ++this.#generation;
    let module;
    try {
      module = await wasm();
    } catch (error) {
      // The static fallback stays, now with every quote shown; the host sees no uncaught error.
      this.setAttribute('data-steppe-static', '');
      console.warn('Steppe could not start:', error);
      return;
    }
    const root = await this.#root();
    if (generation !== this.#generation || !this.isConnected) return;
    this.#handle = module.mount(this, root);
  }

  /** The shadow root, once its stylesheet has loaded (so the widget never shows unstyled).
   * Its slot shows the element's static fallback until the widget replaces it. */
  #root() {
    if (this.shadowRoot) return Promise.resolve(this.shadowRoot);
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('steppe.css', base).href;
    const loaded = new Promise((done) => {
      style.addEventListener('load', done, { once: true });
      style.addEventListener('error', done, { once: true });
    });
    root.append(style, document.createElement('slot'));
    return loaded.then(() => root);
  }
}

if (!customElements.get('steppe-story')) customElements.define('steppe-story', SteppeStory);
