//! The only module that knows wasm-bindgen: JsValue in, JsValue out.
//!
//! `analyze(text, options)` validates the options object by hand (so every error names
//! the option), runs the plain-Rust core, converts byte offsets to UTF-16 code units and
//! hands JS a plain object, written as one JSON string and parsed by `JSON.parse`. The
//! small fixed-shape results (`limits()`) go through serde-wasm-bindgen's
//! JSON-compatible serializer (plain objects, no `Map`s).
//!
//! Panics: wasm32 has no unwinding, so a panic would trap and poison the instance. The
//! panic hook asks wasm-bindgen to build a fresh instance on the next call
//! (`schedule_reinit`) and throws a JS `Error` naming the panic, so the caller sees an
//! ordinary exception and the next `analyze` works again.

// The embeddable element's DOM glue (extractArticle).
mod dom;
pub use dom::extract_article;

use crate::{Form, Length, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_SECTION: &str = include_str!("types.d.ts");

/// The hand-written TypeScript types that ship in the `.d.ts` (tests check them
/// against real results).
pub const TS_TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);

    /// The options object as JS passes it (typed `AnalyzeOptions` in the `.d.ts`,
    /// checked by hand in [`parse_options`]).
    #[wasm_bindgen(typescript_type = "AnalyzeOptions")]
    pub type JsOptions;
}

/// Analyses one article. Throws an `Error` naming the bad option, or saying the text is
/// too long; offsets in the result are UTF-16 code units into `text`.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<JsOptions>,
) -> Result<JsValue, JsValue> {
    install_panic_hook();
    let options = parse_options(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
    let text = input_text(&text)?;
    let mut analysis = crate::analyze(&text, &options).map_err(|e| error(&e.to_string()))?;
    crate::offsets::convert(&mut analysis, &text, crate::offsets::Unit::Utf16);
    // One JSON string and one `JSON.parse` build the result faster than a
    // property-by-property build across the boundary (typical article 3.6 ms against
    // 6.4 ms in `make bench-browser`); f32 scores come out in their shortest form.
    // The writer is the crate's own (`Analysis::to_json`), not serde_json's: smaller.
    js_sys::JSON::parse(&analysis.to_json())
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The hard limits (`maxInputBytes`).
#[wasm_bindgen(unchecked_return_type = "Limits")]
pub fn limits() -> JsValue {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Limits {
        max_input_bytes: usize,
    }
    let limits = Limits {
        max_input_bytes: crate::MAX_INPUT_BYTES,
    };
    limits
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::UNDEFINED)
}

/// Panics on purpose, so tests can check that a panic becomes an `Error` and that the
/// next call works (not part of the API).
#[doc(hidden)]
#[wasm_bindgen(js_name = "__panicForTesting", skip_typescript)]
pub fn panic_for_testing() {
    install_panic_hook();
    panic!("deliberate panic for testing");
}

static PANIC_RECOVERY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Leaves the panic hook to the caller: for Rust code that links this crate into a
/// bigger wasm binary (such as the wasm-bindgen-test harness, whose own hook reports
/// failed assertions) and so must not have the instance rebuilt under it.
#[doc(hidden)]
pub fn leave_panic_hook_alone() {
    PANIC_RECOVERY.store(false, std::sync::atomic::Ordering::Relaxed);
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if !PANIC_RECOVERY.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // The instance's state is unknown from here on: start afresh on the next call.
            wasm_bindgen::handler::schedule_reinit();
            let message = format!("article-summary internal error: {info}");
            console_error(&message);
            // Throwing skips the rest of this instance's stack, which is discarded anyway.
            wasm_bindgen::throw_str(&message);
        }));
    });
}

fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(target, &key.into(), value);
}

/// The text as Rust sees it. Lone surrogates become U+FFFD, also one UTF-16 unit, so
/// UTF-16 offsets into the caller's string stay exact.
fn input_text(text: &JsValue) -> Result<String, JsValue> {
    let Some(js) = text.dyn_ref::<js_sys::JsString>() else {
        return Err(error(&format!(
            "`text` must be a string, got {}",
            type_name(text)
        )));
    };
    // Every UTF-16 unit is at least one UTF-8 byte: refuse before copying into wasm
    // memory, which never shrinks.
    let units = js.length() as usize;
    if units > crate::MAX_INPUT_BYTES {
        return Err(error(&format!(
            "the text is too long: {units} UTF-16 code units, the limit is {} bytes of UTF-8",
            crate::MAX_INPUT_BYTES
        )));
    }
    Ok(String::from(js))
}

const OPTION_NAMES: [&str; 6] = ["sentences", "words", "ratio", "form", "title", "focus"];

fn bad_option(option: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(&format!("invalid option `{option}`: {message}"));
    set(&e, "option", &option.into());
    e.into()
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// A whole number for a count option; out-of-range counts are left to
/// [`Options::validate`], which knows the limits.
fn count(option: &str, value: &JsValue) -> Result<u32, JsValue> {
    let n = value.as_f64().ok_or_else(|| {
        bad_option(
            option,
            &format!("must be a number, got {}", type_name(value)),
        )
    })?;
    if n.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&n) {
        return Err(bad_option(
            option,
            &format!(
                "must be a positive whole number, got {}",
                crate::options::display_f64(n)
            ),
        ));
    }
    Ok(n as u32)
}

fn string(option: &str, value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        bad_option(
            option,
            &format!("must be a string, got {}", type_name(value)),
        )
    })
}

/// Reads the options object: unknown keys, wrong types and two lengths are errors;
/// `undefined` values count as absent.
fn parse_options(value: JsValue) -> Result<Options, JsValue> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(&value) || value.is_function() {
        return Err(error(&format!(
            "options must be an object, got {}",
            type_name(&value)
        )));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    let mut length_key: Option<&'static str> = None;
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        let Some(&name) = OPTION_NAMES.iter().find(|&&n| n == key) else {
            return Err(bad_option(
                &key,
                &format!(
                    "unknown option; known options are {}",
                    OPTION_NAMES.join(", ")
                ),
            ));
        };
        let v = js_sys::Reflect::get(object, &name.into())?;
        if v.is_undefined() {
            continue;
        }
        let length = match name {
            "sentences" => Some(Length::Sentences(count(name, &v)?)),
            "words" => Some(Length::Words(count(name, &v)?)),
            "ratio" => {
                let r = v.as_f64().ok_or_else(|| {
                    bad_option(name, &format!("must be a number, got {}", type_name(&v)))
                })?;
                Some(Length::Ratio(r as f32))
            }
            "form" => {
                options.form = match string(name, &v)?.as_str() {
                    "key-points" => Form::KeyPoints,
                    "tldr" => Form::Tldr,
                    "headline" => Form::Headline,
                    other => {
                        return Err(bad_option(
                            name,
                            &format!(
                                "must be \"key-points\", \"tldr\" or \"headline\", got {other:?}"
                            ),
                        ))
                    }
                };
                None
            }
            "title" => {
                options.title = Some(string(name, &v)?);
                None
            }
            _ => {
                options.focus = Some(string(name, &v)?);
                None
            }
        };
        if let Some(length) = length {
            if let Some(first) = length_key {
                return Err(bad_option(
                    name,
                    &format!(
                        "give only one of `sentences`, `words` and `ratio` (also got `{first}`)"
                    ),
                ));
            }
            length_key = Some(name);
            options.length = length;
        }
    }
    options
        .validate()
        .map_err(|e| bad_option(e.option, &e.message))?;
    Ok(options)
}
