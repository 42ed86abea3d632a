//! What the person would like from an advocate, and who to involve or keep out: the same
//! questions in every route, about "you" or about "them". Every answer is optional.

use speakup_types::referral::{AdvocateGender, PersonPreferences};
use yew::prelude::*;

use crate::components::choices::{choice, Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;

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

    fn pick<'a>(&self, me: &'a str, them: &'a str) -> &'a str {
        if self.about_someone_else { them } else { me }
    }
}

fn value(answer: &Option<String>) -> String {
    answer.clone().unwrap_or_default()
}

pub fn gender_choices() -> Vec<Choice> {
    AdvocateGender::ALL.iter().map(|g| choice(g.code(), g.label())).collect()
}

/// Gender, language, culture or faith, and an advocate from before.
#[component]
pub fn AdvocateQuestions(p: &PreferencesProps) -> Html {
    let prefs = &p.preferences;
    let ongender = p.set(|prefs, (code, _): (String, bool)| prefs.advocate_gender = AdvocateGender::from_code(&code));
    html! {
        <>
            <Heading text={p.pick("What would you like in an advocate?", "What would they like in an advocate?")} />
            <p class="body">{ "We will try to match this. All of these questions are optional." }</p>
            <Radios name="preferences-advocate_gender" legend={p.pick("Would you prefer your advocate to be…", "Would they prefer their advocate to be…")}
                options={gender_choices()} selected={prefs.advocate_gender.map(|g| g.code().to_string()).into_iter().collect::<Vec<_>>()}
                error={p.error("advocate_gender")} onchange={ongender} />
            <TextInput id="preferences-advocate_language" label="A language the advocate speaks (optional)"
                hint={p.pick("So you can talk without an interpreter.", "So they can talk without an interpreter.")} class="input-medium"
                value={value(&prefs.advocate_language)} error={p.error("advocate_language")}
                oninput={p.set(|prefs, v| prefs.advocate_language = Some(v))} />
            <TextInput id="preferences-advocate_culture_or_faith" label="A culture or faith the advocate understands (optional)"
                hint="For example, someone who understands Muslim, Jewish or Gypsy and Traveller life."
                value={value(&prefs.advocate_culture_or_faith)} error={p.error("advocate_culture_or_faith")}
                oninput={p.set(|prefs, v| prefs.advocate_culture_or_faith = Some(v))} />
            <TextInput id="preferences-previous_advocate"
                label={p.pick("An advocate you had before and would like again (optional)", "An advocate they had before and would like again (optional)")}
                hint="Their name, or where they worked." value={value(&prefs.previous_advocate)}
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
            <Heading text={p.pick("Who should we involve?", "Who should we involve for them?")} />
            <p class="body">{ "Both questions are optional. We keep what you say private." }</p>
            <TextArea id="preferences-involve"
                label={p.pick("Family or friends you would like involved (optional)", "Family or friends they would like involved (optional)")}
                hint="Their names, who they are, and how you would like them involved." rows={3}
                value={value(&prefs.involve)} error={p.error("involve")}
                oninput={p.set(|prefs, v| prefs.involve = Some(v))} />
            <TextArea id="preferences-do_not_involve"
                label="Anyone we must not involve or tell (optional)"
                hint="We will not contact them or share anything with them." rows={3}
                value={value(&prefs.do_not_involve)} error={p.error("do_not_involve")}
                oninput={p.set(|prefs, v| prefs.do_not_involve = Some(v))} />
        </>
    }
}
