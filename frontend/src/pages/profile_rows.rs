//! "Check your answers" rows about how to reach a person, what is safe, and their profile:
//! the same rows in every route, about "you" or "them".

use speakup_types::equality::EqualityMonitoring;
use speakup_types::referral::{CommunicationNeeds, ContactMethod, ContactPreferences, PersonPreferences};
use yew::prelude::*;

use crate::app::Route;
use crate::pages::public::check::{or_not_given, row, text, NOT_ANSWERED};

/// Who the rows are about, for the hidden text of the Change links: ("you", "your") or ("them", "their").
pub type Whom<'a> = (&'a str, &'a str);

/// The question and answer for the details of the chosen way of contact.
fn detail(method: ContactMethod, c: &ContactPreferences) -> (&'static str, String) {
    match method {
        ContactMethod::Phone | ContactMethod::Text => ("Phone number", or_not_given(&c.phone)),
        ContactMethod::Email => ("Email address", or_not_given(&c.email)),
        ContactMethod::Letter => ("Address", or_not_given(&c.address)),
        ContactMethod::InPerson => ("Where to meet", or_not_given(&c.address)),
        ContactMethod::NamedPerson => {
            let answer = c.named_person.as_ref().filter(|p| !p.name.trim().is_empty()).map(|p| p.summary());
            ("Who to contact through", answer.unwrap_or_else(|| NOT_ANSWERED.into()))
        }
    }
}

/// The way of contact and its details, as two rows.
pub fn contact_rows(method: Option<ContactMethod>, c: &ContactPreferences, pages: (Route, Route), (whom, whose): Whom) -> Html {
    let (detail_q, detail) = match method {
        Some(method) => detail(method, c),
        None => ("Contact details", NOT_ANSWERED.to_string()),
    };
    let method = method.map(|m| m.label().to_string()).unwrap_or_else(|| NOT_ANSWERED.into());
    html! {
        <>
            { row(&format!("How to contact {whom}"), text(method), pages.0, &format!("how to contact {whom}")) }
            { row(detail_q, text(detail), pages.1, &format!("{whose} contact details")) }
        </>
    }
}

/// Message safety, ways never to use, safe times and the codeword.
pub fn safety_rows(c: &ContactPreferences, message: &Option<String>, page: Route, (whom, _): Whom) -> Html {
    let message = match message.as_deref() {
        Some("yes") => "Yes",
        Some("no") => "No",
        Some(_) => "Not sure",
        None => NOT_ANSWERED,
    };
    let not_safe = if c.not_safe.is_empty() {
        "None".to_string()
    } else {
        c.not_safe.iter().map(|m| m.label()).collect::<Vec<_>>().join("\n")
    };
    let codeword = if c.codeword.is_some() { "Given" } else { "None" };
    html! {
        <>
            { row("Safe to leave a message", text(message.to_string()), page.clone(), "whether it is safe to leave a message") }
            { row("Ways that are not safe", text(not_safe), page.clone(), "ways that are not safe") }
            { row(&format!("Safe times to contact {whom}"), text(or_not_given(&c.safe_times)), page.clone(), &format!("safe times to contact {whom}")) }
            { row("Codeword", text(codeword.to_string()), page, "the codeword") }
        </>
    }
}

/// Communication needs, what they would like in an advocate, and who to involve.
pub fn profile_rows(needs: &CommunicationNeeds, preferences: &PersonPreferences, pages: [Route; 3], (whom, _): Whom) -> Html {
    let [communication, advocate, people] = pages;
    let needs = needs.labels();
    let lines = |answers: Vec<(&str, String)>| {
        let lines: Vec<String> = answers.into_iter().map(|(q, a)| format!("{q}: {a}")).collect();
        if lines.is_empty() { "Nothing given".to_string() } else { lines.join("\n") }
    };
    html! {
        <>
            { row(&format!("What helps {whom} communicate"), text(if needs.is_empty() { "Nothing given".into() } else { needs.join("\n") }), communication, &format!("what helps {whom} communicate")) }
            { row("The advocate", text(lines(preferences.about_advocate())), advocate, "what is wanted in an advocate") }
            { row("Family and friends", text(lines(preferences.about_people())), people, "who to involve") }
        </>
    }
}

/// Whether the optional equality questions were answered. The answers themselves are not
/// repeated: they may be sensitive, and they are kept apart from the referral once sent.
pub fn equality_row(answers: &Option<EqualityMonitoring>, change: Route, (_, whose): Whom) -> Html {
    let answer = match answers {
        Some(a) if a.0.len() == 1 => "Answered 1 question".to_string(),
        Some(a) => format!("Answered {} questions", a.0.len()),
        None => "Skipped".to_string(),
    };
    row("Equality questions (optional)", text(answer), change, &format!("{whose} answers to the equality questions"))
}
