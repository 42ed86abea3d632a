//! The optional questions the self and on-behalf routes ask in plain words, and how their
//! answers become entitlement facts. Each answer is the code of the option chosen; "I don't
//! know" (`unknown`) or no answer leaves the fact unknown. Some questions only matter after
//! certain answers, so the routes ask them only then (`asks_section`, `asks_support`), and
//! an answer to a question that no longer applies is left out of the facts.

use super::{Candidate, Difficulty, Facts, Mha, MhaSection, MhaStatus, Process, Role};

/// The answers, as the option codes the pages use.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainAnswers<'a> {
    /// `none`, `needs_assessment`, `carers_assessment`, `young_carers_assessment`,
    /// `care_support_plan`, `safeguarding_enquiry` or `unknown`.
    pub process: Option<&'a str>,
    /// `detained`, `cto`, `none` or `unknown`.
    pub mha: Option<&'a str>,
    /// The section as typed, for someone kept in hospital: "3", "s2", "section 37/41".
    pub mha_section: Option<&'a str>,
    /// `yes`, `no` or `unknown`.
    pub nhs_complaint: Option<&'a str>,
    /// Ticked areas (`understanding`, `retaining`, `weighing`, `communicating`), or `none` or `unknown` alone.
    pub difficulty: &'a [String],
    /// Could a family member or friend help them speak up: `yes`, `no` or `unknown`.
    pub support: Option<&'a str>,
}

/// A message id (see `speakup-locales`): the words are in every language the PWA speaks.
pub const SECTION_ERROR: &str = "error-mha-section";

impl PlainAnswers<'_> {
    /// Which section someone is kept under decides IMHA (short holding powers do not count),
    /// so it is asked only of someone kept in hospital.
    pub fn asks_section(&self) -> bool {
        self.mha == Some("detained")
    }

    /// Whether someone could help them speak up only changes a Care Act duty, which needs the
    /// council to be (or perhaps be) involved and some difficulty taking part.
    pub fn asks_support(&self) -> bool {
        let no_difficulty = matches!(self.difficulty, [only] if only == "none");
        self.process != Some("none") && !no_difficulty
    }

    fn section_typed(&self) -> Option<&str> {
        self.mha_section.map(str::trim).filter(|s| !s.is_empty() && self.asks_section())
    }

    /// The problem with a typed section that is not one the Act has, if any.
    pub fn section_error(&self) -> Option<&'static str> {
        self.section_typed().filter(|s| MhaSection::parse(s).is_none()).map(|_| SECTION_ERROR)
    }

    pub fn facts(&self) -> Facts {
        let mut facts = Facts::default();
        let council = |facts: &mut Facts, process| {
            // Each of these only happens for someone who appears to have care and support
            // needs (Care Act ss9, 25 and 42), so that fact follows from the answer.
            facts.council_involved = Some(true);
            facts.process = Some(process);
            facts.care_support_needs = Some(true);
        };
        match self.process {
            Some("none") => {
                facts.council_involved = Some(false);
                facts.process = Some(Process::None);
            }
            Some("needs_assessment") => council(&mut facts, Process::NeedsAssessment),
            // A carer's assessment is the carer's own process, so they take part as a carer.
            Some("carers_assessment") => {
                council(&mut facts, Process::CarersAssessment);
                facts.role = Some(Role::AdultCarer);
            }
            Some("young_carers_assessment") => {
                council(&mut facts, Process::YoungCarersAssessment);
                facts.role = Some(Role::YoungCarer);
            }
            Some("care_support_plan") => council(&mut facts, Process::CareSupportPlan),
            Some("safeguarding_enquiry") => council(&mut facts, Process::SafeguardingEnquiry),
            _ => {}
        }
        let status = match self.mha {
            Some("detained") => Some(MhaStatus::Detained),
            Some("cto") => Some(MhaStatus::Cto),
            Some("none") => Some(MhaStatus::None),
            _ => None,
        };
        let section = self.section_typed().and_then(MhaSection::parse);
        facts.mha = status.map(|s| Mha { status: Some(s), section, ..Mha::default() });
        facts.nhs_complaint = yes_no(self.nhs_complaint);
        facts.difficulty = difficulty(self.difficulty);
        match yes_no(self.support).filter(|_| self.asks_support()) {
            Some(true) => {
                facts.family_or_friend_to_consult = Some(true);
                facts.candidates = Some(vec![Candidate {
                    paid_or_professional: Some(false),
                    person_does_not_want: Some(false),
                    unable_or_unavailable: Some(false),
                    implicated_in_abuse: None,
                }]);
            }
            Some(false) => {
                facts.family_or_friend_to_consult = Some(false);
                facts.candidates = Some(Vec::new());
            }
            None => {}
        }
        facts
    }
}

fn yes_no(answer: Option<&str>) -> Option<bool> {
    match answer {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

/// Ticked areas of difficulty as the four Care Act facts; "none" is four noes, "unknown" or nothing ticked is unknown.
pub fn difficulty(ticked: &[String]) -> Option<Difficulty> {
    let has = |v: &str| ticked.iter().any(|t| t == v);
    if has("unknown") || ticked.is_empty() {
        return None;
    }
    let area = |v: &str| Some(has(v));
    Some(Difficulty {
        understanding: area("understanding"),
        retaining: area("retaining"),
        weighing: area("weighing"),
        communicating: area("communicating"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entitlement::{assess, Advocacy, Outcome};

    fn ticked(areas: &[&str]) -> Vec<String> {
        areas.iter().map(|a| a.to_string()).collect()
    }

    fn outcome(answers: &PlainAnswers, advocacy: Advocacy) -> Option<Outcome> {
        assess(&answers.facts()).results.into_iter().find(|r| r.advocacy == advocacy).map(|r| r.outcome)
    }

    #[test]
    fn the_section_is_asked_only_of_someone_kept_in_hospital() {
        for (mha, asked) in [(Some("detained"), true), (Some("cto"), false), (Some("none"), false), (Some("unknown"), false), (None, false)] {
            let answers = PlainAnswers { mha, mha_section: Some("3"), ..Default::default() };
            assert_eq!(answers.asks_section(), asked, "{mha:?}");
            let section = answers.facts().mha.and_then(|m| m.section).map(|s| s.as_str().to_string());
            assert_eq!(section.is_some(), asked, "a section is only a fact when it was asked: {mha:?}");
        }
    }

    #[test]
    fn the_section_decides_imha_for_someone_kept_in_hospital() {
        let kept = |section: Option<&'static str>| PlainAnswers { mha: Some("detained"), mha_section: section, ..Default::default() };
        assert_eq!(outcome(&kept(Some("section 3")), Advocacy::Imha), Some(Outcome::Eligible));
        assert_eq!(outcome(&kept(Some("s136")), Advocacy::Imha), None, "a short holding power does not count");
        // An unknown section leaves IMHA open, and says the section would settle it.
        // Not knowing the section still says an IMHA is likely, and asks for it.
        assert_eq!(outcome(&kept(None), Advocacy::Imha), Some(Outcome::Eligible));
        assert!(assess(&kept(None).facts()).missing_facts.iter().any(|f| f == "mha.section"));
        assert_eq!(kept(Some(" 5 (2) ")).facts().mha.unwrap().section.unwrap().as_str(), "5(2)");
    }

    #[test]
    fn a_typed_section_that_the_act_does_not_have_is_an_error() {
        let kept = |section| PlainAnswers { mha: Some("detained"), mha_section: Some(section), ..Default::default() };
        assert_eq!(kept("three").section_error(), Some(SECTION_ERROR));
        assert_eq!(kept("3").section_error(), None);
        assert_eq!(kept("  ").section_error(), None, "blank is 'I don't know'");
        let not_asked = PlainAnswers { mha: Some("none"), mha_section: Some("three"), ..Default::default() };
        assert_eq!(not_asked.section_error(), None, "an answer to a question no longer asked is ignored");
    }

    #[test]
    fn support_is_asked_only_when_it_could_change_a_care_act_duty() {
        let none = ticked(&["none"]);
        let some = ticked(&["weighing"]);
        let unknown = ticked(&["unknown"]);
        for (process, difficulty, asked) in [
            (Some("none"), &some, false),
            (Some("needs_assessment"), &none, false),
            (Some("needs_assessment"), &some, true),
            (Some("needs_assessment"), &unknown, true),
            (Some("unknown"), &some, true),
            (None, &Vec::new(), true),
        ] {
            let answers = PlainAnswers { process, difficulty, support: Some("no"), ..Default::default() };
            assert_eq!(answers.asks_support(), asked, "{process:?} {difficulty:?}");
            assert_eq!(answers.facts().family_or_friend_to_consult.is_some(), asked, "{process:?} {difficulty:?}");
        }
    }

    #[test]
    fn support_answers_become_the_appropriate_individual() {
        let difficulty = ticked(&["understanding"]);
        let with = |support| PlainAnswers { process: Some("needs_assessment"), difficulty: &difficulty, support, ..Default::default() };
        assert_eq!(outcome(&with(Some("no")), Advocacy::CareAct), Some(Outcome::Duty));
        assert_ne!(outcome(&with(Some("yes")), Advocacy::CareAct), Some(Outcome::Duty));
        assert_eq!(with(Some("unknown")).facts().candidates, None);
    }

    #[test]
    fn council_answers_become_the_process_and_needs() {
        let facts = PlainAnswers { process: Some("safeguarding_enquiry"), ..Default::default() }.facts();
        assert_eq!((facts.council_involved, facts.process, facts.care_support_needs), (Some(true), Some(Process::SafeguardingEnquiry), Some(true)));
        let facts = PlainAnswers { process: Some("none"), ..Default::default() }.facts();
        assert_eq!((facts.council_involved, facts.process, facts.care_support_needs), (Some(false), Some(Process::None), None));
        let facts = PlainAnswers { process: Some("unknown"), ..Default::default() }.facts();
        assert_eq!((facts.council_involved, facts.process), (None, None));
    }

    #[test]
    fn a_carers_assessment_makes_them_a_carer_of_the_right_age() {
        let difficulty = ticked(&["understanding"]);
        for (process, role, expected) in [
            ("carers_assessment", Role::AdultCarer, Process::CarersAssessment),
            ("young_carers_assessment", Role::YoungCarer, Process::YoungCarersAssessment),
        ] {
            let answers = PlainAnswers { process: Some(process), difficulty: &difficulty, support: Some("no"), ..Default::default() };
            let facts = answers.facts();
            assert_eq!((facts.role, facts.process), (Some(role), Some(expected)));
            assert_eq!(outcome(&answers, Advocacy::CareAct), Some(Outcome::Duty), "{process}");
        }
    }

    #[test]
    fn difficulty_ticks_become_the_four_areas() {
        let areas = ticked(&["retaining", "communicating"]);
        let d = PlainAnswers { difficulty: &areas, ..Default::default() }.facts().difficulty.unwrap();
        assert_eq!((d.understanding, d.retaining, d.weighing, d.communicating), (Some(false), Some(true), Some(false), Some(true)));
        let none = ticked(&["none"]);
        assert!(PlainAnswers { difficulty: &none, ..Default::default() }.facts().difficulty.is_some_and(|d| d.understanding == Some(false)));
        let unknown = ticked(&["unknown"]);
        assert_eq!(PlainAnswers { difficulty: &unknown, ..Default::default() }.facts().difficulty, None);
    }

    #[test]
    fn complaint_and_hospital_answers() {
        let facts = PlainAnswers { nhs_complaint: Some("yes"), mha: Some("cto"), ..Default::default() }.facts();
        assert_eq!(facts.nhs_complaint, Some(true));
        assert_eq!(facts.mha.and_then(|m| m.status), Some(MhaStatus::Cto));
        let facts = PlainAnswers { nhs_complaint: Some("unknown"), mha: Some("unknown"), ..Default::default() }.facts();
        assert_eq!((facts.nhs_complaint, facts.mha), (None, None));
    }
}
