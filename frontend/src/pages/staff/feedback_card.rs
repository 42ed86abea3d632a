//! The feedback card: a page to print and hand out or put on a ward wall, with a QR code of
//! the address of one feedback form, in one language. Staff choose the form and the language;
//! the card is drawn in that language's words (downloaded if the console does not have them)
//! and prints on its own.

use speakup_types::feedback::Sender;
use yew::prelude::*;
use yew_router::Routable;

use crate::components::fields::Select;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::dom;
use crate::i18n::{t, Language, Wording};
use crate::route::{FeedbackPage, Route};
use crate::words;

/// The forms a card can open, with their words: the first question (who is giving feedback),
/// or one kind of sender's questions.
fn forms() -> Vec<(String, String)> {
    std::iter::once((FeedbackPage::Who, "staff-card-form-any"))
        .chain(Sender::ALL.iter().map(|sender| (FeedbackPage::Questions(*sender), super::feedback::sender_label(*sender))))
        .map(|(page, label)| (page.to_string(), t(label).to_string()))
        .collect()
}

#[component]
pub fn CardPage() -> Html {
    let form = use_state(|| FeedbackPage::Who);
    let language = use_state(|| Language::English);
    // The card's words: there, being downloaded, or not to be had (no connection).
    let words_state = use_state(|| Some(true));
    {
        let words_state = words_state.clone();
        use_effect_with(*language, move |language| {
            let language = *language;
            if language.installed() {
                words_state.set(Some(true));
            } else {
                words_state.set(None);
                yew::platform::spawn_local(async move { words_state.set(Some(words::ensure(language).await)) });
            }
        });
    }
    let languages: Vec<(String, String)> = Language::ALL.iter().map(|l| (l.code().to_string(), l.own_name().to_string())).collect();
    let on_form = {
        let form = form.clone();
        Callback::from(move |v: String| form.set(v.parse().unwrap_or(FeedbackPage::Who)))
    };
    let on_language = {
        let language = language.clone();
        Callback::from(move |v: String| language.set(Language::parse(&v).unwrap_or(Language::English)))
    };
    let print = Callback::from(|_: MouseEvent| dom::print());
    let origin = gloo::utils::window().location().origin().unwrap_or_default();
    let address = format!("{origin}{}?language={}", form.route().to_path(), language.code());
    let shown = match *words_state {
        Some(true) => card(*language, &address),
        Some(false) => html! { <p class="body" role="alert">{ t("staff-card-no-words") }</p> },
        None => html! { <p class="body" role="status">{ t("staff-feedback-loading") }</p> },
    };
    html! {
        <>
            <div class="no-print">
                { back_link(Route::StaffFeedback) }
                <Heading text={t("staff-card-heading")} />
                <p class="body">{ t("staff-card-intro") }</p>
                <Select id="card-form" label={t("staff-card-form")} options={forms()} value={form.to_string()} onchange={on_form} />
                <Select id="card-language" label={t("staff-card-language")} options={languages} value={language.code().to_string()} onchange={on_language} />
                <button type="button" id="print-card" class="button" onclick={print}>{ t("staff-card-print") }</button>
            </div>
            { shown }
        </>
    }
}

/// The card itself, all in `language`.
fn card(language: Language, address: &str) -> Html {
    let words = |id: &str| speakup_locales::text(Wording { language, easy_read: false }, id);
    // The label is the card's own words, but they are written into markup: escape them.
    let label = words("feedback-card-qr").replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let qr = speakup_types::qr::svg(address)
        .map(|svg| svg.replacen("<svg ", &format!(r#"<svg role="img" aria-label="{label}" class="qr-code" "#), 1))
        .unwrap_or_default();
    html! {
        <section class="feedback-card" id="feedback-card" lang={language.code()} dir={language.direction()} aria-labelledby="card-title">
            <h2 class="heading-l" id="card-title">{ words("feedback-card-heading") }</h2>
            <p class="body">{ words("feedback-card-anonymous") }</p>
            { Html::from_html_unchecked(AttrValue::from(qr)) }
            <p class="body">{ words("feedback-card-scan") }</p>
            <p class="body card-address" id="card-address">{ address.to_string() }</p>
        </section>
    }
}
