# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: errors

error-check-answer = Gwiriwch yr ateb hwn
error-too-long = Defnyddiwch { $max } nod neu lai
error-markup = Tynnwch y nodau < a >
error-control-one-line = Defnyddiwch lythrennau, rhifau ac atalnodau yn unig, ar un llinell
error-invisible = Mae nod cudd yn hwn, er enghraifft o gopïo a gludo. Teipiwch ef eto eich hun
error-control = Defnyddiwch lythrennau, rhifau ac atalnodau yn unig
error-phone-invalid = Rhowch rif ffôn, fel 07700 900 982 neu +44 7700 900982
error-email-invalid = Rhowch gyfeiriad e-bost, fel name@example.com

error-help-with-required = Dewiswch lun, neu dywedwch wrthym yn eich geiriau eich hun beth yr hoffech gael help ag ef
error-name-required = Dywedwch wrthym beth y dylem eich galw
error-age-range = Rhowch oedran rhwng 0 a 120

error-contact-phone-required = Rhowch rif ffôn er mwyn i ni allu cysylltu â chi
error-contact-email-required = Rhowch gyfeiriad e-bost er mwyn i ni allu cysylltu â chi
error-contact-place-required = Dywedwch wrthym ble gallwn gyfarfod
error-contact-address-required = Rhowch gyfeiriad er mwyn i ni allu ysgrifennu atoch
error-contact-method-not-safe = Fe ddywedoch nad yw'r ffordd a ddewisoch i ni gysylltu â chi yn ddiogel. Dad-diciwch hi, neu ewch yn ôl a dewis ffordd arall
error-named-person-name-required = Dywedwch wrthym enw'r person y dylem gysylltu ag ef neu hi
error-named-person-phone-or-email = Rhowch rif ffôn neu gyfeiriad e-bost ar eu cyfer
error-interpreter-language-required = Dywedwch wrthym pa iaith y dylai'r cyfieithydd ei siarad

error-referrer-name-required = Dywedwch wrthym beth yw eich enw
error-person-called-required = Dywedwch wrthym beth mae'r person yn hoffi cael ei alw
error-on-behalf-help-with-required = Dewiswch lun, neu dywedwch wrthym yn eich geiriau eich hun gyda beth mae angen help ar y person
error-best-interests-required = Dywedwch wrthym pam y byddai eiriolwr er lles pennaf y person
error-person-contact-required = Dywedwch wrthym sut i gysylltu â'r person, neu dewiswch gysylltu ag ef neu hi drwoch chi

error-professional-name-required = Rhowch eich enw
error-organisation-required = Rhowch enw eich sefydliad
error-job-role-required = Rhowch deitl eich swydd neu eich rôl
error-work-email-required = Rhowch eich cyfeiriad e-bost gwaith
error-person-name-required = Rhowch enw'r person
error-professional-help-with-required = Dywedwch wrthym pam mae angen eiriolwr ar y person
error-existing-advocate-required = Dywedwch wrthym pwy yw'r eiriolwr a ble mae'n gweithio
error-safeguarding-concern-required = Disgrifiwch y pryder diogelu
error-difficulty-evidence-required = Rhowch y dystiolaeth ar gyfer yr anhawster hwn
error-too-many-deadlines = Rhowch y 10 cyfarfod a dyddiad cau pwysicaf
error-deadline-what-required = Dywedwch beth yw'r cyfarfod neu'r dyddiad cau
error-candidates-one-each = Disgrifiwch bob person a allai eu cefnogi, un disgrifiad i bob un
error-candidate-description-required = Dywedwch pwy yw'r person hwn

error-track-reference-required = Rhowch eich cyfeirnod, fel SU-4K7P-M2QX
error-track-code-required = Rhowch eich cod olrhain
error-lost-code-contact-required = Rhowch y rhif ffôn neu'r cyfeiriad e-bost a roesoch i ni


error-answer-missing = Mae'r ateb hwn ar goll
error-unknown-question = Nid yw hwn yn gwestiwn rydyn ni'n ei ofyn
error-answer-malformed = Nid yw'r ateb hwn yn y ffurf roedden ni'n ei disgwyl ({ $detail })

error-sign-in-email-required = Rhowch eich cyfeiriad e-bost
error-sign-in-password-required = Rhowch eich cyfrinair
error-current-password-required = Rhowch eich cyfrinair presennol
error-current-password-wrong = Nid yw eich cyfrinair presennol yn gywir
error-new-password-too-short = Rhaid i'ch cyfrinair newydd fod yn 12 nod o leiaf
error-new-password-same = Dewiswch gyfrinair sy'n wahanol i'ch un presennol
error-first-password-too-short = Rhaid i'r cyfrinair cyntaf fod yn 12 nod o leiaf
error-staff-name-required = Rhowch eu henw
error-email-taken = Mae cyfrif gyda'r cyfeiriad e-bost hwn yn bodoli eisoes

error-decline-reason-required = Dywedwch wrth y person pam na allwn dderbyn yr atgyfeiriad hwn
error-merge-same-referral = Dewiswch atgyfeiriad gwahanol i uno hwn ag ef
error-merge-not-found = Ni allem ddod o hyd i'r atgyfeiriad hwnnw
error-merge-target-merged = Mae'r atgyfeiriad hwnnw ei hun wedi'i uno ag un arall; dewiswch hwnnw
error-mha-section = Rhowch yr adran fel rhif, er enghraifft 2, 3 neu 37, neu gadewch hi'n wag

## Problems the server reports
error-problem-answers = Mae problem gyda'ch atebion
error-too-much = Mae'r hyn a anfonoch yn rhy hir. Byrhewch eich atebion a rhowch gynnig arall arni
error-unavailable = Dydy SpeakUp ddim ar gael ar hyn o bryd. Chollwyd dim byd a anfonoch; rhowch gynnig arall arni ymhen ychydig funudau
error-busy = Mae llawer o bobl yn defnyddio SpeakUp ar hyn o bryd. Does dim byd a deipioch wedi'i golli: rhowch gynnig arall arni mewn eiliad
error-proof-needed = Mae angen i'ch dyfais anfon hwn eto. Does dim byd a deipioch wedi'i golli: pwyswch Anfon unwaith eto
error-internal = Aeth rhywbeth o'i le ar ein hochr ni. Chollwyd dim byd a anfonoch; rhowch gynnig arall arni ymhen ychydig funudau
error-sign-in-wrong = Dydy'r cyfeiriad e-bost neu'r cyfrinair ddim yn gywir
error-sign-in-needed = Mewngofnodwch i barhau
error-role-not-allowed = Dydy eich rôl ddim yn caniatáu hyn
error-choose-new-password = Dewiswch gyfrinair newydd cyn parhau
error-set-up-second-factor = Gosodwch fewngofnodi dau gam cyn parhau
error-second-factor-code-required = Rhowch y cod o'ch ap dilysu, neu god adfer
error-second-factor-wrong = Dydy'r cod hwnnw ddim yn gywir, neu mae wedi'i ddefnyddio eisoes. Rhowch gynnig ar y cod y mae'ch ap yn ei ddangos nawr
error-second-factor-already-on = Mae mewngofnodi dau gam eisoes ymlaen ar gyfer y cyfrif hwn
error-second-factor-no-setup = Dechreuwch osod mewngofnodi dau gam eto
error-second-factor-required = Mae angen mewngofnodi dau gam ar gyfer eich rôl, felly does dim modd ei ddiffodd
error-sign-in-again = Cymerodd mewngofnodi ormod o amser neu roedd gormod o godau anghywir. Rhowch eich e-bost a'ch cyfrinair eto
error-page-expired = Mae'r dudalen hon wedi dod i ben. Ail-lwythwch hi a rhowch gynnig arall arni
error-page-not-found = Doedden ni ddim yn gallu dod o hyd i'r dudalen honno
error-nothing-here = Does dim byd yn y cyfeiriad hwn
error-soon-what-required = Dywedwch wrthym beth sy'n digwydd yn fuan
error-not-tracked = Doedden ni ddim yn gallu dod o hyd i atgyfeiriad gyda'r cyfeirnod a'r cod olrhain hwnnw. Does dim ots am briflythrennau, bylchau ac atalnodi. Gwiriwch y ddau yn erbyn eich derbynneb a rhowch gynnig arall arni
error-no-meeting-to-move = Does dim cyfarfod wedi'i drefnu i'w symud. Os oes angen i chi siarad gyda'ch eiriolwr, ffoniwch ni
error-not-tracked-one-try-left = Doedden ni ddim yn gallu dod o hyd i atgyfeiriad gyda'r cyfeirnod a'r cod olrhain hwnnw. Gallwch chi roi cynnig arall arni unwaith gyda'r cyfeirnod hwn, ac yna bydd angen i chi aros ychydig
error-referral-not-found = Doedden ni ddim yn gallu dod o hyd i'r atgyfeiriad hwnnw
error-already-decided = Mae rhywun eisoes wedi penderfynu ar yr atgyfeiriad hwn. Ail-lwythwch y dudalen i weld beth benderfynon nhw
error-already-merged = Mae'r atgyfeiriad hwn eisoes wedi'i gyfuno ag un arall. Ail-lwythwch y dudalen i weld ble
error-key-reused = Cafodd yr Idempotency-Key hwn ei ddefnyddio eisoes ar gyfer atgyfeiriad gwahanol. Anfonwch atebion newydd gydag allwedd newydd
error-too-many-sign-ins = Gormod o ymdrechion i fewngofnodi i'r cyfrif hwn
error-too-many-tries = Rydych chi wedi rhoi cynnig ar y cyfeirnod hwn ormod o weithiau
error-too-many-new-codes = Rydych wedi gofyn am god newydd sawl gwaith yn barod
error-try-again-minute = Rhowch gynnig arall arni ymhen munud.
error-try-again-minutes = Rhowch gynnig arall arni ymhen { $minutes } munud.

# Feedback
error-feedback-empty = Atebwch o leiaf un cwestiwn, neu ysgrifennwch rywbeth yn y blwch
error-feedback-not-asked = Mae rhai atebion ar gyfer cwestiynau nad yw'r ffurflen hon yn eu gofyn. Ewch yn ôl i ddechrau'r ffurflen a rhowch gynnig arall arni
error-feedback-reference = Rhowch y cyfeirnod fel y mae ar eich derbynneb, fel SU-4K7P-M2QX, neu gadewch ef yn wag
error-receipt-required = Rhowch y geiriau o'ch derbynneb adborth
error-receipt-not-found = Doedden ni ddim yn gallu dod o hyd i adborth gyda'r geiriau hynny. Does dim ots am briflythrennau, bylchau ac atalnodi. Gwiriwch nhw yn erbyn eich derbynneb a rhowch gynnig arall arni
error-message-required = Ysgrifennwch eich neges

# Groups and collective issues
error-group-name-required = Rhowch enw eich grŵp
error-group-area-required = Rhowch ardal y cyngor lle mae eich grŵp
error-group-contact-required = Rhowch enw'r cyswllt
error-group-members = Rhowch faint o aelodau sydd gan y grŵp, fel rhif, er enghraifft 12
error-contact-email-taken = Mae e-bost cyswllt y grŵp eisoes yn cael ei ddefnyddio i fewngofnodi i SpeakUp, felly dydy'r grŵp ddim wedi cael ei ddilysu. Gofynnwch i'r grŵp gofrestru eto gyda chyfeiriad e-bost arall
error-too-many-members = Mae eich grŵp wedi ychwanegu llawer o aelodau yn yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen
error-group-not-found = Doedden ni ddim yn gallu dod o hyd i'r grŵp hwnnw
error-group-role = Mae aelodau grŵp yn cael eu hychwanegu gan eu grŵp, nid ar y dudalen cyfrifon staff
error-group-not-verified = Gall eich grŵp wneud hyn ar ôl i ddarparwr eiriolaeth ei wirio
error-issue-title-required = Rhowch deitl byr i'r mater
error-issue-happening-required = Dywedwch beth sy'n digwydd
error-issue-affects-required = Dywedwch pwy mae'n effeithio arnyn nhw
error-issue-members = Rhowch faint o aelodau sy'n cytuno, fel rhif, er enghraifft 12
error-issue-change-required = Dywedwch pa newid mae'r grŵp eisiau
error-issue-addressee-required = Dewiswch i bwy mae'r mater
error-issue-easy-read-required = Ysgrifennwch y mater yn Hawdd ei Ddeall: brawddegau byr gyda geiriau bob dydd
error-issue-pictures = Dewiswch hyd at 3 llun, pob un unwaith
error-issue-not-found = Doedden ni ddim yn gallu dod o hyd i'r mater hwnnw
error-issue-already-raised = Mae'r mater hwn wedi cael ei godi eisoes, felly all ei eiriau ddim newid
error-issue-closed = Mae'r mater hwn wedi cau
error-issue-moved = Newidiodd rhywun arall y mater hwn ar yr un pryd. Ail-lwythwch y dudalen i'w weld fel y mae nawr, yna rhowch gynnig arall arni
error-not-addressee = Dim ond y bobl mae'r mater ar eu cyfer sy'n gallu ei ateb
error-response-status = Dewiswch ble mae'r mater wedi cyrraedd
error-response-plain-required = Ysgrifennwch yr ateb mewn geiriau syml
error-response-easy-read-required = Ysgrifennwch yr ateb yn Hawdd ei Ddeall hefyd
error-support-line-required = Ysgrifennwch linell yn dweud pam mae eich grŵp yn cefnogi hyn
error-support-own-issue = Eich grŵp chi gododd y mater hwn, felly all e ddim rhoi ei gefnogaeth iddo
error-support-given = Mae eich grŵp eisoes yn cefnogi'r mater hwn
error-outcome-not-found = Dydy un o'r pethau roeddech chi eu heisiau ddim ar eich atgyfeiriad bellach. Chwiliwch am eich atgyfeiriad eto i weld beth sydd yno nawr
error-outcomes-not-open = Gallwch chi ddweud wrthon ni sut aeth pethau pan fydd eich eiriolwr yn gorffen gweithio gyda chi. Dydy hi ddim yn amser hynny eto, neu mae wedi dod i ben
error-ratings-required = Atebwch o leiaf un o'r cwestiynau
error-ratings-too-many = Mae gormod o atebion i'w hanfon ar unwaith
error-rating-comment-long = Gall yr hyn rydych chi'n ei ddweud am bob un fod hyd at 2,000 o nodau. Gwnewch e'n fyrrach
