// Browser benchmark: our wasm `analyze` against the JS peers, same run, same texts.
//   node benches/browser/run.mjs          (make bench-browser builds the wasm first)
// Prints medians per input size, peer/ours ratios, the gzipped transfer size of each,
// and the longest main-thread task of the page and of the element with a 5,000-word
// article, over RESPONSIVENESS_RUNS (default 5) runs each (responsiveness.mjs).
import { build } from 'esbuild';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { measure, report } from './responsiveness.mjs';
import { benchInputs, launchChromium, words } from './common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.SHARED || join(root, '..', 'shared');
const outDir = join(root, 'target', 'bench-browser');
mkdirSync(outDir, { recursive: true });

await build({
  entryPoints: [join(root, 'benches', 'browser', 'peers.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  outfile: join(outDir, 'peers.bundle.js'),
  logLevel: 'warning',
});
// Each peer bundled alone, to report what a site would ship for it.
async function bundledSize(code) {
  const r = await build({ stdin: { contents: code, resolveDir: root }, bundle: true, minify: true, format: 'esm', write: false });
  return gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
}
const gz = (path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;
// Without the entity model (make wasm-no-model), when built.
const noModel = existsSync(join(root, 'target/pkg-no-model/article_summary_bg.wasm'))
  ? gz('target/pkg-no-model/article_summary_bg.wasm') + gz('target/pkg-no-model/article_summary.js')
  : null;
const sizes = {
  ours: gz('www/pkg/article_summary_bg.wasm') + gz('www/pkg/article_summary.js'),
  compromise: await bundledSize("import nlp from 'compromise'; window.x = nlp;"),
  wink: await bundledSize("import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; window.x = w(m);"),
};

// Inputs: real articles from the dev slices, concatenated for the big sizes.
const inputs = benchInputs(shared);

const server = await serve(root, 0);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.port}/benches/browser/bench.html`);
await page.waitForFunction(() => window.benchReady === true);

const contenders = [
  ['ours: analyze (summary + entities + keyphrases)', 'ours.analyze'],
  ['compromise: people/places/organizations', 'peers.compromiseEntities'],
  ['wink-nlp: sentence importance', 'peers.winkImportance'],
  ['wink-nlp: entities', 'peers.winkEntities'],
];

const results = {};
for (const [size, text] of inputs) {
  results[size] = { words: words(text) };
  for (const [, fn] of contenders) {
    const runs = size === 'huge' ? 5 : 15;
    results[size][fn] = await page.evaluate(({ fn, text, runs }) => {
      const f = fn.split('.').reduce((o, k) => o[k], window);
      const g = (...a) => f.apply(fn.startsWith('ours') ? window.ours : window.peers, a);
      // Warm-up: JIT, wasm tier-up (V8 starts on baseline code and optimises hot
      // functions in the background, slowly on a busy machine), caches. The first
      // input of each contender gets a long one.
      window.warmed ??= new Set();
      const warmMs = window.warmed.has(fn) ? 300 : 2000;
      window.warmed.add(fn);
      for (let t0 = performance.now(), n = 0; n < 3 || performance.now() - t0 < warmMs; n++) g(text);
      // The browser coarsens performance.now() (0.1 ms here): time batches of calls
      // long enough (>= 20 ms) that the rounding does not matter.
      const times = [];
      for (let i = 0; i < runs; i++) {
        let n = 0;
        const t0 = performance.now();
        let t1 = t0;
        do {
          g(text);
          n++;
          t1 = performance.now();
        } while (t1 - t0 < 20);
        times.push((t1 - t0) / n);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    }, { fn, text, runs });
  }
}

// Responsiveness: the real page and the element with the 5,000-word article (the
// longest main-thread task per run in a Chrome trace, and the PerformanceObserver's
// long tasks), several runs each: the machine may be shared, so the max matters.
const long = inputs.find(([s]) => s === 'long')[1];
const responsiveness = await measure(browser, `http://127.0.0.1:${server.port}`, long,
  Number(process.env.RESPONSIVENESS_RUNS ?? 5));
await browser.close();
server.close();

const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1)).padStart(8);
console.log(`\nMedian time per call in headless Chromium (ms); ratio = peer / ours\n`);
console.log('contender'.padEnd(50) + inputs.map(([s]) => `${s} (${results[s].words}w)`.padStart(22)).join(''));
for (const [name, fn] of contenders) {
  const cells = inputs.map(([s]) => {
    const t = results[s][fn];
    const ratio = fn === 'ours.analyze' ? '' : ` ×${(t / results[s]['ours.analyze']).toFixed(1)}`;
    return (ms(t) + ratio).padStart(22);
  });
  console.log(name.padEnd(50) + cells.join(''));
}
console.log('\nTime per 1,000 words, ours (ms):');
for (const [s] of inputs) console.log(`  ${s.padEnd(8)} ${(results[s]['ours.analyze'] / results[s].words * 1000).toFixed(3)}`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`\n${report(responsiveness, words(long)).join('\n')}`);
console.log(`\nGzipped transfer size: ours (wasm + JS glue) ${kb(sizes.ours)}`
  + `${noModel ? ` (without the entity model ${kb(noModel)})` : ''}; compromise ${kb(sizes.compromise)}; wink-nlp + wink-eng-lite-web-model ${kb(sizes.wink)}`);
