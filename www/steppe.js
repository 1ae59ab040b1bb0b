// Steppe loader: defines <steppe-story>. One WebAssembly instance per page, however many
// times this script is included (an ES module runs once per URL; the element is defined
// once) and however many elements the page has; each element renders in its own shadow
// root and is mounted once per connection and released on removal.
const base = new URL('.', import.meta.url);
let ready = null;
/** The connected elements, so that a failure of the shared wasm can reach them all. */
const widgets = new Set();
let broken = false;

/** The wasm failed under a widget (a Rust panic ends in a trap, a RuntimeError): its
 * state can no longer be trusted, so every widget on the page goes back to its static
 * fallback, shown whole, and no call reaches the wasm again. */
function breakDown(error) {
  if (broken) return;
  broken = true;
  console.warn('Steppe stopped; its widgets show their static content:', error);
  for (const widget of widgets) widget.fallBack();
}

// A trap inside a widget's own event handler reaches the page as an error event. Only one
// whose stack passes through this wasm is ours; the host's own errors are left alone.
const binaryURL = new URL('wasm/steppe-web_bg.wasm', base);
addEventListener('error', (event) => {
  const error = event.error;
  if (globalThis.WebAssembly && error instanceof WebAssembly.RuntimeError
    && String(error.stack).includes(binaryURL.href)) {
    event.preventDefault();
    breakDown(error);
  }
});

/** The wasm module, fetched and instantiated on first use only. The binary is requested
 * beside its glue rather than by it, once the glue has loaded: one round trip less. */
function wasm() {
  ready ??= globalThis.WebAssembly
    ? (() => {
      const binary = fetch(binaryURL);
      binary.catch(() => {}); // a failure is reported by the glue's await, not as unhandled
      return import(new URL('wasm/steppe-web.js', base).href).then(async (module) => {
        await module.default({ module_or_path: binary });
        return module;
      });
    })()
    : Promise.reject(new Error('this browser has no WebAssembly'));
  return ready;
}

/** The widget's stylesheet, fetched beside the wasm, once, and adopted by every widget's
 * shadow root as one constructed sheet: the root can then be attached in the same task as
 * the mount, so the page lays out the fallback and then the widget, not the fallback twice.
 * Null where constructed sheets are missing (the root then links the file). */
const styleURL = new URL('steppe.css', base);
let sheet = null;
function styles() {
  sheet ??= fetch(styleURL)
    .then((response) => (response.ok ? response.text() : ''))
    .then((css) => new CSSStyleSheet().replace(css))
    .catch(() => null);
  return sheet;
}

/** The built-in story's bundle, for elements without `src`: fetched beside the wasm, once
 * per page (the wasm does not carry it, so a widget given `src` does not pay for it), and
 * handed to the wasm's mount. Null when it cannot be fetched (the widget says so). */
const builtInURL = new URL('bundles/central-asia-2022.json', base);
let builtIn = null;
function builtInStory() {
  builtIn ??= fetch(builtInURL)
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
  return builtIn;
}

/** The address a widget is read at: its `share-url` (an iframe embed sets its parent
 * page's), else the page's own. A link to a quote is this address with `#steppe/STORY/QUOTE`. */
function pageAddress(widget) {
  return widget.getAttribute('share-url') ?? location.href;
}

// A link to a quote followed within the page: each widget checks whether it names its story.
addEventListener('hashchange', () => {
  for (const widget of widgets) widget.follow();
});

/** A node as plain data (text, a comment, or an element's namespace, name, attributes and
 * children), and back: the live widget keeps its static fallback this way, so that the page
 * holds no second copy of the widget's nodes (about 1,500 for the built-in story) while it
 * can still put the fallback back. Rebuilt through createElementNS and setAttribute, never
 * from HTML text, so a host's Trusted Types policy has nothing to refuse. */
const TEXT = 3;
const COMMENT = 8;
const asData = (node) => (node.nodeType === TEXT ? node.data
  : node.nodeType === COMMENT ? { comment: node.data }
    : [node.namespaceURI, node.localName, [...node.attributes].flatMap((a) => [a.name, a.value]),
      [...node.childNodes].map(asData)]);
function asNode(data) {
  if (typeof data === 'string') return document.createTextNode(data);
  if (!Array.isArray(data)) return document.createComment(data.comment);
  const [namespace, name, attributes, children] = data;
  const element = document.createElementNS(namespace, name);
  for (let i = 0; i < attributes.length; i += 2) {
    try {
      element.setAttribute(attributes[i], attributes[i + 1]);
    } catch {
      // an inline handler under a Trusted Types policy; the fallback (steppe build's) has none
    }
  }
  element.append(...children.map(asNode));
  return element;
}

class SteppeStory extends HTMLElement {
  static observedAttributes = ['src', 'region', 'quote', 'autoplay', 'paragraph-href', 'share-url'];
  #handle = null;
  #observer = null;
  #generation = 0;
  /** The static fallback as data while the live widget stands in its place (see asData). */
  #stash = null;

  connectedCallback() {
    widgets.add(this);
    if (broken) {
      this.fallBack();
      return;
    }
    // Eager when told so, or when the page was opened at a link to a quote, which may be
    // this widget's (it knows its story only once loaded).
    if (this.getAttribute('loading') === 'eager' || pageAddress(this).includes('#steppe/')) {
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
    widgets.delete(this);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#release();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#handle || before === after) return;
    if (name === 'region') this.#call((h) => (after ? h.selectRegion(after) : h.clear()));
    else if (name === 'quote') after && this.#call((h) => h.showQuote(after));
    else if (name === 'share-url') this.follow();
    else this.#restart();
  }

  /** Selects a country (ISO 3166-1 alpha-3) on the map and as the country filter. */
  selectRegion(code) {
    this.#handle ? this.#call((h) => h.selectRegion(String(code))) : this.setAttribute('region', code);
  }

  /** Shows a quote by its id. */
  showQuote(id) {
    this.#handle ? this.#call((h) => h.showQuote(String(id))) : this.setAttribute('quote', id);
  }

  /** Clears the selection and every filter. */
  clear() {
    this.#call((h) => h.clear());
  }

  /** Follows the page's address if it links to one of this widget's quotes: that quote
   * shown, unfiltered, and the widget scrolled into view. */
  follow() {
    this.#call((h) => h.follow(pageAddress(this)));
  }

  /** Back to the static fallback, shown whole (the wasm failed or cannot run here). */
  fallBack() {
    this.#release();
    this.shadowRoot?.querySelector('.steppe-mount')?.remove();
    if (this.shadowRoot && !this.shadowRoot.querySelector('slot')) {
      this.shadowRoot.append(document.createElement('slot'));
    }
    this.setAttribute('data-steppe-static', '');
  }

  /** Calls into the wasm; a failure there is contained (see breakDown). */
  #call(action) {
    if (!this.#handle || broken) return;
    try {
      action(this.#handle);
    } catch (error) {
      breakDown(error);
    }
  }

  /** Takes the static fallback (the `.steppe-fallback` children `steppe build` wrote) out
   * of the element, kept as data: called by the wasm in the task in which the live widget
   * takes its place. Nothing else the host put inside the element is touched. */
  #stashFallback() {
    const fallbacks = this.querySelectorAll(':scope > .steppe-fallback');
    if (!fallbacks.length) return;
    this.#stash = [...fallbacks].map(asData);
    for (const node of fallbacks) node.remove();
  }

  /** Puts the static fallback back into the element, first, where the page had it. */
  #unstash() {
    if (!this.#stash) return;
    this.prepend(...this.#stash.map(asNode));
    this.#stash = null;
  }

  #release() {
    this.#unstash();
    this.#generation++;
    const handle = this.#handle;
    this.#handle = null;
    if (handle && !broken) {
      try {
        handle.free();
      } catch (error) {
        breakDown(error);
      }
    }
  }

  #restart() {
    this.#release();
    this.#start();
  }

  async #start() {
    const generation = ++this.#generation;
    // The stylesheet, the wasm and the built-in story load side by side; the fallback shows
    // meanwhile.
    const styled = styles();
    const story = this.hasAttribute('src') ? null : builtInStory();
    let module;
    try {
      module = await wasm();
    } catch (error) {
      // The static fallback stays, now with every quote shown; the host sees no uncaught error.
      this.setAttribute('data-steppe-static', '');
      console.warn('Steppe could not start:', error);
      return;
    }
    const [adopted, text] = await Promise.all([styled, story]);
    if (generation !== this.#generation || !this.isConnected || broken) return;
    try {
      this.#handle = module.mount(this, this.#root(adopted), () => this.#stashFallback(), text);
    } catch (error) {
      breakDown(error);
    }
  }

  /** The shadow root, with the widget's stylesheet; its slot shows the element's static
   * fallback until the widget replaces it (at once for the built-in story). */
  #root(adopted) {
    if (this.shadowRoot) return this.shadowRoot;
    const root = this.attachShadow({ mode: 'open' });
    if (adopted) {
      root.adoptedStyleSheets = [adopted];
    } else {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = styleURL.href;
      root.append(style);
    }
    root.append(document.createElement('slot'));
    return root;
  }
}

if (!customElements.get('steppe-story')) customElements.define('steppe-story', SteppeStory);
