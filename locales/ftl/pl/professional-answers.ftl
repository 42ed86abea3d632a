# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional-answers


## Procedury, które może prowadzić samorząd lokalny (council)
pro-opt-process-needs-assessment = Ocena potrzeb (needs assessment)
pro-opt-process-carers-assessment = Ocena potrzeb opiekuna (carer's assessment)
pro-opt-process-child-needs-assessment = Ocena potrzeb dziecka (przejście do usług dla dorosłych)
pro-opt-process-child-carers-assessment = Ocena potrzeb opiekuna dziecka
pro-opt-process-young-carers-assessment = Ocena potrzeb młodego opiekuna (young carer)
pro-opt-process-care-support-plan = Przygotowanie planu opieki i wsparcia albo planu wsparcia
pro-opt-process-plan-review = Przegląd planu opieki i wsparcia
pro-opt-process-safeguarding-enquiry = Postępowanie w sprawie ochrony (safeguarding enquiry, paragraf 42)
pro-opt-process-safeguarding-adults-review = Przegląd w sprawie ochrony osób dorosłych (safeguarding adults review)
pro-opt-process-none = Żadne z powyższych

## Czyjej opieki i wsparcia dotyczy procedura
pro-opt-role-person = Tej osoby, w sprawie jej własnej opieki i wsparcia
pro-opt-role-adult-carer = Tej osoby jako dorosłego opiekuna
pro-opt-role-young-carer = Tej osoby jako młodego opiekuna (poniżej 18 lat)

## Cztery obszary znacznej trudności (Care Act s67(4))
pro-opt-area-understanding = Rozumienie istotnych informacji
pro-opt-area-retaining = Zapamiętywanie tych informacji
pro-opt-area-weighing = Wykorzystywanie lub rozważanie informacji, aby uczestniczyć
pro-opt-area-communicating = Przekazywanie swoich poglądów, życzeń i uczuć

## Co sprawia, że ktoś nie może być odpowiednią osobą (appropriate individual)
pro-opt-disqualifier-paid = Czy otrzymuje wynagrodzenie za opiekę nad tą osobą lub jej leczenie albo za opiekę nad jej opiekunem?
pro-opt-disqualifier-paid-hint = W tym zawodowi opiekunowie i każdy, komu płaci ta osoba.
pro-opt-disqualifier-not-wanted = Czy osoba, której dotyczy zgłoszenie, powiedziała, że nie chce jej wsparcia?
pro-opt-disqualifier-unable = Czy nie może udzielić wsparcia albo jest niedostępna?
pro-opt-disqualifier-abuse = Czy jest zamieszana w przemoc wobec tej osoby lub jej zaniedbywanie?
pro-opt-disqualifier-abuse-hint = Na przykład została wymieniona w postępowaniu w sprawie ochrony albo przegląd w sprawie ochrony osób dorosłych ustalił, że nie zapobiegła przemocy.
# Te same cztery w kilku słowach, do „sprawdzenia odpowiedzi” i widoku personelu.
pro-opt-disqualifier-paid-short = Otrzymuje wynagrodzenie za opiekę lub leczenie
pro-opt-disqualifier-not-wanted-short = Osoba nie chce jej wsparcia
pro-opt-disqualifier-unable-short = Nie może lub jest niedostępna
pro-opt-disqualifier-abuse-short = Zamieszana w przemoc lub zaniedbanie

## Czy jest ktoś, kto mógłby wspierać tę osobę?
pro-opt-anyone-yes = Tak, albo może być
pro-opt-anyone-no = Nie, nie ma nikogo

## Gdzie jest miejsce pobytu zapewnione przez NHS
pro-opt-setting-hospital = Szpital
pro-opt-setting-care-home = Dom opieki

## Decyzje, przy których potrzebny jest IMCA (ustawa o zdolności do podejmowania decyzji, Mental Capacity Act 2005)
pro-opt-decision-serious-medical-treatment = Poważne leczenie
pro-opt-decision-accommodation-hospital = Miejsce pobytu: pobyt w szpitalu
pro-opt-decision-accommodation-hospital-hint = Zorganizowany przez NHS, ma trwać dłużej niż 28 dni.
pro-opt-decision-accommodation-care-home = Miejsce pobytu: przeprowadzka do domu opieki
pro-opt-decision-accommodation-care-home-hint = Zorganizowana przez samorząd lokalny lub NHS, ma trwać dłużej niż 8 tygodni.
pro-opt-decision-care-review = Przegląd ustaleń dotyczących opieki
pro-opt-decision-safeguarding = Środki ochronne w sprawie dotyczącej ochrony (safeguarding)
pro-opt-decision-none = Żadne z powyższych

## Status na podstawie ustawy o zdrowiu psychicznym (Mental Health Act 1983)
pro-opt-mha-detained = Przymusowo zatrzymana w szpitalu na podstawie paragrafu (section)
pro-opt-mha-conditionally-discharged = Warunkowo zwolniona (pacjent objęty ograniczeniami)
pro-opt-mha-guardianship = Pod kuratelą (guardianship)
pro-opt-mha-cto = Objęta nakazem leczenia w społeczności (CTO)
pro-opt-mha-none = Nie podlega ustawie o zdrowiu psychicznym (Mental Health Act)

## Co poprawić przed wysłaniem zgłoszenia
pro-problem-consent = Proszę wybrać, czy osoba wie o zgłoszeniu i się na nie zgadza
pro-problem-contact-directly = Proszę wybrać, czy rzecznik może skontaktować się z tą osobą bezpośrednio
pro-problem-contact-method = Proszę wybrać, jak rzecznik ma się skontaktować z tą osobą
pro-problem-dob-invalid = Proszę wpisać prawdziwą datę urodzenia, na przykład 27 3 1950
pro-problem-dob-future = Data urodzenia musi być w przeszłości
pro-problem-dob-too-old = Proszę wpisać datę urodzenia sprzed mniej niż 120 lat
pro-problem-assessment-date-invalid = Proszę wpisać prawdziwą datę oceny, na przykład 3 2 2026
pro-problem-days-number = Proszę wpisać liczbę dni jako liczbę całkowitą, na przykład 60
pro-problem-mha-section = Proszę wpisać paragraf ustawy o zdrowiu psychicznym (Mental Health Act), na przykład 2, 3, 5(2) albo 37/41
pro-problem-candidates-missing = Proszę dodać osobę, która mogłaby wspierać, albo wybrać inną odpowiedź
pro-problem-danger = Proszę podać, czy ktoś jest teraz w niebezpieczeństwie
pro-problem-deadline-date-missing = Proszę wpisać datę spotkania lub terminu
pro-problem-deadline-date-invalid = Proszę wpisać prawdziwą datę, na przykład 14 5 2026
pro-problem-deadline-date-past = Spotkanie lub termin jest w przeszłości: wpisz nadchodzącą datę
pro-problem-candidate-description-missing = Proszę napisać, kim ta osoba jest dla niej
pro-problem-candidate-description-too-long = Proszę użyć najwyżej 200 znaków
pro-problem-candidate-description-single-line = Proszę usunąć znaki < i > i zmieścić tekst w jednym wierszu
