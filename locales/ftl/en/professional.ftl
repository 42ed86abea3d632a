### SpeakUp: professional (English, the source every translation follows)

## About you
pro-about-heading = About you
pro-about-intro = We will contact you at work about this referral, and send you updates.
pro-about-name = Your name
pro-about-organisation = Organisation
pro-about-organisation-hint = For example: Leeds City Council adult social care, or Ward 7, St James's Hospital.
pro-about-role = Job title or role
pro-about-role-hint = For example: social worker, staff nurse, GP.
pro-about-email = Work email address
pro-about-phone = Work phone number (optional)

## The person
pro-person-heading = The person who needs an advocate
pro-person-name = Their name
pro-person-dob = Date of birth (optional)
pro-person-dob-hint = For example, 27 3 1950. Leave it blank if you do not know it.
pro-person-location = Where are they now? (optional)
pro-person-location-hint = For example: at home, Ward 7 at St James's Hospital, Oak Lodge care home.
pro-person-in-prison = Are they in prison or a young offender institution?

## Contacting the person
pro-contact-heading = Contacting the person
pro-contact-directly = Can the advocate contact the person directly?
pro-contact-directly-hint = Only if it is possible and safe. Otherwise the advocate will arrange contact through you or where they are.
pro-contact-directly-no = No, arrange it through me or where they are
pro-contact-method = How should the advocate contact them?
pro-contact-phone = Their phone number
pro-contact-email = Their email address
pro-contact-address = Their address
pro-contact-address-hint = Include the postcode.
pro-contact-message = Is it safe to leave them a message?
pro-contact-message-hint = For example a voicemail, a text someone else could read, or a letter someone else might open.
pro-contact-message-no = No, do not leave a message
pro-contact-safe-times = When is it safe to contact them? (optional)
pro-contact-safe-times-hint = For example: afternoons, or not when a particular person is with them.
pro-contact-not-safe = Are any of these ways not safe at all?
pro-contact-not-safe-hint = Tick any the advocate must never use. Leave them all unticked if they are all safe.
pro-contact-codeword = A codeword (optional)
pro-contact-codeword-hint = A word the advocate will say so the person knows it is really us. Not a password.

## Why the person needs an advocate
pro-reason-heading = Why the person needs an advocate
pro-reason-why = Why do they need an advocate?
pro-reason-why-hint = What is happening, which decisions are being made, and what could go wrong without an advocate.
pro-reason-heard = Without an advocate, would they struggle to say what they want or to influence a decision that matters to them?
pro-reason-nhs-complaint = Do they want to complain about NHS care or treatment?
pro-danger-legend = Is the person, or anyone else, in danger now?
pro-danger-hint = If so, call 999 first. Meetings, hearings and discharge dates go on the meetings and deadlines page.

## Their agreement
pro-agreement-consent = Does the person know about this referral, and do they agree?
pro-agreement-consent-hint = You can still refer them if they do not. An advocate will always try to find out what the person wants.
pro-agreement-best-interests = Why would an advocate be in their best interests?
pro-agreement-best-interests-hint = For example, what is being decided without them, or what could go wrong without an advocate.
pro-law-heading = Which law is this referral about?
pro-law-hint = Choose all that apply. Then we ask only the questions for those laws. If you are not sure, we ask them all.
pro-law-care-act = The Care Act 2014
pro-law-care-act-hint = The council is assessing, planning or reviewing care and support, or making a safeguarding enquiry.
pro-law-mca = The Mental Capacity Act 2005
pro-law-mca-hint = A decision the person may not have the capacity to make, or a Deprivation of Liberty Safeguards authorisation.
pro-law-mha = The Mental Health Act 1983
pro-law-mha-hint = The person is detained, on a community treatment order or under guardianship, or treatment needing consent or a second opinion is being considered.
pro-law-unsure = I'm not sure
pro-progress = Page { $page } of { $pages }
pro-skip-to-law = Skip to the questions about the law

## The council and the Care Act
pro-council-heading = The council and the Care Act
pro-council-needs = Does the person appear to have needs for care and support?
pro-council-needs-hint = Or, for a carer, needs for support.
pro-council-involved = Is the council involved with them?
pro-council-involved-hint = For example adult social care, a safeguarding team, or children's services planning the move to adult care.
pro-council-process = Which process are they part of, or about to be?
pro-council-role = Who is the process for?
pro-council-stage = Where has it got to? (optional)
pro-council-stage-hint = For example: assessment visit booked for 3 March, or the plan is being reviewed next week.

## Difficulty taking part
pro-difficulty-heading = Difficulty taking part
pro-difficulty-intro = Under the Care Act, substantial difficulty in any one of these four areas is enough.
pro-difficulty-legend = Would they have substantial difficulty with any of these?
pro-difficulty-hint = Tick all that apply. For each one you tick, tell us what shows it.
pro-difficulty-none = None of these
pro-difficulty-evidence-understanding = What shows their difficulty understanding relevant information?
pro-difficulty-evidence-retaining = What shows their difficulty retaining that information?
pro-difficulty-evidence-weighing = What shows their difficulty using or weighing the information to take part?
pro-difficulty-evidence-communicating = What shows their difficulty communicating their views, wishes and feelings?
pro-difficulty-evidence-hint = What you have seen or been told, by whom and when.

## Who could support them
pro-support-heading = Who could support them
pro-support-intro = Someone unpaid who can support the person to take part (the appropriate individual) may mean they do not need a Care Act advocate. Tell us about anyone who might.
pro-support-candidates = Is there anyone who could support them to take part?
pro-support-candidates-hint = For example family, a friend or a neighbour.
# What one item of the list is called: the page adds its number ("Person 1").
pro-support-item = Person
pro-support-add = Add another person
pro-candidate-description = Who are they to the person?
pro-candidate-description-hint = For example: daughter, neighbour, friend from church. You do not need their name.

## When someone could support them
pro-exceptions-heading = When someone could support them
pro-exceptions-intro = Even when someone could support the person, the Care Act still calls for an advocate in two cases.
pro-exceptions-placement = Is an NHS-funded placement in a hospital or care home being considered for them?
pro-exceptions-setting = Where would the placement be?
pro-exceptions-days = How many days is it expected to last? (optional)
pro-exceptions-days-hint = For example, 60.
pro-exceptions-council-best-interests = Does the council believe an advocate would be in the person's best interests?
pro-exceptions-disagreement = Do the council and the person who could support them disagree about something important for the person?
pro-exceptions-both-agree = Do they both agree an advocate would help?

## Mental capacity
pro-capacity-heading = Mental capacity
pro-capacity-intro = Tell us what you know. If no capacity assessment has been done yet, send the referral anyway: we will show that an IMCA would wait for it.
pro-capacity-decision = Which decision is being made, or about to be?
pro-capacity-days = How many days is the stay expected to last? (optional)
pro-capacity-days-hint = For example, 90.
pro-capacity-assessed = Has a mental capacity assessment been done for this decision?
pro-capacity-date = Date of the assessment (optional)
pro-capacity-date-hint = For example, 3 2 2026.
pro-capacity-lacks = Does the person lack capacity to make this decision?
pro-capacity-lacks-hint = If there has been no assessment yet, tell us what you believe.
pro-capacity-instruct = Could they tell an advocate what they want them to do, with support?
pro-capacity-instruct-hint = If not, the advocate works for them without instructions (non-instructed advocacy).
pro-capacity-fluctuating = Does their capacity come and go?
pro-capacity-consult = Is there family or a friend, other than paid carers, whom it is appropriate to consult about the decision?

## Mental Health Act
pro-mha-heading = Mental Health Act
pro-mha-status = Are they under the Mental Health Act?
pro-mha-section = Which section? (optional)
pro-mha-section-hint = For example 2, 3, 5(2) or 37/41.
pro-mha-declined = Have they turned down an IMHA before?
pro-mha-seclusion = Are they in seclusion or long-term segregation?
pro-mha-treatment = Is treatment that needs their consent or a second opinion being considered?
pro-mha-treatment-hint = Under section 57, or section 58A for under 18s. This counts even if they are in hospital informally.

## Deprivation of Liberty Safeguards
pro-dols-heading = Deprivation of Liberty Safeguards
pro-dols-authorised = Is a Deprivation of Liberty Safeguards (DoLS) authorisation in place for them?
pro-dols-rpr = Is there a family member or friend who can be their representative (the relevant person's representative), unpaid?

## Safeguarding
pro-safeguarding-heading = Safeguarding
pro-safeguarding-question = Is there a safeguarding concern about the person?
pro-safeguarding-concern = What is the concern?
pro-safeguarding-concern-hint = What has happened or is feared, and who is involved.
pro-safeguarding-reference = Section 42 enquiry reference (optional)
pro-safeguarding-urgent = Is the enquiry urgent?
pro-safeguarding-urgent-hint = An urgent enquiry can start before an advocate is appointed. We will appoint one as soon as we can.
pro-safeguarding-delegated = Who has the enquiry been delegated to? (optional)
pro-safeguarding-delegated-hint = For example the NHS trust or care provider, with a contact name.

## Meetings and deadlines
pro-deadlines-heading = Meetings and deadlines
pro-deadlines-intro = Add any meeting, hearing or deadline the advocate must know about, up to { $max }. If there are none, continue.
# What one item of the list is called: the page adds its number ("Meeting or deadline 1").
pro-deadlines-item = Meeting or deadline
pro-deadlines-add = Add a meeting or deadline
pro-deadline-what = What is it?
pro-deadline-what-hint = For example: needs assessment meeting, best interests meeting, tribunal hearing.
pro-deadline-date = Date
pro-deadline-date-hint = For example, 14 5 2026.

## Risks and advocates already involved
pro-risks = Is there anything the advocate should know about risk? (optional)
pro-risks-hint = Risks to the person, or to an advocate visiting them alone: for example aggression, animals, other people at the address, or infection control.
pro-advocate-existing = Does the person already have an advocate?
pro-advocate-who = Who is the advocate, and where do they work?

## Check your answers
pro-check-heading = Check your answers before sending
pro-check-what-happens = When you send this, our advocacy team will read it and contact you at work. Staff confirm which advocacy applies.
pro-check-not-given = Not given
pro-check-not-a-date = Not a real date
pro-check-no-date = No date given
pro-check-none = None
pro-check-phone = Work phone number
pro-check-person = The person
pro-check-dob = Date of birth
pro-check-location = Where they are now
pro-check-in-prison = In prison
pro-check-contact = Contacting them
pro-check-contact-directly = Contact them directly
# Hidden text after "Change", for screen readers.
pro-check-contact-directly-change = whether to contact them directly
pro-check-contact-directly-no = No, through you or where they are
pro-check-reason = Why they need an advocate
pro-check-heard = Would struggle to be heard without one
pro-check-nhs-complaint = Wants to complain about NHS care
pro-check-agreement = Their agreement
pro-check-consent = Knows and agrees
pro-check-best-interests = Why it is in their best interests
pro-check-care-needs = Appears to have care and support needs
pro-check-council-involved = Council involved
pro-check-process = Process
pro-check-role = Who it is for
pro-check-stage = Where it has got to
pro-check-difficulty = Substantial difficulty with
pro-check-evidence-understanding = Evidence: understanding relevant information
pro-check-evidence-retaining = Evidence: retaining that information
pro-check-evidence-weighing = Evidence: using or weighing the information to take part
pro-check-evidence-communicating = Evidence: communicating their views, wishes and feelings
pro-check-candidates = Anyone who could support them
pro-check-candidate = Person { $number }
# One line about a person who could support them: a short question and its answer.
pro-check-candidate-answer = { $question }: { $answer }
pro-check-placement = NHS placement being considered
pro-check-setting = Where
pro-check-placement-days = Expected length in days
pro-check-council-best-interests = Council thinks an advocate is in their best interests
pro-check-disagreement = The council and that person disagree
pro-check-both-agree = Both agree an advocate would help
pro-check-decision = Decision
pro-check-stay-days = Expected length of stay in days
pro-check-assessed = Capacity assessment done
pro-check-assessment-date = Date of the assessment
pro-check-lacks = Lacks capacity for this decision
pro-check-instruct = Could instruct an advocate
pro-check-fluctuating = Capacity comes and goes
pro-check-consult = Family or friend to consult
pro-check-mha-status = Under the Act
pro-check-mha-section = Section
pro-check-mha-declined = Turned down an IMHA before
pro-check-mha-seclusion = In seclusion or long-term segregation
pro-check-mha-treatment = Treatment needing consent or a second opinion
pro-check-dols = DoLS authorisation in place
pro-check-rpr = Unpaid representative available
pro-check-safeguarding = Safeguarding concern
pro-check-concern = The concern
pro-check-s42 = Section 42 enquiry reference
pro-check-urgent = Urgent
pro-check-law = Laws it is about
pro-check-danger = In danger now
pro-check-delegated = Delegated to
pro-check-deadline = Meeting or deadline { $number }
pro-check-risks = Risks
pro-check-risks-row = Risks to know about
pro-check-advocates = Advocates already involved
pro-check-has-advocate = Already has an advocate
pro-check-their-advocate = Their advocate
pro-check-needs = Their needs and wishes

## Dates, as people write them: "27 March 1950"
pro-date = { $day } { $month } { $year }
pro-month-january = January
pro-month-february = February
pro-month-march = March
pro-month-april = April
pro-month-may = May
pro-month-june = June
pro-month-july = July
pro-month-august = August
pro-month-september = September
pro-month-october = October
pro-month-november = November
pro-month-december = December
