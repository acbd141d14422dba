//! The only file that knows wasm-bindgen: JsValue in, JsValue out.

use wasm_bindgen::prelude::*;

/// Analyses `text` with default options (the full options parsing lands with the page).
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let mut analysis = crate::analyze(text, &crate::Options::default())
        .map_err(|e| JsError::new(&e.to_string()))?;
    crate::offsets::convert(&mut analysis, text, crate::offsets::Unit::Utf16);
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    analysis
        .serialize(&ser)
        .map_err(|e| JsError::new(&e.to_string()))
}

use serde::Serialize;
