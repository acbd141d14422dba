// Times builds of the wasm package against each other, interleaved in one page, so a
// change worth a few per cent shows above this machine's run-to-run noise (make
// bench-browser times one build per run, and two runs differ by more than that).
//   node benches/browser/compare.mjs [--input NAME] [--rounds N] PKG_DIR PKG_DIR...
//   node benches/browser/compare.mjs --profile [--input NAME] PKG_DIR
// make bench-compare ARGS="..." runs the same. PKG_DIR is a `wasm-pack build --target web`
// output directory under the repository (www/pkg, or a variant: docs/performance.md says
// how to build one). NAME is short, typical (default), long or huge (benches/browser/common.mjs).
//
// Compare: after a warm-up, N rounds (default 15); in each round every build analyses the
// input for >= 50 ms. Prints each build's median and fastest time per call, and its median
// against the first build's.
// --profile: V8's sampling profiler over 4 s of calls; prints the self time of the top
// functions. Wasm functions have names only in a build that keeps them (see
// docs/performance.md).
import { existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { benchInputs, launchChromium } from './common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const flag = (name) => args.includes(name) && args.splice(args.indexOf(name), 1).length === 1;
const profile = flag('--profile');
const inputName = option('--input', 'typical');
const rounds = Number(option('--rounds', 15));
const dirs = args.map((d) => relative(root, resolve(d)));
const usage = 'usage: compare.mjs [--input short|typical|long|huge] [--rounds N] PKG_DIR...\n'
  + '       compare.mjs --profile [--input NAME] PKG_DIR';
if (!dirs.length || (profile && dirs.length !== 1) || !(rounds > 0)) {
  console.error(usage);
  process.exit(2);
}
for (const d of dirs) {
  if (d.startsWith('..') || !existsSync(join(root, d, 'article_summary.js'))) {
    console.error(`${d}: not a wasm-pack --target web package under the repository`);
    process.exit(2);
  }
}
const input = benchInputs().find(([name]) => name === inputName)?.[1];
if (!input) {
  console.error(`unknown input ${inputName}\n${usage}`);
  process.exit(2);
}

const server = await serve(root, 0);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const query = dirs.map((d) => `pkg=${encodeURIComponent(d)}`).join('&');
  await page.goto(`http://127.0.0.1:${server.port}/benches/browser/compare.html?${query}`);
  await page.waitForFunction(() => window.compareReady === true);
  // Warm-up: V8 starts wasm on baseline code and optimises hot functions in the background.
  await page.evaluate((text) => {
    for (const f of window.builds) for (let t0 = performance.now(); performance.now() - t0 < 2000;) f(text);
  }, input);
  if (profile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate((text) => {
      for (let t0 = performance.now(); performance.now() - t0 < 4000;) window.builds[0](text);
    }, input);
    const { profile: p } = await cdp.send('Profiler.stop');
    const hits = new Map();
    for (const id of p.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
    const self = new Map();
    for (const node of p.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const name = functionName || `(anonymous) ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + (hits.get(node.id) ?? 0));
    }
    const total = p.samples.length;
    console.log(`Self time in ${dirs[0]}, ${inputName} input (${total} samples):`);
    for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${(100 * n / total).toFixed(1).padStart(6)}%  ${name.replace(/::h[0-9a-f]{16}$/, '')}`);
    }
  } else {
    const times = await page.evaluate(({ text, rounds }) => {
      const out = window.builds.map(() => []);
      for (let r = 0; r < rounds; r++) {
        window.builds.forEach((f, b) => {
          let n = 0;
          const t0 = performance.now();
          let t1 = t0;
          do {
            f(text);
            n++;
            t1 = performance.now();
          } while (t1 - t0 < 50);
          out[b].push((t1 - t0) / n);
        });
      }
      return out;
    }, { text: input, rounds });
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const base = median(times[0]);
    console.log(`Median time per call, ${inputName} input, ${rounds} interleaved rounds (ms):`);
    dirs.forEach((d, b) => {
      const m = median(times[b]);
      const vs = b === 0 ? '' : `  ${m >= base ? '+' : ''}${((m / base - 1) * 100).toFixed(1)}% against the first`;
      console.log(`  ${d.padEnd(32)} ${m.toFixed(3)}  (fastest ${Math.min(...times[b]).toFixed(3)})${vs}`);
    });
  }
} finally {
  await browser.close();
  server.close();
}
