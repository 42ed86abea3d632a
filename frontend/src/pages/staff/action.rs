//! What every staff action does alike, next to `use_load` for what a page fetches: one at a
//! time (a double click sends once), its problem shown on the page, and a 401 signing the
//! person out instead.

use std::future::Future;

use speakup_types::problem::{FieldError, Problem};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::signed_out;
use crate::api::ApiResult;
use crate::components::error_summary::{field_items, problem_items, Errors, SummaryItem};
use crate::session::{use_auth, AuthHandle};

/// Where a refused action's field errors link to.
#[derive(Clone, Copy)]
pub enum Fields {
    /// To the form's own fields, by this link for each field path.
    OnPage(fn(&str) -> String),
    /// Nowhere: the page has no such fields, so each problem is only listed in the summary.
    Elsewhere,
}

#[derive(Clone)]
pub struct Action {
    auth: AuthHandle,
    busy: UseStateHandle<bool>,
    errors: UseStateHandle<Errors>,
    fields: Fields,
}

#[hook]
pub fn use_action(fields: Fields) -> Action {
    Action { auth: use_auth(), busy: use_state(|| false), errors: use_state(Errors::default), fields }
}

impl Action {
    pub fn busy(&self) -> bool {
        *self.busy
    }

    pub fn errors(&self) -> Errors {
        (*self.errors).clone()
    }

    pub fn csrf(&self) -> String {
        self.auth.csrf()
    }

    /// Shows what the shared rules found wrong before anything was sent.
    pub fn refuse(&self, found: Vec<FieldError>) {
        let errors = match self.fields {
            Fields::OnPage(target) => self.errors.with_fields(found, target),
            Fields::Elsewhere => self.errors.failed(Vec::new(), unlinked(field_items(&found, |_| String::new()))),
        };
        self.errors.set(errors);
    }

    /// Clears what an earlier attempt showed, keeping the count so a new problem takes focus.
    pub fn clear(&self) {
        self.errors.set(Errors { attempt: self.errors.attempt, ..Errors::default() });
    }

    /// Sends `request` unless an action is already on its way, then hands the answer to `done`.
    pub fn run<T: 'static>(&self, request: impl Future<Output = ApiResult<T>> + 'static, done: impl FnOnce(T) + 'static) {
        self.run_or(request, done, |_| {});
    }

    /// As `run`; after a refusal has been shown, `failed` may act on it (after a 409, fetch
    /// what is there now).
    pub fn run_or<T: 'static>(
        &self,
        request: impl Future<Output = ApiResult<T>> + 'static,
        done: impl FnOnce(T) + 'static,
        failed: impl FnOnce(Problem) + 'static,
    ) {
        if *self.busy {
            return;
        }
        self.busy.set(true);
        let this = self.clone();
        spawn_local(async move {
            let result = request.await;
            this.busy.set(false);
            match result {
                Ok(answer) => {
                    this.clear();
                    done(answer);
                }
                Err(problem) if signed_out(&this.auth, &problem) => {}
                Err(problem) => {
                    this.errors.set(this.shown(&problem));
                    failed(problem);
                }
            }
        });
    }

    fn shown(&self, problem: &Problem) -> Errors {
        match self.fields {
            Fields::OnPage(target) => self.errors.with_problem(problem, target),
            Fields::Elsewhere => self.errors.failed(Vec::new(), unlinked(problem_items(problem, |_| String::new()))),
        }
    }
}

fn unlinked(items: Vec<SummaryItem>) -> Vec<SummaryItem> {
    items.into_iter().map(|item| SummaryItem { target: None, ..item }).collect()
}

/// One named entry of a list an admin keeps (a theme, an area, a qualification), with the
/// button that retires it or brings it back, and the problem if that failed. `prefix` makes
/// the ids: `<prefix>-<id>` for the button.
pub fn retire_row(id: &str, prefix: &str, name: &str, active: bool, action: &Action, onclick: Callback<MouseEvent>) -> Html {
    use crate::components::error_summary::ErrorSummary;
    use crate::i18n::t;
    let (button, status) = if active { ("staff-themes-retire", None) } else { ("staff-themes-restore", Some("staff-themes-retired")) };
    html! {
        <li class="summary-row">
            <ErrorSummary errors={action.errors()} title_id={format!("{prefix}-{id}-error-title")} />
            <span class="summary-key">{ name.to_string() }</span>
            if let Some(status) = status { { " " }<strong class="tag">{ t(status) }</strong> }
            { " " }
            <button type="button" id={format!("{prefix}-{id}")} class="button button-secondary button-small" disabled={action.busy()} {onclick}>
                { t(button) }<span class="visually-hidden">{ format!(" {name}") }</span>
            </button>
        </li>
    }
}

/// The problems already found in a form, then those the shared rules find in `body`: empty
/// when it may be sent.
pub fn problems_with(body: &impl validator::Validate, mut problems: Vec<FieldError>) -> Vec<FieldError> {
    if let Err(found) = body.validate() {
        let more: Vec<FieldError> =
            crate::i18n::field_errors(&found).into_iter().filter(|f| !problems.iter().any(|p| p.field == f.field)).collect();
        problems.extend(more);
    }
    problems
}

/// Which item of a list has which of its forms open (one at a time, so no id is on the page
/// twice), and which just closed, so focus goes back to the button that opened it.
#[derive(Clone)]
pub struct OpenForm<M: Copy + PartialEq + 'static> {
    open: UseStateHandle<Option<(uuid::Uuid, M)>>,
    closed: UseStateHandle<Option<(uuid::Uuid, M)>>,
}

#[hook]
pub fn use_open_form<M: Copy + PartialEq + 'static>() -> OpenForm<M> {
    OpenForm { open: use_state(|| None), closed: use_state(|| None) }
}

impl<M: Copy + PartialEq + 'static> OpenForm<M> {
    /// The form `item` has open, if any.
    pub fn of(&self, item: uuid::Uuid) -> Option<M> {
        (*self.open).filter(|(id, _)| *id == item).map(|(_, form)| form)
    }

    /// The form of `item` that just closed, whose button takes focus again.
    pub fn refocus(&self, item: uuid::Uuid) -> Option<M> {
        (*self.closed).filter(|(id, _)| *id == item).map(|(_, form)| form)
    }

    pub fn opener(&self, item: uuid::Uuid) -> Callback<M> {
        let open = self.open.clone();
        Callback::from(move |form: M| open.set(Some((item, form))))
    }

    /// Closes the open form without saving.
    pub fn cancel(&self) -> Callback<()> {
        let (open, closed) = (self.open.clone(), self.closed.clone());
        Callback::from(move |()| {
            closed.set(*open);
            open.set(None);
        })
    }

    /// Closes the open form once it saved, handing what came back to `done`.
    pub fn saved<T: 'static>(&self, done: Callback<T>) -> Callback<T> {
        let (open, closed) = (self.open.clone(), self.closed.clone());
        Callback::from(move |value: T| {
            closed.set(*open);
            open.set(None);
            done.emit(value);
        })
    }
}

/// Closes a form without saving it.
pub fn cancel_button(id: &'static str, label: &'static str, on_cancel: &Callback<()>) -> Html {
    let done = on_cancel.clone();
    html! {
        <button type="button" {id} class="button button-secondary" onclick={Callback::from(move |_: MouseEvent| done.emit(()))}>
            { crate::i18n::t(label) }
        </button>
    }
}
