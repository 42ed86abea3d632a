# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: public

who-legend = Pwy sydd angen eiriolwr?
who-hint = Gallwch ofyn drosoch eich hun, neu dros rywun rydych yn ei adnabod.
who-me = Fi
who-carer = Fi, oherwydd fy mod yn gofalu am rywun (gofalwr)
who-carer-hint = Er enghraifft, rydych eisiau help gydag asesiad gofalwr neu gyda chymorth i chi'ch hun fel gofalwr.
who-someone-else = Rhywun arall – fi yw eu gofalwr, aelod o'u teulu neu ffrind
who-someone-else-hint = Byddwn yn gofyn i chi amdanyn nhw, ac a ydyn nhw'n gwybod eich bod yn gofyn.
who-professional = Rhywun rwy'n gweithio gyda nhw – rwy'n eu hatgyfeirio fel gweithiwr proffesiynol
who-professional-hint = Er enghraifft gweithiwr cymdeithasol, nyrs, staff ward neu gartref gofal, meddyg teulu neu swyddog heddlu.
who-missing = Dewiswch pwy sydd angen eiriolwr
