# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: errors

error-check-answer = Sprawdź tę odpowiedź
error-too-long = Użyj najwyżej { $max } znaków
error-markup = Usuń znaki < i >
error-control-one-line = Używaj tylko liter, cyfr i znaków interpunkcyjnych, w jednym wierszu
error-invisible = Jest tu ukryty znak, na przykład po skopiowaniu i wklejeniu. Wpisz to jeszcze raz samodzielnie
error-control = Używaj tylko liter, cyfr i znaków interpunkcyjnych
error-phone-invalid = Wpisz numer telefonu, na przykład 07700 900 982 lub +44 7700 900982
error-email-invalid = Wpisz adres e-mail, na przykład name@example.com

error-help-with-required = Wybierz obrazek albo napisz własnymi słowami, w czym chcesz uzyskać pomoc
error-name-required = Napisz, jak mamy się do Ciebie zwracać
error-age-range = Wpisz wiek od 0 do 120

error-contact-phone-required = Wpisz numer telefonu, abyśmy mogli się z Tobą skontaktować
error-contact-email-required = Wpisz adres e-mail, abyśmy mogli się z Tobą skontaktować
error-contact-place-required = Napisz, gdzie możemy się spotkać
error-contact-address-required = Wpisz adres, abyśmy mogli do Ciebie napisać
error-contact-method-not-safe = Według Twojej odpowiedzi wybrany sposób kontaktu nie jest bezpieczny. Odznacz go albo wróć i wybierz inny sposób
error-named-person-name-required = Podaj imię osoby, z którą mamy się kontaktować
error-named-person-phone-or-email = Podaj numer telefonu lub adres e-mail tej osoby
error-interpreter-language-required = Napisz, w jakim języku ma mówić tłumacz

error-referrer-name-required = Podaj swoje imię
error-person-called-required = Napisz, jak ta osoba lubi, żeby się do niej zwracać
error-on-behalf-help-with-required = Wybierz obrazek albo napisz własnymi słowami, w czym ta osoba potrzebuje pomocy
error-best-interests-required = Napisz, dlaczego pomoc rzecznika byłaby w najlepszym interesie tej osoby
error-person-contact-required = Napisz, jak skontaktować się z tą osobą, albo wybierz kontakt przez Ciebie

error-professional-name-required = Podaj swoje imię i nazwisko
error-organisation-required = Podaj nazwę swojej organizacji
error-job-role-required = Podaj swoje stanowisko lub rolę
error-work-email-required = Podaj swój służbowy adres e-mail
error-person-name-required = Podaj imię tej osoby
error-professional-help-with-required = Napisz, dlaczego ta osoba potrzebuje rzecznika
error-existing-advocate-required = Napisz, kim jest rzecznik i gdzie pracuje
error-safeguarding-concern-required = Opisz obawę dotyczącą bezpieczeństwa tej osoby (safeguarding)
error-difficulty-evidence-required = Podaj dowody na tę trudność
error-too-many-deadlines = Podaj 10 najważniejszych spotkań i terminów
error-deadline-what-required = Napisz, czego dotyczy spotkanie lub termin
error-candidates-one-each = Opisz każdą osobę, która mogłaby ją wspierać – jeden opis na osobę
error-candidate-description-required = Napisz, kim jest ta osoba

error-track-reference-required = Wpisz swój numer referencyjny, na przykład SU-4K7P-M2QX
error-track-code-required = Wpisz swój kod śledzenia
error-lost-code-contact-required = Wpisz numer telefonu lub adres e-mail podany nam wcześniej


error-answer-missing = Brakuje tej odpowiedzi
error-unknown-question = Nie zadajemy takiego pytania
error-answer-malformed = Ta odpowiedź nie ma oczekiwanej formy ({ $detail })

error-sign-in-email-required = Wpisz swój adres e-mail
error-sign-in-password-required = Wpisz hasło
error-current-password-required = Wpisz obecne hasło
error-current-password-wrong = Obecne hasło jest nieprawidłowe
error-new-password-too-short = Nowe hasło musi mieć co najmniej 12 znaków
error-new-password-same = Wybierz hasło inne niż obecne
error-first-password-too-short = Pierwsze hasło musi mieć co najmniej 12 znaków
error-staff-name-required = Podaj imię i nazwisko tej osoby
error-email-taken = Istnieje już konto z tym adresem e-mail

error-decline-reason-required = Napisz tej osobie, dlaczego nie możemy przyjąć tego zgłoszenia
error-merge-same-referral = Wybierz inne zgłoszenie, z którym połączyć to
error-merge-not-found = Nie znaleźliśmy tego zgłoszenia
error-merge-target-merged = To zgłoszenie zostało już połączone z innym; wybierz tamto
error-mha-section = Wpisz numer sekcji, na przykład 2, 3 lub 37, albo zostaw to pole puste

## Problems the server reports
error-problem-answers = Wystąpił problem z Twoimi odpowiedziami
error-too-much = Wysłany tekst jest za długi. Skróć odpowiedzi i spróbuj ponownie
error-unavailable = SpeakUp jest teraz niedostępny. Nic z tego, co wysłano, nie zostało utracone; spróbuj ponownie za kilka minut
error-busy = Teraz z SpeakUp korzysta wiele osób. Nic z tego, co wpisano, nie zostało utracone: spróbuj ponownie za chwilę
error-proof-needed = Twoje urządzenie musi wysłać to ponownie. Nic z tego, co wpisano, nie zostało utracone: naciśnij Wyślij jeszcze raz
error-internal = Coś poszło nie tak po naszej stronie. Nic z tego, co wysłano, nie zostało utracone; spróbuj ponownie za kilka minut
error-sign-in-wrong = Adres e-mail lub hasło są nieprawidłowe
error-sign-in-needed = Zaloguj się, aby kontynuować
error-role-not-allowed = Twoja rola na to nie pozwala
error-choose-new-password = Zanim przejdziesz dalej, wybierz nowe hasło
error-set-up-second-factor = Zanim przejdziesz dalej, skonfiguruj logowanie dwuetapowe
error-second-factor-code-required = Wpisz kod z aplikacji uwierzytelniającej albo kod odzyskiwania
error-second-factor-wrong = Ten kod jest nieprawidłowy albo został już użyty. Wpisz kod, który aplikacja pokazuje teraz
error-second-factor-already-on = Logowanie dwuetapowe jest już włączone dla tego konta
error-second-factor-no-setup = Zacznij konfigurację logowania dwuetapowego od nowa
error-second-factor-required = Twoja rola wymaga logowania dwuetapowego, więc nie można go wyłączyć
error-sign-in-again = Logowanie trwało zbyt długo albo wpisano zbyt wiele błędnych kodów. Wpisz ponownie e-mail i hasło
error-page-expired = Ta strona wygasła. Odśwież ją i spróbuj ponownie
error-page-not-found = Nie znaleźliśmy tej strony
error-nothing-here = Pod tym adresem nic nie ma
error-soon-what-required = Napisz, co wydarzy się wkrótce
error-not-tracked = Nie znaleźliśmy zgłoszenia z tym numerem referencyjnym i kodem. Wielkość liter, spacje i znaki interpunkcyjne nie mają znaczenia. Porównaj oba z potwierdzeniem i spróbuj ponownie
error-no-meeting-to-move = Nie ma umówionego spotkania, które można przenieść. Jeśli chcesz porozmawiać ze swoim rzecznikiem, zadzwoń do nas
error-not-tracked-one-try-left = Nie znaleźliśmy zgłoszenia z tym numerem referencyjnym i kodem. Możesz spróbować jeszcze raz z tym numerem, potem trzeba będzie chwilę poczekać
error-referral-not-found = Nie znaleźliśmy tego zgłoszenia
error-already-decided = Ktoś już podjął decyzję w sprawie tego zgłoszenia. Odśwież stronę, aby zobaczyć jaką
error-already-merged = To zgłoszenie zostało już połączone z innym. Odśwież stronę, aby zobaczyć z którym
error-key-reused = Ten Idempotency-Key był już użyty dla innego zgłoszenia. Wyślij nowe odpowiedzi z nowym kluczem
error-too-many-sign-ins = Zbyt wiele prób logowania na to konto
error-too-many-tries = Próbowano tego numeru referencyjnego zbyt wiele razy
error-too-many-new-codes = Prośba o nowy kod była już składana kilka razy
error-try-again-minute = Spróbuj ponownie za minutę.
error-try-again-minutes = Spróbuj ponownie za { $minutes } min.

# Feedback
error-feedback-empty = Odpowiedz na co najmniej jedno pytanie albo napisz coś w polu
error-feedback-not-asked = Niektóre odpowiedzi dotyczą pytań, których ten formularz nie zadaje. Wróć na początek formularza i spróbuj ponownie
error-feedback-reference = Wpisz numer referencyjny tak, jak na potwierdzeniu, np. SU-4K7P-M2QX, albo zostaw puste
error-receipt-required = Wpisz słowa z potwierdzenia opinii
error-receipt-not-found = Nie znaleźliśmy opinii z tymi słowami. Wielkość liter, spacje i znaki interpunkcyjne nie mają znaczenia. Porównaj je z potwierdzeniem i spróbuj ponownie
error-message-required = Napisz wiadomość

# Groups and collective issues
error-group-name-required = Wpisz nazwę grupy
error-group-area-required = Wpisz obszar samorządu (council), w którym działa grupa
error-group-contact-required = Podaj imię i nazwisko osoby do kontaktu
error-group-members = Wpisz cyframi, ilu członków ma grupa, na przykład 12
error-contact-email-taken = Adres e-mail osoby do kontaktu w grupie służy już do logowania w SpeakUp, więc grupa nie została zweryfikowana. Poproś grupę, aby zarejestrowała się ponownie z innym adresem
error-too-many-members = Twoja grupa dodała wielu członków w ciągu ostatniej godziny. Spróbuj ponownie później
error-group-not-found = Nie znaleźliśmy tej grupy
error-group-role = Członków grupy dodaje ich grupa, a nie strona kont personelu
error-group-not-verified = Twoja grupa może to zrobić, gdy organizacja zapewniająca rzecznictwo ją sprawdzi
error-issue-title-required = Nadaj sprawie krótki tytuł
error-issue-happening-required = Napisz, co się dzieje
error-issue-affects-required = Napisz, kogo to dotyczy
error-issue-members = Wpisz cyframi, ilu członków się zgadza, na przykład 12
error-issue-change-required = Napisz, jakiej zmiany chce grupa
error-issue-addressee-required = Wybierz, do kogo jest skierowana sprawa
error-issue-easy-read-required = Opisz sprawę w wersji łatwej do czytania: krótkie zdania i proste słowa
error-issue-pictures = Wybierz najwyżej 3 obrazki, każdy tylko raz
error-issue-not-found = Nie znaleźliśmy tej sprawy
error-issue-already-raised = Ta sprawa została już zgłoszona, więc nie można zmienić jej treści
error-issue-closed = Ta sprawa jest zamknięta
error-issue-moved = Ktoś inny zmienił tę sprawę w tym samym momencie. Odśwież stronę, aby zobaczyć, jak wygląda teraz, i spróbuj ponownie
error-not-addressee = Odpowiedzieć mogą tylko osoby, do których skierowano sprawę
error-response-status = Wybierz, na jakim etapie jest sprawa
error-response-plain-required = Napisz odpowiedź prostymi słowami
error-response-easy-read-required = Napisz odpowiedź także w wersji łatwej do czytania
error-support-line-required = Napisz jedno zdanie o tym, dlaczego Twoja grupa to wspiera
error-support-own-issue = Tę sprawę zgłosiła Twoja grupa, więc nie może jej poprzeć
error-support-given = Twoja grupa już wspiera tę sprawę
error-outcome-not-found = Jednej z rzeczy, na których Ci zależało, nie ma już w Twoim zgłoszeniu. Sprawdź zgłoszenie jeszcze raz, żeby zobaczyć, co jest w nim teraz
error-outcomes-not-open = Możesz nam powiedzieć, jak poszło, kiedy Twój rzecznik kończy z Tobą pracę. Ten czas jeszcze nie nadszedł albo już minął
error-ratings-required = Odpowiedz na co najmniej jedno z pytań
error-ratings-too-many = Jest za dużo odpowiedzi, żeby wysłać je naraz
error-rating-comment-long = O każdej rzeczy możesz napisać najwyżej 2000 znaków. Skróć tekst
