# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: probleme semnalate împreună de grupurile de autoreprezentare

layout-issues = Probleme semnalate de grupuri

## Lista problemelor
issues-heading = Probleme semnalate de grupuri
issues-intro = Grupurile de autoreprezentare semnalează probleme care afectează multe persoane. Astfel, oamenii care pot schimba lucrurile răspund în public. Puteți citi fiecare problemă, puteți vedea în ce stadiu este și puteți spune dacă vi se întâmplă și dumneavoastră.
issues-register-link = Înregistrați-vă grupul
issues-sign-in-link = Membrii grupurilor se autentifică aici
issues-loading = Se încarcă problemele…
issues-none = Niciun grup nu a semnalat încă o problemă.
issues-by = Semnalată de { $group }
issues-counts = Alte grupuri care o susțin: { $supports } · Persoane care spun că li se întâmplă și lor: { $me_too }
issues-page-status = Pagina { $page } din { $pages }
issues-pages = Paginile cu probleme
issues-previous = Probleme mai noi
issues-next = Probleme mai vechi

## O problemă
issue-untitled = O problemă fără titlu deocamdată
issue-raised-by = Semnalată de
issue-for = Pentru cine este
issue-status = În ce stadiu este
issue-raised-on = Semnalată pe
issue-agreeing = Membrii grupului care sunt de acord
issue-members-agreeing = Membri care sunt de acord: { $count }
issue-happening-heading = Ce se întâmplă
issue-affects-heading = Pe cine afectează
issue-change-heading = Schimbarea pe care o vrea grupul
issue-easy-read-heading = În format ușor de citit
issue-history-heading = Ce s-a întâmplat până acum
issue-response-plain = Citiți tot răspunsul
issue-response-easy-read = Citiți acest răspuns în format ușor de citit
issue-supports-heading = Cine susține această problemă
issue-no-supports = Niciun alt grup nu și-a dat încă sprijinul.
issue-me-too-count = Persoane care spun că li se întâmplă și lor: { $count }.
issue-me-too-heading = Vi se întâmplă și dumneavoastră?
issue-me-too-hint = Apăsați butonul și vă vom număra. Nu vă întrebăm cine sunteți și nu păstrăm nimic despre dumneavoastră.
issue-me-too = Mi se întâmplă și mie
issue-me-too-sending = Vă numărăm…
issue-me-too-thanks = Vă mulțumim. V-am numărat. Persoane care spun acum că li se întâmplă și lor: { $count }.

## Pentru cine este o problemă
issue-for-commissioner = Finanțatorul de la consiliul local
issue-for-safeguarding-board = Consiliul pentru protecția adulților (Safeguarding Adults Board)
issue-for-provider-board = Conducerea organizației de advocacy
issue-for-partnership-board = Un consiliu de parteneriat (partnership board)
issue-for-healthwatch = Healthwatch

## În ce stadiu este o problemă
issue-status-draft = Ciornă, nesemnalată încă
issue-status-received = Primită
issue-status-being-looked-at = Se analizează
issue-status-response-given = Răspuns dat
issue-status-change-agreed = Schimbare convenită
issue-status-change-made = Schimbare făcută
issue-status-closed = Închisă

## Înregistrarea unui grup
group-register-heading = Înregistrați-vă grupul de autoreprezentare
group-register-intro = Spuneți-ne despre grupul dumneavoastră. O organizație de advocacy vă va contacta ca să verifice dacă grupul este real, de obicei în câteva zile lucrătoare. Apoi grupul se poate autentifica, poate scrie împreună despre probleme și le poate semnala ca toată lumea să le vadă.
group-register-name = Numele grupului
group-register-area = În zona cărui consiliu local este grupul dumneavoastră?
group-register-area-hint = De exemplu, Cardiff sau Leeds. Așa află cei cărora le semnalați probleme unde este grupul dumneavoastră.
group-register-members = Câți membri are grupul dumneavoastră?
group-register-contact-heading = Persoana de contact a grupului
group-register-contact-intro = Aceasta este persoana cu care vorbește organizația despre grup. După ce grupul este verificat, ea se autentifică prima și îi poate adăuga pe ceilalți membri.
group-register-contact-name = Numele persoanei de contact
group-register-contact-email = Adresa de e-mail a persoanei de contact
group-register-send = Înregistrați grupul
group-register-sending = Vă înregistrăm grupul…
group-registered-heading = Grupul dumneavoastră este înregistrat
group-registered-body = Grupul { $name } este înregistrat.
group-registered-next = O organizație de advocacy va lua legătura cu persoana de contact a grupului ca să verifice grupul. Apoi îi va da persoanei de contact o parolă de unică folosință pentru autentificare.
group-registered-issues = Citiți problemele semnalate de alte grupuri
