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

## Cadrul paginii și paginile cu întrebări
page-title = { $heading } – SpeakUp
link-back = Înapoi
question-continue = Continuați
question-skip = Săriți peste aceste întrebări și verificați răspunsurile
exit-page = Ieșiți de pe această pagină
exit-page-hint = Ieșire rapidă. Sau apăsați de 3 ori Shift.
exit-page-hint-easy = Ieșiți repede de pe acest site. Sau apăsați de 3 ori tasta Shift.
exit-page-site = https://www.bbc.co.uk/weather
meta-description = Cereți un avocat independent gratuit și urmăriți-vă solicitarea fără cont.
app-loading = Se încarcă SpeakUp…
app-failed-heading = Ne pare rău, SpeakUp nu a putut porni
app-failed-text = Verificați conexiunea la internet și reîncărcați pagina. Dacă tot nu merge, încercați un browser mai nou.
noscript-heading = SpeakUp are nevoie de JavaScript
noscript-text = Activați JavaScript în setările browserului sau încercați alt browser pentru a cere un avocat sau a urmări o solicitare.
shared-device-heading = Folosiți un dispozitiv comun sau public?
shared-device-label = Nu păstrați răspunsurile mele pe acest dispozitiv
shared-device-on = Modul pentru dispozitiv comun este pornit. Nimic nu este salvat pe acest dispozitiv: răspunsurile se șterg când închideți sau reîncărcați această pagină.
shared-device-on-easy = Nu salvăm nimic pe acest dispozitiv. Răspunsurile dispar când închideți sau reîncărcați această pagină.
shared-device-off = Răspunsurile dumneavoastră sunt păstrate pe acest dispozitiv până le trimiteți, așa că vă puteți opri și reveni mai târziu.
shared-device-off-easy = Vă păstrăm răspunsurile pe acest dispozitiv până le trimiteți. Vă puteți opri și reveni mai târziu.
keep-on-exit-label = Păstrați răspunsurile mele dacă folosesc Ieșiți de pe această pagină
keep-on-exit-hint = Altfel, plecarea cu Ieșiți de pe această pagină șterge de pe acest dispozitiv răspunsurile pe care nu le-ați trimis încă.

## Liste la care adăugați elemente
repeating-item = { $item } { $number }
repeating-added = Adăugat: { $item } { $number }
repeating-removed = Eliminat: { $item } { $number }
repeating-remove = Eliminați
repeating-limit = Puteți adăuga cel mult { $max }.

## Când rețeaua sau serverul nu funcționează
api-network = Nu am putut ajunge la SpeakUp. Verificați dacă sunteți conectat(ă) la internet și încercați din nou.
api-network-easy = Nu ne-am putut conecta la SpeakUp. Verificați dacă internetul funcționează. Apoi încercați din nou.
api-unexpected = Ne pare rău, ceva nu a funcționat la noi. Vă rugăm să încercați din nou peste câteva minute.
api-unexpected-easy = Ne pare rău, ceva nu a mers bine la noi. Încercați din nou peste câteva minute.
api-unreadable = Ne pare rău, nu am putut citi răspunsul de la SpeakUp. Vă rugăm să încercați din nou.
api-unreadable-easy = Ne pare rău, ceva nu a mers bine. Încercați din nou.
error-summary-heading = Există o problemă
date-day = Ziua
date-month = Luna
date-year = Anul
delete-answers-button = Șterge răspunsurile mele
delete-answers-question = Ștergeți toate răspunsurile?
delete-answers-warning = Tot ce ați scris pentru această trimitere va fi șters acum de pe acest dispozitiv. Nu îl veți mai putea recupera.
delete-answers-warning-easy = Vom șterge tot ce ați scris. Nu îl veți mai putea recupera.
delete-answers-confirm = Da, șterge răspunsurile mele
delete-answers-keep = Nu, păstrează-le
delete-answers-done = Răspunsurile dumneavoastră au fost șterse de pe acest dispozitiv.
