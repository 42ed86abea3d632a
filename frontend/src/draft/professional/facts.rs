//! The statutory facts from a professional's answers, and which questions apply given the
//! answers so far: a question is only asked when its answer could matter.

use speakup_types::entitlement::{
    Candidate, Capacity, Disagreement, Facts, McaDecision, Mha, MhaSection, MhaStatus, NhsPlacement, Process,
};

use super::options::{fact_of, MCA_DECISION, MHA_STATUS, PROCESS, ROLE, SETTING};
use super::{ProfessionalDraft, CONTACT_DIRECTLY, DATE_OF_BIRTH, DISAGREEMENT, LAW, PLACEMENT, SAFEGUARDING};
use speakup_types::entitlement::plain::difficulty;

impl ProfessionalDraft {
    pub fn contacts_directly(&self) -> bool {
        self.is(CONTACT_DIRECTLY, "yes")
    }

    /// Asked when the person has not said they know and agree.
    pub fn asks_best_interests(&self) -> bool {
        self.consent().is_some_and(|c| c != speakup_types::referral::Consent::Yes)
    }

    /// Which process, for whom and how far it has got: only when the council is involved.
    pub fn asks_process(&self) -> bool {
        self.asks_law("care_act") && self.is("eligibility.council_involved", "yes")
    }

    pub fn ticked(&self, area: &str) -> bool {
        self.difficulty.iter().any(|t| t == area)
    }

    /// Each person who could support them is described only when there is someone.
    pub fn asks_candidates(&self) -> bool {
        self.asks_law("care_act") && self.is("eligibility.candidates", "yes")
    }

    fn disqualified(&self, index: usize) -> bool {
        super::options::DISQUALIFIERS.iter().any(|q| self.is(&format!("candidates.{index}.{}", q.value), "yes"))
    }

    /// The two exceptions only matter when someone may be able to support the person:
    /// not when there is nobody, nor when everyone named is ruled out.
    pub fn asks_exceptions(&self) -> bool {
        if !self.asks_law("care_act") || self.is("eligibility.candidates", "no") {
            return false;
        }
        !(self.asks_candidates() && !self.candidates.is_empty() && (0..self.candidates.len()).all(|i| self.disqualified(i)))
    }

    pub fn asks_accommodation_days(&self) -> bool {
        self.asks_law("mca") && matches!(self.mca_decision(), Some(McaDecision::AccommodationHospital | McaDecision::AccommodationCareHome))
    }

    pub fn asks_assessment_date(&self) -> bool {
        self.asks_law("mca") && self.is("eligibility.capacity.assessment_completed", "yes")
    }

    pub fn mha_status(&self) -> Option<MhaStatus> {
        fact_of(&MHA_STATUS, self.get("eligibility.mha.status"))
    }

    pub fn asks_section(&self) -> bool {
        self.asks_law("mha") && self.mha_status() == Some(MhaStatus::Detained)
    }

    /// Refusals and seclusion matter for people who are under the Act.
    pub fn under_mha(&self) -> bool {
        self.mha_status().is_some_and(|s| s != MhaStatus::None)
    }

    pub fn asks_rpr(&self) -> bool {
        self.asks_law("mca") && self.is("eligibility.dols_authorised", "yes")
    }

    /// The laws ticked (`care_act`, `mca`, `mha`), none when not sure or not answered.
    pub fn laws(&self) -> Vec<&str> {
        self.get(LAW).split(',').filter(|l| !l.is_empty() && *l != super::options::UNSURE_OF_LAW.value).collect()
    }

    /// Whether the questions of `law` are asked: when it is ticked, or when no law is chosen
    /// (not sure, or not answered), every law's are.
    pub fn asks_law(&self, law: &str) -> bool {
        let laws = self.laws();
        laws.is_empty() || laws.contains(&law)
    }

    /// Ticks or unticks a law; "I'm not sure" goes with nothing else.
    pub fn tick_law(&mut self, law: &str, on: bool) {
        let mut now: Vec<String> = self.get(LAW).split(',').filter(|l| !l.is_empty()).map(str::to_string).collect();
        crate::draft::tick(&mut now, law.to_string(), on);
        self.set(LAW, now.join(","));
    }

    pub fn has_safeguarding(&self) -> bool {
        self.is(SAFEGUARDING, "yes")
    }

    pub fn asks_existing_advocate(&self) -> bool {
        self.is("eligibility.existing_advocate", "yes")
    }

    fn mca_decision(&self) -> Option<McaDecision> {
        fact_of(&MCA_DECISION, self.get("eligibility.mca_decision"))
    }

    /// Age in whole years from the date of birth, if both it and today are known.
    fn age(&self) -> Option<u8> {
        let born = self.date(DATE_OF_BIRTH).valid()?;
        let years = crate::dom::today()?.years_since(born)?;
        Some(years.min(u32::from(u8::MAX)) as u8)
    }

    fn candidate(&self, index: usize) -> Candidate {
        let answer = |field: &str| self.yes_no(&format!("candidates.{index}.{field}"));
        Candidate {
            paid_or_professional: answer("paid_or_professional"),
            person_does_not_want: answer("person_does_not_want"),
            unable_or_unavailable: answer("unable_or_unavailable"),
            implicated_in_abuse: answer("implicated_in_abuse"),
        }
    }

    fn mha(&self) -> Option<Mha> {
        let under = self.under_mha();
        let mha = Mha {
            status: self.mha_status(),
            section: if self.asks_section() { MhaSection::parse(self.get("eligibility.mha.section")) } else { None },
            considered_for_s57_or_s58a: self.yes_no("eligibility.mha.considered_for_s57_or_s58a"),
            declined_before: if under { self.yes_no("eligibility.mha.declined_before") } else { None },
            isolation_or_seclusion: if under { self.yes_no("eligibility.mha.isolation_or_seclusion") } else { None },
        };
        (mha != Mha::default()).then_some(mha)
    }

    /// E1: an NHS placement. "No placement" is told to the engine as a stay of no days.
    fn placement(&self) -> Option<NhsPlacement> {
        match self.get(PLACEMENT) {
            "yes" => Some(NhsPlacement {
                setting: fact_of(&SETTING, self.get("eligibility.nhs_placement.setting")),
                expected_days: self.number("eligibility.nhs_placement.expected_days"),
                council_best_interests: self.yes_no("eligibility.nhs_placement.council_best_interests"),
            }),
            "no" => Some(NhsPlacement { setting: None, expected_days: Some(0), council_best_interests: None }),
            _ => None,
        }
    }

    /// E2: a disagreement both sides agree an advocate would help with. No disagreement
    /// means the exception does not hold.
    fn disagreement(&self) -> Option<Disagreement> {
        match self.get(DISAGREEMENT) {
            "yes" => Some(Disagreement {
                both_agree_advocate_helps: self.yes_no("eligibility.disagreement_with_appropriate_individual.both_agree_advocate_helps"),
            }),
            "no" => Some(Disagreement { both_agree_advocate_helps: Some(false) }),
            _ => None,
        }
    }

    /// The answers as facts for the entitlement engine; unknown stays `None`. Answers on the
    /// pages of a law not chosen are not asked, so they are left out.
    pub fn facts(&self) -> Facts {
        let answer = |path: &str| self.yes_no(path);
        let mut facts = Facts {
            age: self.age(),
            in_prison: answer("eligibility.in_prison"),
            nhs_complaint: answer("eligibility.nhs_complaint"),
            needs_help_to_be_heard: answer("eligibility.needs_help_to_be_heard"),
            existing_advocate: answer("eligibility.existing_advocate"),
            ..Facts::default()
        };
        if self.asks_law("care_act") {
            self.care_act_facts(&mut facts);
        }
        if self.asks_law("mca") {
            self.capacity_facts(&mut facts);
        }
        if self.asks_law("mha") {
            facts.mha = self.mha();
        }
        if self.has_safeguarding() {
            facts.urgent_enquiry = answer("eligibility.urgent_enquiry");
        }
        facts
    }

    fn care_act_facts(&self, facts: &mut Facts) {
        let answer = |path: &str| self.yes_no(path);
        facts.care_support_needs = answer("eligibility.care_support_needs");
        facts.council_involved = answer("eligibility.council_involved");
        facts.process = match facts.council_involved {
            Some(true) => fact_of(&PROCESS, self.get("eligibility.process")),
            Some(false) => Some(Process::None),
            None => None,
        };
        if self.asks_process() {
            facts.role = fact_of(&ROLE, self.get("eligibility.role"));
        }
        facts.difficulty = difficulty(&self.difficulty);
        facts.candidates = match self.get("eligibility.candidates") {
            "yes" => Some((0..self.candidates.len()).map(|i| self.candidate(i)).collect()),
            "no" => Some(Vec::new()),
            _ => None,
        };
        if self.asks_exceptions() {
            facts.nhs_placement = self.placement();
            facts.disagreement_with_appropriate_individual = self.disagreement();
        }
    }

    fn capacity_facts(&self, facts: &mut Facts) {
        let answer = |path: &str| self.yes_no(path);
        let capacity = Capacity {
            lacks_capacity_for_decision: answer("eligibility.capacity.lacks_capacity_for_decision"),
            assessment_completed: answer("eligibility.capacity.assessment_completed"),
            can_instruct: answer("eligibility.capacity.can_instruct"),
            fluctuating: answer("eligibility.capacity.fluctuating"),
        };
        facts.capacity = (capacity != Capacity::default()).then_some(capacity);
        facts.mca_decision = self.mca_decision();
        if self.asks_accommodation_days() {
            facts.accommodation_expected_days = self.number("eligibility.accommodation_expected_days");
        }
        facts.family_or_friend_to_consult = answer("eligibility.family_or_friend_to_consult");
        facts.dols_authorised = answer("eligibility.dols_authorised");
        if self.asks_rpr() {
            facts.unpaid_rpr_available = answer("eligibility.unpaid_rpr_available");
        }
    }

    /// Ticks or unticks an area of difficulty ("none" and "unknown" go alone).
    pub fn tick_difficulty(&mut self, value: String, on: bool) {
        crate::draft::tick(&mut self.difficulty, value, on);
    }
}
