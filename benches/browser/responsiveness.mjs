// Main-thread responsiveness of the page and the element with the 5,000-word article.
//   node benches/browser/responsiveness.mjs [runs]      (default 5; make bench-longtasks)
//   CPU_THROTTLE=4 make bench-longtasks                  (a phone-class CPU, as DevTools emulates it)
// run.mjs uses measure() for its long-task lines.
//
// Each run opens a fresh page under a Chrome trace and reports
//   - the long tasks (> 50 ms) a PerformanceObserver('longtask') saw, and
//   - the longest main-thread task in the trace (any length), with what it ran, so a
//     task of 30-50 ms that a slower machine would push over the limit is visible too.
// The page: load, paste the article through the page's paste handler, wait for the
// summary, the entity list and every paragraph, then switch to the highlights view.
// The element: <article-summary highlight> on a page holding the article, from the
// first script to its ready event and the last highlight.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { benchInputs, launchChromium } from './common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bench's 5,000-word input (run.mjs uses the same). */
export function longArticle(shared) {
  return benchInputs(shared).find(([name]) => name === 'long')[1];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

/** Main-thread tasks from a Chrome trace: [{ ms, what }] longest first. */
function tasksFromTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  // The measured page's main thread: the CrRendererMain thread that recorded our marks
  // (the trace covers every renderer of the browser).
  const marked = new Set(events.filter((e) => /^phase:/.test(e.name)).map((e) => `${e.pid}:${e.tid}`));
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`).filter((t) => marked.has(t)));
  const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  // Phases the runner marks with performance.mark('phase:...') (user timing, same clock).
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && /^phase:/.test(e.name))
    .map((e) => ({ ts: e.ts, name: e.name.slice(6) })).sort((a, b) => a.ts - b.ts);
  const phaseAt = (ts) => marks.filter((m) => m.ts <= ts).at(-1)?.name ?? 'load';
  const out = [];
  for (const t of tasks) {
    const end = t.ts + t.dur;
    // What ran inside: the longest named children (script, parse, layout, style, GC...).
    const inner = onMain
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= end && e.tid === t.tid && e.dur > 2000
        && !/RunTask/.test(e.name))
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 4)
      .map((e) => {
        const d = e.args?.data || e.args?.beginData || {};
        d.url ||= d.stackTrace?.[0]?.url || d.frames?.[0]?.url;
        const where = d.url ? ` ${d.url.replace(/^.*\//, '')}${d.lineNumber ? `:${d.lineNumber}` : ''}` : '';
        const fn = d.functionName ? ` ${d.functionName}` : '';
        const type = d.type ? ` ${d.type}` : '';
        const objects = e.args?.beginData?.totalObjects ? ` (${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects} objects)` : '';
        const elements = e.args?.elementCount ? ` (${e.args.elementCount} elements)` : '';
        return `${e.name}${type}${fn}${where}${objects}${elements} ${(e.dur / 1000).toFixed(0)}`;
      });
    // The layout work of the task (objects to lay out): unlike its duration, not inflated
    // by other processes on a busy machine.
    const layoutObjects = Math.max(0, ...onMain.filter((e) => e.name === 'Layout' && e.ts >= t.ts && e.ts <= end && e.tid === t.tid)
      .map((e) => e.args?.beginData?.dirtyObjects ?? 0));
    out.push({ ms: t.dur / 1000, phase: phaseAt(t.ts), what: inner.join('; '), layoutObjects });
  }
  return out.sort((a, b) => b.ms - a.ms);
}

let traceCount = 0;

/** CPU_THROTTLE=4: Chrome's CPU throttling, to see a phone-class device on this machine. */
const THROTTLE = Number(process.env.CPU_THROTTLE || 1);

async function traced(browser, context, fn, trace = true) {
  const page = await context.newPage();
  if (THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  await page.addInitScript(() => {
    performance.mark('phase:load');
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  if (!trace) {
    const longTasks = await fn(page);
    await page.close();
    return { longTasks };
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  let longTasks;
  let buffer;
  try {
    longTasks = await fn(page);
  } finally {
    buffer = await browser.stopTracing();
  }
  await page.close();
  // TRACE_DIR=dir keeps each run's trace (open it in Chrome DevTools' Performance panel).
  if (process.env.TRACE_DIR) writeFileSync(join(process.env.TRACE_DIR, `trace-${++traceCount}.json`), buffer);
  const tasks = tasksFromTrace(buffer).filter((t) => t.phase !== 'harness');
  return {
    longTasks,
    all: tasks,
    longest: tasks[0] ?? { ms: 0, what: '' },
    over30: tasks.filter((t) => t.ms > 30),
    layoutObjects: Math.max(0, ...tasks.filter((t) => t.phase !== 'load').map((t) => t.layoutObjects)),
  };
}

/**
 * Playwright compiles its injected script in the page on first use of waitForFunction
 * (20-50 ms of main thread): do that under the 'harness' phase, which is not counted.
 */
async function warmHarness(page) {
  await page.evaluate(() => performance.mark('phase:harness'));
  await page.waitForFunction(() => true);
  await page.evaluate(() => performance.mark('phase:load'));
}

async function pageRun(page, base, text) {
  await page.goto(`${base}/www/index.html`);
  await page.waitForLoadState('load');
  await warmHarness(page);
  await page.waitForTimeout(300);
  // A reader's paste, through the page's own paste handler.
  await page.evaluate((t) => {
    performance.mark('phase:paste');
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const input = document.getElementById('input');
    input.focus();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => /Analysed in/.test(document.getElementById('status').textContent), null, { timeout: 60000 });
  await page.waitForTimeout(1500); // the entity list and the article render in slices
  await page.evaluate(() => performance.mark('phase:view-text'));
  await page.click('#view-text');
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.mark('phase:view-highlights'));
  await page.click('#view-highlights');
  await page.waitForTimeout(500);
  return page.evaluate(() => window.longTasks.map((t) => t.ms));
}

const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function elementRun(page, base, text) {
  // The host page with the article in its HTML (as a news site serves it).
  const url = `${base}/benches/browser/element.html`;
  const html = readFileSync(join(root, 'benches', 'browser', 'element.html'), 'utf8')
    .replace('<!-- the article -->', text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'))
    .replace("'/www/element/", `'${new URL(base).pathname.replace(/\/$/, '')}/www/element/`);
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(url);
  await page.waitForFunction(() => window.elementReady || window.elementError, null, { timeout: 60000 });
  const { error, words } = await page.evaluate(() => ({
    error: window.elementError,
    words: document.querySelector('article-summary').analysis?.stats.words,
  }));
  if (error) throw new Error(`element: ${error}`);
  if (!(words > 4000)) throw new Error(`element: analysed ${words} words, not the long article`);
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const from = performance.getEntriesByName('phase:element')[0].startTime;
    return window.longTasks.filter((t) => t.start >= from).map((t) => t.ms);
  });
}

/**
 * Runs the page and the element `runs` times each, each time twice: untraced, for the
 * long tasks a PerformanceObserver sees (a trace slows the browser, font look-ups above
 * all), then traced, to see what the longest tasks ran. Resolves to
 * { page: [run...], element: [run...] }, run = { longTasks: ms[] (untraced),
 * tracedLongTasks: ms[], longest: {ms, what}, over30 }.
 */
export async function measure(browser, base, text, runs = 5) {
  writeFileSync(join(root, 'target', 'bench-browser', 'long.txt'), text);
  const out = { page: [], element: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of [['page', (p) => pageRun(p, base, text)], ['element', (p) => elementRun(p, base, text)]]) {
      const viewport = { viewport: { width: 1280, height: 900 } };
      const plain = await browser.newContext(viewport);
      const { longTasks } = await traced(browser, plain, fn, false);
      await plain.close();
      const context = await browser.newContext(viewport);
      const run = await traced(browser, context, fn);
      run.tracedLongTasks = run.longTasks;
      run.longTasks = longTasks;
      if (name === 'element') {
        // The host page's own loading (parsing and drawing its article) is not the element's.
        run.host = run.all.filter((t) => t.phase === 'load');
        run.all = run.all.filter((t) => t.phase !== 'load');
        run.longest = run.all[0] ?? { ms: 0, what: '' };
        run.layoutObjects = Math.max(0, ...run.all.map((t) => t.layoutObjects));
        run.over30 = run.all.filter((t) => t.ms > 30);
      }
      out[name].push(run);
      await context.close();
    }
  }
  return out;
}

/** Lines for a report: per surface, the worst over runs, the per-run longest, and what ran. */
export function report(results, words) {
  const lines = [`Main-thread tasks with the ${words}-word article, ${results.page.length} runs each${THROTTLE > 1 ? `, CPU throttled ${THROTTLE}x` : ''} (long tasks > 50 ms from a PerformanceObserver in untraced runs; the longest task of each traced run):`];
  for (const [name, label] of [['page', 'page (paste, analyse, render, switch views)'], ['element', 'element (<article-summary highlight>: load, find, analyse, highlight)']]) {
    const runs = results[name];
    const longest = runs.map((r) => r.longest.ms);
    const sorted = [...longest].sort((a, b) => a - b);
    const observed = runs.flatMap((r) => r.longTasks);
    lines.push(`  ${label}:`);
    const tracedObserved = runs.flatMap((r) => r.tracedLongTasks);
    lines.push(`    long tasks > 50 ms (PerformanceObserver): ${observed.length ? `${observed.length} in ${runs.length} runs, max ${Math.max(...observed)} ms` : 'none'}`);
    lines.push(`    traced runs: longest task per run ${longest.map((x) => x.toFixed(0)).join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)}, max ${sorted.at(-1).toFixed(0)} ms; over 50 ms: ${tracedObserved.length}`);
    const worst = runs.reduce((a, b) => (b.longest.ms > a.longest.ms ? b : a)).longest;
    lines.push(`    the longest (${worst.phase}) ran: ${worst.what || '(nothing attributed)'}`);
    const over30 = runs.flatMap((r) => r.over30);
    if (over30.length) lines.push(`    tasks > 30 ms: ${over30.length} in ${runs.length} runs`);
    lines.push(`    largest layout in one task after loading (dirty objects): max ${Math.max(...runs.map((r) => r.layoutObjects))}`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 5);
  mkdirSync(join(root, 'target', 'bench-browser'), { recursive: true });
  const text = longArticle();
  const server = await serve(root, 0);
  const browser = await launchChromium();
  try {
    const results = await measure(browser, `http://127.0.0.1:${server.port}`, text, runs);
    if (process.env.VERBOSE) {
      for (const name of ['page', 'element']) {
        results[name].forEach((r, i) => {
          console.log(`${name} run ${i + 1}: longTasks [${r.longTasks}]`);
          for (const t of r.over30) console.log(`   ${t.ms.toFixed(1)} ms [${t.phase}]: ${t.what}`);
        });
      }
    }
    console.log(report(results, text.split(/\s+/).filter(Boolean).length).join('\n'));
    writeFileSync(join(root, 'target', 'bench-browser', 'responsiveness.json'), JSON.stringify(results, null, 1));
  } finally {
    await browser.close();
    server.close();
  }
}
