# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: common

app-name = SpeakUp
answer-yes = Da
answer-no = Nu
answer-unknown = Nu știu
choice-or = sau
error-prefix = Eroare:
layout-skip-link = Salt la conținutul principal
layout-support-links = Linkuri utile
layout-home = Pagina principală SpeakUp
layout-track = Urmăriți o trimitere
layout-staff-sign-in = Autentificare personal
layout-footer-about = SpeakUp vă ajută să obțineți un avocat independent: cineva de partea dumneavoastră, care vă ajută să spuneți ce doriți și să vă obțineți drepturile.
