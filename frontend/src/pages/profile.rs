//! The profile pages of the self and on-behalf routes: what helps the person communicate,
//! what they would like in an advocate, who to involve, and the optional equality questions.
//! One generic page serves both routes (see `Flow`).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::communication::CommunicationQuestions;
use crate::components::equality::EqualityQuestions;
use crate::components::error_summary::Errors;
use crate::components::preferences::{AdvocateQuestions, PeopleQuestions};
use crate::components::question::QuestionForm;
use crate::draft::{use_stored, Handle};
use crate::pages::flow::{continue_with, Flow, Profile};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Topic {
    Communication,
    Advocate,
    People,
    Equality,
}

impl Topic {
    /// The answers the page asks for, so Continue checks only those.
    fn fields(self) -> &'static [&'static str] {
        match self {
            Topic::Communication => &["communication"],
            Topic::Advocate | Topic::People => &["preferences"],
            Topic::Equality => &["equality"],
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TopicProps {
    pub topic: Topic,
}

/// A callback that stores an answer in the draft's profile.
fn store<D: Flow, T: 'static>(draft: &Handle<D>, put: fn(Profile<'_>, T)) -> Callback<T> {
    let draft = draft.clone();
    Callback::from(move |value: T| draft.update(|d| put(d.profile(), value)))
}

#[component]
pub fn ProfilePage<D: Flow>(p: &TopicProps) -> Html {
    let draft = use_stored::<D>();
    let errors = use_state(Errors::default);
    let here = D::topic_page(p.topic);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), here.clone(), p.topic.fields());
    let mut d = draft.get();
    let back = d.back_from(&here);
    let them = D::ABOUT_THEM;
    let profile = d.profile();
    let shown = (*errors).clone();
    let questions = match p.topic {
        Topic::Communication => html! {
            <CommunicationQuestions needs={profile.communication.clone()} errors={shown.clone()}
                onchange={store(&draft, |p, needs| *p.communication = needs)} about_someone_else={them} />
        },
        Topic::Advocate => html! {
            <AdvocateQuestions preferences={profile.preferences.clone()} errors={shown.clone()}
                onchange={store(&draft, |p, preferences| *p.preferences = preferences)} about_someone_else={them} />
        },
        Topic::People => html! {
            <PeopleQuestions preferences={profile.preferences.clone()} errors={shown.clone()}
                onchange={store(&draft, |p, preferences| *p.preferences = preferences)} about_someone_else={them} />
        },
        Topic::Equality => html! {
            <EqualityQuestions answers={profile.equality.clone()} answering={profile.equality_answering.clone()}
                onanswering={store(&draft, |p, answer| *p.equality_answering = Some(answer))}
                onchange={store(&draft, |p, answers| *p.equality = Some(answers))}
                about_someone_else={them} error={errors.inline_within("equality")} />
        },
    };
    html! {
        <QuestionForm {back} errors={shown} {onsubmit}>
            { questions }
        </QuestionForm>
    }
}
