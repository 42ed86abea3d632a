//! A date as three boxes, day, month and year, in a `<fieldset>` with a `<legend>`: easier to
//! type on a phone than a date picker, and each part keeps what was typed. The inputs' ids are
//! `<id>-day`, `<id>-month` and `<id>-year`; an error about the date links to the day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A date as typed, kept as it is so a mistake can be shown back and corrected.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// What three boxes typed into add up to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateAnswer {
    Blank,
    Valid(NaiveDate),
    Invalid,
}

impl DateAnswer {
    pub fn valid(self) -> Option<NaiveDate> {
        match self {
            DateAnswer::Valid(date) => Some(date),
            _ => None,
        }
    }
}

impl DateParts {
    /// The date typed, if it is one: a four-figure year, and a day that month has.
    pub fn answer(&self) -> DateAnswer {
        let (day, month, year) = (self.day.trim(), self.month.trim(), self.year.trim());
        if day.is_empty() && month.is_empty() && year.is_empty() {
            return DateAnswer::Blank;
        }
        let number = |text: &str| text.parse::<u32>().ok();
        let date = match (number(day), number(month), number(year)) {
            (Some(d), Some(m), Some(y)) if year.len() == 4 => NaiveDate::from_ymd_opt(y as i32, m, d),
            _ => None,
        };
        date.map_or(DateAnswer::Invalid, DateAnswer::Valid)
    }

    /// The boxes filled in with `date`, or empty.
    pub fn of(date: Option<NaiveDate>) -> DateParts {
        use chrono::Datelike;
        date.map(|d| DateParts { day: d.day().to_string(), month: d.month().to_string(), year: d.year().to_string() }).unwrap_or_default()
    }

    /// A date that may be left out: none when blank, otherwise the date, or the problem with
    /// it (`message`, on `field`) so it is said, never dropped.
    pub fn optional(&self, field: &str, message: &str) -> Result<Option<NaiveDate>, speakup_types::problem::FieldError> {
        match self.answer() {
            DateAnswer::Blank => Ok(None),
            DateAnswer::Valid(day) => Ok(Some(day)),
            DateAnswer::Invalid => Err(speakup_types::problem::FieldError::from_id(field, message, &[], crate::i18n::wording())),
        }
    }

    /// The part of the date a change names ("day", "month" or "year").
    pub fn part_mut(&mut self, name: &str) -> &mut String {
        match name {
            "day" => &mut self.day,
            "month" => &mut self.month,
            _ => &mut self.year,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct DateProps {
    /// The DTO path with `.` replaced by `-`.
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    pub value: DateParts,
    /// Called with the part ("day", "month" or "year") and what it now holds.
    pub onchange: Callback<(&'static str, String)>,
}

/// A `DateInput`'s `onchange` for a form whose draft is `state`: writes the part typed into
/// the date `pick` chooses in the draft.
pub fn edit_in<D: Clone + 'static>(state: &UseStateHandle<D>, pick: fn(&mut D) -> &mut DateParts) -> Callback<(&'static str, String)> {
    let state = state.clone();
    Callback::from(move |(part, value): (&'static str, String)| {
        let mut changed = (*state).clone();
        *pick(&mut changed).part_mut(part) = value;
        state.set(changed);
    })
}

/// The id an error summary links to for a date.
pub fn first_part(id: &str) -> String {
    format!("{id}-day")
}

#[component]
pub fn DateInput(p: &DateProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-error", p.id);
    let described: Vec<&str> = [p.hint.as_ref().map(|_| hint_id.as_str()), p.error.as_ref().map(|_| error_id.as_str())]
        .into_iter()
        .flatten()
        .collect();
    let part = |name: &'static str, label: &'static str, value: &str, width: &'static str| {
        let id = format!("{}-{name}", p.id);
        let oninput = p.onchange.reform(move |e: InputEvent| (name, e.target_unchecked_into::<HtmlInputElement>().value()));
        html! {
            <div class="date-input-item">
                <label class="label" for={id.clone()}>{ label }</label>
                <input class={classes!("input", width, p.error.is_some().then_some("input-error"))}
                    id={id.clone()} name={id} type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    value={value.to_string()} aria-invalid={p.error.is_some().then_some("true")} {oninput} />
            </div>
        }
    };
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field-error"))}>
            <fieldset class="fieldset" role="group" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                <legend class="legend">{ p.legend.clone() }</legend>
                if let Some(hint) = &p.hint {
                    <div id={hint_id.clone()} class="hint">{ crate::i18n::lines(hint) }</div>
                }
                if let Some(message) = &p.error {
                    <p id={error_id.clone()} class="error-message">
                        <span class="visually-hidden">{ crate::i18n::t("error-prefix") }</span>{ message.clone() }
                    </p>
                }
                <div class="date-input">
                    { part("day", crate::i18n::t("date-day"), &p.value.day, "input-width-2") }
                    { part("month", crate::i18n::t("date-month"), &p.value.month, "input-width-2") }
                    { part("year", crate::i18n::t("date-year"), &p.value.year, "input-width-4") }
                </div>
            </fieldset>
        </div>
    }
}
