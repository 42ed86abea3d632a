# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: sprawy zgłaszane wspólnie przez grupy samorzecznicze

layout-issues = Sprawy zgłoszone przez grupy

## Lista spraw
issues-heading = Sprawy zgłoszone przez grupy
issues-intro = Grupy samorzecznicze zgłaszają problemy, które dotyczą wielu osób. Dzięki temu ludzie, którzy mogą coś zmienić, odpowiadają publicznie. Możesz przeczytać każdą sprawę, zobaczyć, na jakim jest etapie, i powiedzieć, czy Ciebie też to dotyczy.
issues-register-link = Zarejestruj swoją grupę
issues-sign-in-link = Członkowie grup logują się tutaj
issues-loading = Pobieranie spraw…
issues-none = Żadna grupa nie zgłosiła jeszcze sprawy.
issues-by = Zgłasza: { $group }
issues-counts = Inne grupy, które to wspierają: { $supports } · Osoby, które mówią, że ich to też dotyczy: { $me_too }
issues-page-status = Strona { $page } z { $pages }
issues-pages = Strony ze sprawami
issues-previous = Nowsze sprawy
issues-next = Starsze sprawy

## Jedna sprawa
issue-untitled = Sprawa jeszcze bez tytułu
issue-raised-by = Kto zgłasza
issue-for = Do kogo jest skierowana
issue-status = Na jakim jest etapie
issue-raised-on = Data zgłoszenia
issue-agreeing = Członkowie grupy, którzy się zgadzają
issue-members-agreeing = Liczba członków, którzy się zgadzają: { $count }
issue-happening-heading = Co się dzieje
issue-affects-heading = Kogo to dotyczy
issue-change-heading = Jakiej zmiany chce grupa
issue-easy-read-heading = W wersji łatwej do czytania
issue-history-heading = Co wydarzyło się do tej pory
issue-response-plain = Przeczytaj całą odpowiedź
issue-response-easy-read = Przeczytaj tę odpowiedź w wersji łatwej do czytania
issue-supports-heading = Kto to wspiera
issue-no-supports = Żadna inna grupa nie poparła jeszcze tej sprawy.
issue-me-too-count = Liczba osób, które mówią, że ich to też dotyczy: { $count }.
issue-me-too-heading = Czy Ciebie też to dotyczy?
issue-me-too-hint = Naciśnij przycisk, a policzymy Cię. Nie pytamy, kim jesteś, i nic o Tobie nie zapisujemy.
issue-me-too = Mnie też to dotyczy
issue-me-too-sending = Liczymy Cię…
issue-me-too-thanks = Dziękujemy. Policzyliśmy Cię. Liczba osób, które teraz mówią, że ich to też dotyczy: { $count }.

## Do kogo jest skierowana sprawa
issue-for-commissioner = Zleceniodawca w samorządzie (council)
issue-for-safeguarding-board = Rada ds. ochrony dorosłych (Safeguarding Adults Board)
issue-for-provider-board = Zarząd organizacji zapewniającej rzecznictwo
issue-for-partnership-board = Rada partnerska (partnership board)
issue-for-healthwatch = Healthwatch

## Na jakim etapie jest sprawa
issue-status-draft = Wersja robocza, jeszcze niezgłoszona
issue-status-received = Otrzymana
issue-status-being-looked-at = W trakcie rozpatrywania
issue-status-response-given = Udzielono odpowiedzi
issue-status-change-agreed = Uzgodniono zmianę
issue-status-change-made = Wprowadzono zmianę
issue-status-closed = Zamknięta

## Rejestracja grupy
group-register-heading = Zarejestruj swoją grupę samorzeczniczą
group-register-intro = Opowiedz nam o swojej grupie. Organizacja zapewniająca rzecznictwo skontaktuje się z Wami, aby sprawdzić, czy grupa naprawdę istnieje. Zwykle następuje to w ciągu kilku dni roboczych. Potem Wasza grupa może się logować, razem opisywać sprawy i zgłaszać je tak, aby wszyscy mogli je zobaczyć.
group-register-name = Nazwa grupy
group-register-area = Na terenie którego samorządu (council) działa Twoja grupa?
group-register-area-hint = Na przykład Cardiff albo Leeds. Dzięki temu osoby, do których zgłaszacie sprawy, wiedzą, gdzie działa Wasza grupa.
group-register-members = Ilu członków ma Twoja grupa?
group-register-contact-heading = Osoba do kontaktu w grupie
group-register-contact-intro = To z tą osobą organizacja rozmawia o grupie. Gdy grupa zostanie sprawdzona, ta osoba loguje się jako pierwsza i może dodać pozostałych członków.
group-register-contact-name = Imię i nazwisko osoby do kontaktu
group-register-contact-email = Adres e-mail osoby do kontaktu
group-register-send = Zarejestruj grupę
group-register-sending = Rejestrujemy Twoją grupę…
group-registered-heading = Twoja grupa jest zarejestrowana
group-registered-body = Grupa { $name } jest zarejestrowana.
group-registered-next = Organizacja zapewniająca rzecznictwo skontaktuje się z osobą do kontaktu w Twojej grupie, aby sprawdzić grupę. Potem przekaże tej osobie jednorazowe hasło do logowania.
group-registered-issues = Przeczytaj sprawy zgłoszone przez inne grupy
