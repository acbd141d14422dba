// Turns clipboard HTML into plain text with paragraphs, without ever putting the HTML
// into the live page: DOMParser builds an inert document (no scripts run, no images
// load), and we read only its text nodes.

// Subtrees that are never article prose.
const SKIP = new Set([
  'HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME',
  'OBJECT', 'EMBED', 'AUDIO', 'VIDEO', 'PICTURE', 'IMG', 'MAP', 'NAV', 'BUTTON', 'FORM',
  'SELECT', 'INPUT', 'TEXTAREA', 'LABEL', 'ASIDE', 'FOOTER', 'FIGURE', 'DIALOG',
]);

// Elements that start a new paragraph.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'DETAILS',
]);

function hidden(el) {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'
    || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') || '');
}

// Browsers' HTML parsers cap nesting at about 512 levels and pay quadratic time past it
// (50,000 nested <div>s: 20 s in Chromium), so deeper HTML is not parsed at all.
const MAX_NESTING = 400;
const MAX_HTML_CHARS = 8_000_000;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An upper estimate of the element nesting depth, in one linear scan of the markup. */
function nestingDepth(html) {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2].toLowerCase())) {
      depth += 1;
      if (depth > max) max = depth;
    }
  }
  return max;
}

/**
 * Plain text of an HTML fragment: one paragraph per block element, separated by a
 * blank line, whitespace collapsed. Iterative (no recursion), linear in the nodes.
 * Returns '' for HTML it will not parse (huge, or nested deeper than browsers handle
 * in linear time): the caller then uses the clipboard's plain text.
 * @param {string} html
 * @returns {string}
 */
export function htmlToText(html) {
  if (html.length > MAX_HTML_CHARS || nestingDepth(html) > MAX_NESTING) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // Each entry is a node to enter, or `null` marking the exit of a block element.
  const stack = [doc.documentElement];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.data;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || hidden(node)) continue;
    if (BLOCK.has(tag)) {
      flush();
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return paragraphs.join('\n\n');
}
