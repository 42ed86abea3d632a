//! A tracking code shown so it is easy to read out: each word apart, with a clear gap between.

use yew::prelude::*;

/// The words of a code as spans with a space between, so copying still gives "word word word".
pub fn spaced_words(code: &str) -> Html {
    html! {
        { for code.split_whitespace().enumerate().map(|(i, word)| html! {
            <>{ if i > 0 { " " } else { "" } }<span class="code-word">{ word.to_string() }</span></>
        }) }
    }
}
