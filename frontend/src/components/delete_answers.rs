//! "Delete my answers", under every question and on every "check your answers": the
//! unfinished referral goes from the device at once, after one confirmation, and the person is
//! taken to the start page, which says it is done.

use std::cell::Cell;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::confirm::Confirm;
use crate::device;
use crate::dom;
use crate::i18n::t;
use crate::route::Route;

thread_local! {
    /// Set by a deletion, for the start page to say so once.
    static JUST_DELETED: Cell<bool> = const { Cell::new(false) };
}

/// Whether answers were deleted just now; asking forgets it.
pub fn just_deleted() -> bool {
    JUST_DELETED.with(|d| d.replace(false))
}

#[component]
pub fn DeleteAnswers() -> Html {
    // `Some(true)` while asking; `Some(false)` once the person chose to keep them, so focus
    // goes back to the button (the question takes it itself when it appears).
    let asking = use_state(|| None::<bool>);
    use_effect_with(*asking, |asking| {
        if *asking == Some(false) {
            dom::focus_id("delete-answers");
        }
    });
    let navigator = use_navigator();
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(Some(true)))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |()| asking.set(Some(false)))
    };
    let delete = Callback::from(move |()| {
        device::delete_drafts();
        JUST_DELETED.with(|d| d.set(true));
        if let Some(navigator) = &navigator {
            navigator.push(&Route::Home);
        }
    });
    html! {
        <div class="delete-answers no-print">
            if *asking == Some(true) {
                <Confirm id="delete-answers-question" question={t("delete-answers-question")} text={t("delete-answers-warning")}
                    yes={t("delete-answers-confirm")} yes_id="delete-answers-confirm" warning=true onyes={delete}
                    no={t("delete-answers-keep")} no_id="delete-answers-keep" onno={keep} />
            } else {
                <button type="button" id="delete-answers" class="button button-secondary button-small" onclick={ask}>
                    { t("delete-answers-button") }
                </button>
            }
        </div>
    }
}
