# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = Iaith
display-settings = Maint testun, cyferbyniad a Hawdd ei Ddeall
display-menu = Arddangos
display-size = Maint testun
display-size-standard = Arferol
display-size-large = Mawr
display-size-largest = Mwyaf
display-contrast = Cyferbyniad uchel
display-easy-read = Hawdd ei Ddeall
display-easy-read-hint = Brawddegau byr, testun mwy a lluniau.
read-aloud-group = Darllen yn uchel
read-aloud-start = Darllen yn uchel
read-aloud-pause = Oedi'r darllen
read-aloud-resume = Parhau i ddarllen
read-aloud-stop = Stopio darllen
read-aloud-speaking = Yn darllen y dudalen yn uchel.
read-aloud-paused = Darllen wedi'i oedi.
read-aloud-no-voice = Does gan y ddyfais hon ddim llais ar gyfer { $language }, felly ni all ddarllen y dudalen hon yn uchel.
read-aloud-in-english = Darllen y dudalen yn Saesneg
outbox-waiting = Rydych all-lein. Mae eich atgyfeiriad wedi'i gadw ar y ddyfais hon a bydd yn cael ei anfon ar ei ben ei hun cyn gynted ag y byddwch ar-lein eto. Does dim angen pwyso Anfon eto.
outbox-waiting-shared = Rydych all-lein. Cadwch y dudalen hon ar agor: bydd eich atgyfeiriad yn cael ei anfon ar ei ben ei hun cyn gynted ag y byddwch ar-lein eto. Does dim yn cael ei gadw ar y ddyfais hon.
outbox-busy = Mae SpeakUp yn brysur iawn ar hyn o bryd. Mae eich atgyfeiriad wedi'i gadw ar y ddyfais hon a bydd yn cael ei anfon ohono'i hun ymhen ychydig funudau. Does dim angen i chi bwyso Anfon eto.
outbox-busy-shared = Mae SpeakUp yn brysur iawn ar hyn o bryd. Cadwch y dudalen hon ar agor: bydd eich atgyfeiriad yn cael ei anfon ohono'i hun ymhen ychydig funudau. Does dim byd yn cael ei gadw ar y ddyfais hon.
outbox-sent = Rydych ar-lein eto ac mae eich atgyfeiriad wedi'i anfon.
outbox-sent-link = Gweld eich cyfeirnod a'ch cod olrhain
outbox-refused = Rydych ar-lein eto, ond doedden ni ddim yn gallu derbyn yr atgyfeiriad a orffennoch all-lein. Gwiriwch eich atebion a'i anfon eto.
pictures-credit = Lluniau: darluniau SpeakUp ei hun, yn rhydd i unrhyw un eu hailddefnyddio o dan drwydded Creative Commons Priodoliad 4.0 (CC BY 4.0).
shared-device-banner = Mae modd dyfais a rennir ymlaen: does dim byd yn cael ei gadw ar y ddyfais hon.
