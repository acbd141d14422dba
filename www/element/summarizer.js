// A Summarizer with the shape of the browser's built-in one (Chrome's writing-assistance
// APIs), backed by the extractive engine: the summary is made of the article's own
// sentences, computed locally, with nothing to download but the wasm (~460 KiB gzipped).
//
//   import { Summarizer } from './element/summarizer.js';
//   const s = await Summarizer.create({ type: 'key-points', length: 'medium', format: 'markdown' });
//   const md = await s.summarize(articleText);
//
// How type/length map to extractive output (see docs/embedding.md):
//   key-points  3 / 5 / 7 bullets (short / medium / long), most important sentences in article order
//   tldr        1 / 3 / 5 sentences, one paragraph
//   teaser      1 / 2 / 3 sentences, one paragraph
//   headline    the single most central sentence (length ignored)
// format 'markdown' writes key points as "- " bullets; 'plain-text' one per line.
// `sharedContext` and `context` are accepted and kept, but cannot steer an extractive
// summary; `expectedInputLanguages`/`outputLanguage` are accepted, English works best.

import { loadEngine } from './engine.js';

const TYPES = ['key-points', 'tldr', 'teaser', 'headline'];
const LENGTHS = ['short', 'medium', 'long'];
const FORMATS = ['plain-text', 'markdown'];
const SENTENCES = {
  'key-points': { short: 3, medium: 5, long: 7 },
  tldr: { short: 1, medium: 3, long: 5 },
  teaser: { short: 1, medium: 2, long: 3 },
  headline: { short: 1, medium: 1, long: 1 },
};

function checkEnum(name, value, allowed) {
  if (value === undefined) return;
  if (!allowed.includes(value)) {
    throw new TypeError(`Failed to read the '${name}' property: The provided value '${value}' is not a valid enum value. Allowed: ${allowed.join(', ')}.`);
  }
}

function checkOptions(options) {
  checkEnum('type', options.type, TYPES);
  checkEnum('length', options.length, LENGTHS);
  checkEnum('format', options.format, FORMATS);
}

function abortError(signal) {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export class Summarizer {
  #engine;
  #destroyed = false;
  #controller = new AbortController();

  /** 'available' where WebAssembly runs (nothing to download first), else 'unavailable'. */
  static async availability(options = {}) {
    try {
      checkOptions(options);
    } catch {
      return 'unavailable';
    }
    return typeof WebAssembly === 'object' ? 'available' : 'unavailable';
  }

  /** Loads the engine and returns a summarizer for these options. */
  static async create(options = {}) {
    checkOptions(options);
    const { signal, monitor } = options;
    if (signal?.aborted) throw abortError(signal);
    let progress = null;
    if (typeof monitor === 'function') {
      progress = new EventTarget();
      monitor(progress);
    }
    const engine = await loadEngine();
    if (signal?.aborted) throw abortError(signal);
    progress?.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: 1, total: 1, lengthComputable: true }));
    return new Summarizer(engine, options);
  }

  /** Use Summarizer.create(). */
  constructor(engine, options) {
    if (!engine) throw new TypeError('Illegal constructor: use Summarizer.create()');
    this.#engine = engine;
    this.type = options.type ?? 'key-points';
    this.format = options.format ?? 'markdown';
    this.length = options.length ?? 'short';
    this.sharedContext = options.sharedContext ?? '';
    this.expectedInputLanguages = options.expectedInputLanguages ?? null;
    this.expectedContextLanguages = options.expectedContextLanguages ?? null;
    this.outputLanguage = options.outputLanguage ?? null;
    // The engine's own input limit (2 MiB of UTF-8 unless the build says otherwise).
    this.inputQuota = engine.glue.limits?.().maxInputBytes ?? 2 * 1024 * 1024;
    options.signal?.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** How much of the quota `text` uses (UTF-8 bytes, the engine's own limit). */
  async measureInputUsage(text) {
    return new TextEncoder().encode(String(text)).length;
  }

  /** The summary of `text`, as one string. */
  async summarize(text, options = {}) {
    const parts = await this.#parts(text, options);
    return parts.join('');
  }

  /** The summary as a ReadableStream of string chunks (one per sentence or bullet). */
  summarizeStreaming(text, options = {}) {
    let parts = null;
    const pending = this.#parts(text, options);
    return new ReadableStream({
      start: async (controller) => {
        try {
          parts = await pending;
        } catch (err) {
          controller.error(err);
        }
      },
      pull: (controller) => {
        if (options.signal?.aborted) {
          controller.error(abortError(options.signal));
          return;
        }
        if (!parts || parts.length === 0) controller.close();
        else controller.enqueue(parts.shift());
      },
    });
  }

  /** Frees the summarizer; later calls reject with InvalidStateError. */
  destroy() {
    this.#destroyed = true;
    this.#controller.abort(new DOMException('The summarizer has been destroyed.', 'AbortError'));
  }

  async #parts(text, { signal } = {}) {
    if (this.#destroyed) throw new DOMException('The summarizer has been destroyed.', 'InvalidStateError');
    if (signal?.aborted) throw abortError(signal);
    const input = String(text ?? '');
    if (!input.trim()) return [];
    if ((await this.measureInputUsage(input)) > this.inputQuota) {
      throw new DOMException(`The input is longer than the quota of ${this.inputQuota} bytes.`, 'QuotaExceededError');
    }
    const form = this.type === 'key-points' ? 'key-points' : this.type === 'headline' ? 'headline' : 'tldr';
    const analysis = await this.#engine.analyze(input, { sentences: SENTENCES[this.type][this.length], form });
    if (signal?.aborted) throw abortError(signal);
    if (this.#destroyed) throw new DOMException('The summarizer has been destroyed.', 'InvalidStateError');
    const sentences = analysis.summary.sentences.map((i) => analysis.sentences[i].text);
    if (this.type === 'key-points') {
      const bullet = this.format === 'markdown' ? '- ' : '';
      return sentences.map((s, i) => `${i ? '\n' : ''}${bullet}${s}`);
    }
    return sentences.map((s, i) => `${i ? ' ' : ''}${s}`);
  }
}

export default Summarizer;
