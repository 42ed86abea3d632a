# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: profile

## Căi de contact
contact-way-phone = Apel telefonic
contact-way-text = Mesaj text (SMS)
contact-way-email = E-mail
contact-way-letter = Scrisoare
contact-way-in-person = În persoană
contact-way-named-person = Prin cineva în care am încredere

## Date de contact (-you: despre cititor, -them: despre persoana trimisă)
contact-phone-label-you = Care este numărul dumneavoastră de telefon?
contact-phone-label-them = Care este numărul de telefon al persoanei?
contact-mobile-label-you = Care este numărul dumneavoastră de telefon mobil?
contact-mobile-label-them = Care este numărul de telefon mobil al persoanei?
contact-phone-hint = De exemplu 07700 900 982. Îl vom folosi doar pentru această trimitere.
contact-phone-hint-easy = De exemplu 07700 900 982. Îl folosim doar pentru această cerere de ajutor.
contact-email-label-you = Care este adresa dumneavoastră de e-mail?
contact-email-label-them = Care este adresa de e-mail a persoanei?
contact-email-hint = O vom folosi doar pentru această trimitere.
contact-email-hint-easy = O folosim doar pentru această cerere de ajutor.
contact-address-label-you = Care este adresa dumneavoastră?
contact-address-label-them = Care este adresa persoanei?
contact-address-hint = Includeți codul poștal.
contact-meet-label-you = Unde ne putem întâlni cu dumneavoastră?
contact-meet-label-them = Unde ne putem întâlni cu persoana?
contact-meet-hint = De exemplu o adresă de acasă, o secție și un spital sau un loc în care persoana se simte în siguranță. Spuneți dacă ar trebui să organizeze cineva întâlnirea.
contact-meet-hint-easy = De exemplu acasă, o secție de spital sau un loc sigur. Spuneți-ne dacă trebuie să organizeze cineva.

## Contact prin cineva de încredere
contact-through-heading-you = Prin cine să vă contactăm?
contact-through-heading-them = Prin cine să contactăm persoana?
contact-through-body-you = Vă vom contacta doar prin această persoană.
contact-through-body-them = Vom contacta persoana doar prin această persoană de încredere.
contact-through-name = Numele acestei persoane
contact-through-relationship-you = Cine este pentru dumneavoastră? (opțional)
contact-through-relationship-them = Cine este pentru persoana trimisă? (opțional)
contact-through-relationship-hint = De exemplu soră, prieten sau lucrător de sprijin.
contact-through-phone = Numărul ei de telefon
contact-through-phone-hint = Dați un număr de telefon, o adresă de e-mail sau pe amândouă.
contact-through-email = Adresa ei de e-mail (opțional dacă ați dat un număr de telefon)

## Contact în siguranță
contact-safety-heading-you = Un contact sigur pentru dumneavoastră
contact-safety-heading-them = Un contact sigur pentru persoană
contact-safety-intro = Unele persoane locuiesc cu cineva care le verifică telefonul sau corespondența. Spuneți-ne orice ar trebui să știm.
contact-safety-intro-easy = Cineva de acasă poate să se uite la telefon sau la scrisori. Spuneți-ne ce ar trebui să știm.
contact-message-legend-you = Este sigur să vă lăsăm un mesaj?
contact-message-legend-them = Este sigur să îi lăsăm persoanei un mesaj?
contact-message-hint = De exemplu un mesaj vocal, un SMS pe care l-ar putea citi altcineva sau o scrisoare pe care ar putea-o deschide altcineva.
contact-message-hint-easy = Un mesaj poate fi un mesaj vocal, un SMS sau o scrisoare. Altcineva l-ar putea vedea.
contact-message-yes = Da, puteți lăsa un mesaj
contact-message-no = Nu, nu lăsați niciun mesaj
contact-message-unknown = Nu sunt sigur(ă)
contact-not-safe-legend = Există modalități dintre acestea care nu sunt deloc sigure?
contact-not-safe-hint = Bifați-le pe cele pe care nu trebuie să le folosim niciodată. Lăsați-le nebifate dacă toate sunt sigure.
contact-not-safe-hint-easy = Bifați căile pe care nu trebuie să le folosim niciodată. Dacă toate sunt sigure, nu bifați nimic.
contact-safe-times-label-you = Când este sigur să vă contactăm? (opțional)
contact-safe-times-label-them = Când este sigur să contactăm persoana? (opțional)
contact-safe-times-hint = De exemplu: dimineața în zilele lucrătoare sau nu atunci când altcineva este acasă.
contact-codeword-label = Un cuvânt de recunoaștere (opțional)
contact-codeword-hint-you = Un cuvânt pe care îl vom spune, ca să știți că suntem într-adevăr noi. Nu folosiți o parolă.
contact-codeword-hint-you-easy = Vom spune acest cuvânt. Așa știți că suntem chiar noi. Nu folosiți o parolă.
contact-codeword-hint-them = Un cuvânt pe care îl vom spune, ca persoana să știe că suntem într-adevăr noi. Nu folosiți o parolă.
contact-codeword-hint-them-easy = Vom spune acest cuvânt. Așa persoana știe că suntem chiar noi. Nu folosiți o parolă.

## Nevoi de comunicare
communication-heading-you = Cum vă putem ușura comunicarea cu noi?
communication-heading-them = Cum putem ușura comunicarea cu persoana?
communication-intro-you = Vom folosi ce ne spuneți de fiecare dată când vă contactăm. Toate acestea sunt opționale.
communication-intro-you-easy = Vom face așa de fiecare dată când vă contactăm. Nu trebuie să răspundeți.
communication-intro-them = Avocatul va folosi ce ne spuneți când se întâlnește cu persoana sau o contactează. Toate acestea sunt opționale.
communication-intro-them-easy = Avocatul va folosi asta când se întâlnește cu persoana sau o contactează. Nu trebuie să răspundeți.
communication-legend-you = V-ar ajuta ceva din acestea?
communication-legend-them = Ar ajuta-o pe persoană ceva din acestea?
communication-tick-hint = Bifați tot ce ajută.
communication-interpreter = Un interpret
communication-bsl = Limbajul semnelor britanic (BSL) sau alt limbaj al semnelor
communication-easy-read = Ușor de citit (propoziții scurte cu imagini)
communication-large-print = Scris cu litere mari
communication-braille = Braille
communication-audio-you = Audio sau cineva care să-mi citească cu voce tare
communication-audio-them = Audio sau cineva care să-i citească cu voce tare
communication-reading-help-you = Ajutor la citirea scrisorilor și completarea formularelor
communication-reading-help-them = Ajutor pentru ea la citirea scrisorilor și completarea formularelor
communication-language-you = Ce limbă doriți să folosim? (opțional)
communication-language-them = Ce limbă ar trebui să folosim cu persoana? (opțional)
communication-language-hint-you = Dacă aveți nevoie de un interpret, spuneți-ne ce limbă ar trebui să vorbească.
communication-language-hint-you-easy = Aveți nevoie de un interpret? Spuneți-ne ce limbă trebuie să vorbească.
communication-language-hint-them = Dacă persoana are nevoie de un interpret, spuneți-ne ce limbă ar trebui să vorbească interpretul.
communication-language-hint-them-easy = Are nevoie de un interpret? Spuneți-ne ce limbă trebuie să vorbească interpretul.
communication-other-you = Mai este ceva care v-ar ajuta? (opțional)
communication-other-them = Mai este ceva care ar ajuta-o? (opțional)
communication-other-hint-you = De exemplu: vă rog să vorbiți rar sau aș vrea să fie cineva cu mine.
communication-other-hint-them = De exemplu: să vorbim rar, să ne întâlnim într-un loc cunoscut sau să fie cu cineva în care are încredere.
communication-other-hint-them-easy = De exemplu: vorbiți rar. Întâlniți-vă într-un loc cunoscut. Să fie cu cineva de încredere.

## Ce și-ar dori de la un avocat
preferences-advocate-heading-you = Ce v-ați dori de la un avocat?
preferences-advocate-heading-them = Ce și-ar dori persoana de la un avocat?
preferences-advocate-intro = Vom încerca să ținem cont de asta. Toate aceste întrebări sunt opționale.
preferences-advocate-intro-easy = Vom încerca să găsim un avocat așa. Nu trebuie să răspundeți.
preferences-gender-legend-you = Ați prefera ca avocatul dumneavoastră să fie…
preferences-gender-legend-them = Ar prefera persoana ca avocatul său să fie…
preferences-gender-woman = O femeie
preferences-gender-man = Un bărbat
preferences-gender-no-preference = Nu contează
preferences-language-label = O limbă pe care o vorbește avocatul (opțional)
preferences-language-hint-you = Ca să puteți vorbi fără interpret.
preferences-language-hint-them = Ca persoana să poată vorbi fără interpret.
preferences-culture-label = O cultură sau credință pe care avocatul o înțelege (opțional)
preferences-culture-hint = De exemplu, cineva care înțelege viața musulmanilor, a evreilor sau a romilor și a comunităților Traveller.
preferences-previous-label-you = Un avocat pe care l-ați avut înainte și l-ați dori din nou (opțional)
preferences-previous-label-them = Un avocat pe care persoana l-a avut înainte și l-ar dori din nou (opțional)
preferences-previous-hint = Numele lui sau unde a lucrat.

## Pe cine să implicăm și pe cine nu
preferences-people-heading-you = Pe cine să implicăm?
preferences-people-heading-you-easy = Cu cine să vorbim?
preferences-people-heading-them = Pe cine să implicăm pentru persoană?
preferences-people-heading-them-easy = Cu cine să vorbim despre persoană?
preferences-people-intro = Ambele întrebări sunt opționale. Păstrăm confidențial ce ne spuneți.
preferences-people-intro-easy = Nu trebuie să răspundeți. Păstrăm secret ce ne spuneți.
preferences-involve-label-you = Familie sau prieteni pe care doriți să-i implicăm (opțional)
preferences-involve-label-them = Familie sau prieteni pe care persoana dorește să-i implicăm (opțional)
preferences-involve-hint = Numele lor, cine sunt și cum ați dori să fie implicați.
preferences-involve-hint-easy = Spuneți-ne numele lor și cine sunt. Spuneți cum să ajute.
preferences-do-not-involve-label = Oricine pe care nu trebuie să-l implicăm sau să-l informăm (opțional)
preferences-do-not-involve-hint = Nu îi vom contacta și nu le vom spune nimic.

## Verificarea răspunsurilor
profile-row-method-you = Cum să vă contactăm
profile-row-method-them = Cum să contactăm persoana
profile-row-method-change-you = cum să vă contactăm
profile-row-method-change-them = cum să contactăm persoana
profile-row-details-change-you = datele dumneavoastră de contact
profile-row-details-change-them = datele de contact ale persoanei
profile-row-contact-details = Date de contact
profile-row-phone = Număr de telefon
profile-row-email = Adresă de e-mail
profile-row-address = Adresă
profile-row-meet = Unde ne întâlnim
profile-row-through = Prin cine să luăm legătura
profile-row-message = Se poate lăsa un mesaj
profile-row-message-change = dacă este sigur să lăsăm un mesaj
profile-row-not-sure = Nu este sigur
profile-row-not-safe = Căi care nu sunt sigure
profile-row-not-safe-change = căile care nu sunt sigure
profile-row-safe-times-you = Momente sigure pentru a vă contacta
profile-row-safe-times-them = Momente sigure pentru a contacta persoana
profile-row-safe-times-change-you = momentele sigure pentru a vă contacta
profile-row-safe-times-change-them = momentele sigure pentru a contacta persoana
profile-row-codeword = Cuvânt de recunoaștere
profile-row-codeword-change = cuvântul de recunoaștere
profile-row-given = Precizat
profile-row-none = Nu există
profile-row-communication-you = Ce vă ajută să comunicați
profile-row-communication-them = Ce o ajută pe persoană să comunice
profile-row-communication-change-you = ce vă ajută să comunicați
profile-row-communication-change-them = ce o ajută pe persoană să comunice
profile-row-nothing-given = Nu s-a precizat nimic
profile-row-need-language = Limba: { $language }
profile-row-need-interpreter = Are nevoie de interpret
profile-row-need-bsl = Limbajul semnelor britanic sau alt limbaj al semnelor
profile-row-need-easy-read = Ușor de citit
profile-row-need-large-print = Scris cu litere mari
profile-row-need-braille = Braille
profile-row-need-audio = Audio
profile-row-need-reading-help = Ajutor la citit și la formulare
profile-row-need-other = Altele: { $other }
profile-row-advocate = Avocatul
profile-row-advocate-change = ce se dorește de la avocat
profile-row-advocate-gender = Genul avocatului: { $answer }
profile-row-advocate-language = Limba avocatului: { $answer }
profile-row-advocate-culture = Cultură sau credință: { $answer }
profile-row-advocate-previous = Avocat avut înainte: { $answer }
profile-row-people = Familie și prieteni
profile-row-people-change = pe cine să implicăm
profile-row-involve = Să fie implicați: { $answer }
profile-row-do-not-involve = Să nu fie implicați: { $answer }
profile-row-equality = Întrebări despre egalitate (opțional)
profile-row-equality-change-you = răspunsurile dumneavoastră la întrebările despre egalitate
profile-row-equality-change-them = răspunsurile persoanei la întrebările despre egalitate
profile-row-equality-one = S-a răspuns la 1 întrebare
profile-row-equality-many = Întrebări la care s-a răspuns: { $count }
profile-row-equality-skipped = Omise
