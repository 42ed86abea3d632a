# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional

## O Panu/Pani
pro-about-heading = O Panu/Pani
pro-about-intro = W sprawie tego zgłoszenia skontaktujemy się z Panem/Panią w pracy i będziemy przekazywać informacje o postępach.
pro-about-name = Imię i nazwisko
pro-about-organisation = Organizacja
pro-about-organisation-hint = Na przykład: dział opieki społecznej dla dorosłych Leeds City Council albo Oddział 7, St James's Hospital.
pro-about-role = Stanowisko lub funkcja
pro-about-role-hint = Na przykład: pracownik socjalny, pielęgniarka, lekarz rodzinny (GP).
pro-about-email = Służbowy adres e-mail
pro-about-phone = Służbowy numer telefonu (opcjonalnie)

## Osoba
pro-person-heading = Osoba, która potrzebuje rzecznika
pro-person-name = Imię i nazwisko tej osoby
pro-person-dob = Data urodzenia (opcjonalnie)
pro-person-dob-hint = Na przykład 27 3 1950. Proszę zostawić puste, jeśli jej Pan/Pani nie zna.
pro-person-location = Gdzie ta osoba teraz przebywa? (opcjonalnie)
pro-person-location-hint = Na przykład: w domu, Oddział 7 w St James's Hospital, dom opieki Oak Lodge.
pro-person-in-prison = Czy ta osoba przebywa w więzieniu lub zakładzie dla młodocianych przestępców?

## Kontakt z osobą
pro-contact-heading = Kontakt z osobą
pro-contact-directly = Czy rzecznik może skontaktować się z tą osobą bezpośrednio?
pro-contact-directly-hint = Tylko jeśli jest to możliwe i bezpieczne. W przeciwnym razie rzecznik umówi kontakt przez Pana/Panią lub przez miejsce, w którym osoba przebywa.
pro-contact-directly-no = Nie, proszę to umówić przeze mnie lub przez miejsce, w którym osoba przebywa
pro-contact-method = Jak rzecznik powinien się z nią skontaktować?
pro-contact-phone = Numer telefonu tej osoby
pro-contact-email = Adres e-mail tej osoby
pro-contact-address = Adres tej osoby
pro-contact-address-hint = Proszę podać kod pocztowy.
pro-contact-message = Czy można bezpiecznie zostawić tej osobie wiadomość?
pro-contact-message-hint = Na przykład wiadomość głosową, SMS, który mógłby przeczytać ktoś inny, albo list, który mógłby otworzyć ktoś inny.
pro-contact-message-no = Nie, proszę nie zostawiać wiadomości
pro-contact-safe-times = Kiedy można bezpiecznie się z nią kontaktować? (opcjonalnie)
pro-contact-safe-times-hint = Na przykład: po południu albo nie wtedy, gdy jest przy niej określona osoba.
pro-contact-not-safe = Czy któryś z tych sposobów jest całkowicie niebezpieczny?
pro-contact-not-safe-hint = Proszę zaznaczyć te, których rzecznik nigdy nie może używać. Jeśli wszystkie są bezpieczne, proszę niczego nie zaznaczać.
pro-contact-codeword = Hasło rozpoznawcze (opcjonalnie)
pro-contact-codeword-hint = Słowo, które powie rzecznik, aby osoba wiedziała, że to naprawdę my. To nie jest hasło do konta.

## Dlaczego potrzebny jest rzecznik
pro-reason-heading = Dlaczego ta osoba potrzebuje rzecznika
pro-reason-why = Dlaczego ta osoba potrzebuje rzecznika?
pro-reason-why-hint = Co się dzieje, jakie decyzje są podejmowane i co mogłoby pójść źle bez rzecznika.
pro-reason-heard = Czy bez rzecznika ta osoba miałaby trudność z powiedzeniem, czego chce, lub z wpływem na ważną dla niej decyzję?
pro-reason-nhs-complaint = Czy ta osoba chce złożyć skargę na opiekę lub leczenie w NHS?
pro-danger-legend = Czy ta osoba lub ktoś inny jest teraz w niebezpieczeństwie?
pro-danger-hint = Jeśli tak, proszę najpierw zadzwonić pod 999. Spotkania, rozprawy i daty wypisu ze szpitala proszę podać na stronie spotkań i terminów.

## Zgoda
pro-agreement-consent = Czy ta osoba wie o tym zgłoszeniu i czy się na nie zgadza?
pro-agreement-consent-hint = Może Pan/Pani ją zgłosić nawet bez tego. Rzecznik zawsze będzie starał się ustalić, czego chce ta osoba.
pro-agreement-best-interests = Dlaczego rzecznik leżałby w najlepszym interesie tej osoby?
pro-agreement-best-interests-hint = Na przykład co jest postanawiane bez niej albo co mogłoby pójść źle bez rzecznika.
pro-law-heading = Jakiego prawa dotyczy to skierowanie?
pro-law-hint = Wybierz wszystkie pasujące. Wtedy zadamy tylko pytania dotyczące tych przepisów. Jeśli nie masz pewności, zadamy wszystkie.
pro-law-care-act = Ustawa o opiece (Care Act 2014)
pro-law-care-act-hint = Rada ocenia, planuje lub przegląda opiekę i wsparcie albo prowadzi postępowanie w sprawie ochrony.
pro-law-mca = Ustawa o zdolności umysłowej (Mental Capacity Act 2005)
pro-law-mca-hint = Decyzja, do której podjęcia osoba może nie mieć zdolności, albo zezwolenie w ramach zabezpieczeń przed pozbawieniem wolności (DoLS).
pro-law-mha = Ustawa o zdrowiu psychicznym (Mental Health Act 1983)
pro-law-mha-hint = Osoba jest zatrzymana, objęta nakazem leczenia środowiskowego lub opieką prawną albo rozważane jest leczenie wymagające zgody lub drugiej opinii.
pro-law-unsure = Nie wiem
pro-progress = Strona { $page } z { $pages }
pro-skip-to-law = Przejdź do pytań o przepisy

## Samorząd i Care Act
pro-council-heading = Samorząd lokalny (council) i ustawa o opiece (Care Act)
pro-council-needs = Czy wydaje się, że ta osoba ma potrzeby w zakresie opieki i wsparcia?
pro-council-needs-hint = Lub, w przypadku opiekuna, potrzeby w zakresie wsparcia.
pro-council-involved = Czy samorząd lokalny zajmuje się tą osobą?
pro-council-involved-hint = Na przykład opieka społeczna dla dorosłych, zespół ds. ochrony (safeguarding) albo służby dla dzieci planujące przejście do opieki dla dorosłych.
pro-council-process = W jakim procesie osoba uczestniczy lub wkrótce będzie uczestniczyć?
pro-council-role = Kogo dotyczy ten proces?
pro-council-stage = Na jakim etapie jest proces? (opcjonalnie)
pro-council-stage-hint = Na przykład: wizyta oceniająca umówiona na 3 marca albo plan będzie weryfikowany w przyszłym tygodniu.

## Trudność z uczestnictwem
pro-difficulty-heading = Trudność z uczestnictwem
pro-difficulty-intro = Zgodnie z ustawą o opiece (Care Act) wystarczy znaczna trudność w którymkolwiek z tych czterech obszarów.
pro-difficulty-legend = Czy ta osoba miałaby znaczną trudność z którąkolwiek z tych rzeczy?
pro-difficulty-hint = Proszę zaznaczyć wszystkie pasujące. Przy każdej zaznaczonej proszę napisać, co na to wskazuje.
pro-difficulty-none = Żadne z powyższych
pro-difficulty-evidence-understanding = Co wskazuje na trudność tej osoby ze zrozumieniem istotnych informacji?
pro-difficulty-evidence-retaining = Co wskazuje na trudność tej osoby z zapamiętaniem tych informacji?
pro-difficulty-evidence-weighing = Co wskazuje na trudność tej osoby z wykorzystaniem lub rozważeniem informacji, aby wziąć udział?
pro-difficulty-evidence-communicating = Co wskazuje na trudność tej osoby z przekazaniem swoich poglądów, życzeń i uczuć?
pro-difficulty-evidence-hint = Co Pan/Pani widział(a) lub usłyszał(a), od kogo i kiedy.

## Kto mógłby wspierać
pro-support-heading = Kto mógłby wspierać tę osobę
pro-support-intro = Jeśli ktoś nieodpłatnie może wspierać tę osobę w uczestnictwie (tzw. odpowiednia osoba, appropriate individual), rzecznik z ustawy o opiece (Care Act) może nie być potrzebny. Proszę opisać każdego, kto mógłby pomóc.
pro-support-candidates = Czy jest ktoś, kto mógłby wspierać tę osobę w uczestnictwie?
pro-support-candidates-hint = Na przykład rodzina, przyjaciel lub sąsiad.
pro-support-item = Osoba
pro-support-add = Dodaj kolejną osobę
pro-candidate-description = Kim jest dla tej osoby?
pro-candidate-description-hint = Na przykład: córka, sąsiad, znajomy z kościoła. Imię i nazwisko nie jest potrzebne.

## Gdy ktoś mógłby wspierać
pro-exceptions-heading = Gdy ktoś mógłby wspierać tę osobę
pro-exceptions-intro = Nawet jeśli ktoś mógłby wspierać tę osobę, ustawa o opiece (Care Act) nadal wymaga rzecznika w dwóch przypadkach.
pro-exceptions-placement = Czy rozważane jest dla tej osoby finansowane przez NHS umieszczenie w szpitalu lub domu opieki?
pro-exceptions-setting = Gdzie byłoby to umieszczenie?
pro-exceptions-days = Ile dni ma ono trwać? (opcjonalnie)
pro-exceptions-days-hint = Na przykład 60.
pro-exceptions-council-best-interests = Czy samorząd uważa, że rzecznik leżałby w najlepszym interesie tej osoby?
pro-exceptions-disagreement = Czy samorząd i osoba, która mogłaby wspierać, nie zgadzają się w jakiejś ważnej dla tej osoby sprawie?
pro-exceptions-both-agree = Czy obie strony zgadzają się, że rzecznik by pomógł?

## Zdolność do podejmowania decyzji
pro-capacity-heading = Zdolność do podejmowania decyzji
pro-capacity-intro = Prosimy napisać, co Pan/Pani wie. Jeśli ocena zdolności nie została jeszcze przeprowadzona, proszę mimo to wysłać zgłoszenie: pokażemy, że IMCA będzie na nią czekać.
pro-capacity-decision = Jaka decyzja jest podejmowana lub wkrótce będzie?
pro-capacity-days = Ile dni ma trwać pobyt? (opcjonalnie)
pro-capacity-days-hint = Na przykład 90.
pro-capacity-assessed = Czy przeprowadzono ocenę zdolności do podjęcia tej decyzji?
pro-capacity-date = Data oceny (opcjonalnie)
pro-capacity-date-hint = Na przykład 3 2 2026.
pro-capacity-lacks = Czy ta osoba nie ma zdolności do podjęcia tej decyzji?
pro-capacity-lacks-hint = Jeśli oceny jeszcze nie było, proszę napisać, co Pan/Pani sądzi.
pro-capacity-instruct = Czy z pomocą ta osoba mogłaby powiedzieć rzecznikowi, co ma dla niej zrobić?
pro-capacity-instruct-hint = Jeśli nie, rzecznik działa w jej imieniu bez instrukcji (rzecznictwo bez instrukcji, non-instructed advocacy).
pro-capacity-fluctuating = Czy zdolność tej osoby jest zmienna?
pro-capacity-consult = Czy jest ktoś z rodziny lub przyjaciół, poza opiekunami opłacanymi, z kim należy skonsultować tę decyzję?

## Ustawa o zdrowiu psychicznym
pro-mha-heading = Ustawa o zdrowiu psychicznym (Mental Health Act)
pro-mha-status = Czy ta osoba podlega ustawie o zdrowiu psychicznym (Mental Health Act)?
pro-mha-section = Który paragraf (section)? (opcjonalnie)
pro-mha-section-hint = Na przykład 2, 3, 5(2) albo 37/41.
pro-mha-declined = Czy ta osoba odmówiła wcześniej pomocy IMHA?
pro-mha-seclusion = Czy ta osoba jest w izolacji lub długotrwałej segregacji?
pro-mha-treatment = Czy rozważane jest leczenie wymagające jej zgody lub drugiej opinii?
pro-mha-treatment-hint = Na podstawie paragrafu 57 lub paragrafu 58A w przypadku osób poniżej 18 lat. Liczy się to nawet wtedy, gdy osoba przebywa w szpitalu dobrowolnie.

## Deprivation of Liberty Safeguards
pro-dols-heading = Zabezpieczenia przy pozbawieniu wolności (DoLS)
pro-dols-authorised = Czy dla tej osoby obowiązuje zezwolenie w ramach zabezpieczeń przy pozbawieniu wolności (Deprivation of Liberty Safeguards, DoLS)?
pro-dols-rpr = Czy jest członek rodziny lub przyjaciel, który może nieodpłatnie być jej przedstawicielem (przedstawiciel osoby, relevant person's representative)?

## Ochrona (safeguarding)
pro-safeguarding-heading = Ochrona (safeguarding)
pro-safeguarding-question = Czy istnieją obawy dotyczące bezpieczeństwa tej osoby (safeguarding)?
pro-safeguarding-concern = Jakie są obawy?
pro-safeguarding-concern-hint = Co się stało lub czego się obawiamy, i kogo to dotyczy.
pro-safeguarding-reference = Numer postępowania z paragrafu 42 (opcjonalnie)
pro-safeguarding-urgent = Czy postępowanie jest pilne?
pro-safeguarding-urgent-hint = Pilne postępowanie może się rozpocząć przed wyznaczeniem rzecznika. Wyznaczymy go tak szybko, jak to możliwe.
pro-safeguarding-delegated = Komu przekazano postępowanie? (opcjonalnie)
pro-safeguarding-delegated-hint = Na przykład trustowi NHS lub dostawcy opieki, z nazwiskiem osoby do kontaktu.

## Spotkania i terminy
pro-deadlines-heading = Spotkania i terminy
pro-deadlines-intro = Proszę dodać spotkania, rozprawy lub terminy, o których rzecznik musi wiedzieć, maksymalnie { $max }. Jeśli ich nie ma, proszę przejść dalej.
pro-deadlines-item = Spotkanie lub termin
pro-deadlines-add = Dodaj spotkanie lub termin
pro-deadline-what = Czego dotyczy?
pro-deadline-what-hint = Na przykład: spotkanie w sprawie oceny potrzeb, spotkanie w sprawie najlepszego interesu, rozprawa przed trybunałem.
pro-deadline-date = Data
pro-deadline-date-hint = Na przykład 14 5 2026.

## Ryzyko i obecni rzecznicy
pro-risks = Czy jest coś, co rzecznik powinien wiedzieć o ryzyku? (opcjonalnie)
pro-risks-hint = Ryzyko dla tej osoby lub dla rzecznika odwiedzającego ją samodzielnie: na przykład agresja, zwierzęta, inne osoby pod adresem lub kontrola zakażeń.
pro-advocate-existing = Czy ta osoba ma już rzecznika?
pro-advocate-who = Kim jest rzecznik i gdzie pracuje?

## Sprawdzenie odpowiedzi
pro-check-heading = Proszę sprawdzić odpowiedzi przed wysłaniem
pro-check-what-happens = Po wysłaniu nasz zespół rzeczników przeczyta zgłoszenie i skontaktuje się z Panem/Panią w pracy. Pracownicy potwierdzą, jaki rodzaj rzecznictwa ma zastosowanie.
pro-check-not-given = Nie podano
pro-check-not-a-date = To nie jest prawdziwa data
pro-check-no-date = Nie podano daty
pro-check-none = Brak
pro-check-phone = Służbowy numer telefonu
pro-check-person = Osoba
pro-check-dob = Data urodzenia
pro-check-location = Gdzie teraz przebywa
pro-check-in-prison = W więzieniu
pro-check-contact = Kontakt z osobą
pro-check-contact-directly = Kontakt bezpośredni
pro-check-contact-directly-change = czy kontaktować się z osobą bezpośrednio
pro-check-contact-directly-no = Nie, przez Pana/Panią lub przez miejsce, w którym przebywa
pro-check-reason = Dlaczego potrzebuje rzecznika
pro-check-heard = Bez rzecznika miałaby trudność, by zostać wysłuchaną
pro-check-nhs-complaint = Chce złożyć skargę na opiekę NHS
pro-check-agreement = Zgoda osoby
pro-check-consent = Wie i się zgadza
pro-check-best-interests = Dlaczego leży to w jej najlepszym interesie
pro-check-care-needs = Wydaje się mieć potrzeby w zakresie opieki i wsparcia
pro-check-council-involved = Zaangażowanie samorządu
pro-check-process = Proces
pro-check-role = Kogo dotyczy
pro-check-stage = Etap procesu
pro-check-difficulty = Znaczna trudność z
pro-check-evidence-understanding = Dowody: rozumienie istotnych informacji
pro-check-evidence-retaining = Dowody: zapamiętywanie tych informacji
pro-check-evidence-weighing = Dowody: wykorzystywanie lub rozważanie informacji, aby wziąć udział
pro-check-evidence-communicating = Dowody: przekazywanie swoich poglądów, życzeń i uczuć
pro-check-candidates = Ktoś, kto mógłby wspierać
pro-check-candidate = Osoba { $number }
pro-check-candidate-answer = { $question }: { $answer }
pro-check-placement = Rozważane umieszczenie przez NHS
pro-check-setting = Gdzie
pro-check-placement-days = Przewidywany czas w dniach
pro-check-council-best-interests = Samorząd uważa, że rzecznik leży w jej najlepszym interesie
pro-check-disagreement = Samorząd i ta osoba się nie zgadzają
pro-check-both-agree = Obie strony zgadzają się, że rzecznik by pomógł
pro-check-decision = Decyzja
pro-check-stay-days = Przewidywany czas pobytu w dniach
pro-check-assessed = Przeprowadzono ocenę zdolności
pro-check-assessment-date = Data oceny
pro-check-lacks = Brak zdolności do podjęcia tej decyzji
pro-check-instruct = Mogłaby przekazać rzecznikowi instrukcje
pro-check-fluctuating = Zdolność jest zmienna
pro-check-consult = Rodzina lub przyjaciel do konsultacji
pro-check-mha-status = Podleganie ustawie
pro-check-mha-section = Paragraf
pro-check-mha-declined = Wcześniej odmówiła pomocy IMHA
pro-check-mha-seclusion = W izolacji lub długotrwałej segregacji
pro-check-mha-treatment = Leczenie wymagające zgody lub drugiej opinii
pro-check-dols = Obowiązuje zezwolenie DoLS
pro-check-rpr = Dostępny nieodpłatny przedstawiciel
pro-check-safeguarding = Obawy dotyczące bezpieczeństwa
pro-check-concern = Obawy
pro-check-s42 = Numer postępowania z paragrafu 42
pro-check-urgent = Pilne
pro-check-law = Przepisy, których dotyczy
pro-check-danger = Teraz w niebezpieczeństwie
pro-check-delegated = Przekazano do
pro-check-deadline = Spotkanie lub termin { $number }
pro-check-risks = Ryzyko
pro-check-risks-row = Ryzyko, o którym trzeba wiedzieć
pro-check-advocates = Obecni rzecznicy
pro-check-has-advocate = Ma już rzecznika
pro-check-their-advocate = Rzecznik tej osoby
pro-check-needs = Potrzeby i życzenia tej osoby

## Daty (miesiąc w dopełniaczu: „27 marca 1950”)
pro-date = { $day } { $month } { $year }
pro-month-january = stycznia
pro-month-february = lutego
pro-month-march = marca
pro-month-april = kwietnia
pro-month-may = maja
pro-month-june = czerwca
pro-month-july = lipca
pro-month-august = sierpnia
pro-month-september = września
pro-month-october = października
pro-month-november = listopada
pro-month-december = grudnia
