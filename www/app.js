// The page: paste → analyse in a worker → show summary, highlighted article, entities.
// Every piece of article text reaches the DOM as a Text node (append / textContent),
// never as HTML.
import { Analyzer, SupersededError } from './analyzer.js';
import { htmlToText } from './html-to-text.js';
import { afterNextFrame } from './element/engine.js';

// Legend groups: one colour each. `labels` are the API's entity labels.
const GROUPS = [
  { key: 'per', name: 'People', labels: ['PER'] },
  { key: 'org', name: 'Organizations', labels: ['ORG'] },
  { key: 'loc', name: 'Places', labels: ['LOC'] },
  { key: 'misc', name: 'Other names', labels: ['MISC'] },
  { key: 'date', name: 'Dates & times', labels: ['DATE', 'TIME'] },
  { key: 'money', name: 'Money', labels: ['MONEY'] },
  { key: 'num', name: 'Percentages & numbers', labels: ['PERCENT', 'NUMBER'] },
];
const GROUP_OF = Object.fromEntries(GROUPS.flatMap((g) => g.labels.map((l) => [l, g])));
const UNIT_DEFAULTS = { sentences: 3, words: 80, ratio: 20 };
const UNIT_LIMITS = { sentences: [1, 1000], words: [1, 100000], ratio: [1, 100] };
const TYPING_DELAY_MS = 300;
const ENTITIES_SHOWN = 40; // per group, before "show all"
const RENDER_SLICE_MS = 4; // main-thread budget per slice when building the entity list or a long article
const UNDOABLE_PASTE_CHARS = 8000; // about 40 ms of execCommand('insertText')

// Contribution groups the scoring model reports (unknown names are shown humanized).
const FEATURE_NAMES = {
  position: 'Position in the article',
  centrality: 'Central to the article',
  entities: 'Names the main people, places, organizations',
  topic: 'About the title and key terms',
  form: 'Sentence form (length, quotes, questions)',
  coverage: 'Covers what much of the article says (long summaries)',
  focus: 'Mentions the chosen key phrase',
};

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'), textView: $('text-view'), highlightsView: $('highlights-view'),
  viewText: $('view-text'), viewHighlights: $('view-highlights'), article: $('article'),
  legend: $('legend'), markSummary: $('mark-summary'), stats: $('stats'), status: $('status'),
  openFile: $('open-file'), fileInput: $('file-input'), clear: $('clear'),
  copy: $('copy'), formKeyPoints: $('form-key-points'), formTldr: $('form-tldr'),
  amount: $('amount'), unit: $('unit'), lengthError: $('length-error'),
  summary: $('summary'), summaryMeta: $('summary-meta'), focusNote: $('focus-note'),
  entities: $('entities'), keyphrases: $('keyphrases'), keyphraseHint: $('keyphrase-hint'),
  why: $('why'),
};

const state = {
  text: '', // the text the current analysis was made from
  analysis: null,
  ms: 0,
  form: 'key-points',
  unit: 'sentences',
  focus: null, // a keyphrase steering the summary
  selectedEntity: null,
  focusedSentence: null,
  hiddenGroups: new Set(),
  expandedGroups: new Set(),
  showHighlightsOnResult: false,
  seq: 0,
  rank: [], // sentence index -> rank among scored sentences (1 = best)
  scored: 0,
};

const analyzer = new Analyzer();
let typingTimer = 0;

/** Creates an element. Children are appended as nodes; strings become Text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('data-')) el.dataset[k.slice(5).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.filter((c) => c != null));
  return el;
}

// ---------------------------------------------------------------- analysis

function currentOptions() {
  const amount = ui.amount.valueAsNumber;
  const value = state.unit === 'ratio' ? amount / 100 : amount;
  const options = { form: state.form, [state.unit]: value };
  if (state.focus) options.focus = state.focus;
  return options;
}

function scheduleAnalysis(delay = TYPING_DELAY_MS) {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(runAnalysis, delay);
}

async function runAnalysis() {
  clearTimeout(typingTimer);
  const text = ui.input.value;
  const seq = ++state.seq;
  if (!text.trim()) {
    showEmpty();
    return;
  }
  setStatus('Analysing…', 'busy');
  if (text !== state.text) state.focus = null; // a key phrase of another article
  try {
    const options = currentOptions();
    const { analysis, ms } = await analyzer.analyze(text, options);
    if (seq !== state.seq) return;
    const sameText = text === state.text;
    state.text = text;
    state.analysis = analysis;
    state.ms = ms;
    ui.summary.dataset.options = JSON.stringify(options); // what the shown summary was made with
    showLengthError(null);
    render(sameText);
  } catch (err) {
    if (err instanceof SupersededError || seq !== state.seq) return;
    if (text !== state.text) {
      // Results of an older text would mislead: clear them and show the text itself.
      state.showHighlightsOnResult = false;
      showEmpty();
    }
    if (err.option && ['sentences', 'words', 'ratio'].includes(err.option)) showLengthError(err.message);
    setStatus(err.message, 'error');
  }
}

// ---------------------------------------------------------------- rendering

function render(sameText) {
  const a = state.analysis;
  const ranked = a.sentences.filter((s) => s.score !== null).sort((x, y) => y.score - x.score);
  state.rank = [];
  ranked.forEach((s, i) => { state.rank[s.index] = i + 1; });
  state.scored = ranked.length;
  if (!sameText) {
    state.selectedEntity = null;
    state.expandedGroups.clear();
  }
  state.focusedSentence = null;

  // What the reader asked for first; the rest in later tasks, so that no single task
  // holds the main thread long (the article itself renders in slices).
  renderStats();
  renderSummary();
  ui.viewHighlights.disabled = false;
  ui.copy.disabled = a.summary.sentences.length === 0;
  const n = a.summary.sentences.length;
  setStatus(a.sentences.length === 0
    ? 'No sentences found in this text.'
    : `Analysed in ${formatMs(state.ms)}. The summary has ${n} sentence${n === 1 ? '' : 's'}.`, 'done');

  if (sameText && phases.length === 0) {
    // Same text, new length or form: entities and article stay; only the marks move.
    for (const el of ui.article.querySelectorAll('.s.in-summary, .s.focused')) el.classList.remove('in-summary', 'focused');
    for (const i of a.summary.sentences) document.getElementById(`s-${i}`)?.classList.add('in-summary');
    renderKeyphrases(); // the chosen phrase (focus) may have changed
  } else {
    ui.article.replaceChildren();
    schedulePhases([
      entitiesStep(),
      () => { renderKeyphrases(); return false; },
      articleStep(a, state.text),
    ]);
  }
  if (state.showHighlightsOnResult) {
    state.showHighlightsOnResult = false;
    setView('highlights');
  }
}

// Render steps still to run for the current analysis. A step returns true while it has
// more to do (it is then called again after the next frame: one slice per frame, so
// the layout and paint of each frame stay small even when frames come late).
let phases = [];
let phaseRun = 0; // bumped to drop a scheduled slice

function schedulePhases(steps) {
  phases = steps;
  const run = ++phaseRun;
  afterNextFrame(() => runPhase(run));
}

function runPhase(run) {
  const step = phases[0];
  if (!step || run !== phaseRun) return;
  if (!step(RENDER_SLICE_MS)) phases.shift();
  if (phases.length) afterNextFrame(() => runPhase(run));
}

/** Runs every pending step now (before marking something that may not be built yet). */
function finishRendering() {
  phaseRun++;
  while (phases.length) {
    if (!phases[0](Infinity)) phases.shift();
  }
}

function cancelRendering() {
  phaseRun++;
  phases = [];
}

function renderStats() {
  const s = state.analysis.stats;
  const sep = () => h('span', { class: 'sep', 'aria-hidden': 'true', text: '·' });
  ui.stats.replaceChildren(
    h('span', {}, h('strong', { text: grouped(s.words) }), ' words'), sep(),
    h('span', {}, h('strong', { text: grouped(s.sentences) }), ` sentence${s.sentences === 1 ? '' : 's'}`), sep(),
    h('span', {}, h('strong', { text: readingTime(s.readingSeconds) }), ' reading time'),
  );
}

function renderSummary() {
  const a = state.analysis;
  const ids = a.summary.sentences;
  if (ids.length === 0) {
    ui.summary.replaceChildren(h('p', { class: 'placeholder', text: 'No sentence here reads as article prose, so there is nothing to summarise.' }));
    ui.summaryMeta.textContent = '';
    return;
  }
  // Links, not buttons: buttons are atomic boxes and would not flow as one paragraph.
  const button = (i) => h('a', { class: 'sum-s', href: `#s-${i}`, 'data-s': i, dir: 'auto' }, a.sentences[i].text);
  let body;
  if (a.summary.form === 'tldr') {
    body = h('p', { class: 'tldr' });
    ids.forEach((i, k) => body.append(...(k ? [' '] : []), button(i)));
  } else {
    body = h('ul', { class: 'points' }, ...ids.map((i) => h('li', {}, button(i))));
  }
  ui.summary.replaceChildren(body);
  const pct = a.stats.words ? Math.round((100 * a.summary.words) / a.stats.words) : 0;
  ui.summaryMeta.textContent = `${a.summary.words} words (${pct}% of the article) · ${readingTime(a.stats.summaryReadingSeconds)} to read · select a sentence to find it in the article`;
  ui.focusNote.hidden = !state.focus;
  if (state.focus) ui.focusNote.textContent = `Steered towards “${state.focus}”. Choose the phrase again to undo.`;
}

/** Builds the entity list at once (after "Show all"). */
function renderEntities() {
  entitiesStep()(Infinity);
}

/**
 * A render step that builds the entity list a few entities at a time: the first slice
 * replaces the old list, later ones add to it (a long article's list is ~1,500 elements,
 * whose building and layout would otherwise be one long task).
 */
function entitiesStep() {
  return piecesStep(entityPieces(state.analysis), ui.entities, { replace: true, maxPieces: 6 });
}

const ENTITY_BATCH = 8; // entity buttons built between budget checks

/**
 * The entity list in pieces: yields each group's section (heading, empty list, "Show all")
 * to be appended, then null after each batch of buttons put into that section's list.
 */
function* entityPieces(a) {
  if (a.entities.length === 0) {
    yield h('p', { class: 'placeholder', text: 'No names, dates or figures found.' });
    return;
  }
  for (const g of GROUPS) {
    const list = a.entities.filter((e) => g.labels.includes(e.label));
    if (list.length === 0) continue;
    const expanded = state.expandedGroups.has(g.key) || list.length <= ENTITIES_SHOWN + 5;
    const shown = expanded ? list : list.slice(0, ENTITIES_SHOWN);
    const more = expanded ? null : h('button', { type: 'button', class: 'link more', 'data-group': g.key, text: `Show all ${list.length}` });
    const ul = h('ul', { class: 'ent-list' });
    yield h('div', { class: 'ent-group' },
      h('h3', {}, h('span', { class: `swatch g-${g.key}`, 'aria-hidden': 'true' }), g.name, h('span', { class: 'n', text: ` ${list.length}` })),
      ul, more);
    for (let i = 0; i < shown.length; i += ENTITY_BATCH) {
      ul.append(...shown.slice(i, i + ENTITY_BATCH).map((e) => h('li', {},
        h('button', {
          type: 'button', class: `ent-btn g-${g.key}`, 'data-e': e.id,
          'aria-pressed': String(state.selectedEntity === e.id),
          'aria-label': `${e.canonical}, ${e.count} mention${e.count === 1 ? '' : 's'}`,
        }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), h('span', { class: 'ent-name', text: e.canonical }),
        h('span', { class: 'count', 'aria-hidden': 'true', text: `×${e.count}` })))));
      yield null;
    }
  }
}

function renderKeyphrases() {
  const kp = state.analysis.keyphrases;
  ui.keyphraseHint.hidden = kp.length === 0;
  ui.keyphrases.replaceChildren(...kp.map((k) => h('li', {},
    h('button', { type: 'button', class: 'chip', 'data-phrase': k.text, 'aria-pressed': String(state.focus === k.text) }, k.text))));
  if (kp.length === 0) ui.keyphrases.replaceChildren(h('li', { class: 'placeholder', text: 'No key phrases found.' }));
}

/** The article's paragraphs as elements, one at a time (so long texts render in slices). */
function* articleParagraphs(a, text) {
  const sentences = a.sentences;
  const mentions = a.mentions;
  let mi = 0;
  let i = 0;
  while (i < sentences.length) {
    const { paragraph, kind } = sentences[i];
    // dir=auto: a right-to-left paragraph (Arabic, Hebrew) reads right to left.
    const el = h(kind === 'heading' ? 'h3' : 'p', { class: `para ${kind}`, dir: 'auto' });
    if (kind === 'boilerplate') el.title = 'Not part of the article: left out of the summary';
    let prevEnd = -1;
    for (; i < sentences.length && sentences[i].paragraph === paragraph; i++) {
      const s = sentences[i];
      if (prevEnd >= 0 && s.start > prevEnd) el.append(text.slice(prevEnd, s.start));
      const span = h('span', { class: s.selected ? 's in-summary' : 's', id: `s-${s.index}`, 'data-s': s.index });
      let pos = s.start;
      while (mi < mentions.length && mentions[mi].end <= s.start) mi++;
      while (mi < mentions.length && mentions[mi].start < s.end) {
        const m = mentions[mi];
        const from = Math.max(m.start, pos);
        const to = Math.min(m.end, s.end);
        if (from > pos) span.append(text.slice(pos, from));
        if (to > from) span.append(mark(a, m, text.slice(from, to)));
        pos = Math.max(pos, to);
        if (m.end > s.end) break; // the rest belongs to the next sentence
        mi++;
      }
      if (pos < s.end) span.append(text.slice(pos, s.end));
      el.append(span);
      prevEnd = s.end;
    }
    yield el;
  }
}

function mark(a, m, text) {
  const g = GROUP_OF[m.label] ?? GROUP_OF.MISC;
  const e = a.entities[m.entity];
  const el = h('mark', { class: `ent g-${g.key}`, 'data-e': m.entity }, text);
  el.title = e && e.canonical !== m.text ? `${g.name}: ${e.canonical}` : g.name;
  if (state.selectedEntity === m.entity) el.classList.add('sel');
  return el;
}

/** A render step that appends the article's paragraphs. */
function articleStep(a, text) {
  return piecesStep(articleParagraphs(a, text), ui.article, { maxPieces: 6 });
}

/**
 * A render step over `pieces` (an iterator of nodes to add to `container`, or nulls for
 * work done in place): each call takes pieces for `budget` ms, and at most `maxPieces`
 * (the frame lays out what was added: a count bounds that where a fast machine would
 * build a lot in its time budget), and adds them in one go. With `replace`, the first
 * call replaces the container's old children.
 */
function piecesStep(pieces, container, { replace = false, maxPieces = Infinity } = {}) {
  let first = replace;
  return (budget) => {
    const t0 = performance.now();
    const frag = document.createDocumentFragment();
    let more = true;
    for (let n = 1; ; n++) {
      const next = pieces.next();
      if (next.done) { more = false; break; }
      if (next.value) frag.append(next.value);
      if (performance.now() - t0 > budget || (n >= maxPieces && budget !== Infinity)) break;
    }
    if (first) container.replaceChildren(frag);
    else container.append(frag);
    first = false;
    return more;
  };
}

function showEmpty() {
  cancelRendering();
  state.text = '';
  state.analysis = null;
  state.focus = null;
  state.selectedEntity = null;
  ui.article.replaceChildren();
  ui.stats.replaceChildren();
  ui.summary.replaceChildren(h('p', { class: 'placeholder', text: 'Paste an article to see its most important sentences.' }));
  ui.summaryMeta.textContent = '';
  ui.focusNote.hidden = true;
  ui.entities.replaceChildren(h('p', { class: 'placeholder', text: 'People, organizations, places and figures will be listed here.' }));
  ui.keyphrases.replaceChildren(h('li', { class: 'placeholder', text: 'The phrases the article is about will be listed here.' }));
  ui.keyphraseHint.hidden = true;
  ui.copy.disabled = true;
  ui.viewHighlights.disabled = true;
  setView('text');
  setStatus('', '');
}

// ---------------------------------------------------------------- interactions

function setView(view, { pending = false } = {}) {
  const highlights = view === 'highlights' && (state.analysis !== null || pending);
  ui.textView.hidden = highlights;
  ui.highlightsView.hidden = !highlights;
  ui.viewText.setAttribute('aria-pressed', String(!highlights));
  ui.viewHighlights.setAttribute('aria-pressed', String(highlights));
}

function selectEntity(id, { scroll = true } = {}) {
  const same = state.selectedEntity === id;
  state.selectedEntity = same ? null : id;
  for (const el of ui.article.querySelectorAll('mark.sel')) el.classList.remove('sel');
  for (const b of ui.entities.querySelectorAll('.ent-btn')) {
    b.setAttribute('aria-pressed', String(Number(b.dataset.e) === state.selectedEntity));
  }
  if (state.selectedEntity === null) {
    setStatus('', '');
    return;
  }
  setView('highlights');
  finishRendering();
  const marks = ui.article.querySelectorAll(`mark[data-e="${state.selectedEntity}"]`);
  for (const el of marks) el.classList.add('sel');
  const e = state.analysis.entities[state.selectedEntity];
  setStatus(`${e.canonical}: ${marks.length} mention${marks.length === 1 ? '' : 's'} marked in the article.`, 'done');
  if (scroll && marks.length) marks[0].scrollIntoView({ block: 'center', behavior: scrollBehavior() });
}

function focusSentence(index) {
  setView('highlights');
  finishRendering();
  for (const el of ui.article.querySelectorAll('.s.focused')) el.classList.remove('focused');
  for (const b of ui.summary.querySelectorAll('.sum-s[aria-current]')) b.removeAttribute('aria-current');
  const target = document.getElementById(`s-${index}`);
  if (!target) return;
  state.focusedSentence = index;
  target.classList.add('focused');
  ui.summary.querySelector(`.sum-s[data-s="${index}"]`)?.setAttribute('aria-current', 'true');
  target.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  setStatus(`Summary sentence ${state.analysis.summary.sentences.indexOf(index) + 1} is marked in the article.`, 'done');
}

function scrollBehavior() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

function setStatus(message, kind) {
  ui.status.textContent = message;
  ui.status.className = `status ${kind}`;
}

function showLengthError(message) {
  ui.lengthError.hidden = !message;
  ui.lengthError.textContent = message ?? '';
  if (message) ui.amount.setAttribute('aria-invalid', 'true');
  else ui.amount.removeAttribute('aria-invalid');
}

function setForm(form) {
  state.form = form;
  ui.formKeyPoints.setAttribute('aria-pressed', String(form === 'key-points'));
  ui.formTldr.setAttribute('aria-pressed', String(form === 'tldr'));
  scheduleAnalysis(0);
}

function setUnit(unit) {
  state.unit = unit;
  const [min, max] = UNIT_LIMITS[unit];
  ui.amount.min = String(min);
  ui.amount.max = String(max);
  ui.amount.step = unit === 'words' ? '10' : '1';
  ui.amount.value = String(UNIT_DEFAULTS[unit]);
  scheduleAnalysis(0);
}

async function copySummary() {
  const a = state.analysis;
  if (!a) return;
  const lines = a.summary.sentences.map((i) => a.sentences[i].text);
  const text = a.summary.form === 'tldr' ? lines.join(' ') : lines.map((l) => `• ${l}`).join('\n');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No async clipboard (insecure context, denied permission): the classic way.
    const area = h('textarea', { class: 'offscreen', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  ui.copy.textContent = 'Copied';
  setStatus('Summary copied to the clipboard.', 'done');
  setTimeout(() => { ui.copy.textContent = 'Copy summary'; }, 1500);
}

/**
 * Inserts text at the caret. Small pastes go through the editing command so Ctrl-Z
 * undoes them; big ones (the command costs ~5 ms per KB of main thread) are spliced in.
 */
function insertText(text) {
  ui.input.focus();
  if (text.length > UNDOABLE_PASTE_CHARS || !document.execCommand('insertText', false, text)) {
    const { selectionStart, selectionEnd } = ui.input;
    ui.input.setRangeText(text, selectionStart, selectionEnd, 'end');
    ui.input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function onPaste(event) {
  const data = event.clipboardData;
  if (!data) return;
  const html = data.getData('text/html');
  // Rich text from a web page: rebuild its paragraphs from the HTML (parsed inertly);
  // fall back to the plain text when the HTML holds nothing readable.
  const text = (html && htmlToText(html)) || data.getData('text/plain');
  if (!text) return;
  event.preventDefault();
  state.showHighlightsOnResult = true;
  insertText(text);
  if (text.length > UNDOABLE_PASTE_CHARS) {
    // Show the article view at once: laying out a huge text in the visible textarea
    // would cost the main thread hundreds of ms.
    cancelRendering();
    ui.article.replaceChildren(h('p', { class: 'placeholder', text: 'Analysing the article…' }));
    setView('highlights', { pending: true });
    // Start the worker once that view is on screen: a worker busy with a long article
    // from the first moment makes the main thread's layout of the new view 3-5x slower
    // on a loaded 2-core machine (~100 ms instead of 10-35 ms).
    clearTimeout(typingTimer);
    const pasted = ui.input.value;
    afterNextFrame(() => {
      if (ui.input.value === pasted) runAnalysis(); // else typing has scheduled its own
    });
    return;
  }
  runAnalysis();
}

async function openFile(file) {
  const raw = await file.text();
  const text = /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(raw) : raw;
  ui.input.value = text;
  state.showHighlightsOnResult = true;
  runAnalysis();
}

// ---------------------------------------------------------------- "why this sentence"

function showWhy(button) {
  const a = state.analysis;
  const s = a?.sentences[Number(button.dataset.s)];
  if (!s) return;
  const parts = s.contributions ?? [];
  const max = Math.max(1e-9, ...parts.map((p) => Math.abs(p.value)));
  const rows = parts.map((p) => {
    // Diverging bar: contributions above the average sentence go right, below go left.
    const bar = h('span', { class: p.value < 0 ? 'bar neg' : 'bar' });
    bar.style.width = `${Math.round((50 * Math.abs(p.value)) / max)}%`;
    return h('div', { class: 'why-row' },
      h('span', { class: 'why-name', text: FEATURE_NAMES[p.feature] ?? humanize(p.feature) }),
      h('span', { class: 'why-bar' }, bar),
      h('span', { class: 'why-val', text: formatScore(p.value) }));
  });
  const rank = state.rank[s.index];
  ui.why.replaceChildren(
    h('p', { class: 'why-title', text: 'Why this sentence' }),
    h('p', { class: 'why-sub', text: `Score ${formatScore(s.score ?? 0)}${rank ? ` · ranked ${rank} of ${state.scored}` : ''}` }),
    ...rows,
    h('p', { class: 'why-note', text: 'Bars compare with an average sentence of this article (centre line).' }),
  );
  ui.why.hidden = false;
  button.setAttribute('aria-describedby', 'why');
  const r = button.getBoundingClientRect();
  const w = ui.why.offsetWidth;
  const hgt = ui.why.offsetHeight;
  const left = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
  const below = r.bottom + 8 + hgt < window.innerHeight;
  ui.why.style.left = `${left + window.scrollX}px`;
  ui.why.style.top = `${(below ? r.bottom + 6 : r.top - hgt - 6) + window.scrollY}px`;
}

function hideWhy() {
  ui.why.hidden = true;
  for (const b of document.querySelectorAll('[aria-describedby="why"]')) b.removeAttribute('aria-describedby');
}

// ---------------------------------------------------------------- helpers

function readingTime(seconds) {
  if (seconds < 60) return `${Math.max(1, seconds)} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** 12345 → "12,345". (Not toLocaleString: its first call loads locale data, ~20 ms.) */
function grouped(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${grouped(Math.round(ms))} ms`;
}

function formatScore(v) {
  return Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function humanize(name) {
  const s = String(name).replace(/[_-]+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function buildLegend() {
  ui.legend.replaceChildren(...GROUPS.map((g) => h('button', {
    type: 'button', class: `legend-item g-${g.key}`, 'data-group': g.key, 'aria-pressed': 'true',
  }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), g.name)));
}

// ---------------------------------------------------------------- wiring

function wire() {
  buildLegend();
  ui.input.addEventListener('paste', onPaste);
  ui.input.addEventListener('input', () => scheduleAnalysis());
  ui.viewText.addEventListener('click', () => { setView('text'); ui.input.focus(); });
  ui.viewHighlights.addEventListener('click', () => setView('highlights'));
  ui.clear.addEventListener('click', () => { ui.input.value = ''; runAnalysis(); ui.input.focus(); });
  ui.openFile.addEventListener('click', () => ui.fileInput.click());
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files?.[0];
    if (file) openFile(file).catch((err) => setStatus(`Could not read the file: ${err.message}`, 'error'));
    ui.fileInput.value = '';
  });
  // A dropped file is read like "Open file…"; dropped text the textarea inserts itself.
  ui.input.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    openFile(file).catch((err) => setStatus(`Could not read the file: ${err.message}`, 'error'));
  });
  ui.copy.addEventListener('click', copySummary);
  ui.formKeyPoints.addEventListener('click', () => setForm('key-points'));
  ui.formTldr.addEventListener('click', () => setForm('tldr'));
  ui.unit.addEventListener('change', () => setUnit(ui.unit.value));
  ui.amount.addEventListener('input', () => scheduleAnalysis(150));
  ui.markSummary.addEventListener('change', () => ui.article.classList.toggle('no-summary-marks', !ui.markSummary.checked));

  ui.summary.addEventListener('click', (e) => {
    const b = e.target.closest('.sum-s');
    if (!b) return;
    e.preventDefault(); // we scroll and mark it ourselves, and keep the URL as it is
    focusSentence(Number(b.dataset.s));
  });
  for (const type of ['mouseover', 'focusin']) {
    ui.summary.addEventListener(type, (e) => {
      const b = e.target.closest('.sum-s');
      if (b) showWhy(b);
    });
  }
  ui.summary.addEventListener('mouseleave', hideWhy);
  ui.summary.addEventListener('focusout', hideWhy);

  ui.entities.addEventListener('click', (e) => {
    const more = e.target.closest('.more');
    if (more) {
      state.expandedGroups.add(more.dataset.group);
      renderEntities();
      return;
    }
    const b = e.target.closest('.ent-btn');
    if (b) selectEntity(Number(b.dataset.e));
  });
  ui.article.addEventListener('click', (e) => {
    const m = e.target.closest('mark.ent');
    if (m) selectEntity(Number(m.dataset.e), { scroll: false });
  });
  ui.legend.addEventListener('click', (e) => {
    const b = e.target.closest('.legend-item');
    if (!b) return;
    const key = b.dataset.group;
    const hide = !state.hiddenGroups.has(key);
    if (hide) state.hiddenGroups.add(key);
    else state.hiddenGroups.delete(key);
    b.setAttribute('aria-pressed', String(!hide));
    ui.article.classList.toggle(`hide-${key}`, hide);
  });
  ui.keyphrases.addEventListener('click', (e) => {
    const b = e.target.closest('.chip');
    if (!b) return;
    state.focus = state.focus === b.dataset.phrase ? null : b.dataset.phrase;
    scheduleAnalysis(0);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    hideWhy();
    if (state.selectedEntity !== null) selectEntity(state.selectedEntity);
  });
  window.addEventListener('resize', hideWhy);

  analyzer.start(); // load and warm up the wasm while the reader finds an article
  if (ui.input.value.trim()) runAnalysis(); // text kept by the browser across a reload
}

wire();
