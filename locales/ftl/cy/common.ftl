# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: common

app-name = SpeakUp
answer-yes = Ie
answer-no = Na
answer-unknown = Dydw i ddim yn gwybod
choice-or = neu
error-prefix = Gwall:
layout-skip-link = Neidio i'r prif gynnwys
layout-support-links = Dolenni cymorth
layout-home = Hafan SpeakUp
layout-track = Dilyn atgyfeiriad
layout-staff-sign-in = Mewngofnodi staff
layout-footer-about = Mae SpeakUp yn eich helpu i gael eiriolwr annibynnol: rhywun ar eich ochr chi sy'n eich helpu i ddweud beth rydych ei eisiau a chael eich hawliau.

## Page frame and question pages
page-title = { $heading } – SpeakUp
link-back = Yn ôl
question-continue = Parhau
question-skip = Hepgor y cwestiynau hyn a gwirio eich atebion
exit-page = Gadael y dudalen hon
exit-page-hint = Gadael yn gyflym. Neu pwyswch Shift 3 gwaith.
exit-page-hint-easy = Gadael y wefan hon yn gyflym. Neu pwyswch y fysell Shift 3 gwaith.
exit-page-site = https://www.bbc.co.uk/weather
meta-description = Gofynnwch am eiriolwr annibynnol am ddim a dilynwch eich atgyfeiriad heb gyfrif.
app-loading = Wrthi'n llwytho SpeakUp…
app-failed-heading = Mae'n ddrwg gennym, ni allai SpeakUp ddechrau
app-failed-text = Gwiriwch eich cysylltiad â'r rhyngrwyd ac adnewyddwch y dudalen. Os nad yw'n gweithio o hyd, rhowch gynnig ar borwr gwe mwy newydd.
noscript-heading = Mae angen JavaScript ar SpeakUp
noscript-text = Trowch JavaScript ymlaen yng ngosodiadau eich porwr, neu rhowch gynnig ar borwr arall, i ofyn am eiriolwr neu ddilyn atgyfeiriad.
shared-device-heading = Yn defnyddio dyfais a rennir neu ddyfais gyhoeddus?
shared-device-label = Peidiwch â chadw fy atebion ar y ddyfais hon
shared-device-on = Mae modd dyfais a rennir ymlaen. Does dim yn cael ei gadw ar y ddyfais hon: bydd eich atebion yn cael eu hanghofio pan fyddwch yn cau neu'n ail-lwytho'r dudalen hon.
shared-device-on-easy = Dydyn ni ddim yn cadw dim byd ar y ddyfais hon. Bydd eich atebion yn mynd pan fyddwch yn cau neu'n ail-lwytho'r dudalen hon.
shared-device-off = Mae eich atebion yn cael eu cadw ar y ddyfais hon nes i chi eu hanfon, felly gallwch stopio a dod yn ôl yn nes ymlaen.
shared-device-off-easy = Rydym yn cadw eich atebion ar y ddyfais hon nes i chi eu hanfon. Gallwch stopio a dod yn ôl wedyn.
keep-on-exit-label = Cadw fy atebion os byddaf yn defnyddio Gadael y dudalen hon
keep-on-exit-hint = Fel arall, mae gadael gyda Gadael y dudalen hon yn tynnu'r atebion nad ydych wedi'u hanfon eto oddi ar y ddyfais hon.

## Lists you add items to
repeating-item = { $item } { $number }
repeating-added = Wedi ychwanegu { $item } { $number }
repeating-removed = Wedi tynnu { $item } { $number }
repeating-remove = Tynnu
repeating-limit = Gallwch ychwanegu hyd at { $max }.

## When the network or the server fails
api-network = Doedd dim modd i ni gysylltu â SpeakUp. Gwiriwch eich bod wedi cysylltu â'r rhyngrwyd a rhowch gynnig arall arni.
api-network-easy = Doedd dim modd i ni gysylltu â SpeakUp. Gwiriwch fod eich rhyngrwyd yn gweithio. Yna rhowch gynnig arall arni.
api-unexpected = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni ymhen ychydig funudau.
api-unexpected-easy = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni ymhen ychydig funudau.
api-unreadable = Mae'n ddrwg gennym, doedd dim modd i ni ddarllen yr ateb gan SpeakUp. Rhowch gynnig arall arni.
api-unreadable-easy = Mae'n ddrwg gennym, aeth rhywbeth o'i le. Rhowch gynnig arall arni.
error-summary-heading = Mae problem
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
delete-answers-button = Dileu fy atebion
delete-answers-question = Dileu eich holl atebion?
delete-answers-warning = Bydd popeth rydych chi wedi'i deipio ar gyfer yr atgyfeiriad hwn yn cael ei dynnu oddi ar y ddyfais hon nawr. Allwch chi ddim ei gael yn ôl.
delete-answers-warning-easy = Byddwn ni'n tynnu popeth wnaethoch chi ei ysgrifennu. Allwch chi ddim ei gael yn ôl.
delete-answers-confirm = Ydw, dilëwch fy atebion
delete-answers-keep = Na, cadwch nhw
delete-answers-done = Mae eich atebion wedi'u dileu o'r ddyfais hon.
