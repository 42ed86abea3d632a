# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional

## Despre dumneavoastră
pro-about-heading = Despre dumneavoastră
pro-about-intro = Vă vom contacta la serviciu în legătură cu această trimitere și vă vom ține la curent.
pro-about-name = Numele dumneavoastră
pro-about-organisation = Organizația
pro-about-organisation-hint = De exemplu: serviciul de asistență socială pentru adulți al Leeds City Council sau Secția 7, St James's Hospital.
pro-about-role = Funcția sau rolul
pro-about-role-hint = De exemplu: asistent social, asistent medical, medic de familie (GP).
pro-about-email = Adresa de e-mail de serviciu
pro-about-phone = Numărul de telefon de serviciu (opțional)

## Persoana
pro-person-heading = Persoana care are nevoie de un avocat
pro-person-name = Numele persoanei
pro-person-dob = Data nașterii (opțional)
pro-person-dob-hint = De exemplu, 27 3 1950. Lăsați necompletat dacă nu o știți.
pro-person-location = Unde se află persoana acum? (opțional)
pro-person-location-hint = De exemplu: acasă, Secția 7 de la St James's Hospital, căminul de îngrijire Oak Lodge.
pro-person-in-prison = Persoana se află în închisoare sau într-un centru de detenție pentru tineri?

## Contactarea persoanei
pro-contact-heading = Contactarea persoanei
pro-contact-directly = Poate avocatul să contacteze persoana direct?
pro-contact-directly-hint = Doar dacă este posibil și sigur. Altfel, avocatul va stabili contactul prin dumneavoastră sau prin locul în care se află persoana.
pro-contact-directly-no = Nu, stabiliți contactul prin mine sau prin locul în care se află
pro-contact-method = Cum ar trebui să o contacteze avocatul?
pro-contact-phone = Numărul de telefon al persoanei
pro-contact-email = Adresa de e-mail a persoanei
pro-contact-address = Adresa persoanei
pro-contact-address-hint = Includeți codul poștal.
pro-contact-message = Este sigur să i se lase un mesaj?
pro-contact-message-hint = De exemplu un mesaj vocal, un SMS pe care l-ar putea citi altcineva sau o scrisoare pe care ar putea-o deschide altcineva.
pro-contact-message-no = Nu, nu lăsați niciun mesaj
pro-contact-safe-times = Când este sigur să fie contactată? (opțional)
pro-contact-safe-times-hint = De exemplu: după-amiaza sau nu atunci când o anumită persoană este cu ea.
pro-contact-not-safe = Există modalități dintre acestea care nu sunt deloc sigure?
pro-contact-not-safe-hint = Bifați-le pe cele pe care avocatul nu trebuie să le folosească niciodată. Lăsați-le nebifate dacă toate sunt sigure.
pro-contact-codeword = Un cuvânt de recunoaștere (opțional)
pro-contact-codeword-hint = Un cuvânt pe care îl va spune avocatul, ca persoana să știe că suntem într-adevăr noi. Nu este o parolă.

## De ce are nevoie de un avocat
pro-reason-heading = De ce are persoana nevoie de un avocat
pro-reason-why = De ce are nevoie de un avocat?
pro-reason-why-hint = Ce se întâmplă, ce decizii se iau și ce ar putea merge prost fără un avocat.
pro-reason-heard = Fără un avocat, i-ar fi greu să spună ce dorește sau să influențeze o decizie importantă pentru ea?
pro-reason-nhs-complaint = Dorește să facă o plângere despre îngrijirea sau tratamentul NHS?
pro-danger-legend = Este persoana sau altcineva în pericol acum?
pro-danger-hint = Dacă da, sunați mai întâi la 999. Întâlnirile, audierile și datele de externare se trec pe pagina de întâlniri și termene.

## Acordul persoanei
pro-agreement-consent = Știe persoana despre această trimitere și este de acord?
pro-agreement-consent-hint = O puteți trimite chiar dacă nu este. Un avocat va încerca întotdeauna să afle ce dorește persoana.
pro-agreement-best-interests = De ce ar fi un avocat în interesul superior al persoanei?
pro-agreement-best-interests-hint = De exemplu, ce se decide fără ea sau ce ar putea merge prost fără un avocat.
pro-law-heading = La ce lege se referă această trimitere?
pro-law-hint = Alegeți tot ce se potrivește. Apoi vă punem doar întrebările pentru acele legi. Dacă nu sunteți sigur, le punem pe toate.
pro-law-care-act = Legea îngrijirii (Care Act 2014)
pro-law-care-act-hint = Consiliul evaluează, planifică sau revizuiește îngrijirea și sprijinul sau face o anchetă de protecție.
pro-law-mca = Legea capacității mintale (Mental Capacity Act 2005)
pro-law-mca-hint = O decizie pe care persoana s-ar putea să nu aibă capacitatea de a o lua sau o autorizare în baza garanțiilor privind privarea de libertate (DoLS).
pro-law-mha = Legea sănătății mintale (Mental Health Act 1983)
pro-law-mha-hint = Persoana este reținută, are un ordin de tratament în comunitate sau este sub tutelă ori se ia în considerare un tratament care necesită consimțământ sau o a doua opinie.
pro-law-unsure = Nu sunt sigur
pro-progress = Pagina { $page } din { $pages }
pro-skip-to-law = Treceți la întrebările despre lege

## Consiliul local și Care Act
pro-council-heading = Consiliul local și Legea privind îngrijirea (Care Act)
pro-council-needs = Pare să aibă persoana nevoi de îngrijire și sprijin?
pro-council-needs-hint = Sau, în cazul unui îngrijitor, nevoi de sprijin.
pro-council-involved = Este consiliul local implicat în cazul ei?
pro-council-involved-hint = De exemplu asistența socială pentru adulți, o echipă de protecție (safeguarding) sau serviciile pentru copii care pregătesc trecerea la îngrijirea pentru adulți.
pro-council-process = În ce proces este implicată sau urmează să fie?
pro-council-role = Pentru cine este procesul?
pro-council-stage = În ce stadiu a ajuns? (opțional)
pro-council-stage-hint = De exemplu: vizita de evaluare programată pe 3 martie sau planul va fi revizuit săptămâna viitoare.

## Dificultatea de a participa
pro-difficulty-heading = Dificultatea de a participa
pro-difficulty-intro = Conform Legii privind îngrijirea (Care Act), o dificultate substanțială în oricare dintre aceste patru domenii este suficientă.
pro-difficulty-legend = Ar avea persoana o dificultate substanțială cu oricare dintre acestea?
pro-difficulty-hint = Bifați tot ce se aplică. Pentru fiecare bifă, spuneți-ne ce o arată.
pro-difficulty-none = Niciuna dintre acestea
pro-difficulty-evidence-understanding = Ce arată dificultatea sa de a înțelege informațiile relevante?
pro-difficulty-evidence-retaining = Ce arată dificultatea sa de a reține acele informații?
pro-difficulty-evidence-weighing = Ce arată dificultatea sa de a folosi sau cântări informațiile pentru a participa?
pro-difficulty-evidence-communicating = Ce arată dificultatea sa de a-și comunica opiniile, dorințele și sentimentele?
pro-difficulty-evidence-hint = Ce ați văzut sau vi s-a spus, de către cine și când.

## Cine ar putea să o sprijine
pro-support-heading = Cine ar putea să o sprijine
pro-support-intro = Dacă cineva neplătit poate sprijini persoana să participe (persoana potrivită, appropriate individual), s-ar putea să nu fie nevoie de un avocat conform Care Act. Spuneți-ne despre oricine ar putea face asta.
pro-support-candidates = Există cineva care ar putea sprijini persoana să participe?
pro-support-candidates-hint = De exemplu familia, un prieten sau un vecin.
pro-support-item = Persoana
pro-support-add = Adăugați încă o persoană
pro-candidate-description = Cine este pentru persoana respectivă?
pro-candidate-description-hint = De exemplu: fiică, vecin, prieten de la biserică. Nu aveți nevoie de numele său.

## Când cineva ar putea să o sprijine
pro-exceptions-heading = Când cineva ar putea să o sprijine
pro-exceptions-intro = Chiar și atunci când cineva ar putea sprijini persoana, Legea privind îngrijirea (Care Act) cere totuși un avocat în două situații.
pro-exceptions-placement = Se ia în considerare pentru ea o plasare finanțată de NHS într-un spital sau un cămin de îngrijire?
pro-exceptions-setting = Unde ar fi plasarea?
pro-exceptions-days = Câte zile se estimează că va dura? (opțional)
pro-exceptions-days-hint = De exemplu, 60.
pro-exceptions-council-best-interests = Consideră consiliul local că un avocat ar fi în interesul superior al persoanei?
pro-exceptions-disagreement = Consiliul local și persoana care ar putea să o sprijine nu sunt de acord asupra unui lucru important pentru persoană?
pro-exceptions-both-agree = Sunt amândoi de acord că un avocat ar ajuta?

## Capacitatea mintală
pro-capacity-heading = Capacitatea mintală
pro-capacity-intro = Spuneți-ne ce știți. Dacă nu s-a făcut încă o evaluare a capacității, trimiteți totuși trimiterea: vom arăta că un IMCA ar aștepta evaluarea.
pro-capacity-decision = Ce decizie se ia sau urmează să se ia?
pro-capacity-days = Câte zile se estimează că va dura șederea? (opțional)
pro-capacity-days-hint = De exemplu, 90.
pro-capacity-assessed = S-a făcut o evaluare a capacității mintale pentru această decizie?
pro-capacity-date = Data evaluării (opțional)
pro-capacity-date-hint = De exemplu, 3 2 2026.
pro-capacity-lacks = Îi lipsește persoanei capacitatea de a lua această decizie?
pro-capacity-lacks-hint = Dacă nu a existat încă o evaluare, spuneți-ne ce credeți.
pro-capacity-instruct = Ar putea, cu sprijin, să-i spună unui avocat ce dorește să facă pentru ea?
pro-capacity-instruct-hint = Dacă nu, avocatul lucrează pentru ea fără instrucțiuni (reprezentare fără instrucțiuni, non-instructed advocacy).
pro-capacity-fluctuating = Capacitatea sa vine și pleacă?
pro-capacity-consult = Există familie sau un prieten, în afară de îngrijitorii plătiți, pe care este potrivit să-i consultați despre decizie?

## Legea sănătății mintale
pro-mha-heading = Legea sănătății mintale (Mental Health Act)
pro-mha-status = Se află persoana sub incidența Legii sănătății mintale (Mental Health Act)?
pro-mha-section = Ce secțiune? (opțional)
pro-mha-section-hint = De exemplu 2, 3, 5(2) sau 37/41.
pro-mha-declined = A refuzat anterior un IMHA?
pro-mha-seclusion = Se află în izolare sau în segregare pe termen lung?
pro-mha-treatment = Se ia în considerare un tratament care necesită consimțământul său sau o a doua opinie?
pro-mha-treatment-hint = Conform secțiunii 57 sau secțiunii 58A pentru persoanele sub 18 ani. Contează chiar dacă se află în spital în mod voluntar.

## Garanțiile privind privarea de libertate
pro-dols-heading = Garanțiile privind privarea de libertate (DoLS)
pro-dols-authorised = Există o autorizație conform Garanțiilor privind privarea de libertate (Deprivation of Liberty Safeguards, DoLS) pentru ea?
pro-dols-rpr = Există un membru al familiei sau un prieten care poate fi reprezentantul său (reprezentantul persoanei în cauză, relevant person's representative), neplătit?

## Protecție (safeguarding)
pro-safeguarding-heading = Protecție (safeguarding)
pro-safeguarding-question = Există o îngrijorare legată de protecția persoanei (safeguarding)?
pro-safeguarding-concern = Care este îngrijorarea?
pro-safeguarding-concern-hint = Ce s-a întâmplat sau de ce vă temeți și cine este implicat.
pro-safeguarding-reference = Numărul de referință al anchetei conform secțiunii 42 (opțional)
pro-safeguarding-urgent = Este ancheta urgentă?
pro-safeguarding-urgent-hint = O anchetă urgentă poate începe înainte de numirea unui avocat. Vom numi unul cât de repede putem.
pro-safeguarding-delegated = Cui i-a fost delegată ancheta? (opțional)
pro-safeguarding-delegated-hint = De exemplu trustului NHS sau furnizorului de îngrijire, cu un nume de contact.

## Întâlniri și termene
pro-deadlines-heading = Întâlniri și termene
pro-deadlines-intro = Adăugați orice întâlnire, audiere sau termen despre care avocatul trebuie să știe, până la { $max }. Dacă nu există, continuați.
pro-deadlines-item = Întâlnire sau termen
pro-deadlines-add = Adăugați o întâlnire sau un termen
pro-deadline-what = Despre ce este vorba?
pro-deadline-what-hint = De exemplu: întâlnire de evaluare a nevoilor, întâlnire privind interesul superior, audiere la tribunal.
pro-deadline-date = Data
pro-deadline-date-hint = De exemplu, 14 5 2026.

## Riscuri și avocați deja implicați
pro-risks = Există ceva ce avocatul ar trebui să știe despre riscuri? (opțional)
pro-risks-hint = Riscuri pentru persoană sau pentru un avocat care o vizitează singur: de exemplu agresivitate, animale, alte persoane la adresă sau controlul infecțiilor.
pro-advocate-existing = Are persoana deja un avocat?
pro-advocate-who = Cine este avocatul și unde lucrează?

## Verificarea răspunsurilor
pro-check-heading = Verificați răspunsurile înainte de trimitere
pro-check-what-happens = După ce trimiteți, echipa noastră de avocați o va citi și vă va contacta la serviciu. Personalul confirmă ce tip de sprijin se aplică.
pro-check-not-given = Nu s-a precizat
pro-check-not-a-date = Nu este o dată reală
pro-check-no-date = Nu s-a precizat data
pro-check-none = Niciuna
pro-check-phone = Numărul de telefon de serviciu
pro-check-person = Persoana
pro-check-dob = Data nașterii
pro-check-location = Unde se află acum
pro-check-in-prison = În închisoare
pro-check-contact = Contactarea persoanei
pro-check-contact-directly = Contact direct
pro-check-contact-directly-change = dacă persoana poate fi contactată direct
pro-check-contact-directly-no = Nu, prin dumneavoastră sau prin locul în care se află
pro-check-reason = De ce are nevoie de un avocat
pro-check-heard = I-ar fi greu să fie ascultată fără unul
pro-check-nhs-complaint = Dorește să facă o plângere despre îngrijirea NHS
pro-check-agreement = Acordul persoanei
pro-check-consent = Știe și este de acord
pro-check-best-interests = De ce este în interesul său superior
pro-check-care-needs = Pare să aibă nevoi de îngrijire și sprijin
pro-check-council-involved = Consiliul local implicat
pro-check-process = Procesul
pro-check-role = Pentru cine este
pro-check-stage = În ce stadiu a ajuns
pro-check-difficulty = Dificultate substanțială cu
pro-check-evidence-understanding = Dovezi: înțelegerea informațiilor relevante
pro-check-evidence-retaining = Dovezi: reținerea acelor informații
pro-check-evidence-weighing = Dovezi: folosirea sau cântărirea informațiilor pentru a participa
pro-check-evidence-communicating = Dovezi: comunicarea opiniilor, dorințelor și sentimentelor sale
pro-check-candidates = Cineva care ar putea să o sprijine
pro-check-candidate = Persoana { $number }
pro-check-candidate-answer = { $question }: { $answer }
pro-check-placement = Plasare NHS luată în considerare
pro-check-setting = Unde
pro-check-placement-days = Durata estimată în zile
pro-check-council-best-interests = Consiliul local consideră că un avocat este în interesul său superior
pro-check-disagreement = Consiliul local și acea persoană nu sunt de acord
pro-check-both-agree = Amândoi sunt de acord că un avocat ar ajuta
pro-check-decision = Decizia
pro-check-stay-days = Durata estimată a șederii în zile
pro-check-assessed = Evaluarea capacității a fost făcută
pro-check-assessment-date = Data evaluării
pro-check-lacks = Nu are capacitate pentru această decizie
pro-check-instruct = Ar putea da instrucțiuni unui avocat
pro-check-fluctuating = Capacitatea vine și pleacă
pro-check-consult = Familie sau prieten de consultat
pro-check-mha-status = Sub incidența legii
pro-check-mha-section = Secțiunea
pro-check-mha-declined = A refuzat anterior un IMHA
pro-check-mha-seclusion = În izolare sau segregare pe termen lung
pro-check-mha-treatment = Tratament care necesită consimțământ sau a doua opinie
pro-check-dols = Autorizație DoLS în vigoare
pro-check-rpr = Reprezentant neplătit disponibil
pro-check-safeguarding = Îngrijorare privind protecția
pro-check-concern = Îngrijorarea
pro-check-s42 = Numărul de referință al anchetei conform secțiunii 42
pro-check-urgent = Urgentă
pro-check-law = Legile la care se referă
pro-check-danger = În pericol acum
pro-check-delegated = Delegată către
pro-check-deadline = Întâlnire sau termen { $number }
pro-check-risks = Riscuri
pro-check-risks-row = Riscuri de știut
pro-check-advocates = Avocați deja implicați
pro-check-has-advocate = Are deja un avocat
pro-check-their-advocate = Avocatul persoanei
pro-check-needs = Nevoile și dorințele persoanei

## Date calendaristice
pro-date = { $day } { $month } { $year }
pro-month-january = ianuarie
pro-month-february = februarie
pro-month-march = martie
pro-month-april = aprilie
pro-month-may = mai
pro-month-june = iunie
pro-month-july = iulie
pro-month-august = august
pro-month-september = septembrie
pro-month-october = octombrie
pro-month-november = noiembrie
pro-month-december = decembrie
