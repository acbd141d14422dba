//! Article finding: from a web page's tree to its title and body paragraphs.
//!
//! The page arrives as a small [`Tree`] (filled natively by [`parse_html`], in the browser
//! from the live DOM), so the decision logic is plain Rust, tested on saved pages. The
//! body is chosen by content scoring ([`readability`]): paragraphs in order, without
//! navigation, ads, share bars, comments, related links or cookie banners.

mod html;
mod readability;
mod title;
mod tree;

pub use html::parse_html;
pub use tree::{Children, Descendants, NodeId, Tree, KEPT_ATTRIBUTES, MAX_DEPTH, SKIPPED_TAGS};

use serde::Serialize;

/// What [`extract`] found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// The article's title, from the page's metadata or its `<title>`.
    pub title: Option<String>,
    /// Body paragraphs (headings, list items and quotes included) in reading order,
    /// whitespace-normalised.
    pub paragraphs: Vec<String>,
    /// The source tree's text nodes that make up the body, in order: lets a filler map
    /// the article back to the page (to highlight inside it, say).
    #[serde(skip)]
    pub text_nodes: Vec<NodeId>,
}

impl Article {
    /// The body as plain text: paragraphs separated by blank lines.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Finds the article in `tree`. Never fails: a page without an obvious article yields
/// its most text-like part, an empty page an empty article.
pub fn extract(tree: &Tree) -> Article {
    let title = title::find(tree);
    let mut prepared = tree.clone();
    readability::prepare_document(&mut prepared);
    let root = prepared.root();
    let page = prepared
        .descendants(root)
        .find(|&d| prepared.is(d, "body"))
        .unwrap_or(root);
    let (found, container) =
        readability::grab_article(&prepared, page, title.as_deref().unwrap_or(""));
    let mut collector = Collector::default();
    collector.walk(&found, container);
    collector.flush();
    Article {
        title: title.filter(|t| !t.is_empty()),
        paragraphs: collector.paragraphs,
        text_nodes: collector.text_nodes,
    }
}

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "br",
];

/// Turns a subtree into whitespace-normalised paragraphs.
#[derive(Default)]
struct Collector {
    paragraphs: Vec<String>,
    text_nodes: Vec<NodeId>,
    current: String,
    /// Whether whitespace is pending between the last word and the next.
    space: bool,
}

impl Collector {
    fn flush(&mut self) {
        let p = std::mem::take(&mut self.current);
        if !p.is_empty() {
            self.paragraphs.push(p);
        }
        self.space = false;
    }

    fn push_text(&mut self, text: &str, preformatted: bool) {
        if preformatted {
            let mut lines = text.split('\n').peekable();
            while let Some(line) = lines.next() {
                self.push_text(line, false);
                if lines.peek().is_some() {
                    self.flush();
                }
            }
            return;
        }
        if text.starts_with(char::is_whitespace) {
            self.space = true;
        }
        for word in text.split_whitespace() {
            if self.space && !self.current.is_empty() {
                self.current.push(' ');
            }
            self.current.push_str(word);
            self.space = true;
        }
        self.space = text.ends_with(char::is_whitespace) || text.trim().is_empty() && self.space;
    }

    /// Iterative, so deep pages cannot overflow the stack.
    fn walk(&mut self, tree: &Tree, root: NodeId) {
        enum Step {
            Enter(NodeId, bool),
            Leave,
        }
        let mut stack = vec![Step::Enter(root, false)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => self.flush(),
                Step::Enter(id, pre) => {
                    if let Some(text) = tree.text(id) {
                        if !text.trim().is_empty() {
                            self.text_nodes.push(id);
                        }
                        self.push_text(text, pre);
                        continue;
                    }
                    let tag = tree.tag(id).unwrap_or("");
                    let block = BLOCKS.contains(&tag);
                    let pre = pre || tag == "pre";
                    if block {
                        self.flush();
                        stack.push(Step::Leave);
                    }
                    let children: Vec<NodeId> = tree.children(id).collect();
                    stack.extend(children.into_iter().rev().map(|c| Step::Enter(c, pre)));
                }
            }
        }
    }
}
