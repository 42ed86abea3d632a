# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: materion mae grwpiau hunan-eiriolaeth yn eu codi gyda'i gilydd

layout-issues = Materion mae grwpiau wedi'u codi

## Y rhestr o faterion
issues-heading = Materion mae grwpiau wedi'u codi
issues-intro = Mae grwpiau hunan-eiriolaeth yn codi problemau sy'n effeithio ar lawer o bobl, er mwyn i'r bobl sy'n gallu newid pethau ateb yn gyhoeddus. Gallwch chi ddarllen pob mater, gweld ble mae wedi cyrraedd, a dweud os yw'n digwydd i chi hefyd.
issues-register-link = Cofrestrwch eich grŵp
issues-sign-in-link = Aelodau grŵp: mewngofnodwch yma
issues-loading = Wrthi'n nôl y materion…
issues-none = Does dim un grŵp wedi codi mater eto.
issues-by = Wedi'i godi gan { $group }
issues-counts = Grwpiau eraill sy'n cefnogi: { $supports } · Pobl sy'n dweud bod hyn yn digwydd iddyn nhw hefyd: { $me_too }
issues-page-status = Tudalen { $page } o { $pages }
issues-pages = Tudalennau materion
issues-previous = Materion mwy newydd
issues-next = Materion hŷn

## Un mater
issue-untitled = Mater heb deitl eto
issue-raised-by = Wedi'i godi gan
issue-for = I bwy mae'r mater
issue-status = Ble mae wedi cyrraedd
issue-raised-on = Wedi'i godi ar
issue-agreeing = Aelodau'r grŵp sy'n cytuno
issue-members-agreeing = Aelodau sy'n cytuno: { $count }
issue-happening-heading = Beth sy'n digwydd
issue-affects-heading = Pwy mae'n effeithio arnyn nhw
issue-change-heading = Y newid mae'r grŵp eisiau
issue-easy-read-heading = Fersiwn Hawdd ei Ddeall
issue-history-heading = Beth sydd wedi digwydd hyd yma
issue-response-plain = Darllenwch yr ateb hwn yn llawn
issue-response-easy-read = Darllenwch yr ateb hwn yn y fersiwn Hawdd ei Ddeall
issue-supports-heading = Pwy sy'n cefnogi hyn
issue-no-supports = Does dim un grŵp arall wedi rhoi ei gefnogaeth eto.
issue-me-too-count = Pobl sy'n dweud bod hyn yn digwydd iddyn nhw hefyd: { $count }.
issue-me-too-heading = Ydy hyn yn digwydd i chi?
issue-me-too-hint = Pwyswch y botwm i gael eich cyfrif. Dydyn ni ddim yn gofyn pwy ydych chi, a dydyn ni ddim yn cadw dim byd amdanoch chi.
issue-me-too = Mae hyn yn digwydd i fi hefyd
issue-me-too-sending = Wrthi'n eich cyfrif…
issue-me-too-thanks = Diolch. Rydych chi wedi cael eich cyfrif. Pobl sy'n dweud nawr bod hyn yn digwydd iddyn nhw hefyd: { $count }.

## I bwy mae mater
issue-for-commissioner = Comisiynydd y cyngor
issue-for-safeguarding-board = Y Bwrdd Diogelu Oedolion
issue-for-provider-board = Bwrdd y darparwr eiriolaeth
issue-for-partnership-board = Bwrdd partneriaeth
issue-for-healthwatch = Healthwatch

## Ble mae mater wedi cyrraedd
issue-status-draft = Drafft, heb ei godi eto
issue-status-received = Wedi dod i law
issue-status-being-looked-at = Yn cael ei ystyried
issue-status-response-given = Ateb wedi'i roi
issue-status-change-agreed = Newid wedi'i gytuno
issue-status-change-made = Newid wedi'i wneud
issue-status-closed = Wedi cau

## Grŵp yn cofrestru
group-register-heading = Cofrestrwch eich grŵp hunan-eiriolaeth
group-register-intro = Dywedwch wrthon ni am eich grŵp. Bydd darparwr eiriolaeth yn cysylltu i wirio bod eich grŵp yn un go iawn, fel arfer o fewn ychydig o ddiwrnodau gwaith. Wedyn gall eich grŵp fewngofnodi, ysgrifennu materion gyda'i gilydd a'u codi i bawb eu gweld.
group-register-name = Enw eich grŵp
group-register-area = Ym mha ardal cyngor mae eich grŵp?
group-register-area-hint = Er enghraifft, Caerdydd neu Leeds. Mae'n dweud wrth y bobl rydych chi'n codi materion gyda nhw ble mae eich grŵp.
group-register-members = Faint o aelodau sydd gan eich grŵp?
group-register-contact-heading = Cyswllt y grŵp
group-register-contact-intro = Dyma'r person mae'r darparwr yn siarad â nhw am y grŵp. Ar ôl i'r grŵp gael ei wirio, nhw fydd yn mewngofnodi gyntaf, a gallan nhw ychwanegu'r aelodau eraill.
group-register-contact-name = Enw'r cyswllt
group-register-contact-email = Cyfeiriad e-bost y cyswllt
group-register-send = Cofrestru'r grŵp
group-register-sending = Wrthi'n cofrestru eich grŵp…
group-registered-heading = Mae eich grŵp wedi cofrestru
group-registered-body = Mae { $name } wedi cofrestru.
group-registered-next = Bydd darparwr eiriolaeth yn cysylltu â chyswllt eich grŵp i wirio'r grŵp. Wedyn byddan nhw'n rhoi cyfrinair untro i'r cyswllt i fewngofnodi gydag ef.
group-registered-issues = Darllen y materion mae grwpiau eraill wedi'u codi
