//! The Care Act questions: the council's process, substantial difficulty with the evidence
//! for it, who could support the person (the appropriate individual), and the two
//! exceptions that call for an advocate even when someone could.

use yew::prelude::*;

use super::ask::{reveal, use_page, Page, Radio, Text};
use super::ProPage;
use crate::components::choices::{choice, Checkboxes, Choice};
use crate::components::heading::Heading;
use crate::components::repeating::Repeating;
use crate::draft::options::{radios, ANYONE, AREAS, DISQUALIFIERS, PROCESS, ROLE, SETTING, UNKNOWN};
use crate::draft::{List, ANSWER_NONE, DISAGREEMENT, MAX_CANDIDATES, PLACEMENT};

#[component]
pub fn Council() -> Html {
    let page = use_page(ProPage::Council);
    page.form(html! {
        <>
            <Heading text="The council and the Care Act" />
            { page.radio(Radio::new("eligibility.care_support_needs", "Does the person appear to have needs for care and support?")
                .hint("Or, for a carer, needs for support.")) }
            { page.radio(Radio::new("eligibility.council_involved", "Is the council involved with them?")
                .hint("For example adult social care, a safeguarding team, or children's services planning the move to adult care.")) }
            if page.d.asks_process() {
                { reveal(html! {
                    <>
                        { page.radio(Radio::new("eligibility.process", "Which process are they part of, or about to be?")
                            .options(radios(&PROCESS, &[]))) }
                        { page.radio(Radio::new("eligibility.role", "Who is the process for?").options(radios(&ROLE, &[]))) }
                        { page.text(Text::area("process_stage", "Where has it got to? (optional)", 3)
                            .hint("For example: assessment visit booked for 3 March, or the plan is being reviewed next week.")) }
                    </>
                }) }
            }
        </>
    })
}

/// "Understanding relevant information" → "understanding relevant information".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

#[component]
pub fn Difficulty() -> Html {
    let page = use_page(ProPage::Difficulty);
    let onchange = {
        let draft = page.draft.clone();
        Callback::from(move |(value, on): (String, bool)| draft.update(|d| d.tick_difficulty(value, on)))
    };
    let options: Vec<Choice> = AREAS.iter().cloned().chain([choice(ANSWER_NONE, "None of these"), UNKNOWN]).collect();
    let ticked: Vec<&Choice> = AREAS.iter().filter(|a| page.d.ticked(a.value)).collect();
    page.form(html! {
        <>
            <Heading text="Difficulty taking part" />
            <p class="body">{ "Under the Care Act, substantial difficulty in any one of these four areas is enough." }</p>
            <Checkboxes name="eligibility-difficulty" legend="Would they have substantial difficulty with any of these?"
                hint="Tick all that apply. For each one you tick, tell us what shows it."
                {options} apart={vec![ANSWER_NONE]} selected={page.d.difficulty.clone()}
                error={page.error("eligibility.difficulty")} {onchange} />
            if !ticked.is_empty() {
                { reveal(html! { <>{ for ticked.iter().map(|area| page.text(
                    Text::area(format!("difficulty_evidence.{}", area.value), format!("What shows their difficulty {}?", lower_first(area.label)), 3)
                        .hint("What you have seen or been told, by whom and when.")
                )) }</> }) }
            }
        </>
    })
}

fn candidate(page: &Page, i: usize) -> Html {
    html! {
        <>
            { page.text(Text::line(format!("candidates.{i}.description"), "Who are they to the person?")
                .hint("For example: daughter, neighbour, friend from church. You do not need their name.")) }
            { for DISQUALIFIERS.iter().map(|q| {
                let ask = Radio::new(format!("candidates.{i}.{}", q.value), q.label);
                page.radio(match q.hint { Some(hint) => ask.hint(hint), None => ask })
            }) }
        </>
    }
}

#[component]
pub fn Support() -> Html {
    let page = use_page(ProPage::Support);
    let (onadd, onremove) = page.list_actions(List::Candidates);
    let item = {
        let page = page.clone();
        Callback::from(move |i: usize| candidate(&page, i))
    };
    page.form(html! {
        <>
            <Heading text="Who could support them" />
            <p class="body">{ "Someone unpaid who can support the person to take part (the appropriate individual) may mean they do not need a Care Act advocate. Tell us about anyone who might." }</p>
            { page.radio(Radio::new("eligibility.candidates", "Is there anyone who could support them to take part?")
                .hint("For example family, a friend or a neighbour.")
                .options(ANYONE.to_vec())) }
            if page.d.asks_candidates() {
                { reveal(html! {
                    <Repeating id="candidates" item_name="Person" add_label="Add another person"
                        count={page.d.candidates.len()} max={MAX_CANDIDATES} {item} {onadd} {onremove} />
                }) }
            }
        </>
    })
}

#[component]
pub fn Exceptions() -> Html {
    let page = use_page(ProPage::Exceptions);
    page.form(html! {
        <>
            <Heading text="When someone could support them" />
            <p class="body">{ "Even when someone could support the person, the Care Act still calls for an advocate in two cases." }</p>
            { page.radio(Radio::new(PLACEMENT, "Is an NHS-funded placement in a hospital or care home being considered for them?")) }
            if page.d.is(PLACEMENT, "yes") {
                { reveal(html! {
                    <>
                        { page.radio(Radio::new("eligibility.nhs_placement.setting", "Where would the placement be?").options(radios(&SETTING, &[]))) }
                        { page.text(Text::line("eligibility.nhs_placement.expected_days", "How many days is it expected to last? (optional)")
                            .hint("For example, 60.").kind("text", "off").short()) }
                        { page.radio(Radio::new("eligibility.nhs_placement.council_best_interests",
                            "Does the council believe an advocate would be in the person's best interests?")) }
                    </>
                }) }
            }
            { page.radio(Radio::new(DISAGREEMENT,
                "Do the council and the person who could support them disagree about something important for the person?")) }
            if page.d.is(DISAGREEMENT, "yes") {
                { reveal(page.radio(Radio::new("eligibility.disagreement_with_appropriate_individual.both_agree_advocate_helps",
                    "Do they both agree an advocate would help?"))) }
            }
        </>
    })
}
