//! "Delete my answers", under every question and on every "check your answers": the
//! unfinished referral goes from the device at once, after one confirmation, and the person is
//! taken to the start page, which says it is done.

use std::cell::Cell;

use yew::prelude::*;
use yew_router::prelude::*;

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
    // `Some(true)` while asking; `Some(false)` once the person chose to keep them.
    let asking = use_state(|| None::<bool>);
    let navigator = use_navigator();
    use_effect_with(*asking, |asking| match asking {
        Some(true) => dom::focus_id("delete-answers-question"),
        Some(false) => dom::focus_id("delete-answers"),
        None => {}
    });
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(Some(true)))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(Some(false)))
    };
    let delete = Callback::from(move |_: MouseEvent| {
        device::delete_drafts();
        JUST_DELETED.with(|d| d.set(true));
        if let Some(navigator) = &navigator {
            navigator.push(&Route::Home);
        }
    });
    html! {
        <div class="delete-answers no-print">
            if *asking == Some(true) {
                <section class="warning" aria-labelledby="delete-answers-question">
                    <h2 class="heading-s" id="delete-answers-question" tabindex="-1">{ t("delete-answers-question") }</h2>
                    <p class="body">{ t("delete-answers-warning") }</p>
                    <div class="button-group">
                        <button type="button" id="delete-answers-confirm" class="button button-warning" onclick={delete}>
                            { t("delete-answers-confirm") }
                        </button>
                        <button type="button" id="delete-answers-keep" class="button button-secondary" onclick={keep}>
                            { t("delete-answers-keep") }
                        </button>
                    </div>
                </section>
            } else {
                <button type="button" id="delete-answers" class="button button-secondary button-small" onclick={ask}>
                    { t("delete-answers-button") }
                </button>
            }
        </div>
    }
}
