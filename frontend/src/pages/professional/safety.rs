//! Safeguarding, meetings and deadlines, risks, an advocate already involved, and the
//! person's own profile (communication needs, wishes about the advocate, who to involve),
//! with the components every route uses for the profile.

use yew::prelude::*;

use super::ask::{reveal, use_page, Page, Radio, Text};
use super::ProPage;
use crate::components::communication::CommunicationQuestions;
use crate::components::equality::EqualityQuestions;
use crate::components::heading::Heading;
use crate::components::preferences::{AdvocateQuestions, PeopleQuestions};
use crate::components::repeating::Repeating;
use crate::draft::{List, SAFEGUARDING};
use speakup_types::referral::MAX_DEADLINES;

#[component]
pub fn Safeguarding() -> Html {
    let page = use_page(ProPage::Safeguarding);
    page.form(html! {
        <>
            <Heading text="Safeguarding" />
            { page.radio(Radio::new(SAFEGUARDING, "Is there a safeguarding concern about the person?")) }
            if page.d.has_safeguarding() {
                { reveal(html! {
                    <>
                        { page.text(Text::area("safeguarding.concern", "What is the concern?", 5)
                            .hint("What has happened or is feared, and who is involved.")) }
                        { page.text(Text::line("safeguarding.s42_reference", "Section 42 enquiry reference (optional)")
                            .kind("text", "off").short()) }
                        { page.radio(Radio::new("eligibility.urgent_enquiry", "Is the enquiry urgent?")
                            .hint("An urgent enquiry can start before an advocate is appointed. We will appoint one as soon as we can.")) }
                        { page.text(Text::line("safeguarding.delegated_to", "Who has the enquiry been delegated to? (optional)")
                            .hint("For example the NHS trust or care provider, with a contact name.")) }
                    </>
                }) }
            }
        </>
    })
}

fn deadline(page: &Page, i: usize) -> Html {
    html! {
        <>
            { page.text(Text::line(format!("deadlines.{i}.what"), "What is it?")
                .hint("For example: needs assessment meeting, best interests meeting, tribunal hearing.")) }
            { page.date(&format!("deadlines.{i}.date"), "Date", "For example, 14 5 2026.") }
        </>
    }
}

#[component]
pub fn Deadlines() -> Html {
    let page = use_page(ProPage::Deadlines);
    let (onadd, onremove) = page.list_actions(List::Deadlines);
    let item = {
        let page = page.clone();
        Callback::from(move |i: usize| deadline(&page, i))
    };
    page.form(html! {
        <>
            <Heading text="Meetings and deadlines" />
            <p class="body">{ format!("Add any meeting, hearing or deadline the advocate must know about, up to {MAX_DEADLINES}. If there are none, continue.") }</p>
            <Repeating id="deadlines" item_name="Meeting or deadline" add_label="Add a meeting or deadline"
                count={page.d.deadlines.len()} max={MAX_DEADLINES} {item} {onadd} {onremove} />
        </>
    })
}

#[component]
pub fn Risks() -> Html {
    let page = use_page(ProPage::Risks);
    page.form(page.text(
        Text::area("risk", "Is there anything the advocate should know about risk? (optional)", 5)
            .hint("Risks to the person, or to an advocate visiting them alone: for example aggression, animals, other people at the address, or infection control.")
            .heading(),
    ))
}

#[component]
pub fn Advocate() -> Html {
    let page = use_page(ProPage::Advocate);
    page.form(html! {
        <>
            { page.radio(Radio::new("eligibility.existing_advocate", "Does the person already have an advocate?").heading()) }
            if page.d.asks_existing_advocate() {
                { reveal(page.text(Text::line("existing_advocate", "Who is the advocate, and where do they work?"))) }
            }
        </>
    })
}

#[component]
pub fn Communication() -> Html {
    let page = use_page(ProPage::Communication);
    let onchange = {
        let draft = page.draft.clone();
        Callback::from(move |needs| draft.update(|d| d.communication = needs))
    };
    page.form(html! {
        <CommunicationQuestions needs={page.d.communication.clone()} errors={(*page.errors).clone()} {onchange}
            about_someone_else={true} />
    })
}

fn set_preferences(page: &Page) -> Callback<speakup_types::referral::PersonPreferences> {
    let draft = page.draft.clone();
    Callback::from(move |preferences| draft.update(|d| d.preferences = preferences))
}

#[component]
pub fn Wishes() -> Html {
    let page = use_page(ProPage::Wishes);
    page.form(html! {
        <AdvocateQuestions preferences={page.d.preferences.clone()} errors={(*page.errors).clone()}
            onchange={set_preferences(&page)} about_someone_else=true />
    })
}

#[component]
pub fn People() -> Html {
    let page = use_page(ProPage::People);
    page.form(html! {
        <PeopleQuestions preferences={page.d.preferences.clone()} errors={(*page.errors).clone()}
            onchange={set_preferences(&page)} about_someone_else=true />
    })
}

#[component]
pub fn Equality() -> Html {
    let page = use_page(ProPage::Equality);
    let onanswering = {
        let draft = page.draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.equality_answering = Some(v)))
    };
    let onchange = {
        let draft = page.draft.clone();
        Callback::from(move |answers| draft.update(|d| d.equality = Some(answers)))
    };
    page.form(html! {
        <EqualityQuestions answers={page.d.equality.clone()} answering={page.d.equality_answering.clone()}
            {onanswering} {onchange} about_someone_else=true error={page.errors.inline_within("equality")} />
    })
}
