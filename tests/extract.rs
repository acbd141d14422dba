#![cfg(not(target_arch = "wasm32"))]
//! Article finding on HTML pages: what a reader expects in the body and what must stay out.

use article_summary::extract::{extract, parse_html, Tree};

/// A news page with every kind of clutter around a four-paragraph story.
fn cluttered_page() -> String {
    let story = [
        "The harbour authority of Eastmere approved a plan on Tuesday to rebuild the old grain pier, which has stood empty since the storm of 2019, at a cost of about 14 million euros.",
        "Engineers said the timber piles, some more than a century old, had rotted below the waterline, and that divers had found whole sections resting on the seabed, held up by little more than habit.",
        "The new pier will carry a public walkway, a ferry berth and moorings for the small fishing fleet, which has been tying up at a temporary pontoon, exposed to the winter swell, for four years.",
        "Work is due to start in the spring and to finish within two years, the authority said, although the contract has not yet been awarded and two of the bidders have asked for more time.",
    ];
    let paragraphs: String = story.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!doctype html><html><head><title>Eastmere to rebuild grain pier | The Coastal Courier</title></head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience, measure audiences and show you relevant advertising. Accept all cookies?</p><button>Accept</button></div>
<header class="site-header"><a href="/">The Coastal Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="ad-slot" id="top-ad-"><p>Advertisement</p></div>
<main>
<article>
<h1>Eastmere to rebuild grain pier</h1>
<div class="byline">By Jo Marsh</div>
<div class="share-bar"><a href="/share/fb">Share on Facebook</a> <a href="/share/x">Share on X</a> <a href="/share/mail">Email this story</a></div>
{paragraphs}
<figure><img src="pier.jpg"><figcaption>The grain pier in 1920.</figcaption></figure>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Ferry fares rise again, with the longest crossing up by a fifth</a></li><li><a href="/b">Fishing fleet shrinks for a tenth year as quotas tighten</a></li><li><a href="/c">Storm damage bill tops estimates, council admits</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2><p>Great news, about time the council did something about that eyesore, which has been falling apart for years now.</p><p>What a waste of money, they should fix the roads first, then think about piers and walkways and ferries.</p></section>
</main>
<div class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Lighthouse keeper retires after forty years on the rock</a></li><li><a href="/y">Seal pup rescued from the marina by volunteers</a></li></ol></div>
<footer class="site-footer"><p>© The Coastal Courier. All rights reserved. Contact us, advertise with us, privacy policy, terms of use.</p></footer>
</body></html>"#
    )
}

#[test]
fn finds_story_paragraphs_in_order_and_nothing_else() {
    let article = extract(&parse_html(&cluttered_page()));
    assert_eq!(article.paragraphs.len(), 4, "{:#?}", article.paragraphs);
    assert!(article.paragraphs[0].starts_with("The harbour authority of Eastmere"));
    assert!(article.paragraphs[3].starts_with("Work is due to start"));
    let text = article.text();
    for clutter in [
        "cookies",
        "Sport",
        "Advertisement",
        "Share on",
        "Related stories",
        "Ferry fares",
        "Comments",
        "waste of money",
        "Most read",
        "All rights reserved",
        "By Jo Marsh",
    ] {
        assert!(!text.contains(clutter), "{clutter:?} leaked into {text}");
    }
}

#[test]
fn title_drops_the_site_name() {
    let article = extract(&parse_html(&cluttered_page()));
    assert_eq!(
        article.title.as_deref(),
        Some("Eastmere to rebuild grain pier")
    );
}

#[test]
fn text_separates_paragraphs_with_blank_lines() {
    let article = extract(&parse_html(&cluttered_page()));
    let text = article.text();
    assert_eq!(text.split("\n\n").count(), article.paragraphs.len());
    assert!(!text.contains("\n\n\n"));
}

#[test]
fn hidden_elements_are_not_article_text() {
    let long = "This sentence is part of a reasonably long paragraph about the weather, tides and the sea. ".repeat(4);
    let html = format!(
        r#"<html><body><div class="content"><p>{long}</p><p hidden>HIDDEN-ATTR {long}</p>
<p style="display: none">HIDDEN-STYLE {long}</p><p aria-hidden="true">HIDDEN-ARIA {long}</p><p>{long}</p></div></body></html>"#
    );
    let text = extract(&parse_html(&html)).text();
    assert!(text.contains("weather, tides"));
    assert!(!text.contains("HIDDEN"), "{text}");
}

#[test]
fn br_separated_text_becomes_paragraphs() {
    let line =
        "A line of plain text long enough to look like the prose of an article, with commas, too";
    let html = format!(
        "<html><body><div>{line} one.<br><br>{line} two.<br><br>{line} three.</div></body></html>"
    );
    let article = extract(&parse_html(&html));
    assert_eq!(article.paragraphs.len(), 3, "{:?}", article.paragraphs);
    assert!(article.paragraphs[1].ends_with("two."));
}

#[test]
fn tree_built_by_hand_like_the_dom_filler_does() {
    let mut tree = Tree::new();
    let html = tree.add_element(tree.root(), "HTML", []).unwrap();
    let body = tree.add_element(html, "body", []).unwrap();
    let nav = tree.add_element(body, "nav", [("class", "menu")]).unwrap();
    tree.add_text(nav, "Home News Sport");
    let article = tree
        .add_element(body, "article", [("data-x", "dropped")])
        .unwrap();
    let mut expected = Vec::new();
    for i in 0..3 {
        let p = tree.add_element(article, "p", []).unwrap();
        let t = format!("Paragraph {i} of a story that says something, at some length, about a town by the sea.");
        expected.push(tree.add_text(p, &t).unwrap());
    }
    assert_eq!(
        tree.attr(article, "data-x"),
        None,
        "unlisted attributes are dropped"
    );
    let found = extract(&tree);
    assert_eq!(found.paragraphs.len(), 3);
    assert_eq!(
        found.text_nodes, expected,
        "text nodes map back to the source"
    );
}

#[test]
fn bad_input_never_panics() {
    let deep = "<div>".repeat(5000) + "deep text" + &"</div>".repeat(5000);
    let flat = "<p>word, word</p><br>".repeat(20_000);
    let brs = "text<br>".repeat(20_000);
    let inputs = [
        String::new(),
        "   ".into(),
        "plain text, no tags".into(),
        "<html><body></body></html>".into(),
        "\u{0}\u{1}\u{fffd}<<<>>>&&&;".into(),
        "<p>emoji 🎉🎉 and RTL مرحبا بالعالم and CJK 你好世界</p>".into(),
        "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>".into(),
        deep,
        flat,
        brs,
    ];
    for input in &inputs {
        let started = std::time::Instant::now();
        let article = extract(&parse_html(input));
        assert!(
            started.elapsed().as_secs() < 10,
            "slow on input of {} bytes",
            input.len()
        );
        let _ = article.text();
    }
    let deep_text = extract(&parse_html(&inputs[7])).text();
    assert!(
        deep_text.contains("deep text"),
        "text below the depth cap is kept"
    );
}

/// Every saved page of the shared set parses and yields a body (the score itself is
/// measured by scripts/eval-extract.py).
#[test]
fn shared_pages_yield_bodies() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/pages/readability");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    let mut pages = 0;
    let mut empty = Vec::new();
    for entry in entries.flatten() {
        let Ok(html) = std::fs::read(entry.path().join("source.html")) else {
            continue;
        };
        pages += 1;
        let article = extract(&parse_html(&String::from_utf8_lossy(&html)));
        if article.text().trim().is_empty() {
            empty.push(entry.file_name());
        }
    }
    assert!(pages >= 100, "only {pages} pages found");
    assert!(empty.len() <= 2, "no body found in {empty:?}");
}

#[test]
fn cli_extract_prints_the_body_and_html_mode_summarises_it() {
    let dir = std::env::temp_dir().join(format!("extract-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("page.html");
    std::fs::write(&file, cluttered_page()).unwrap();
    let bin = env!("CARGO_BIN_EXE_article-summary");
    let out = std::process::Command::new(bin)
        .arg("extract")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("The harbour authority of Eastmere"),
        "{text}"
    );
    assert_eq!(text.trim_end().split("\n\n").count(), 4, "{text}");
    assert!(
        !text.contains("Eastmere to rebuild grain pier"),
        "no title in the body"
    );
    let out = std::process::Command::new(bin)
        .arg("--html")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(summary.contains("grain pier"), "{summary}");
    assert!(
        !summary.contains("cookies") && !summary.contains("waste of money"),
        "{summary}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Tag soup: unbalanced open/close tags of the kinds the scorer treats specially, text
    /// with commas and non-ASCII, brs, attributes that hint at content or clutter.
    fn soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            prop::sample::select(
                concat!(
                    "<div>|</div>|<p>|</p>|<article>|<section class=\"content\">|",
                    "<div class=\"comment sidebar\">|<ul>|<li>|</ul>|<a href=\"#x\">|</a>|",
                    "<br>|<br><br>|<table><tr><td>|</td></tr></table>|<h2>|</h2>|<font>|",
                    "<pre>|</pre>|<span hidden>|<figure><figcaption>|<body>|<html>|",
                    "<div style=\"display:none\">|<title>T | Site</title>",
                )
                .split('|')
                .collect::<Vec<_>>(),
            )
            .prop_map(str::to_string),
            "[a-zA-Z ,.éü😀مر你]{0,80}",
        ];
        prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn never_panics_and_paragraphs_are_clean(html in soup()) {
            let article = extract(&parse_html(&html));
            for p in &article.paragraphs {
                prop_assert!(!p.is_empty());
                prop_assert_eq!(p.trim(), p.as_str());
                prop_assert!(!p.contains("  "), "whitespace is normalised: {:?}", p);
            }
            prop_assert!(!article.text().contains("\n\n\n"));
        }
    }
}
