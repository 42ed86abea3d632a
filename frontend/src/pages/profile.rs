//! The profile pages of the self and on-behalf routes: what helps the person communicate,
//! what they would like in an advocate, who to involve, and the optional equality questions.
//! One generic page serves both routes (see `Flow`).

use yew::prelude::*;

use crate::components::communication::CommunicationQuestions;
use crate::components::equality::EqualityQuestions;
use crate::components::preferences::{AdvocateQuestions, PeopleQuestions};
use crate::components::question::QuestionForm;
use crate::pages::flow::{use_question, Flow, Profile, Question};
use crate::route::Step;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Topic {
    Communication,
    Advocate,
    People,
    Equality,
}

impl Topic {
    /// The page that asks it.
    pub fn step(self) -> Step {
        match self {
            Topic::Communication => Step::Communication,
            Topic::Advocate => Step::Advocate,
            Topic::People => Step::People,
            Topic::Equality => Step::Equality,
        }
    }

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
fn store<D: Flow, T: 'static>(q: &Question<D>, put: fn(Profile<'_>, T)) -> Callback<T> {
    q.set(move |d: &mut D, value| put(d.profile(), value))
}

#[component]
pub fn ProfilePage<D: Flow>(p: &TopicProps) -> Html {
    let q = use_question::<D>(p.topic.step());
    let onsubmit = q.submit(p.topic.fields());
    let mut d = q.get();
    let them = D::ABOUT_THEM;
    let profile = d.profile();
    let shown = q.errors();
    let questions = match p.topic {
        Topic::Communication => html! {
            <CommunicationQuestions needs={profile.communication.clone()} errors={shown.clone()}
                onchange={store(&q, |p, needs| *p.communication = needs)} about_someone_else={them} />
        },
        Topic::Advocate => html! {
            <AdvocateQuestions preferences={profile.preferences.clone()} errors={shown.clone()}
                onchange={store(&q, |p, preferences| *p.preferences = preferences)} about_someone_else={them} />
        },
        Topic::People => html! {
            <PeopleQuestions preferences={profile.preferences.clone()} errors={shown.clone()}
                onchange={store(&q, |p, preferences| *p.preferences = preferences)} about_someone_else={them} />
        },
        Topic::Equality => html! {
            <EqualityQuestions answers={profile.equality.clone()} answering={profile.equality_answering.clone()}
                onanswering={store(&q, |p, answer| *p.equality_answering = Some(answer))}
                onchange={store(&q, |p, answers| *p.equality = Some(answers))}
                about_someone_else={them} error={shown.inline_within("equality")} />
        },
    };
    html! {
        <QuestionForm back={q.back()} errors={shown} {onsubmit}>
            { questions }
        </QuestionForm>
    }
}
