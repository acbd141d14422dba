//! Native HTML parsing into a [`Tree`] with html5ever, the spec-conformant parser
//! (saved pages are rarely well-formed; a hand parser would disagree with browsers).

use super::tree::{NodeId, Tree, SKIPPED_TAGS};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Parses a whole HTML document the way a browser would. Never fails.
pub fn parse_html(html: &str) -> Tree {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut tree = Tree::new();
    // Explicit stack: deeply nested pages must not overflow the call stack.
    let mut stack: Vec<(Handle, NodeId)> = dom
        .document
        .children
        .borrow()
        .iter()
        .rev()
        .map(|h| (h.clone(), tree.root()))
        .collect();
    while let Some((handle, parent)) = stack.pop() {
        match &handle.data {
            NodeData::Text { contents } => {
                tree.add_text(parent, &contents.borrow());
            }
            NodeData::Element { name, attrs, .. } => {
                let tag = name.local.as_ref();
                if SKIPPED_TAGS.contains(&tag) {
                    continue;
                }
                let attrs = attrs.borrow();
                let pairs = attrs
                    .iter()
                    .map(|a| (a.name.local.as_ref(), a.value.as_ref()));
                let Some(id) = tree.add_element(parent, tag, pairs) else {
                    continue;
                };
                let children = handle.children.borrow();
                stack.extend(children.iter().rev().map(|c| (c.clone(), id)));
            }
            _ => {}
        }
    }
    tree
}
