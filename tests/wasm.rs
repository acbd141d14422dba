#![cfg(target_arch = "wasm32")]
//! The JS API from inside a browser: `wasm-pack test --headless --chrome`.

use article_summary::wasm::{leave_panic_hook_alone, limits, JsOptions, TS_TYPES};
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The JS API, with the test harness's panic hook kept (so failed assertions report).
fn analyze(text: JsValue, options: Option<JsOptions>) -> Result<JsValue, JsValue> {
    leave_panic_hook_alone();
    article_summary::wasm::analyze(text, options)
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}
fn num(v: &JsValue, key: &str) -> f64 {
    get(v, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} not a number"))
}
fn arr(v: &JsValue, key: &str) -> Vec<JsValue> {
    get(v, key).dyn_into::<Array>().unwrap().to_vec()
}
fn string(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap()
}
fn options(json: &str) -> Option<JsOptions> {
    Some(JSON::parse(json).unwrap().unchecked_into())
}
fn js(text: &str) -> JsValue {
    JsValue::from_str(text)
}
fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .unwrap_or_else(|| panic!("not an Error: {e:?}"))
        .message()
        .into()
}

const ARTICLE: &str =
    "Officials in Washington said on Monday that the delegation would travel to Doha. \
The talks, led by Special Representative Tom West, will focus on aid. \
A spokesman for the State Department said 12% of the budget, about $3.5 million, was set aside.";

#[wasm_bindgen_test]
fn every_bad_option_gives_an_error_naming_it() {
    let long_title = format!("{{\"title\": \"{}\"}}", "x".repeat(1001));
    let cases: Vec<(&str, &str)> = vec![
        (r#"{"sentences": 0}"#, "sentences"),
        (r#"{"sentences": 1001}"#, "sentences"),
        (r#"{"sentences": 2.5}"#, "sentences"),
        (r#"{"sentences": -3}"#, "sentences"),
        (r#"{"sentences": "3"}"#, "sentences"),
        (r#"{"sentences": null}"#, "sentences"),
        (r#"{"words": 0}"#, "words"),
        (r#"{"words": 1e12}"#, "words"),
        (r#"{"words": [50]}"#, "words"),
        (r#"{"ratio": 0}"#, "ratio"),
        (r#"{"ratio": 1.5}"#, "ratio"),
        (r#"{"ratio": "half"}"#, "ratio"),
        (r#"{"form": "bullets"}"#, "form"),
        (r#"{"form": 3}"#, "form"),
        (r#"{"title": 5}"#, "title"),
        (&long_title, "title"),
        (r#"{"focus": true}"#, "focus"),
        (r#"{"sentences": 3, "words": 50}"#, "words"),
        (r#"{"ratio": 0.5, "sentences": 2}"#, "sentences"),
        (r#"{"colour": "red"}"#, "colour"),
    ];
    for (json, option) in cases {
        let err = analyze(js(ARTICLE), options(json)).expect_err(json);
        let message = error_message(&err);
        assert!(
            message.contains(&format!("`{option}`")),
            "{json}: message {message:?} does not name `{option}`"
        );
        assert_eq!(
            get(&err, "option").as_string().as_deref(),
            Some(option),
            "{json}"
        );
    }
}

#[wasm_bindgen_test]
fn options_that_are_not_an_object_are_rejected() {
    for bad in [JsValue::from(5), js("sentences=3"), Array::new().into()] {
        let err = analyze(js(ARTICLE), Some(bad.unchecked_into())).expect_err("not an object");
        assert!(error_message(&err).contains("options must be an object"));
    }
    let err = analyze(JsValue::from(42), None).expect_err("text not a string");
    assert!(error_message(&err).contains("`text`"));
}

#[wasm_bindgen_test]
fn good_options_are_accepted_and_applied() {
    for json in [
        "{}",
        r#"{"sentences": 1}"#,
        r#"{"words": 20}"#,
        r#"{"ratio": 0.5}"#,
        r#"{"form": "tldr", "title": "Talks in Doha", "focus": "aid"}"#,
        r#"{"form": "headline"}"#,
    ] {
        analyze(js(ARTICLE), options(json)).unwrap_or_else(|e| panic!("{json}: {e:?}"));
    }
    // `undefined` counts as absent, as JS callers expect from `{ sentences: maybe }`.
    let o = Object::new();
    Reflect::set(&o, &"sentences".into(), &JsValue::UNDEFINED).unwrap();
    analyze(js(ARTICLE), Some(o.unchecked_into())).unwrap();
    analyze(js(ARTICLE), None).unwrap();

    let one = analyze(js(ARTICLE), options(r#"{"sentences": 1}"#)).unwrap();
    assert_eq!(arr(&get(&one, "summary"), "sentences").len(), 1);
    let tldr = analyze(js(ARTICLE), options(r#"{"form": "tldr", "sentences": 2}"#)).unwrap();
    let summary = get(&tldr, "summary");
    assert_eq!(string(&summary, "form"), "tldr");
    assert!(
        !string(&summary, "text").contains('\n'),
        "tldr is one paragraph"
    );
}

/// Non-ASCII text: astral emoji (2 UTF-16 units), ZWJ sequences, CJK, accents and
/// combining marks before and inside the names, so byte, code point and UTF-16 offsets
/// all differ.
const NON_ASCII: &str = "👩‍👩‍👧 Señora Zoë Müller met François Dupont in 東京 on Monday. \
The 😀 delegation from Île-de-France, led by José Ñúñez, paid €1.5 million to Kraków officials. \
Cafe\u{301} owners in São Paulo said Ångström Bank would open in 北京 next year 🇧🇷. \
Mr. Łukasz Żółć of the Société Générale said 12% of the 👍🏽 votes came from Zürich.";

#[wasm_bindgen_test]
fn utf16_offsets_slice_out_every_mention_and_sentence() {
    let text = JsString::from(NON_ASCII);
    let a = analyze(text.clone().into(), None).unwrap();
    let mentions = arr(&a, "mentions");
    assert!(mentions.len() >= 5, "names found: {}", mentions.len());
    let mut after_astral = 0;
    for m in &mentions {
        let (start, end) = (num(m, "start") as u32, num(m, "end") as u32);
        let sliced: String = text.slice(start, end).into();
        assert_eq!(
            normalize(&sliced),
            string(m, "text"),
            "mention at {start}..{end}"
        );
        if start as usize > NON_ASCII.find('😀').unwrap() {
            after_astral += 1;
        }
    }
    assert!(
        after_astral > 0,
        "some mentions lie after astral characters"
    );
    let sentences = arr(&a, "sentences");
    assert!(sentences.len() >= 3);
    for s in &sentences {
        let sliced: String = text
            .slice(num(s, "start") as u32, num(s, "end") as u32)
            .into();
        assert_eq!(normalize(&sliced), string(s, "text"));
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_exact() {
    // JS strings may hold unpaired surrogates; Rust sees U+FFFD, also one unit long.
    let text = JsString::from("Alice Martin met Bob Jones in Paris. ")
        .concat(&JsString::from_char_code(&[0xD800]).into())
        .concat(&JsString::from(" Then Carol Smith flew to Berlin on Friday.").into());
    let a = analyze(text.clone().into(), None).unwrap();
    let lone = 37; // index of the surrogate
    let mut checked = 0;
    for m in arr(&a, "mentions") {
        let (start, end) = (num(&m, "start") as u32, num(&m, "end") as u32);
        if start > lone {
            let sliced: String = text.slice(start, end).into();
            assert_eq!(sliced, string(&m, "text"));
            checked += 1;
        }
    }
    assert!(
        checked >= 1,
        "mentions after the lone surrogate were checked"
    );
}

#[wasm_bindgen_test]
fn empty_and_blank_input_give_an_empty_analysis() {
    for text in ["", "   \n\n\t ", "\u{a0}\u{200b}"] {
        let a = analyze(js(text), None).unwrap();
        for key in ["sentences", "mentions", "entities", "keyphrases"] {
            assert!(arr(&a, key).is_empty(), "{text:?}: {key}");
        }
        let summary = get(&a, "summary");
        assert!(arr(&summary, "sentences").is_empty());
        assert_eq!(string(&summary, "text"), "");
        assert_eq!(num(&get(&a, "stats"), "words"), 0.0);
    }
}

#[wasm_bindgen_test]
fn oversize_input_gives_a_clear_error() {
    let max = num(&limits(), "maxInputBytes") as i32;
    // Built in JS, so the test itself does not fill wasm memory.
    let ascii = JsString::from("a").repeat(max + 1);
    let err = analyze(ascii.into(), None).expect_err("too long");
    assert!(
        error_message(&err).contains("too long"),
        "{}",
        error_message(&err)
    );
    // Fewer UTF-16 units than the limit, but more UTF-8 bytes.
    let accents = JsString::from("é").repeat(max / 2 + 1);
    let err = analyze(accents.into(), None).expect_err("too long in bytes");
    assert!(error_message(&err).contains("too long"));
    // Exactly at the limit is accepted.
    let at_limit = JsString::from("word ").repeat(max / 5);
    analyze(at_limit.into(), None).unwrap();
}

#[wasm_bindgen_test]
fn a_thousand_analyses_do_not_grow_memory() {
    let memory = wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .unwrap();
    let bytes = || {
        memory
            .buffer()
            .dyn_into::<js_sys::ArrayBuffer>()
            .unwrap()
            .byte_length()
    };
    let big = ARTICLE.repeat(40);
    let texts = [ARTICLE, NON_ASCII, "", "One line", big.as_str()];
    // The largest analysis first: after it, the allocator has all it will need.
    for _ in 0..3 {
        analyze(js(&big), None).unwrap();
    }
    let before = bytes();
    for i in 0..1000 {
        let text = texts[i % texts.len()];
        analyze(js(text), options(r#"{"sentences": 2}"#)).unwrap();
    }
    assert_eq!(bytes(), before, "wasm memory grew over 1000 analyses");
}

/// The interfaces in the `.d.ts` list exactly the fields the API returns.
#[wasm_bindgen_test]
fn typescript_interfaces_match_the_objects() {
    let interface = |name: &str| -> Vec<String> {
        let start = TS_TYPES
            .find(&format!("export interface {name} {{"))
            .unwrap_or_else(|| panic!("no interface {name}"));
        let body = &TS_TYPES[start..];
        let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
        let mut keys: Vec<String> = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("/**") && !l.starts_with('*'))
            .filter_map(|l| l.split_once(':'))
            .map(|(k, _)| k.trim_end_matches('?').to_string())
            .collect();
        keys.sort();
        keys
    };
    let keys = |v: &JsValue| -> Vec<String> {
        let mut k: Vec<String> = Object::keys(v.unchecked_ref::<Object>())
            .iter()
            .map(|k| k.as_string().unwrap())
            .collect();
        k.sort();
        k
    };
    let a = analyze(js(ARTICLE), None).unwrap();
    assert_eq!(keys(&a), interface("Analysis"));
    assert_eq!(keys(&get(&a, "summary")), interface("Summary"));
    assert_eq!(keys(&get(&a, "stats")), interface("Stats"));
    let sentence = &arr(&a, "sentences")[0];
    assert_eq!(keys(sentence), interface("Sentence"));
    if let Some(c) = arr(sentence, "contributions").first() {
        assert_eq!(keys(c), interface("Contribution"));
    }
    assert_eq!(keys(&arr(&a, "mentions")[0]), interface("Mention"));
    assert_eq!(keys(&arr(&a, "entities")[0]), interface("Entity"));
    if let Some(k) = arr(&a, "keyphrases").first() {
        assert_eq!(keys(k), interface("Keyphrase"));
    }
    let options = interface("AnalyzeOptions");
    assert_eq!(
        options,
        ["focus", "form", "ratio", "sentences", "title", "words"]
    );
    // extractArticle, on a story in an element the page has not attached.
    let document = web_sys::window().unwrap().document().unwrap();
    let story = document.create_element("article").unwrap();
    story.set_inner_html(&format!(
        "<h1>Talks in Doha</h1><p>{ARTICLE}</p><p>{ARTICLE}</p>"
    ));
    let found = article_summary::wasm::extract_article(Some(story), None).unwrap();
    assert_eq!(keys(&found), interface("ExtractedArticle"));
    assert!(string(&found, "text").contains("Special Representative Tom West"));
}

/// Checks what every result must satisfy, whatever the text: spans inside the text and
/// slicing out what they say, sentences in order without overlap, summary indices valid.
fn check_invariants(name: &str, text: &JsString, a: &JsValue, problems: &mut Vec<String>) {
    let mut check = |ok: bool, what: String| {
        if !ok {
            problems.push(format!("{name}: {what}"));
        }
    };
    let len = text.length() as f64;
    let sentences = arr(a, "sentences");
    let mut prev_end = 0.0;
    for s in &sentences {
        let (start, end) = (num(s, "start"), num(s, "end"));
        check(
            prev_end <= start && start < end && end <= len,
            format!("sentence span {start}..{end}"),
        );
        prev_end = end;
        let sliced: String = text.slice(start as u32, end as u32).into();
        let said = string(s, "text");
        check(
            normalize(&sliced) == normalize(&said),
            format!("sentence {start}..{end} slices to {sliced:?}, says {said:?}"),
        );
    }
    let mentions = arr(a, "mentions");
    let entities = arr(a, "entities");
    for m in &mentions {
        let (start, end) = (num(m, "start"), num(m, "end"));
        check(
            start < end && end <= len,
            format!("mention span {start}..{end}"),
        );
        let sliced: String = text.slice(start as u32, end as u32).into();
        let said = string(m, "text");
        check(
            normalize(&sliced) == normalize(&said),
            format!("mention {start}..{end} slices to {sliced:?}, says {said:?}"),
        );
        check(
            (num(m, "entity") as usize) < entities.len(),
            "entity index out of range".into(),
        );
    }
    for i in arr(&get(a, "summary"), "sentences") {
        let i = i.as_f64().unwrap() as usize;
        check(i < sentences.len(), format!("summary index {i}"));
        check(
            sentences.get(i).map(|s| get(s, "selected")) == Some(JsValue::TRUE),
            format!("summary sentence {i} not flagged selected"),
        );
    }
}

/// Issue 7's bad-input suite, in the browser: each gives a sensible result (or, for
/// the 10 MB paste, a clear error), never a panic or a hang.
#[wasm_bindgen_test]
fn bad_input_suite() {
    let recipe = "Ingredients\n\n- 2 cups flour\n- 1 tsp salt\n- 3 eggs\n\nMethod\n\n1. Mix.\n2. Bake at 180C for 25 minutes.";
    let code = "fn main() {\n    let x = vec![1, 2, 3];\n    println!(\"{:?}\", x);\n}\n";
    let table = "Team\tWon\tLost\nLions\t10\t2\nTigers\t8\t4\nBears\t3\t9\n";
    let controls: String = (0u8..32)
        .map(char::from)
        .chain("Text after controls. More text here.".chars())
        .collect();
    let paragraph = "The council of Springfield approved the budget on Tuesday. The mayor, Ann Lee, said it was fair.\n\n";
    let cases: Vec<(&str, JsString)> = vec![
        ("one word", "Hello".into()),
        ("no punctuation", "word ".repeat(40_000).as_str().into()),
        ("long run without spaces", "x".repeat(200_000).as_str().into()),
        ("NUL and control characters", controls.as_str().into()),
        ("Arabic", "قال الرئيس محمد عباس يوم الاثنين إن المحادثات في القاهرة كانت مثمرة. وأضاف أن الوفد سيعود الأسبوع المقبل.".into()),
        ("Hebrew", "ראש הממשלה נפגש היום בירושלים עם שר החוץ. הפגישה נמשכה שעתיים.".into()),
        ("CJK without spaces", "東京で月曜日に首脳会談が開かれた。両国は貿易協定に署名した。北京の当局者は歓迎した。".into()),
        ("Thai", "นายกรัฐมนตรีเดินทางไปกรุงเทพมหานครเมื่อวันจันทร์ การประชุมใช้เวลาสองชั่วโมง".into()),
        ("emoji with ZWJ and skin tones", "👩🏽‍💻 Dev Patel met 👨‍👩‍👧‍👦 the Smith family in Boston 🇺🇸. They talked 👍🏿 for an hour.".into()),
        ("combining marks", "Cafe\u{301} owner Zoe\u{308} Nin\u{303}o met Jose\u{301} in Sa\u{303}o Paulo. It went well.".into()),
        ("HTML and script tags", "<html><body><script>alert(1)</script><p>The <b>Senate</b> voted on <i>Monday</i>.</p><img src=x onerror=alert(1)></body></html>".into()),
        ("same paragraph 1,000 times", paragraph.repeat(1000).as_str().into()),
        ("recipe list", recipe.into()),
        ("code", code.into()),
        ("table", table.into()),
    ];
    let mut problems = Vec::new();
    let mut results = std::collections::HashMap::new();
    for (name, text) in &cases {
        match analyze(text.clone().into(), None) {
            Ok(a) => {
                check_invariants(name, text, &a, &mut problems);
                results.insert(*name, a);
            }
            Err(e) => problems.push(format!("{name}: {}", error_message(&e))),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // What each case states (as tests/bad_input.rs does natively).
    let sentences = |name: &str| -> Vec<String> {
        arr(&results[name], "sentences")
            .iter()
            .map(|s| string(s, "text"))
            .collect()
    };
    assert_eq!(sentences("one word"), ["Hello"]);
    assert_eq!(sentences("Arabic").len(), 2, "{:?}", sentences("Arabic"));
    assert_eq!(sentences("Hebrew").len(), 2, "{:?}", sentences("Hebrew"));
    assert_eq!(sentences("CJK without spaces").len(), 3);
    let controls = sentences("NUL and control characters").join(" ");
    assert!(controls.contains("Text after controls.") && controls.contains("More text here."));
    let html = sentences("HTML and script tags").join(" ");
    assert!(
        html.contains("The <b>Senate</b> voted on <i>Monday</i>."),
        "markup stays literal text: {html}"
    );
    let long = &arr(&results["long run without spaces"], "sentences");
    assert_eq!(
        (long.len(), num(&long[0], "end")),
        (1, 200_000.0),
        "one sentence, the whole run"
    );
    let ann = arr(&results["same paragraph 1,000 times"], "entities")
        .into_iter()
        .find(|e| string(e, "canonical") == "Ann Lee")
        .expect("Ann Lee");
    assert_eq!(num(&ann, "count"), 1000.0, "one person, every mention");
    // Repeated paragraphs: no two summary sentences are the same sentence text.
    let repeated: JsString = paragraph.repeat(1000).as_str().into();
    let a = analyze(repeated.into(), options(r#"{"sentences": 3}"#)).unwrap();
    let mut chosen: Vec<String> = arr(&get(&a, "summary"), "sentences")
        .iter()
        .map(|i| string(&arr(&a, "sentences")[i.as_f64().unwrap() as usize], "text"))
        .collect();
    let n = chosen.len();
    chosen.sort();
    chosen.dedup();
    assert_eq!(chosen.len(), n, "no duplicate sentences in the summary");

    // A 10 MB paste: a clear error, not an out-of-memory.
    let huge = JsString::from("0123456789").repeat(1_000_000);
    let err = analyze(huge.into(), None).expect_err("10 MB");
    assert!(error_message(&err).contains("too long"));
}
