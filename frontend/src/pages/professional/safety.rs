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
use crate::i18n::{t, tf};
use speakup_types::referral::MAX_DEADLINES;

#[component]
pub fn Safeguarding() -> Html {
    let page = use_page(ProPage::Safeguarding);
    page.form(html! {
        <>
            <Heading text={t("pro-safeguarding-heading")} />
            { page.radio(Radio::new(SAFEGUARDING, t("pro-safeguarding-question"))) }
            if page.d.has_safeguarding() {
                { reveal(html! {
                    <>
                        { page.text(Text::area("safeguarding.concern", t("pro-safeguarding-concern"), 5)
                            .hint(t("pro-safeguarding-concern-hint"))) }
                        { page.text(Text::line("safeguarding.s42_reference", t("pro-safeguarding-reference"))
                            .kind("text", "off").short()) }
                        { page.radio(Radio::new("eligibility.urgent_enquiry", t("pro-safeguarding-urgent"))
                            .hint(t("pro-safeguarding-urgent-hint"))) }
                        { page.text(Text::line("safeguarding.delegated_to", t("pro-safeguarding-delegated"))
                            .hint(t("pro-safeguarding-delegated-hint"))) }
                    </>
                }) }
            }
        </>
    })
}

fn deadline(page: &Page, i: usize) -> Html {
    html! {
        <>
            { page.text(Text::line(format!("deadlines.{i}.what"), t("pro-deadline-what"))
                .hint(t("pro-deadline-what-hint"))) }
            { page.date(&format!("deadlines.{i}.date"), t("pro-deadline-date"), t("pro-deadline-date-hint")) }
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
            <Heading text={t("pro-deadlines-heading")} />
            <p class="body">{ tf("pro-deadlines-intro", &[("max", &MAX_DEADLINES.to_string())]) }</p>
            <Repeating id="deadlines" item_name={t("pro-deadlines-item")} add_label={t("pro-deadlines-add")}
                count={page.d.deadlines.len()} max={MAX_DEADLINES} {item} {onadd} {onremove} />
        </>
    })
}

#[component]
pub fn Risks() -> Html {
    let page = use_page(ProPage::Risks);
    page.form(page.text(
        Text::area("risk", t("pro-risks"), 5)
            .hint(t("pro-risks-hint"))
            .heading(),
    ))
}

#[component]
pub fn Advocate() -> Html {
    let page = use_page(ProPage::Advocate);
    page.form(html! {
        <>
            { page.radio(Radio::new("eligibility.existing_advocate", t("pro-advocate-existing")).heading()) }
            if page.d.asks_existing_advocate() {
                { reveal(page.text(Text::line("existing_advocate", t("pro-advocate-who")))) }
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
