//! What triage needs to know first, on the self and on-behalf routes: what help is needed (by
//! choosing pictures of the common reasons, in their own words, or both: either is enough),
//! and where the person lives.

use speakup_types::referral::CommonReason;
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice};
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::components::question::QuestionForm;
use crate::i18n::t;
use crate::pages::check::or_not_given;
use crate::pages::flow::{use_question, Flow};
use crate::pictures::Picture;
use crate::route::Step;

fn picture(reason: CommonReason) -> Picture {
    match reason {
        CommonReason::CareChanging => Picture::Care,
        CommonReason::Hospital => Picture::Hospital,
        CommonReason::Complaint => Picture::Complain,
        CommonReason::Money => Picture::Money,
        CommonReason::Housing => Picture::House,
        CommonReason::Unsafe => Picture::Warning,
    }
}

fn options() -> Vec<Choice> {
    CommonReason::ALL.iter().map(|r| choice(r.code(), r.label_id())).collect()
}

/// Ticks or unticks one reason, keeping them in the order they are offered.
fn tick(reasons: &mut Vec<CommonReason>, code: &str, on: bool) {
    let Some(reason) = CommonReason::from_code(code) else { return };
    reasons.retain(|r| *r != reason);
    if on {
        reasons.push(reason);
        reasons.sort_by_key(|r| CommonReason::ALL.iter().position(|a| a == r));
    }
}

#[component]
pub fn HelpWith<D: Flow>() -> Html {
    let q = use_question::<D>(Step::HelpWith);
    let mut d = q.get();
    let need = d.need();
    let selected: Vec<String> = need.reasons.iter().map(|r| r.code().to_string()).collect();
    let words = need.words.clone();
    let onchange = q.set(|d: &mut D, (code, on): (String, bool)| tick(d.need().reasons, &code, on));
    let oninput = q.set(|d: &mut D, v: String| *d.need().words = v);
    let pick = |you: &'static str, them: &'static str| if D::ABOUT_THEM { them } else { you };
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["help_with"])}>
            <Heading text={pick(t("questions-help-with-label"), t("for-help-with-label"))} />
            <Checkboxes name="reasons" legend={t("reasons-legend")} hint={t("reasons-hint")} options={options()}
                pictures={CommonReason::ALL.into_iter().map(picture).collect::<Vec<_>>()} {selected} {onchange} />
            <TextArea id="help_with" label={pick(t("questions-help-with-words"), t("for-help-with-words"))}
                hint={pick(t("questions-help-with-hint"), t("for-help-with-hint"))}
                value={words} rows={8} error={q.error("help_with")} {oninput} />
        </QuestionForm>
    }
}

#[component]
pub fn LivesIn<D: Flow>() -> Html {
    let q = use_question::<D>(Step::LivesIn);
    let value = q.get().lives_in().clone().unwrap_or_default();
    let oninput = q.set(|d: &mut D, v: String| *d.lives_in() = Some(v));
    let pick = |you: &'static str, them: &'static str| if D::ABOUT_THEM { them } else { you };
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["lives_in"])}>
            <TextInput id="lives_in" heading=true label={pick(t("lives-in-label"), t("for-lives-in-label"))}
                hint={pick(t("lives-in-hint"), t("for-lives-in-hint"))} {value} autocomplete={pick("address-level2", "off")}
                error={q.error("lives_in")} {oninput} />
        </QuestionForm>
    }
}

/// The reasons chosen, in words, one to a line.
pub fn reasons_text(reasons: &[CommonReason]) -> Option<String> {
    (!reasons.is_empty()).then(|| reasons.iter().map(|r| t(r.label_id())).collect::<Vec<_>>().join("\n"))
}

/// The answer to the first question on "check your answers": the pictures chosen, then the words.
pub fn need_answer(reasons: &[CommonReason], words: &str) -> String {
    let words = Some(words.trim()).filter(|w| !w.is_empty()).map(str::to_string);
    match (reasons_text(reasons), words) {
        (Some(reasons), Some(words)) => format!("{reasons}\n{words}"),
        (Some(reasons), None) => reasons,
        (None, words) => or_not_given(&words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_tick_on_and_off_in_the_order_offered() {
        let mut reasons = Vec::new();
        tick(&mut reasons, "money", true);
        tick(&mut reasons, "care_changing", true);
        tick(&mut reasons, "not_a_reason", true);
        assert_eq!(reasons, [CommonReason::CareChanging, CommonReason::Money]);
        tick(&mut reasons, "care_changing", false);
        assert_eq!(reasons, [CommonReason::Money]);
    }
}
