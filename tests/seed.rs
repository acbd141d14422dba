#![cfg(not(target_arch = "wasm32"))]
//! What a reader expects on the article this project started from
//! (`../shared/data/seed/README.md`). The code knows nothing of this article: these are
//! acceptance checks of the general rules and the model, not inputs to them.

use article_summary::{analyze, BlockKind, Form, Label, Length, Options};

fn seed() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/seed/000_168b8b6aed8b292c.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("skipped: {path} not found");
            None
        }
    }
}

#[test]
fn summary_is_prose_about_the_meeting_without_page_furniture() {
    let Some(text) = seed() else { return };
    let a = analyze(&text, &Options::default()).unwrap();
    assert_eq!(a.summary.sentences.len(), 3);
    for &i in &a.summary.sentences {
        assert_eq!(
            a.sentences[i].kind,
            BlockKind::Prose,
            "{}",
            a.sentences[i].text
        );
    }
    let summary = a.summary.text.to_lowercase();
    for furniture in ["breaking news", "back to top", "pressure on women’s rights"] {
        assert!(
            !summary.contains(furniture),
            "{furniture:?} in summary:\n{summary}"
        );
    }
    assert!(summary.contains("taliban"), "{summary}");
    assert!(
        summary.contains("doha") || summary.contains("meet"),
        "{summary}"
    );
}

#[test]
fn every_form_and_length_gives_prose() {
    let Some(text) = seed() else { return };
    for (form, length, expected) in [
        (Form::KeyPoints, Length::Sentences(5), 5),
        (Form::Tldr, Length::Sentences(3), 3),
        (Form::Headline, Length::Sentences(3), 1),
    ] {
        let options = Options {
            form,
            length,
            ..Options::default()
        };
        let a = analyze(&text, &options).unwrap();
        assert_eq!(a.summary.sentences.len(), expected, "{form:?}");
    }
}

#[test]
fn the_names_a_reader_would_highlight_are_found_typed_and_merged() {
    let Some(text) = seed() else { return };
    let a = analyze(&text, &Options::default()).unwrap();
    let has = |name: &str, label: Label| {
        a.entities
            .iter()
            .any(|e| e.label == label && e.canonical.trim_start_matches("the ") == name)
    };
    let mut missing = Vec::new();
    for (names, label) in [
        (
            &[
                "Mark Frerichs",
                "Zalmay Khalilzad",
                "Tom West",
                "Sarah Charles",
                "Ned Price",
            ][..],
            Label::Per,
        ),
        (
            &[
                "Taliban",
                "State Department",
                "USAID",
                "World Bank",
                "EU",
                "Reuters",
                "al Qaeda",
            ][..],
            Label::Org,
        ),
        (&["Doha", "Afghanistan", "Washington"][..], Label::Loc),
    ] {
        for name in names {
            if !has(name, label) {
                missing.push(format!("{name} ({label:?})"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing: {missing:?}\nfound: {:#?}",
        a.entities
    );

    // Each entity is listed once: no two entities share a canonical name and label.
    let mut seen = std::collections::HashSet::new();
    for e in &a.entities {
        assert!(
            seen.insert((e.canonical.clone(), e.label)),
            "{} listed twice",
            e.canonical
        );
    }
    // "Taliban" occurs many times: all of its mentions are one entity.
    let taliban = a
        .entities
        .iter()
        .find(|e| e.canonical == "Taliban")
        .unwrap();
    assert!(
        taliban.count >= 10,
        "Taliban has {} mentions",
        taliban.count
    );
}

#[test]
fn dates_numbers_and_percentages_are_marked() {
    let Some(text) = seed() else { return };
    let a = analyze(&text, &Options::default()).unwrap();
    for (needle, labels) in [
        ("August 31", &[Label::Date][..]),
        ("124,000", &[Label::Number][..]),
        ("75%", &[Label::Percent][..]),
        ("Saturday", &[Label::Date][..]),
    ] {
        assert!(
            a.mentions
                .iter()
                .any(|m| m.text.contains(needle) && labels.contains(&m.label)),
            "{needle} not marked as {labels:?}"
        );
    }
}
