// The page and the element in real headless Firefox (Debian's firefox-esr, driven over
// WebDriver BiDi by puppeteer-core, which never downloads a browser). The Chromium tests
// beside this file cover behaviour in depth; this one checks that a reader and a news site
// get the same working widget in Firefox: the paste-and-summarise flow, entity highlighting,
// the element on the demo page, and no article text ever run as HTML.
// Skipped (with the reason) when no Firefox is installed; `scripts/setup.sh --browser` installs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WWW = path.join(ROOT, 'www');
const SEED = path.join(ROOT, '..', 'shared', 'data', 'seed', '000_168b8b6aed8b292c.txt');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const skip = !fs.existsSync(FIREFOX)
  ? `no Firefox at ${FIREFOX} (set FIREFOX, or run scripts/setup.sh --browser)`
  : !fs.existsSync(SEED)
    ? `seed article not found at ${SEED}`
    : false;

let server;
let baseUrl;
let browser;

before(async () => {
  if (skip) return;
  server = await serve(WWW, 0);
  baseUrl = `http://127.0.0.1:${server.port}/`;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page; collects uncaught errors and any request that leaves our own server. */
async function open(file) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`external request: ${url}`);
    }
  });
  await page.goto(baseUrl + file);
  return { page, problems };
}

/**
 * Puts text in the article box as a plain-text paste does. Firefox gives synthetic paste
 * events an empty clipboard, so this does what the browser does after a real one: the
 * text lands in the textarea and an `input` event (insertFromPaste) follows.
 */
async function paste(page, text) {
  await page.focus('#input');
  await page.evaluate((text) => {
    const input = document.getElementById('input');
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
}

test('Firefox: a pasted article gets a summary, highlighted entities and an entity list', { skip }, async () => {
  const { page, problems } = await open('index.html');
  await paste(page, fs.readFileSync(SEED, 'utf8'));
  await page.waitForSelector('#summary .sum-s', { timeout: 20_000 });
  await page.waitForSelector('#article mark.ent');
  const summary = await page.$$eval('#summary .sum-s', (els) => els.map((e) => e.textContent));
  assert.equal(summary.length, 3, 'three summary sentences by default');
  const names = await page.$$eval('#entities .ent-btn', (bs) => bs.map((b) => b.textContent));
  assert.ok(names.some((n) => n.includes('Mark Frerichs')), `entity list: ${names.join(' | ')}`);
  assert.ok(names.some((n) => n.includes('Taliban')), `entity list: ${names.join(' | ')}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Firefox: markup pasted as text is shown literally and never runs', { skip }, async () => {
  const { page, problems } = await open('index.html');
  const payload = 'The mayor spoke on Monday. <img src=x onerror="window.__pwned=1"> '
    + '<script>window.__pwned=2</script> The council met in Paris.';
  await paste(page, payload);
  await page.waitForSelector('#summary .sum-s', { timeout: 20_000 });
  // The article view fills in slices after the summary, a frame at a time.
  await page.waitForFunction(() => document.getElementById('article').textContent.includes('council met'), { timeout: 20_000 });
  const shown = await page.$eval('#article', (a) => a.textContent);
  assert.ok(shown.includes('<img src=x onerror="window.__pwned=1">'), shown);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#article img, #article script', (els) => els.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Firefox: the element on the demo news page summarises the story', { skip }, async () => {
  const { page, problems } = await open('embed-demo.html');
  // The element loads its wasm only when visible; the demo puts it above the story.
  await page.waitForFunction(
    () => document.querySelector('article-summary')?.shadowRoot?.querySelectorAll('ul.points li').length > 0,
    { timeout: 20_000 },
  );
  const items = await page.$eval('article-summary', (el) =>
    [...el.shadowRoot.querySelectorAll('ul.points li')].map((li) => li.textContent));
  const story = await page.$eval('#story', (s) => s.textContent);
  for (const item of items) assert.ok(story.includes(item.trim()), `not from the story: ${item}`);
  assert.deepEqual(problems, []);
  await page.close();
});
