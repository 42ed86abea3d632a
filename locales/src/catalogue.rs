//! Reading one language's resource files into a map from message id to text.

use std::collections::HashMap;

/// One language's messages: ids and texts borrow from the compiled-in files.
#[derive(Debug, Default)]
pub struct Catalogue {
    messages: HashMap<&'static str, &'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub file: &'static str,
    pub line: usize,
    pub problem: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.problem)
    }
}

impl Catalogue {
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.messages.get(key).copied()
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.messages.keys().copied()
    }

    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads `(file name, contents)` pairs into one catalogue. Anything outside the subset we read
/// (multi-line values, attributes, selectors, terms) is an error rather than silently wrong text.
pub fn parse(files: &[(&'static str, &'static str)]) -> Result<Catalogue, ParseError> {
    let mut messages = HashMap::new();
    for &(file, source) in files {
        for (index, raw) in source.lines().enumerate() {
            let error = |problem| ParseError { file, line: index + 1, problem };
            let line = raw.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with(char::is_whitespace) {
                return Err(error("values must fit on one line"));
            }
            let Some((id, value)) = line.split_once('=') else {
                return Err(error("expected `id = text`"));
            };
            let (id, value) = (id.trim(), value.trim());
            if !valid_id(id) {
                return Err(error("a message id starts with a letter and holds letters, digits, - and _"));
            }
            if value.is_empty() {
                return Err(error("the text is empty"));
            }
            if !placeables_are_variables(value) {
                return Err(error("braces may only hold a variable, like { $name }"));
            }
            if messages.insert(id, value).is_some() {
                return Err(error("this id is already used"));
            }
        }
    }
    Ok(Catalogue { messages })
}

/// The `{ $name }` variables a text uses, in order.
pub fn variables(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        found.push(rest[open + 1..open + close].trim().trim_start_matches('$'));
        rest = &rest[open + close + 1..];
    }
    found
}

fn placeables_are_variables(text: &str) -> bool {
    let opens = text.matches('{').count();
    opens == text.matches('}').count()
        && variables(text).len() == opens
        && variables(text).iter().all(|v| valid_id(v))
        && text.split('{').skip(1).all(|part| part.trim_start().starts_with('$'))
}

/// Replaces each `{ $name }` with its value; a variable with no value is left as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push_str(&rest[..open]);
        let name = rest[open + 1..open + close].trim().trim_start_matches('$');
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 1]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}
