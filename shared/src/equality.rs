//! Optional equality monitoring: the nine protected characteristics of the Equality Act and
//! the life circumstances in NICE NG227 box 2 that can lead to unequal access.
//!
//! The questions are data, so the PWA renders them, the server validates them and reports
//! count them from one catalogue. Every question has "prefer not to say" and may be skipped.
//! Answers are stored apart from the case record and only ever reported in aggregate.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use speakup_locales::Language;
use validator::{Validate, ValidationError, ValidationErrors};

use crate::words;

pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";

pub struct EqualityQuestion {
    pub code: &'static str,
    /// Message id of the question asked of the person (`equality-<code>-question`).
    pub question_id: &'static str,
    /// Message id of the same question asked of someone answering for another person
    /// (`equality-<code>-about-them`).
    pub about_them_id: &'static str,
    /// Several answers may be chosen (life circumstances can overlap).
    pub multiple: bool,
    /// Each option's code and the message id of its label (`equality-<code>-<option>`).
    pub options: &'static [(&'static str, &'static str)],
}

impl EqualityQuestion {
    pub fn question_in(&self, language: Language) -> &'static str {
        words::plain(language, self.question_id)
    }

    pub fn about_them_in(&self, language: Language) -> &'static str {
        words::plain(language, self.about_them_id)
    }

    /// The label of the option with this code, if the question has it.
    pub fn option_label_in(&self, option: &str, language: Language) -> Option<&'static str> {
        self.options.iter().find(|(code, _)| *code == option).map(|(_, id)| words::plain(language, id))
    }
}

pub const QUESTIONS: &[EqualityQuestion] = &[
    EqualityQuestion { code: "age", question_id: "equality-age-question", about_them_id: "equality-age-about-them", multiple: false, options: &[
        ("under_18", "equality-age-under-18"), ("18_24", "equality-age-18-24"), ("25_34", "equality-age-25-34"),
        ("35_44", "equality-age-35-44"), ("45_54", "equality-age-45-54"), ("55_64", "equality-age-55-64"),
        ("65_74", "equality-age-65-74"), ("75_84", "equality-age-75-84"), ("85_plus", "equality-age-85-plus"),
        (PREFER_NOT_TO_SAY, "equality-age-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "disability", question_id: "equality-disability-question", about_them_id: "equality-disability-about-them", multiple: false, options: &[
        ("yes", "equality-disability-yes"), ("no", "equality-disability-no"), (PREFER_NOT_TO_SAY, "equality-disability-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "gender_reassignment", question_id: "equality-gender-reassignment-question", about_them_id: "equality-gender-reassignment-about-them", multiple: false, options: &[
        ("yes", "equality-gender-reassignment-yes"), ("no", "equality-gender-reassignment-no"), (PREFER_NOT_TO_SAY, "equality-gender-reassignment-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "marriage_civil_partnership", question_id: "equality-marriage-civil-partnership-question", about_them_id: "equality-marriage-civil-partnership-about-them", multiple: false, options: &[
        ("married", "equality-marriage-civil-partnership-married"), ("civil_partnership", "equality-marriage-civil-partnership-civil-partnership"),
        ("neither", "equality-marriage-civil-partnership-neither"), (PREFER_NOT_TO_SAY, "equality-marriage-civil-partnership-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "pregnancy_maternity", question_id: "equality-pregnancy-maternity-question", about_them_id: "equality-pregnancy-maternity-about-them", multiple: false, options: &[
        ("yes", "equality-pregnancy-maternity-yes"), ("no", "equality-pregnancy-maternity-no"), (PREFER_NOT_TO_SAY, "equality-pregnancy-maternity-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "ethnicity", question_id: "equality-ethnicity-question", about_them_id: "equality-ethnicity-about-them", multiple: false, options: &[
        ("asian", "equality-ethnicity-asian"), ("black", "equality-ethnicity-black"), ("mixed", "equality-ethnicity-mixed"),
        ("white", "equality-ethnicity-white"), ("other", "equality-ethnicity-other"), (PREFER_NOT_TO_SAY, "equality-ethnicity-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "religion", question_id: "equality-religion-question", about_them_id: "equality-religion-about-them", multiple: false, options: &[
        ("none", "equality-religion-none"), ("buddhist", "equality-religion-buddhist"), ("christian", "equality-religion-christian"),
        ("hindu", "equality-religion-hindu"), ("jewish", "equality-religion-jewish"), ("muslim", "equality-religion-muslim"),
        ("sikh", "equality-religion-sikh"), ("other", "equality-religion-other"), (PREFER_NOT_TO_SAY, "equality-religion-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "sex", question_id: "equality-sex-question", about_them_id: "equality-sex-about-them", multiple: false, options: &[
        ("female", "equality-sex-female"), ("male", "equality-sex-male"), (PREFER_NOT_TO_SAY, "equality-sex-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "sexual_orientation", question_id: "equality-sexual-orientation-question", about_them_id: "equality-sexual-orientation-about-them", multiple: false, options: &[
        ("straight", "equality-sexual-orientation-straight"), ("gay_lesbian", "equality-sexual-orientation-gay-lesbian"),
        ("bisexual", "equality-sexual-orientation-bisexual"), ("other", "equality-sexual-orientation-other"),
        (PREFER_NOT_TO_SAY, "equality-sexual-orientation-prefer-not-to-say"),
    ] },
    EqualityQuestion { code: "life_circumstances", question_id: "equality-life-circumstances-question", about_them_id: "equality-life-circumstances-about-them", multiple: true, options: &[
        ("moving_to_adult_services", "equality-life-circumstances-moving-to-adult-services"), ("communication_impairment", "equality-life-circumstances-communication-impairment"),
        ("learning_difficulty", "equality-life-circumstances-learning-difficulty"), ("learning_disability", "equality-life-circumstances-learning-disability"),
        ("reading_difficulty", "equality-life-circumstances-reading-difficulty"), ("refugee", "equality-life-circumstances-refugee"),
        ("english_not_first_language", "equality-life-circumstances-english-not-first-language"), ("offender", "equality-life-circumstances-offender"),
        ("homeless", "equality-life-circumstances-homeless"), ("gypsy_roma_traveller", "equality-life-circumstances-gypsy-roma-traveller"),
        ("coercive_control", "equality-life-circumstances-coercive-control"), ("health_inequalities", "equality-life-circumstances-health-inequalities"),
        ("none", "equality-life-circumstances-none"), (PREFER_NOT_TO_SAY, "equality-life-circumstances-prefer-not-to-say"),
    ] },
];

pub fn question(code: &str) -> Option<&'static EqualityQuestion> {
    QUESTIONS.iter().find(|q| q.code == code)
}

/// Question code → the option codes chosen. Absent questions were skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EqualityMonitoring(pub BTreeMap<String, Vec<String>>);

/// Message ids of the validation errors: a question we do not ask, and answers the question
/// does not allow.
pub const UNKNOWN_QUESTION: &str = "equality-error-unknown-question";
pub const ANSWERS_NOT_ALLOWED: &str = "equality-error-answers";

/// Options that rule out every other answer to a many-answer question.
pub const EXCLUSIVE: [&str; 2] = ["none", PREFER_NOT_TO_SAY];

impl EqualityMonitoring {
    /// Ticks or unticks one option of question `q`, as a form does: a one-answer question
    /// takes the new answer, and "none" or "prefer not to say" clear the others and are
    /// cleared by them. A question left with no answer counts as skipped.
    pub fn choose(&mut self, q: &EqualityQuestion, option: &str, ticked: bool) {
        let chosen = self.0.remove(q.code).unwrap_or_default();
        let now: Vec<String> = if !ticked {
            chosen.into_iter().filter(|c| c != option).collect()
        } else if !q.multiple || EXCLUSIVE.contains(&option) {
            vec![option.to_string()]
        } else {
            chosen.into_iter().filter(|c| !EXCLUSIVE.contains(&c.as_str())).chain([option.to_string()]).collect()
        };
        if !now.is_empty() {
            self.0.insert(q.code.to_string(), now);
        }
    }
}

/// `message` is a message id in `locales/ftl/*/engine.ftl`: `problem::field_errors` puts it
/// into words.
fn invalid(message: &'static str) -> ValidationError {
    let mut e = ValidationError::new("equality");
    e.message = Some(message.into());
    e
}

impl Validate for EqualityMonitoring {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        for (code, chosen) in &self.0 {
            let Some(q) = question(code) else {
                errors.add("question", invalid(UNKNOWN_QUESTION));
                continue;
            };
            let known = chosen.iter().all(|c| q.options.iter().any(|(o, _)| o == c));
            let mixes_exclusive = chosen.len() > 1 && chosen.iter().any(|c| EXCLUSIVE.contains(&c.as_str()));
            let mut sorted = chosen.clone();
            sorted.sort();
            sorted.dedup();
            if !known || (!q.multiple && chosen.len() > 1) || mixes_exclusive || sorted.len() != chosen.len() {
                errors.add(q.code, invalid(ANSWERS_NOT_ALLOWED));
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EqualitySummary {
    /// The month or quarter counted: always one that has ended.
    pub period: crate::period::Period,
    /// How many people answered, published like every other figure (`None` for 1 to 4).
    pub responses: Option<u64>,
    pub questions: Vec<QuestionCounts>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionCounts {
    pub code: String,
    pub question: String,
    pub options: Vec<OptionCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionCount {
    pub code: String,
    pub label: String,
    /// Rounded to the nearest 5; `None` when 1 to 4 people chose it (see `period::publishable`).
    pub count: Option<u64>,
}

/// Counts every option of every question for `period`, published rounded with small numbers
/// left out.
pub fn summarise<'a>(period: crate::period::Period, responses: impl IntoIterator<Item = &'a EqualityMonitoring>) -> EqualitySummary {
    let mut counts: BTreeMap<(&str, &str), u64> = BTreeMap::new();
    let mut total = 0;
    for response in responses {
        total += 1;
        for (code, chosen) in &response.0 {
            for option in chosen {
                if let Some((q, o)) = question(code).and_then(|q| q.options.iter().find(|(o, _)| o == option).map(|(o, _)| (q.code, *o))) {
                    *counts.entry((q, o)).or_default() += 1;
                }
            }
        }
    }
    let questions = QUESTIONS
        .iter()
        .map(|q| QuestionCounts {
            code: q.code.into(),
            question: q.question_in(Language::English).into(),
            options: q
                .options
                .iter()
                .map(|(code, label_id)| {
                    let n = counts.get(&(q.code, *code)).copied().unwrap_or(0);
                    let label = words::plain(Language::English, label_id).into();
                    OptionCount { code: (*code).into(), label, count: crate::period::publishable(n) }
                })
                .collect(),
        })
        .collect();
    EqualitySummary { period, responses: crate::period::publishable(total), questions }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &[&str])]) -> EqualityMonitoring {
        EqualityMonitoring(pairs.iter().map(|(q, a)| (q.to_string(), a.iter().map(|s| s.to_string()).collect())).collect())
    }

    #[test]
    fn the_catalogue_has_nine_characteristics_and_life_circumstances_each_with_prefer_not_to_say() {
        assert_eq!(QUESTIONS.len(), 10);
        for q in QUESTIONS {
            assert!(q.options.iter().any(|(o, _)| *o == PREFER_NOT_TO_SAY), "{}", q.code);
        }
        assert!(question("life_circumstances").unwrap().multiple);
    }

    #[test]
    fn answers_must_come_from_the_catalogue() {
        assert!(answers(&[("age", &["25_34"]), ("life_circumstances", &["homeless", "refugee"])]).validate().is_ok());
        assert!(answers(&[]).validate().is_ok());
        for bad in [
            answers(&[("shoe_size", &["9"])]),
            answers(&[("age", &["25_34", "35_44"])]),
            answers(&[("age", &["ancient"])]),
            answers(&[("life_circumstances", &["homeless", PREFER_NOT_TO_SAY])]),
            answers(&[("life_circumstances", &["homeless", "homeless"])]),
        ] {
            assert!(bad.validate().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn choosing_keeps_answers_valid() {
        let circumstances = question("life_circumstances").unwrap();
        let mut answers = EqualityMonitoring::default();
        answers.choose(circumstances, "homeless", true);
        answers.choose(circumstances, "refugee", true);
        assert!(answers.validate().is_ok());
        answers.choose(circumstances, "none", true);
        assert_eq!(answers, self::answers(&[("life_circumstances", &["none"])]));
        answers.choose(circumstances, "homeless", true);
        assert_eq!(answers, self::answers(&[("life_circumstances", &["homeless"])]));
        answers.choose(circumstances, "homeless", false);
        assert!(answers.0.is_empty(), "a question with nothing ticked is skipped");
        let sex = question("sex").unwrap();
        answers.choose(sex, "female", true);
        answers.choose(sex, "male", true);
        assert_eq!(answers, self::answers(&[("sex", &["male"])]));
        assert!(answers.validate().is_ok());
    }

    #[test]
    fn summaries_count_and_suppress_small_numbers() {
        let mut responses = vec![answers(&[("sex", &["female"])]); 6];
        responses.push(answers(&[("sex", &["male"]), ("life_circumstances", &["homeless", "refugee"])]));
        let november = crate::period::Period::parse("2026-11").unwrap();
        let summary = summarise(november, &responses);
        assert_eq!((summary.period, summary.responses), (november, Some(5)), "7 is published as 5");
        let sex = summary.questions.iter().find(|q| q.code == "sex").unwrap();
        let count = |code: &str| sex.options.iter().find(|o| o.code == code).unwrap().count;
        assert_eq!(count("female"), Some(5), "6 is published as 5");
        assert_eq!(count("male"), None);
        assert_eq!(count(PREFER_NOT_TO_SAY), Some(0));
    }

    #[test]
    fn every_question_and_answer_has_its_words_in_english_and_welsh() {
        let ids = QUESTIONS.iter().flat_map(|q| {
            assert_eq!(q.question_id, format!("equality-{}-question", q.code.replace('_', "-")));
            assert_eq!(q.about_them_id, format!("equality-{}-about-them", q.code.replace('_', "-")));
            for (code, id) in q.options {
                assert_eq!(*id, format!("equality-{}-{}", q.code.replace('_', "-"), code.replace('_', "-")));
            }
            [q.question_id, q.about_them_id].into_iter().chain(q.options.iter().map(|(_, id)| *id))
        });
        crate::words::tests::assert_in_english_and_welsh(ids.chain([UNKNOWN_QUESTION, ANSWERS_NOT_ALLOWED]).map(String::from));
    }

    #[test]
    fn the_english_words_are_unchanged() {
        let english: Vec<(&str, &str, &str, Vec<&str>)> = QUESTIONS
            .iter()
            .map(|q| {
                let labels = q.options.iter().map(|(code, _)| q.option_label_in(code, Language::English).unwrap_or_default()).collect();
                (q.code, q.question_in(Language::English), q.about_them_in(Language::English), labels)
            })
            .collect();
        let before: Vec<(&str, &str, &str, Vec<&str>)> = vec![
            ("age", "How old are you?", "How old are they?", vec!["Under 18", "18 to 24", "25 to 34", "35 to 44", "45 to 54", "55 to 64", "65 to 74", "75 to 84", "85 or over", "Prefer not to say"]),
            ("disability", "Do you consider yourself to be disabled?", "Do they consider themselves to be disabled?", vec!["Yes", "No", "Prefer not to say"]),
            ("gender_reassignment", "Is your gender the same as the sex you were registered with at birth?", "Is their gender the same as the sex they were registered with at birth?", vec!["Yes", "No", "Prefer not to say"]),
            ("marriage_civil_partnership", "Are you married or in a civil partnership?", "Are they married or in a civil partnership?", vec!["Married", "In a civil partnership", "Neither", "Prefer not to say"]),
            ("pregnancy_maternity", "Are you pregnant, or have you had a baby in the last year?", "Are they pregnant, or have they had a baby in the last year?", vec!["Yes", "No", "Prefer not to say"]),
            ("ethnicity", "What is your ethnic group?", "What is their ethnic group?", vec!["Asian or Asian British", "Black, Black British, Caribbean or African", "Mixed or multiple ethnic groups", "White", "Another ethnic group", "Prefer not to say"]),
            ("religion", "What is your religion or belief?", "What is their religion or belief?", vec!["No religion", "Buddhist", "Christian", "Hindu", "Jewish", "Muslim", "Sikh", "Another religion or belief", "Prefer not to say"]),
            ("sex", "What is your sex?", "What is their sex?", vec!["Female", "Male", "Prefer not to say"]),
            ("sexual_orientation", "What is your sexual orientation?", "What is their sexual orientation?", vec!["Straight or heterosexual", "Gay or lesbian", "Bisexual", "Another sexual orientation", "Prefer not to say"]),
            ("life_circumstances", "Do any of these apply to you?", "Do any of these apply to them?", vec!["Moving from children's to adult services", "A communication impairment", "A learning difficulty", "A learning disability", "Finding reading hard", "Being a refugee or asylum seeker", "Having a first language other than English", "Having been in prison or in trouble with the law", "Being homeless", "Being from a Gypsy, Roma or Traveller community", "Being controlled or pressured by someone close", "Finding it hard to get health care", "None of these", "Prefer not to say"]),
        ];
        assert_eq!(english, before);
        let english = |id| words::plain(Language::English, id);
        assert_eq!(english(UNKNOWN_QUESTION), "One of the equality questions is not one we ask");
        assert_eq!(english(ANSWERS_NOT_ALLOWED), "Choose one answer, or several only where the question allows it");
        assert_eq!(summarise(crate::period::Period::parse("2026-11").unwrap(), &[]).questions[0].options[0].label, "Under 18");
    }

    #[test]
    fn validation_errors_are_message_ids_the_api_puts_into_english() {
        let errors = answers(&[("shoe_size", &["9"]), ("age", &["25_34", "35_44"])]).validate().unwrap_err();
        let messages: Vec<String> = crate::problem::field_errors(&errors).into_iter().map(|e| e.message).collect();
        assert_eq!(messages, ["Choose one answer, or several only where the question allows it", "One of the equality questions is not one we ask"]);
    }
}
