//! Optional equality monitoring: the nine protected characteristics of the Equality Act and
//! the life circumstances in NICE NG227 box 2 that can lead to unequal access.
//!
//! The questions are data, so the PWA renders them, the server validates them and reports
//! count them from one catalogue. Every question has "prefer not to say" and may be skipped.
//! Answers are stored apart from the case record and only ever reported in aggregate.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors};

pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";

pub struct EqualityQuestion {
    pub code: &'static str,
    pub question: &'static str,
    /// The same question asked of someone answering for another person.
    pub about_them: &'static str,
    /// Several answers may be chosen (life circumstances can overlap).
    pub multiple: bool,
    pub options: &'static [(&'static str, &'static str)],
}

pub const QUESTIONS: &[EqualityQuestion] = &[
    EqualityQuestion { code: "age", question: "How old are you?", about_them: "How old are they?", multiple: false, options: &[
        ("under_18", "Under 18"), ("18_24", "18 to 24"), ("25_34", "25 to 34"), ("35_44", "35 to 44"),
        ("45_54", "45 to 54"), ("55_64", "55 to 64"), ("65_74", "65 to 74"), ("75_84", "75 to 84"),
        ("85_plus", "85 or over"), (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "disability", question: "Do you consider yourself to be disabled?", about_them: "Do they consider themselves to be disabled?", multiple: false, options: &[
        ("yes", "Yes"), ("no", "No"), (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "gender_reassignment", question: "Is your gender the same as the sex you were registered with at birth?", about_them: "Is their gender the same as the sex they were registered with at birth?", multiple: false, options: &[
        ("yes", "Yes"), ("no", "No"), (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "marriage_civil_partnership", question: "Are you married or in a civil partnership?", about_them: "Are they married or in a civil partnership?", multiple: false, options: &[
        ("married", "Married"), ("civil_partnership", "In a civil partnership"), ("neither", "Neither"),
        (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "pregnancy_maternity", question: "Are you pregnant, or have you had a baby in the last year?", about_them: "Are they pregnant, or have they had a baby in the last year?", multiple: false, options: &[
        ("yes", "Yes"), ("no", "No"), (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "ethnicity", question: "What is your ethnic group?", about_them: "What is their ethnic group?", multiple: false, options: &[
        ("asian", "Asian or Asian British"), ("black", "Black, Black British, Caribbean or African"),
        ("mixed", "Mixed or multiple ethnic groups"), ("white", "White"), ("other", "Another ethnic group"),
        (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "religion", question: "What is your religion or belief?", about_them: "What is their religion or belief?", multiple: false, options: &[
        ("none", "No religion"), ("buddhist", "Buddhist"), ("christian", "Christian"), ("hindu", "Hindu"),
        ("jewish", "Jewish"), ("muslim", "Muslim"), ("sikh", "Sikh"), ("other", "Another religion or belief"),
        (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "sex", question: "What is your sex?", about_them: "What is their sex?", multiple: false, options: &[
        ("female", "Female"), ("male", "Male"), (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "sexual_orientation", question: "What is your sexual orientation?", about_them: "What is their sexual orientation?", multiple: false, options: &[
        ("straight", "Straight or heterosexual"), ("gay_lesbian", "Gay or lesbian"), ("bisexual", "Bisexual"),
        ("other", "Another sexual orientation"), (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
    EqualityQuestion { code: "life_circumstances", question: "Do any of these apply to you?", about_them: "Do any of these apply to them?", multiple: true, options: &[
        ("moving_to_adult_services", "Moving from children's to adult services"),
        ("communication_impairment", "A communication impairment"),
        ("learning_difficulty", "A learning difficulty"),
        ("learning_disability", "A learning disability"),
        ("reading_difficulty", "Finding reading hard"),
        ("refugee", "Being a refugee or asylum seeker"),
        ("english_not_first_language", "Having a first language other than English"),
        ("offender", "Having been in prison or in trouble with the law"),
        ("homeless", "Being homeless"),
        ("gypsy_roma_traveller", "Being from a Gypsy, Roma or Traveller community"),
        ("coercive_control", "Being controlled or pressured by someone close"),
        ("health_inequalities", "Finding it hard to get health care"),
        ("none", "None of these"),
        (PREFER_NOT_TO_SAY, "Prefer not to say"),
    ] },
];

pub fn question(code: &str) -> Option<&'static EqualityQuestion> {
    QUESTIONS.iter().find(|q| q.code == code)
}

/// Question code → the option codes chosen. Absent questions were skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EqualityMonitoring(pub BTreeMap<String, Vec<String>>);

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
                errors.add("question", invalid("One of the equality questions is not one we ask"));
                continue;
            };
            let known = chosen.iter().all(|c| q.options.iter().any(|(o, _)| o == c));
            let mixes_exclusive = chosen.len() > 1 && chosen.iter().any(|c| EXCLUSIVE.contains(&c.as_str()));
            let mut sorted = chosen.clone();
            sorted.sort();
            sorted.dedup();
            if !known || (!q.multiple && chosen.len() > 1) || mixes_exclusive || sorted.len() != chosen.len() {
                errors.add(q.code, invalid("Choose one answer, or several only where the question allows it"));
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Counts below this are shown as "fewer than 5", so nobody can be picked out.
pub const SUPPRESS_BELOW: u64 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EqualitySummary {
    pub responses: u64,
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
    /// `None` when 1 to 4 people chose it: suppressed.
    pub count: Option<u64>,
}

/// Counts every option of every question, suppressing small numbers.
pub fn summarise<'a>(responses: impl IntoIterator<Item = &'a EqualityMonitoring>) -> EqualitySummary {
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
            question: q.question.into(),
            options: q
                .options
                .iter()
                .map(|(code, label)| {
                    let n = counts.get(&(q.code, *code)).copied().unwrap_or(0);
                    OptionCount { code: (*code).into(), label: (*label).into(), count: (n == 0 || n >= SUPPRESS_BELOW).then_some(n) }
                })
                .collect(),
        })
        .collect();
    EqualitySummary { responses: total, questions }
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
        let summary = summarise(&responses);
        assert_eq!(summary.responses, 7);
        let sex = summary.questions.iter().find(|q| q.code == "sex").unwrap();
        let count = |code: &str| sex.options.iter().find(|o| o.code == code).unwrap().count;
        assert_eq!(count("female"), Some(6));
        assert_eq!(count("male"), None);
        assert_eq!(count(PREFER_NOT_TO_SAY), Some(0));
    }
}
