### SpeakUp: settings (English, the source every translation follows)

display-language = Language
display-settings = Text size, contrast and Easy Read
display-menu = Display
display-size = Text size
display-size-standard = Standard
display-size-large = Large
display-size-largest = Largest
display-contrast = High contrast
display-easy-read = Easy Read
display-easy-read-hint = Short sentences, bigger text and pictures.
read-aloud-group = Read aloud
read-aloud-start = Read aloud
read-aloud-pause = Pause reading
read-aloud-resume = Carry on reading
read-aloud-stop = Stop reading
read-aloud-speaking = Reading the page aloud.
read-aloud-paused = Reading paused.
outbox-waiting = You are offline. Your referral is saved on this device and will be sent by itself as soon as you are back online. You do not need to press Send again.
outbox-waiting-shared = You are offline. Keep this page open: your referral will be sent by itself as soon as you are back online. Nothing is saved on this device.
outbox-busy = SpeakUp is very busy just now. Your referral is saved on this device and will be sent by itself in a few minutes. You do not need to press Send again.
outbox-busy-shared = SpeakUp is very busy just now. Keep this page open: your referral will be sent by itself in a few minutes. Nothing is saved on this device.
outbox-sent = You are back online and your referral has been sent.
outbox-sent-link = See your reference and tracking code
outbox-refused = You are back online, but we could not take the referral you finished offline. Please check your answers and send it again.
pictures-credit = Pictures: SpeakUp's own drawings, free for anyone to reuse under the Creative Commons Attribution 4.0 licence (CC BY 4.0).
shared-device-banner = Shared-device mode is on: nothing is saved on this device.
