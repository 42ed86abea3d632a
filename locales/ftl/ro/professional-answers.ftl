# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional-answers


## Procedurile pe care le poate derula consiliul local (council)
pro-opt-process-needs-assessment = Evaluarea nevoilor (needs assessment)
pro-opt-process-carers-assessment = Evaluarea îngrijitorului (carer's assessment)
pro-opt-process-child-needs-assessment = Evaluarea nevoilor copilului (trecerea la serviciile pentru adulți)
pro-opt-process-child-carers-assessment = Evaluarea îngrijitorului unui copil
pro-opt-process-young-carers-assessment = Evaluarea tânărului îngrijitor (young carer)
pro-opt-process-care-support-plan = Pregătirea unui plan de îngrijire și sprijin sau a unui plan de sprijin
pro-opt-process-plan-review = Revizuirea unui plan de îngrijire și sprijin
pro-opt-process-safeguarding-enquiry = Anchetă de protecție (safeguarding enquiry, secțiunea 42)
pro-opt-process-safeguarding-adults-review = Analiză privind protecția adulților (safeguarding adults review)
pro-opt-process-none = Niciuna dintre acestea

## Îngrijirea și sprijinul cui privește procedura
pro-opt-role-person = Persoana, pentru propria îngrijire și propriul sprijin
pro-opt-role-adult-carer = Persoana, în calitate de îngrijitor adult
pro-opt-role-young-carer = Persoana, în calitate de tânăr îngrijitor (sub 18 ani)

## Cele patru domenii de dificultate substanțială (Care Act s67(4))
pro-opt-area-understanding = Înțelegerea informațiilor relevante
pro-opt-area-retaining = Reținerea acestor informații
pro-opt-area-weighing = Folosirea sau cântărirea informațiilor pentru a participa
pro-opt-area-communicating = Comunicarea opiniilor, dorințelor și sentimentelor sale

## Ce împiedică pe cineva să fie persoana potrivită (appropriate individual)
pro-opt-disqualifier-paid = Este plătit(ă) pentru a îngriji sau trata persoana ori îngrijitorul acesteia?
pro-opt-disqualifier-paid-hint = Inclusiv îngrijitorii profesioniști și oricine este plătit de persoană.
pro-opt-disqualifier-not-wanted = A spus persoana că nu dorește ca această persoană să o sprijine?
pro-opt-disqualifier-unable = Această persoană nu poate sau nu este disponibilă să o sprijine?
pro-opt-disqualifier-abuse = Este implicat(ă) în abuzul sau neglijarea persoanei?
pro-opt-disqualifier-abuse-hint = De exemplu, numit(ă) într-o anchetă de protecție sau găsit(ă) de o analiză privind protecția adulților că nu a prevenit abuzul.
# Aceleași patru, în câteva cuvinte, pentru „verificați răspunsurile” și pentru vizualizarea personalului.
pro-opt-disqualifier-paid-short = Plătit(ă) pentru a o îngriji sau trata
pro-opt-disqualifier-not-wanted-short = Persoana nu o dorește
pro-opt-disqualifier-unable-short = Nu poate sau nu este disponibil(ă)
pro-opt-disqualifier-abuse-short = Implicat(ă) în abuz sau neglijare

## Există cineva care ar putea să o sprijine?
pro-opt-anyone-yes = Da, sau s-ar putea să existe
pro-opt-anyone-no = Nu, nu există nimeni

## Unde este plasamentul NHS
pro-opt-setting-hospital = Un spital
pro-opt-setting-care-home = Un cămin de îngrijire

## Deciziile pentru care este nevoie de un IMCA (Legea privind capacitatea mintală, Mental Capacity Act 2005)
pro-opt-decision-serious-medical-treatment = Tratament medical grav
pro-opt-decision-accommodation-hospital = Unde locuiește: o internare în spital
pro-opt-decision-accommodation-hospital-hint = Organizată de NHS, estimată să dureze mai mult de 28 de zile.
pro-opt-decision-accommodation-care-home = Unde locuiește: mutarea într-un cămin de îngrijire
pro-opt-decision-accommodation-care-home-hint = Organizată de consiliul local sau de NHS, estimată să dureze mai mult de 8 săptămâni.
pro-opt-decision-care-review = O revizuire a modului în care este organizată îngrijirea
pro-opt-decision-safeguarding = Măsuri de protecție într-un caz de protecție (safeguarding)
pro-opt-decision-none = Niciuna dintre acestea

## Situația conform Legii sănătății mintale (Mental Health Act 1983)
pro-opt-mha-detained = Internat(ă) nevoluntar în spital în baza unei secțiuni
pro-opt-mha-conditionally-discharged = Externat(ă) condiționat (pacient cu restricții)
pro-opt-mha-guardianship = Sub tutelă (guardianship)
pro-opt-mha-cto = Cu ordin de tratament în comunitate (CTO)
pro-opt-mha-none = Nu se află sub incidența Legii sănătății mintale (Mental Health Act)

## Ce trebuie corectat înainte ca trimiterea să poată fi trimisă
pro-problem-consent = Alegeți dacă persoana știe despre trimitere și este de acord
pro-problem-contact-directly = Alegeți dacă avocatul poate contacta direct persoana
pro-problem-contact-method = Alegeți cum ar trebui să contacteze avocatul persoana
pro-problem-dob-invalid = Introduceți o dată de naștere reală, de exemplu 27 3 1950
pro-problem-dob-future = Data nașterii trebuie să fie în trecut
pro-problem-dob-too-old = Introduceți o dată de naștere de acum mai puțin de 120 de ani
pro-problem-assessment-date-invalid = Introduceți o dată reală pentru evaluare, de exemplu 3 2 2026
pro-problem-days-number = Introduceți numărul de zile ca număr întreg, de exemplu 60
pro-problem-mha-section = Introduceți o secțiune din Legea sănătății mintale (Mental Health Act), de exemplu 2, 3, 5(2) sau 37/41
pro-problem-candidates-missing = Adăugați persoana care ar putea să o sprijine sau alegeți alt răspuns
pro-problem-danger = Spuneți dacă cineva este în pericol acum
pro-problem-deadline-date-missing = Introduceți data întâlnirii sau a termenului limită
pro-problem-deadline-date-invalid = Introduceți o dată reală, de exemplu 14 5 2026
pro-problem-deadline-date-past = Întâlnirea sau termenul limită este în trecut: introduceți data care urmează
pro-problem-candidate-description-missing = Spuneți cine este această persoană pentru ea
pro-problem-candidate-description-too-long = Folosiți cel mult 200 de caractere
pro-problem-candidate-description-single-line = Eliminați caracterele < și > și păstrați textul pe un singur rând
