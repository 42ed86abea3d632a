//! An advocate's own profile: the first name people will see, the languages they speak, and,
//! only if they choose, their gender and culture or faith (used only to meet a person's
//! request for an advocate like them).

use speakup_types::casework::{AboutMe, AdvocateProfile, Gender};
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::choices::{choice, Radios};
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::i18n::{field_errors, t};
use crate::route::Route;

#[component]
pub fn MyProfilePage() -> Html {
    let load = use_load((), |()| api::my_profile());
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-cases-loading") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(profile) => html! { <AboutMeForm profile={profile.clone()} /> },
    };
    html! {
        <>
            { back_link(Route::StaffMyCases) }
            <Heading text={t("staff-about-me-heading")} />
            <p class="body">{ t("staff-about-me-intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    profile: AdvocateProfile,
}

#[component]
fn AboutMeForm(props: &FormProps) -> Html {
    let about = use_state(|| props.profile.about_me());
    // Languages as typed, one line each way: "Welsh, Urdu".
    let languages = use_state(|| props.profile.languages.join(", "));
    let action = use_action(Fields::OnPage(to_field));
    let saved = use_state(|| false);
    let notice = crate::dom::use_focus_when(*saved, *saved);
    let onsubmit = {
        let (action, about, languages, saved) = (action.clone(), about.clone(), languages.clone(), saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = AboutMe {
                languages: languages.split(',').map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
                ..(*about).clone()
            };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let (about, saved) = (about.clone(), saved.clone());
            action.run(api::save_my_profile(body, action.csrf()), move |profile| {
                about.set(profile.about_me());
                saved.set(true);
            });
        })
    };
    let set = |change: fn(&mut AboutMe, String)| {
        let (about, saved) = (about.clone(), saved.clone());
        Callback::from(move |value: String| {
            let mut changed = (*about).clone();
            change(&mut changed, value);
            about.set(changed);
            saved.set(false);
        })
    };
    let on_languages = {
        let languages = languages.clone();
        Callback::from(move |v: String| languages.set(v))
    };
    let on_gender = {
        let about = about.clone();
        Callback::from(move |(value, _): (String, bool)| about.set(AboutMe { gender: Gender::parse(&value), ..(*about).clone() }))
    };
    let genders = vec![
        choice("woman", "staff-about-me-gender-woman"),
        choice("man", "staff-about-me-gender-man"),
        choice("non_binary", "staff-about-me-gender-non-binary"),
        choice("", "staff-about-me-gender-not-said"),
    ];
    let errors = action.errors();
    html! {
        <form class="form" novalidate=true {onsubmit}>
            <ErrorSummary errors={errors.clone()} />
            <div role="status" class="notice-region">
                if *saved { <p class="notice" tabindex="-1" ref={notice} id="profile-saved">{ t("staff-about-me-saved") }</p> }
            </div>
            <TextInput id="first_name" label={t("staff-about-me-first-name")} hint={t("staff-about-me-first-name-hint")}
                class="input-medium" autocomplete="given-name" value={about.first_name.clone()} error={errors.inline("first_name")}
                oninput={set(|a, v| a.first_name = v)} />
            <TextInput id="languages" label={t("staff-about-me-languages")} hint={t("staff-about-me-languages-hint")}
                value={(*languages).clone()} error={errors.inline("languages")} oninput={on_languages} />
            <Radios name="gender" legend={t("staff-about-me-gender")} hint={t("staff-about-me-optional")} options={genders}
                selected={vec![about.gender.map(|g| g.code().to_string()).unwrap_or_default()]} onchange={on_gender} />
            <TextInput id="culture_or_faith" label={t("staff-about-me-culture")} hint={t("staff-about-me-optional")}
                value={about.culture_or_faith.clone().unwrap_or_default()} error={errors.inline("culture_or_faith")}
                oninput={set(|a, v| a.culture_or_faith = Some(v))} />
            <button type="submit" id="save-profile" class="button" disabled={action.busy()}>{ t("staff-about-me-save") }</button>
        </form>
    }
}
