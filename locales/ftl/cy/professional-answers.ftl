# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional-answers


## Prosesau y gall y cyngor fod yn eu cynnal
pro-opt-process-needs-assessment = Asesiad o anghenion
pro-opt-process-carers-assessment = Asesiad gofalwr
pro-opt-process-child-needs-assessment = Asesiad o anghenion plentyn (yn symud i wasanaethau oedolion)
pro-opt-process-child-carers-assessment = Asesiad gofalwr plentyn
pro-opt-process-young-carers-assessment = Asesiad gofalwr ifanc
pro-opt-process-care-support-plan = Paratoi cynllun gofal a chymorth, neu gynllun cymorth
pro-opt-process-plan-review = Adolygu cynllun gofal a chymorth
pro-opt-process-safeguarding-enquiry = Ymholiad diogelu (adran 42)
pro-opt-process-safeguarding-adults-review = Adolygiad diogelu oedolion
pro-opt-process-none = Dim un o'r rhain

## Gofal a chymorth pwy yw testun y broses
pro-opt-role-person = Yr unigolyn, ar gyfer ei ofal a'i gymorth ei hun
pro-opt-role-adult-carer = Yr unigolyn fel gofalwr sy'n oedolyn
pro-opt-role-young-carer = Yr unigolyn fel gofalwr ifanc (dan 18 oed)

## Y pedwar maes o anhawster sylweddol (Care Act s67(4))
pro-opt-area-understanding = Deall gwybodaeth berthnasol
pro-opt-area-retaining = Cofio'r wybodaeth honno
pro-opt-area-weighing = Defnyddio neu bwyso a mesur y wybodaeth i gymryd rhan
pro-opt-area-communicating = Cyfleu eu barn, eu dymuniadau a'u teimladau

## Beth sy'n atal rhywun rhag bod yr unigolyn priodol
pro-opt-disqualifier-paid = A ydyn nhw'n cael eu talu i ofalu am yr unigolyn neu ei drin, neu ei ofalwr?
pro-opt-disqualifier-paid-hint = Gan gynnwys gofalwyr proffesiynol ac unrhyw un sy'n cael ei dalu gan yr unigolyn.
pro-opt-disqualifier-not-wanted = A yw'r unigolyn wedi dweud nad yw eisiau i'r person hwn ei gefnogi?
pro-opt-disqualifier-unable = A yw'r person hwn yn methu ei gefnogi, neu ddim ar gael i wneud hynny?
pro-opt-disqualifier-abuse = A oes amheuaeth eu bod yn rhan o gam-drin neu esgeuluso'r unigolyn?
pro-opt-disqualifier-abuse-hint = Er enghraifft, wedi'u henwi mewn ymholiad diogelu, neu adolygiad diogelu oedolion wedi canfod eu bod wedi methu ag atal cam-drin.
# Yr un pedwar mewn ychydig eiriau, ar gyfer "gwirio eich atebion" a gwedd y staff.
pro-opt-disqualifier-paid-short = Yn cael eu talu i ofalu amdanyn nhw neu eu trin
pro-opt-disqualifier-not-wanted-short = Nid yw'r unigolyn eu heisiau
pro-opt-disqualifier-unable-short = Yn methu neu ddim ar gael
pro-opt-disqualifier-abuse-short = Amheuaeth o gam-drin neu esgeulustod

## A oes unrhyw un a allai eu cefnogi?
pro-opt-anyone-yes = Oes, neu efallai fod
pro-opt-anyone-no = Nac oes, does neb

## Ble mae lleoliad y GIG
pro-opt-setting-hospital = Ysbyty
pro-opt-setting-care-home = Cartref gofal

## Penderfyniadau sy'n galw am IMCA (Deddf Galluedd Meddyliol 2005, Mental Capacity Act 2005)
pro-opt-decision-serious-medical-treatment = Triniaeth feddygol ddifrifol
pro-opt-decision-accommodation-hospital = Ble maen nhw'n byw: arhosiad yn yr ysbyty
pro-opt-decision-accommodation-hospital-hint = Wedi'i drefnu gan y GIG, a disgwylir iddo bara mwy na 28 diwrnod.
pro-opt-decision-accommodation-care-home = Ble maen nhw'n byw: symud i gartref gofal
pro-opt-decision-accommodation-care-home-hint = Wedi'i drefnu gan y cyngor neu'r GIG, a disgwylir iddo bara mwy nag 8 wythnos.
pro-opt-decision-care-review = Adolygiad o'u trefniadau gofal
pro-opt-decision-safeguarding = Mesurau amddiffyn mewn achos diogelu
pro-opt-decision-none = Dim un o'r rhain

## Statws o dan Ddeddf Iechyd Meddwl 1983 (Mental Health Act 1983)
pro-opt-mha-detained = Wedi'u cadw yn yr ysbyty o dan adran
pro-opt-mha-conditionally-discharged = Wedi'u rhyddhau'n amodol (claf cyfyngedig)
pro-opt-mha-guardianship = O dan warcheidiaeth
pro-opt-mha-cto = Ar orchymyn triniaeth gymunedol (CTO)
pro-opt-mha-none = Ddim o dan y Ddeddf Iechyd Meddwl (Mental Health Act)

## Beth i'w gywiro cyn y gellir anfon yr atgyfeiriad
pro-problem-consent = Dewiswch a yw'r unigolyn yn gwybod am yr atgyfeiriad ac yn cytuno
pro-problem-contact-directly = Dewiswch a all yr eiriolwr gysylltu â'r unigolyn yn uniongyrchol
pro-problem-contact-method = Dewiswch sut dylai'r eiriolwr gysylltu â'r unigolyn
pro-problem-dob-invalid = Rhowch ddyddiad geni go iawn, er enghraifft 27 3 1950
pro-problem-dob-future = Rhaid i'r dyddiad geni fod yn y gorffennol
pro-problem-dob-too-old = Rhowch ddyddiad geni llai na 120 mlynedd yn ôl
pro-problem-assessment-date-invalid = Rhowch ddyddiad go iawn ar gyfer yr asesiad, er enghraifft 3 2 2026
pro-problem-days-number = Rhowch nifer y diwrnodau fel rhif cyfan, fel 60
pro-problem-mha-section = Rhowch adran o'r Ddeddf Iechyd Meddwl (Mental Health Act), fel 2, 3, 5(2) neu 37/41
pro-problem-candidates-missing = Ychwanegwch y person a allai eu cefnogi, neu dewiswch ateb arall
pro-problem-danger = Dywedwch a oes unrhyw un mewn perygl nawr
pro-problem-deadline-date-missing = Rhowch ddyddiad y cyfarfod neu'r dyddiad cau
pro-problem-deadline-date-invalid = Rhowch ddyddiad go iawn, er enghraifft 14 5 2026
pro-problem-deadline-date-past = Mae'r cyfarfod neu'r dyddiad cau yn y gorffennol: rhowch y dyddiad sydd i ddod
pro-problem-candidate-description-missing = Dywedwch pwy yw'r person hwn iddyn nhw
pro-problem-candidate-description-too-long = Defnyddiwch 200 nod neu lai
pro-problem-candidate-description-single-line = Tynnwch y nodau < a >, a chadwch ef i un llinell
