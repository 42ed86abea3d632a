# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: common

app-name = SpeakUp
answer-yes = Ie
answer-no = Na
answer-unknown = Dydw i ddim yn gwybod
choice-or = neu
error-prefix = Gwall:
layout-skip-link = Neidio i'r prif gynnwys
layout-support-links = Dolenni cymorth
layout-home = Hafan SpeakUp
layout-track = Dilyn atgyfeiriad
layout-staff-sign-in = Mewngofnodi staff
layout-footer-about = Mae SpeakUp yn eich helpu i gael eiriolwr annibynnol: rhywun ar eich ochr chi sy'n eich helpu i ddweud beth rydych ei eisiau a chael eich hawliau.
