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
group-register-intro = Ar ôl i'ch grŵp gofrestru, gall ei aelodau ysgrifennu materion gyda'i gilydd. Mae darparwr eiriolaeth yn gwirio bod eich grŵp yn un go iawn cyn i bawb allu gweld eich materion. Mae hyn fel arfer yn cymryd ychydig o ddiwrnodau gwaith.
group-register-name = Enw eich grŵp
group-register-area = Ym mha ardal cyngor mae eich grŵp?
group-register-area-hint = Er enghraifft, Caerdydd neu Leeds. Mae hyn yn dweud wrthon ni at ba gomisiynydd y bydd eich materion yn mynd.
group-register-members = Faint o aelodau sydd gan eich grŵp?
group-register-contact-heading = Cyswllt y grŵp
group-register-contact-intro = Dyma'r person rydyn ni'n siarad â nhw am y grŵp. Nhw fydd yn mewngofnodi gyntaf, a gallan nhw ychwanegu'r aelodau eraill.
group-register-contact-name = Enw'r cyswllt
group-register-contact-email = Cyfeiriad e-bost y cyswllt
group-register-password = Dewiswch gyfrinair i'r cyswllt
group-register-password-hint = O leiaf 12 nod. Mae ychydig o eiriau sy'n hawdd eu cofio yn dda.
group-register-send = Cofrestru'r grŵp
group-register-sending = Wrthi'n cofrestru eich grŵp…
group-registered-heading = Mae eich grŵp wedi cofrestru
group-registered-body = Mae { $name } wedi cofrestru.
group-registered-next = Gallwch chi fewngofnodi nawr a dechrau ysgrifennu materion gyda'ch grŵp. Gallwch chi eu codi ar ôl i ddarparwr eiriolaeth wirio eich grŵp.
group-registered-sign-in = Mewngofnodi
