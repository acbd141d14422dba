// What the browser benches share: the headless Chromium they run in, and their inputs,
// built at run time from the dev slices in ../shared/data/summ
// (SHARED overrides the directory), exactly as the native bench (benches/analyze.rs)
// builds them: the article closest to 300 and to 800 words, and articles concatenated
// (blank line between) up to 5,000 and 100,000 words.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SLICES = ['dev-cnndm-frank.jsonl', 'dev-cnndm-summeval.jsonl', 'dev-bbc-news-summary.jsonl'];

export const words = (t) => t.split(/\s+/).filter(Boolean).length;

function articles(shared) {
  return SLICES.flatMap((f) => readFileSync(join(shared, 'data/summ', f), 'utf8').trim().split('\n'))
    .map((l) => JSON.parse(l).article);
}

/** [[name, text]] for short, typical, long and huge, in that order. */
export function benchInputs(shared = process.env.SHARED || join(root, '..', 'shared')) {
  const all = articles(shared);
  // The first article at the smallest distance.
  const closest = (target) =>
    all.reduce((best, a) => (Math.abs(words(a) - target) < Math.abs(words(best) - target) ? a : best));
  const concatenated = (target) => {
    const parts = [];
    for (let i = 0, n = 0; n < target; i++) {
      const a = all[i % all.length];
      parts.push(a);
      n += words(a);
    }
    return parts.join('\n\n');
  };
  return [
    ['short', closest(300)],
    ['typical', closest(800)],
    ['long', concatenated(5000)],
    ['huge', concatenated(100000)],
  ];
}

/** Debian's Chromium (CHROMIUM overrides the path), headless, nothing fetched. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
