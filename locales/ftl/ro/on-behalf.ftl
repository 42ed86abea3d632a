# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: on-behalf


## Despre persoana care cere
for-referrer-intro = Mai întâi vă vom întreba despre dumneavoastră, apoi despre persoana care are nevoie de un avocat.
for-referrer-intro-easy = Mai întâi vă întrebăm despre dumneavoastră. Apoi vă întrebăm despre persoana care are nevoie de un avocat.
for-referrer-name-label = Cum vă numiți?
for-referrer-name-hint = Îl vom folosi când vă contactăm în legătură cu această trimitere.
for-referrer-name-hint-easy = Folosim numele dumneavoastră când vă contactăm.
for-referrer-seen = Echipa noastră de advocacy va vedea numele dumneavoastră și cum vă putem contacta, la fel și avocatul. De obicei îi spunem persoanei cine a cerut ajutor pentru ea. Dacă asta v-ar putea pune pe dumneavoastră sau pe ea în pericol, spuneți-ne când vă întrebăm ce se întâmplă.
for-referrer-seen-easy = Echipa noastră și avocatul vor vedea numele dumneavoastră și numărul de telefon sau e-mailul. De obicei îi spunem persoanei că ați cerut ajutor pentru ea. Asta v-ar putea pune pe dumneavoastră sau pe ea în pericol? Atunci spuneți-ne mai târziu, când vă întrebăm ce se întâmplă.
for-relationship-legend = De unde cunoașteți persoana care are nevoie de un avocat?
for-relationship-legend-easy = De unde cunoașteți persoana?
for-relationship-carer = Am grijă de această persoană
for-relationship-carer-hint = Ajutați la îngrijirea ei și nu primiți bani pentru asta.
for-relationship-carer-hint-easy = Ajutați la îngrijirea ei. Nu primiți bani pentru asta.
for-relationship-family = Fac parte din familia ei
for-relationship-friend = Suntem prieteni
for-relationship-other = Altfel
for-relationship-other-hint = De exemplu, un vecin.
for-relationship-missing = Alegeți de unde cunoașteți persoana

## Cum luăm legătura
for-referrer-method-legend = Cum să vă contactăm?
for-referrer-method-hint = O vom folosi pentru a vorbi cu dumneavoastră despre trimitere.
for-referrer-method-hint-easy = O folosim ca să vorbim cu dumneavoastră.
for-person-method-legend = Cum să contactăm persoana?
for-person-method-hint = Alegeți calea cea mai ușoară și mai sigură pentru ea.
for-method-missing = Alegeți cum să luăm legătura
for-through-legend = Cum să luăm legătura cu persoana?
for-through-hint = Dacă nu este sigur sau ușor să o contactăm, putem aranja lucrurile prin dumneavoastră.
for-through-hint-easy = Poate nu este sigur sau ușor să o contactăm. Atunci putem vorbi cu dumneavoastră.
for-through-yes = Prin mine
for-through-no = Contactați persoana direct
for-through-missing = Alegeți cum să luăm legătura cu persoana

## Despre persoana care are nevoie de un avocat
for-person-name-label = Cum îi place persoanei să i se spună?
for-person-name-hint = Este suficient prenumele sau numele pe care îi place să îl folosească.
for-person-name-hint-easy = Prenumele este suficient. Sau numele pe care îl folosește.
for-lives-in-label = Unde locuiește persoana?
for-lives-in-hint = Este suficient un oraș sau zona consiliului local: de exemplu Leeds sau Cardiff Council. Așa știm ce echipă poate ajuta. Lăsați câmpul gol dacă nu știți.
for-lives-in-hint-easy = Spuneți-ne în ce oraș locuiește persoana. De exemplu, Leeds. Așa găsim echipa potrivită. Puteți lăsa câmpul gol.
for-help-with-label = Cu ce are nevoie de ajutor persoana?
for-help-with-words = Spuneți-ne cu cuvintele dumneavoastră
for-help-with-hint = Spuneți-ne ce se întâmplă, cine este implicat și ce trebuie să se schimbe. Nu trebuie să știți de ce fel de avocat are nevoie.
for-help-with-hint-easy = Spuneți-ne ce se întâmplă. Spuneți-ne cine este implicat. Spuneți-ne ce trebuie să se schimbe. Nu trebuie să știți ce avocat îi trebuie.
for-own-words-label = Ce spune persoana despre asta? (opțional)
for-own-words-label-easy = Ce spune persoana despre asta? Nu este obligatoriu să răspundeți.
for-own-words-hint = Scrieți ce spune ea însăși, dacă vă poate spune. Folosiți cuvintele ei acolo unde puteți.
for-own-words-hint-easy = Scrieți ce spune, dacă vă poate spune. Folosiți cuvintele ei dacă puteți.
for-consent-legend = Știe persoana că cereți un avocat pentru ea și este de acord?
for-consent-legend-easy = Știe persoana că cereți un avocat? Este de acord?
for-consent-hint = Puteți cere chiar dacă nu știe sau nu este de acord. Un avocat va încerca întotdeauna să afle ce vrea persoana.
for-consent-hint-easy = Puteți cere chiar dacă spune nu. Un avocat va încerca să afle ce vrea.
for-consent-yes = Da, știe și este de acord
for-consent-no = Nu
for-consent-no-hint = Nu știe încă sau nu vrea un avocat.
for-consent-no-hint-easy = Nu știe încă. Sau nu vrea un avocat.
for-consent-cannot-say = Nu îmi poate spune
for-consent-cannot-say-hint = De exemplu, nu poate înțelege întrebarea sau nu poate face cunoscut nimănui răspunsul său.
for-consent-cannot-say-hint-easy = De exemplu, nu înțelege întrebarea. Sau nu poate spune nimănui răspunsul.
for-consent-missing = Alegeți dacă persoana știe și este de acord
for-best-interests-label = De ce ar fi un avocat în interesul superior al persoanei?
for-best-interests-label-easy = De ce ar fi bun un avocat pentru persoană?
for-best-interests-hint = Persoana nu și-a dat acordul, așa că spuneți-ne de ce ar fi bine pentru ea. De exemplu, ce ar putea merge prost fără un avocat sau ce se decide fără ea.
for-best-interests-hint-easy = Persoana nu a spus da. Spuneți-ne de ce ar fi bine pentru ea. Ce ar putea merge prost fără un avocat? Ce se decide fără ea?
for-best-interests-means = A acționa în interesul superior al cuiva înseamnă a face ce este bine pentru acea persoană, ținând cont de dorințele, sentimentele și convingerile ei, atunci când nu poate decide singură. Nu decideți doar dumneavoastră acest lucru: echipa noastră se va uita la ce ne spuneți, iar avocatul va încerca să afle ce vrea persoana.
for-best-interests-means-easy = Interesul superior înseamnă ce este mai bine pentru persoană. Înseamnă să ne gândim la ce vrea și ce simte ea. Nu decideți doar dumneavoastră. Echipa noastră se va uita la asta. Avocatul va încerca să afle ce vrea persoana.

## Verificarea răspunsurilor
for-check-heading = Verificați răspunsurile înainte de trimitere
for-check-heading-easy = Verificați răspunsurile. Apoi trimiteți-le.
for-check-about-you = Despre dumneavoastră
for-check-about-person = Despre persoană
for-check-referrer-name = Numele dumneavoastră
for-check-referrer-name-change = numele dumneavoastră
for-check-relationship = De unde o cunoașteți
for-check-relationship-change = de unde cunoașteți persoana
for-check-relationship-carer = Îngrijitor neplătit
for-check-relationship-family = Membru al familiei
for-check-relationship-friend = Prieten
for-check-relationship-other = Altcineva care o cunoaște
for-check-referrer-method-missing = Alegeți cum să vă contactăm
for-check-person-name = Cum îi place să i se spună
for-check-person-name-change = cum îi place persoanei să i se spună
for-check-lives-in = Unde locuiește
for-check-lives-in-change = unde locuiește persoana
for-check-help-with = Cu ce are nevoie de ajutor
for-check-help-with-change = cu ce are nevoie de ajutor persoana
for-check-own-words = Ce spune despre asta
for-check-own-words-change = ce spune persoana
for-check-consent = Știe și este de acord
for-check-consent-change = dacă persoana știe și este de acord
for-check-best-interests = De ce este în interesul ei superior
for-check-best-interests-change = de ce un avocat este în interesul ei superior
for-check-through = Cum să luăm legătura cu ea
for-check-through-change = cum să luăm legătura cu persoana
for-check-through-yes = Prin dumneavoastră
for-check-person-method-missing = Alegeți cum să contactăm persoana
for-check-what-happens = După ce trimiteți, echipa noastră de advocacy o va citi și va lua legătura în modul în care ați cerut.
for-check-what-happens-easy = După ce trimiteți, echipa noastră o va citi. Apoi luăm legătura așa cum ați cerut.
