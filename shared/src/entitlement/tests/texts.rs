//! The engine's words live in `locales/ftl/*/engine.ftl`. These tests check that every code
//! has its messages in English and Welsh, and that the English reads exactly as it did when
//! the texts were written in Rust: the server, emails and browser tests rely on it.

use speakup_locales::Language;

use super::*;

/// A plain message's id and its Easy Read version's.
fn with_easy_read(id: String) -> [String; 2] {
    [format!("{id}-easy"), id]
}

#[test]
fn every_code_has_its_messages_in_english_and_welsh() {
    let mut all = Vec::new();
    for reason in Reason::ALL {
        all.extend(with_easy_read(reason.message_id("plain")));
        all.push(reason.message_id("you"));
    }
    for advocacy in Advocacy::ALL {
        all.push(advocacy.message_id("label"));
        all.extend(with_easy_read(advocacy.message_id("plain")));
    }
    for outcome in Outcome::ALL {
        all.push(outcome.message_id("label"));
        all.extend(with_easy_read(outcome.message_id("plain")));
        all.push(outcome.message_id("you"));
    }
    for mode in Mode::ALL {
        all.extend(["label", "plain"].map(|part| mode.message_id(part)));
    }
    all.extend(Flag::ALL.iter().map(|flag| flag.message_id("plain")));
    crate::words::tests::assert_in_english_and_welsh(all);
    assert_eq!(Reason::ConsideredForS57S58a.message_id("plain"), "reason-considered-for-s57-s58a-plain");
}

#[test]
fn codes_match_the_json() {
    for advocacy in Advocacy::ALL {
        assert_eq!(serde_json::to_value(advocacy).unwrap(), advocacy.code());
    }
    for outcome in Outcome::ALL {
        assert_eq!(serde_json::to_value(outcome).unwrap(), outcome.code());
    }
    for mode in Mode::ALL {
        assert_eq!(serde_json::to_value(mode).unwrap(), mode.code());
    }
}

#[test]
fn other_languages_have_their_own_words() {
    for language in [Language::Welsh, Language::Polish, Language::Romanian, Language::Urdu] {
        assert_ne!(Reason::Cto.plain_in(language), Reason::Cto.plain(), "{language:?}");
        assert_ne!(Reason::Cto.easy_read_in(language), Reason::Cto.plain_in(language), "{language:?}");
        assert_ne!(Outcome::Duty.easy_read_in(language), Outcome::Duty.easy_read(), "{language:?}");
    }
}

#[test]
fn reasons_read_as_before() {
    let before: &[(Reason, &str, &str)] = &[
        (Reason::NoCareSupportNeeds, "The person does not appear to need care and support, either for themselves or as a carer.", "No need for care or support was found."),
        (Reason::NoRelevantProcess, "The person is not taking part in a council assessment, care or support planning, a plan review, a safeguarding enquiry or a safeguarding adults review.", "There is no council assessment, plan or enquiry."),
        (Reason::NoCouncilInvolvementYet, "The council is not involved yet, and once it is it must consider whether an advocate is needed.", "The council is not involved yet."),
        (Reason::NoSubstantialDifficulty, "The person does not appear to have substantial difficulty understanding, remembering or weighing up information, or saying what they think and want.", "The person can take part without much help."),
        (Reason::NoAppropriateIndividual, "The person would find it very hard to take part and there is no suitable unpaid person, such as a relative or friend, to support them.", "No one suitable can help the person take part."),
        (Reason::AppropriateIndividualAvailable, "A suitable unpaid person, such as a relative or friend, can support the person to take part, and no exception applies.", "Someone suitable can help instead."),
        (Reason::ExceptionNhsHospitalOver28Days, "An NHS-funded hospital stay of more than 28 days is being considered and the council thinks an advocate would be in the person's best interests.", "A long NHS hospital stay is being planned."),
        (Reason::ExceptionNhsCareHome56DaysOrMore, "An NHS-funded care home stay of 56 days or more is being considered and the council thinks an advocate would be in the person's best interests.", "A long NHS care home stay is being planned."),
        (Reason::ExceptionDisagreement, "The council and the person's supporter disagree, and both think an independent advocate would help.", "The council and the helper do not agree."),
        (Reason::LacksCapacityNoOneToConsult, "The person lacks capacity to make this decision and has no relative or friend, other than paid carers, who could be consulted.", "The person cannot make this choice and has no one to ask."),
        (Reason::SeriousMedicalTreatment, "The decision is about serious medical treatment.", "The choice is about serious treatment."),
        (Reason::AccommodationHospitalOver28Days, "The decision is about a stay in hospital expected to last more than 28 days.", "The choice is about a long hospital stay."),
        (Reason::AccommodationCareHomeOver8Weeks, "The decision is about a stay in a care home expected to last more than 8 weeks.", "The choice is about a long care home stay."),
        (Reason::ImcaCareReview, "The decision is part of a review of the person's care, where the responsible body may choose to involve an IMCA.", "The choice is part of a care review."),
        (Reason::ImcaSafeguarding, "A safeguarding decision is being made for someone who lacks capacity, where an IMCA may be involved even if family or friends are around.", "The choice is about keeping the person safe."),
        (Reason::McaAssessmentMissing, "A completed mental capacity assessment is needed before an IMCA can be requested.", "Someone must check the person's ability to decide first."),
        (Reason::HasCapacityForDecision, "The person appears able to make this decision for themselves.", "The person can make this choice."),
        (Reason::FamilyOrFriendToConsult, "There is a relative or friend who can be consulted about this decision.", "There is family or a friend to ask."),
        (Reason::ShortStayAccommodation, "The planned stay is shorter than the length that brings in an IMCA, which is more than 28 days in hospital or more than 8 weeks in a care home.", "The stay is too short."),
        (Reason::DolsNoUnpaidRpr, "A Deprivation of Liberty Safeguards authorisation is in place and no relative or friend can act as the person's representative.", "No family or friend can speak up about the person's freedom."),
        (Reason::NoDolsAuthorisation, "No Deprivation of Liberty Safeguards authorisation is in place.", "There is no legal permission to limit the person's freedom."),
        (Reason::UnpaidRprAvailable, "A relative or friend can act as the person's representative under the Deprivation of Liberty Safeguards.", "Family or a friend can speak up for the person."),
        (Reason::DetainedQualifyingSection, "The person is detained under a section of the Mental Health Act that gives a right to an IMHA.", "The person must stay in hospital under the law."),
        (Reason::DetainedSectionNotKnown, "The person is detained under the Mental Health Act, and nearly every section gives a right to an IMHA (check which section).", "The person must stay in hospital and may get this help."),
        (Reason::ExcludedShortTermSection, "The person is held under a short-term power (section 4, 5(2), 5(4), 135 or 136) that does not give a right to an IMHA.", "The person is only held for a short time."),
        (Reason::ConditionallyDischarged, "The person is a restricted patient who has been discharged from hospital with conditions.", "The person left hospital with rules to follow."),
        (Reason::Guardianship, "The person is under guardianship under the Mental Health Act.", "The person has a guardian under the law."),
        (Reason::Cto, "The person is on a community treatment order.", "The person must follow a treatment plan."),
        (Reason::ConsideredForS57S58a, "Treatment that needs the person's consent or a second opinion (section 57, or section 58A for under-18s) is being considered, which gives a right to an IMHA even without detention.", "A special treatment is being thought about."),
        (Reason::NotSubjectToMha, "The person is not detained or otherwise subject to the Mental Health Act.", "The Mental Health Act does not apply."),
        (Reason::NhsComplaint, "The person wants to complain about a service provided or paid for by the NHS.", "The person wants to complain about the NHS."),
        (Reason::NoNhsComplaint, "The person is not making a complaint about an NHS service.", "There is no NHS complaint."),
        (Reason::NeedsHelpToBeHeard, "Without help the person could not get their views across or influence a decision with a big effect on their wellbeing or on someone they look after.", "The person needs help to be heard."),
        (Reason::CanBeHeardWithoutHelp, "The person can get their views across and influence decisions without an advocate.", "The person can speak up without help."),
        (Reason::StatutoryAdvocacyApplies, "The person appears to have a legal right to advocacy, which is offered instead.", "The law gives the person an advocate."),
    ];
    assert_eq!(before.iter().map(|b| b.0).collect::<Vec<_>>(), Reason::ALL.to_vec());
    for (reason, plain, easy_read) in before {
        assert_eq!((reason.plain(), reason.easy_read()), (*plain, *easy_read), "{reason:?}");
    }
}

#[test]
fn advocacies_read_as_before() {
    let before: &[(Advocacy, &str, &str, &str)] = &[
        (Advocacy::CareAct, "Independent advocate (Care Act)", "Support to take part in the council's assessments, care and support planning, reviews and safeguarding enquiries.", "Help to take part in meetings with the council."),
        (Advocacy::Imca, "Independent Mental Capacity Advocate (IMCA)", "Support for someone who lacks capacity to make an important decision and has nobody suitable to consult.", "Help with a big choice when no one else can be asked."),
        (Advocacy::PaidRpr, "Paid Relevant Person's Representative (RPR)", "A paid representative for someone whose liberty is restricted under the Deprivation of Liberty Safeguards.", "Someone to speak up when freedom is limited."),
        (Advocacy::Imha, "Independent Mental Health Advocate (IMHA)", "Support for someone under the Mental Health Act to understand their rights and have a say in their care and treatment.", "Help to know rights under the Mental Health Act."),
        (Advocacy::NhsComplaints, "NHS complaints advocate", "Support to make a complaint about a service provided or paid for by the NHS.", "Help to complain about the NHS."),
        (Advocacy::NonStatutory, "Community advocate", "Advocacy the local area may provide for people who need help to be heard but have no legal right to an advocate.", "Help to be heard."),
    ];
    assert_eq!(before.iter().map(|b| b.0).collect::<Vec<_>>(), Advocacy::ALL.to_vec());
    for (code, label, plain, easy_read) in before {
        assert_eq!((code.label(), code.plain(), code.easy_read()), (*label, *plain, *easy_read), "{code:?}");
    }
}

#[test]
fn outcomes_read_as_before() {
    let before: &[(Outcome, &str, &str, &str)] = &[
        (Outcome::Duty, "Duty indicated", "The council appears to have a duty to arrange an advocate.", "The council should find an advocate."),
        (Outcome::Eligible, "Eligible", "The person appears to qualify, so this advocacy should be offered.", "This help can probably be given."),
        (Outcome::Discretionary, "At the decision-maker's discretion", "This advocacy may be provided if the responsible body decides it should be.", "This help might be given."),
        (Outcome::PendingAssessment, "Needs a capacity assessment first", "This advocacy appears to apply, but only once a mental capacity assessment has been completed.", "Someone must check the ability to decide first."),
        (Outcome::Possible, "May apply later", "This advocacy may apply once the council is involved.", "This help might be given once the council is involved."),
        (Outcome::OfferIfCommissioned, "Offer if available locally", "This advocacy can be offered if the local area pays for it.", "This help can be given if it is offered locally."),
        (Outcome::NotMet, "Does not apply", "This advocacy does not appear to apply.", "This help does not fit right now."),
    ];
    assert_eq!(before.iter().map(|b| b.0).collect::<Vec<_>>(), Outcome::ALL.to_vec());
    for (code, label, plain, easy_read) in before {
        assert_eq!((code.label(), code.plain(), code.easy_read()), (*label, *plain, *easy_read), "{code:?}");
    }
}

#[test]
fn modes_read_as_before() {
    let before: &[(Mode, &str, &str)] = &[
        (Mode::Instructed, "Instructed", "The person can tell the advocate what they want."),
        (Mode::NonInstructed, "Non-instructed", "Even with support the person cannot tell the advocate what they want, so the advocate works on a non-instructed basis."),
        (Mode::Unknown, "Not known yet", "It is not yet known whether the person can tell an advocate what they want."),
    ];
    assert_eq!(before.iter().map(|b| b.0).collect::<Vec<_>>(), Mode::ALL.to_vec());
    for (mode, label, plain) in before {
        assert_eq!((mode.label(), mode.plain()), (*label, *plain), "{mode:?}");
    }
}

#[test]
fn flags_read_as_before() {
    let before: &[(Flag, &str)] = &[
        (Flag::UrgentSafeguarding, "The safeguarding enquiry is urgent and may begin before an advocate is in place."),
        (Flag::AppointAsSoonAsPossible, "A duty appears to apply and the urgent enquiry will not wait, so an advocate should be appointed as soon as possible."),
        (Flag::IsolationOrSeclusion, "The person is in isolation, seclusion or segregation, so make extra effort to reach them."),
        (Flag::ReofferImha, "The person turned down an IMHA before, so offer one again and find out why they said no."),
        (Flag::LaResponsibleForPrisoner, "The person is in prison, so the council for the area the prison is in is responsible."),
        (Flag::KeepSameAdvocate, "An advocate is already involved, so the same advocate should carry on where this can be arranged, including if the person moves area."),
        (Flag::HandoverExistingAdvocate, "A suitable unpaid person can now support the person, so the current advocate can hand over, or carry on if everyone agrees."),
        (Flag::FluctuatingCapacity, "The person's capacity changes over time, so review whether they can instruct their advocate."),
    ];
    assert_eq!(before.iter().map(|b| b.0).collect::<Vec<_>>(), Flag::ALL.to_vec());
    for (flag, plain) in before {
        assert_eq!(flag.plain(), *plain, "{flag:?}");
    }
}
