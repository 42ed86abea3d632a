//! A statement answered on a scale of five faces, from very sad to very happy, each with its
//! word; the answer may be skipped, or taken back with "Skip this question".

use speakup_types::feedback::{Question, Rating};
use yew::prelude::*;

use crate::components::choices::{choice, Choice, Radios};
use crate::pictures::Picture;

const FACES: [Picture; 5] = [Picture::VerySad, Picture::Sad, Picture::Unsure, Picture::Happy, Picture::VeryHappy];
const AGREE: [&str; 5] = ["feedback-agree-1", "feedback-agree-2", "feedback-agree-3", "feedback-agree-4", "feedback-agree-5"];
const FEEL: [&str; 5] = ["feedback-feel-1", "feedback-feel-2", "feedback-feel-3", "feedback-feel-4", "feedback-feel-5"];
const VALUES: [&str; 5] = ["1", "2", "3", "4", "5"];
const SKIP: &str = "skip";

/// The words for a rating: how far a statement is true (`agree`) or how someone feels.
pub fn rating_word(rating: Rating, agree: bool) -> &'static str {
    let index = usize::from(rating.value() - 1);
    if agree { AGREE[index] } else { FEEL[index] }
}

/// The message id of a statement.
pub fn statement(question: Question) -> String {
    format!("feedback-q-{}", question.code().replace('_', "-"))
}

#[derive(Properties, PartialEq)]
pub struct ScaleProps {
    /// The radios' name; each option's id is `<name>-<1..5>` or `<name>-skip`.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// A statement's scale (true or not) rather than feelings.
    pub agree: bool,
    /// Nothing chosen yet, skipped (`Some(None)`) or a rating.
    pub chosen: Option<Option<Rating>>,
    /// A rating, or `None` for "Skip this question".
    pub onchange: Callback<Option<Rating>>,
}

#[component]
pub fn Scale(props: &ScaleProps) -> Html {
    let words = if props.agree { AGREE } else { FEEL };
    let mut options: Vec<Choice> = VALUES.iter().zip(words).map(|(value, label)| choice(value, label)).collect();
    options.push(choice(SKIP, "feedback-skip"));
    let selected = props.chosen.map(|r| r.map_or(SKIP.to_string(), |r| r.value().to_string())).into_iter().collect::<Vec<_>>();
    let onchange = props.onchange.reform(|(value, _): (String, bool)| value.parse::<u8>().ok().and_then(Rating::new));
    html! {
        <div class="scale">
            <Radios name={props.name.clone()} legend={props.legend.clone()} options={options} {selected}
                pictures={FACES.to_vec()} apart={vec![SKIP]} {onchange} />
        </div>
    }
}
