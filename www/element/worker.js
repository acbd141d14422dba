// Analyses long articles off the main thread. The page sends the already compiled
// WebAssembly.Module (no second download or compile) and the glue's URL first:
//   in:  { init: true, glueUrl, module }   then   { id, text, options }
//   out: { id, ok: true, analysis } | { id, ok: false, error, option }
let ready = null;

self.onmessage = async ({ data }) => {
  if (data.init) {
    ready = import(data.glueUrl).then(async (glue) => {
      await glue.default({ module_or_path: data.module });
      return glue;
    });
    ready.catch(() => {});
    return;
  }
  const { id, text, options } = data;
  try {
    if (!ready) throw new Error('the worker was not initialised');
    const glue = await ready;
    self.postMessage({ id, ok: true, analysis: glue.analyze(text, options) });
  } catch (err) {
    self.postMessage({
      id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      option: typeof err?.option === 'string' ? err.option : undefined,
    });
  }
};
