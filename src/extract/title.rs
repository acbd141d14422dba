//! The article's title: from metadata when the page declares one, else a cleaned `<title>`.

use super::tree::Tree;

/// Separators sites put between the headline and the site name.
const SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];

fn word_count(s: &str) -> usize {
    s.split_whitespace().count().max(1)
}

/// Title from `<meta>`: Dublin Core, Open Graph, then Twitter, as sites fill the social
/// ones most carefully.
fn from_meta(tree: &Tree) -> Option<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    const ORDER: &[&str] = &[
        "dc:title",
        "dcterm:title",
        "og:title",
        "title",
        "twitter:title",
    ];
    for id in tree.descendants(tree.root()) {
        if !tree.is(id, "meta") {
            continue;
        }
        let Some(content) = tree
            .attr(id, "content")
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        let mut keys: Vec<String> = tree
            .attr(id, "property")
            .unwrap_or("")
            .split_whitespace()
            .map(|k| k.to_lowercase())
            .collect();
        if let Some(name) = tree.attr(id, "name") {
            keys.push(
                name.to_lowercase()
                    .replace(char::is_whitespace, "")
                    .replace('.', ":"),
            );
        }
        for k in keys {
            if let Some(rank) = ORDER.iter().position(|o| *o == k) {
                found.push((rank, content.to_string()));
            }
        }
    }
    // The best rank; among equals the first found (`min_by_key` keeps the first).
    found.into_iter().min_by_key(|f| f.0).map(|f| f.1)
}

/// The `<title>`, with a site name after (or before) a separator removed.
fn from_title_element(tree: &Tree) -> String {
    let root = tree.root();
    let original = tree
        .descendants(root)
        .find(|&d| tree.is(d, "title"))
        .map(|t| tree.text_content(t).trim().to_string())
        .unwrap_or_default();
    let mut title = original.clone();
    let spaced_separator = |s: &str| {
        s.char_indices().any(|(i, c)| {
            SEPARATORS.contains(&c)
                && s[..i].ends_with(' ')
                && s[i + c.len_utf8()..].starts_with(' ')
        })
    };
    let mut hierarchical = false;
    if spaced_separator(&original) {
        hierarchical = ['\\', '/', '>', '»']
            .iter()
            .any(|c| original.contains(&format!(" {c} ")));
        // Up to the last separator; if that leaves too little, after the first one.
        let last = original
            .char_indices()
            .filter(|&(i, c)| {
                SEPARATORS.contains(&c) && original[i + c.len_utf8()..].starts_with(' ')
            })
            .map(|(i, _)| i)
            .next_back();
        if let Some(i) = last {
            title = original[..i].to_string();
        }
        if word_count(&title) < 3 {
            if let Some((i, c)) = original
                .char_indices()
                .find(|&(_, c)| SEPARATORS.contains(&c))
            {
                title = original[i + c.len_utf8()..].to_string();
            }
        }
    } else if original.contains(": ") {
        let matches_heading = tree
            .descendants(root)
            .filter(|&d| tree.is(d, "h1") || tree.is(d, "h2"))
            .any(|h| tree.text_content(h).trim() == original);
        if !matches_heading {
            let last = original.rfind(':').expect("contains ': '");
            title = original[last + 1..].to_string();
            if word_count(&title) < 3 {
                let first = original.find(':').expect("contains ':'");
                title = original[first + 1..].to_string();
            } else if word_count(&original[..original.find(':').expect("contains ':'")]) > 5 {
                title = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let h1s: Vec<_> = tree
            .descendants(root)
            .filter(|&d| tree.is(d, "h1"))
            .collect();
        if h1s.len() == 1 {
            title = tree.text_content(h1s[0]);
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = word_count(&title);
    let without_separators: String = original
        .chars()
        .filter(|c| !SEPARATORS.contains(c))
        .collect();
    if words <= 4 && (!hierarchical || words != word_count(&without_separators).saturating_sub(1)) {
        return original;
    }
    title
}

/// The page's title, if it has one.
pub(crate) fn find(tree: &Tree) -> Option<String> {
    let title = from_meta(tree).unwrap_or_else(|| from_title_element(tree));
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    (!title.is_empty()).then_some(title)
}
