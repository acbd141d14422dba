#![cfg(not(target_arch = "wasm32"))]
//! Entity patterns against a hand-annotated set, and mention merging.

use article_summary::entities::{consistent_labels, merge, recognize_patterns, Label, Span};
use article_summary::text;

fn label(name: &str) -> Label {
    match name {
        "DATE" => Label::Date,
        "TIME" => Label::Time,
        "MONEY" => Label::Money,
        "PERCENT" => Label::Percent,
        "NUMBER" => Label::Number,
        "PER" => Label::Per,
        "ORG" => Label::Org,
        "LOC" => Label::Loc,
        "MISC" => Label::Misc,
        other => panic!("unknown label {other}"),
    }
}

/// Strips `[LABEL text]` markup: the plain text and the marked spans (byte offsets).
fn parse(line: &str) -> (String, Vec<(usize, usize, Label)>) {
    let mut plain = String::new();
    let mut spans = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        plain.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find(']').expect("unclosed [");
        let (name, body) = after[..close].split_once(' ').expect("[LABEL text]");
        let start = plain.len();
        plain.push_str(body);
        spans.push((start, plain.len(), label(name)));
        rest = &after[close + 1..];
    }
    plain.push_str(rest);
    (plain, spans)
}

/// Pattern spans of one line, tokenized as one sentence (so segmentation does not matter).
fn patterns(text: &str) -> Vec<(usize, usize, Label)> {
    let toks = text::tokens(text, 0, text.len());
    // The patterns read tokens only; the sentence list is not needed here.
    recognize_patterns(text, &[], &[toks])
        .into_iter()
        .map(|s| (s.start, s.end, s.label))
        .collect()
}

#[test]
fn patterns_match_the_annotated_set_exactly() {
    let data = include_str!("data/patterns.txt");
    let (mut gold_n, mut found_n, mut correct) = (0, 0, 0);
    let mut errors = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (plain, gold) = parse(line);
        let found = patterns(&plain);
        gold_n += gold.len();
        found_n += found.len();
        correct += found.iter().filter(|f| gold.contains(f)).count();
        let show = |v: &[(usize, usize, Label)]| {
            v.iter()
                .map(|&(s, e, l)| format!("[{} {}]", l.as_str(), &plain[s..e]))
                .collect::<Vec<_>>()
                .join(" ")
        };
        if found != gold {
            errors.push(format!(
                "{plain}\n  want {}\n  got  {}",
                show(&gold),
                show(&found)
            ));
        }
    }
    let precision = correct as f64 / found_n.max(1) as f64;
    let recall = correct as f64 / gold_n.max(1) as f64;
    println!(
        "patterns: {gold_n} gold, {found_n} found, precision {precision:.3}, recall {recall:.3}"
    );
    assert!(gold_n > 50, "the annotated set is missing");
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Spans for the given surfaces, found left to right in `text`.
fn spans(text: &str, marks: &[(&str, Label)]) -> Vec<Span> {
    let mut from = 0;
    marks
        .iter()
        .map(|&(surface, label)| {
            let start = from + text[from..].find(surface).expect("surface in text");
            from = start + surface.len();
            Span {
                start,
                end: from,
                label,
            }
        })
        .collect()
}

/// Entities as (canonical, label, mention texts).
fn entities(text: &str, marks: &[(&str, Label)]) -> Vec<(String, Label, Vec<String>)> {
    let sp = spans(text, marks);
    let (groups, group_of) = merge(text, &sp);
    assert_eq!(group_of.len(), sp.len());
    for (i, &g) in group_of.iter().enumerate() {
        assert!(
            groups[g].mentions.contains(&i),
            "mention {i} not in its group"
        );
    }
    groups
        .into_iter()
        .map(|g| {
            let texts = g
                .mentions
                .iter()
                .map(|&i| text[sp[i].start..sp[i].end].to_string())
                .collect();
            (g.canonical, g.label, texts)
        })
        .collect()
}

fn entity_of<'a>(
    ents: &'a [(String, Label, Vec<String>)],
    mention: &str,
) -> &'a (String, Label, Vec<String>) {
    ents.iter()
        .find(|e| e.2.iter().any(|m| m == mention))
        .unwrap_or_else(|| panic!("no entity has mention {mention:?}: {ents:?}"))
}

#[test]
fn surname_joins_the_full_name() {
    use Label::*;
    let text = "Mark Frerichs was kidnapped. The family of Mark Frerichs appealed. Frerichs's sister spoke.";
    let ents = entities(
        text,
        &[
            ("Mark Frerichs", Per),
            ("Mark Frerichs", Per),
            ("Frerichs's", Per),
        ],
    );
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].0, "Mark Frerichs");
    assert_eq!(ents[0].1, Per);
    assert_eq!(ents[0].2.len(), 3);
}

#[test]
fn titles_are_not_part_of_the_listed_name() {
    use Label::*;
    let text = "President Joe Biden spoke. Joe Biden left. Mr Biden slept. Judge Dredd said no.";
    let ents = entities(
        text,
        &[
            ("President Joe Biden", Per),
            ("Joe Biden", Per),
            ("Mr Biden", Per),
            ("Judge Dredd", Per),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
    assert_eq!(entity_of(&ents, "Mr Biden").0, "Joe Biden");
    assert_eq!(entity_of(&ents, "Mr Biden").2.len(), 3);
    // A title that is all there is besides one word stays: it may be the name.
    assert_eq!(entity_of(&ents, "Judge Dredd").0, "Judge Dredd");
}

#[test]
fn shared_surname_stays_apart_when_ambiguous() {
    use Label::*;
    let text = "Bill Clinton and Hillary Clinton met. Clinton said little. Hillary Clinton spoke.";
    let ents = entities(
        text,
        &[
            ("Bill Clinton", Per),
            ("Hillary Clinton", Per),
            ("Clinton", Per),
            ("Hillary Clinton", Per),
        ],
    );
    assert_eq!(ents.len(), 3, "{ents:?}");
    assert_eq!(entity_of(&ents, "Hillary Clinton").2.len(), 2);
    assert_eq!(entity_of(&ents, "Clinton").0, "Clinton");
}

#[test]
fn surnames_join_only_people() {
    use Label::*;
    // A place named like a person's surname does not join the person.
    let text = "George Washington crossed the river. Officials in Washington disagreed.";
    let ents = entities(text, &[("George Washington", Per), ("Washington", Loc)]);
    assert_eq!(ents.len(), 2, "{ents:?}");
}

#[test]
fn stated_acronym_joins_its_expansion() {
    use Label::*;
    let text = "The United Nations (UN) warned of famine. The UN asked for funds. \
                Fighters of Islamic State (IS) fled; IS denied it.";
    let ents = entities(
        text,
        &[
            ("United Nations", Org),
            ("UN", Org),
            ("UN", Org),
            ("Islamic State", Org),
            ("IS", Org),
            ("IS", Org),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
    assert_eq!(entity_of(&ents, "UN").0, "United Nations");
    assert_eq!(entity_of(&ents, "UN").2.len(), 3);
    assert_eq!(entity_of(&ents, "IS").0, "Islamic State");
}

#[test]
fn stated_mixed_case_short_form_joins() {
    use Label::*;
    let text = "The Department for Environment, Food and Rural Affairs (Defra) said Defra \
                would act. Richard Smith (Reuters) reported it.";
    let ents = entities(
        text,
        &[
            ("Department for Environment, Food and Rural Affairs", Org),
            ("Defra", Org),
            ("Defra", Org),
            ("Richard Smith", Per),
            ("Reuters", Org),
        ],
    );
    assert_eq!(entity_of(&ents, "Defra").2.len(), 3, "{ents:?}");
    assert_eq!(entity_of(&ents, "Reuters").2.len(), 1, "{ents:?}");
}

#[test]
fn acronym_joins_initials_and_dotted_forms() {
    use Label::*;
    let text = "The United States said the U.S. and US allies would act.";
    let ents = entities(text, &[("United States", Loc), ("U.S.", Loc), ("US", Misc)]);
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].0, "United States");
    assert_eq!(ents[0].1, Loc, "majority label");
}

#[test]
fn the_case_and_possessive_variants_are_one_entity() {
    use Label::*;
    let text = "The Taliban said Taliban fighters and the TALIBAN's leaders met.";
    let ents = entities(
        text,
        &[("The Taliban", Org), ("Taliban", Org), ("TALIBAN's", Misc)],
    );
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].0, "Taliban");
    assert_eq!(ents[0].1, Org);
}

#[test]
fn a_name_that_starts_with_the_keeps_it() {
    use Label::*;
    let text = "Judges in The Hague ruled. The Hague court said more.";
    let ents = entities(text, &[("The Hague", Loc), ("The Hague", Loc)]);
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].0, "The Hague");
}

#[test]
fn unrelated_initials_do_not_join() {
    use Label::*;
    // Two names share the initials: the acronym is ambiguous and stays alone.
    let text = "The World Bank and the White Board met; the WB said nothing.";
    let ents = entities(
        text,
        &[("World Bank", Org), ("White Board", Org), ("WB", Org)],
    );
    assert_eq!(ents.len(), 3, "{ents:?}");
}

#[test]
fn amounts_merge_by_text_and_label() {
    use Label::*;
    let text = "It paid $5 million, then $5  million more; 5 people saw it on Monday and Monday.";
    let ents = entities(
        text,
        &[
            ("$5 million", Money),
            ("$5  million", Money),
            ("5", Number),
            ("Monday", Date),
            ("Monday", Date),
        ],
    );
    assert_eq!(ents.len(), 3, "{ents:?}");
    assert_eq!(entity_of(&ents, "$5 million").2.len(), 2);
}

#[test]
fn shorter_organisation_name_joins_the_longer() {
    use Label::*;
    let text = "The US State Department said the State Department would reply.";
    let ents = entities(
        text,
        &[("US State Department", Org), ("State Department", Org)],
    );
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].0, "US State Department");
}

#[test]
fn merging_is_fast_on_many_mentions() {
    // 60,000 distinct one- and two-word names: must not go all-pairs.
    let mut text = String::new();
    let mut marks = Vec::new();
    for i in 0..30_000 {
        let a = format!("Name{i} Surname{i}");
        let b = format!("Surname{i}");
        text.push_str(&a);
        text.push(' ');
        text.push_str(&b);
        text.push_str(". ");
        marks.push((a, Label::Per));
        marks.push((b, Label::Per));
    }
    let refs: Vec<(&str, Label)> = marks.iter().map(|(s, l)| (s.as_str(), *l)).collect();
    let sp = spans(&text, &refs);
    let t = std::time::Instant::now();
    let (groups, _) = merge(&text, &sp);
    assert_eq!(groups.len(), 30_000);
    // All pairs would be 1.8e9 comparisons; linear work takes well under a second even
    // in a debug build. The bound is loose so a busy machine does not fail it.
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
}

/// The seed article from the shared data (`$SHARED`, default `../shared`), if present.
fn seed() -> Option<String> {
    let shared = std::env::var("SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").to_string());
    std::fs::read_to_string(format!("{shared}/data/seed/000_168b8b6aed8b292c.txt")).ok()
}

#[test]
fn seed_article_dates_and_numbers_are_marked() {
    let Some(input) = seed() else {
        eprintln!("seed article not found; skipped");
        return;
    };
    let blocks = text::blocks(&input);
    let sents = text::sentences(&input, &blocks);
    let toks: Vec<_> = sents
        .iter()
        .map(|s| text::tokens(&input, s.start, s.end))
        .collect();
    let found: Vec<(String, Label)> = recognize_patterns(&input, &sents, &toks)
        .into_iter()
        .map(|s| (input[s.start..s.end].to_string(), s.label))
        .collect();
    for (want, label) in [
        ("Saturday and Sunday", Label::Date),
        ("August 31", Label::Date),
        ("1996 to 2001", Label::Date),
        ("last month", Label::Date),
        ("more than 124,000", Label::Number),
        ("75%", Label::Percent),
        ("105", Label::Number),
    ] {
        assert!(
            found.iter().any(|(t, l)| t == want && *l == label),
            "{want:?} {label:?} missing from {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|(t, _)| t.contains("decade-long") || t == "dozens"),
        "{found:?}"
    );
}

#[test]
fn seed_article_keyphrases_are_plausible() {
    let Some(input) = seed() else {
        eprintln!("seed article not found; skipped");
        return;
    };
    let a = article_summary::analyze(&input, &Default::default()).unwrap();
    let phrases: Vec<String> = a.keyphrases.iter().map(|k| k.text.to_lowercase()).collect();
    println!("keyphrases: {phrases:?}");
    assert!(!phrases.is_empty() && phrases.len() <= 8, "{phrases:?}");
    let expected = [
        "us delegation",
        "humanitarian aid",
        "safe passage",
        "taliban",
        "state department",
        "afghanistan",
    ];
    let hits = expected
        .iter()
        .filter(|e| phrases.contains(&e.to_string()))
        .count();
    assert!(hits >= 4, "only {hits} of {expected:?} in {phrases:?}");
    let function_words = [
        "the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "said", "will", "is",
        "was", "that", "it", "they", "we", "this", "be", "have", "has",
    ];
    for p in &phrases {
        let words: Vec<&str> = p.split_whitespace().collect();
        assert!(words.len() <= 4, "{p:?} is too long");
        assert!(
            words.iter().any(|w| !function_words.contains(w)),
            "{p:?} is only stop words"
        );
        // Banner and button lines are not the article.
        assert!(
            !p.contains("breaking") && !p.contains("top button"),
            "{p:?}"
        );
    }
    let mut unique = phrases.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), phrases.len(), "duplicates in {phrases:?}");
    // Most keyphrases are phrases, not single words.
    let multi = phrases.iter().filter(|p| p.contains(' ')).count();
    assert!(multi * 2 > phrases.len(), "{phrases:?}");
}

#[test]
fn odd_inputs_never_panic() {
    let long_number_run = "1 ".repeat(20_000);
    let inputs = [
        "",
        "$ % € 1:  :30 mid- the (UN) ( ) 's",
        "🙂🙂 $5 🙂 75% 🙂 Aug. 31 🙂",
        "مرحبا 2021 بالعالم ١٢٣",
        "東京で 3.30 p.m. に会議 $1.5 billion",
        "<p>On <b>Saturday</b> and Sunday, $5 &amp; 10%</p>",
        long_number_run.as_str(),
        "The (A (B (C (D)))) United Nations (UN (U N)) UN's U.N.'s",
    ];
    for input in inputs {
        let a = article_summary::analyze(input, &Default::default()).unwrap();
        for m in &a.mentions {
            assert!(input.is_char_boundary(m.start) && input.is_char_boundary(m.end));
            assert!(m.entity < a.entities.len());
        }
    }
}

#[test]
fn a_clearly_outvoted_label_follows_its_entity() {
    use Label::*;
    let text = "Farrakhan spoke. Louis Farrakhan left. Farrakhan returned. Farrakhan slept. \
                Scotland won. Scotland scored. Scotland lost. Scotland is cold.";
    let sp = spans(
        text,
        &[
            ("Farrakhan", Loc),
            ("Louis Farrakhan", Per),
            ("Farrakhan", Per),
            ("Farrakhan", Per),
            ("Scotland", Org),
            ("Scotland", Org),
            ("Scotland", Org),
            ("Scotland", Loc),
        ],
    );
    let (groups, group_of) = merge(text, &sp);
    let labels = consistent_labels(&sp, &groups, &group_of);
    assert_eq!(labels[0], Per, "outvoted 3 to 1: follows the person");
    // A place used as a team name keeps the recognizer's reading.
    assert_eq!(labels[7], Loc);
    assert_eq!(&labels[4..7], &[Org, Org, Org]);
}

#[test]
fn a_tied_label_stays() {
    use Label::*;
    let text = "Jordan said. Jordan went.";
    let sp = spans(text, &[("Jordan", Per), ("Jordan", Loc)]);
    let (groups, group_of) = merge(text, &sp);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].label, Per, "ties go to the first mention");
    assert_eq!(consistent_labels(&sp, &groups, &group_of), vec![Per, Loc]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text built from the pieces the patterns look at, in random order.
    fn newsy() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "the", "on", "in", "Saturday", "and", "August", "31", ",", "2021", "1996", "to", "$",
            "US", "£", "€", "3bn", "1.5", "billion", "million", "%", "per", "cent", "percent",
            "more", "than", "124,000", "two", "twenty", "-", "five", "3.30", "p.m.", "p.m", ".",
            "10", ":", "45", "EST", "noon", "last", "month", "next", "week", "1990s", "'s", "’",
            "a", "decade", "ago", "mid", "early", "(", ")", "UN", "United", "Nations", "Mark",
            "Frerichs", "🙂", "東京", "\n", "\n\n", "  ",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|v| {
            let mut s = String::new();
            for p in v {
                s.push_str(p);
                // Glue some pieces, space others.
                if p.len() % 3 != 0 {
                    s.push(' ');
                }
            }
            s
        })
    }

    proptest! {
        #[test]
        fn pattern_spans_are_sorted_disjoint_and_on_boundaries(text in newsy()) {
            let blocks = text::blocks(&text);
            let sents = text::sentences(&text, &blocks);
            let toks: Vec<_> = sents.iter().map(|s| text::tokens(&text, s.start, s.end)).collect();
            let found = recognize_patterns(&text, &sents, &toks);
            for s in &found {
                prop_assert!(s.start < s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            for w in found.windows(2) {
                prop_assert!(w[0].end <= w[1].start, "{:?}", w);
            }
        }

        #[test]
        fn analysis_never_panics_and_groups_every_mention(text in newsy()) {
            let a = article_summary::analyze(&text, &Default::default()).unwrap();
            let total: usize = a.entities.iter().map(|e| e.count).sum();
            prop_assert_eq!(total, a.mentions.len());
            prop_assert!(a.keyphrases.len() <= 8);
            // Best first: the page and the JS API list them in this order.
            for w in a.keyphrases.windows(2) {
                prop_assert!(w[0].score >= w[1].score, "{:?}", a.keyphrases);
            }
        }
    }
}

#[test]
fn keyphrases_stay_bounded_on_two_megabytes_of_unique_words() {
    // Every n-gram distinct: the worst case for the candidate table.
    let mut input = String::new();
    let mut x: u64 = 12345;
    while input.len() < 2_000_000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        input.push_str(&format!("w{:x} ", x >> 40));
        if x.is_multiple_of(17) {
            input.push_str(". ");
        }
    }
    let blocks = text::blocks(&input);
    let sents = text::sentences(&input, &blocks);
    let kinds: Vec<_> = sents.iter().map(|s| s.kind).collect();
    let toks: Vec<_> = sents
        .iter()
        .map(|s| text::tokens(&input, s.start, s.end))
        .collect();
    let t = std::time::Instant::now();
    let k = article_summary::keyphrases::extract(&input, &sents, &kinds, &toks, 8);
    println!("keyphrases over {} bytes: {:?}", input.len(), t.elapsed());
    assert!(k.len() <= 8);
    // Linear work takes about a second in a debug build; the bound is loose for busy machines.
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
}

/// A banner line that looks like a name is page furniture, not a mention; names in a
/// longer furniture line (a byline) and in the prose are still found.
#[test]
fn a_banner_line_is_not_a_name_but_a_byline_name_is() {
    let text = "Breaking News\n\nBy Jane Whitfield\n\n\
        Angela Merkel met Emmanuel Macron in Berlin on Tuesday to discuss the budget, \
        officials said. The talks lasted four hours.\n\nLive Updates\n\n\
        Merkel said the meeting had been useful.";
    let analysis = article_summary::analyze(text, &article_summary::Options::default()).unwrap();
    let names: Vec<&str> = analysis
        .entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(!names.contains(&"Breaking News"), "{names:?}");
    assert!(!names.contains(&"Live Updates"), "{names:?}");
    for want in [
        "Angela Merkel",
        "Emmanuel Macron",
        "Berlin",
        "Jane Whitfield",
    ] {
        assert!(names.contains(&want), "missing {want}: {names:?}");
    }
}

/// Furniture with no article text — a share bar, a menu, a gallery counter, a link to
/// another story — holds no entities of the article; the same names in the prose are
/// still found.
#[test]
fn furniture_lines_hold_no_entities() {
    let furniture = [
        "Facebook Twitter WhatsApp Email Copy link",
        "Home | World | Politics | Business | Tech | Sport",
        "Image 1 of 5",
        "Read also: Germany wins the World Cup in Rio on Sunday",
    ];
    let text = format!(
        "{}\n\nRegulators in Brussels fined Facebook on Monday over how it handled user \
         data, officials said. The company said it would appeal within 30 days.\n\n{}",
        furniture[..3].join("\n\n"),
        furniture[3]
    );
    let analysis = article_summary::analyze(&text, &article_summary::Options::default()).unwrap();
    let prose = text.find("Regulators").unwrap()..text.find("Read also").unwrap();
    assert!(
        analysis.mentions.iter().all(|m| prose.contains(&m.start)),
        "{:?}",
        analysis.mentions
    );
    let names: Vec<&str> = analysis
        .entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect();
    for want in ["Facebook", "Brussels", "Monday"] {
        assert!(names.contains(&want), "missing {want}: {names:?}");
    }
}

/// A news page's section label alone on a line ("Transport", "World") is not a name;
/// an acronym or a place alone on a line still is.
#[test]
fn a_section_label_on_its_own_line_is_not_a_name() {
    // The same words elsewhere in names ("Regional Transport Authority", "World Bank")
    // make the recognizer read the lone words as names too.
    let text = "Transport\n\nNorthfield council has voted to turn the old railway line into a \
        cycling route, ending a decade of argument, councillors said on Wednesday. The Regional \
        Transport Authority will fund half of it.\n\nWorld\n\nThe plan was backed by NATO \
        officials and the World Bank, visiting from Brussels.\n\nNATO\n\nBrussels\n\n\
        The line closed in 1968, the Transport Authority said.";
    let analysis = article_summary::analyze(text, &article_summary::Options::default()).unwrap();
    let names: Vec<(&str, &str)> = analysis
        .mentions
        .iter()
        .map(|m| (&text[m.start..m.end], m.label.as_str()))
        .collect();
    for label in ["Transport", "World"] {
        assert!(
            !names.iter().any(|(t, _)| *t == label),
            "{label} tagged: {names:?}"
        );
    }
    for name in ["NATO", "Brussels"] {
        let found = names.iter().filter(|(t, _)| *t == name).count();
        assert_eq!(found, 2, "{name}: {names:?}");
    }
}

/// Adverbs and question words are never names, even where the model is tempted: "Here's
/// a submission from ..." at the start of a live-blog entry once came out as a person.
#[test]
fn function_words_are_never_names_in_the_dev_articles() {
    let shared = std::env::var("SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").to_string());
    let mut read = 0;
    for name in [
        "dev-cnndm-frank",
        "dev-cnndm-summeval",
        "dev-bbc-news-summary",
    ] {
        let Ok(jsonl) = std::fs::read_to_string(format!("{shared}/data/summ/{name}.jsonl")) else {
            continue;
        };
        for line in jsonl.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let article = v["article"].as_str().expect("an article");
            let a = article_summary::analyze(article, &Default::default()).unwrap();
            for m in &a.mentions {
                let word = m.text.to_lowercase();
                assert!(
                    !(m.label.is_name()
                        && matches!(word.as_str(), "here" | "there" | "however" | "what")),
                    "{:?} taken for a name in {}",
                    m.text,
                    v["id"]
                );
            }
            read += 1;
        }
    }
    if read == 0 {
        eprintln!("dev articles not found; skipped");
    }
}
