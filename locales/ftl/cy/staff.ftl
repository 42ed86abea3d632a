# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: staff

layout-staff-tag = staff
layout-staff-accounts = Cyfrifon staff
layout-change-password = Newid cyfrinair
layout-sign-out = Allgofnodi

## Shared by the staff pages
staff-checking-sign-in = Yn gwirio eich bod wedi mewngofnodi…
staff-urgent = Brys
staff-name-received = { $name } · daeth i law { $date }
staff-yes = Ie
staff-no = Na
staff-not-known = Ddim yn hysbys
staff-not-given = Heb ei roi
staff-not-said = Heb ddweud
staff-none-given = Dim wedi'i roi
staff-none-given-stop = Dim wedi'i roi.
staff-nobody = Neb
staff-answer = { $question }: { $answer }
staff-yes-who = Ie: { $who }
staff-days = { $days } diwrnod
staff-referred-by = Wedi'i atgyfeirio gan
staff-the-person = Y person

## Sign in
staff-login-heading = Mewngofnodi i SpeakUp
staff-login-intro = Ar gyfer staff y gwasanaeth eirioli. Os ydych eisiau eiriolwr, { $link }.
staff-login-start-page = ewch i'r dudalen gychwyn
staff-login-email = Cyfeiriad e-bost
staff-login-password = Cyfrinair
staff-login-button = Mewngofnodi

## Change password
staff-password-heading = Newid eich cyfrinair
staff-password-must-change = Mae angen i chi ddewis cyfrinair newydd cyn y gallwch ddefnyddio SpeakUp.
staff-password-current = Cyfrinair presennol
staff-password-new = Cyfrinair newydd
staff-password-new-hint = Defnyddiwch o leiaf 12 nod. Mae tri neu bedwar gair ar hap yn hawdd eu cofio ac yn anodd eu dyfalu.
staff-password-button = Newid cyfrinair

## The queue of referrals
staff-queue-heading = Atgyfeiriadau
staff-queue-loading = Yn llwytho atgyfeiriadau…
staff-queue-forbidden = Nid yw eich cyfrif yn gallu gweld atgyfeiriadau sy'n dod i mewn. Gofynnwch i weinyddwr os oes angen i chi frysbennu.
staff-queue-empty = Does dim atgyfeiriadau eto.
staff-queue-pages = Tudalennau o atgyfeiriadau
staff-queue-status = Tudalen { $page } o { $pages } · { $total } atgyfeiriad
staff-queue-previous = Blaenorol
staff-queue-next = Nesaf
staff-queue-page-of = (tudalen { $page } o { $pages })

## One referral
staff-referral-back = Yn ôl i'r atgyfeiriadau
staff-referral-heading = Atgyfeiriad
staff-referral-loading = Yn llwytho…
staff-referral-not-found = Heb ddod o hyd i'r atgyfeiriad
staff-referral-not-found-body = Does dim atgyfeiriad yn y cyfeiriad hwn.
staff-referral-forbidden = Nid yw eich cyfrif yn gallu gweld atgyfeiriadau sy'n dod i mewn.
staff-referral-title = Atgyfeiriad { $reference }
staff-referral-status = Statws:
staff-referral-received = Daeth i law { $date }
staff-referral-accepted = Atgyfeiriad wedi'i dderbyn. Bydd y person yn gweld hyn pan fydd yn ei olrhain.
staff-referral-declined = Atgyfeiriad wedi'i wrthod. Bydd y person yn gweld eich rheswm pan fydd yn ei olrhain.
staff-referral-indicated = Eiriolaeth a nodwyd
staff-referral-history = Hanes
staff-referral-told-person = Dywedwyd wrth y person:
staff-referral-decision = Penderfyniad
staff-referral-decision-hint = Derbyniwch os gall y gwasanaeth helpu. Bydd y person yn cael gwybod mewn geiriau syml y naill ffordd neu'r llall.
staff-referral-accept = Derbyn yr atgyfeiriad
staff-referral-reason = Rheswm i'r person (angen hwn i wrthod)
staff-referral-reason-hint = Mae'r person yn darllen hwn pan fydd yn olrhain ei atgyfeiriad. Defnyddiwch eiriau syml a dywedwch beth allai ei wneud yn lle hynny.
staff-referral-decline = Gwrthod yr atgyfeiriad
staff-referral-decided = Mae penderfyniad wedi'i wneud ar yr atgyfeiriad hwn.
staff-self-help-with = Beth maen nhw eisiau help ag ef
staff-self-contact = Cysylltu

## Rows of the summaries
staff-row-name = Enw
staff-row-relationship = Perthynas
staff-row-consent = Yn gwybod ac yn cytuno
staff-row-best-interests = Pam mae er eu lles pennaf
staff-row-contact = Cysylltu
staff-contact-through-referrer = Drwy'r atgyfeiriwr
staff-contact-not-directly = Nid yn uniongyrchol: trefnwch hyn drwy'r atgyfeiriwr neu'r lle maen nhw
staff-row-contact-by = Cysylltu drwy
staff-row-details = Manylion
staff-row-never-contact-by = Peidiwch byth â chysylltu drwy
staff-row-safe-message = Yn ddiogel i adael neges
staff-contact-no-message = Na, peidiwch â gadael neges
staff-row-safe-times = Amseroedd diogel
staff-row-codeword = Gair cod
staff-row-for = Ar gyfer
staff-row-council-involved = Y cyngor yn rhan o hyn
staff-row-process = Proses
staff-row-mha = Deddf Iechyd Meddwl (Mental Health Act)
staff-row-section = Adran
staff-row-nhs-complaint = Cwyn am y GIG
staff-profile-communication = Anghenion cyfathrebu
staff-profile-advocate = Eu heiriolwr
staff-profile-people = Teulu a ffrindiau

## What they told us about the law (self and on-behalf referrals)
staff-facts-heading = Beth ddywedon nhw wrthym am y gyfraith
staff-facts-hint = Mae "Ddim yn hysbys" yn golygu nad oedden nhw'n gwybod, neu nad oedd y cwestiwn yn berthnasol.
staff-facts-no-difficulty = Dim un o'r pedwar
staff-facts-difficulty = Anhawster cymryd rhan
staff-facts-family-or-friend = Teulu neu ffrind a allai helpu

## A referral for someone else
staff-on-behalf-help-with = Beth maen nhw angen help ag ef
staff-on-behalf-help-with-hint = Yng ngeiriau'r person a'u hatgyfeiriodd.
staff-on-behalf-referred-by-hint = Nid hwn yw'r person sydd angen eiriolwr.
staff-on-behalf-own-words = Yn eu geiriau eu hunain

## A referral from a professional
staff-professional-help-with = Pam maen nhw angen eiriolwr
staff-professional-help-with-hint = Yng ngeiriau'r gweithiwr proffesiynol a'u hatgyfeiriodd.
staff-professional-referred-by-hint = Gweithiwr proffesiynol. Nid hwn yw'r person sydd angen eiriolwr.
staff-row-organisation = Sefydliad
staff-row-job-role = Swydd
staff-row-work-email = E-bost gwaith
staff-row-work-phone = Ffôn gwaith
staff-row-date-of-birth = Dyddiad geni
staff-row-age = Oed
staff-row-location = Ble maen nhw nawr
staff-row-in-prison = Yn y carchar
staff-professional-safeguarding = Diogelu
staff-row-concern = Pryder
staff-row-s42-reference = Cyfeirnod adran 42
staff-row-urgent-enquiry = Ymholiad brys
staff-row-delegated-to = Wedi'i ddirprwyo i
staff-professional-no-safeguarding = Dim pryder diogelu wedi'i roi.
staff-professional-deadlines = Cyfarfodydd a dyddiadau cau
staff-professional-risk = Risgiau a gweithio ar eich pen eich hun
staff-professional-not-needed = Dim angen: does neb a allai fod yr unigolyn priodol
staff-professional-no-placement = Dim lleoliad GIG yn cael ei ystyried
staff-placement-setting = Lleoliad: { $setting }
staff-placement-days = Nifer disgwyliedig o ddiwrnodau: { $days }
staff-placement-best-interests = Mae'r cyngor yn meddwl bod eiriolwr er eu lles pennaf: { $answer }
staff-professional-evidence = Deddf Gofal (Care Act): proses a thystiolaeth
staff-row-care-needs = Anghenion gofal a chymorth
staff-row-process-stage = Pa mor bell mae wedi mynd
staff-row-difficulty = Anhawster: { $area }
staff-difficulty-evidence = Ie. Tystiolaeth: { $evidence }
staff-professional-candidates = Pwy allai eu cefnogi
staff-row-anyone = Unrhyw un
staff-row-candidate = Person { $number }
staff-row-placement = Lleoliad GIG (eithriad 1)
staff-row-disagreement = Anghytundeb y mae'r ddau'n cytuno y byddai eiriolwr yn helpu ag ef (eithriad 2)
staff-professional-law = Galluedd, y Ddeddf Iechyd Meddwl a DoLS
staff-row-mca-decision = Penderfyniad
staff-row-length-of-stay = Hyd disgwyliedig yr arhosiad
staff-row-capacity-assessment = Asesiad galluedd wedi'i wneud
staff-row-assessment-date = Dyddiad yr asesiad
staff-row-lacks-capacity = Heb alluedd ar gyfer y penderfyniad
staff-row-can-instruct = Yn gallu cyfarwyddo eiriolwr
staff-row-fluctuating = Galluedd yn mynd a dod
staff-row-family-or-friend = Teulu neu ffrind i ymgynghori â nhw
staff-row-s57-s58a = Triniaeth sydd angen cydsyniad neu ail farn
staff-row-declined-imha = Wedi gwrthod IMHA o'r blaen
staff-row-seclusion = Neilltuo neu arwahanu
staff-row-dols = Awdurdodiad DoLS
staff-row-unpaid-rpr = Cynrychiolydd di-dâl ar gael
staff-row-help-to-be-heard = Angen help i gael ei glywed ar benderfyniad sy'n bwysig
staff-row-existing-advocate = Eisoes ag eiriolwr

## Lost tracking code
staff-lost-code-heading = Cod olrhain wedi'i golli
staff-lost-code-asked = Gofynnodd rhywun am god olrhain newydd a rhoi rhif ffôn neu gyfeiriad e-bost y person hwn. Ni chawson nhw wybod a oes gennym atgyfeiriad.
staff-lost-code-contact = Cysylltwch â'r person dim ond yn y ffordd y gofynnon nhw a phan fydd yn ddiogel. Gwiriwch mai nhw rydych yn siarad â nhw cyn rhoi cod newydd iddyn nhw.
staff-lost-code-old-stops = Mae cod newydd yn atal yr hen un rhag gweithio.
staff-lost-code-button = Rhoi cod olrhain newydd
staff-new-code-error-title = Ni roddwyd y cod
staff-new-code-heading = Cod olrhain newydd ar gyfer { $reference }
staff-new-code-once = Rydym yn dangos y cod hwn unwaith. Ysgrifennwch ef cyn gadael y dudalen hon.
staff-new-code-safe-route = Rhowch ef i'r person dim ond drwy eu ffordd ddiogel o gysylltu: y ffordd y gofynnon nhw, ar amser y dywedon nhw ei fod yn ddiogel (gweler Cysylltu isod).
staff-new-code-no-message = Peidiwch â'i adael mewn neges oni bai eu bod wedi dweud bod negeseuon yn ddiogel.
staff-new-code-no-notes = Peidiwch â'i roi mewn nodiadau achos na'i anfon at gydweithwyr.
staff-new-code-reference-stays = Mae eu cyfeirnod yn aros yn { $reference }. Nid yw eu hen god yn gweithio mwyach.

## Likely duplicates
staff-duplicates-heading = Dyblygion tebygol
staff-duplicates-error-title = Ni chafodd yr atgyfeiriadau eu huno
staff-duplicates-loading = Yn chwilio am ddyblygion tebygol…
staff-duplicates-failed = Doedd dim modd i ni chwilio am ddyblygion. { $problem }
staff-duplicates-none = Does dim atgyfeiriadau eraill yn edrych fel eu bod am yr un person.
staff-duplicates-joined-into = Mae { $reference } wedi'i uno â { $target }. Ewch ymlaen gyda'r atgyfeiriad hwnnw.
staff-duplicates-joined-hint = Mae'r person sy'n olrhain yr atgyfeiriad hwn yn cael gwybod ein bod wedi ei roi gydag un arall. Nid ydyn nhw'n gweld yr atgyfeiriad arall.
staff-duplicates-joined-here = Wedi'u huno â'r atgyfeiriad hwn: { $references }.
staff-duplicates-reasons-and = { $rest } a { $last }
staff-duplicates-look-alike = maen nhw'n edrych yn debyg
staff-duplicates-why = Pam y gallai fod yr un person: { $reasons }.
staff-duplicates-confirm-heading = Uno { $this } â { $other }?
staff-duplicates-confirm-closed = Bydd { $this } yn cael ei gau a'i farcio fel wedi'i uno. Mae'r hyn a ddywedodd y person wrthym a'i hanes yn aros.
staff-duplicates-confirm-carry-on = Rydych chi a'ch cydweithwyr yn mynd ymlaen gyda { $other }.
staff-duplicates-confirm-told = Mae'r person sy'n olrhain { $this } yn cael gwybod ein bod wedi rhoi dau atgyfeiriad gyda'i gilydd. Nid ydyn nhw'n gweld yr un arall.
staff-duplicates-confirm-no-undo = Does dim modd dadwneud hyn yma.
staff-duplicates-confirm-button = Ie, unwch nhw
staff-duplicates-other-holder = Gwnaeth rhywun arall { $other } ac maen nhw'n dal ei god olrhain. Unwaith y bydd { $this } wedi'i uno ag ef, byddan nhw'n gweld beth sy'n digwydd, ac felly efallai'n dysgu am yr atgyfeiriad hwn hefyd.
staff-duplicates-cancel = Canslo
staff-duplicates-join-button = Uno'r atgyfeiriad hwn â { $other }

## Staff accounts
staff-accounts-heading = Cyfrifon staff
staff-accounts-admins-only = Dim ond gweinyddwyr sy'n gallu rheoli cyfrifon staff.
staff-accounts-loading = Yn llwytho cyfrifon staff…
staff-accounts-caption = Aelodau o staff
staff-accounts-add-heading = Ychwanegu aelod o staff
staff-accounts-name = Enw
staff-accounts-email = Cyfeiriad e-bost
staff-accounts-role = Rôl
staff-accounts-choose-role = Dewiswch rôl
staff-accounts-role-admin-hint = Yn rheoli cyfrifon staff, a gall hefyd frysbennu atgyfeiriadau.
staff-accounts-role-triage-hint = Yn penderfynu a ddylid derbyn neu wrthod atgyfeiriadau sy'n dod i mewn.
staff-accounts-role-advocate-hint = Yn gweithio ar yr achosion sydd wedi'u dyrannu iddyn nhw.
staff-accounts-role-commissioner-hint = Yn gweld adroddiadau dienw yn unig, byth achos neb.
staff-accounts-password = Cyfrinair cyntaf
staff-accounts-password-hint = Cyfrinair cyntaf o leiaf 12 nod. Rhowch ef iddyn nhw yn breifat; rhaid iddyn nhw ddewis eu cyfrinair eu hunain pan fyddan nhw'n mewngofnodi am y tro cyntaf.
staff-accounts-add-button = Ychwanegu aelod o staff
staff-accounts-added = Gall { $name } nawr fewngofnodi fel { $role }.
staff-role-admin = Gweinyddwr
staff-role-triage = Brysbennu
staff-role-advocate = Eiriolwr
staff-role-commissioner = Comisiynydd
staff-referral-language = Iaith a ddefnyddiwyd, ar gyfer llythyrau a negeseuon:
staff-consent-yes = Ydyn, maen nhw'n gwybod ac yn cytuno
staff-consent-no = Nac ydyn
staff-consent-cannot-say = Dydyn nhw ddim yn gallu dweud wrthym ni
staff-match-name = yr un enw
staff-match-phone = yr un rhif ffôn
staff-match-email = yr un cyfeiriad e-bost
staff-match-date-of-birth = yr un dyddiad geni
staff-given-by-person = yr unigolyn
staff-given-by-person-carer = yr unigolyn, am ei rôl fel gofalwr
staff-given-by-referrer = { $name } ({ $relationship })
staff-given-by-professional = { $name } ({ $role }, { $organisation })

## One staff account
staff-account-loading = Yn llwytho'r cyfrif hwn…
staff-account-back = Yn ôl i bob cyfrif staff
staff-account-status = Statws
staff-account-active = Yn gallu mewngofnodi
staff-account-disabled = Wedi'i analluogi: ddim yn gallu mewngofnodi
staff-account-one-time = Mae ganddyn nhw gyfrinair untro, a byddan nhw'n dewis eu cyfrinair eu hunain y tro nesaf y byddan nhw'n mewngofnodi
staff-account-role-heading = Newid eu rôl
staff-account-role-button = Newid rôl
# { $role } is the new role, like "Advocate".
staff-account-role-changed = Mae { $name } bellach yn { $role }. Maen nhw wedi cael eu hallgofnodi, a byddan nhw'n mewngofnodi eto i weithio gyda'r rôl newydd.
staff-account-disable-heading = Analluogi'r cyfrif hwn
staff-account-disable-text = Maen nhw'n cael eu hallgofnodi ym mhobman ar unwaith, ac ni allan nhw fewngofnodi nes bydd y cyfrif yn cael ei alluogi eto. Does dim byd a wnaethon nhw'n cael ei ddileu.
staff-account-disable-button = Analluogi'r cyfrif
staff-account-disabled-done = Mae { $name } wedi cael ei allgofnodi ac ni all fewngofnodi mwyach.
staff-account-enable-heading = Galluogi'r cyfrif hwn
staff-account-enable-text = Gallan nhw fewngofnodi eto gyda'u cyfrinair eu hunain.
staff-account-enable-button = Galluogi'r cyfrif
staff-account-enabled-done = Gall { $name } fewngofnodi eto.
staff-account-reset-heading = Ailosod eu cyfrinair
staff-account-reset-text = Maen nhw'n cael eu hallgofnodi ym mhobman ac yn cael cyfrinair untro, rydych chi'n ei roi iddyn nhw wyneb yn wyneb. Maen nhw'n dewis eu cyfrinair eu hunain pan fyddan nhw'n mewngofnodi gydag ef.
staff-account-reset-button = Ailosod cyfrinair
staff-account-reset-done = Cyfrinair untro i { $name }:
staff-account-reset-once = Dim ond nawr mae hwn yn cael ei ddangos. Rhowch ef iddyn nhw wyneb yn wyneb neu dros y ffôn, byth drwy e-bost neu neges destun.
staff-account-history-heading = Hanes
staff-account-history-caption = Beth sydd wedi digwydd i'r cyfrif hwn, y diweddaraf yn gyntaf
staff-account-when = Pryd
staff-account-what = Beth
staff-account-by = Gan
staff-account-by-speakup = SpeakUp, pan gafodd ei osod gyntaf
staff-account-action-created = Cyfrif wedi'i wneud, fel { $role }
staff-account-action-disabled = Wedi'i analluogi
staff-account-action-enabled = Wedi'i alluogi eto
staff-account-action-role-changed = Rôl wedi'i newid i { $role }
staff-account-action-password-reset = Cyfrinair wedi'i ailosod i gyfrinair untro
staff-account-action-password-changed = Wedi dewis cyfrinair newydd

## Problems with staff accounts and passwords
error-password-too-short = Defnyddiwch o leiaf 12 nod
error-password-common = Mae llawer o bobl yn dewis y cyfrinair hwn, felly mae'n hawdd ei ddyfalu. Dewiswch un arall: mae tri neu bedwar gair y byddwch yn eu cofio yn gweithio'n dda
error-account-not-found = Ni allem ddod o hyd i'r cyfrif staff hwnnw
error-last-admin = Mae angen o leiaf un gweinyddwr gweithredol ar SpeakUp. Gwnewch rywun arall yn weinyddwr yn gyntaf
error-own-account = Ni allwch analluogi eich cyfrif eich hun. Gofynnwch i weinyddwr arall
error-sign-ins-busy = Mae llawer o ymdrechion i fewngofnodi yn methu ar hyn o bryd, felly gofynnir i bawb aros ychydig
error-new-code-reason = Dywedwch pam mae angen cod newydd arnyn nhw, er enghraifft sut y gofynnon nhw a sut rydych chi'n gwybod mai nhw ydyw
error-merge-other-holder = Mae rhywun arall yn dal cod olrhain yr atgyfeiriad a ddewisoch, felly byddan nhw'n gweld beth sy'n digwydd. Gwiriwch y rhybudd a chadarnhewch
staff-unasked-code-summary = Mae angen cod olrhain newydd arnyn nhw ond ni wnaethon nhw ofyn drwy SpeakUp
staff-unasked-code-text = Er enghraifft, fe wnaethon nhw ffonio'r tîm. Gwnewch hyn dim ond pan fyddwch yn siŵr mai nhw ydyw, er enghraifft drwy eu gair cod. Bydd eu hen god yn stopio gweithio.
staff-unasked-code-reason = Pam mae angen cod newydd arnyn nhw
staff-unasked-code-reason-hint = Dywedwch sut y gofynnon nhw a sut y gwnaethoch wirio mai nhw oedd e. Mae staff yn gweld hyn yn hanes yr atgyfeiriad; nid yw'r person yn ei weld.
staff-referral-staff-actions = Beth mae staff wedi'i wneud
staff-action-new-code-requested = Cod olrhain newydd, ar ôl iddyn nhw ofyn drwy "Rydw i wedi colli fy nghod"
staff-action-new-code-with-reason = Cod olrhain newydd, heb gais drwy SpeakUp
staff-action-reason = Pam:
error-period-invalid = Rhowch y cyfnod fel mis, fel 2026-11, neu chwarter, fel 2026-Q4
error-period-open = Dim ond ar gyfer mis neu chwarter sydd wedi dod i ben y dangosir ffigurau, fel na all neb eu gwylio'n newid wrth i atgyfeiriadau gyrraedd

## Two-step sign-in
layout-two-step = Mewngofnodi dau gam
staff-login-code-heading = Rhowch y cod o'ch ap dilysu
staff-login-code-hint = Mae'r ap ar eich ffôn yn dangos cod 6 digid newydd bob 30 eiliad. Os nad yw'ch ffôn gennych chi, rhowch un o'ch codau adfer yn lle hynny.
staff-login-code-button = Parhau
staff-two-step-heading = Mewngofnodi dau gam
staff-two-step-loading = Wrthi'n gwirio'ch mewngofnodi dau gam…
staff-two-step-must = Mae angen mewngofnodi dau gam ar gyfer eich rôl. Gosodwch ef nawr i barhau â'ch gwaith.
staff-two-step-intro = Gyda mewngofnodi dau gam, mae SpeakUp yn gofyn am god o ap dilysu ar eich ffôn ar ôl eich cyfrinair, felly dydy cyfrinair sy'n mynd ar led ddim yn ddigon i agor atgyfeiriadau pobl.
staff-two-step-start = Gosod mewngofnodi dau gam
staff-two-step-scan-heading = 1. Ychwanegwch SpeakUp at eich ap dilysu
staff-two-step-scan-text = Agorwch yr ap dilysu ar eich ffôn, dewiswch ychwanegu cyfrif, a sganiwch y cod QR hwn.
staff-two-step-qr-alt = Cod QR sy'n dal eich allwedd mewngofnodi SpeakUp. Os na allwch ei sganio, teipiwch yr allwedd isod yn eich ap.
staff-two-step-key-text = Os na allwch sganio'r cod, dewiswch roi allwedd â llaw yn yr ap a theipiwch yr allwedd hon:
staff-two-step-key-kind = Mae'r allwedd yn seiliedig ar amser, gyda chodau 6 digid. Does dim ots am fylchau.
staff-two-step-confirm-heading = 2. Gwiriwch ei fod yn gweithio
staff-two-step-code = Cod o'r ap
staff-two-step-code-hint = 6 digid, er enghraifft 123456
staff-two-step-confirm-button = Troi mewngofnodi dau gam ymlaen
staff-two-step-codes-heading = Eich codau adfer
staff-two-step-codes-text = Mae mewngofnodi dau gam ymlaen. Os byddwch chi'n colli'ch ffôn, mae pob un o'r codau hyn yn gadael i chi fewngofnodi unwaith yn lle cod o'r ap. Cadwch nhw rywle diogel, nid ar eich ffôn.
staff-two-step-codes-once = Fyddwch chi ddim yn gweld y codau hyn eto.
staff-two-step-codes-save = Cadw fel ffeil
staff-two-step-codes-print = Argraffu
staff-two-step-codes-kept = Rydw i wedi cadw fy nghodau adfer
staff-two-step-on = Mae mewngofnodi dau gam ymlaen ar gyfer eich cyfrif.
staff-two-step-codes-left = Codau adfer ar ôl: { $count }
staff-two-step-renew-heading = Cael codau adfer newydd
staff-two-step-renew-text = Mae'ch hen godau adfer yn peidio â gweithio ac rydych chi'n cael deg cod newydd. Rhowch god o'ch ap i wneud hyn.
staff-two-step-renew-button = Cael codau adfer newydd
staff-two-step-off-heading = Diffodd mewngofnodi dau gam
staff-two-step-off-text = Bydd SpeakUp yn gofyn am eich cyfrinair yn unig eto. Rhowch eich cyfrinair i'w ddiffodd.
staff-two-step-off-required = Mae angen mewngofnodi dau gam ar gyfer eich rôl, felly mae'n aros ymlaen. Os byddwch chi'n colli'ch ffôn a'ch codau adfer, gofynnwch i weinyddwr ei dynnu er mwyn i chi ei osod eto.
staff-two-step-off-button = Diffodd mewngofnodi dau gam
staff-two-step-policy-heading = Mewngofnodi dau gam
staff-two-step-policy-legend = Pa rolau sy'n gorfod defnyddio mewngofnodi dau gam?
staff-two-step-policy-hint = Bydd unrhyw un mewn rôl wedi'i thicio sydd heb ei osod yn cael cais i wneud hynny cyn unrhyw beth arall.
staff-two-step-policy-button = Cadw
staff-two-step-policy-saved = Wedi cadw. Mae angen mewngofnodi dau gam ar gyfer: { $roles }
staff-two-step-policy-none = Wedi cadw. Does dim angen mewngofnodi dau gam ar unrhyw rôl.
staff-account-two-step-on = Yn defnyddio mewngofnodi dau gam
staff-account-two-step-heading = Tynnu mewngofnodi dau gam
staff-account-two-step-text = Ar gyfer rhywun sydd wedi colli ei ffôn a'i godau adfer. Gwiriwch mai nhw sydd yno go iawn yn gyntaf. Maen nhw'n cael eu hallgofnodi ym mhobman ac yn mewngofnodi gyda'u cyfrinair yn unig, yna'n ei osod eto os oes angen ar gyfer eu rôl.
staff-account-two-step-button = Tynnu mewngofnodi dau gam
staff-account-two-step-removed = Mae mewngofnodi dau gam wedi'i dynnu ar gyfer { $name }. Maen nhw wedi cael eu hallgofnodi ym mhobman.
staff-account-action-two-step-on = Wedi troi mewngofnodi dau gam ymlaen
staff-account-action-two-step-off = Wedi diffodd mewngofnodi dau gam
staff-account-action-two-step-reset = Mewngofnodi dau gam wedi'i dynnu
staff-account-action-recovery-codes = Wedi cael codau adfer newydd
