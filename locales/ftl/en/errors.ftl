### SpeakUp: errors (English, the source every translation follows)

# Validation messages from the shared rules (shared/src), shown beside an answer by the
# front end and sent by the API. Keep them short: they say what to do.

error-check-answer = Check this answer
error-too-long = Use { $max } characters or fewer
error-markup = Remove the < and > characters
error-control-one-line = Use letters, numbers and punctuation only, on one line
error-invisible = This has a hidden character in it, for example from copying and pasting. Type it again yourself
error-control = Use letters, numbers and punctuation only
error-phone-invalid = Enter a phone number, like 07700 900 982 or +44 7700 900982
error-email-invalid = Enter an email address, like name@example.com

# Asking for an advocate: the person's own answers.
error-help-with-required = Choose a picture, or tell us in your own words what you would like help with
error-name-required = Tell us what we should call you
error-age-range = Enter an age between 0 and 120

# How to get in touch.
error-contact-phone-required = Enter a phone number so we can contact you
error-contact-email-required = Enter an email address so we can contact you
error-contact-place-required = Tell us where we can meet
error-contact-address-required = Enter an address so we can write to you
error-contact-method-not-safe = You said the way you chose for us to get in touch is not safe. Untick it, or go back and choose another way
error-named-person-name-required = Tell us the name of the person we should contact
error-named-person-phone-or-email = Give a phone number or an email address for them
error-interpreter-language-required = Tell us which language the interpreter should speak

# Asking for someone else.
error-referrer-name-required = Tell us your name
error-person-called-required = Tell us what the person likes to be called
error-on-behalf-help-with-required = Choose a picture, or tell us in your own words what the person needs help with
error-best-interests-required = Tell us why an advocate would be in the person's best interests
error-person-contact-required = Tell us how to contact the person, or choose to contact them through you

# A professional referral.
error-professional-name-required = Enter your name
error-organisation-required = Enter your organisation
error-job-role-required = Enter your job title or role
error-work-email-required = Enter your work email address
error-person-name-required = Enter the person's name
error-professional-help-with-required = Tell us why the person needs an advocate
error-existing-advocate-required = Tell us who the advocate is and where they work
error-safeguarding-concern-required = Describe the safeguarding concern
error-difficulty-evidence-required = Give the evidence for this difficulty
error-too-many-deadlines = Give the 10 most important meetings and deadlines
error-deadline-what-required = Say what the meeting or deadline is
error-candidates-one-each = Describe each person who could support them, one for each
error-candidate-description-required = Say who this person is

# Tracking a referral and a lost tracking code.
error-track-reference-required = Enter your reference, like SU-4K7P-M2QX
error-track-code-required = Enter your tracking code
error-lost-code-contact-required = Enter the phone number or email address you gave us

# Equality questions (optional monitoring).

# Answers the server could not read (the front end always sends them well formed).
error-answer-missing = This answer is missing
error-unknown-question = This is not a question we ask
error-answer-malformed = This answer is not in the form we expected ({ $detail })

# Staff: signing in, passwords and accounts.
error-sign-in-email-required = Enter your email address
error-sign-in-password-required = Enter your password
error-current-password-required = Enter your current password
error-current-password-wrong = Your current password is not right
error-new-password-too-short = Your new password must be at least 12 characters
error-new-password-same = Choose a password different from your current one
error-first-password-too-short = The first password must be at least 12 characters
error-staff-name-required = Enter their name
error-email-taken = There is already an account with this email address

# Staff: triage decisions and joining referrals.
error-decline-reason-required = Tell the person why we cannot take this referral
error-merge-same-referral = Choose a different referral to join this one with
error-merge-not-found = We could not find that referral
error-merge-target-merged = That referral has itself been joined into another; choose that one
error-mha-section = Enter the section as a number, for example 2, 3 or 37, or leave it blank

## Problems the server reports
error-problem-answers = There is a problem with your answers
error-too-much = What you sent is too long. Shorten your answers and try again
error-unavailable = SpeakUp is not available right now. Nothing you sent was lost; try again in a few minutes
error-busy = Lots of people are using SpeakUp just now. Nothing you typed is lost: try again in a moment
error-proof-needed = Your device needs to send this again. Nothing you typed is lost: press Send once more
error-internal = Something went wrong on our side. Nothing you sent was lost; try again in a few minutes
error-sign-in-wrong = The email address or password is not right
error-sign-in-needed = Sign in to continue
error-role-not-allowed = Your role does not allow this
error-choose-new-password = Choose a new password before you continue
error-set-up-second-factor = Set up two-step sign-in before you continue
error-second-factor-code-required = Enter the code from your authenticator app, or a recovery code
error-second-factor-wrong = That code is not right, or it has been used already. Try the code your app shows now
error-second-factor-already-on = Two-step sign-in is already on for this account
error-second-factor-no-setup = Start setting up two-step sign-in again
error-second-factor-required = Your role needs two-step sign-in, so it cannot be turned off
error-sign-in-again = Sign-in took too long or had too many wrong codes. Enter your email and password again
error-page-expired = This page has expired. Reload it and try again
error-page-not-found = We could not find that page
error-nothing-here = There is nothing at this address
error-soon-what-required = Tell us what is happening soon
error-not-tracked = We could not find a referral with that reference and tracking code. Capital letters, spaces and punctuation do not matter. Check both against your receipt and try again
error-no-meeting-to-move = There is no meeting booked to move. If you need to talk to your advocate, call us
error-not-tracked-one-try-left = We could not find a referral with that reference and tracking code. You can try once more with this reference, then you will need to wait a while
error-referral-not-found = We could not find that referral
error-already-decided = Someone has already decided on this referral. Reload the page to see what they decided
error-already-merged = This referral has already been joined with another. Reload the page to see where
error-key-reused = This Idempotency-Key was already used for a different referral. Send new answers with a new key
error-too-many-sign-ins = Too many sign-in attempts for this account
error-too-many-tries = You have tried this reference too many times
error-too-many-new-codes = You have asked for a new code a few times already
error-try-again-minute = Try again in a minute.
error-try-again-minutes = Try again in { $minutes } minutes.

# Feedback
error-feedback-empty = Answer at least one question, or write something in the box
error-feedback-not-asked = Some answers are for questions this form does not ask. Go back to the start of the form and try again
error-feedback-reference = Enter the reference as it is on your receipt, like SU-4K7P-M2QX, or leave it empty
error-receipt-required = Enter the words from your feedback receipt
error-receipt-not-found = We could not find feedback with those words. Capital letters, spaces and punctuation do not matter. Check them against your receipt and try again
error-message-required = Write your message

# Groups and collective issues
error-group-name-required = Enter your group's name
error-group-area-required = Enter the council area your group is in
error-group-contact-required = Enter the contact's name
error-group-members = Enter how many members the group has, as a number, like 12
error-contact-email-taken = The group's contact email already has a SpeakUp sign-in, so the group was not verified. Ask the group to register again with another address
error-too-many-members = Your group has added many members in the last hour. Try again later
error-group-not-found = We could not find that group
error-group-role = Group members are added by their group, not on the staff accounts page
error-group-not-verified = Your group can do this once an advocacy provider has checked it
error-issue-title-required = Give the issue a short title
error-issue-happening-required = Say what is happening
error-issue-affects-required = Say who it affects
error-issue-members = Enter how many members agree, as a number, like 12
error-issue-change-required = Say what change the group wants
error-issue-addressee-required = Choose who the issue is for
error-issue-easy-read-required = Write the issue in Easy Read: short sentences with everyday words
error-issue-pictures = Choose up to 3 pictures, each once
error-issue-not-found = We could not find that issue
error-issue-already-raised = This issue has already been raised, so its words cannot change
error-issue-closed = This issue is closed
error-issue-moved = Someone else changed this issue at the same moment. Reload the page to see it as it is now, then try again
error-not-addressee = Only the people the issue is for can answer it
error-response-status = Choose where the issue has got to
error-response-plain-required = Write the answer in plain words
error-response-easy-read-required = Write the answer in Easy Read too
error-support-line-required = Write a line saying why your group supports this
error-support-own-issue = Your group raised this issue, so it cannot add its support to it
error-support-given = Your group already supports this issue
error-outcome-not-found = One of the things you wanted is no longer on your referral. Look up your referral again to see what is there now
error-outcomes-not-open = You can tell us how things went when your advocate is finishing working with you. That is not yet, or it has finished
error-ratings-required = Answer at least one of the questions
error-ratings-too-many = There are too many answers to send at once
error-rating-comment-long = What you say about each one can be up to 2,000 characters. Make it shorter
