//! Choosing the article body: content scoring in the manner of Mozilla's Readability.
//!
//! Paragraph-like elements earn points for their length and commas; the points flow to
//! their ancestors (less with each level); class/id names that look like content or like
//! boilerplate move a candidate up or down, and link-heavy candidates lose in proportion
//! to their link text. The best candidate, plus siblings that look like more of the same,
//! is then cleaned of the leftovers (share bars, link lists, forms, empty blocks). When
//! the result is too short the pass is repeated with the rules relaxed.

use super::tree::{NodeId, Tree};
// Look-ups only. FxHash like the rest of the analysis code, so the .wasm carries no SipHash.
use rustc_hash::FxHashSet as HashSet;

/// Shorter results make the pass retry with looser rules.
const CHAR_THRESHOLD: usize = 500;
/// How many top candidates are kept to look for a shared ancestor.
const TOP_CANDIDATES: usize = 5;
/// How many of them must share an ancestor for it to win.
const MIN_TOP_CANDIDATES: usize = 3;

const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "cookie",
    "consent",
];
const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];
const BYLINE: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];
const DIV_TO_P: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
];
const TAGS_TO_SCORE: &[&str] = &["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];
const PHRASING: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr",
];
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// Whole-block texts that are an ad label or a loading placeholder.
const AD_OR_LOADING: &[&str] = &[
    "ad",
    "advertising",
    "advertisement",
    "pub",
    "publicité",
    "werb",
    "werbung",
    "广告",
    "реклама",
    "anuncio",
    "loading",
    "正在加载",
    "загрузка",
    "chargement",
    "cargando",
];

fn contains_any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| hay.contains(n))
}

/// "hid" as a whole space-separated token (a common short form of "hidden").
fn has_hid_token(s: &str) -> bool {
    s.split(' ').any(|t| t == "hid")
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// "share" or "sharedaddy" as a word of a class/id list (underscores count as separators).
fn is_share_name(s: &str) -> bool {
    let bytes = s.as_bytes();
    for (i, _) in s.match_indices("share") {
        let before_ok = s[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c == '_' || !is_word_char(c));
        if !before_ok {
            continue;
        }
        for word in ["sharedaddy", "share"] {
            if bytes[i..].starts_with(word.as_bytes()) {
                let after = s[i + word.len()..].chars().next();
                if after.is_none_or(|c| c == '_' || !is_word_char(c)) {
                    return true;
                }
            }
        }
    }
    false
}

fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
    )
}

/// Whitespace-normalised, trimmed text and its length in chars.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The pass over one copy of the tree, with its rule switches.
struct Pass<'a> {
    tree: Tree,
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
    title: &'a str,
    byline_found: &'a mut bool,
    /// Whether each node is a table of data (kept whole), by node index.
    data_tables: Vec<bool>,
}

impl Tree {
    fn inner_text(&self, id: NodeId) -> String {
        normalize(&self.text_content(id))
    }

    fn text_len(&self, id: NodeId) -> usize {
        self.inner_text(id).chars().count()
    }

    fn match_string(&self, id: NodeId) -> String {
        let class = self.attr(id, "class").unwrap_or("");
        let idv = self.attr(id, "id").unwrap_or("");
        format!("{class} {idv}").to_lowercase()
    }

    fn first_element_child(&self, id: NodeId) -> Option<NodeId> {
        self.element_children(id).next()
    }

    fn next_element_sibling(&self, id: NodeId) -> Option<NodeId> {
        let mut cur = self.node(id).next;
        while let Some(c) = cur {
            if self.is_element(c) {
                return Some(c);
            }
            cur = self.node(c).next;
        }
        None
    }

    /// The next element in document order, optionally skipping `id`'s subtree.
    fn next_node(&self, id: NodeId, skip_children: bool) -> Option<NodeId> {
        if !skip_children {
            if let Some(c) = self.first_element_child(id) {
                return Some(c);
            }
        }
        let mut cur = id;
        loop {
            if let Some(s) = self.next_element_sibling(cur) {
                return Some(s);
            }
            cur = self.parent(cur)?;
        }
    }

    fn remove_and_next(&mut self, id: NodeId) -> Option<NodeId> {
        let next = self.next_node(id, true);
        self.detach(id);
        next
    }

    fn elements_with_tags(&self, id: NodeId, tags: &[&str]) -> Vec<NodeId> {
        self.descendants(id)
            .filter(|&d| self.tag(d).is_some_and(|t| tags.contains(&t)))
            .collect()
    }

    fn count_tag(&self, id: NodeId, tag: &str) -> usize {
        self.descendants(id).filter(|&d| self.is(d, tag)).count()
    }

    /// Whether an ancestor within `max_depth` levels (unbounded when `None`) has `tag`
    /// and passes `filter`.
    fn has_ancestor_tag(
        &self,
        id: NodeId,
        tag: &str,
        max_depth: Option<usize>,
        filter: impl Fn(NodeId) -> bool,
    ) -> bool {
        let mut depth = 0;
        let mut cur = id;
        while let Some(p) = self.parent(cur) {
            if max_depth.is_some_and(|m| depth > m) {
                return false;
            }
            if self.is(p, tag) && filter(p) {
                return true;
            }
            cur = p;
            depth += 1;
        }
        false
    }

    fn is_probably_visible(&self, id: NodeId) -> bool {
        let style = self
            .attr(id, "style")
            .unwrap_or("")
            .to_ascii_lowercase()
            .replace(char::is_whitespace, "");
        let display_none = style.split(';').any(|d| d == "display:none");
        let invisible = style.split(';').any(|d| d == "visibility:hidden");
        let aria_hidden = self.attr(id, "aria-hidden") == Some("true")
            && !self
                .attr(id, "class")
                .is_some_and(|c| c.contains("fallback-image"));
        !display_none && !invisible && self.attr(id, "hidden").is_none() && !aria_hidden
    }

    fn is_phrasing(&self, id: NodeId) -> bool {
        match self.tag(id) {
            None => true,
            Some(t) if PHRASING.contains(&t) => true,
            Some("a" | "del" | "ins") => self.children(id).all(|c| self.is_phrasing(c)),
            _ => false,
        }
    }

    fn is_whitespace(&self, id: NodeId) -> bool {
        match self.text(id) {
            Some(t) => t.trim().is_empty(),
            None => self.is(id, "br"),
        }
    }

    /// Skips whitespace-only text nodes from `id` on.
    fn skip_blank(&self, mut cur: Option<NodeId>) -> Option<NodeId> {
        while let Some(c) = cur {
            if self.text(c).is_some_and(|t| t.trim().is_empty()) {
                cur = self.node(c).next;
            } else {
                break;
            }
        }
        cur
    }

    fn has_child_block(&self, id: NodeId) -> bool {
        self.element_children(id)
            .any(|c| self.tag(c).is_some_and(|t| DIV_TO_P.contains(&t)) || self.has_child_block(c))
    }

    fn has_single_tag_inside(&self, id: NodeId, tag: &str) -> bool {
        let mut elements = self.element_children(id);
        let (Some(only), None) = (elements.next(), elements.next()) else {
            return false;
        };
        self.is(only, tag)
            && !self
                .children(id)
                .any(|c| self.text(c).is_some_and(|t| !t.trim().is_empty()))
    }

    fn is_without_content(&self, id: NodeId) -> bool {
        if !self.text_content(id).trim().is_empty() {
            return false;
        }
        let children = self.element_children(id).count();
        children == 0 || children == self.count_tag(id, "br") + self.count_tag(id, "hr")
    }

    fn link_density(&self, id: NodeId) -> f64 {
        let len = self.text_len(id);
        if len == 0 {
            return 0.0;
        }
        let links: f64 = self
            .elements_with_tags(id, &["a"])
            .into_iter()
            .map(|a| {
                let hash = self
                    .attr(a, "href")
                    .is_some_and(|h| h.starts_with('#') && h.len() > 1);
                self.text_len(a) as f64 * if hash { 0.3 } else { 1.0 }
            })
            .sum();
        links / len as f64
    }

    fn text_density(&self, id: NodeId, tags: &[&str]) -> f64 {
        let len = self.text_len(id);
        if len == 0 {
            return 0.0;
        }
        let inner: usize = self
            .elements_with_tags(id, tags)
            .into_iter()
            .map(|c| self.text_len(c))
            .sum();
        inner as f64 / len as f64
    }

    /// Replaces runs of two or more `<br>` with paragraph breaks, as hand-written pages
    /// often separate paragraphs that way.
    fn replace_brs(&mut self, root: NodeId) {
        for br in self.elements_with_tags(root, &["br"]) {
            if self.parent(br).is_none() {
                continue;
            }
            let mut replaced = false;
            let mut next = self.skip_blank(self.node(br).next);
            while let Some(n) = next.filter(|&n| self.is(n, "br")) {
                replaced = true;
                let after = self.node(n).next;
                self.detach(n);
                next = self.skip_blank(after);
            }
            if !replaced {
                continue;
            }
            let p = self.create_element("p");
            self.replace(br, p);
            let mut next = self.node(p).next;
            while let Some(n) = next {
                if self.is(n, "br") {
                    let after = self.skip_blank(self.node(n).next);
                    if after.is_some_and(|a| self.is(a, "br")) {
                        break;
                    }
                }
                if !self.is_phrasing(n) {
                    break;
                }
                next = self.node(n).next;
                self.append(p, n);
            }
            while let Some(last) = self.node(p).last.filter(|&l| self.is_whitespace(l)) {
                self.detach(last);
            }
            if let Some(parent) = self.parent(p).filter(|&q| self.is(q, "p")) {
                self.set_tag(parent, "div");
            }
        }
    }
}

impl Pass<'_> {
    fn class_weight(&self, id: NodeId) -> f64 {
        if !self.weight_classes {
            return 0.0;
        }
        let mut weight = 0.0;
        for name in ["class", "id"] {
            let Some(v) = self.tree.attr(id, name).filter(|v| !v.is_empty()) else {
                continue;
            };
            let v = v.to_lowercase();
            if contains_any(&v, NEGATIVE) || has_hid_token(&v) {
                weight -= 25.0;
            }
            if contains_any(&v, POSITIVE) {
                weight += 25.0;
            }
        }
        weight
    }

    fn initialize(&mut self, id: NodeId) {
        let base = match self.tree.tag(id).unwrap_or("") {
            "div" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let weight = self.class_weight(id);
        self.tree.node_mut(id).score = Some(base + weight);
    }

    fn score(&self, id: NodeId) -> Option<f64> {
        self.tree.node(id).score
    }

    fn is_byline(&self, id: NodeId, match_string: &str) -> bool {
        if *self.byline_found {
            return false;
        }
        let t = &self.tree;
        let hinted = t.attr(id, "rel") == Some("author")
            || t.attr(id, "itemprop").is_some_and(|p| p.contains("author"))
            || contains_any(match_string, BYLINE);
        if !hinted {
            return false;
        }
        let len = t.text_content(id).trim().chars().count();
        len > 0 && len < 100
    }

    fn header_duplicates_title(&self, id: NodeId) -> bool {
        if !(self.tree.is(id, "h1") || self.tree.is(id, "h2")) || self.title.is_empty() {
            return false;
        }
        text_similarity(self.title, &self.tree.inner_text(id)) > 0.75
    }

    /// Walks the page: drops hidden and unlikely parts, turns text-only divs into
    /// paragraphs, and returns the elements to score.
    fn prune_and_collect(&mut self) -> Vec<NodeId> {
        let mut to_score = Vec::new();
        let mut remove_title_header = true;
        let mut cur = self.tree.first_element_child(self.tree.root());
        while let Some(node) = cur {
            let tag = self.tree.tag(node).unwrap_or("").to_string();
            let match_string = self.tree.match_string(node);
            if !self.tree.is_probably_visible(node)
                || (self.tree.attr(node, "aria-modal") == Some("true")
                    && self.tree.attr(node, "role") == Some("dialog"))
            {
                cur = self.tree.remove_and_next(node);
                continue;
            }
            if self.is_byline(node, &match_string) {
                *self.byline_found = true;
                cur = self.tree.remove_and_next(node);
                continue;
            }
            if remove_title_header && self.header_duplicates_title(node) {
                remove_title_header = false;
                cur = self.tree.remove_and_next(node);
                continue;
            }
            if self.strip_unlikely {
                let unlikely = contains_any(&match_string, UNLIKELY)
                    && !contains_any(&match_string, MAYBE_CANDIDATE)
                    && !self.tree.has_ancestor_tag(node, "table", Some(3), |_| true)
                    && !self.tree.has_ancestor_tag(node, "code", Some(3), |_| true)
                    && tag != "body"
                    && tag != "a";
                let role = self.tree.attr(node, "role").unwrap_or("");
                if unlikely || UNLIKELY_ROLES.contains(&role) {
                    cur = self.tree.remove_and_next(node);
                    continue;
                }
            }
            if matches!(
                tag.as_str(),
                "div" | "section" | "header" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            ) && self.tree.is_without_content(node)
            {
                cur = self.tree.remove_and_next(node);
                continue;
            }
            if TAGS_TO_SCORE.contains(&tag.as_str()) {
                to_score.push(node);
            }
            let mut node = node;
            if tag == "div" {
                self.wrap_phrasing_runs(node);
                let t = &self.tree;
                if t.has_single_tag_inside(node, "p") && t.link_density(node) < 0.25 {
                    let child = t.first_element_child(node).expect("single child");
                    self.tree.replace(node, child);
                    node = child;
                    to_score.push(node);
                } else if !t.has_child_block(node) {
                    self.tree.set_tag(node, "p");
                    to_score.push(node);
                }
            }
            cur = self.tree.next_node(node, false);
        }
        to_score
    }

    /// Gathers each run of inline content directly inside a div into a paragraph.
    fn wrap_phrasing_runs(&mut self, div: NodeId) {
        let t = &mut self.tree;
        let mut p: Option<NodeId> = None;
        let mut child = t.node(div).first;
        while let Some(c) = child {
            let next = t.node(c).next;
            if t.is_phrasing(c) {
                if let Some(p) = p {
                    t.append(p, c);
                } else if !t.is_whitespace(c) {
                    let np = t.create_element("p");
                    t.replace(c, np);
                    t.append(np, c);
                    p = Some(np);
                }
            } else if let Some(pp) = p.take() {
                while let Some(last) = t.node(pp).last.filter(|&l| t.is_whitespace(l)) {
                    t.detach(last);
                }
            }
            child = next;
        }
    }

    fn score_elements(&mut self, to_score: &[NodeId]) -> Vec<NodeId> {
        let root = self.tree.root();
        let mut candidates = Vec::new();
        for &el in to_score {
            match self.tree.parent(el) {
                Some(p) if p != root => {}
                _ => continue,
            }
            let text = self.tree.inner_text(el);
            let len = text.chars().count();
            if len < 25 {
                continue;
            }
            let commas = text.chars().filter(|&c| is_comma(c)).count();
            let score = 1.0 + (commas + 1) as f64 + (len / 100).min(3) as f64;
            let mut cur = el;
            for level in 0..5 {
                let Some(ancestor) = self.tree.parent(cur) else {
                    break;
                };
                cur = ancestor;
                match self.tree.parent(ancestor) {
                    Some(p) if p != root => {}
                    _ => continue,
                }
                if self.score(ancestor).is_none() {
                    self.initialize(ancestor);
                    candidates.push(ancestor);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                let s = self.tree.node_mut(ancestor).score.as_mut().expect("set");
                *s += score / divider;
            }
        }
        candidates
    }

    /// The best-scoring subtree, moved with its worthy siblings into a new container.
    fn choose(&mut self, page: NodeId, candidates: &[NodeId]) -> NodeId {
        let mut top: Vec<NodeId> = Vec::new();
        for &c in candidates {
            let density = self.tree.link_density(c);
            let s = self.tree.node_mut(c).score.as_mut().expect("candidate");
            *s *= 1.0 - density;
            let s = *s;
            let at = top
                .iter()
                .position(|&t| s > self.score(t).unwrap_or(0.0))
                .unwrap_or(top.len());
            if at < TOP_CANDIDATES {
                top.insert(at, c);
                top.truncate(TOP_CANDIDATES);
            }
        }
        let article = self.tree.create_element("div");
        let Some(&first) = top.first().filter(|&&t| !self.tree.is(t, "body")) else {
            // No candidate: take the whole page.
            let children: Vec<NodeId> = self.tree.children(page).collect();
            for c in children {
                self.tree.append(article, c);
            }
            return article;
        };
        let mut best = first;
        let best_score = self.score(best).unwrap_or(0.0);
        let alternatives: Vec<Vec<NodeId>> = top[1..]
            .iter()
            .filter(|&&t| self.score(t).unwrap_or(0.0) / best_score >= 0.75)
            .map(|&t| self.ancestors(t))
            .collect();
        if alternatives.len() >= MIN_TOP_CANDIDATES {
            let mut parent = self.tree.parent(best);
            while let Some(p) = parent.filter(|&p| p != page && p != self.tree.root()) {
                let shared = alternatives.iter().filter(|a| a.contains(&p)).count();
                if shared >= MIN_TOP_CANDIDATES {
                    best = p;
                    break;
                }
                parent = self.tree.parent(p);
            }
        }
        if self.score(best).is_none() {
            self.initialize(best);
        }
        // Climb while the parent scores better: the content may be split across children.
        let mut last = self.score(best).unwrap_or(0.0);
        let threshold = last / 3.0;
        let mut parent = self.tree.parent(best);
        while let Some(p) = parent.filter(|&p| p != page && p != self.tree.root()) {
            let Some(ps) = self.score(p) else {
                parent = self.tree.parent(p);
                continue;
            };
            if ps < threshold {
                break;
            }
            if ps > last {
                best = p;
                break;
            }
            last = ps;
            parent = self.tree.parent(p);
        }
        // A lone child says nothing its parent does not.
        while let Some(p) = self.tree.parent(best).filter(|&p| {
            p != page && p != self.tree.root() && self.tree.element_children(p).count() == 1
        }) {
            best = p;
        }
        if self.score(best).is_none() {
            self.initialize(best);
        }
        let best_score = self.score(best).unwrap_or(0.0);
        let threshold = (best_score * 0.2).max(10.0);
        let Some(parent) = self.tree.parent(best) else {
            self.tree.append(article, best);
            return article;
        };
        let best_class = self.tree.attr(best, "class").unwrap_or("").to_string();
        let siblings: Vec<NodeId> = self.tree.element_children(parent).collect();
        for s in siblings {
            let mut keep = s == best;
            if !keep {
                let bonus = if !best_class.is_empty()
                    && self.tree.attr(s, "class") == Some(best_class.as_str())
                {
                    best_score * 0.2
                } else {
                    0.0
                };
                if self.score(s).is_some_and(|sc| sc + bonus >= threshold) {
                    keep = true;
                } else if self.tree.is(s, "p") {
                    let density = self.tree.link_density(s);
                    let text = self.tree.inner_text(s);
                    let len = text.chars().count();
                    keep = (len > 80 && density < 0.25)
                        || (len < 80 && len > 0 && density == 0.0 && ends_sentence(&text));
                }
            }
            if keep {
                if !matches!(self.tree.tag(s), Some("div" | "article" | "section" | "p")) {
                    self.tree.set_tag(s, "div");
                }
                self.tree.append(article, s);
            }
        }
        article
    }

    fn ancestors(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut cur = id;
        while let Some(p) = self.tree.parent(cur) {
            out.push(p);
            cur = p;
        }
        out
    }

    // ---- cleaning the chosen content ----

    fn mark_data_tables(&mut self, root: NodeId) {
        self.data_tables.resize(self.tree.len(), false);
        for table in self.tree.elements_with_tags(root, &["table"]) {
            if is_data_table(&self.tree, table) {
                self.data_tables[table.0 as usize] = true;
            }
        }
    }

    fn is_marked_data_table(&self, node: NodeId) -> bool {
        self.data_tables.get(node.0 as usize) == Some(&true)
    }

    fn remove_all(&mut self, root: NodeId, tag: &str) {
        for n in self.tree.elements_with_tags(root, &[tag]) {
            self.tree.detach(n);
        }
    }

    fn should_clean(&self, node: NodeId, tag: &str) -> bool {
        let t = &self.tree;
        let text = t.inner_text(node);
        let text_len = text.chars().count();
        let mut is_list = tag == "ul" || tag == "ol";
        if !is_list {
            let list_len: usize = t
                .elements_with_tags(node, &["ul", "ol"])
                .into_iter()
                .map(|l| t.text_len(l))
                .sum();
            is_list = if text_len == 0 {
                list_len > 0
            } else {
                list_len as f64 / text_len as f64 > 0.9
            };
        }
        if tag == "table" && self.is_marked_data_table(node) {
            return false;
        }
        if t.has_ancestor_tag(node, "table", None, |a| self.is_marked_data_table(a))
            || t.has_ancestor_tag(node, "code", Some(3), |_| true)
        {
            return false;
        }
        let weight = self.class_weight(node);
        if weight < 0.0 {
            return true;
        }
        if text.matches(',').count() >= 10 {
            return false;
        }
        let p = t.count_tag(node, "p") as f64;
        let img = t.count_tag(node, "img") as f64;
        let li = t.count_tag(node, "li") as f64 - 100.0;
        let input = t.count_tag(node, "input") as f64;
        let heading_density = t.text_density(node, HEADINGS);
        let embeds = t
            .elements_with_tags(node, &["object", "embed", "iframe"])
            .len();
        let lower = text.to_lowercase();
        let bare = lower
            .trim_end_matches("...")
            .trim_end_matches('…')
            .to_string();
        if AD_OR_LOADING.contains(&lower.as_str()) || AD_OR_LOADING.contains(&bare.as_str()) {
            return true;
        }
        let link_density = t.link_density(node);
        let mut textish: Vec<&str> = vec!["span", "li", "td"];
        textish.extend_from_slice(DIV_TO_P);
        let text_density = t.text_density(node, &textish);
        let in_figure = t.has_ancestor_tag(node, "figure", Some(3), |_| true);
        let remove = (!in_figure && img > 1.0 && p / img < 0.5)
            || (!is_list && li > p)
            || (input > (p / 3.0).floor())
            || (!is_list
                && !in_figure
                && heading_density < 0.9
                && text_len < 25
                && (img == 0.0 || img > 2.0)
                && link_density > 0.0)
            || (!is_list && weight < 25.0 && link_density > 0.2)
            || (weight >= 25.0 && link_density > 0.5)
            || ((embeds == 1 && text_len < 75) || embeds > 1)
            || (img == 0.0 && text_density == 0.0);
        if is_list && remove {
            // A plain list of images is content (a gallery), not boilerplate.
            if t.element_children(node)
                .any(|c| t.element_children(c).count() > 1)
            {
                return true;
            }
            if img == t.count_tag(node, "li") as f64 {
                return false;
            }
        }
        remove
    }

    fn clean_conditionally(&mut self, root: NodeId, tag: &str) {
        if !self.clean_conditionally {
            return;
        }
        let nodes = self.tree.elements_with_tags(root, &[tag]);
        for &n in nodes.iter().rev() {
            if self.tree.parent(n).is_some() && self.should_clean(n, tag) {
                self.tree.detach(n);
            }
        }
    }

    fn clean_share_elements(&mut self, root: NodeId) {
        let tops: Vec<NodeId> = self.tree.element_children(root).collect();
        for top in tops {
            let end = self.tree.next_node(top, true);
            let mut cur = self.tree.next_node(top, false);
            while let Some(n) = cur.filter(|&n| Some(n) != end) {
                if is_share_name(&self.tree.match_string(n))
                    && self.tree.text_content(n).chars().count() < CHAR_THRESHOLD
                {
                    cur = self.tree.remove_and_next(n);
                } else {
                    cur = self.tree.next_node(n, false);
                }
            }
        }
    }

    fn prepare(&mut self, article: NodeId) {
        self.mark_data_tables(article);
        self.clean_conditionally(article, "form");
        self.clean_conditionally(article, "fieldset");
        // Unlike Readability, captions go too: they describe a picture, not the story.
        for tag in ["object", "embed", "footer", "link", "aside", "figcaption"] {
            self.remove_all(article, tag);
        }
        self.clean_share_elements(article);
        for tag in ["iframe", "input", "textarea", "select", "button"] {
            self.remove_all(article, tag);
        }
        for h in self.tree.elements_with_tags(article, &["h1", "h2"]) {
            if self.class_weight(h) < 0.0 {
                self.tree.detach(h);
            }
        }
        for tag in ["table", "ul", "div"] {
            self.clean_conditionally(article, tag);
        }
        for p in self.tree.elements_with_tags(article, &["p"]) {
            let media = self
                .tree
                .elements_with_tags(p, &["img", "embed", "object", "iframe"])
                .len();
            if media == 0 && self.tree.text_content(p).trim().is_empty() {
                self.tree.detach(p);
            }
        }
    }
}

/// Whether a table holds data (kept whole) rather than laying out the page.
fn is_data_table(t: &Tree, table: NodeId) -> bool {
    if t.attr(table, "role") == Some("presentation") || t.attr(table, "datatable") == Some("0") {
        return false;
    }
    let has_caption = t
        .elements_with_tags(table, &["caption"])
        .first()
        .is_some_and(|&c| t.node(c).first.is_some());
    let has_data_parts = !t
        .elements_with_tags(table, &["col", "colgroup", "tfoot", "thead", "th"])
        .is_empty();
    if t.attr(table, "summary").is_some() || has_caption || has_data_parts {
        return true;
    }
    if t.count_tag(table, "table") > 0 {
        return false;
    }
    let (rows, columns) = row_and_column_count(t, table);
    rows >= 10 || columns > 4 || rows * columns > 10
}

fn row_and_column_count(t: &Tree, table: NodeId) -> (usize, usize) {
    let span = |id: NodeId, name: &str| -> usize {
        t.attr(id, name)
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or(1)
            .min(1000)
    };
    let mut rows = 0;
    let mut columns = 0;
    for tr in t.elements_with_tags(table, &["tr"]) {
        rows += span(tr, "rowspan");
        let cols: usize = t
            .elements_with_tags(tr, &["td"])
            .into_iter()
            .map(|td| span(td, "colspan"))
            .sum();
        columns = columns.max(cols);
    }
    (rows, columns)
}

/// Whether the text has a sentence end (a period before a space or the end).
fn ends_sentence(text: &str) -> bool {
    text.match_indices('.')
        .any(|(i, _)| text[i + 1..].chars().next().is_none_or(|c| c == ' '))
}

/// Share of `b`'s words (by length) also found in `a`.
pub(crate) fn text_similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let wa: HashSet<String> = words(a).into_iter().collect();
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&str> = wb
        .iter()
        .filter(|w| !wa.contains(*w))
        .map(String::as_str)
        .collect();
    let total = wb.join(" ").chars().count() as f64;
    1.0 - unique.join(" ").chars().count() as f64 / total
}

/// Finds the article content; returns the tree it lives in and its container.
pub(crate) fn grab_article(prepared: &Tree, page: NodeId, title: &str) -> (Tree, NodeId) {
    let mut byline_found = false;
    let mut attempts: Vec<(Tree, NodeId, usize)> = Vec::new();
    let mut flags = [true, true, true];
    loop {
        let mut pass = Pass {
            tree: prepared.clone(),
            strip_unlikely: flags[0],
            weight_classes: flags[1],
            clean_conditionally: flags[2],
            title,
            byline_found: &mut byline_found,
            data_tables: Vec::new(),
        };
        let to_score = pass.prune_and_collect();
        let candidates = pass.score_elements(&to_score);
        let article = pass.choose(page, &candidates);
        pass.prepare(article);
        let len = pass.tree.text_len(article);
        if len >= CHAR_THRESHOLD {
            return (pass.tree, article);
        }
        attempts.push((pass.tree, article, len));
        // Relax one rule at a time; when none is left, keep the longest attempt.
        match flags.iter().position(|&f| f) {
            Some(i) => flags[i] = false,
            None => {
                let best = attempts
                    .into_iter()
                    .enumerate()
                    .max_by_key(|(i, a)| (a.2, std::cmp::Reverse(*i)))
                    .map(|(_, a)| a)
                    .expect("at least one attempt");
                return (best.0, best.1);
            }
        }
    }
}

/// Applies the page-wide fixes done once before the passes.
pub(crate) fn prepare_document(tree: &mut Tree) {
    let root = tree.root();
    for font in tree.elements_with_tags(root, &["font"]) {
        tree.set_tag(font, "span");
    }
    let body = tree
        .descendants(root)
        .find(|&d| tree.is(d, "body"))
        .unwrap_or(root);
    tree.replace_brs(body);
}
