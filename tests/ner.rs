#![cfg(not(target_arch = "wasm32"))]
//! The name recognizer: what a reader relies on, robustness, and reproducible training.

use article_summary::entities::ner::{self, model, train};
use article_summary::entities::recognize_names;
use article_summary::text;
use article_summary::Label;

/// Names found in `s`, as (text, label).
fn names(s: &str) -> Vec<(String, Label)> {
    let blocks = text::blocks(s);
    let sentences = text::sentences(s, &blocks);
    let tokens: Vec<_> = sentences
        .iter()
        .map(|x| text::tokens(s, x.start, x.end))
        .collect();
    recognize_names(s, &sentences, &tokens)
        .into_iter()
        .map(|sp| (s[sp.start..sp.end].to_string(), sp.label))
        .collect()
}

fn has(found: &[(String, Label)], name: &str, label: Label) -> bool {
    found.iter().any(|(n, l)| n == name && *l == label)
}

#[test]
fn the_built_in_model_is_loaded() {
    assert!(ner::builtin().features() > 10_000);
}

#[test]
fn people_places_and_organisations_in_a_news_sentence() {
    let found = names(
        "Finance Minister Jane Okafor told lawmakers in Nairobi on Tuesday that the \
         International Monetary Fund had approved the loan.",
    );
    assert!(has(&found, "Jane Okafor", Label::Per), "{found:?}");
    assert!(has(&found, "Nairobi", Label::Loc), "{found:?}");
    assert!(
        has(&found, "International Monetary Fund", Label::Org),
        "{found:?}"
    );
}

#[test]
fn titles_are_not_part_of_a_person() {
    let found = names("The talks were led by Special Envoy Peter Hadley, a spokesman said.");
    assert!(has(&found, "Peter Hadley", Label::Per), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.contains("Envoy")), "{found:?}");
}

#[test]
fn a_surname_alone_is_the_person_named_in_full() {
    let found = names(
        "Investigators questioned Arnold Pemberton-Vasquez about the accounts. \
         Pemberton-Vasquez denied any wrongdoing.",
    );
    let per = found
        .iter()
        .filter(|(n, l)| n.contains("Pemberton-Vasquez") && *l == Label::Per)
        .count();
    assert_eq!(per, 2, "{found:?}");
}

#[test]
fn possessives_and_abbreviations_keep_the_name_span() {
    let found = names("Officials said Germany's chancellor would visit the U.S. next week.");
    assert!(has(&found, "Germany", Label::Loc), "{found:?}");
    assert!(found.iter().any(|(n, _)| n == "U.S."), "{found:?}");
}

#[test]
fn all_caps_headlines_still_yield_names() {
    let found =
        names("SOCCER - KENYA BEAT GHANA IN ACCRA.\nNAIROBI 1998-05-02\nKenya beat Ghana 2-1.");
    assert!(found.iter().any(|(n, _)| n == "NAIROBI"), "{found:?}");
    assert!(
        has(&found, "Kenya", Label::Loc) || has(&found, "Kenya", Label::Org),
        "{found:?}"
    );
}

#[test]
fn odd_input_gives_valid_spans() {
    let big = "Smith met Jones in Paris. ".repeat(5_000);
    let inputs = [
        "",
        " \n\t ",
        "😀😀 Ünïcödé 日本語のテキスト Москва مرحبا",
        "<p>Hello <b>World</b> & Co.</p>",
        "\u{0}\u{1}binary\u{7f}\u{FFFD}",
        "'s 's n't - -- ... U.S. . .",
        big.as_str(),
    ];
    for s in inputs {
        let blocks = text::blocks(s);
        let sentences = text::sentences(s, &blocks);
        let tokens: Vec<_> = sentences
            .iter()
            .map(|x| text::tokens(s, x.start, x.end))
            .collect();
        let spans = recognize_names(s, &sentences, &tokens);
        let mut last_end = 0;
        for sp in &spans {
            assert!(sp.start < sp.end && sp.end <= s.len());
            assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
            assert!(sp.start >= last_end, "sorted, non-overlapping");
            last_end = sp.end;
            assert!(sp.label.is_name());
        }
    }
}

#[test]
fn a_damaged_model_file_is_refused_not_trusted() {
    assert!(model::Model::from_bytes(b"").is_none());
    assert!(model::Model::from_bytes(b"NER3\x09").is_none());
    let mut feats = vec![(7u32, [1i8; ner::TAGS]), (90_000, [-3i8; ner::TAGS])];
    let bytes = model::encode(
        &[0; ner::TAGS * ner::TAGS],
        &[0; ner::TAGS],
        &mut feats,
        &[5, 77],
    );
    for cut in 0..bytes.len() {
        assert!(
            model::Model::from_bytes(&bytes[..cut]).is_none(),
            "cut at {cut}"
        );
    }
    let m = model::Model::from_bytes(&bytes).expect("whole file reads");
    assert_eq!(m.features(), 2);
}

#[test]
fn weights_read_back_exactly_as_written() {
    // Rows with every sign, the i8 extremes, repeated and all-zero rows, as the
    // Huffman-coded weight section must carry them.
    let mut feats: Vec<(u32, [i8; ner::TAGS])> = (0..500u32)
        .map(|i| {
            let mut row = [0i8; ner::TAGS];
            for (t, w) in row.iter_mut().enumerate() {
                let v = (i as i32 * 37 + t as i32 * 11) % 23;
                *w = match v {
                    0 => i8::MIN,
                    1 => i8::MAX,
                    v if v < 12 => 0,
                    v => (v - 17) as i8,
                };
            }
            (i * 1_013 + 3, row)
        })
        .collect();
    let expected = feats.clone();
    let bytes = model::encode(
        &[0; ner::TAGS * ner::TAGS],
        &[0; ner::TAGS],
        &mut feats,
        &[1, 2, 3],
    );
    let m = model::Model::from_bytes(&bytes).expect("reads back");
    assert_eq!(m.features(), expected.len());
    for (key, row) in expected {
        let full = key << (32 - model::KEY_BITS);
        assert_eq!(m.row(full), Some(&row[..]), "key {key}");
    }
}

const TINY: &str = "-DOCSTART- -X- -X- O

Maria NNP B-NP B-PER
Lopez NNP I-NP I-PER
visited VBD B-VP O
Lisbon NNP B-NP B-LOC
. . O O

Acme NNP B-NP B-ORG
Corp NNP I-NP I-ORG
hired VBD B-VP O
Lopez NNP B-NP B-PER
. . O O
";

#[test]
fn training_is_reproducible_and_learns_its_data() {
    let docs = train::read_conll(TINY, false);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].sents.len(), 2);
    let settings = train::Settings {
        min_weight: 1,
        ..Default::default()
    };
    let a = train::train(&docs, &settings, |_, _| {}).to_bytes(settings.step, settings.min_weight);
    let b = train::train(&docs, &settings, |_, _| {}).to_bytes(settings.step, settings.min_weight);
    assert_eq!(a, b, "same data and seed, same bytes");
    let m = model::Model::from_bytes(&a).expect("reads back");
    let scores = train::evaluate(&m, &docs);
    assert!(scores.f1(&[Label::Per, Label::Org, Label::Loc]) > 99.0);
}

#[test]
fn conll_dev_score_holds_when_the_data_is_present() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/ner/conll2003/dev.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let dev = train::read_conll(&text, false);
    let scores = train::evaluate(ner::builtin(), &dev);
    let f1 = scores.f1(&[Label::Per, Label::Org, Label::Loc]);
    assert!(
        f1 >= 88.0,
        "CoNLL dev PER/ORG/LOC F1 {f1:.2}: {}",
        scores.report()
    );
}

/// The decoder returns a best-scoring tag sequence that BIO allows: checked against
/// every sequence of up to five tags on random scores.
mod decoding {
    use super::ner::{allowed, viterbi, viterbi_runs, TAGS};
    use proptest::prelude::*;

    fn score(
        tags: &[u8],
        em: &[[i32; TAGS]],
        trans: &[i32; TAGS * TAGS],
        start: &[i32; TAGS],
    ) -> Option<i32> {
        let mut s = start[tags[0] as usize] + em[0][tags[0] as usize];
        if !allowed(0, tags[0]) {
            return None;
        }
        for i in 1..tags.len() {
            let (p, t) = (tags[i - 1], tags[i]);
            if !allowed(p, t) {
                return None;
            }
            s += trans[p as usize * TAGS + t as usize] + em[i][t as usize];
        }
        Some(s)
    }

    fn brute_force(em: &[[i32; TAGS]], trans: &[i32; TAGS * TAGS], start: &[i32; TAGS]) -> i32 {
        let n = em.len();
        let mut best = i32::MIN;
        let mut tags = vec![0u8; n];
        for code in 0..TAGS.pow(n as u32) {
            let mut c = code;
            for t in tags.iter_mut() {
                *t = (c % TAGS) as u8;
                c /= TAGS;
            }
            if let Some(s) = score(&tags, em, trans, start) {
                best = best.max(s);
            }
        }
        best
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn viterbi_finds_the_best_allowed_sequence(
            em in prop::collection::vec(prop::array::uniform9(-1000i32..1000), 1..=5),
            trans in prop::collection::vec(-1000i32..1000, TAGS * TAGS),
            start in prop::array::uniform9(-1000i32..1000),
        ) {
            let trans: [i32; TAGS * TAGS] = trans.try_into().unwrap();
            let tags = viterbi(&em, &trans, &start);
            prop_assert_eq!(tags.len(), em.len());
            let got = score(&tags, &em, &trans, &start);
            prop_assert!(got.is_some(), "not a BIO sequence: {:?}", tags);
            prop_assert_eq!(got.unwrap(), brute_force(&em, &trans, &start));
        }

        /// Decoding only the runs of tokens that may be named finds the best sequence
        /// in which every other token is O.
        #[test]
        fn decoding_runs_finds_the_best_sequence_with_o_elsewhere(
            em in prop::collection::vec(prop::array::uniform9(-1000i32..1000), 1..=5),
            candidate in prop::collection::vec(any::<bool>(), 5),
            trans in prop::collection::vec(-1000i32..1000, TAGS * TAGS),
            start in prop::array::uniform9(-1000i32..1000),
        ) {
            let trans: [i32; TAGS * TAGS] = trans.try_into().unwrap();
            let candidate = &candidate[..em.len()];
            let tags = viterbi_runs(&em, candidate, &trans, &start);
            prop_assert_eq!(tags.len(), em.len());
            for (t, c) in tags.iter().zip(candidate) {
                prop_assert!(*c || *t == 0, "a non-candidate is not O: {:?}", tags);
            }
            let got = score(&tags, &em, &trans, &start);
            prop_assert!(got.is_some(), "not a BIO sequence: {:?}", tags);
            // The same optimum over the sequences with O at every non-candidate.
            let forced: Vec<[i32; TAGS]> = em
                .iter()
                .zip(candidate)
                .map(|(e, &c)| {
                    if c {
                        *e
                    } else {
                        let mut o = [-1_000_000; TAGS];
                        o[0] = e[0];
                        o
                    }
                })
                .collect();
            prop_assert_eq!(got.unwrap(), brute_force(&forced, &trans, &start));
        }
    }
}
