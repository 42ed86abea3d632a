# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: errors

error-check-answer = Verificați acest răspuns
error-too-long = Folosiți cel mult { $max } de caractere
error-markup = Eliminați caracterele < și >
error-control-one-line = Folosiți doar litere, cifre și semne de punctuație, pe un singur rând
error-invisible = Aici există un caracter ascuns, de exemplu de la copiere și lipire. Scrieți din nou chiar dumneavoastră
error-control = Folosiți doar litere, cifre și semne de punctuație
error-phone-invalid = Introduceți un număr de telefon, de exemplu 07700 900 982 sau +44 7700 900982
error-email-invalid = Introduceți o adresă de e-mail, de exemplu name@example.com

error-help-with-required = Alegeți o imagine sau spuneți-ne cu cuvintele dumneavoastră cu ce ați dori ajutor
error-name-required = Spuneți-ne cum doriți să vă spunem
error-age-range = Introduceți o vârstă între 0 și 120

error-contact-phone-required = Introduceți un număr de telefon ca să vă putem contacta
error-contact-email-required = Introduceți o adresă de e-mail ca să vă putem contacta
error-contact-place-required = Spuneți-ne unde ne putem întâlni
error-contact-address-required = Introduceți o adresă ca să vă putem scrie
error-contact-method-not-safe = Ați spus că modul ales pentru a vă contacta nu este sigur. Debifați-l sau întoarceți-vă și alegeți alt mod
error-named-person-name-required = Spuneți-ne numele persoanei pe care trebuie să o contactăm
error-named-person-phone-or-email = Dați un număr de telefon sau o adresă de e-mail a acestei persoane
error-interpreter-language-required = Spuneți-ne ce limbă trebuie să vorbească interpretul

error-referrer-name-required = Spuneți-ne numele dumneavoastră
error-person-called-required = Spuneți-ne cum îi place persoanei să i se spună
error-on-behalf-help-with-required = Alegeți o imagine sau spuneți-ne cu cuvintele dumneavoastră cu ce are nevoie de ajutor persoana
error-best-interests-required = Spuneți-ne de ce un avocat ar fi în interesul superior al persoanei
error-person-contact-required = Spuneți-ne cum putem contacta persoana sau alegeți să o contactăm prin dumneavoastră

error-professional-name-required = Introduceți numele dumneavoastră
error-organisation-required = Introduceți organizația dumneavoastră
error-job-role-required = Introduceți funcția sau rolul dumneavoastră
error-work-email-required = Introduceți adresa de e-mail de serviciu
error-person-name-required = Introduceți numele persoanei
error-professional-help-with-required = Spuneți-ne de ce persoana are nevoie de un avocat
error-existing-advocate-required = Spuneți-ne cine este avocatul și unde lucrează
error-safeguarding-concern-required = Descrieți îngrijorarea privind protecția persoanei (safeguarding)
error-difficulty-evidence-required = Dați dovezile pentru această dificultate
error-too-many-deadlines = Dați cele mai importante 10 întâlniri și termene
error-deadline-what-required = Spuneți ce este întâlnirea sau termenul
error-candidates-one-each = Descrieți fiecare persoană care o poate sprijini, câte o descriere pentru fiecare
error-candidate-description-required = Spuneți cine este această persoană

error-track-reference-required = Introduceți referința, de exemplu SU-4K7P-M2QX
error-track-code-required = Introduceți codul de urmărire
error-lost-code-contact-required = Introduceți numărul de telefon sau adresa de e-mail pe care ni le-ați dat


error-answer-missing = Acest răspuns lipsește
error-unknown-question = Aceasta nu este o întrebare pe care o punem
error-answer-malformed = Acest răspuns nu are forma pe care o așteptam ({ $detail })

error-sign-in-email-required = Introduceți adresa de e-mail
error-sign-in-password-required = Introduceți parola
error-current-password-required = Introduceți parola actuală
error-current-password-wrong = Parola actuală nu este corectă
error-new-password-too-short = Parola nouă trebuie să aibă cel puțin 12 caractere
error-new-password-same = Alegeți o parolă diferită de cea actuală
error-first-password-too-short = Prima parolă trebuie să aibă cel puțin 12 caractere
error-staff-name-required = Introduceți numele persoanei
error-email-taken = Există deja un cont cu această adresă de e-mail

error-decline-reason-required = Spuneți-i persoanei de ce nu putem prelua această trimitere
error-merge-same-referral = Alegeți o altă trimitere cu care să o uniți pe aceasta
error-merge-not-found = Nu am găsit acea trimitere
error-merge-target-merged = Acea trimitere a fost deja unită cu alta; alegeți-o pe aceea
error-mha-section = Scrieți secțiunea ca număr, de exemplu 2, 3 sau 37, sau lăsați câmpul gol

## Problems the server reports
error-problem-answers = Există o problemă cu răspunsurile dumneavoastră
error-too-much = Ce ați trimis este prea lung. Scurtați răspunsurile și încercați din nou
error-unavailable = SpeakUp nu este disponibil acum. Nimic din ce ați trimis nu s-a pierdut; încercați din nou peste câteva minute
error-busy = Multe persoane folosesc SpeakUp chiar acum. Nimic din ce ați scris nu s-a pierdut: încercați din nou peste puțin timp
error-proof-needed = Dispozitivul dumneavoastră trebuie să trimită din nou. Nimic din ce ați scris nu s-a pierdut: apăsați Trimiteți încă o dată
error-internal = Ceva nu a funcționat la noi. Nimic din ce ați trimis nu s-a pierdut; încercați din nou peste câteva minute
error-sign-in-wrong = Adresa de e-mail sau parola nu este corectă
error-sign-in-needed = Autentificați-vă pentru a continua
error-role-not-allowed = Rolul dumneavoastră nu permite acest lucru
error-choose-new-password = Alegeți o parolă nouă înainte de a continua
error-set-up-second-factor = Configurați autentificarea în doi pași înainte de a continua
error-second-factor-code-required = Introduceți codul din aplicația de autentificare sau un cod de recuperare
error-second-factor-wrong = Codul nu este corect sau a fost deja folosit. Încercați codul pe care îl arată acum aplicația
error-second-factor-already-on = Autentificarea în doi pași este deja activă pentru acest cont
error-second-factor-no-setup = Începeți din nou configurarea autentificării în doi pași
error-second-factor-required = Rolul dumneavoastră cere autentificarea în doi pași, deci nu poate fi dezactivată
error-sign-in-again = Autentificarea a durat prea mult sau au fost prea multe coduri greșite. Introduceți din nou e-mailul și parola
error-page-expired = Această pagină a expirat. Reîncărcați-o și încercați din nou
error-page-not-found = Nu am găsit această pagină
error-nothing-here = Nu există nimic la această adresă
error-soon-what-required = Spuneți-ne ce se întâmplă în curând
error-not-tracked = Nu am găsit o trimitere cu această referință și acest cod de urmărire. Literele mari, spațiile și semnele de punctuație nu contează. Verificați-le pe amândouă cu chitanța și încercați din nou
error-no-meeting-to-move = Nu există nicio întâlnire programată care să poată fi mutată. Dacă trebuie să vorbiți cu avocatul dumneavoastră, sunați-ne
error-not-tracked-one-try-left = Nu am găsit o trimitere cu această referință și acest cod de urmărire. Mai puteți încerca o dată cu această referință, apoi va trebui să așteptați puțin
error-referral-not-found = Nu am găsit această trimitere
error-already-decided = Cineva a decis deja asupra acestei trimiteri. Reîncărcați pagina pentru a vedea decizia
error-already-merged = Această trimitere a fost deja unită cu alta. Reîncărcați pagina pentru a vedea cu care
error-key-reused = Acest Idempotency-Key a fost deja folosit pentru o altă trimitere. Trimiteți răspunsurile noi cu o cheie nouă
error-too-many-sign-ins = Prea multe încercări de autentificare pentru acest cont
error-too-many-tries = Ați încercat această referință de prea multe ori
error-too-many-new-codes = Ați cerut deja un cod nou de câteva ori
error-try-again-minute = Încercați din nou peste un minut.
error-try-again-minutes = Încercați din nou peste { $minutes } minute.

# Feedback
error-feedback-empty = Răspundeți la cel puțin o întrebare sau scrieți ceva în căsuță
error-feedback-not-asked = Unele răspunsuri sunt pentru întrebări pe care acest formular nu le pune. Întoarceți-vă la începutul formularului și încercați din nou
error-feedback-reference = Scrieți referința așa cum apare pe chitanță, de exemplu SU-4K7P-M2QX, sau lăsați căsuța goală
error-receipt-required = Scrieți cuvintele de pe chitanța pentru părerea dumneavoastră
error-receipt-not-found = Nu am găsit o părere cu aceste cuvinte. Literele mari, spațiile și semnele de punctuație nu contează. Verificați-le cu chitanța și încercați din nou
error-message-required = Scrieți mesajul

# Groups and collective issues
error-group-name-required = Introduceți numele grupului
error-group-area-required = Introduceți zona consiliului local în care este grupul
error-group-contact-required = Introduceți numele persoanei de contact
error-group-members = Scrieți câți membri are grupul, ca număr, de exemplu 12
error-contact-email-taken = Adresa de e-mail a persoanei de contact a grupului are deja un cont SpeakUp, așa că grupul nu a fost verificat. Rugați grupul să se înregistreze din nou cu altă adresă
error-too-many-members = Grupul dumneavoastră a adăugat mulți membri în ultima oră. Încercați din nou mai târziu
error-group-not-found = Nu am găsit acest grup
error-group-role = Membrii unui grup sunt adăugați de grupul lor, nu pe pagina conturilor de personal
error-group-not-verified = Grupul dumneavoastră poate face asta după ce o organizație de advocacy îl verifică
error-issue-title-required = Dați problemei un titlu scurt
error-issue-happening-required = Spuneți ce se întâmplă
error-issue-affects-required = Spuneți pe cine afectează
error-issue-members = Scrieți câți membri sunt de acord, ca număr, de exemplu 12
error-issue-change-required = Spuneți ce schimbare vrea grupul
error-issue-addressee-required = Alegeți pentru cine este problema
error-issue-easy-read-required = Scrieți problema în format ușor de citit: propoziții scurte, cu cuvinte de zi cu zi
error-issue-pictures = Alegeți cel mult 3 imagini, fiecare o singură dată
error-issue-not-found = Nu am găsit această problemă
error-issue-already-raised = Această problemă a fost deja semnalată, așa că textul ei nu se mai poate schimba
error-issue-closed = Această problemă este închisă
error-issue-moved = Altcineva a schimbat această problemă în același moment. Reîncărcați pagina ca să o vedeți așa cum este acum, apoi încercați din nou
error-not-addressee = Doar persoanele cărora le este adresată problema îi pot răspunde
error-response-status = Alegeți în ce stadiu este problema
error-response-plain-required = Scrieți răspunsul în cuvinte simple
error-response-easy-read-required = Scrieți răspunsul și în format ușor de citit
error-support-line-required = Scrieți un rând despre motivul pentru care grupul dumneavoastră susține această problemă
error-support-own-issue = Grupul dumneavoastră a semnalat această problemă, așa că nu își poate da sprijinul pentru ea
error-support-given = Grupul dumneavoastră susține deja această problemă
error-outcome-not-found = Unul dintre lucrurile pe care le doreați nu mai este în trimiterea dumneavoastră. Căutați din nou trimiterea ca să vedeți ce conține acum
error-outcomes-not-open = Ne puteți spune cum a mers atunci când avocatul dumneavoastră încheie lucrul cu dumneavoastră. Acest moment nu a venit încă sau a trecut deja
error-ratings-required = Răspundeți la cel puțin una dintre întrebări
error-ratings-too-many = Sunt prea multe răspunsuri de trimis deodată
error-rating-comment-long = Despre fiecare lucru puteți scrie cel mult 2.000 de caractere. Scurtați textul
