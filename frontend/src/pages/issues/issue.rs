//! One raised issue, for anyone to read and follow, and to say "this happens to me too":
//! counted, with nothing kept about who said it (a proof of work guards against floods).

use speakup_types::issues::IssueDetail;
use uuid::Uuid;
use yew::prelude::*;

use crate::api;
use crate::components::heading::Heading;
use crate::components::issue::issue_body;
use crate::components::links::back_link;
use crate::i18n::{t, tf};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct IssueProps {
    pub id: Uuid,
}

#[component]
pub fn IssuePage(props: &IssueProps) -> Html {
    let loaded = use_state(|| None::<Result<IssueDetail, String>>);
    {
        let loaded = loaded.clone();
        use_effect_with(props.id, move |id| {
            let id = *id;
            yew::platform::spawn_local(async move {
                loaded.set(Some(api::issue(id).await.map_err(|problem| problem.title)));
            });
        });
    }
    let (heading, body) = match &*loaded {
        None => (t("issues-heading").to_string(), html! { <p class="body" role="status">{ t("issues-loading") }</p> }),
        Some(Err(title)) => (t("issues-heading").to_string(), html! { <div class="error-summary" role="alert"><p class="body">{ title.clone() }</p></div> }),
        Some(Ok(issue)) => (issue.text.title.clone(), html! { <>{ issue_body(issue) }<MeToo id={issue.id} /></> }),
    };
    html! {
        <>
            { back_link(Route::Issues) }
            <Heading text={heading} />
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct MeTooProps {
    id: Uuid,
}

/// The button, and once pressed, thanks with the new count in place of it: pressed once per
/// visit to the page (the count keeps nothing that could stop a second visit). The thanks is
/// said in a live region that is there from the start, and focus moves to it.
#[component]
fn MeToo(props: &MeTooProps) -> Html {
    let counted = use_state(|| None::<u64>);
    let thanks = crate::dom::use_focus_when((), counted.is_some());
    let failed = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let onclick = {
        let (id, counted, failed, busy) = (props.id, counted.clone(), failed.clone(), busy.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (counted, failed, busy) = (counted.clone(), failed.clone(), busy.clone());
            yew::platform::spawn_local(async move {
                match api::me_too(id).await {
                    Ok(answer) => counted.set(Some(answer.me_too)),
                    Err(problem) => failed.set(Some(problem.title)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <section aria-labelledby="me-too-title">
            <h2 class="heading-m" id="me-too-title">{ t("issue-me-too-heading") }</h2>
            <p class="body" role="status" id="me-too-thanks" tabindex="-1" ref={thanks}>
                if let Some(count) = *counted { { tf("issue-me-too-thanks", &[("count", &count.to_string())]) } }
            </p>
            if counted.is_none() {
                <p class="body">{ t("issue-me-too-hint") }</p>
                if let Some(title) = &*failed {
                    <div class="error-summary" role="alert"><p class="body">{ title.clone() }</p></div>
                }
                <button type="button" class="button" id="me-too" disabled={*busy} {onclick}>{ t("issue-me-too") }</button>
                if *busy { <p class="body" role="status">{ t("issue-me-too-sending") }</p> }
            }
        </section>
    }
}
