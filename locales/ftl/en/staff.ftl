### SpeakUp: staff (English, the source every translation follows)

layout-staff-tag = staff
layout-staff-accounts = Staff accounts
layout-change-password = Change password
layout-sign-out = Sign out

## Shared by the staff pages
staff-checking-sign-in = Checking you are signed in…
staff-urgent = Urgent
staff-reasons = About:
staff-glance-heading = At a glance
staff-glance-asked-by = Who asked
staff-glance-about = What it is about
staff-glance-indicated = What appears to apply
staff-glance-nothing-yet = Nothing yet: see below what the answers do not say
staff-urgent-heading = Why this is urgent
staff-urgent-danger-now = The referrer says someone is in danger now.
staff-urgent-safeguarding = The safeguarding enquiry is urgent and may start before an advocate is in place.
staff-urgent-seclusion = The person is in seclusion or long-term segregation.
# What is happening, then its date: "Tribunal hearing: 6 December 2026".
staff-urgent-soon = { $what }: { $date }
staff-urgent-soon-undated = { $what }: soon (the referrer did not give a date)
staff-urgent-coming-up = Coming up:
# Under a referral in a list: the person's name and when it came in.
staff-name-received = { $name } · received { $date }
staff-yes = Yes
staff-no = No
staff-not-known = Not known
staff-not-given = Not given
staff-not-said = Not said
staff-none-given = None given
staff-none-given-stop = None given.
staff-nobody = Nobody
# A question and its answer on one line, like "Advocate's language: Welsh".
staff-answer = { $question }: { $answer }
staff-yes-who = Yes: { $who }
staff-days = { $days } days
staff-referred-by = Referred by
staff-the-person = The person

## Sign in
staff-login-heading = Sign in to SpeakUp
# { $link } is a link whose words are staff-login-start-page.
staff-login-intro = For staff of the advocacy service. If you want an advocate, { $link }.
staff-login-start-page = go to the start page
staff-login-email = Email address
staff-login-password = Password
staff-login-button = Sign in

## Change password
staff-password-heading = Change your password
staff-password-must-change = You need to choose a new password before you can use SpeakUp.
staff-password-current = Current password
staff-password-new = New password
staff-password-new-hint = Use at least 12 characters. Three or four random words are easy to remember and hard to guess.
staff-password-button = Change password

## The queue of referrals
staff-queue-heading = Referrals
staff-queue-loading = Loading referrals…
staff-queue-forbidden = Your account cannot see incoming referrals. Ask an administrator if you need to triage.
staff-queue-empty = There are no referrals yet.
staff-queue-pages = Pages of referrals
staff-queue-status = Page { $page } of { $pages } · { $total } referrals
staff-queue-previous = Previous
staff-queue-next = Next
# Hidden text after Previous or Next, for screen readers.
staff-queue-page-of = (page { $page } of { $pages })

## One referral
staff-referral-back = Back to referrals
staff-referral-heading = Referral
staff-referral-loading = Loading…
staff-referral-not-found = Referral not found
staff-referral-not-found-body = There is no referral at this address.
staff-referral-forbidden = Your account cannot see incoming referrals.
staff-referral-title = Referral { $reference }
staff-referral-status = Status:
staff-referral-received = Received { $date }
staff-referral-accepted = Referral accepted. The person will see this when they track it.
staff-referral-declined = Referral declined. The person will see your reason when they track it.
staff-referral-indicated = Indicated advocacy
staff-referral-history = History
staff-referral-told-person = Told the person:
staff-referral-decision = Decision
staff-referral-decision-hint = Accept if the service can help. The person will be told in plain words either way.
staff-referral-accept = Accept referral
staff-referral-reason = Reason for the person (needed to decline)
staff-referral-reason-hint = The person reads this when they track their referral. Use plain words and say what they could do instead.
staff-referral-decline = Decline referral
staff-referral-decided = This referral has been decided.
staff-self-help-with = What they want help with
staff-self-contact = Contact

## Rows of the summaries
staff-row-name = Name
staff-row-relationship = Relationship
staff-row-consent = Knows and agrees
staff-row-best-interests = Why it is in their best interests
staff-row-contact = Contact
staff-contact-through-referrer = Through the referrer
staff-contact-not-directly = Not directly: arrange it through the referrer or where they are
staff-row-contact-by = Contact by
staff-row-details = Details
staff-row-never-contact-by = Never contact by
staff-row-safe-message = Safe to leave a message
staff-contact-no-message = No, do not leave a message
staff-row-safe-times = Safe times
staff-row-codeword = Codeword
staff-row-for = For
staff-row-council-involved = Council involved
staff-row-process = Process
staff-row-mha = Mental Health Act
staff-row-section = Section
staff-row-nhs-complaint = Complaint about the NHS
staff-profile-communication = Communication needs
staff-profile-advocate = Their advocate
staff-profile-people = Family and friends

## What they told us about the law (self and on-behalf referrals)
staff-facts-heading = What they told us about the law
staff-facts-hint = "Not known" means they did not know, or the question did not apply.
staff-facts-no-difficulty = None of the four
staff-facts-difficulty = Difficulty taking part
staff-facts-family-or-friend = Family or friend who could help

## A referral for someone else
staff-on-behalf-help-with = What they need help with
staff-on-behalf-help-with-hint = In the words of the person who referred them.
staff-on-behalf-referred-by-hint = This is not the person who needs an advocate.
staff-on-behalf-own-words = In their own words

## A referral from a professional
staff-professional-help-with = Why they need an advocate
staff-professional-help-with-hint = In the words of the professional who referred them.
staff-professional-referred-by-hint = A professional. This is not the person who needs an advocate.
staff-row-organisation = Organisation
staff-row-job-role = Role
staff-row-work-email = Work email
staff-row-work-phone = Work phone
staff-row-date-of-birth = Date of birth
staff-row-age = Age
staff-row-location = Where they are now
staff-row-in-prison = In prison
staff-professional-safeguarding = Safeguarding
staff-row-concern = Concern
staff-row-s42-reference = Section 42 reference
staff-row-lives-in = Lives in
staff-row-urgent-enquiry = Urgent enquiry
staff-row-delegated-to = Delegated to
staff-professional-no-safeguarding = No safeguarding concern given.
staff-professional-deadlines = Meetings and deadlines
staff-professional-risk = Risks and lone working
staff-professional-not-needed = Not needed: nobody could be the appropriate individual
staff-professional-no-placement = No NHS placement being considered
staff-placement-setting = Setting: { $setting }
staff-placement-days = Expected days: { $days }
staff-placement-best-interests = Council thinks an advocate is in their best interests: { $answer }
staff-professional-evidence = Care Act: process and evidence
staff-row-care-needs = Care and support needs
staff-row-process-stage = Where it has got to
# { $area } is one of the four areas of difficulty, in small letters.
staff-row-difficulty = Difficulty: { $area }
staff-difficulty-evidence = Yes. Evidence: { $evidence }
staff-professional-candidates = Who could support them
staff-row-anyone = Anyone
staff-row-candidate = Person { $number }
staff-row-placement = NHS placement (exception 1)
staff-row-disagreement = Disagreement both agree an advocate would help with (exception 2)
staff-professional-law = Capacity, Mental Health Act and DoLS
staff-row-mca-decision = Decision
staff-row-length-of-stay = Expected length of stay
staff-row-capacity-assessment = Capacity assessment done
staff-row-assessment-date = Date of the assessment
staff-row-lacks-capacity = Lacks capacity for the decision
staff-row-can-instruct = Can instruct an advocate
staff-row-fluctuating = Capacity comes and goes
staff-row-family-or-friend = Family or friend to consult
staff-row-s57-s58a = Treatment needing consent or a second opinion
staff-row-declined-imha = Turned down an IMHA before
staff-row-seclusion = Seclusion or segregation
staff-row-dols = DoLS authorisation
staff-row-unpaid-rpr = Unpaid representative available
staff-row-help-to-be-heard = Needs help to be heard on a decision that matters
staff-row-existing-advocate = Already has an advocate

## Lost tracking code
staff-queue-lost-code = Waiting for a new code
staff-lost-code-heading = Lost tracking code
staff-lost-code-asked = Someone asked for a new tracking code and gave this person's phone number or email address. They were not told whether we have a referral.
staff-lost-code-contact = Contact the person only in the way they asked and when it is safe. Check you are talking to them before you give them a new code.
staff-lost-code-old-stops = A new code stops the old one working.
staff-lost-code-button = Issue a new tracking code
staff-new-code-error-title = The code was not issued
staff-new-code-heading = New tracking code for { $reference }
staff-new-code-once = We show this code once. Write it down before you leave this page.
staff-new-code-safe-route = Give it to the person only through their safe contact route: the way they asked, at a time they said is safe (see Contact below).
staff-new-code-no-message = Do not leave it in a message unless they said messages are safe.
staff-new-code-no-notes = Do not put it in case notes or send it to colleagues.
staff-new-code-reference-stays = Their reference stays { $reference }. Their old code no longer works.

## Likely duplicates
staff-duplicates-heading = Likely duplicates
staff-duplicates-error-title = The referrals were not joined
staff-duplicates-loading = Looking for likely duplicates…
staff-duplicates-failed = We could not look for duplicates. { $problem }
staff-duplicates-none = No other referrals look like they are about the same person.
# { $target } is the other referral's reference, as a link when we can.
staff-duplicates-joined-into = { $reference } has been joined into { $target }. Carry on with that referral.
staff-duplicates-joined-hint = The person tracking this referral is told we put it together with another one. They do not see the other referral.
staff-duplicates-joined-here = Joined into this referral: { $references }.
# The reasons, in small letters: "same name and same phone number".
staff-duplicates-reasons-and = { $rest } and { $last }
staff-duplicates-look-alike = they look alike
staff-duplicates-why = Why it may be the same person: { $reasons }.
staff-duplicates-confirm-heading = Join { $this } into { $other }?
staff-duplicates-confirm-closed = { $this } will be closed and marked as joined. What the person told us and its history stay.
staff-duplicates-confirm-carry-on = You and your colleagues carry on with { $other }.
staff-duplicates-confirm-told = The person tracking { $this } is told we put two referrals together. They do not see the other one.
staff-duplicates-confirm-no-undo = You cannot undo this here.
staff-duplicates-confirm-button = Yes, join them
staff-duplicates-other-holder = Someone else made { $other } and holds its tracking code. Once { $this } is joined into it, they will see what happens, and so may learn about this referral too.
staff-duplicates-cancel = Cancel
staff-duplicates-join-button = Join this referral into { $other }

## Staff accounts
staff-accounts-heading = Staff accounts
staff-accounts-admins-only = Only administrators can manage staff accounts.
staff-accounts-loading = Loading staff accounts…
staff-accounts-caption = Members of staff
staff-accounts-add-heading = Add a member of staff
staff-accounts-name = Name
staff-accounts-email = Email address
staff-accounts-role = Role
staff-accounts-choose-role = Choose a role
staff-accounts-role-admin-hint = Manages staff accounts, and can also triage referrals.
staff-accounts-role-triage-hint = Decides whether to accept or decline incoming referrals.
staff-accounts-role-advocate-hint = Works on the cases allocated to them.
staff-accounts-role-commissioner-hint = Sees anonymised reports only, never anyone's case.
staff-accounts-password = First password
staff-accounts-password-hint = A first password of at least 12 characters. Give it to them privately; they must choose their own when they first sign in.
staff-accounts-add-button = Add member of staff
staff-accounts-added = { $name } can now sign in as { $role }.
staff-role-admin = Administrator
staff-role-triage = Triage
staff-role-advocate = Advocate
staff-role-commissioner = Commissioner
staff-referral-language = Language used, for letters and messages:
staff-consent-yes = Yes, they know and agree
staff-consent-no = No
staff-consent-cannot-say = They cannot tell us
staff-match-name = same name
staff-match-phone = same phone number
staff-match-email = same email address
staff-match-date-of-birth = same date of birth
staff-given-by-person = the person
staff-given-by-person-carer = the person, about their role as a carer
staff-given-by-referrer = { $name } ({ $relationship })
staff-given-by-professional = { $name } ({ $role }, { $organisation })

## One staff account
staff-account-loading = Loading this account…
staff-account-back = Back to all staff accounts
staff-account-status = Status
staff-account-active = Can sign in
staff-account-disabled = Disabled: cannot sign in
staff-account-one-time = Has a one-time password, and chooses their own at next sign-in
staff-account-role-heading = Change their role
staff-account-role-button = Change role
# { $role } is the new role, like "Advocate".
staff-account-role-changed = { $name } is now { $role }. They have been signed out and sign in again to work with the new role.
staff-account-disable-heading = Disable this account
staff-account-disable-text = They are signed out everywhere at once, and cannot sign in until the account is enabled again. Nothing they did is removed.
staff-account-disable-button = Disable account
staff-account-disabled-done = { $name } has been signed out and can no longer sign in.
staff-account-enable-heading = Enable this account
staff-account-enable-text = They can sign in again with their own password.
staff-account-enable-button = Enable account
staff-account-enabled-done = { $name } can sign in again.
staff-account-reset-heading = Reset their password
staff-account-reset-text = They are signed out everywhere and get a one-time password, which you give them in person. They choose their own when they sign in with it.
staff-account-reset-button = Reset password
staff-account-reset-done = One-time password for { $name }:
staff-account-reset-once = This is shown only now. Give it to them in person or by phone, never by email or text message.
staff-account-history-heading = History
staff-account-history-caption = What has happened to this account, newest first
staff-account-when = When
staff-account-what = What
staff-account-by = By
staff-account-by-speakup = SpeakUp, when it was first set up
staff-account-action-created = Account made, as { $role }
staff-account-action-disabled = Disabled
staff-account-action-enabled = Enabled again
staff-account-action-role-changed = Role changed to { $role }
staff-account-action-password-reset = Password reset to a one-time password
staff-account-action-password-changed = Chose a new password

## Problems with staff accounts and passwords
error-password-too-short = Use at least 12 characters
error-password-common = Many people choose this password, so it is easy to guess. Choose another: three or four words you will remember work well
error-account-not-found = We could not find that staff account
error-last-admin = SpeakUp needs at least one active administrator. Make someone else an administrator first
error-own-account = You cannot disable your own account. Ask another administrator
error-sign-ins-busy = Many sign-ins are failing at the moment, so everyone is asked to wait a little
error-new-code-reason = Say why they need a new code, for example how they asked and how you know it is them
error-merge-other-holder = Someone else holds the tracking code of the referral you chose, so they will see what happens. Check the warning and confirm
staff-unasked-code-summary = They need a new tracking code but did not ask through SpeakUp
staff-unasked-code-text = For example, they rang the team. Only do this once you are sure it is them, for example by their codeword. Their old code stops working.
staff-unasked-code-reason = Why they need a new code
staff-unasked-code-reason-hint = Say how they asked and how you checked it was them. Staff see this in the referral's history; the person does not.
staff-referral-staff-actions = What staff have done
staff-action-new-code-requested = New tracking code, after they asked through "I lost my code"
staff-action-new-code-with-reason = New tracking code, without a request through SpeakUp
staff-action-reason = Why:
error-period-invalid = Give the period as a month, like 2026-11, or a quarter, like 2026-Q4
error-period-open = Figures are shown only for a month or quarter that has ended, so that nobody can watch them change as referrals arrive

## Two-step sign-in
layout-two-step = Two-step sign-in
staff-login-code-heading = Enter the code from your authenticator app
staff-login-code-hint = The app on your phone shows a new 6-digit code every 30 seconds. If you do not have your phone, enter one of your recovery codes instead.
staff-login-code-button = Continue
staff-two-step-heading = Two-step sign-in
staff-two-step-loading = Checking your two-step sign-in…
staff-two-step-must = Your role needs two-step sign-in. Set it up now to carry on with your work.
staff-two-step-intro = With two-step sign-in, SpeakUp asks for a code from an authenticator app on your phone after your password, so a password that gets out is not enough to open people's referrals.
staff-two-step-start = Set up two-step sign-in
staff-two-step-scan-heading = 1. Add SpeakUp to your authenticator app
staff-two-step-scan-text = Open the authenticator app on your phone, choose to add an account, and scan this QR code.
staff-two-step-qr-alt = QR code holding your SpeakUp sign-in key. If you cannot scan it, type the key shown below into your app.
staff-two-step-key-text = If you cannot scan the code, choose to enter a key by hand in the app and type this key:
staff-two-step-key-kind = The key is time-based, with 6-digit codes. Spaces do not matter.
staff-two-step-confirm-heading = 2. Check it works
staff-two-step-code = Code from the app
staff-two-step-code-hint = 6 digits, for example 123456
staff-two-step-confirm-button = Turn on two-step sign-in
staff-two-step-codes-heading = Your recovery codes
staff-two-step-codes-text = Two-step sign-in is on. If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them somewhere safe, not on your phone.
staff-two-step-codes-once = You will not see these codes again.
staff-two-step-codes-save = Save as a file
staff-two-step-codes-print = Print
staff-two-step-codes-kept = I have kept my recovery codes
staff-two-step-on = Two-step sign-in is on for your account.
staff-two-step-codes-left = Recovery codes left: { $count }
staff-two-step-renew-heading = Get new recovery codes
staff-two-step-renew-text = Your old recovery codes stop working and you get ten new ones. Enter a code from your app to do this.
staff-two-step-renew-button = Get new recovery codes
staff-two-step-off-heading = Turn off two-step sign-in
staff-two-step-off-text = SpeakUp will ask only for your password again. Enter your password to turn it off.
staff-two-step-off-required = Your role needs two-step sign-in, so it stays on. If you lose your phone and your recovery codes, ask an admin to remove it so you can set it up again.
staff-two-step-off-button = Turn off two-step sign-in
staff-two-step-policy-heading = Two-step sign-in
staff-two-step-policy-legend = Which roles must use two-step sign-in?
staff-two-step-policy-hint = Anyone in a ticked role who has not set it up is asked to do so before anything else.
staff-two-step-policy-button = Save
staff-two-step-policy-saved = Saved. Two-step sign-in is needed for: { $roles }
staff-two-step-policy-none = Saved. No role needs two-step sign-in.
staff-account-two-step-on = Uses two-step sign-in
staff-account-two-step-heading = Remove two-step sign-in
staff-account-two-step-text = For someone who has lost their phone and their recovery codes. Check it is really them first. They are signed out everywhere and sign in with their password alone, then set it up again if their role needs it.
staff-account-two-step-button = Remove two-step sign-in
staff-account-two-step-removed = Two-step sign-in removed for { $name }. They have been signed out everywhere.
staff-account-action-two-step-on = Turned on two-step sign-in
staff-account-action-two-step-off = Turned off two-step sign-in
staff-account-action-two-step-reset = Two-step sign-in removed
staff-account-action-recovery-codes = Got new recovery codes
# What the entitlement engine still needs to know, in the words staff read.
staff-fact-council-involved = Whether the council is involved
staff-fact-care-support-needs = Whether they may have care and support needs
staff-fact-process = Which council process it is
staff-fact-difficulty = Whether taking part is hard for them
staff-fact-difficulty-understanding = Whether understanding information is hard for them
staff-fact-difficulty-retaining = Whether remembering information is hard for them
staff-fact-difficulty-weighing = Whether weighing up information is hard for them
staff-fact-difficulty-communicating = Whether saying what they think is hard for them
staff-fact-candidates = Whether someone could help them take part
staff-fact-nhs-placement = Whether the NHS is arranging a placement
staff-fact-nhs-placement-setting = Where the NHS placement is
staff-fact-nhs-placement-expected-days = How long the NHS placement is expected to last
staff-fact-nhs-placement-council-best-interests = Whether the council thinks an advocate is in their best interests
staff-fact-disagreement-with-appropriate-individual = Whether they disagree with the person who would support them
staff-fact-disagreement-with-appropriate-individual-both-agree-advocate-helps = Whether they and the council agree an advocate would help
staff-fact-capacity = Their capacity for the decision
staff-fact-capacity-lacks-capacity-for-decision = Whether they lack capacity for the decision
staff-fact-capacity-assessment-completed = Whether a capacity assessment has been done
staff-fact-capacity-can-instruct = Whether they can instruct an advocate
staff-fact-mca-decision = Which decision under the Mental Capacity Act
staff-fact-accommodation-expected-days = How long a move of accommodation is expected to last
staff-fact-family-or-friend-to-consult = Whether there is family or a friend to consult, other than paid carers
staff-fact-dols-authorised = Whether a Deprivation of Liberty authorisation is in place
staff-fact-unpaid-rpr-available = Whether an unpaid relevant person's representative is available
staff-fact-mha = Their Mental Health Act status
staff-fact-mha-status = Whether they are detained, on a community treatment order or neither
staff-fact-mha-section = Which section of the Mental Health Act
staff-fact-mha-considered-for-s57-or-s58a = Whether treatment under section 57 or 58A is being considered
staff-fact-nhs-complaint = Whether they want to complain about the NHS
staff-fact-needs-help-to-be-heard = Whether they need help to have their say
staff-fact-candidate-paid-or-professional = Person { $number } who could help: whether they are paid or a professional
staff-fact-candidate-person-does-not-want = Person { $number } who could help: whether the person does not want them to
staff-fact-candidate-unable-or-unavailable = Person { $number } who could help: whether they are unable or not available
staff-fact-candidate-implicated-in-abuse = Person { $number } who could help: whether they may be involved in abuse or neglect
staff-referral-confirm-accept = Accept this referral?
staff-referral-confirm-accept-text = The person will see that it has been accepted, and it moves on for an advocate to be found.
staff-referral-confirm-accept-yes = Yes, accept it
staff-referral-confirm-decline = Decline this referral?
staff-referral-confirm-decline-text = The person will see that it has been declined, with the reason you wrote for them. This cannot be undone.
staff-referral-confirm-decline-yes = Yes, decline it
staff-referral-confirm-no = No, go back
staff-new-code-confirm = Issue a new tracking code?
staff-new-code-confirm-text = The old code stops working at once. You will see the new code once, to pass on through the safe way of contact.
staff-new-code-confirm-yes = Yes, issue a new code
