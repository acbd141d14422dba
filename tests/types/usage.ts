// A TypeScript page that uses the JS API, the element and the Summarizer as the docs
// describe them. `make test-types` type-checks it: a declaration that drifts from the
// documented use fails here, and so does each `@ts-expect-error` line that stops being
// an error (a declaration grown too loose).

import init, { analyze, extractArticle, limits } from '../../www/pkg/article_summary.js';
import type { Analysis, ExtractedArticle } from '../../www/pkg/article_summary.js';
import { ArticleSummaryElement, STRINGS, configure } from '../../www/element/article-summary.js';
import type { ArticleSummaryStrings } from '../../www/element/article-summary.js';
import { Summarizer } from '../../www/element/summarizer.js';

export async function page(text: string): Promise<string[]> {
  await init();
  const a: Analysis = analyze(text, { sentences: 3, form: 'key-points' });
  const firstSentence: string = text.slice(a.sentences[0].start, a.sentences[0].end);
  const people: string[] = a.entities.filter((e) => e.label === 'PER').map((e) => e.canonical);
  const max: number = limits().maxInputBytes;
  // @ts-expect-error: form is one of three words
  analyze(text, { form: 'bullets' });
  const found: ExtractedArticle = extractArticle(document.querySelector('article'), null);
  const nodes: Text[] = found.textNodes;
  return [firstSentence, ...people, String(max), found.title ?? '', String(nodes.length)];
}

export function element(): void {
  configure({ worker: 'auto', workerThreshold: 50_000, wasmUrl: 'https://cdn.example/article_summary_bg.wasm' });
  // @ts-expect-error: not a setting
  configure({ workers: 'auto' });

  const el = document.querySelector('article-summary');
  if (!el) return;
  const typed: ArticleSummaryElement = el;
  typed.setAttribute('sentences', '5');
  typed.strings = { heading: 'In short', kinds: { PER: 'person' } };
  ArticleSummaryElement.strings = { errors: { network: 'Offline?' } };
  const shown: ArticleSummaryStrings = typed.strings;
  const heading: string = shown.heading || STRINGS.heading;
  // @ts-expect-error: analysis is read-only
  typed.analysis = null;
  typed.summarize().then((a) => a?.summary.text ?? heading);
  typed.restoreArticle();

  el.addEventListener('article-summary:ready', (e) => {
    const words: number = e.detail.analysis.stats.words;
    const paragraphs: string[] = e.detail.article.paragraphs;
    console.log(words, paragraphs.length);
  });
  document.addEventListener('article-summary:entity-select', (e) => {
    console.log(e.detail.entity.canonical, e.detail.mentions.length, e.detail.selected);
  });
  window.addEventListener('article-summary:error', (e) => {
    if (e.detail.reason === 'csp') console.log(e.detail.message);
    // @ts-expect-error: not an error reason
    if (e.detail.reason === 'timeout') console.log('never');
  });
}

export async function summarizer(text: string): Promise<string> {
  if ((await Summarizer.availability({ type: 'tldr' })) !== 'available') return '';
  const s = await Summarizer.create({ type: 'key-points', length: 'medium', format: 'markdown', monitor: (m) => m.addEventListener('downloadprogress', () => {}) });
  const chunks: string[] = [];
  const reader = s.summarizeStreaming(text).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  // @ts-expect-error: lengths are short, medium and long
  await Summarizer.create({ length: 'brief' });
  const quota: number = s.inputQuota - (await s.measureInputUsage(text));
  s.destroy();
  return (await s.summarize(text)) + chunks.join('') + quota;
}
