// Page tests in real headless Chromium (playwright-core driving /usr/bin/chromium).
// Run: npm run test:page   (after `wasm-pack build --target web --out-dir www/pkg`)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WWW = path.join(ROOT, 'www');
const SEED = path.join(ROOT, '..', 'shared', 'data', 'seed', '000_168b8b6aed8b292c.txt');
const RESULTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

if (!fs.existsSync(path.join(WWW, 'pkg', 'article_summary_bg.wasm'))) {
  throw new Error('www/pkg is missing: run `wasm-pack build --target web --out-dir www/pkg` first');
}
const seedText = fs.existsSync(SEED) ? fs.readFileSync(SEED, 'utf8') : null;
const needSeed = seedText ? {} : { skip: `seed article not found at ${SEED}` };

let server;
let baseUrl;
let context;
let userDataDir;

before(async () => {
  server = await serve(WWW, 0);
  baseUrl = `http://127.0.0.1:${server.port}/`;
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-summary-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
});

after(async () => {
  await context?.close();
  server?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

/**
 * A fresh page with the app loaded; collects uncaught errors and failed requests.
 * `init` (optional) runs in the page before its own scripts.
 */
async function openPage(init) {
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  // Anything outside our own server is a leak of the "no network" promise.
  page.on('request', (req) => {
    if (!req.url().startsWith(baseUrl) && !req.url().startsWith('data:')) problems.push(`external request: ${req.url()}`);
  });
  await page.goto(baseUrl);
  return { page, problems };
}

/** Pastes through a real `paste` event, as Ctrl-V does, with the given clipboard types. */
async function paste(page, data) {
  await page.focus('#input');
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(data)) dt.setData(type, value);
    document.getElementById('input').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

const summaryTexts = (page) => page.$$eval('#summary .sum-s', (els) => els.map((e) => e.textContent));

async function waitForSummaryChange(page, before) {
  await page.waitForFunction((prev) => {
    const now = [...document.querySelectorAll('#summary .sum-s')].map((e) => e.textContent);
    return now.length > 0 && JSON.stringify(now) !== prev;
  }, JSON.stringify(before));
  return summaryTexts(page);
}

/** Sets the length control and waits for the summary made with it. */
async function setLength(page, unit, amount) {
  if ((await page.inputValue('#unit')) !== unit) await page.selectOption('#unit', unit);
  await page.fill('#amount', String(amount));
  const value = unit === 'ratio' ? amount / 100 : amount;
  await page.waitForFunction(([unit, value]) => {
    const shown = JSON.parse(document.getElementById('summary').dataset.options ?? '{}');
    return shown[unit] === value;
  }, [unit, value]);
}

const normalize = (s) => s.replace(/\s+/g, ' ').trim();
// Summary sentences are shown without the space of re-joined tokens before a comma or full
// stop, and without a repeated full stop at the end (the seed's "Frerichs . ." shows as
// "Frerichs."): compare sentences with both sides tidied so.
const tidy = (s) => normalize(s).replace(/( \.)+$/, '.').replace(/\.\.$/, '.').replace(/ ([.,])(?= |$)/g, '$1');

test('pasting the seed article shows a summary, highlights and counts', needSeed, async () => {
  const { page, problems } = await openPage();
  await paste(page, { 'text/plain': seedText });
  await page.waitForSelector('#summary .points .sum-s');
  await page.waitForSelector('#article mark.ent');

  const summary = await summaryTexts(page);
  assert.equal(summary.length, 3, 'default length is 3 sentences');
  const article = tidy(seedText);
  for (const s of summary) assert.ok(article.includes(tidy(s)), `summary sentence is the article's own: ${s}`);

  // The view switched to highlights; entities of several types are marked, with a legend.
  assert.equal(await page.isVisible('#article'), true);
  const groups = await page.$$eval('#article mark.ent', (ms) => [...new Set(ms.map((m) => [...m.classList].find((c) => c.startsWith('g-'))))]);
  for (const g of ['g-per', 'g-org', 'g-loc']) assert.ok(groups.includes(g), `people, organizations and places highlighted: ${groups}`);
  assert.equal(await page.locator('#legend .legend-item').count(), 7);
  // The article shows the input text (marks only wrap it). It fills in slices, a frame
  // at a time, so a slow machine may still be adding paragraphs: wait for them.
  await page.waitForFunction((n) => document.getElementById('article').textContent.length > n, 0.8 * article.length, { timeout: 10_000 });
  const shown = normalize(await page.textContent('#article'));
  assert.ok(shown.length > 0.8 * article.length, 'article text is shown');

  const stats = await page.textContent('#stats');
  assert.match(stats, /\d+ words/);
  assert.match(stats, /\d+ sentences/);
  assert.match(stats, /reading time/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the length control and the form toggle change the summary', needSeed, async () => {
  const { page, problems } = await openPage();
  await paste(page, { 'text/plain': seedText });
  await page.waitForSelector('#summary .sum-s');
  const three = await summaryTexts(page);

  await setLength(page, 'sentences', 5);
  const five = await summaryTexts(page);
  assert.equal(five.length, 5);
  assert.notDeepEqual(five, three);
  await page.locator('#summary .sum-s').first().hover();
  await page.waitForSelector('#why:not([hidden])');
  assert.match(await page.textContent('#why'), /Position in the article/);
  assert.doesNotMatch(await page.textContent('#why'), /Covers what/);

  await setLength(page, 'words', 30);
  const short = await summaryTexts(page);
  assert.ok(short.length < five.length, 'a 30-word budget gives fewer sentences than five');

  await setLength(page, 'ratio', 50);
  const half = await summaryTexts(page);
  const sentences = await page.$$eval('#article .para:not(.heading):not(.boilerplate) .s', (e) => e.length);
  assert.ok(half.length >= Math.floor(sentences / 2) - 1 && half.length <= Math.ceil(sentences / 2) + 1,
    `50% of ${sentences} prose sentences, got ${half.length}`);
  // Half the article is an abridgement: "why this sentence" shows what it covers; five
  // key points of this article are a digest and do not.
  await page.locator('#summary .sum-s').first().hover();
  await page.waitForFunction(() => /Covers what much of the article says/.test(document.getElementById('why').textContent));

  await page.click('#form-tldr');
  await page.waitForSelector('#summary p.tldr .sum-s');
  assert.equal(await page.locator('#summary .points').count(), 0);

  // A bad length is reported by the API, naming the option; the old summary stays.
  await setLength(page, 'sentences', 2);
  await page.fill('#amount', '0');
  await page.waitForSelector('#length-error:not([hidden])');
  assert.match(await page.textContent('#length-error'), /sentences/);
  assert.ok((await summaryTexts(page)).length > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('selecting an entity marks all its mentions; a summary sentence marks it in the article', needSeed, async () => {
  const { page, problems } = await openPage();
  await paste(page, { 'text/plain': seedText });
  await page.waitForSelector('#entities .ent-btn');

  // Pick a person (or, failing that, any entity) mentioned more than once.
  const target = await page.$$eval('#entities .ent-btn', (bs) => {
    const withCount = bs.map((b) => ({ id: b.dataset.e, n: Number(b.querySelector('.count').textContent.slice(1)), per: b.classList.contains('g-per') }));
    return withCount.find((b) => b.per && b.n > 1) ?? withCount.find((b) => b.n > 1) ?? withCount[0];
  });
  await page.click(`#entities .ent-btn[data-e="${target.id}"]`);
  assert.equal(await page.getAttribute(`#entities .ent-btn[data-e="${target.id}"]`, 'aria-pressed'), 'true');
  const marked = await page.$$eval('#article mark.sel', (ms) => ms.map((m) => m.dataset.e));
  assert.equal(marked.length, target.n, 'every mention is marked');
  assert.ok(marked.every((id) => id === target.id), 'only that entity is marked');
  assert.equal(await page.locator(`#article mark.ent[data-e="${target.id}"]:not(.sel)`).count(), 0);

  // Selecting it again clears the marks.
  await page.click(`#entities .ent-btn[data-e="${target.id}"]`);
  assert.equal(await page.locator('#article mark.sel').count(), 0);

  // Summary sentence → scrolled to and marked in the article.
  const last = page.locator('#summary .sum-s').last();
  const index = await last.getAttribute('data-s');
  await last.hover();
  await page.waitForSelector('#why:not([hidden])');
  assert.match(await page.textContent('#why'), /Why this sentence/);
  await last.click();
  const sentence = page.locator(`#article #s-${index}`);
  await page.waitForFunction((i) => document.getElementById(`s-${i}`)?.classList.contains('focused'), index);
  await page.waitForTimeout(600); // smooth scrolling
  assert.equal(await sentence.isVisible(), true);
  const box = await sentence.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 900, 'the sentence is scrolled into view');
  assert.equal(tidy(await sentence.textContent()), tidy(await last.textContent()));

  // Keyboard: the summary sentences are buttons.
  await page.locator('#summary .sum-s').first().focus();
  await page.keyboard.press('Enter');
  const first = await page.locator('#summary .sum-s').first().getAttribute('data-s');
  await page.waitForFunction((i) => document.getElementById(`s-${i}`)?.classList.contains('focused'), first);

  // Screenshot of the working page: a summary sentence found in the article, a name selected.
  await page.locator('#summary .sum-s').first().click();
  const named = await page.$$eval('#entities .ent-btn', (bs) => {
    const names = bs.filter((b) => /g-(per|org|loc)/.test(b.className));
    return (names[0] ?? bs[0]).dataset.e;
  });
  await page.click(`#entities .ent-btn[data-e="${named}"]`);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    document.querySelector('.side').scrollTop = 0;
  });
  await page.mouse.move(0, 0);
  await page.waitForTimeout(600); // let transitions settle
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, 'page.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(RESULTS, 'page-dark.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('copy summary puts the summary on the clipboard', needSeed, async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl.replace(/\/$/, '') });
  const { page, problems } = await openPage();
  await paste(page, { 'text/plain': seedText });
  await page.waitForSelector('#summary .sum-s');
  const summary = await summaryTexts(page);
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(copied.split('\n').map((l) => l.replace(/^• /, '')), summary);
  assert.deepEqual(problems, []);
  await page.close();
});

test('choosing a key phrase steers the summary towards it, choosing it again undoes it', needSeed, async () => {
  const { page, problems } = await openPage();
  await paste(page, { 'text/plain': seedText });
  await page.waitForSelector('#keyphrases .chip');
  const chip = page.locator('#keyphrases .chip').last();
  const phrase = await chip.textContent();
  await chip.click();
  await page.waitForFunction((p) => JSON.parse(document.getElementById('summary').dataset.options).focus === p, phrase);
  assert.equal(await page.getAttribute('#keyphrases .chip >> nth=-1', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#focus-note'), new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.locator('#keyphrases .chip').last().click();
  await page.waitForFunction(() => !('focus' in JSON.parse(document.getElementById('summary').dataset.options)));
  assert.equal(await page.getAttribute('#keyphrases .chip >> nth=-1', 'aria-pressed'), 'false');
  assert.equal(await page.isVisible('#focus-note'), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('controls are named, reachable by keyboard and show focus', needSeed, async () => {
  const { page, problems } = await openPage();
  await paste(page, { 'text/plain': seedText });
  await page.waitForSelector('#entities .ent-btn');
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select, textarea')]
    .filter((el) => !el.hidden && el.type !== 'file')
    .filter((el) => {
      const name = el.getAttribute('aria-label') || (el.labels && [...el.labels].map((l) => l.textContent).join(' '))
        || el.textContent;
      return !name || !name.trim();
    })
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, [], 'every control has an accessible name');

  // Keyboard only: Tab reaches an entity button, Enter selects it, Escape clears it.
  await page.focus('#copy');
  let reached = null;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.classList.contains('ent-btn') ? document.activeElement.dataset.e : null));
  }
  assert.ok(reached !== null, 'Tab reaches the entity list');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused control shows a focus ring');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`.ent-btn[data-e="${reached}"]`, 'aria-pressed'), 'true');
  assert.ok((await page.locator('#article mark.sel').count()) > 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#article mark.sel').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('right-to-left, CJK and emoji text renders intact and in its direction', async () => {
  const { page, problems } = await openPage();
  const text = 'قال الرئيس محمد عباس يوم الاثنين إن المحادثات في القاهرة كانت مثمرة.\n\n'
    + '東京で月曜日に首脳会談が開かれた。両国は貿易協定に署名した。\n\n'
    + 'The 👩🏽‍💻 team from São Paulo met Zoë Müller in Zürich on Monday.';
  await paste(page, { 'text/plain': text });
  await page.waitForSelector('#article .para');
  const paras = await page.$$eval('#article .para', (ps) => ps.map((p) => ({ text: p.textContent, dir: getComputedStyle(p).direction })));
  assert.equal(paras[0].dir, 'rtl', 'the Arabic paragraph reads right to left');
  assert.equal(paras.at(-1).dir, 'ltr');
  // The article view shows exactly the pasted text (marks only wrap it).
  assert.equal(paras.map((p) => p.text).join('\n\n'), text);
  assert.deepEqual(problems, []);
  await page.close();
});

test('HTML in pasted text never runs and shows literally', async () => {
  const { page, problems } = await openPage();
  const payload = 'The mayor of Springfield said on Monday that <img src=x onerror="window.__pwned=1"> was a test. '
    + 'Officials at the Acme Corporation wrote <script>window.__pwned=1</script> in a report. '
    + 'Nobody at <b onmouseover="window.__pwned=1">City Hall</b> was harmed.';
  await paste(page, { 'text/plain': payload });
  await page.waitForSelector('#summary .sum-s');
  await page.waitForSelector('#article .s');
  // Hover everything, in case a handler slipped in.
  for (const el of await page.$$('#article mark, #summary .sum-s, #entities button')) await el.hover();

  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const article = await page.textContent('#article');
  assert.ok(article.includes('<img src=x onerror="window.__pwned=1">'), 'img tag shown as text');
  assert.ok(article.includes('<script>window.__pwned=1</script>'), 'script tag shown as text');
  const summary = await page.textContent('#summary');
  assert.ok(summary.includes('<'), 'summary shows the tags as text');
  assert.equal(await page.locator('img').count(), 0, 'no <img> element was created');
  assert.equal(await page.locator('script').count(), 1, 'only the page\'s own module script');
  assert.equal(await page.locator('#article b, #summary b, #entities b').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('no HTML-parsing sink in the shipped JS', () => {
  // Text reaches the DOM as Text nodes only; DOMParser (inert) is the one parser allowed.
  const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|\.setHTML\(/;
  const files = fs.readdirSync(WWW, { recursive: true })
    .filter((f) => /\.m?js$/.test(f) && !f.startsWith('pkg'));
  assert.ok(files.length >= 4);
  const offenders = files.filter((f) => sinks.test(fs.readFileSync(path.join(WWW, f), 'utf8')));
  assert.deepEqual(offenders, []);
});

test('rich-text paste: HTML is turned into paragraphs inertly', async () => {
  const { page, problems } = await openPage();
  const requested = [];
  page.on('request', (req) => requested.push(req.url()));
  const html = '<html><body><nav>Home | World | Share this</nav><h1>Talks resume in Geneva</h1>'
    + '<p>Negotiators from Norway and Canada met in Geneva on Tuesday.</p>'
    + '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    + '<p>The talks will continue next week, officials said.</p><button>Back to top</button></body></html>';
  await paste(page, { 'text/html': html, 'text/plain': 'fallback text that must not be used' });
  await page.waitForSelector('#summary .sum-s');
  const value = await page.inputValue('#input');
  assert.equal(value, 'Talks resume in Geneva\n\nNegotiators from Norway and Canada met in Geneva on Tuesday.\n\nThe talks will continue next week, officials said.');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img').count(), 0);
  // The parsed document is inert (no handler runs even without a CSP; no image loads),
  // but Chromium still reports that the page's CSP would have blocked the handler.
  assert.deepEqual(problems.filter((p) => !/Content Security Policy/.test(p)), []);
  assert.ok(!requested.some((u) => u.endsWith('/x')), 'the pasted image was not fetched');
  await page.close();
});

test('Open file reads a saved HTML page as text with paragraphs', async () => {
  const { page, problems } = await openPage();
  const html = '<!doctype html><title>t</title><nav>Menu</nav><article><h1>Storm hits Lisbon</h1>'
    + '<p>A storm hit Lisbon on Sunday, officials said.</p><p>Power was restored by Monday evening.</p></article>';
  await page.setInputFiles('#file-input', { name: 'saved.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForSelector('#summary .sum-s');
  assert.equal(await page.inputValue('#input'),
    'Storm hits Lisbon\n\nA storm hit Lisbon on Sunday, officials said.\n\nPower was restored by Monday evening.');
  assert.deepEqual(problems, []);
  await page.close();
});

test('deeply nested or huge clipboard HTML is handled in linear time', async () => {
  const { page, problems } = await openPage();
  const result = await page.evaluate(async () => {
    const { htmlToText } = await import('./html-to-text.js');
    const depth = 50_000;
    const shallow = htmlToText('<div>'.repeat(300) + 'Deep text here.' + '</div>'.repeat(300));
    const nested = '<div>'.repeat(depth) + 'Deep text here.' + '</div>'.repeat(depth);
    const wide = '<p>Paragraph <b>bold</b> and <i>italic</i>.</p>'.repeat(20_000);
    const t0 = performance.now();
    const a = htmlToText(nested);
    const t1 = performance.now();
    const b = htmlToText(wide);
    const t2 = performance.now();
    htmlToText('<a'.repeat(1_000_000)); // unclosed tags: the depth scan must stay linear
    const t3 = performance.now();
    return { a, shallow, paragraphs: b.split('\n\n').length, nestedMs: t1 - t0, wideMs: t2 - t1, unclosedMs: t3 - t2 };
  });
  // Deeper than browsers parse in linear time: refused, so the paste uses text/plain.
  assert.equal(result.a, '');
  assert.equal(result.shallow, 'Deep text here.');
  assert.equal(result.paragraphs, 20_000);
  console.log(`# htmlToText: 50,000 nested divs ${result.nestedMs.toFixed(0)} ms, 20,000 paragraphs ${result.wideMs.toFixed(0)} ms`);
  assert.ok(result.nestedMs < 1000 && result.wideMs < 5000 && result.unclosedMs < 5000, `no blow-up: ${JSON.stringify(result.unclosedMs)}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a panic in wasm becomes an error and the next analysis works', async () => {
  const { page, problems } = await openPage();
  const result = await page.evaluate(async () => {
    const { Analyzer } = await import('./analyzer.js');
    const analyzer = new Analyzer();
    let error = null;
    try {
      await analyzer.panicForTesting();
    } catch (err) {
      error = err.message;
    }
    const { analysis } = await analyzer.analyze('The first sentence is here. The second one follows it.', {});
    analyzer.terminate();
    return { error, sentences: analysis.sentences.length };
  });
  assert.match(result.error, /internal error/);
  assert.equal(result.sentences, 2);
  // The panic hook logs the panic to the worker's console; nothing reaches the page.
  assert.deepEqual(problems.filter((p) => !p.includes('internal error')), []);
  await page.close();
});

test('1,000 analyses with the shipped package do not grow wasm memory beyond the largest one', async () => {
  const { page, problems } = await openPage();
  const result = await page.evaluate(async () => {
    const m = await import('./pkg/article_summary.js');
    const wasm = await m.default();
    const bytes = () => wasm.memory.buffer.byteLength;
    const paragraph = 'The council of Springfield approved the budget on Tuesday. The mayor, Ann Lee, said 12% of it, about $3.5 million, would go to the river park.\n\n';
    const largest = paragraph.repeat(1500); // ~220 KB, larger than every text below
    const texts = [
      '', 'One line', paragraph, paragraph.repeat(40),
      '👩🏽‍💻 Zoë Müller met François Dupont in 東京 on Monday. ' + paragraph,
      'Alice Martin met Bob Jones. \uD800 Then Carol Smith flew to Berlin.', // a lone surrogate
      '<p>The <b>Senate</b> voted <script>x()</script> on Monday.</p>',
    ];
    m.analyze(largest, { sentences: 3 });
    const afterLargest = bytes();
    let errors = 0;
    for (let i = 0; i < 1000; i++) {
      const text = texts[i % texts.length];
      m.analyze(text, i % 2 ? { sentences: 2 } : { form: 'tldr', words: 40 });
      // Error paths too: a bad option, and text over the limit (refused before copying).
      if (i % 100 === 0) {
        for (const bad of [() => m.analyze(text, { sentences: 0 }), () => m.analyze('x'.repeat(m.limits().maxInputBytes + 1))]) {
          try { bad(); } catch { errors++; }
        }
      }
    }
    return { afterLargest, after: bytes(), errors };
  });
  assert.equal(result.errors, 20, 'every bad call threw');
  assert.equal(result.after, result.afterLargest, `wasm memory grew from ${result.afterLargest} to ${result.after} bytes`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the slowest input shape just under the size limit finishes within the analyser\'s time limit', async () => {
  // Issue 7: time is bounded for any input under the limit. Tiny sentences ("An. " over
  // and over) are the slowest shape per byte found (docs/limits.md): about 10 s at
  // 2 MiB on a loaded 2-core machine, against the page's 30 s limit.
  const { page, problems } = await openPage();
  const result = await page.evaluate(async () => {
    const { Analyzer } = await import('./analyzer.js');
    const m = await import('./pkg/article_summary.js');
    await m.default();
    const text = 'An. '.repeat(Math.floor(m.limits().maxInputBytes / 4));
    const analyzer = new Analyzer();
    const t0 = performance.now();
    try {
      const { analysis } = await analyzer.analyze(text, {});
      return { sentences: analysis.sentences.length, ms: performance.now() - t0 };
    } catch (err) {
      return { error: err.message, ms: performance.now() - t0 };
    } finally {
      analyzer.terminate();
    }
  });
  console.log(`# 2 MiB of "An. " in the worker: ${Math.round(result.ms)} ms`);
  assert.equal(result.error, undefined);
  assert.ok(result.sentences > 500_000, `${result.sentences} sentences`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a panic in wasm during a paste shows an error on the page, and the next text is analysed', async () => {
  // The worker panics on purpose for the request sent while __panicNext is set
  // (worker.js honours `panic: true`, for tests): a real trap in the page's wasm.
  const { page, problems } = await openPage(() => {
    const post = Worker.prototype.postMessage;
    window.__panicNext = false;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (window.__panicNext && typeof message?.text === 'string') {
        window.__panicNext = false;
        message = { ...message, panic: true };
      }
      return post.call(this, message, ...rest);
    };
  });
  await page.fill('#input', 'A first text. It has a summary.');
  await page.waitForSelector('#summary .sum-s');
  await page.evaluate(() => { window.__panicNext = true; });
  await page.fill('#input', 'A second text that meets the panic. It has two sentences.');
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status'), /internal error/);
  await page.fill('#input', 'A third text after the panic. The analyser works again.');
  await page.waitForFunction(() => [...document.querySelectorAll('#summary .sum-s')]
    .some((e) => e.textContent.includes('The analyser works again.')));
  assert.ok(!(await page.$('#status.error')), 'the error is cleared');
  assert.deepEqual(problems.filter((p) => !p.includes('internal error')), []);
  await page.close();
});

test('oversize input gives a clear error and the page stays usable', async () => {
  const { page, problems } = await openPage();
  const limit = await page.evaluate(async () => {
    const m = await import('./pkg/article_summary.js');
    await m.default();
    return m.limits().maxInputBytes;
  });
  await page.fill('#input', 'A first text. It has a summary.');
  await page.waitForSelector('#summary .sum-s');
  await page.evaluate((n) => {
    const input = document.getElementById('input');
    input.value = 'word '.repeat(Math.ceil(n / 5) + 10);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, limit);
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status'), /too long/);
  assert.equal(await page.locator('#summary .sum-s').count(), 0, 'no summary of another text');
  await page.fill('#input', 'A short text. It has two sentences.');
  await page.waitForSelector('#summary .sum-s');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a 5,000-word article does not block the main thread', needSeed, async () => {
  // Issue 6: no main-thread task over 50 ms. The machine may be shared, so a run can
  // catch someone else's load: the best of three runs must meet the limit (a page that
  // really blocks fails all three). LONG_TASK_LIMIT_MS overrides the limit.
  const limit = Number(process.env.LONG_TASK_LIMIT_MS ?? 50);
  const long = Array.from({ length: 7 }, () => seedText).join('\n\n');
  const worst = [];
  for (let run = 0; run < 3 && !(worst.length && Math.min(...worst) < limit); run++) {
    const { page, problems } = await openPage();
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      // The article is built in slices, one per frame: count the tasks (MutationObserver
      // batches) that add to it. (The entity list is too, but this one fits in a slice.)
      window.__batches = { article: 0 };
      new MutationObserver((records) => {
        if (records.some((r) => r.addedNodes.length)) window.__batches.article++;
      }).observe(document.getElementById('article'), { childList: true, subtree: true });
    });
    await paste(page, { 'text/plain': long });
    await page.waitForSelector('#summary .sum-s');
    await page.waitForFunction(() => document.querySelectorAll('#article .para').length > 100);
    await page.waitForTimeout(500);
    const { words, tasks, batches } = await page.evaluate(() => ({
      words: document.getElementById('stats').textContent.split(' words')[0],
      tasks: window.__longTasks,
      batches: window.__batches,
    }));
    // The placeholder, then several slices (a regression to one big task shows as 1-2).
    assert.ok(batches.article >= 4, `the article was added in ${batches.article} batches`);
    worst.push(Math.max(0, ...tasks));
    console.log(`# 5,000-word paste (${words} words), run ${run + 1}: ${tasks.length} long tasks, longest ${worst.at(-1).toFixed(0)} ms`);
    assert.deepEqual(problems, []);
    await page.close();
  }
  assert.ok(Math.min(...worst) < limit, `longest main-thread task per run: ${worst.join(', ')} ms`);
});
