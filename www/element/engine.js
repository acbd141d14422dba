// The analyser engine shared by <article-summary> and the Summarizer-compatible front:
// loads the wasm package lazily (once per URL), analyses in a Web Worker (on the calling
// thread only when no worker can be started), and finds the article in the live DOM.
//
// Defaults load the package that `wasm-pack build --target web --out-dir www/pkg` writes
// next to this folder; a site serving it from a CDN calls configure() first.

const defaults = {
  /** The wasm-bindgen JS glue (ES module). */
  glueUrl: new URL('../pkg/article_summary.js', import.meta.url),
  /** The compiled core. */
  wasmUrl: new URL('../pkg/article_summary_bg.wasm', import.meta.url),
  /** The worker script (must be same-origin with the page, as workers are). */
  workerUrl: new URL('./worker.js', import.meta.url),
  /**
   * 'always' (the default: the first analysis compiles and decodes the entity model,
   * 50 ms and more on a phone, too long for the page's own thread), 'auto' (worker for
   * long articles only) or 'never'. Without a possible worker the work runs here.
   */
  worker: 'always',
  /** Articles at least this long (UTF-16 units) are analysed in the worker under 'auto'. */
  workerThreshold: 20_000,
};

let config = { ...defaults };
/** @type {Map<string, Promise<Engine>>} one engine per wasm URL */
const engines = new Map();

/** Overrides where the package and worker are loaded from, and when the worker is used. */
export function configure(options = {}) {
  for (const key of Object.keys(options)) {
    if (!(key in defaults)) throw new TypeError(`article-summary: unknown setting "${key}"`);
  }
  config = { ...config, ...options };
}

/** The current settings (a copy). */
export function settings() {
  return { ...config };
}

/**
 * Loads (once) and returns the engine for `wasmUrl` (default: the configured one).
 * Rejects with an Error whose `.reason` is 'csp' when the page's Content-Security-Policy
 * forbids WebAssembly (no 'wasm-unsafe-eval'), 'network' when the files cannot be fetched.
 */
export function loadEngine(wasmUrl) {
  const url = String(wasmUrl ? new URL(wasmUrl, document.baseURI) : config.wasmUrl);
  let engine = engines.get(url);
  if (!engine) {
    engine = Engine.load(url, String(config.glueUrl));
    // A failed load may succeed later (network back): do not cache failures.
    engine.catch(() => engines.delete(url));
    engines.set(url, engine);
  }
  return engine;
}

/**
 * Calls `fn` in a task after the next frame, so that work split into slices gets one
 * slice per frame and each frame lays out little (or after 100 ms: a hidden tab has no
 * frames, and nothing to lay out either). Used by the element and the page.
 */
export function afterNextFrame(fn) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const fallback = setTimeout(run, 100);
  requestAnimationFrame(() => setTimeout(run, 0));
}

class Engine {
  static async load(wasmUrl, glueUrl) {
    let glue;
    try {
      glue = await import(glueUrl);
    } catch (err) {
      throw loadError('network', `could not load ${glueUrl}: ${err.message}`, err);
    }
    let response;
    try {
      response = await fetch(wasmUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (err) {
      throw loadError('network', `could not fetch ${wasmUrl}: ${err.message}`, err);
    }
    let module;
    try {
      const bytes = await response.arrayBuffer();
      module = await WebAssembly.compile(bytes);
      await glue.default({ module_or_path: module });
    } catch (err) {
      // Chromium and Firefox word it differently; both name the policy.
      const csp = /Content.Security.Policy|unsafe-eval|CSP/i.test(String(err?.message));
      throw loadError(csp ? 'csp' : 'compile', err?.message || String(err), err);
    }
    return new Engine(glue, module, glueUrl);
  }

  constructor(glue, module, glueUrl) {
    this.glue = glue;
    this.module = module;
    this.glueUrl = glueUrl;
    this.worker = null;
    this.pending = new Map();
    this.nextId = 1;
  }

  /** The article in the page (or inside `root`), skipping `skip`: {title, paragraphs, text, textNodes}. */
  extract(root = null, skip = null) {
    return this.glue.extractArticle(root, skip);
  }

  /** Analyses `text`; long texts go to the worker (see configure). Resolves to the analysis. */
  analyze(text, options) {
    const mode = config.worker;
    const long = text.length >= config.workerThreshold;
    if (mode === 'always' || (mode === 'auto' && long)) {
      return this.#inWorker(text, options).catch((err) => {
        // No worker possible (CSP worker-src, cross-origin CDN): do the work here.
        if (err.reason === 'worker-unavailable') return this.glue.analyze(text, options);
        throw err;
      });
    }
    return Promise.resolve().then(() => this.glue.analyze(text, options));
  }

  #inWorker(text, options) {
    return new Promise((resolve, reject) => {
      let worker;
      try {
        worker = this.#ensureWorker();
      } catch (err) {
        reject(Object.assign(new Error(err.message), { reason: 'worker-unavailable' }));
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options });
    });
  }

  #ensureWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(config.workerUrl, { type: 'module' });
    worker.postMessage({ init: true, glueUrl: this.glueUrl, module: this.module });
    worker.onmessage = ({ data }) => {
      const job = this.pending.get(data.id);
      if (!job) return;
      this.pending.delete(data.id);
      if (data.ok) job.resolve(data.analysis);
      else job.reject(Object.assign(new Error(data.error), { option: data.option }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const err = Object.assign(new Error(event.message || 'worker failed'), { reason: 'worker-unavailable' });
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
      worker.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}

function loadError(reason, message, cause) {
  const err = new Error(message, { cause });
  err.name = 'ArticleSummaryLoadError';
  err.reason = reason;
  return err;
}
