//! The hidden `--dump-scopes` run: each file named is read, decoded and parsed as a check would,
//! and its semantic model's scopes (`semantic::dump`) become one JSON line, for `bench/scopes.py`
//! to compare with CPython's `symtable`. A file that cannot be modelled gets a line with the
//! reason instead, so every path named has exactly one line.

use std::path::Path;

use serde::Serialize;

use crate::core::parse::parse_within;
use crate::core::semantic::SemanticModel;
use crate::core::semantic::dump::{ScopeSummary, summarize};
use crate::run::encoding::Source;
use crate::run::read::read_source;

/// What the dump says about one file.
#[derive(Serialize)]
struct FileScopes<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    scopes: Vec<ScopeSummary>,
}

/// The JSON line (without its newline) for the file at `path`.
pub fn file_line(path: &Path) -> String {
    let shown = path.to_string_lossy();
    let (scopes, error) = match scopes_of(path) {
        Ok(scopes) => (scopes, None),
        Err(error) => (Vec::new(), Some(error)),
    };
    let line = FileScopes {
        path: &shown,
        error,
        scopes,
    };
    serde_json::to_string(&line).unwrap_or_else(|error| {
        format!(r#"{{"path":{shown:?},"error":"not serialisable: {error}","scopes":[]}}"#)
    })
}

fn scopes_of(path: &Path) -> Result<Vec<ScopeSummary>, String> {
    let bytes = read_source(path)?;
    let source = Source::decode(&bytes)?;
    let text = source.text.as_ref();
    let tree =
        parse_within(text, crate::core::parse::TIME_LIMIT).map_err(|error| error.message())?;
    let model =
        SemanticModel::build(&tree, text).map_err(|_| crate::core::depth::too_deep_message())?;
    Ok(summarize(&model, &tree, text))
}
