# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: on-behalf


## Am y person sy'n gofyn
for-referrer-intro = Yn gyntaf byddwn yn gofyn amdanoch chi, yna am y person sydd angen eiriolwr.
for-referrer-intro-easy = Yn gyntaf rydyn ni'n gofyn amdanoch chi. Yna rydyn ni'n gofyn am y person sydd angen eiriolwr.
for-referrer-name-label = Beth yw eich enw?
for-referrer-name-hint = Byddwn yn ei ddefnyddio pan fyddwn yn cysylltu â chi am yr atgyfeiriad hwn.
for-referrer-name-hint-easy = Rydyn ni'n defnyddio eich enw pan fyddwn ni'n cysylltu â chi.
for-referrer-seen = Bydd ein tîm eiriolaeth yn gweld eich enw a sut i gysylltu â chi, a bydd yr eiriolwr hefyd. Fel arfer rydyn ni'n dweud wrth y person pwy ofynnodd am help ar ei ran. Os gallai hynny eich rhoi chi neu nhw mewn perygl, dywedwch wrthym pan fyddwn ni'n gofyn beth sy'n digwydd.
for-referrer-seen-easy = Bydd ein tîm a'r eiriolwr yn gweld eich enw a'ch rhif ffôn neu e-bost. Fel arfer rydyn ni'n dweud wrth y person eich bod chi wedi gofyn ar ei ran. Allai hynny eich rhoi chi neu nhw mewn perygl? Yna dywedwch wrthym yn nes ymlaen, pan fyddwn ni'n gofyn beth sy'n digwydd.
for-relationship-legend = Sut ydych chi'n adnabod y person sydd angen eiriolwr?
for-relationship-legend-easy = Sut ydych chi'n adnabod y person?
for-relationship-carer = Fi yw eu gofalwr
for-relationship-carer-hint = Rydych yn helpu i ofalu amdanyn nhw, a dydych chi ddim yn cael eich talu i wneud hynny.
for-relationship-carer-hint-easy = Rydych chi'n helpu i ofalu amdanyn nhw. Dydych chi ddim yn cael eich talu.
for-relationship-family = Rwy'n aelod o'u teulu
for-relationship-friend = Fi yw eu ffrind
for-relationship-other = Mewn ffordd arall
for-relationship-other-hint = Er enghraifft, cymydog.
for-relationship-missing = Dewiswch sut rydych yn adnabod y person

## Sut i gysylltu
for-referrer-method-legend = Sut dylen ni gysylltu â chi?
for-referrer-method-hint = Byddwn yn defnyddio hyn i siarad â chi am yr atgyfeiriad.
for-referrer-method-hint-easy = Byddwn ni'n defnyddio hyn i siarad â chi.
for-person-method-legend = Sut dylen ni gysylltu â'r person?
for-person-method-hint = Dewiswch y ffordd hawsaf a mwyaf diogel iddyn nhw.
for-method-missing = Dewiswch sut dylen ni gysylltu
for-through-legend = Sut dylen ni fod mewn cysylltiad â'r person?
for-through-hint = Os nad yw'n ddiogel nac yn hawdd cysylltu â nhw, gallwn drefnu pethau drwoch chi.
for-through-hint-easy = Efallai nad yw'n ddiogel neu'n hawdd cysylltu â nhw. Yna gallwn ni siarad â chi yn lle hynny.
for-through-yes = Drwof fi
for-through-no = Cysylltu â nhw'n uniongyrchol
for-through-missing = Dewiswch sut dylen ni fod mewn cysylltiad â'r person

## Am y person sydd angen eiriolwr
for-person-name-label = Beth mae'r person yn hoffi cael ei alw?
for-person-name-hint = Mae eu henw cyntaf, neu'r enw maen nhw'n hoffi ei ddefnyddio, yn iawn.
for-person-name-hint-easy = Mae eu henw cyntaf yn iawn. Neu'r enw maen nhw'n hoffi ei ddefnyddio.
for-lives-in-label = Ble mae'r person yn byw?
for-lives-in-hint = Mae tref, neu ardal y cyngor, yn ddigon: er enghraifft Leeds, neu Gyngor Caerdydd. Mae'n dweud wrthym pa dîm all helpu. Gadewch ef yn wag os nad ydych chi'n gwybod.
for-lives-in-hint-easy = Dywedwch wrthym ym mha dref maen nhw'n byw. Er enghraifft, Leeds. Mae hyn yn ein helpu i ddod o hyd i'r tîm iawn. Gallwch ei adael yn wag.
for-help-with-label = Gyda beth mae angen help ar y person?
for-help-with-words = Dywedwch wrthym yn eich geiriau eich hun
for-help-with-hint = Dywedwch wrthym beth sy'n digwydd, pwy sy'n rhan ohono a beth sydd angen newid. Does dim angen i chi wybod pa fath o eiriolwr sydd ei angen arnyn nhw.
for-help-with-hint-easy = Dywedwch wrthym beth sy'n digwydd. Dywedwch pwy sy'n rhan ohono. Dywedwch beth sydd angen newid. Does dim angen i chi wybod pa eiriolwr sydd ei angen.
for-own-words-label = Beth mae'r person yn ei ddweud am hyn? (dewisol)
for-own-words-label-easy = Beth mae'r person yn ei ddweud am hyn? Does dim rhaid i chi ateb.
for-own-words-hint = Ysgrifennwch beth maen nhw'n ei ddweud eu hunain, os gallan nhw ddweud wrthych. Defnyddiwch eu geiriau nhw lle gallwch.
for-own-words-hint-easy = Ysgrifennwch beth maen nhw'n ei ddweud, os gallan nhw ddweud wrthych. Defnyddiwch eu geiriau eu hunain os gallwch.
for-consent-legend = Ydy'r person yn gwybod eich bod yn gofyn am eiriolwr, ac ydyn nhw'n cytuno?
for-consent-legend-easy = Ydy'r person yn gwybod eich bod yn gofyn am eiriolwr? Ydyn nhw'n dweud ie?
for-consent-hint = Gallwch ofyn o hyd os nad ydyn nhw. Bydd eiriolwr bob amser yn ceisio darganfod beth mae'r person ei eisiau.
for-consent-hint-easy = Gallwch ofyn hyd yn oed os ydyn nhw'n dweud na. Bydd eiriolwr yn ceisio darganfod beth maen nhw ei eisiau.
for-consent-yes = Ydyn, maen nhw'n gwybod ac yn cytuno
for-consent-no = Nac ydyn
for-consent-no-hint = Dydyn nhw ddim yn gwybod eto, neu dydyn nhw ddim eisiau eiriolwr.
for-consent-no-hint-easy = Dydyn nhw ddim yn gwybod eto. Neu dydyn nhw ddim eisiau eiriolwr.
for-consent-cannot-say = Dydyn nhw ddim yn gallu dweud wrtha i
for-consent-cannot-say-hint = Er enghraifft, dydyn nhw ddim yn gallu deall y cwestiwn na rhoi gwybod i unrhyw un beth yw eu hateb.
for-consent-cannot-say-hint-easy = Er enghraifft, dydyn nhw ddim yn deall y cwestiwn. Neu dydyn nhw ddim yn gallu dweud eu hateb wrth neb.
for-consent-missing = Dewiswch a yw'r person yn gwybod ac yn cytuno
for-best-interests-label = Pam y byddai eiriolwr er lles pennaf y person?
for-best-interests-label-easy = Pam y byddai eiriolwr yn dda i'r person?
for-best-interests-hint = Dydyn nhw ddim wedi cytuno i hyn, felly dywedwch wrthym pam y byddai'n dda iddyn nhw. Er enghraifft, beth allai fynd o'i le heb un, neu beth sy'n cael ei benderfynu hebddyn nhw.
for-best-interests-hint-easy = Dydyn nhw ddim wedi dweud ie i hyn. Felly dywedwch pam y byddai'n dda iddyn nhw. Beth allai fynd o'i le heb eiriolwr? Beth sy'n cael ei benderfynu hebddyn nhw?
for-best-interests-means = Mae gweithredu er lles pennaf rhywun yn golygu gwneud yr hyn sy'n iawn iddyn nhw, gan feddwl am eu dymuniadau, eu teimladau a'u credoau, pan na allan nhw benderfynu drostyn nhw eu hunain. Nid chi sy'n penderfynu hyn ar eich pen eich hun: bydd ein tîm yn edrych ar yr hyn rydych chi'n ei ddweud wrthym, a bydd yr eiriolwr yn ceisio darganfod beth mae'r person ei eisiau.
for-best-interests-means-easy = Mae lles pennaf yn golygu beth sydd orau i'r person. Mae'n golygu meddwl am beth maen nhw ei eisiau a sut maen nhw'n teimlo. Nid chi sy'n penderfynu hyn ar eich pen eich hun. Bydd ein tîm yn edrych arno. Bydd yr eiriolwr yn ceisio darganfod beth mae'r person ei eisiau.

## Gwirio eich atebion
for-check-heading = Gwiriwch eich atebion cyn anfon
for-check-heading-easy = Gwiriwch eich atebion. Yna anfonwch nhw.
for-check-about-you = Amdanoch chi
for-check-about-person = Am y person
for-check-referrer-name = Eich enw
for-check-referrer-name-change = eich enw
for-check-relationship = Sut rydych yn eu hadnabod
for-check-relationship-change = sut rydych yn adnabod y person
for-check-relationship-carer = Gofalwr di-dâl
for-check-relationship-family = Aelod o'r teulu
for-check-relationship-friend = Ffrind
for-check-relationship-other = Rhywun arall sy'n eu hadnabod
for-check-referrer-method-missing = Dewiswch sut dylen ni gysylltu â chi
for-check-person-name = Beth maen nhw'n hoffi cael eu galw
for-check-person-name-change = beth mae'r person yn hoffi cael ei alw
for-check-lives-in = Ble maen nhw'n byw
for-check-lives-in-change = ble mae'r person yn byw
for-check-help-with = Gyda beth mae angen help arnyn nhw
for-check-help-with-change = gyda beth mae angen help ar y person
for-check-own-words = Beth maen nhw'n ei ddweud am hyn
for-check-own-words-change = beth mae'r person yn ei ddweud
for-check-consent = Ydyn nhw'n gwybod ac yn cytuno
for-check-consent-change = a yw'r person yn gwybod ac yn cytuno
for-check-best-interests = Pam ei fod er eu lles pennaf
for-check-best-interests-change = pam fod eiriolwr er eu lles pennaf
for-check-through = Sut i fod mewn cysylltiad â nhw
for-check-through-change = sut i fod mewn cysylltiad â'r person
for-check-through-yes = Drwoch chi
for-check-person-method-missing = Dewiswch sut dylen ni gysylltu â'r person
for-check-what-happens = Pan fyddwch yn anfon hwn, bydd ein tîm eiriolaeth yn ei ddarllen ac yn cysylltu yn y ffordd y gofynnoch chi.
for-check-what-happens-easy = Pan fyddwch yn anfon hwn, bydd ein tîm yn ei ddarllen. Yna byddwn yn cysylltu yn y ffordd y gofynnoch chi.
