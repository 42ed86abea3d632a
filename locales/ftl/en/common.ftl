### SpeakUp: common (English, the source every translation follows)

app-name = SpeakUp
answer-yes = Yes
answer-no = No
answer-unknown = I don't know
choice-or = or
error-prefix = Error:
layout-skip-link = Skip to main content
layout-support-links = Support links
layout-home = SpeakUp home
layout-track = Track a referral
layout-staff-sign-in = Staff sign in
layout-footer-about = SpeakUp helps you get an independent advocate: someone on your side who helps you say what you want and get your rights.
