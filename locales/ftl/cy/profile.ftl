# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: profile

## Ways of contact
contact-way-phone = Galwad ffôn
contact-way-text = Neges destun
contact-way-email = E-bost
contact-way-letter = Llythyr
contact-way-in-person = Wyneb yn wyneb
contact-way-named-person = Drwy rywun rwy'n ymddiried ynddo

## Contact details
contact-phone-label-you = Beth yw eich rhif ffôn?
contact-phone-label-them = Beth yw eu rhif ffôn?
contact-mobile-label-you = Beth yw eich rhif ffôn symudol?
contact-mobile-label-them = Beth yw eu rhif ffôn symudol?
contact-phone-hint = Er enghraifft 07700 900 982. Byddwn yn ei ddefnyddio ar gyfer yr atgyfeiriad hwn yn unig.
contact-phone-hint-easy = Er enghraifft 07700 900 982. Rydym yn ei ddefnyddio ar gyfer y cais hwn am help yn unig.
contact-email-label-you = Beth yw eich cyfeiriad e-bost?
contact-email-label-them = Beth yw eu cyfeiriad e-bost?
contact-email-hint = Byddwn yn ei ddefnyddio ar gyfer yr atgyfeiriad hwn yn unig.
contact-email-hint-easy = Rydym yn ei ddefnyddio ar gyfer y cais hwn am help yn unig.
contact-address-label-you = Beth yw eich cyfeiriad?
contact-address-label-them = Beth yw eu cyfeiriad?
contact-address-hint = Cofiwch gynnwys y cod post.
contact-meet-label-you = Ble gallwn ni eich cyfarfod?
contact-meet-label-them = Ble gallwn ni eu cyfarfod?
contact-meet-hint = Er enghraifft cyfeiriad cartref, ward ac ysbyty, neu le maen nhw'n teimlo'n ddiogel. Dywedwch os dylai rhywun ei drefnu.
contact-meet-hint-easy = Er enghraifft cartref, ward ysbyty, neu le diogel. Dywedwch wrthym os dylai rhywun ei drefnu.

## Contact through someone trusted
contact-through-heading-you = Drwy bwy y dylem gysylltu â chi?
contact-through-heading-them = Drwy bwy y dylem gysylltu â nhw?
contact-through-body-you = Byddwn yn cysylltu â chi drwy'r person hwn yn unig.
contact-through-body-them = Byddwn yn cysylltu â nhw drwy'r person hwn yn unig.
contact-through-name = Eu henw
contact-through-relationship-you = Pwy ydyn nhw i chi? (dewisol)
contact-through-relationship-them = Pwy ydyn nhw iddyn nhw? (dewisol)
contact-through-relationship-hint = Er enghraifft chwaer, ffrind neu weithiwr cymorth.
contact-through-phone = Eu rhif ffôn
contact-through-phone-hint = Rhowch rif ffôn, cyfeiriad e-bost, neu'r ddau.
contact-through-email = Eu cyfeiriad e-bost (dewisol os rhoesoch rif ffôn)

## Keeping contact safe
contact-safety-heading-you = Cadw cysylltiad yn ddiogel i chi
contact-safety-heading-them = Cadw cysylltiad yn ddiogel iddyn nhw
contact-safety-intro = Mae rhai pobl yn byw gyda rhywun sy'n edrych ar eu ffôn neu eu post. Dywedwch wrthym unrhyw beth y dylem ei wybod.
contact-safety-intro-easy = Efallai bod rhywun gartref yn edrych ar ffôn neu lythyrau. Dywedwch wrthym unrhyw beth y dylem ei wybod.
contact-message-legend-you = A yw'n ddiogel i ni adael neges i chi?
contact-message-legend-them = A yw'n ddiogel i ni adael neges iddyn nhw?
contact-message-hint = Er enghraifft neges llais, neges destun y gallai rhywun arall ei darllen, neu lythyr y gallai rhywun arall ei agor.
contact-message-hint-easy = Gall neges fod yn neges llais, neges destun neu lythyr. Efallai y bydd rhywun arall yn ei gweld.
contact-message-yes = Ydy, gallwch adael neges
contact-message-no = Nac ydy, peidiwch â gadael neges
contact-message-unknown = Dydw i ddim yn siŵr
contact-not-safe-legend = A oes unrhyw un o'r ffyrdd hyn nad ydynt yn ddiogel o gwbl?
contact-not-safe-hint = Ticiwch unrhyw ffordd na ddylem fyth ei defnyddio. Gadewch y cyfan heb eu ticio os ydyn nhw i gyd yn ddiogel.
contact-not-safe-hint-easy = Ticiwch y ffyrdd na ddylem fyth eu defnyddio. Os ydyn nhw i gyd yn ddiogel, peidiwch â ticio dim.
contact-safe-times-label-you = Pryd mae'n ddiogel cysylltu â chi? (dewisol)
contact-safe-times-label-them = Pryd mae'n ddiogel cysylltu â nhw? (dewisol)
contact-safe-times-hint = Er enghraifft: boreau yn ystod yr wythnos, neu nid pan fydd rhywun arall gartref.
contact-codeword-label = Gair cod (dewisol)
contact-codeword-hint-you = Gair y byddwn yn ei ddweud fel eich bod yn gwybod mai ni sydd yno go iawn. Peidiwch â defnyddio cyfrinair.
contact-codeword-hint-you-easy = Byddwn yn dweud y gair hwn. Yna byddwch yn gwybod mai ni sydd yno. Peidiwch â defnyddio cyfrinair.
contact-codeword-hint-them = Gair y byddwn yn ei ddweud fel eu bod yn gwybod mai ni sydd yno go iawn. Peidiwch â defnyddio cyfrinair.
contact-codeword-hint-them-easy = Byddwn yn dweud y gair hwn. Yna byddan nhw'n gwybod mai ni sydd yno. Peidiwch â defnyddio cyfrinair.

## Communication needs
communication-heading-you = Sut gallwn ni ei gwneud yn haws siarad â chi?
communication-heading-them = Sut gallwn ni ei gwneud yn haws siarad â'r unigolyn?
communication-intro-you = Byddwn yn defnyddio'r hyn rydych yn ei ddweud wrthym bob tro y byddwn yn cysylltu â chi. Mae'r rhain i gyd yn ddewisol.
communication-intro-you-easy = Byddwn yn gwneud hyn bob tro y byddwn yn cysylltu â chi. Does dim rhaid i chi ateb.
communication-intro-them = Bydd yr eiriolwr yn defnyddio'r hyn rydych yn ei ddweud wrthym pan fydd yn cyfarfod â'r unigolyn neu'n cysylltu â nhw. Mae'r rhain i gyd yn ddewisol.
communication-intro-them-easy = Bydd yr eiriolwr yn defnyddio hyn wrth gyfarfod â'r unigolyn neu gysylltu â nhw. Does dim rhaid i chi ateb.
communication-legend-you = A fyddai unrhyw un o'r rhain yn eich helpu?
communication-legend-them = A fyddai unrhyw un o'r rhain yn eu helpu?
communication-tick-hint = Ticiwch bopeth sy'n helpu.
communication-interpreter = Cyfieithydd
communication-bsl = Iaith Arwyddion Prydain (BSL) neu iaith arwyddion arall
communication-easy-read = Hawdd ei Ddeall (brawddegau byr gyda lluniau)
communication-large-print = Print bras
communication-braille = Braille
communication-audio-you = Sain, neu rywun yn darllen pethau'n uchel i mi
communication-audio-them = Sain, neu rywun yn darllen pethau'n uchel iddyn nhw
communication-reading-help-you = Help i ddarllen llythyrau a llenwi ffurflenni
communication-reading-help-them = Help iddyn nhw ddarllen llythyrau a llenwi ffurflenni
communication-language-you = Pa iaith hoffech chi i ni ei defnyddio? (dewisol)
communication-language-them = Pa iaith dylem ei defnyddio gyda nhw? (dewisol)
communication-language-hint-you = Os oes angen cyfieithydd arnoch, dywedwch wrthym pa iaith y dylai ei siarad.
communication-language-hint-you-easy = Oes angen cyfieithydd arnoch chi? Dywedwch wrthym pa iaith y dylai ei siarad.
communication-language-hint-them = Os oes angen cyfieithydd arnyn nhw, dywedwch wrthym pa iaith y dylai'r cyfieithydd ei siarad.
communication-language-hint-them-easy = Oes angen cyfieithydd arnyn nhw? Dywedwch wrthym pa iaith y dylai'r cyfieithydd ei siarad.
communication-other-you = Oes unrhyw beth arall a fyddai'n helpu? (dewisol)
communication-other-them = Oes unrhyw beth arall a fyddai'n eu helpu? (dewisol)
communication-other-hint-you = Er enghraifft: siaradwch yn araf, neu hoffwn gael rhywun gyda mi.
communication-other-hint-them = Er enghraifft: siarad yn araf, cyfarfod yn rhywle maen nhw'n ei adnabod, neu gael rhywun maen nhw'n ymddiried ynddo gyda nhw.
communication-other-hint-them-easy = Er enghraifft: siarad yn araf. Cyfarfod mewn lle maen nhw'n ei adnabod. Dod â rhywun maen nhw'n ymddiried ynddo.

## What they would like in an advocate
preferences-advocate-heading-you = Beth hoffech chi mewn eiriolwr?
preferences-advocate-heading-them = Beth hoffen nhw mewn eiriolwr?
preferences-advocate-intro = Byddwn yn ceisio cyfateb i hyn. Mae'r holl gwestiynau hyn yn ddewisol.
preferences-advocate-intro-easy = Byddwn yn ceisio dod o hyd i eiriolwr fel hyn. Does dim rhaid i chi ateb.
preferences-gender-legend-you = A fyddai'n well gennych eiriolwr sy'n fenyw neu'n ddyn?
preferences-gender-legend-them = A fyddai'n well ganddyn nhw eiriolwr sy'n fenyw neu'n ddyn?
preferences-gender-woman = Menyw
preferences-gender-man = Dyn
preferences-gender-no-preference = Dim ffafriaeth
preferences-language-label = Iaith y mae'r eiriolwr yn ei siarad (dewisol)
preferences-language-hint-you = Fel y gallwch siarad heb gyfieithydd.
preferences-language-hint-them = Fel y gallan nhw siarad heb gyfieithydd.
preferences-culture-label = Diwylliant neu ffydd y mae'r eiriolwr yn ei ddeall (dewisol)
preferences-culture-hint = Er enghraifft, rhywun sy'n deall bywyd Mwslimaidd, Iddewig neu Sipsiwn a Theithwyr.
preferences-previous-label-you = Eiriolwr a gawsoch o'r blaen ac yr hoffech ei gael eto (dewisol)
preferences-previous-label-them = Eiriolwr a gawson nhw o'r blaen ac yr hoffen nhw ei gael eto (dewisol)
preferences-previous-hint = Eu henw, neu ble roedden nhw'n gweithio.

## People to involve and to keep out
preferences-people-heading-you = Pwy ddylem ni eu cynnwys?
preferences-people-heading-you-easy = Gyda phwy dylem ni siarad?
preferences-people-heading-them = Pwy ddylem ni eu cynnwys ar eu rhan?
preferences-people-heading-them-easy = Gyda phwy dylem ni siarad amdanyn nhw?
preferences-people-intro = Mae'r ddau gwestiwn yn ddewisol. Rydym yn cadw'r hyn rydych yn ei ddweud yn breifat.
preferences-people-intro-easy = Does dim rhaid i chi ateb. Rydym yn cadw'r hyn rydych yn ei ddweud yn breifat.
preferences-involve-label-you = Teulu neu ffrindiau yr hoffech eu cynnwys (dewisol)
preferences-involve-label-them = Teulu neu ffrindiau yr hoffen nhw eu cynnwys (dewisol)
preferences-involve-hint = Eu henwau, pwy ydyn nhw, a sut hoffech iddyn nhw fod yn rhan o bethau.
preferences-involve-hint-easy = Dywedwch wrthym eu henwau a phwy ydyn nhw. Dywedwch sut dylen nhw helpu.
preferences-do-not-involve-label = Unrhyw un na ddylem ei gynnwys na dweud wrtho (dewisol)
preferences-do-not-involve-hint = Fyddwn ni ddim yn cysylltu â nhw nac yn rhannu dim gyda nhw.

## Check your answers rows
profile-row-method-you = Sut i gysylltu â chi
profile-row-method-them = Sut i gysylltu â nhw
profile-row-method-change-you = sut i gysylltu â chi
profile-row-method-change-them = sut i gysylltu â nhw
profile-row-details-change-you = eich manylion cyswllt
profile-row-details-change-them = eu manylion cyswllt
profile-row-contact-details = Manylion cyswllt
profile-row-phone = Rhif ffôn
profile-row-email = Cyfeiriad e-bost
profile-row-address = Cyfeiriad
profile-row-meet = Ble i gyfarfod
profile-row-through = Drwy bwy i gysylltu
profile-row-message = Diogel gadael neges
profile-row-message-change = a yw'n ddiogel gadael neges
profile-row-not-sure = Ddim yn siŵr
profile-row-not-safe = Ffyrdd nad ydynt yn ddiogel
profile-row-not-safe-change = ffyrdd nad ydynt yn ddiogel
profile-row-safe-times-you = Amseroedd diogel i gysylltu â chi
profile-row-safe-times-them = Amseroedd diogel i gysylltu â nhw
profile-row-safe-times-change-you = amseroedd diogel i gysylltu â chi
profile-row-safe-times-change-them = amseroedd diogel i gysylltu â nhw
profile-row-codeword = Gair cod
profile-row-codeword-change = y gair cod
profile-row-given = Wedi'i roi
profile-row-none = Dim
profile-row-communication-you = Beth sy'n eich helpu i gyfathrebu
profile-row-communication-them = Beth sy'n eu helpu i gyfathrebu
profile-row-communication-change-you = beth sy'n eich helpu i gyfathrebu
profile-row-communication-change-them = beth sy'n eu helpu i gyfathrebu
profile-row-nothing-given = Dim wedi'i roi
profile-row-need-language = Iaith: { $language }
profile-row-need-interpreter = Angen cyfieithydd
profile-row-need-bsl = Iaith Arwyddion Prydain neu iaith arwyddion arall
profile-row-need-easy-read = Hawdd ei Ddeall
profile-row-need-large-print = Print bras
profile-row-need-braille = Braille
profile-row-need-audio = Sain
profile-row-need-reading-help = Help gyda darllen a ffurflenni
profile-row-need-other = Arall: { $other }
profile-row-advocate = Yr eiriolwr
profile-row-advocate-change = beth sydd ei eisiau mewn eiriolwr
profile-row-advocate-gender = Rhywedd yr eiriolwr: { $answer }
profile-row-advocate-language = Iaith yr eiriolwr: { $answer }
profile-row-advocate-culture = Diwylliant neu ffydd: { $answer }
profile-row-advocate-previous = Eiriolwr a gawsant o'r blaen: { $answer }
profile-row-people = Teulu a ffrindiau
profile-row-people-change = pwy i'w cynnwys
profile-row-involve = Cynnwys: { $answer }
profile-row-do-not-involve = Peidio â chynnwys: { $answer }
profile-row-equality = Cwestiynau cydraddoldeb (dewisol)
profile-row-equality-change-you = eich atebion i'r cwestiynau cydraddoldeb
profile-row-equality-change-them = eu hatebion i'r cwestiynau cydraddoldeb
profile-row-equality-one = Wedi ateb 1 cwestiwn
profile-row-equality-many = Wedi ateb { $count } cwestiwn
profile-row-equality-skipped = Wedi hepgor
