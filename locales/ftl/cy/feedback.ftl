# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: adborth dienw

layout-feedback = Rhoi adborth
track-feedback-link = Dywedwch wrthym beth rydych chi'n ei feddwl am eiriolaeth

feedback-who-legend = Pwy sy'n rhoi adborth?
feedback-who-hint = Does dim rhaid i chi roi eich enw. Dydyn ni'n cadw dim sy'n dweud pwy ydych chi na pha ffôn neu gyfrifiadur a ddefnyddioch chi.
feedback-who-hint-easy = Does dim rhaid i chi ddweud eich enw. Dydyn ni ddim yn cadw dim sy'n dweud pwy ydych chi.
feedback-who-had-advocate = Roedd gen i eiriolwr
feedback-who-carer = Rwy'n ofalwr, yn aelod o'r teulu neu'n ffrind i rywun oedd ag eiriolwr
feedback-who-referrer = Fe wnes i atgyfeirio rhywun fel gweithiwr proffesiynol
feedback-who-not-eligible = Cefais wybod na allwn i gael eiriolwr
feedback-who-missing = Dewiswch pwy sy'n rhoi adborth
feedback-replies-link = Mae gen i dderbynneb: darllen atebion i fy adborth

feedback-questions-heading = Sut oedd eiriolaeth i chi?
feedback-questions-heading-carer = Sut oedd eiriolaeth i chi, fel gofalwr, aelod o'r teulu neu ffrind?
feedback-questions-heading-referrer = Sut oedd atgyfeirio atom ni?
feedback-questions-heading-not-eligible = Sut cawsoch chi wybod?
feedback-questions-hint = Dewiswch yr wyneb sy'n gweddu orau i bob un. Gallwch chi hepgor unrhyw un ohonyn nhw.

feedback-q-information = Cefais y wybodaeth roedd ei hangen arnaf, pan oedd ei hangen arnaf
feedback-q-take-part = Roeddwn i'n deall mwy, ac yn gallu cymryd rhan mewn penderfyniadau amdanaf i
feedback-q-heard = Cefais fy holi beth roeddwn i eisiau, ac roeddwn i'n teimlo bod pobl yn gwrando
feedback-q-outcome = Helpodd eiriolaeth fi i gael yr hyn roeddwn i eisiau iddo ddigwydd
feedback-q-challenge = Roeddwn i'n teimlo'n gallu cwestiynu penderfyniadau nad oeddwn i'n cytuno â nhw
feedback-q-safer = Rwy'n teimlo'n fwy diogel nawr
feedback-q-private = Cafodd fy ngwybodaeth ei chadw'n breifat, a'i rhannu dim ond pan oedd rhaid
feedback-q-roles = Roeddwn i'n gwybod pwy oedd pawb a beth oedden nhw yno i'w wneud
feedback-q-proportionate = Dim ond cymaint ag oedd ei angen arnaf y cymerodd pobl ran
feedback-q-easy-to-refer = Roedd gwneud yr atgyfeiriad yn hawdd
feedback-q-kept-informed = Cefais wybod beth ddigwyddodd i'r atgyfeiriad
feedback-q-quick-enough = Daeth yr ateb yn ddigon cyflym i'r person
feedback-q-decision-explained = Cefais wybod yn glir pam
feedback-q-other-help = Cefais wybod ble arall y gallwn i gael help
feedback-q-could-challenge = Roeddwn i'n gwybod sut i gwestiynu'r penderfyniad

feedback-agree-1 = Na, ddim o gwbl
feedback-agree-2 = Ddim mewn gwirionedd
feedback-agree-3 = Ddim yn siŵr
feedback-agree-4 = Gan amlaf
feedback-agree-5 = Ydw, yn llwyr
feedback-feel-1 = Anhapus iawn
feedback-feel-2 = Anhapus
feedback-feel-3 = Ddim yn siŵr
feedback-feel-4 = Hapus
feedback-feel-5 = Hapus iawn
feedback-skip = Hepgor y cwestiwn hwn

feedback-words-heading = Unrhyw beth arall?
feedback-overall = At ei gilydd, sut ydych chi'n teimlo amdano?
feedback-comments-label = Yn eich geiriau eich hun (dewisol)
feedback-comments-hint = Beth aeth yn dda, beth allai fod yn well, neu unrhyw beth arall. I aros yn ddienw, peidiwch ag ysgrifennu eich enw nac enw neb arall.

feedback-reader-heading = Pwy ddylai ddarllen hwn?
feedback-reader-legend = Anfon fy adborth at
feedback-reader-provider = Y gwasanaeth eirioli
feedback-reader-provider-hint = Rheolwyr y tîm sy'n rhoi eiriolaeth. Dydy eiriolwyr ddim yn darllen adborth.
feedback-reader-commissioner = Y comisiynydd, yn lle'r gwasanaeth eirioli
feedback-reader-commissioner-hint = Tîm y cyngor neu'r GIG sy'n talu am eiriolaeth. Dim ond faint o bobl roddodd adborth y mae'r gwasanaeth eirioli yn ei weld, byth beth ysgrifennoch chi.
feedback-reader-commissioner-hint-easy = Y bobl sy'n talu am eiriolaeth. Fydd y gwasanaeth eirioli ddim yn gweld beth ysgrifennoch chi.
feedback-reader-missing = Dewiswch pwy ddylai ddarllen eich adborth
feedback-receipt-legend = Ydych chi eisiau derbynneb, er mwyn i chi allu darllen ateb?
feedback-receipt-hint = Chwe gair yw derbynneb. Cadwch nhw i ddod yn ôl, darllen unrhyw ateb a'i ateb. Heb un, all neb eich ateb chi.
feedback-receipt-hint-easy = Chwe gair yw derbynneb. Cadwch nhw. Defnyddiwch nhw i ddarllen ateb.
feedback-receipt-missing = Dewiswch a ydych chi eisiau derbynneb
feedback-reference-label = Cyfeirnod eich atgyfeiriad (dewisol)
feedback-reference-hint = Dim ond os ydych chi eisiau i'r tîm wybod am ba atgyfeiriad mae hyn. Yna byddan nhw'n gallu dweud mai chi oedd e.
feedback-send = Anfon adborth
feedback-sending = Wrthi'n anfon…

feedback-sent-heading = Diolch am eich adborth
feedback-sent-kept = Mae wedi cael ei anfon. Chafodd dim sy'n dweud pwy ydych chi ei gadw.
feedback-sent-receipt-heading = Eich derbynneb
feedback-sent-receipt-keep = Ysgrifennwch y geiriau hyn neu cadwch nhw rywle diogel. Fyddwch chi ddim yn eu gweld eto. Defnyddiwch nhw i ddarllen ateb a'i ateb.
feedback-sent-no-receipt = Wnaethoch chi ddim gofyn am dderbynneb, felly all neb eich ateb chi.

feedback-replies-heading = Darllen atebion i'ch adborth
feedback-receipt-label = Y geiriau ar eich derbynneb
feedback-receipt-words-hint = Chwe gair. Does dim ots am briflythrennau, bylchau ac atalnodi.
feedback-read-replies = Darllen atebion
feedback-given-on = Rhoesoch chi'r adborth hwn ar { $date }.
feedback-no-replies = Does dim ateb eto. Dewch yn ôl yn nes ymlaen.
feedback-from-you = Chi
feedback-from-provider = Y gwasanaeth eirioli
feedback-from-commissioner = Y comisiynydd
feedback-answer-label = Eich ateb
feedback-answer-hint = I aros yn ddienw, peidiwch ag ysgrifennu eich enw nac enw neb arall.
feedback-answer-send = Anfon ateb

# The printed card
feedback-card-heading = Dywedwch wrthym beth rydych chi'n ei feddwl am eiriolaeth
feedback-card-anonymous = Mae'n cymryd ychydig funudau. Does dim rhaid i chi roi eich enw, a fydd y gwasanaeth eirioli ddim yn gwybod mai chi oedd e.
feedback-card-scan = Pwyntiwch gamera eich ffôn at y sgwâr i agor y ffurflen, neu teipiwch y cyfeiriad hwn:
feedback-card-qr = Cod i'w sganio gyda chamera ffôn: mae'n agor y ffurflen adborth
feedback-sent-linked = Mae wedi cael ei anfon. Fe wnaethoch chi gysylltu eich atgyfeiriad, felly gall y tîm ddweud mai chi oedd e.
feedback-conversation-heading = Eich adborth a'r atebion
