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

## Page frame and question pages
page-title = { $heading } – SpeakUp
link-back = Back
question-continue = Continue
question-skip = Skip these questions and check your answers
exit-page = Exit this page
exit-page-hint = Leaves quickly. Or press Shift 3 times.
exit-page-hint-easy = Leave this website fast. Or press the Shift key 3 times.
exit-page-site = https://www.bbc.co.uk/weather
meta-description = Ask for a free, independent advocate and track your referral without an account.
app-loading = Loading SpeakUp…
app-failed-heading = Sorry, SpeakUp could not start
app-failed-text = Check your internet connection and refresh the page. If it still does not work, try a newer web browser.
noscript-heading = SpeakUp needs JavaScript
noscript-text = Turn on JavaScript in your browser settings, or try another browser, to ask for an advocate or track a referral.
shared-device-heading = Using a shared or public device?
shared-device-label = Do not keep my answers on this device
shared-device-on = Shared-device mode is on. Nothing is saved on this device: your answers are forgotten when you close or reload this page.
shared-device-on-easy = We save nothing on this device. Your answers go when you close or reload this page.
shared-device-off = Your answers are kept on this device until you send them, so you can stop and come back later.
shared-device-off-easy = We keep your answers on this device until you send them. You can stop and come back later.
keep-on-exit-label = Keep my answers if I use Exit this page
keep-on-exit-hint = Otherwise, leaving with Exit this page removes the answers you have not sent yet from this device.

## Lists you add items to ($item is what one item is called, $number counts from 1)
repeating-item = { $item } { $number }
repeating-added = { $item } { $number } added
repeating-removed = { $item } { $number } removed
repeating-remove = Remove
repeating-limit = You can add up to { $max }.

## When the network or the server fails
api-network = We could not reach SpeakUp. Check you are connected to the internet and try again.
api-network-easy = We could not connect to SpeakUp. Check your internet is working. Then try again.
api-unexpected = Sorry, something went wrong on our side. Please try again in a few minutes.
api-unexpected-easy = Sorry, something went wrong at our end. Please try again in a few minutes.
api-unreadable = Sorry, we could not read the answer from SpeakUp. Please try again.
api-unreadable-easy = Sorry, something went wrong. Please try again.
error-summary-heading = There is a problem
date-day = Day
date-month = Month
date-year = Year
delete-answers-button = Delete my answers
delete-answers-question = Delete all your answers?
delete-answers-warning = Everything you have typed for this referral will be removed from this device now. You cannot get it back.
delete-answers-warning-easy = We will take away everything you wrote. You cannot get it back.
delete-answers-confirm = Yes, delete my answers
delete-answers-keep = No, keep them
delete-answers-done = Your answers have been deleted from this device.
