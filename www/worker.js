// Runs the wasm analyser off the main thread, so a long article never freezes the page.
//
// Protocol (one request at a time; the client queues):
//   in:  { id, text, options }            -> analyse
//        { id, panic: true }               -> deliberate panic (crash-recovery tests only)
//   out: { id, ok: true, analysis, ms }
//        { id, ok: false, error, option, fatal }
// `fatal` means this worker must not be used again (the instance trapped outside the
// panic hook, e.g. out of memory); the client then starts a fresh worker.
import init, { analyze, __panicForTesting } from './pkg/article_summary.js';

// Load, then run one small analysis so lazily built tables (the entity model, ...) are
// ready before the reader's first paste.
const ready = init().then(() => {
  try {
    analyze('Ann Lee met officials of the Acme Corporation in Paris on Monday, paying $5 million.');
  } catch {
    // A failure here will show on the first real request.
  }
});

self.onmessage = async (event) => {
  const { id, text, options, panic } = event.data;
  try {
    await ready;
  } catch (err) {
    self.postMessage({ id, ok: false, fatal: true, error: `could not load the analyser: ${message(err)}` });
    return;
  }
  const t0 = performance.now();
  try {
    if (panic) __panicForTesting();
    const analysis = analyze(text, options);
    self.postMessage({ id, ok: true, analysis, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({
      id,
      ok: false,
      error: message(err),
      option: typeof err?.option === 'string' ? err.option : undefined,
      fatal: err instanceof WebAssembly.RuntimeError || err instanceof RangeError,
    });
  }
};

function message(err) {
  return err instanceof Error ? err.message : String(err);
}
