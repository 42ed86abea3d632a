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
use crate::i18n::t;

#[component]
pub fn Council() -> Html {
    let page = use_page(ProPage::Council);
    page.form(html! {
        <>
            <Heading text={t("pro-council-heading")} />
            { page.radio(Radio::new("eligibility.care_support_needs", t("pro-council-needs"))
                .hint(t("pro-council-needs-hint"))) }
            { page.radio(Radio::new("eligibility.council_involved", t("pro-council-involved"))
                .hint(t("pro-council-involved-hint"))) }
            if page.d.asks_process() {
                { reveal(html! {
                    <>
                        { page.radio(Radio::new("eligibility.process", t("pro-council-process"))
                            .options(radios(&PROCESS, &[]))) }
                        { page.radio(Radio::new("eligibility.role", t("pro-council-role")).options(radios(&ROLE, &[]))) }
                        { page.text(Text::area("process_stage", t("pro-council-stage"), 3)
                            .hint(t("pro-council-stage-hint"))) }
                    </>
                }) }
            }
        </>
    })
}

/// "What shows their difficulty understanding relevant information?", for each of the areas.
fn evidence_question(area: &str) -> &'static str {
    match area {
        "understanding" => t("pro-difficulty-evidence-understanding"),
        "retaining" => t("pro-difficulty-evidence-retaining"),
        "weighing" => t("pro-difficulty-evidence-weighing"),
        _ => t("pro-difficulty-evidence-communicating"),
    }
}

#[component]
pub fn Difficulty() -> Html {
    let page = use_page(ProPage::Difficulty);
    let onchange = {
        let draft = page.draft.clone();
        Callback::from(move |(value, on): (String, bool)| draft.update(|d| d.tick_difficulty(value, on)))
    };
    let options: Vec<Choice> = AREAS.iter().cloned().chain([choice(ANSWER_NONE, "pro-difficulty-none"), UNKNOWN]).collect();
    let ticked: Vec<&Choice> = AREAS.iter().filter(|a| page.d.ticked(a.value)).collect();
    page.form(html! {
        <>
            <Heading text={t("pro-difficulty-heading")} />
            <p class="body">{ t("pro-difficulty-intro") }</p>
            <Checkboxes name="eligibility-difficulty" legend={t("pro-difficulty-legend")}
                hint={t("pro-difficulty-hint")}
                {options} apart={vec![ANSWER_NONE]} selected={page.d.difficulty.clone()}
                error={page.error("eligibility.difficulty")} {onchange} />
            if !ticked.is_empty() {
                { reveal(html! { <>{ for ticked.iter().map(|area| page.text(
                    Text::area(format!("difficulty_evidence.{}", area.value), evidence_question(area.value), 3)
                        .hint(t("pro-difficulty-evidence-hint"))
                )) }</> }) }
            }
        </>
    })
}

fn candidate(page: &Page, i: usize) -> Html {
    html! {
        <>
            { page.text(Text::line(format!("candidates.{i}.description"), t("pro-candidate-description"))
                .hint(t("pro-candidate-description-hint"))) }
            { for DISQUALIFIERS.iter().map(|q| {
                let ask = Radio::new(format!("candidates.{i}.{}", q.value), t(q.label));
                page.radio(match q.hint { Some(hint) => ask.hint(t(hint)), None => ask })
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
            <Heading text={t("pro-support-heading")} />
            <p class="body">{ t("pro-support-intro") }</p>
            { page.radio(Radio::new("eligibility.candidates", t("pro-support-candidates"))
                .hint(t("pro-support-candidates-hint"))
                .options(ANYONE.to_vec())) }
            if page.d.asks_candidates() {
                { reveal(html! {
                    <Repeating id="candidates" item_name={t("pro-support-item")} add_label={t("pro-support-add")}
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
            <Heading text={t("pro-exceptions-heading")} />
            <p class="body">{ t("pro-exceptions-intro") }</p>
            { page.radio(Radio::new(PLACEMENT, t("pro-exceptions-placement"))) }
            if page.d.is(PLACEMENT, "yes") {
                { reveal(html! {
                    <>
                        { page.radio(Radio::new("eligibility.nhs_placement.setting", t("pro-exceptions-setting")).options(radios(&SETTING, &[]))) }
                        { page.text(Text::line("eligibility.nhs_placement.expected_days", t("pro-exceptions-days"))
                            .hint(t("pro-exceptions-days-hint")).kind("text", "off").short()) }
                        { page.radio(Radio::new("eligibility.nhs_placement.council_best_interests",
                            t("pro-exceptions-council-best-interests"))) }
                    </>
                }) }
            }
            { page.radio(Radio::new(DISAGREEMENT,
                t("pro-exceptions-disagreement"))) }
            if page.d.is(DISAGREEMENT, "yes") {
                { reveal(page.radio(Radio::new("eligibility.disagreement_with_appropriate_individual.both_agree_advocate_helps",
                    t("pro-exceptions-both-agree")))) }
            }
        </>
    })
}
