//! What the person would like from an advocate, and who to involve or keep out: the same
//! questions in every route, about "you" or about "them". Every answer is optional.

use speakup_types::referral::{AdvocateGender, PersonPreferences};
use yew::prelude::*;

use crate::components::choices::{choice, Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::i18n::t;

#[derive(Properties, PartialEq)]
pub struct PreferencesProps {
    pub preferences: PersonPreferences,
    pub errors: Errors,
    pub onchange: Callback<PersonPreferences>,
    #[prop_or_default]
    pub about_someone_else: bool,
}

impl PreferencesProps {
    fn set<T: 'static>(&self, change: fn(&mut PersonPreferences, T)) -> Callback<T> {
        let (preferences, onchange) = (self.preferences.clone(), self.onchange.clone());
        Callback::from(move |value: T| {
            let mut preferences = preferences.clone();
            change(&mut preferences, value);
            onchange.emit(preferences);
        })
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors.inline(&format!("preferences.{field}"))
    }

    /// The wording about "you" or about "them": each is a message of its own.
    fn pick(&self, me: &'static str, them: &'static str) -> &'static str {
        t(if self.about_someone_else { them } else { me })
    }
}

fn value(answer: &Option<String>) -> String {
    answer.clone().unwrap_or_default()
}

/// The message id naming a preferred gender of advocate.
pub fn gender_label(gender: AdvocateGender) -> &'static str {
    match gender {
        AdvocateGender::Woman => "preferences-gender-woman",
        AdvocateGender::Man => "preferences-gender-man",
        AdvocateGender::NoPreference => "preferences-gender-no-preference",
    }
}

pub fn gender_choices() -> Vec<Choice> {
    AdvocateGender::ALL.iter().map(|g| choice(g.code(), gender_label(*g))).collect()
}

/// Gender, language, culture or faith, and an advocate from before.
#[component]
pub fn AdvocateQuestions(p: &PreferencesProps) -> Html {
    let prefs = &p.preferences;
    let ongender = p.set(|prefs, (code, _): (String, bool)| prefs.advocate_gender = AdvocateGender::from_code(&code));
    html! {
        <>
            <Heading text={p.pick("preferences-advocate-heading-you", "preferences-advocate-heading-them")} />
            <p class="body">{ t("preferences-advocate-intro") }</p>
            <Radios name="preferences-advocate_gender" legend={p.pick("preferences-gender-legend-you", "preferences-gender-legend-them")}
                options={gender_choices()} selected={prefs.advocate_gender.map(|g| g.code().to_string()).into_iter().collect::<Vec<_>>()}
                error={p.error("advocate_gender")} onchange={ongender} />
            <TextInput id="preferences-advocate_language" label={t("preferences-language-label")}
                hint={p.pick("preferences-language-hint-you", "preferences-language-hint-them")} class="input-medium"
                value={value(&prefs.advocate_language)} error={p.error("advocate_language")}
                oninput={p.set(|prefs, v| prefs.advocate_language = Some(v))} />
            <TextInput id="preferences-advocate_culture_or_faith" label={t("preferences-culture-label")}
                hint={t("preferences-culture-hint")}
                value={value(&prefs.advocate_culture_or_faith)} error={p.error("advocate_culture_or_faith")}
                oninput={p.set(|prefs, v| prefs.advocate_culture_or_faith = Some(v))} />
            <TextInput id="preferences-previous_advocate"
                label={p.pick("preferences-previous-label-you", "preferences-previous-label-them")}
                hint={t("preferences-previous-hint")} value={value(&prefs.previous_advocate)}
                error={p.error("previous_advocate")} oninput={p.set(|prefs, v| prefs.previous_advocate = Some(v))} />
        </>
    }
}

/// Family and friends to involve, and people to keep out.
#[component]
pub fn PeopleQuestions(p: &PreferencesProps) -> Html {
    let prefs = &p.preferences;
    html! {
        <>
            <Heading text={p.pick("preferences-people-heading-you", "preferences-people-heading-them")} />
            <p class="body">{ t("preferences-people-intro") }</p>
            <TextArea id="preferences-involve"
                label={p.pick("preferences-involve-label-you", "preferences-involve-label-them")}
                hint={t("preferences-involve-hint")} rows={3}
                value={value(&prefs.involve)} error={p.error("involve")}
                oninput={p.set(|prefs, v| prefs.involve = Some(v))} />
            <TextArea id="preferences-do_not_involve"
                label={t("preferences-do-not-involve-label")}
                hint={t("preferences-do-not-involve-hint")} rows={3}
                value={value(&prefs.do_not_involve)} error={p.error("do_not_involve")}
                oninput={p.set(|prefs, v| prefs.do_not_involve = Some(v))} />
        </>
    }
}
