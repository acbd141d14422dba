//! The embeddable element's DOM glue: fills an [`extract::Tree`] from the live page and
//! hands the article found back to JS, with the page's own text nodes so the element can
//! highlight inside the host article. All decisions stay in [`crate::extract`].

use crate::extract::{self, NodeId, Tree, SKIPPED_TAGS};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};

/// Finds the article on the current page (`root` absent) or inside `root`, skipping
/// `skip` (the element itself). Returns `{ title, paragraphs, text, textNodes }`, where
/// `textNodes` are the page's Text nodes that make up the body, in order.
#[wasm_bindgen(js_name = extractArticle, unchecked_return_type = "ExtractedArticle")]
pub fn extract_article(root: Option<Element>, skip: Option<Element>) -> Result<JsValue, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from(js_sys::Error::new("no document")))?;
    let mut filler = Filler {
        tree: Tree::new(),
        sources: Vec::new(),
        skip: skip.map(Node::from),
    };
    let tree_root = filler.tree.root();
    match root {
        None => {
            if let Some(html) = document.document_element() {
                filler.fill(tree_root, html.into());
            }
        }
        Some(root) => {
            // The chosen element stands in for the page body; the head still gives the title.
            let html = filler.tree.add_element(tree_root, "html", []);
            if let Some(html) = html {
                if let Ok(Some(head)) = document.query_selector("head") {
                    filler.fill(html, head.into());
                }
                if let Some(body) = filler.tree.add_element(html, "body", []) {
                    filler.fill(body, root.into());
                }
            }
        }
    }
    let article = extract::extract(&filler.tree);
    let text_nodes = js_sys::Array::new();
    for id in &article.text_nodes {
        if let Some(Some(node)) = filler.sources.get(id.0 as usize) {
            text_nodes.push(node);
        }
    }
    let paragraphs: js_sys::Array = article
        .paragraphs
        .iter()
        .map(|p| JsValue::from_str(p))
        .collect();
    let out = js_sys::Object::new();
    let title = article
        .title
        .as_deref()
        .map_or(JsValue::NULL, JsValue::from_str);
    for (key, value) in [
        ("title", title),
        ("paragraphs", paragraphs.into()),
        ("text", JsValue::from_str(&article.text())),
        ("textNodes", text_nodes.into()),
    ] {
        js_sys::Reflect::set(&out, &key.into(), &value)?;
    }
    Ok(out.into())
}

struct Filler {
    tree: Tree,
    /// The DOM text node behind each tree node id (elements are not needed back).
    sources: Vec<Option<Node>>,
    skip: Option<Node>,
}

impl Filler {
    /// Copies `start` and its subtree under `parent`; iterative, as pages can nest deeply.
    fn fill(&mut self, parent: NodeId, start: Node) {
        let mut stack = vec![(start, parent)];
        while let Some((node, parent)) = stack.pop() {
            if self.skip.as_ref().is_some_and(|s| s == &node) {
                continue;
            }
            match node.node_type() {
                Node::TEXT_NODE => {
                    let text = node.node_value().unwrap_or_default();
                    if let Some(id) = self.tree.add_text(parent, &text) {
                        let ix = id.0 as usize;
                        if self.sources.len() <= ix {
                            self.sources.resize(ix + 1, None);
                        }
                        self.sources[ix] = Some(node);
                    }
                }
                Node::ELEMENT_NODE => {
                    let element: &Element = node.unchecked_ref();
                    let tag = element.local_name().to_ascii_lowercase();
                    if SKIPPED_TAGS.contains(&tag.as_str()) {
                        continue;
                    }
                    let attrs: Vec<(&str, String)> = extract::KEPT_ATTRIBUTES
                        .iter()
                        .filter_map(|&name| element.get_attribute(name).map(|v| (name, v)))
                        .collect();
                    let Some(id) = self.tree.add_element(
                        parent,
                        &tag,
                        attrs.iter().map(|(k, v)| (*k, v.as_str())),
                    ) else {
                        continue;
                    };
                    // Push children last-first so they pop in document order.
                    let mut children = Vec::new();
                    let mut child = node.first_child();
                    while let Some(c) = child {
                        child = c.next_sibling();
                        children.push(c);
                    }
                    stack.extend(children.into_iter().rev().map(|c| (c, id)));
                }
                _ => {}
            }
        }
    }
}
