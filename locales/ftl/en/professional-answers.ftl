### SpeakUp: professional-answers (English, the source every translation follows)


## Processes the council may be carrying out
pro-opt-process-needs-assessment = Needs assessment
pro-opt-process-carers-assessment = Carer's assessment
pro-opt-process-child-needs-assessment = Child's needs assessment (moving to adult services)
pro-opt-process-child-carers-assessment = Child's carer's assessment
pro-opt-process-young-carers-assessment = Young carer's assessment
pro-opt-process-care-support-plan = Preparing a care and support plan, or a support plan
pro-opt-process-plan-review = Reviewing a care and support plan
pro-opt-process-safeguarding-enquiry = Safeguarding enquiry (section 42)
pro-opt-process-safeguarding-adults-review = Safeguarding adults review
pro-opt-process-none = None of these

## Whose care and support the process is about
pro-opt-role-person = The person, for their own care and support
pro-opt-role-adult-carer = The person as an adult carer
pro-opt-role-young-carer = The person as a young carer (under 18)

## The four areas of substantial difficulty (Care Act s67(4))
pro-opt-area-understanding = Understanding relevant information
pro-opt-area-retaining = Retaining that information
pro-opt-area-weighing = Using or weighing the information to take part
pro-opt-area-communicating = Communicating their views, wishes and feelings

## What stops someone being the appropriate individual
pro-opt-disqualifier-paid = Are they paid to care for or treat the person, or their carer?
pro-opt-disqualifier-paid-hint = Including professional carers and anyone paid by the person.
pro-opt-disqualifier-not-wanted = Has the person said they do not want this person to support them?
pro-opt-disqualifier-unable = Is this person unable or unavailable to support them?
pro-opt-disqualifier-abuse = Are they implicated in abuse or neglect of the person?
pro-opt-disqualifier-abuse-hint = For example named in a safeguarding enquiry, or found by a safeguarding adults review to have failed to prevent abuse.
# The same four in a few words, for "check your answers" and the staff view.
pro-opt-disqualifier-paid-short = Paid to care for or treat them
pro-opt-disqualifier-not-wanted-short = The person does not want them
pro-opt-disqualifier-unable-short = Unable or unavailable
pro-opt-disqualifier-abuse-short = Implicated in abuse or neglect

## Is there anyone who could support them?
pro-opt-anyone-yes = Yes, or there may be
pro-opt-anyone-no = No, there is nobody

## Where an NHS placement is
pro-opt-setting-hospital = A hospital
pro-opt-setting-care-home = A care home

## Decisions that bring in an IMCA (Mental Capacity Act 2005)
pro-opt-decision-serious-medical-treatment = Serious medical treatment
pro-opt-decision-accommodation-hospital = Where they live: a stay in hospital
pro-opt-decision-accommodation-hospital-hint = Arranged by the NHS, expected to last more than 28 days.
pro-opt-decision-accommodation-care-home = Where they live: a move to a care home
pro-opt-decision-accommodation-care-home-hint = Arranged by the council or the NHS, expected to last more than 8 weeks.
pro-opt-decision-care-review = A review of their care arrangements
pro-opt-decision-safeguarding = Protective measures in a safeguarding case
pro-opt-decision-none = None of these

## Status under the Mental Health Act 1983
pro-opt-mha-detained = Detained in hospital under a section
pro-opt-mha-conditionally-discharged = Conditionally discharged (a restricted patient)
pro-opt-mha-guardianship = Under guardianship
pro-opt-mha-cto = On a community treatment order (CTO)
pro-opt-mha-none = Not under the Mental Health Act

## What to fix before the referral can be sent
pro-problem-consent = Choose whether the person knows about the referral and agrees
pro-problem-contact-directly = Choose whether the advocate can contact the person directly
pro-problem-contact-method = Choose how the advocate should contact the person
pro-problem-dob-invalid = Enter a real date of birth, for example 27 3 1950
pro-problem-dob-future = The date of birth must be in the past
pro-problem-dob-too-old = Enter a date of birth less than 120 years ago
pro-problem-assessment-date-invalid = Enter a real date for the assessment, for example 3 2 2026
pro-problem-days-number = Enter the number of days as a whole number, like 60
pro-problem-mha-section = Enter a section of the Mental Health Act, like 2, 3, 5(2) or 37/41
pro-problem-candidates-missing = Add the person who could support them, or choose another answer
pro-problem-danger = Say whether anyone is in danger now
pro-problem-deadline-date-missing = Enter the date of the meeting or deadline
pro-problem-deadline-date-invalid = Enter a real date, for example 14 5 2026
pro-problem-deadline-date-past = The meeting or deadline is in the past: enter the date it is coming up
pro-problem-candidate-description-missing = Say who this person is to them
pro-problem-candidate-description-too-long = Use 200 characters or fewer
pro-problem-candidate-description-single-line = Remove the < and > characters, and keep it to one line
