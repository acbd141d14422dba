// <article-summary>: a summary box for the article on the page, computed in the browser.
//
//   <script type="module" src="/element/article-summary.js"></script>
//   <article-summary></article-summary>          finds the article itself
//   <article-summary for="#story" sentences="5" form="tldr" highlight collapsed></article-summary>
//
// Attributes: for (CSS selector of the article; default: found automatically),
//   sentences (1–20) or length (short|medium|long = 3|5|7), form (key-points|tldr|headline),
//   highlight (mark names inside the host article; removing it restores the DOM exactly),
//   collapsed, theme (light|dark; default follows prefers-color-scheme), loading (lazy|eager),
//   wasm-url (where the .wasm lives, e.g. a CDN).
// Events (bubbling, composed): article-summary:ready {analysis, article},
//   article-summary:entity-select {entity, mentions}, article-summary:error {reason, message}.
// Property: .analysis (the last analysis). Methods: summarize(), restoreArticle().
// Theming: --article-summary-bg, -fg, -muted, -accent, -border, -radius, -font, -font-size,
//   -mark (on the host page, for highlighted names). Strings: ArticleSummaryElement.strings.
//
// CSP: no eval, no inline styles (constructed stylesheets only); the host page needs
// script-src 'wasm-unsafe-eval' for WebAssembly. Article text reaches the DOM only as text.

import { afterNextFrame, loadEngine } from './engine.js';

export { configure } from './engine.js';

/** Every user-facing string, replaceable as a whole or in part (ArticleSummaryElement.strings = {...}). */
export const STRINGS = {
  heading: 'Summary',
  regionLabel: 'Article summary',
  toggleLabel: 'Show or hide the summary',
  loading: 'Summarising the article…',
  waiting: 'The summary appears when this box is on screen.',
  entitiesLabel: 'Names in this article',
  highlight: 'Highlight names in the article',
  readingTime: (article, summary) => `${minutes(article)} read · summary ${minutes(summary)}`,
  entityButton: (name, kind, count) => `${name}, ${kind}, ${count} ${count === 1 ? 'mention' : 'mentions'}`,
  kinds: {
    PER: 'person',
    ORG: 'organisation',
    LOC: 'place',
    MISC: 'name',
    DATE: 'date',
    TIME: 'time',
    MONEY: 'money',
    PERCENT: 'percentage',
    NUMBER: 'number',
  },
  errors: {
    csp: 'The summary cannot run here: this site’s security policy does not allow WebAssembly.',
    network: 'The summary could not be loaded. Check the connection and try again.',
    compile: 'This browser could not start the summary.',
    'no-article': 'No article was found on this page to summarise.',
    'bad-selector': 'The article to summarise could not be found on this page.',
    analysis: 'The summary could not be made.',
  },
  retry: 'Try again',
};

function minutes(seconds) {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.round(seconds / 60)} min`;
}

const LENGTHS = { short: 3, medium: 5, long: 7 };
const FORMS = new Set(['key-points', 'tldr', 'headline']);
/** Entity kinds shown as buttons and highlighted: names, not every number. */
const NAME_KINDS = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const MAX_ENTITY_BUTTONS = 10;
const MARK_ATTR = 'data-article-summary-entity';
/**
 * Per slice of highlighting (one slice per frame): at most this much main-thread time, and
 * text nodes of at most this many characters in all (at least one node), as the frame then
 * lays out every paragraph the slice changed.
 */
const HIGHLIGHT_SLICE_MS = 4;
const HIGHLIGHT_SLICE_CHARS = 1500;

/** The dark palette, used by prefers-color-scheme and by theme="dark". */
const DARK = `
  color-scheme: dark;
  --bg: var(--article-summary-bg, #1f2124);
  --fg: var(--article-summary-fg, #ecebe6);
  --muted: var(--article-summary-muted, #b3b2ab);
  --accent: var(--article-summary-accent, #8cc4ff);
  --border: var(--article-summary-border, #3b3e43);
  --chip: var(--article-summary-chip, #2a2d31);
`;

// Two type sizes (1em and 0.85em), in two weights: the first use of each family, size and
// weight costs Chromium on Linux a round trip to the browser process (1-25 ms each on a
// busy machine), and the results appear in one frame.
const SHEET = `
:host { display: block; }
:host([hidden]) { display: none; }
.root {
  all: initial;
  display: block;
  contain: content;
  color-scheme: light;
  --bg: var(--article-summary-bg, #f7f7f4);
  --fg: var(--article-summary-fg, #1d1d1b);
  --muted: var(--article-summary-muted, #5b5b57);
  --accent: var(--article-summary-accent, #0b5cad);
  --border: var(--article-summary-border, #d9d8d0);
  --chip: var(--article-summary-chip, #ffffff);
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--border);
  border-radius: var(--article-summary-radius, 10px);
  font-family: var(--article-summary-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--article-summary-font-size, 16px);
  line-height: 1.5;
  text-align: start;
  margin: 0 0 1.5em;
  box-sizing: border-box;
  max-width: 100%;
}
@media (prefers-color-scheme: dark) {
  .root:not(.light) { ${DARK} }
}
.root.dark { ${DARK} }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
section { display: block; padding: 0.75em 1em; }
header { display: flex; align-items: baseline; gap: 0.75em; flex-wrap: wrap; }
button {
  font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0;
  cursor: pointer; border-radius: 6px;
}
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.toggle { display: inline-flex; align-items: center; gap: 0.4em; font-weight: 700; }
.chev { display: inline-block; width: 0.6em; height: 0.6em; border-right: 2px solid currentColor;
  border-bottom: 2px solid currentColor; transform: rotate(45deg) translate(-2px, -2px); transition: transform .15s; }
.collapsed .chev { transform: rotate(-45deg); }
.meta { color: var(--muted); font-size: 0.85em; }
.body { display: block; margin-top: 0.5em; }
.status { margin: 0.25em 0; color: var(--muted); }
ul.points { margin: 0.25em 0 0.5em; padding: 0 0 0 1.25em; list-style: disc; }
ul.points li { display: list-item; margin: 0.3em 0; }
p { display: block; margin: 0.25em 0 0.5em; }
.entities { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0.5em 0 0.25em; padding: 0; }
.entities button {
  background: var(--chip); border: 1px solid var(--border); padding: 0.15em 0.6em;
  font-size: 0.85em; border-radius: 999px;
}
.entities button[aria-pressed="true"] { border-color: var(--accent); box-shadow: inset 0 0 0 1px var(--accent); }
.kind { color: var(--muted); margin-inline-start: 0.3em; }
.tools { margin-top: 0.5em; }
.hl { color: var(--accent); text-decoration: underline; font-size: 0.85em; padding: 0.1em 0.2em; }
.hl[aria-pressed="true"]::before { content: "✓ "; }
.error { border-inline-start: 4px solid #c62828; padding: 0.25em 0.75em; margin: 0.25em 0; }
.retry { border: 1px solid var(--border); background: var(--chip); padding: 0.2em 0.8em; margin-top: 0.25em; }
`;

const HOST_SHEET = `
mark[${MARK_ATTR}] {
  background-color: var(--article-summary-mark, rgba(255, 205, 60, 0.45));
  color: inherit; font: inherit; padding: 0; margin: 0; border: 0; border-radius: 0;
}
mark[${MARK_ATTR}][data-active] { outline: 2px solid var(--article-summary-accent, #0b5cad); }
`;

let shadowSheet = null;
let hostSheet = null;
function sheet(text) {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

let uid = 0;

export class ArticleSummaryElement extends HTMLElement {
  static observedAttributes = ['for', 'sentences', 'length', 'form', 'highlight', 'collapsed', 'theme'];
  static #defaultStrings = STRINGS;

  /** The string table used by elements without their own. */
  static get strings() {
    return ArticleSummaryElement.#defaultStrings;
  }
  static set strings(table) {
    ArticleSummaryElement.#defaultStrings = mergeStrings(STRINGS, table);
    for (const el of document.querySelectorAll('*')) {
      if (el instanceof ArticleSummaryElement) el.#renderAll();
    }
  }

  #ui = null;
  #strings = null;
  #analysis = null;
  #article = null;
  #textNodes = [];
  #marks = []; // { node, data, added: Node[] } per text node changed
  #observer = null;
  #started = null; // Promise of the current run
  #runId = 0;
  #error = null;
  #selected = -1;
  #highlightRun = 0; // bumped to stop a highlighting pass that is still going

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  /** The last analysis (null before the first). */
  get analysis() {
    return this.#analysis;
  }

  /** This element's strings (defaults to ArticleSummaryElement.strings). */
  get strings() {
    return this.#strings || ArticleSummaryElement.strings;
  }
  set strings(table) {
    this.#strings = mergeStrings(ArticleSummaryElement.strings, table);
    this.#renderAll();
  }

  connectedCallback() {
    if (!this.#ui) this.#build();
    this.#renderAll();
    if (this.#analysis) this.#applyHighlight(); // moved in the DOM: disconnecting removed the marks
    if (this.#analysis || this.#started) return;
    if (this.getAttribute('loading') === 'eager' || typeof IntersectionObserver !== 'function') {
      this.summarize();
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.#observer?.disconnect();
        this.#observer = null;
        this.summarize();
      }
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.restoreArticle();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value || !this.#ui) return;
    if (name === 'highlight') this.#applyHighlight();
    else if (name === 'collapsed' || name === 'theme') this.#renderFrame();
    else if (this.#started || this.#analysis) this.summarize();
  }

  /** Finds and summarises the article now (without waiting to be visible). Resolves to the analysis. */
  summarize() {
    this.#observer?.disconnect();
    this.#observer = null;
    const run = ++this.#runId;
    this.#error = null;
    this.#renderFrame();
    this.#started = this.#run(run).finally(() => {
      if (run === this.#runId) this.#renderFrame();
    });
    return this.#started;
  }

  /** Removes highlighting from the host article, restoring its DOM exactly. */
  restoreArticle() {
    this.#highlightRun++;
    for (let i = this.#marks.length - 1; i >= 0; i--) {
      const { node, data, added } = this.#marks[i];
      for (const n of added) n.remove();
      node.data = data;
    }
    this.#marks = [];
  }

  async #run(run) {
    let stage = 'load';
    try {
      const engine = await loadEngine(this.getAttribute('wasm-url') || undefined);
      if (run !== this.#runId) return this.#analysis;
      stage = 'extract';
      // Reading the DOM has to happen on this thread: do it when the page is idle.
      await idle();
      if (run !== this.#runId) return this.#analysis;
      const article = this.#findArticle(engine);
      if (!article.text.trim()) throw Object.assign(new Error('no article text found'), { reason: 'no-article' });
      stage = 'analysis';
      const options = this.#options(article);
      const analysis = await engine.analyze(article.text, options);
      if (run !== this.#runId) return this.#analysis;
      this.restoreArticle();
      this.#article = { title: article.title, paragraphs: article.paragraphs };
      this.#textNodes = article.textNodes;
      this.#analysis = analysis;
      this.#selected = -1;
      this.#renderContent();
      // Marks go in over several tasks on a long article; ready once they are all in.
      // The first slice waits a frame, so the box's own first layout and the marks'
      // are two tasks, not one that could pass 50 ms.
      if (this.hasAttribute('highlight')) {
        await new Promise((resolve) => afterNextFrame(resolve));
        if (run !== this.#runId) return this.#analysis;
      }
      await this.#applyHighlight();
      if (run !== this.#runId) return this.#analysis;
      this.#emit('ready', { analysis, article: this.#article });
      return analysis;
    } catch (err) {
      if (run !== this.#runId) return this.#analysis;
      const reason = err?.reason || (stage === 'load' ? 'network' : 'analysis');
      this.#error = { reason, message: err?.message || String(err) };
      this.#renderFrame();
      this.#emit('error', { reason, message: this.#error.message, error: err });
      return null;
    }
  }

  #findArticle(engine) {
    const selector = this.getAttribute('for');
    if (!selector) return engine.extract(null, this);
    let root = null;
    try {
      root = document.querySelector(selector);
    } catch {
      root = null;
    }
    if (!root) throw Object.assign(new Error(`no element matches ${JSON.stringify(selector)}`), { reason: 'bad-selector' });
    return engine.extract(root, this);
  }

  #options(article) {
    const form = FORMS.has(this.getAttribute('form')) ? this.getAttribute('form') : 'key-points';
    const n = Number.parseInt(this.getAttribute('sentences') ?? '', 10);
    const sentences = n >= 1 && n <= 20 ? n : LENGTHS[this.getAttribute('length')] || 3;
    const options = { sentences, form };
    if (article.title) options.title = article.title.slice(0, 300);
    return options;
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`article-summary:${name}`, { detail, bubbles: true, composed: true }));
  }

  // ---- rendering: all text goes in through textContent ----

  #build() {
    shadowSheet ||= sheet(SHEET);
    this.shadowRoot.adoptedStyleSheets = [shadowSheet];
    const id = `as${++uid}`;
    const el = (tag, props = {}, ...children) => {
      const node = document.createElement(tag);
      for (const [k, v] of Object.entries(props)) {
        if (k === 'class') node.className = v;
        else node.setAttribute(k, v);
      }
      node.append(...children);
      return node;
    };
    const ui = {};
    ui.chev = el('span', { class: 'chev', 'aria-hidden': 'true' });
    ui.title = el('span', { class: 'label', id: `${id}-title` });
    ui.toggle = el('button', { class: 'toggle', type: 'button', 'aria-controls': `${id}-body` }, ui.chev, ui.title);
    ui.meta = el('span', { class: 'meta' });
    ui.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.points = el('ul', { class: 'points' });
    ui.tldr = el('p', { class: 'tldr' });
    ui.entities = el('div', { class: 'entities', role: 'group' });
    ui.highlight = el('button', { class: 'hl', type: 'button' });
    ui.tools = el('div', { class: 'tools' }, ui.highlight);
    ui.errorText = el('p', { class: 'error-text' });
    ui.retry = el('button', { class: 'retry', type: 'button' });
    ui.error = el('div', { class: 'error', role: 'alert' }, ui.errorText, ui.retry);
    ui.body = el('div', { class: 'body', id: `${id}-body` }, ui.status, ui.error, ui.points, ui.tldr, ui.entities, ui.tools);
    ui.section = el('section', { 'aria-labelledby': `${id}-title` }, el('header', {}, ui.toggle, ui.meta), ui.body);
    ui.root = el('div', { class: 'root', part: 'root' }, ui.section);
    this.shadowRoot.replaceChildren(ui.root);
    ui.toggle.addEventListener('click', () => this.toggleAttribute('collapsed'));
    ui.highlight.addEventListener('click', () => this.toggleAttribute('highlight'));
    ui.retry.addEventListener('click', () => this.summarize());
    this.#ui = ui;
  }

  #renderAll() {
    if (!this.#ui) return;
    this.#renderFrame();
    this.#renderContent();
  }

  #renderFrame() {
    const ui = this.#ui;
    if (!ui) return;
    const s = this.strings;
    const collapsed = this.hasAttribute('collapsed');
    const theme = this.getAttribute('theme');
    ui.root.classList.toggle('dark', theme === 'dark');
    ui.root.classList.toggle('light', theme === 'light');
    ui.root.classList.toggle('collapsed', collapsed);
    ui.section.setAttribute('aria-label', s.regionLabel);
    ui.title.textContent = s.heading;
    ui.toggle.setAttribute('aria-expanded', String(!collapsed));
    ui.toggle.setAttribute('title', s.toggleLabel);
    ui.body.hidden = collapsed;
    const done = !!this.#analysis;
    const failed = !!this.#error;
    ui.error.hidden = !failed;
    if (failed) {
      ui.errorText.textContent = s.errors[this.#error.reason] || s.errors.analysis;
      ui.retry.textContent = s.retry;
      // Retrying cannot help while the page's policy forbids WebAssembly.
      ui.retry.hidden = this.#error.reason === 'csp';
    }
    ui.status.textContent = failed || done ? '' : this.#started ? s.loading : s.waiting;
    ui.status.hidden = failed || done;
    ui.highlight.textContent = s.highlight;
    ui.highlight.setAttribute('aria-pressed', String(this.hasAttribute('highlight')));
    ui.tools.hidden = !done || failed;
    ui.entities.setAttribute('aria-label', s.entitiesLabel);
  }

  #renderContent() {
    const ui = this.#ui;
    const a = this.#analysis;
    if (!ui) return;
    const s = this.strings;
    ui.points.replaceChildren();
    ui.tldr.replaceChildren();
    ui.entities.replaceChildren();
    ui.meta.textContent = '';
    if (!a) {
      ui.points.hidden = ui.tldr.hidden = ui.entities.hidden = true;
      return;
    }
    const chosen = a.summary.sentences.map((i) => a.sentences[i].text);
    const asList = a.summary.form === 'key-points';
    ui.points.hidden = !asList;
    ui.tldr.hidden = asList;
    if (asList) {
      for (const text of chosen) {
        const li = document.createElement('li');
        li.textContent = text;
        ui.points.append(li);
      }
    } else {
      ui.tldr.textContent = chosen.join(' ');
    }
    ui.meta.textContent = s.readingTime(a.stats.readingSeconds, a.stats.summaryReadingSeconds);
    const names = a.entities.filter((e) => NAME_KINDS.has(e.label)).slice(0, MAX_ENTITY_BUTTONS);
    ui.entities.hidden = names.length === 0;
    for (const entity of names) {
      const b = document.createElement('button');
      b.type = 'button';
      const kind = s.kinds[entity.label] || entity.label;
      b.setAttribute('aria-label', s.entityButton(entity.canonical, kind, entity.count));
      b.setAttribute('aria-pressed', String(entity.id === this.#selected));
      b.dataset.entity = String(entity.id);
      const name = document.createElement('span');
      name.textContent = entity.canonical;
      const tag = document.createElement('span');
      tag.className = 'kind';
      tag.setAttribute('aria-hidden', 'true');
      tag.textContent = kind;
      b.append(name, tag);
      b.addEventListener('click', () => this.#select(entity));
      ui.entities.append(b);
    }
    this.#renderFrame();
  }

  #select(entity) {
    const a = this.#analysis;
    this.#selected = this.#selected === entity.id ? -1 : entity.id;
    for (const b of this.#ui.entities.children) {
      b.setAttribute('aria-pressed', String(b.dataset.entity === String(this.#selected)));
    }
    let first = null;
    for (const { added } of this.#marks) {
      for (const n of added) {
        if (n.nodeType !== Node.ELEMENT_NODE) continue;
        const on = this.#selected >= 0 && n.getAttribute(MARK_ATTR) === String(this.#selected);
        n.toggleAttribute('data-active', on);
        if (on && !first) first = n;
      }
    }
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const mentions = entity.mentions.map((i) => a.mentions[i]);
    this.#emit('entity-select', { entity, mentions, selected: this.#selected === entity.id });
  }

  // ---- highlighting inside the host article ----

  /**
   * Marks the names in the host article (when `highlight` is set). A slice (see
   * HIGHLIGHT_SLICE_MS) runs now and the rest one slice per frame, so the page stays responsive
   * on a long article; resolves when done or stopped (restoreArticle, a newer pass).
   */
  #applyHighlight() {
    this.#renderFrame();
    this.restoreArticle();
    const a = this.#analysis;
    if (!this.hasAttribute('highlight') || !a) return Promise.resolve();
    if (!hostSheet) {
      hostSheet = sheet(HOST_SHEET);
    }
    if (!document.adoptedStyleSheets.includes(hostSheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostSheet];
    }
    // Each surface form once, longest first, so "Maria Lind" wins over "Lind".
    const forms = new Map();
    for (const m of a.mentions) {
      const entity = a.entities[m.entity];
      if (!entity || !NAME_KINDS.has(entity.label) || m.text.length < 2) continue;
      if (!forms.has(m.text)) forms.set(m.text, entity.id);
    }
    const terms = [...forms.entries()].sort((x, y) => y[0].length - x[0].length);
    if (!terms.length) return Promise.resolve();
    const pass = this.#highlightRun;
    const nodes = this.#textNodes;
    let i = 0;
    const slice = () => {
      if (pass !== this.#highlightRun) return true; // stopped
      const t0 = performance.now();
      let chars = 0;
      while (i < nodes.length) {
        const node = nodes[i++];
        if (!node.isConnected || !node.data.trim()) continue;
        chars += node.data.length;
        const ranges = findTerms(node.data, terms);
        if (ranges.length) this.#marks.push(wrapRanges(node, ranges, this.#selected));
        if (chars >= HIGHLIGHT_SLICE_CHARS || performance.now() - t0 > HIGHLIGHT_SLICE_MS) break;
      }
      return i >= nodes.length;
    };
    if (slice()) return Promise.resolve();
    return new Promise((resolve) => {
      const next = () => (slice() ? resolve() : afterNextFrame(next));
      afterNextFrame(next);
    });
  }
}

/** Non-overlapping whole-word occurrences of `terms` ([text, entityId], longest first) in `text`. */
function findTerms(text, terms) {
  const taken = [];
  const overlaps = (s, e) => taken.some((r) => s < r.end && e > r.start);
  const wordChar = /[\p{L}\p{N}]/u;
  for (const [term, entity] of terms) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(term, from);
      if (at < 0) break;
      const end = at + term.length;
      from = at + 1;
      if (wordChar.test(text[at - 1] || '') || wordChar.test(text[end] || '')) continue;
      if (overlaps(at, end)) continue;
      taken.push({ start: at, end, entity });
    }
  }
  return taken.sort((x, y) => x.start - y.start);
}

/**
 * Splits `node` around `ranges`, wrapping each in a <mark> (marked active when it is the
 * `selected` entity's); returns how to undo it.
 */
function wrapRanges(node, ranges, selected = -1) {
  const data = node.data;
  const added = [];
  let pos = ranges[0].start;
  let last = node;
  for (const r of ranges) {
    if (r.start > pos) {
      const between = document.createTextNode(data.slice(pos, r.start));
      last.after(between);
      added.push(between);
      last = between;
    }
    const mark = document.createElement('mark');
    mark.setAttribute(MARK_ATTR, String(r.entity));
    if (r.entity === selected) mark.setAttribute('data-active', '');
    mark.textContent = data.slice(r.start, r.end);
    last.after(mark);
    added.push(mark);
    last = mark;
    pos = r.end;
  }
  if (pos < data.length) {
    const rest = document.createTextNode(data.slice(pos));
    last.after(rest);
    added.push(rest);
  }
  node.data = data.slice(0, ranges[0].start);
  return { node, data, added };
}

function idle() {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

function mergeStrings(base, table = {}) {
  const out = { ...base, ...table };
  for (const key of ['kinds', 'errors']) out[key] = { ...base[key], ...(table[key] || {}) };
  return out;
}

if (!customElements.get('article-summary')) customElements.define('article-summary', ArticleSummaryElement);
