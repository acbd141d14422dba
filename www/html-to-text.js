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

/**
 * Plain text of an HTML fragment: one paragraph per block element, separated by a
 * blank line, whitespace collapsed. Iterative (no recursion), linear in the nodes.
 * @param {string} html
 * @returns {string}
 */
export function htmlToText(html) {
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
