### SpeakUp: engine (English, the source every translation follows)

# Texts of the types crate (shared/), looked up by id: statuses, the entitlement engine's codes
# and the equality questions. Ids follow the code: status-<code>-label, reason-<code>-plain, with
# underscores as hyphens. An id ending in `-easy` is the Easy Read version of the message without it.

## Where a referral is (ReferralStatus): a short label, and what it means for the person
status-received-label = Received
status-received-person = We have your referral. Someone from the advocacy team will read it and decide how we can help. We aim to do this within 2 working days.
status-received-person-easy = We have your referral. Someone from our team will read it. They will decide how we can help. We try to do this within 2 working days.
status-accepted-label = Accepted
status-accepted-person = We can help you. We will find an advocate for you and they will contact you in the way you asked.
status-accepted-person-easy = We can help you. We will find an advocate for you. They will contact you the way you asked.
status-declined-label = Not accepted
status-declined-person = We are not able to take on this referral. The reason is below. You can contact us or refer again if things change.
status-declined-person-easy = We cannot take on this referral. You can see why below. You can contact us. You can ask again if things change.
status-merged-label = Joined with another referral
# Says nothing about the other referral: someone else may have made it.
status-merged-person = We already had a referral about the same person, so we have put the two together. Nothing you told us is lost, and the team will use it.
status-merged-person-easy = We already had a referral about the same person. We have put the two together. Nothing you told us is lost.

## Why a result came out as it did (Reason): one neutral plain sentence, and its Easy Read version
reason-no-care-support-needs-plain = The person does not appear to need care and support, either for themselves or as a carer.
reason-no-care-support-needs-plain-easy = No need for care or support was found.
reason-no-relevant-process-plain = The person is not taking part in a council assessment, care or support planning, a plan review, a safeguarding enquiry or a safeguarding adults review.
reason-no-relevant-process-plain-easy = There is no council assessment, plan or enquiry.
reason-no-council-involvement-yet-plain = The council is not involved yet, and once it is it must consider whether an advocate is needed.
reason-no-council-involvement-yet-plain-easy = The council is not involved yet.
reason-no-substantial-difficulty-plain = The person does not appear to have substantial difficulty understanding, remembering or weighing up information, or saying what they think and want.
reason-no-substantial-difficulty-plain-easy = The person can take part without much help.
reason-no-appropriate-individual-plain = The person would find it very hard to take part and there is no suitable unpaid person, such as a relative or friend, to support them.
reason-no-appropriate-individual-plain-easy = No one suitable can help the person take part.
reason-appropriate-individual-available-plain = A suitable unpaid person, such as a relative or friend, can support the person to take part, and no exception applies.
reason-appropriate-individual-available-plain-easy = Someone suitable can help instead.
reason-exception-nhs-hospital-over-28-days-plain = An NHS-funded hospital stay of more than 28 days is being considered and the council thinks an advocate would be in the person's best interests.
reason-exception-nhs-hospital-over-28-days-plain-easy = A long NHS hospital stay is being planned.
reason-exception-nhs-care-home-56-days-or-more-plain = An NHS-funded care home stay of 56 days or more is being considered and the council thinks an advocate would be in the person's best interests.
reason-exception-nhs-care-home-56-days-or-more-plain-easy = A long NHS care home stay is being planned.
reason-exception-disagreement-plain = The council and the person's supporter disagree, and both think an independent advocate would help.
reason-exception-disagreement-plain-easy = The council and the helper do not agree.
reason-lacks-capacity-no-one-to-consult-plain = The person lacks capacity to make this decision and has no relative or friend, other than paid carers, who could be consulted.
reason-lacks-capacity-no-one-to-consult-plain-easy = The person cannot make this choice and has no one to ask.
reason-serious-medical-treatment-plain = The decision is about serious medical treatment.
reason-serious-medical-treatment-plain-easy = The choice is about serious treatment.
reason-accommodation-hospital-over-28-days-plain = The decision is about a stay in hospital expected to last more than 28 days.
reason-accommodation-hospital-over-28-days-plain-easy = The choice is about a long hospital stay.
reason-accommodation-care-home-over-8-weeks-plain = The decision is about a stay in a care home expected to last more than 8 weeks.
reason-accommodation-care-home-over-8-weeks-plain-easy = The choice is about a long care home stay.
reason-imca-care-review-plain = The decision is part of a review of the person's care, where the responsible body may choose to involve an IMCA.
reason-imca-care-review-plain-easy = The choice is part of a care review.
reason-imca-safeguarding-plain = A safeguarding decision is being made for someone who lacks capacity, where an IMCA may be involved even if family or friends are around.
reason-imca-safeguarding-plain-easy = The choice is about keeping the person safe.
reason-mca-assessment-missing-plain = A completed mental capacity assessment is needed before an IMCA can be requested.
reason-mca-assessment-missing-plain-easy = Someone must check the person's ability to decide first.
reason-has-capacity-for-decision-plain = The person appears able to make this decision for themselves.
reason-has-capacity-for-decision-plain-easy = The person can make this choice.
reason-family-or-friend-to-consult-plain = There is a relative or friend who can be consulted about this decision.
reason-family-or-friend-to-consult-plain-easy = There is family or a friend to ask.
reason-short-stay-accommodation-plain = The planned stay is shorter than the length that brings in an IMCA, which is more than 28 days in hospital or more than 8 weeks in a care home.
reason-short-stay-accommodation-plain-easy = The stay is too short.
reason-dols-no-unpaid-rpr-plain = A Deprivation of Liberty Safeguards authorisation is in place and no relative or friend can act as the person's representative.
reason-dols-no-unpaid-rpr-plain-easy = No family or friend can speak up about the person's freedom.
reason-no-dols-authorisation-plain = No Deprivation of Liberty Safeguards authorisation is in place.
reason-no-dols-authorisation-plain-easy = There is no legal permission to limit the person's freedom.
reason-unpaid-rpr-available-plain = A relative or friend can act as the person's representative under the Deprivation of Liberty Safeguards.
reason-unpaid-rpr-available-plain-easy = Family or a friend can speak up for the person.
reason-detained-qualifying-section-plain = The person is detained under a section of the Mental Health Act that gives a right to an IMHA.
reason-detained-qualifying-section-plain-easy = The person must stay in hospital under the law.
reason-excluded-short-term-section-plain = The person is held under a short-term power (section 4, 5(2), 5(4), 135 or 136) that does not give a right to an IMHA.
reason-excluded-short-term-section-plain-easy = The person is only held for a short time.
reason-conditionally-discharged-plain = The person is a restricted patient who has been discharged from hospital with conditions.
reason-conditionally-discharged-plain-easy = The person left hospital with rules to follow.
reason-guardianship-plain = The person is under guardianship under the Mental Health Act.
reason-guardianship-plain-easy = The person has a guardian under the law.
reason-cto-plain = The person is on a community treatment order.
reason-cto-plain-easy = The person must follow a treatment plan.
reason-considered-for-s57-s58a-plain = Treatment that needs the person's consent or a second opinion (section 57, or section 58A for under-18s) is being considered, which gives a right to an IMHA even without detention.
reason-considered-for-s57-s58a-plain-easy = A special treatment is being thought about.
reason-not-subject-to-mha-plain = The person is not detained or otherwise subject to the Mental Health Act.
reason-not-subject-to-mha-plain-easy = The Mental Health Act does not apply.
reason-nhs-complaint-plain = The person wants to complain about a service provided or paid for by the NHS.
reason-nhs-complaint-plain-easy = The person wants to complain about the NHS.
reason-no-nhs-complaint-plain = The person is not making a complaint about an NHS service.
reason-no-nhs-complaint-plain-easy = There is no NHS complaint.
reason-needs-help-to-be-heard-plain = Without help the person could not get their views across or influence a decision with a big effect on their wellbeing or on someone they look after.
reason-needs-help-to-be-heard-plain-easy = The person needs help to be heard.
reason-can-be-heard-without-help-plain = The person can get their views across and influence decisions without an advocate.
reason-can-be-heard-without-help-plain-easy = The person can speak up without help.
reason-statutory-advocacy-applies-plain = The person appears to have a legal right to advocacy, which is offered instead.
reason-statutory-advocacy-applies-plain-easy = The law gives the person an advocate.

## Kinds of advocacy (Advocacy): a name for headings, what it is for, and its Easy Read version
advocacy-care-act-label = Independent advocate (Care Act)
advocacy-care-act-plain = Support to take part in the council's assessments, care and support planning, reviews and safeguarding enquiries.
advocacy-care-act-plain-easy = Help to take part in meetings with the council.
advocacy-imca-label = Independent Mental Capacity Advocate (IMCA)
advocacy-imca-plain = Support for someone who lacks capacity to make an important decision and has nobody suitable to consult.
advocacy-imca-plain-easy = Help with a big choice when no one else can be asked.
advocacy-paid-rpr-label = Paid Relevant Person's Representative (RPR)
advocacy-paid-rpr-plain = A paid representative for someone whose liberty is restricted under the Deprivation of Liberty Safeguards.
advocacy-paid-rpr-plain-easy = Someone to speak up when freedom is limited.
advocacy-imha-label = Independent Mental Health Advocate (IMHA)
advocacy-imha-plain = Support for someone under the Mental Health Act to understand their rights and have a say in their care and treatment.
advocacy-imha-plain-easy = Help to know rights under the Mental Health Act.
advocacy-nhs-complaints-label = NHS complaints advocate
advocacy-nhs-complaints-plain = Support to make a complaint about a service provided or paid for by the NHS.
advocacy-nhs-complaints-plain-easy = Help to complain about the NHS.
advocacy-non-statutory-label = Community advocate
advocacy-non-statutory-plain = Advocacy the local area may provide for people who need help to be heard but have no legal right to an advocate.
advocacy-non-statutory-plain-easy = Help to be heard.

## How likely an advocacy is (Outcome): a short label, what it means, and its Easy Read version
outcome-duty-label = Duty indicated
outcome-duty-plain = The council appears to have a duty to arrange an advocate.
outcome-duty-plain-easy = The council should find an advocate.
outcome-eligible-label = Eligible
outcome-eligible-plain = The person appears to qualify, so this advocacy should be offered.
outcome-eligible-plain-easy = This help can probably be given.
outcome-discretionary-label = At the decision-maker's discretion
outcome-discretionary-plain = This advocacy may be provided if the responsible body decides it should be.
outcome-discretionary-plain-easy = This help might be given.
outcome-pending-assessment-label = Needs a capacity assessment first
outcome-pending-assessment-plain = This advocacy appears to apply, but only once a mental capacity assessment has been completed.
outcome-pending-assessment-plain-easy = Someone must check the ability to decide first.
outcome-possible-label = May apply later
outcome-possible-plain = This advocacy may apply once the council is involved.
outcome-possible-plain-easy = This help might be given once the council is involved.
outcome-offer-if-commissioned-label = Offer if available locally
outcome-offer-if-commissioned-plain = This advocacy can be offered if the local area pays for it.
outcome-offer-if-commissioned-plain-easy = This help can be given if it is offered locally.
outcome-not-met-label = Does not apply
outcome-not-met-plain = This advocacy does not appear to apply.
outcome-not-met-plain-easy = This help does not fit right now.

## Whether the person can instruct an advocate (Mode): staff only
mode-instructed-label = Instructed
mode-instructed-plain = The person can tell the advocate what they want.
mode-non-instructed-label = Non-instructed
mode-non-instructed-plain = Even with support the person cannot tell the advocate what they want, so the advocate works on a non-instructed basis.
mode-unknown-label = Not known yet
mode-unknown-plain = It is not yet known whether the person can tell an advocate what they want.

## What staff should act on (Flag): staff only
flag-urgent-safeguarding-plain = The safeguarding enquiry is urgent and may begin before an advocate is in place.
flag-appoint-as-soon-as-possible-plain = A duty appears to apply and the urgent enquiry will not wait, so an advocate should be appointed as soon as possible.
flag-isolation-or-seclusion-plain = The person is in isolation, seclusion or segregation, so make extra effort to reach them.
flag-reoffer-imha-plain = The person turned down an IMHA before, so offer one again and find out why they said no.
flag-la-responsible-for-prisoner-plain = The person is in prison, so the council for the area the prison is in is responsible.
flag-keep-same-advocate-plain = An advocate is already involved, so the same advocate should carry on where this can be arranged, including if the person moves area.
flag-handover-existing-advocate-plain = A suitable unpaid person can now support the person, so the current advocate can hand over, or carry on if everyone agrees.
flag-fluctuating-capacity-plain = The person's capacity changes over time, so review whether they can instruct their advocate.

## Equality monitoring: each question asked of the person, of someone answering for them, and its answers
equality-age-question = How old are you?
equality-age-about-them = How old are they?
equality-age-under-18 = Under 18
equality-age-18-24 = 18 to 24
equality-age-25-34 = 25 to 34
equality-age-35-44 = 35 to 44
equality-age-45-54 = 45 to 54
equality-age-55-64 = 55 to 64
equality-age-65-74 = 65 to 74
equality-age-75-84 = 75 to 84
equality-age-85-plus = 85 or over
equality-age-prefer-not-to-say = Prefer not to say
equality-disability-question = Do you consider yourself to be disabled?
equality-disability-about-them = Do they consider themselves to be disabled?
equality-disability-yes = Yes
equality-disability-no = No
equality-disability-prefer-not-to-say = Prefer not to say
equality-gender-reassignment-question = Is your gender the same as the sex you were registered with at birth?
equality-gender-reassignment-about-them = Is their gender the same as the sex they were registered with at birth?
equality-gender-reassignment-yes = Yes
equality-gender-reassignment-no = No
equality-gender-reassignment-prefer-not-to-say = Prefer not to say
equality-marriage-civil-partnership-question = Are you married or in a civil partnership?
equality-marriage-civil-partnership-about-them = Are they married or in a civil partnership?
equality-marriage-civil-partnership-married = Married
equality-marriage-civil-partnership-civil-partnership = In a civil partnership
equality-marriage-civil-partnership-neither = Neither
equality-marriage-civil-partnership-prefer-not-to-say = Prefer not to say
equality-pregnancy-maternity-question = Are you pregnant, or have you had a baby in the last year?
equality-pregnancy-maternity-about-them = Are they pregnant, or have they had a baby in the last year?
equality-pregnancy-maternity-yes = Yes
equality-pregnancy-maternity-no = No
equality-pregnancy-maternity-prefer-not-to-say = Prefer not to say
equality-ethnicity-question = What is your ethnic group?
equality-ethnicity-about-them = What is their ethnic group?
equality-ethnicity-asian = Asian or Asian British
equality-ethnicity-black = Black, Black British, Caribbean or African
equality-ethnicity-mixed = Mixed or multiple ethnic groups
equality-ethnicity-white = White
equality-ethnicity-other = Another ethnic group
equality-ethnicity-prefer-not-to-say = Prefer not to say
equality-religion-question = What is your religion or belief?
equality-religion-about-them = What is their religion or belief?
equality-religion-none = No religion
equality-religion-buddhist = Buddhist
equality-religion-christian = Christian
equality-religion-hindu = Hindu
equality-religion-jewish = Jewish
equality-religion-muslim = Muslim
equality-religion-sikh = Sikh
equality-religion-other = Another religion or belief
equality-religion-prefer-not-to-say = Prefer not to say
equality-sex-question = What is your sex?
equality-sex-about-them = What is their sex?
equality-sex-female = Female
equality-sex-male = Male
equality-sex-prefer-not-to-say = Prefer not to say
equality-sexual-orientation-question = What is your sexual orientation?
equality-sexual-orientation-about-them = What is their sexual orientation?
equality-sexual-orientation-straight = Straight or heterosexual
equality-sexual-orientation-gay-lesbian = Gay or lesbian
equality-sexual-orientation-bisexual = Bisexual
equality-sexual-orientation-other = Another sexual orientation
equality-sexual-orientation-prefer-not-to-say = Prefer not to say
equality-life-circumstances-question = Do any of these apply to you?
equality-life-circumstances-about-them = Do any of these apply to them?
equality-life-circumstances-moving-to-adult-services = Moving from children's to adult services
equality-life-circumstances-communication-impairment = A communication impairment
equality-life-circumstances-learning-difficulty = A learning difficulty
equality-life-circumstances-learning-disability = A learning disability
equality-life-circumstances-reading-difficulty = Finding reading hard
equality-life-circumstances-refugee = Being a refugee or asylum seeker
equality-life-circumstances-english-not-first-language = Having a first language other than English
equality-life-circumstances-offender = Having been in prison or in trouble with the law
equality-life-circumstances-homeless = Being homeless
equality-life-circumstances-gypsy-roma-traveller = Being from a Gypsy, Roma or Traveller community
equality-life-circumstances-coercive-control = Being controlled or pressured by someone close
equality-life-circumstances-health-inequalities = Finding it hard to get health care
equality-life-circumstances-none = None of these
equality-life-circumstances-prefer-not-to-say = Prefer not to say
equality-error-unknown-question = One of the equality questions is not one we ask
equality-error-answers = Choose one answer, or several only where the question allows it

## The first guess shown to the person, and the indicated result shown to staff (components/assessment.rs)
assessment-first-guess-heading = What kind of advocate might help
assessment-first-guess-heading-easy = Who might help you speak up
assessment-first-guess-note = This is a first guess. Our team will check.
assessment-first-guess-not-decided = It does not decide whether we can help you.
assessment-first-guess-none = From your answers we cannot tell yet. That is fine: our team will work it out with you.
assessment-first-guess-none-easy = We cannot tell yet. Our team will work it out with you.
# $reasons: the reasons, each a sentence of its own
assessment-first-guess-why = Why: { $reasons }
# $who: "the person", or the referrer's name and role
assessment-indicated-given-by = Indicated from what { $who } told us. Confirm it before acting on it.
assessment-indicated-no-result = No result: there were not enough answers.
assessment-instruction = Instruction
assessment-flags = Flags
assessment-missing-facts = Missing facts
assessment-none = None

## The equality questions' introduction (components/equality.rs)
equality-heading = Equality questions (optional)
equality-heading-easy = Questions about who you are (you can skip them)
equality-intro = These questions help us check that advocacy reaches everyone who needs it. Answering is up to you and changes nothing about your referral.
equality-intro-easy = These questions help us make sure everyone can get an advocate. You do not have to answer. Your answers do not change your referral.
equality-intro-them = These questions help us check that advocacy reaches everyone who needs it. Answering is up to them and changes nothing about their referral.
equality-intro-them-easy = These questions help us make sure everyone can get an advocate. They do not have to answer. Their answers do not change their referral.
equality-private = The answers are kept apart from the referral. The team working on it cannot see them. They are only ever counted together with other people's, and small numbers are hidden.
equality-private-easy = We keep the answers away from the referral. The team helping cannot see them. We only count them together with other people's answers.
equality-answering-legend = Would you like to answer them?
equality-answering-yes = Yes, answer the questions
equality-answering-no = No, skip them
equality-tick-all-hint = Tick all that apply.
equality-tick-all-hint-easy = Tick every answer that is true.
