//! Native HTML parsing into a [`Tree`] with html5ever, the spec-conformant parser
//! (saved pages are rarely well-formed; a hand parser would disagree with browsers).

use super::tree::{NodeId, Tree, MAX_DEPTH, SKIPPED_TAGS};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use std::borrow::Cow;
use std::collections::HashMap;

/// Parses a whole HTML document the way a browser would. Never fails.
pub fn parse_html(html: &str) -> Tree {
    let html = limit_nesting(html);
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(&*html);
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

/// Deepest element nesting handed to html5ever. Its scope checks walk the stack of open
/// elements, so each tag costs time in proportion to the depth: 20,000 unclosed
/// `<nav>`s took 1.5 s, 300,000 would take minutes. Browsers cap nesting (about 512) for
/// the same reason. The tree flattens everything below [`MAX_DEPTH`] anyway, so tags
/// deeper than this are dropped (their text is kept) and nothing the tree would keep
/// is lost.
const MAX_NESTING: usize = 2 * MAX_DEPTH as usize;

/// Elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// Elements a start tag of the same name closes when it is the current element
/// (`<p>a<p>b`, `<li>a<li>b`, `<td>a<td>b`), as the parser does.
const SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// `html` with the tags nested deeper than [`MAX_NESTING`] removed; unchanged (borrowed)
/// when it is not that deep, which is every real page. One linear pass over a model of
/// the parser's stack of open elements: an end tag closes the nearest open element of
/// its name (a count per name saves walking the stack) or nothing, and a `<p>` closes a
/// `<p>` that is the current element (likewise `li`, `td`, ...). Where the parser closes
/// elements in other implicit ways the model over-estimates the depth, which matters
/// only past the limit; the elements the parser adds itself (implied `<tbody>`,
/// reopened formatting elements) it does not see, and the `slow` fuzz target checks
/// that what it misses stays linear.
fn limit_nesting(html: &str) -> Cow<'_, str> {
    fn pop(open: &mut Vec<String>, counts: &mut HashMap<String, usize>) -> Option<String> {
        let top = open.pop()?;
        *counts.get_mut(&top).expect("counted when opened") -= 1;
        Some(top)
    }
    let mut open: Vec<String> = Vec::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut deepest = 0;
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    for tag in (Tags { html, at: 0 }) {
        match tag.kind {
            TagKind::Start => {
                if open.last() == Some(&tag.name) && SIBLINGS.contains(&tag.name.as_str()) {
                    pop(&mut open, &mut counts);
                }
                *counts.entry(tag.name.clone()).or_default() += 1;
                open.push(tag.name);
                deepest = deepest.max(open.len());
                if open.len() > MAX_NESTING {
                    dropped.push((tag.start, tag.end));
                }
            }
            TagKind::End => {
                if counts.get(&tag.name).copied().unwrap_or(0) == 0 {
                    continue; // closes nothing: the parser ignores it
                }
                while pop(&mut open, &mut counts).is_some_and(|top| top != tag.name) {}
                // The element it closes was at depth `open.len() + 1`.
                if open.len() >= MAX_NESTING {
                    dropped.push((tag.start, tag.end));
                }
            }
            TagKind::Void => {}
        }
    }
    if deepest <= MAX_NESTING {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in dropped {
        out.push_str(&html[from..start]);
        from = end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum TagKind {
    Start,
    End,
    Void,
}

struct Tag {
    /// Lower-cased.
    name: String,
    kind: TagKind,
    /// Byte range of the tag itself; for a raw-text element's start tag, through its
    /// content and end tag (it nests nothing).
    start: usize,
    end: usize,
}

/// The tags of an HTML text, roughly as a browser's tokenizer sees them: `<name ...>`,
/// `</name ...>` (no `<` inside); comments and raw-text content (`<script>...`) skipped.
struct Tags<'a> {
    html: &'a str,
    at: usize,
}

impl Iterator for Tags<'_> {
    type Item = Tag;

    fn next(&mut self) -> Option<Tag> {
        let bytes = self.html.as_bytes();
        loop {
            let start = self.at + memchr(b'<', &bytes[self.at..])?;
            self.at = start + 1;
            let rest = &self.html[start..];
            if let Some(comment) = rest.strip_prefix("<!--") {
                self.at = comment
                    .find("-->")
                    .map_or(self.html.len(), |i| start + 4 + i + 3);
                continue;
            }
            let closing = rest.as_bytes().get(1) == Some(&b'/');
            let name_at = start + 1 + usize::from(closing);
            let name_len = bytes[name_at..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
                .count();
            if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
                continue;
            }
            let name = self.html[name_at..name_at + name_len].to_ascii_lowercase();
            let close = bytes[name_at..]
                .iter()
                .position(|&b| b == b'>' || b == b'<')?;
            if bytes[name_at + close] == b'<' {
                continue; // not a tag; the `<` found is looked at next
            }
            let mut end = name_at + close + 1;
            self.at = end;
            let kind = if closing {
                TagKind::End
            } else if VOID.contains(&name.as_str()) || bytes[end - 2] == b'/' {
                TagKind::Void
            } else {
                TagKind::Start
            };
            if kind == TagKind::Start && RAW_TEXT.contains(&name.as_str()) {
                // Its content is text up to its end tag: it nests nothing.
                end = end_tag(self.html, end, &name).unwrap_or(self.html.len());
                self.at = end;
                return Some(Tag {
                    name,
                    kind: TagKind::Void,
                    start,
                    end,
                });
            }
            return Some(Tag {
                name,
                kind,
                start,
                end,
            });
        }
    }
}

/// The end of the first `</name ...>` in `html` from `from` (ASCII case-insensitive).
fn end_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut at = from;
    loop {
        let lt = at + memchr(b'<', &bytes[at..])?;
        at = lt + 1;
        let candidate = bytes.get(lt + 1..lt + 2 + name.len())?;
        if candidate[0] == b'/' && candidate[1..].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(lt + 2 + name.len() + memchr(b'>', &bytes[lt + 2 + name.len()..])? + 1);
        }
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_are_handed_over_unchanged() {
        let sloppy = "<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>".repeat(500)
            + &"<p>unclosed paragraph".repeat(2000)
            + "<script>if (a <div) { '<div>'.repeat(9999) }</script><!-- <div><div> -->";
        for html in [
            "",
            "<html><body><div><p>Text</p></div></body></html>",
            "a < b > c </nothing> <br/> <img src=x>",
            sloppy.as_str(),
        ] {
            assert!(
                matches!(limit_nesting(html), Cow::Borrowed(_)),
                "{html:.80}"
            );
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data/pages/readability");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(html) = std::fs::read(entry.path().join("source.html")) {
                pages += 1;
                let html = String::from_utf8_lossy(&html);
                assert!(
                    matches!(limit_nesting(&html), Cow::Borrowed(_)),
                    "{:?} changed",
                    entry.path()
                );
            }
        }
        eprintln!("{pages} saved pages checked");
    }

    #[test]
    fn tags_past_the_limit_are_dropped_and_their_text_kept() {
        let depth = MAX_NESTING + 100;
        let html =
            "<div>x".repeat(depth) + "<script>hidden()</script>end" + &"</div>".repeat(depth);
        let limited = limit_nesting(&html);
        assert_eq!(limited.matches("<div>").count(), MAX_NESTING);
        assert_eq!(limited.matches("</div>").count(), MAX_NESTING);
        assert_eq!(limited.matches('x').count(), depth, "all the text is kept");
        assert!(limited.contains("<script>hidden()</script>end"));
    }
}
