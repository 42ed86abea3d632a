# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional

## Amdanoch chi
pro-about-heading = Amdanoch chi
pro-about-intro = Byddwn yn cysylltu â chi yn y gwaith am yr atgyfeiriad hwn, ac yn anfon diweddariadau atoch.
pro-about-name = Eich enw
pro-about-organisation = Sefydliad
pro-about-organisation-hint = Er enghraifft: gofal cymdeithasol oedolion Cyngor Dinas Leeds, neu Ward 7, Ysbyty St James's.
pro-about-role = Teitl swydd neu rôl
pro-about-role-hint = Er enghraifft: gweithiwr cymdeithasol, nyrs staff, meddyg teulu.
pro-about-email = Cyfeiriad e-bost gwaith
pro-about-phone = Rhif ffôn gwaith (dewisol)

## Yr unigolyn
pro-person-heading = Yr unigolyn sydd angen eiriolwr
pro-person-name = Eu henw
pro-person-dob = Dyddiad geni (dewisol)
pro-person-dob-hint = Er enghraifft, 27 3 1950. Gadewch ef yn wag os nad ydych yn ei wybod.
pro-person-location = Ble maen nhw nawr? (dewisol)
pro-person-location-hint = Er enghraifft: gartref, Ward 7 yn Ysbyty St James's, cartref gofal Oak Lodge.
pro-person-in-prison = Ydyn nhw yn y carchar neu mewn sefydliad troseddwyr ifanc?

## Cysylltu â'r unigolyn
pro-contact-heading = Cysylltu â'r unigolyn
pro-contact-directly = A all yr eiriolwr gysylltu â'r unigolyn yn uniongyrchol?
pro-contact-directly-hint = Dim ond os yw'n bosibl ac yn ddiogel. Fel arall bydd yr eiriolwr yn trefnu cysylltiad drwyddoch chi neu drwy'r lle maen nhw.
pro-contact-directly-no = Na, trefnwch hynny drwof fi neu drwy'r lle maen nhw
pro-contact-method = Sut dylai'r eiriolwr gysylltu â nhw?
pro-contact-phone = Eu rhif ffôn
pro-contact-email = Eu cyfeiriad e-bost
pro-contact-address = Eu cyfeiriad
pro-contact-address-hint = Cofiwch gynnwys y cod post.
pro-contact-message = A yw'n ddiogel gadael neges iddyn nhw?
pro-contact-message-hint = Er enghraifft neges llais, neges destun y gallai rhywun arall ei darllen, neu lythyr y gallai rhywun arall ei agor.
pro-contact-message-no = Na, peidiwch â gadael neges
pro-contact-safe-times = Pryd mae'n ddiogel cysylltu â nhw? (dewisol)
pro-contact-safe-times-hint = Er enghraifft: yn y prynhawn, neu nid pan fydd person penodol gyda nhw.
pro-contact-not-safe = A oes unrhyw un o'r ffyrdd hyn nad ydynt yn ddiogel o gwbl?
pro-contact-not-safe-hint = Ticiwch unrhyw ffordd na ddylai'r eiriolwr fyth ei defnyddio. Gadewch y cyfan heb eu ticio os ydyn nhw i gyd yn ddiogel.
pro-contact-codeword = Gair cod (dewisol)
pro-contact-codeword-hint = Gair y bydd yr eiriolwr yn ei ddweud fel bod yr unigolyn yn gwybod mai ni sydd yno go iawn. Nid cyfrinair.

## Pam mae angen eiriolwr
pro-reason-heading = Pam mae angen eiriolwr ar yr unigolyn
pro-reason-why = Pam mae angen eiriolwr arnyn nhw?
pro-reason-why-hint = Beth sy'n digwydd, pa benderfyniadau sy'n cael eu gwneud, a beth allai fynd o'i le heb eiriolwr.
pro-reason-heard = Heb eiriolwr, a fydden nhw'n ei chael hi'n anodd dweud beth maen nhw ei eisiau neu ddylanwadu ar benderfyniad sy'n bwysig iddyn nhw?
pro-reason-nhs-complaint = Ydyn nhw eisiau cwyno am ofal neu driniaeth y GIG?
pro-danger-legend = Ydy'r unigolyn, neu unrhyw un arall, mewn perygl nawr?
pro-danger-hint = Os felly, ffoniwch 999 yn gyntaf. Mae cyfarfodydd, gwrandawiadau a dyddiadau gadael yr ysbyty yn mynd ar y dudalen cyfarfodydd a dyddiadau cau.

## Eu cytundeb
pro-agreement-consent = A yw'r unigolyn yn gwybod am yr atgyfeiriad hwn, ac a ydyn nhw'n cytuno?
pro-agreement-consent-hint = Gallwch eu hatgyfeirio o hyd os nad ydyn nhw. Bydd eiriolwr bob amser yn ceisio darganfod beth mae'r unigolyn ei eisiau.
pro-agreement-best-interests = Pam y byddai eiriolwr er eu lles pennaf?
pro-agreement-best-interests-hint = Er enghraifft, beth sy'n cael ei benderfynu hebddyn nhw, neu beth allai fynd o'i le heb eiriolwr.
pro-law-heading = Am ba gyfraith mae'r atgyfeiriad hwn?
pro-law-hint = Dewiswch bob un sy'n berthnasol. Yna dim ond y cwestiynau ar gyfer y cyfreithiau hynny a ofynnwn. Os nad ydych yn siŵr, gofynnwn y cyfan.
pro-law-care-act = Deddf Gofal 2014 (Care Act 2014)
pro-law-care-act-hint = Mae'r cyngor yn asesu, yn cynllunio neu'n adolygu gofal a chymorth, neu'n gwneud ymholiad diogelu.
pro-law-mca = Deddf Galluedd Meddyliol 2005 (Mental Capacity Act 2005)
pro-law-mca-hint = Penderfyniad efallai nad oes gan y person y galluedd i'w wneud, neu awdurdodiad o dan y Trefniadau Diogelu rhag Colli Rhyddid.
pro-law-mha = Deddf Iechyd Meddwl 1983 (Mental Health Act 1983)
pro-law-mha-hint = Mae'r person wedi'i gadw, ar orchymyn triniaeth gymunedol neu o dan warcheidiaeth, neu mae triniaeth sydd angen cydsyniad neu ail farn yn cael ei hystyried.
pro-law-unsure = Dydw i ddim yn siŵr
pro-progress = Tudalen { $page } o { $pages }
pro-skip-to-law = Neidio i'r cwestiynau am y gyfraith

## Y cyngor a'r Ddeddf Gofal
pro-council-heading = Y cyngor a'r Ddeddf Gofal (Care Act)
pro-council-needs = A yw'n ymddangos bod gan yr unigolyn anghenion gofal a chymorth?
pro-council-needs-hint = Neu, i ofalwr, anghenion am gymorth.
pro-council-involved = A yw'r cyngor yn ymwneud â nhw?
pro-council-involved-hint = Er enghraifft gofal cymdeithasol oedolion, tîm diogelu, neu wasanaethau plant sy'n cynllunio'r symud i ofal oedolion.
pro-council-process = Pa broses maen nhw'n rhan ohoni, neu ar fin bod yn rhan ohoni?
pro-council-role = I bwy mae'r broses?
pro-council-stage = I ble mae wedi cyrraedd? (dewisol)
pro-council-stage-hint = Er enghraifft: ymweliad asesu wedi'i drefnu ar gyfer 3 Mawrth, neu mae'r cynllun yn cael ei adolygu'r wythnos nesaf.

## Anhawster cymryd rhan
pro-difficulty-heading = Anhawster cymryd rhan
pro-difficulty-intro = O dan y Ddeddf Gofal (Care Act), mae anhawster sylweddol mewn unrhyw un o'r pedwar maes hyn yn ddigon.
pro-difficulty-legend = A fydden nhw'n cael anhawster sylweddol gydag unrhyw un o'r rhain?
pro-difficulty-hint = Ticiwch bob un sy'n berthnasol. Ar gyfer pob un rydych yn ei dicio, dywedwch wrthym beth sy'n dangos hynny.
pro-difficulty-none = Dim un o'r rhain
pro-difficulty-evidence-understanding = Beth sy'n dangos eu hanhawster i ddeall gwybodaeth berthnasol?
pro-difficulty-evidence-retaining = Beth sy'n dangos eu hanhawster i gadw'r wybodaeth honno?
pro-difficulty-evidence-weighing = Beth sy'n dangos eu hanhawster i ddefnyddio neu bwyso a mesur y wybodaeth er mwyn cymryd rhan?
pro-difficulty-evidence-communicating = Beth sy'n dangos eu hanhawster i gyfleu eu barn, eu dymuniadau a'u teimladau?
pro-difficulty-evidence-hint = Beth rydych chi wedi'i weld neu wedi cael gwybod, gan bwy a phryd.

## Pwy allai eu cefnogi
pro-support-heading = Pwy allai eu cefnogi
pro-support-intro = Gall rhywun di-dâl sy'n gallu cefnogi'r unigolyn i gymryd rhan (yr unigolyn priodol) olygu nad oes angen eiriolwr Deddf Gofal arnyn nhw. Dywedwch wrthym am unrhyw un a allai.
pro-support-candidates = A oes unrhyw un a allai eu cefnogi i gymryd rhan?
pro-support-candidates-hint = Er enghraifft teulu, ffrind neu gymydog.
pro-support-item = Unigolyn
pro-support-add = Ychwanegu unigolyn arall
pro-candidate-description = Pwy ydyn nhw i'r unigolyn?
pro-candidate-description-hint = Er enghraifft: merch, cymydog, ffrind o'r eglwys. Nid oes angen eu henw arnoch.

## Pan allai rhywun eu cefnogi
pro-exceptions-heading = Pan allai rhywun eu cefnogi
pro-exceptions-intro = Hyd yn oed pan allai rhywun gefnogi'r unigolyn, mae'r Ddeddf Gofal (Care Act) yn dal i alw am eiriolwr mewn dau achos.
pro-exceptions-placement = A oes lleoliad a ariennir gan y GIG mewn ysbyty neu gartref gofal yn cael ei ystyried ar eu cyfer?
pro-exceptions-setting = Ble fyddai'r lleoliad?
pro-exceptions-days = Am faint o ddyddiau y disgwylir iddo bara? (dewisol)
pro-exceptions-days-hint = Er enghraifft, 60.
pro-exceptions-council-best-interests = A yw'r cyngor yn credu y byddai eiriolwr er lles pennaf yr unigolyn?
pro-exceptions-disagreement = A yw'r cyngor a'r sawl a allai eu cefnogi yn anghytuno am rywbeth pwysig i'r unigolyn?
pro-exceptions-both-agree = A yw'r ddau yn cytuno y byddai eiriolwr yn helpu?

## Galluedd meddyliol
pro-capacity-heading = Galluedd meddyliol
pro-capacity-intro = Dywedwch wrthym beth rydych chi'n ei wybod. Os nad oes asesiad galluedd wedi'i wneud eto, anfonwch yr atgyfeiriad beth bynnag: byddwn yn dangos y byddai IMCA yn aros amdano.
pro-capacity-decision = Pa benderfyniad sy'n cael ei wneud, neu ar fin cael ei wneud?
pro-capacity-days = Am faint o ddyddiau y disgwylir i'r arhosiad bara? (dewisol)
pro-capacity-days-hint = Er enghraifft, 90.
pro-capacity-assessed = A oes asesiad galluedd meddyliol wedi'i wneud ar gyfer y penderfyniad hwn?
pro-capacity-date = Dyddiad yr asesiad (dewisol)
pro-capacity-date-hint = Er enghraifft, 3 2 2026.
pro-capacity-lacks = A yw'r unigolyn heb alluedd i wneud y penderfyniad hwn?
pro-capacity-lacks-hint = Os nad oes asesiad wedi bod eto, dywedwch wrthym beth rydych chi'n ei gredu.
pro-capacity-instruct = A allen nhw ddweud wrth eiriolwr beth maen nhw eisiau iddo ei wneud, gyda chymorth?
pro-capacity-instruct-hint = Os na, mae'r eiriolwr yn gweithio ar eu rhan heb gyfarwyddiadau (eiriolaeth heb gyfarwyddyd).
pro-capacity-fluctuating = A yw eu galluedd yn mynd a dod?
pro-capacity-consult = A oes teulu neu ffrind, heblaw gofalwyr cyflogedig, y mae'n briodol ymgynghori â nhw am y penderfyniad?

## Deddf Iechyd Meddwl
pro-mha-heading = Deddf Iechyd Meddwl (Mental Health Act)
pro-mha-status = Ydyn nhw o dan y Ddeddf Iechyd Meddwl?
pro-mha-section = Pa adran? (dewisol)
pro-mha-section-hint = Er enghraifft 2, 3, 5(2) neu 37/41.
pro-mha-declined = Ydyn nhw wedi gwrthod IMHA o'r blaen?
pro-mha-seclusion = Ydyn nhw mewn neilltuaeth neu wahanu tymor hir?
pro-mha-treatment = A oes triniaeth sydd angen eu caniatâd neu ail farn yn cael ei hystyried?
pro-mha-treatment-hint = O dan adran 57, neu adran 58A i rai dan 18 oed. Mae hyn yn cyfrif hyd yn oed os ydyn nhw yn yr ysbyty yn anffurfiol.

## Trefniadau Diogelu rhag Colli Rhyddid
pro-dols-heading = Trefniadau Diogelu rhag Colli Rhyddid (DoLS)
pro-dols-authorised = A oes awdurdodiad Trefniadau Diogelu rhag Colli Rhyddid (DoLS) ar waith ar eu cyfer?
pro-dols-rpr = A oes aelod o'r teulu neu ffrind a all fod yn gynrychiolydd iddyn nhw (cynrychiolydd y person perthnasol), yn ddi-dâl?

## Diogelu
pro-safeguarding-heading = Diogelu
pro-safeguarding-question = A oes pryder diogelu am yr unigolyn?
pro-safeguarding-concern = Beth yw'r pryder?
pro-safeguarding-concern-hint = Beth sydd wedi digwydd neu sy'n cael ei ofni, a phwy sy'n gysylltiedig.
pro-safeguarding-reference = Cyfeirnod ymholiad adran 42 (dewisol)
pro-safeguarding-urgent = A yw'r ymholiad yn frys?
pro-safeguarding-urgent-hint = Gall ymholiad brys ddechrau cyn i eiriolwr gael ei benodi. Byddwn yn penodi un cyn gynted ag y gallwn.
pro-safeguarding-delegated = I bwy mae'r ymholiad wedi'i ddirprwyo? (dewisol)
pro-safeguarding-delegated-hint = Er enghraifft ymddiriedolaeth y GIG neu'r darparwr gofal, gydag enw cyswllt.

## Cyfarfodydd a dyddiadau cau
pro-deadlines-heading = Cyfarfodydd a dyddiadau cau
pro-deadlines-intro = Ychwanegwch unrhyw gyfarfod, gwrandawiad neu ddyddiad cau y mae angen i'r eiriolwr wybod amdano, hyd at { $max }. Os nad oes dim, ewch ymlaen.
pro-deadlines-item = Cyfarfod neu ddyddiad cau
pro-deadlines-add = Ychwanegu cyfarfod neu ddyddiad cau
pro-deadline-what = Beth ydyw?
pro-deadline-what-hint = Er enghraifft: cyfarfod asesu anghenion, cyfarfod lles pennaf, gwrandawiad tribiwnlys.
pro-deadline-date = Dyddiad
pro-deadline-date-hint = Er enghraifft, 14 5 2026.

## Risgiau ac eiriolwyr sydd eisoes yn rhan
pro-risks = A oes unrhyw beth y dylai'r eiriolwr ei wybod am risg? (dewisol)
pro-risks-hint = Risgiau i'r unigolyn, neu i eiriolwr sy'n ymweld â nhw ar ei ben ei hun: er enghraifft ymddygiad ymosodol, anifeiliaid, pobl eraill yn y cyfeiriad, neu reoli heintiau.
pro-advocate-existing = A oes gan yr unigolyn eiriolwr yn barod?
pro-advocate-who = Pwy yw'r eiriolwr, a ble maen nhw'n gweithio?

## Gwirio eich atebion
pro-check-heading = Gwiriwch eich atebion cyn anfon
pro-check-what-happens = Pan fyddwch yn anfon hwn, bydd ein tîm eiriolaeth yn ei ddarllen ac yn cysylltu â chi yn y gwaith. Mae staff yn cadarnhau pa eiriolaeth sy'n berthnasol.
pro-check-not-given = Heb ei roi
pro-check-not-a-date = Nid yw'n ddyddiad go iawn
pro-check-no-date = Dim dyddiad wedi'i roi
pro-check-none = Dim
pro-check-phone = Rhif ffôn gwaith
pro-check-person = Yr unigolyn
pro-check-dob = Dyddiad geni
pro-check-location = Ble maen nhw nawr
pro-check-in-prison = Yn y carchar
pro-check-contact = Cysylltu â nhw
pro-check-contact-directly = Cysylltu â nhw yn uniongyrchol
pro-check-contact-directly-change = a ddylid cysylltu â nhw yn uniongyrchol
pro-check-contact-directly-no = Na, drwyddoch chi neu drwy'r lle maen nhw
pro-check-reason = Pam mae angen eiriolwr arnyn nhw
pro-check-heard = Bydden nhw'n ei chael hi'n anodd cael eu clywed heb un
pro-check-nhs-complaint = Eisiau cwyno am ofal y GIG
pro-check-agreement = Eu cytundeb
pro-check-consent = Yn gwybod ac yn cytuno
pro-check-best-interests = Pam ei fod er eu lles pennaf
pro-check-care-needs = Ymddangos bod ganddyn nhw anghenion gofal a chymorth
pro-check-council-involved = Y cyngor yn ymwneud
pro-check-process = Proses
pro-check-role = I bwy mae hi
pro-check-stage = I ble mae wedi cyrraedd
pro-check-difficulty = Anhawster sylweddol gyda
pro-check-evidence-understanding = Tystiolaeth: deall gwybodaeth berthnasol
pro-check-evidence-retaining = Tystiolaeth: cadw'r wybodaeth honno
pro-check-evidence-weighing = Tystiolaeth: defnyddio neu bwyso a mesur y wybodaeth er mwyn cymryd rhan
pro-check-evidence-communicating = Tystiolaeth: cyfleu eu barn, eu dymuniadau a'u teimladau
pro-check-candidates = Unrhyw un a allai eu cefnogi
pro-check-candidate = Unigolyn { $number }
pro-check-candidate-answer = { $question }: { $answer }
pro-check-placement = Lleoliad GIG yn cael ei ystyried
pro-check-setting = Ble
pro-check-placement-days = Hyd disgwyliedig mewn dyddiau
pro-check-council-best-interests = Y cyngor yn credu bod eiriolwr er eu lles pennaf
pro-check-disagreement = Y cyngor a'r unigolyn hwnnw yn anghytuno
pro-check-both-agree = Y ddau yn cytuno y byddai eiriolwr yn helpu
pro-check-decision = Penderfyniad
pro-check-stay-days = Hyd disgwyliedig yr arhosiad mewn dyddiau
pro-check-assessed = Asesiad galluedd wedi'i wneud
pro-check-assessment-date = Dyddiad yr asesiad
pro-check-lacks = Heb alluedd ar gyfer y penderfyniad hwn
pro-check-instruct = Gallai roi cyfarwyddiadau i eiriolwr
pro-check-fluctuating = Galluedd yn mynd a dod
pro-check-consult = Teulu neu ffrind i ymgynghori â nhw
pro-check-mha-status = O dan y Ddeddf
pro-check-mha-section = Adran
pro-check-mha-declined = Wedi gwrthod IMHA o'r blaen
pro-check-mha-seclusion = Mewn neilltuaeth neu wahanu tymor hir
pro-check-mha-treatment = Triniaeth sydd angen caniatâd neu ail farn
pro-check-dols = Awdurdodiad DoLS ar waith
pro-check-rpr = Cynrychiolydd di-dâl ar gael
pro-check-safeguarding = Pryder diogelu
pro-check-concern = Y pryder
pro-check-s42 = Cyfeirnod ymholiad adran 42
pro-check-urgent = Brys
pro-check-law = Y cyfreithiau dan sylw
pro-check-danger = Mewn perygl nawr
pro-check-delegated = Wedi'i ddirprwyo i
pro-check-deadline = Cyfarfod neu ddyddiad cau { $number }
pro-check-risks = Risgiau
pro-check-risks-row = Risgiau i wybod amdanyn nhw
pro-check-advocates = Eiriolwyr sydd eisoes yn rhan
pro-check-has-advocate = Eisoes ag eiriolwr
pro-check-their-advocate = Eu heiriolwr
pro-check-needs = Eu hanghenion a'u dymuniadau

## Dyddiadau
pro-date = { $day } { $month } { $year }
pro-month-january = Ionawr
pro-month-february = Chwefror
pro-month-march = Mawrth
pro-month-april = Ebrill
pro-month-may = Mai
pro-month-june = Mehefin
pro-month-july = Gorffennaf
pro-month-august = Awst
pro-month-september = Medi
pro-month-october = Hydref
pro-month-november = Tachwedd
pro-month-december = Rhagfyr
