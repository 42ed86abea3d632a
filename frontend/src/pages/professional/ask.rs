//! What every professional page shares: the draft, its errors, Back and Continue, and
//! builders for its questions. Every answer is addressed by its path (see the draft), which
//! also names the form field and any error about it, so a page only says what it asks.

use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{in_page_order, page_for, ProPage};
use crate::components::choices::{Choice, Radios, YES_NO_UNKNOWN};
use crate::components::date::{first_part, DateInput, DateParts};
use crate::components::error_summary::{field_id, to_field, Errors};
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::draft::{use_professional_draft, Entry, List, ProfessionalDraft, ProfessionalHandle, ASSESSMENT_DATE, DATE_OF_BIRTH};
use crate::i18n::{t, tf};
use crate::route::Route;

/// Where an error links to: a date's day box (see `to_field` for the rest), the first description for the list of
/// candidates, otherwise the field itself (a group of radios by its name).
pub fn target(field: &str) -> String {
    if field == DATE_OF_BIRTH || field == ASSESSMENT_DATE {
        format!("#{}", first_part(&field_id(field)))
    } else if field == "candidate_descriptions" {
        "#candidates-0-description".into()
    } else {
        to_field(field)
    }
}

fn mine(found: Vec<FieldError>, here: ProPage) -> Vec<FieldError> {
    in_page_order(found).into_iter().filter(|e| page_for(&e.field) == here).collect()
}

/// A page being shown: the draft as it is now, and what the page needs to ask and move on.
#[derive(Clone)]
pub struct Page {
    pub here: ProPage,
    pub draft: ProfessionalHandle,
    pub d: ProfessionalDraft,
    pub errors: UseStateHandle<Errors>,
    onsubmit: Callback<()>,
}

/// Continue checks this page's answers with the shared rules and moves on; what sending
/// found wrong on this page is shown again when the page opens.
#[hook]
pub fn use_page(here: ProPage) -> Page {
    let draft = use_professional_draft();
    let errors = {
        let pending = mine(draft.get().pending, here);
        use_state(move || if pending.is_empty() { Errors::default() } else { Errors::default().with_fields(pending, target) })
    };
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |_| {
            let found = mine(draft.get().problems(), here);
            if !found.is_empty() {
                errors.set(errors.with_fields(found, target));
                return;
            }
            if draft.get().pending.iter().any(|e| page_for(&e.field) == here) {
                draft.update(|d| d.pending.retain(|e| page_for(&e.field) != here));
            }
            if draft.get().checking && here == ProPage::Law {
                draft.update(|d| d.through_laws = true);
            }
            let next = here.next(&draft.get());
            if next == ProPage::Check.route() && draft.get().through_laws {
                draft.update(|d| d.through_laws = false);
            }
            if let Some(navigator) = &navigator {
                navigator.push(&next);
            }
        })
    };
    Page { here, d: draft.get(), draft, errors, onsubmit }
}

/// A text question.
pub struct Text {
    path: String,
    label: AttrValue,
    hint: Option<AttrValue>,
    input_type: &'static str,
    autocomplete: Option<&'static str>,
    class: &'static str,
    rows: Option<u32>,
    heading: bool,
}

impl Text {
    pub fn line(path: impl Into<String>, label: impl Into<AttrValue>) -> Text {
        Text { path: path.into(), label: label.into(), hint: None, input_type: "text", autocomplete: None, class: "", rows: None, heading: false }
    }

    pub fn area(path: impl Into<String>, label: impl Into<AttrValue>, rows: u32) -> Text {
        Text { rows: Some(rows), ..Text::line(path, label) }
    }

    pub fn hint(self, hint: impl Into<AttrValue>) -> Text {
        Text { hint: Some(hint.into()), ..self }
    }

    pub fn kind(self, input_type: &'static str, autocomplete: &'static str) -> Text {
        Text { input_type, autocomplete: Some(autocomplete), ..self }
    }

    /// For numbers, sections and references.
    pub fn short(self) -> Text {
        Text { class: "input-medium", ..self }
    }

    pub fn heading(self) -> Text {
        Text { heading: true, ..self }
    }
}

/// A radio question; "Yes", "No" and "I don't know" unless told otherwise.
pub struct Radio {
    path: String,
    legend: AttrValue,
    hint: Option<AttrValue>,
    options: Vec<Choice>,
    heading: bool,
}

impl Radio {
    pub fn new(path: impl Into<String>, legend: impl Into<AttrValue>) -> Radio {
        Radio { path: path.into(), legend: legend.into(), hint: None, options: YES_NO_UNKNOWN.to_vec(), heading: false }
    }

    pub fn hint(self, hint: impl Into<AttrValue>) -> Radio {
        Radio { hint: Some(hint.into()), ..self }
    }

    pub fn options(self, options: Vec<Choice>) -> Radio {
        Radio { options, ..self }
    }

    pub fn heading(self) -> Radio {
        Radio { heading: true, ..self }
    }
}

impl Page {
    pub fn back(&self) -> crate::route::Route {
        self.here.previous(&self.d)
    }

    /// The page's form: Back link, error summary, how far through it is, the questions and
    /// Continue. The pages about who is who offer a way straight to the questions of law.
    pub fn form(&self, questions: Html) -> Html {
        let pages: Vec<ProPage> = ProPage::all().filter(|p| *p != ProPage::Check && p.applies(&self.d)).collect();
        let at = pages.iter().position(|p| *p == self.here).map_or(pages.len(), |i| i + 1);
        let progress = tf("pro-progress", &[("page", &at.to_string()), ("pages", &pages.len().to_string())]);
        let before_law = matches!(self.here, ProPage::AboutYou | ProPage::Person | ProPage::Contact);
        html! {
            <>
                <QuestionForm back={self.back()} errors={(*self.errors).clone()} onsubmit={self.onsubmit.clone()}>
                    <p class="caption" id="progress">{ progress }</p>
                    { questions }
                </QuestionForm>
                if before_law {
                    <p><Link<Route> to={ProPage::Law.route()}>{ t("pro-skip-to-law") }</Link<Route>></p>
                }
            </>
        }
    }

    pub fn setter(&self, path: String) -> Callback<String> {
        let draft = self.draft.clone();
        Callback::from(move |value: String| draft.update(|d| d.set(&path, value)))
    }

    /// Adding an item to a list and removing one. Errors shown for the list's items would
    /// point at the wrong item once one is removed, so they go until the next Continue.
    pub fn list_actions(&self, list: List) -> (Callback<()>, Callback<usize>) {
        let draft = self.draft.clone();
        let onadd = Callback::from(move |_| draft.update(|d| d.list_mut(list).push(Entry::new())));
        let (draft, errors) = (self.draft.clone(), self.errors.clone());
        let onremove = Callback::from(move |i: usize| {
            draft.update(|d| {
                if i < d.list(list).len() {
                    d.list_mut(list).remove(i);
                }
            });
            errors.set(Errors { attempt: errors.attempt, ..Errors::default() });
        });
        (onadd, onremove)
    }

    pub fn error(&self, path: &str) -> Option<String> {
        self.errors.inline(path)
    }

    pub fn text(&self, t: Text) -> Html {
        let id = field_id(&t.path);
        let value = self.d.get(&t.path).to_string();
        let error = self.error(&t.path);
        let oninput = self.setter(t.path);
        match t.rows {
            Some(rows) => html! {
                <TextArea {id} label={t.label} hint={t.hint} heading={t.heading} {rows} {value} {error} {oninput} />
            },
            None => html! {
                <TextInput {id} label={t.label} hint={t.hint} heading={t.heading} input_type={t.input_type}
                    autocomplete={t.autocomplete} class={t.class} spellcheck={t.input_type == "text"} {value} {error} {oninput} />
            },
        }
    }

    pub fn radio(&self, r: Radio) -> Html {
        let selected: Vec<String> = Some(self.d.get(&r.path).to_string()).filter(|v| !v.is_empty()).into_iter().collect();
        let apart: Vec<&'static str> = r.options.iter().map(|c| c.value).filter(|v| *v == "unknown").collect();
        let onchange = self.setter(r.path.clone()).reform(|(value, _): (String, bool)| value);
        html! {
            <Radios name={field_id(&r.path)} legend={r.legend} hint={r.hint} heading={r.heading} options={r.options}
                {apart} {selected} error={self.error(&r.path)} {onchange} />
        }
    }

    pub fn date(&self, path: &str, legend: &'static str, hint: &'static str) -> Html {
        let part = |name: &str| self.d.get(&format!("{path}.{name}")).to_string();
        let value = DateParts { day: part("day"), month: part("month"), year: part("year") };
        let (draft, path_) = (self.draft.clone(), path.to_string());
        let onchange = Callback::from(move |(name, v): (&'static str, String)| draft.update(|d| d.set(&format!("{path_}.{name}"), v)));
        html! {
            <DateInput id={field_id(path)} {legend} {hint} {value} error={self.error(path)} {onchange} />
        }
    }
}

/// Questions that follow from the answer just above them.
pub fn reveal(questions: Html) -> Html {
    html! { <div class="conditional">{ questions }</div> }
}
