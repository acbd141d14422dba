// A small client for worker.js: promises, one request in flight, the newest request
// replaces any queued one, a stuck or crashed worker is replaced by a fresh one.

const DEFAULT_TIMEOUT_MS = 30_000;

/** Thrown (as the rejection) when a newer request replaced this one before it ran. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'SupersededError';
  }
}

export class Analyzer {
  /**
   * @param {{ workerUrl?: URL | string, timeoutMs?: number }} [config]
   */
  constructor({ workerUrl = new URL('./worker.js', import.meta.url), timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
    this.workerUrl = workerUrl;
    this.timeoutMs = timeoutMs;
    this.worker = null;
    this.nextId = 1;
    this.inFlight = null; // { id, message, resolve, reject, timer }
    this.queued = null; // same shape, not yet sent
  }

  /**
   * Analyses `text` in the worker. Resolves to `{ analysis, ms }`; rejects with an Error
   * (with `.option` for a bad option), or a SupersededError if a newer call replaced it.
   */
  analyze(text, options) {
    return this.#request({ text, options });
  }

  /** Starts the worker (and so loads the wasm) ahead of the first request. */
  start() {
    this.#ensureWorker();
  }

  /** Makes the wasm module panic (tests of crash recovery only). */
  panicForTesting() {
    return this.#request({ panic: true });
  }

  /** Stops the worker; later calls start a new one. */
  terminate() {
    this.worker?.terminate();
    this.worker = null;
    const pending = [this.inFlight, this.queued].filter(Boolean);
    this.inFlight = this.queued = null;
    for (const job of pending) {
      clearTimeout(job.timer);
      job.reject(new Error('the analyser was stopped'));
    }
  }

  #request(message) {
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, message, resolve, reject, timer: 0 };
      if (this.queued) this.queued.reject(new SupersededError());
      this.queued = job;
      this.#pump();
    });
  }

  #pump() {
    if (this.inFlight || !this.queued) return;
    const job = this.queued;
    this.queued = null;
    this.inFlight = job;
    job.timer = setTimeout(() => {
      this.#restart();
      this.#settle(job, null, new Error(`the analysis took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`));
    }, this.timeoutMs);
    this.#ensureWorker().postMessage({ id: job.id, ...job.message });
  }

  #ensureWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl, { type: 'module' });
    worker.onmessage = (event) => {
      const reply = event.data;
      const job = this.inFlight;
      if (!job || reply.id !== job.id) return;
      if (reply.fatal) this.#restart();
      if (reply.ok) {
        this.#settle(job, { analysis: reply.analysis, ms: reply.ms });
      } else {
        const err = new Error(reply.error);
        if (reply.option) err.option = reply.option;
        this.#settle(job, null, err);
      }
    };
    // A script error in the worker (failed import, ...): fail the request, start afresh next time.
    worker.onerror = (event) => {
      event.preventDefault();
      const job = this.inFlight;
      this.#restart();
      if (job) this.#settle(job, null, new Error(`the analyser failed to start: ${event.message || 'worker error'}`));
    };
    this.worker = worker;
    return worker;
  }

  #restart() {
    this.worker?.terminate();
    this.worker = null;
  }

  #settle(job, value, error) {
    if (this.inFlight !== job) return;
    clearTimeout(job.timer);
    this.inFlight = null;
    if (error) job.reject(error);
    else job.resolve(value);
    this.#pump();
  }
}
