//! "Check your answers" rows about how to reach a person, what is safe, and their profile:
//! the same rows in every route, about "you" or "them".

use speakup_types::equality::EqualityMonitoring;
use speakup_types::referral::{CommunicationNeeds, ContactMethod, ContactPreferences, PersonPreferences};
use yew::prelude::*;

use crate::route::Route;
use crate::components::contact::method_label;
use crate::components::preferences::gender_label;
use crate::i18n::{t, tf};
use crate::pages::check::{or_not_given, row, text, NOT_ANSWERED};

/// Who the rows are about: ("you", "your") or ("them", "their"). Only which of the two counts:
/// each wording is a message of its own, so translations can word them freely.
pub type Whom<'a> = (&'a str, &'a str);

/// The message id about "you" or about "them".
fn pick((whom, _): Whom, you: &'static str, them: &'static str) -> &'static str {
    if whom == "you" { you } else { them }
}

/// The question and answer for the details of the chosen way of contact.
fn detail(method: ContactMethod, c: &ContactPreferences) -> (&'static str, String) {
    match method {
        ContactMethod::Phone | ContactMethod::Text => (t("profile-row-phone"), or_not_given(&c.phone)),
        ContactMethod::Email => (t("profile-row-email"), or_not_given(&c.email)),
        ContactMethod::Letter => (t("profile-row-address"), or_not_given(&c.address)),
        ContactMethod::InPerson => (t("profile-row-meet"), or_not_given(&c.address)),
        ContactMethod::NamedPerson => {
            let answer = c.named_person.as_ref().filter(|p| !p.name.trim().is_empty()).map(|p| p.summary());
            (t("profile-row-through"), answer.unwrap_or_else(|| t(NOT_ANSWERED).into()))
        }
    }
}

/// The way of contact and its details, as two rows.
pub fn contact_rows(method: Option<ContactMethod>, c: &ContactPreferences, pages: (Route, Route), whom: Whom) -> Html {
    let (detail_q, detail) = match method {
        Some(method) => detail(method, c),
        None => (t("profile-row-contact-details"), t(NOT_ANSWERED).to_string()),
    };
    let method = method.map(|m| t(method_label(m, whom.0 != "you")).to_string()).unwrap_or_else(|| t(NOT_ANSWERED).into());
    html! {
        <>
            { row(t(pick(whom, "profile-row-method-you", "profile-row-method-them")), text(method), pages.0,
                t(pick(whom, "profile-row-method-change-you", "profile-row-method-change-them"))) }
            { row(detail_q, text(detail), pages.1, t(pick(whom, "profile-row-details-change-you", "profile-row-details-change-them"))) }
        </>
    }
}

/// Message safety, ways never to use, safe times and the codeword, each changed on its page
/// (`pages`: messages, safe times, codeword; one page on a route that asks them together).
pub fn safety_rows(c: &ContactPreferences, message: &Option<String>, pages: [Route; 3], whom: Whom) -> Html {
    let [page, times_page, codeword_page] = pages;
    let message = match message.as_deref() {
        Some("yes") => t("answer-yes"),
        Some("no") => t("answer-no"),
        Some(_) => t("profile-row-not-sure"),
        None => t(NOT_ANSWERED),
    };
    let not_safe = if c.not_safe.is_empty() {
        t("profile-row-none").to_string()
    } else {
        c.not_safe.iter().map(|m| t(method_label(*m, whom.0 != "you"))).collect::<Vec<_>>().join("\n")
    };
    let codeword = if c.codeword.is_some() { t("profile-row-given") } else { t("profile-row-none") };
    html! {
        <>
            { row(t("profile-row-message"), text(message.to_string()), page.clone(), t("profile-row-message-change")) }
            { row(t("profile-row-not-safe"), text(not_safe), page.clone(), t("profile-row-not-safe-change")) }
            { row(t(pick(whom, "profile-row-safe-times-you", "profile-row-safe-times-them")), text(or_not_given(&c.safe_times)), times_page,
                t(pick(whom, "profile-row-safe-times-change-you", "profile-row-safe-times-change-them"))) }
            { row(t("profile-row-codeword"), text(codeword.to_string()), codeword_page, t("profile-row-codeword-change")) }
        </>
    }
}

/// The text of an answer, trimmed, when one was given.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The message id naming one of the tick-box communication aids, by its code.
fn aid_label(code: &str) -> &'static str {
    match code {
        "interpreter" => "profile-row-need-interpreter",
        "bsl" => "profile-row-need-bsl",
        "easy_read" => "profile-row-need-easy-read",
        "large_print" => "profile-row-need-large-print",
        "braille" => "profile-row-need-braille",
        "audio" => "profile-row-need-audio",
        _ => "profile-row-need-reading-help",
    }
}

/// The needs, one a line: the language, the aids ticked, then anything else.
pub fn needs_lines(needs: &CommunicationNeeds) -> Vec<String> {
    let written = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    let mut lines = Vec::new();
    if let Some(language) = written(&needs.language) {
        lines.push(tf("profile-row-need-language", &[("language", &language)]));
    }
    lines.extend(needs.aids().into_iter().map(|code| t(aid_label(code)).to_string()));
    if let Some(other) = written(&needs.other) {
        lines.push(tf("profile-row-need-other", &[("other", &other)]));
    }
    lines
}

/// What they would like in an advocate, one answer a line; unanswered questions left out.
pub fn advocate_lines(p: &PersonPreferences) -> Vec<String> {
    let gender = p.advocate_gender.map(|g| t(gender_label(g)));
    [
        ("profile-row-advocate-gender", gender),
        ("profile-row-advocate-language", given(&p.advocate_language)),
        ("profile-row-advocate-culture", given(&p.advocate_culture_or_faith)),
        ("profile-row-advocate-previous", given(&p.previous_advocate)),
    ]
    .into_iter()
    .filter_map(|(id, answer)| answer.map(|a| tf(id, &[("answer", a)])))
    .collect()
}

/// Who to involve and who not to, the same way.
pub fn people_lines(p: &PersonPreferences) -> Vec<String> {
    [("profile-row-involve", given(&p.involve)), ("profile-row-do-not-involve", given(&p.do_not_involve))]
        .into_iter()
        .filter_map(|(id, answer)| answer.map(|a| tf(id, &[("answer", a)])))
        .collect()
}

/// Communication needs, what they would like in an advocate, and who to involve.
pub fn profile_rows(needs: &CommunicationNeeds, preferences: &PersonPreferences, pages: [Route; 3], whom: Whom) -> Html {
    let [communication, advocate, people] = pages;
    let lines = |lines: Vec<String>| if lines.is_empty() { t("profile-row-nothing-given").to_string() } else { lines.join("\n") };
    html! {
        <>
            { row(t(pick(whom, "profile-row-communication-you", "profile-row-communication-them")), text(lines(needs_lines(needs))), communication,
                t(pick(whom, "profile-row-communication-change-you", "profile-row-communication-change-them"))) }
            { row(t("profile-row-advocate"), text(lines(advocate_lines(preferences))), advocate, t("profile-row-advocate-change")) }
            { row(t("profile-row-people"), text(lines(people_lines(preferences))), people, t("profile-row-people-change")) }
        </>
    }
}

/// Whether the optional equality questions were answered. The answers themselves are not
/// repeated: they may be sensitive, and they are kept apart from the referral once sent.
pub fn equality_row(answers: &Option<EqualityMonitoring>, change: Route, whom: Whom) -> Html {
    let answer = match answers {
        Some(a) if a.0.len() == 1 => t("profile-row-equality-one").to_string(),
        Some(a) => tf("profile-row-equality-many", &[("count", &a.0.len().to_string())]),
        None => t("profile-row-equality-skipped").to_string(),
    };
    row(t("profile-row-equality"), text(answer), change, t(pick(whom, "profile-row-equality-change-you", "profile-row-equality-change-them")))
}
