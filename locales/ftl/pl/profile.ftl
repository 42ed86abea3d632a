# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: profile

## Sposoby kontaktu
contact-way-phone = Rozmowa telefoniczna
contact-way-text = SMS
contact-way-email = E-mail
contact-way-letter = List
contact-way-in-person = Osobiście
contact-way-named-person = Przez osobę, której ufam

## Dane kontaktowe (-you: o czytającym, -them: o osobie, którą zgłasza)
contact-phone-label-you = Jaki jest Twój numer telefonu?
contact-phone-label-them = Jaki jest numer telefonu tej osoby?
contact-mobile-label-you = Jaki jest Twój numer telefonu komórkowego?
contact-mobile-label-them = Jaki jest numer telefonu komórkowego tej osoby?
contact-phone-hint = Na przykład 07700 900 982. Użyjemy go tylko w sprawie tego zgłoszenia.
contact-phone-hint-easy = Na przykład 07700 900 982. Użyjemy go tylko w tej sprawie.
contact-email-label-you = Jaki jest Twój adres e-mail?
contact-email-label-them = Jaki jest adres e-mail tej osoby?
contact-email-hint = Użyjemy go tylko w sprawie tego zgłoszenia.
contact-email-hint-easy = Użyjemy go tylko w tej sprawie.
contact-address-label-you = Jaki jest Twój adres?
contact-address-label-them = Jaki jest adres tej osoby?
contact-address-hint = Podaj kod pocztowy.
contact-meet-label-you = Gdzie możemy się z Tobą spotkać?
contact-meet-label-them = Gdzie możemy się z nią spotkać?
contact-meet-hint = Na przykład adres domowy, oddział i szpital albo miejsce, w którym ta osoba czuje się bezpiecznie. Napisz, czy ktoś powinien to zorganizować.
contact-meet-hint-easy = Na przykład dom, oddział szpitala albo bezpieczne miejsce. Napisz, czy ktoś ma to ustalić.

## Kontakt przez zaufaną osobę
contact-through-heading-you = Przez kogo mamy się z Tobą kontaktować?
contact-through-heading-them = Przez kogo mamy się kontaktować z tą osobą?
contact-through-body-you = Będziemy kontaktować się z Tobą tylko przez tę osobę.
contact-through-body-them = Będziemy kontaktować się z tą osobą tylko przez tę zaufaną osobę.
contact-through-name = Imię i nazwisko
contact-through-relationship-you = Kim ta osoba jest dla Ciebie? (opcjonalnie)
contact-through-relationship-them = Kim ta osoba jest dla osoby, którą zgłaszasz? (opcjonalnie)
contact-through-relationship-hint = Na przykład siostra, przyjaciel lub pracownik wsparcia.
contact-through-phone = Numer telefonu
contact-through-phone-hint = Podaj numer telefonu, adres e-mail albo oba.
contact-through-email = Adres e-mail (opcjonalnie, jeśli podano numer telefonu)

## Bezpieczny kontakt
contact-safety-heading-you = Bezpieczny kontakt z Tobą
contact-safety-heading-them = Bezpieczny kontakt z tą osobą
contact-safety-intro = Niektórzy mieszkają z kimś, kto sprawdza ich telefon lub pocztę. Powiedz nam wszystko, co powinniśmy wiedzieć.
contact-safety-intro-easy = Ktoś w domu może sprawdzać telefon albo listy. Powiedz nam, co powinniśmy wiedzieć.
contact-message-legend-you = Czy możemy bezpiecznie zostawić Ci wiadomość?
contact-message-legend-them = Czy możemy bezpiecznie zostawić tej osobie wiadomość?
contact-message-hint = Na przykład wiadomość głosową, SMS, który mógłby przeczytać ktoś inny, albo list, który mógłby otworzyć ktoś inny.
contact-message-hint-easy = Wiadomość to na przykład poczta głosowa, SMS albo list. Ktoś inny może ją zobaczyć.
contact-message-yes = Tak, można zostawić wiadomość
contact-message-no = Nie, proszę nie zostawiać wiadomości
contact-message-unknown = Nie jestem pewien/pewna
contact-not-safe-legend = Czy któryś z tych sposobów jest całkowicie niebezpieczny?
contact-not-safe-hint = Zaznacz te, których nigdy nie możemy używać. Jeśli wszystkie są bezpieczne, niczego nie zaznaczaj.
contact-not-safe-hint-easy = Zaznacz sposoby, których nigdy nie możemy używać. Jeśli wszystkie są bezpieczne, nic nie zaznaczaj.
contact-safe-times-label-you = Kiedy można bezpiecznie się z Tobą kontaktować? (opcjonalnie)
contact-safe-times-label-them = Kiedy można bezpiecznie kontaktować się z tą osobą? (opcjonalnie)
contact-safe-times-hint = Na przykład: rano w dni robocze albo nie wtedy, gdy ktoś inny jest w domu.
contact-codeword-label = Hasło rozpoznawcze (opcjonalnie)
contact-codeword-hint-you = Słowo, które powiemy, abyś wiedział(a), że to naprawdę my. Nie używaj hasła do konta.
contact-codeword-hint-you-easy = Powiemy to słowo. Wtedy będziesz wiedzieć, że to naprawdę my. Nie używaj hasła do konta.
contact-codeword-hint-them = Słowo, które powiemy, aby ta osoba wiedziała, że to naprawdę my. Nie używaj hasła do konta.
contact-codeword-hint-them-easy = Powiemy to słowo. Wtedy ta osoba będzie wiedzieć, że to naprawdę my. Nie używaj hasła do konta.

## Potrzeby komunikacyjne
communication-heading-you = Jak możemy ułatwić rozmowę z Tobą?
communication-heading-them = Jak możemy ułatwić rozmowę z tą osobą?
communication-intro-you = Wykorzystamy to, co nam powiesz, za każdym razem, gdy będziemy się z Tobą kontaktować. Wszystkie pytania są opcjonalne.
communication-intro-you-easy = Zrobimy tak za każdym razem, gdy się z Tobą skontaktujemy. Nie musisz odpowiadać.
communication-intro-them = Rzecznik wykorzysta to, co nam powiesz, gdy będzie spotykać się lub kontaktować z tą osobą. Wszystkie pytania są opcjonalne.
communication-intro-them-easy = Rzecznik użyje tego, gdy spotka się z tą osobą lub się z nią skontaktuje. Nie musisz odpowiadać.
communication-legend-you = Czy coś z tego by Ci pomogło?
communication-legend-them = Czy coś z tego pomogłoby tej osobie?
communication-tick-hint = Zaznacz wszystko, co pomaga.
communication-interpreter = Tłumacz ustny
communication-bsl = Brytyjski język migowy (BSL) lub inny język migowy
communication-easy-read = Tekst łatwy do czytania (krótkie zdania z obrazkami)
communication-large-print = Duży druk
communication-braille = Alfabet Braille’a
communication-audio-you = Nagranie audio lub ktoś, kto mi przeczyta
communication-audio-them = Nagranie audio lub ktoś, kto przeczyta tej osobie
communication-reading-help-you = Pomoc w czytaniu listów i wypełnianiu formularzy
communication-reading-help-them = Pomoc dla tej osoby w czytaniu listów i wypełnianiu formularzy
communication-language-you = W jakim języku mamy się z Tobą porozumiewać? (opcjonalnie)
communication-language-them = W jakim języku mamy się porozumiewać z tą osobą? (opcjonalnie)
communication-language-hint-you = Jeśli potrzebujesz tłumacza, napisz, w jakim języku powinien mówić.
communication-language-hint-you-easy = Czy potrzebujesz tłumacza? Napisz, w jakim języku ma mówić.
communication-language-hint-them = Jeśli ta osoba potrzebuje tłumacza, napisz, w jakim języku tłumacz powinien mówić.
communication-language-hint-them-easy = Czy ta osoba potrzebuje tłumacza? Napisz, w jakim języku tłumacz ma mówić.
communication-other-you = Czy coś jeszcze by pomogło? (opcjonalnie)
communication-other-them = Czy coś jeszcze pomogłoby tej osobie? (opcjonalnie)
communication-other-hint-you = Na przykład: proszę mówić powoli albo chcę, żeby ktoś był ze mną.
communication-other-hint-them = Na przykład: mówić powoli, spotkać się w znanym jej miejscu albo z osobą, której ufa.
communication-other-hint-them-easy = Na przykład: mówić powoli. Spotkać się w znanym jej miejscu. Przyjść z kimś, komu ufa.

## Czego oczekuje od rzecznika
preferences-advocate-heading-you = Jakiego rzecznika chcesz?
preferences-advocate-heading-them = Jakiego rzecznika chce ta osoba?
preferences-advocate-intro = Postaramy się to uwzględnić. Wszystkie te pytania są opcjonalne.
preferences-advocate-intro-easy = Postaramy się znaleźć takiego rzecznika. Nie musisz odpowiadać.
preferences-gender-legend-you = Jakiej płci rzecznika wolisz?
preferences-gender-legend-them = Jakiej płci rzecznika woli ta osoba?
preferences-gender-woman = Kobieta
preferences-gender-man = Mężczyzna
preferences-gender-no-preference = Bez znaczenia
preferences-language-label = Język, którym mówi rzecznik (opcjonalnie)
preferences-language-hint-you = Abyś mógł/mogła rozmawiać bez tłumacza.
preferences-language-hint-them = Aby ta osoba mogła rozmawiać bez tłumacza.
preferences-culture-label = Kultura lub wiara, którą rzecznik rozumie (opcjonalnie)
preferences-culture-hint = Na przykład ktoś, kto rozumie życie muzułmanów, Żydów albo Romów i Travellerów.
preferences-previous-label-you = Rzecznik, którego już miałeś/miałaś i chcesz mieć ponownie (opcjonalnie)
preferences-previous-label-them = Rzecznik, którego ta osoba już miała i chce mieć ponownie (opcjonalnie)
preferences-previous-hint = Imię i nazwisko albo miejsce pracy.

## Kogo włączyć, a kogo nie
preferences-people-heading-you = Kogo mamy włączyć?
preferences-people-heading-you-easy = Z kim mamy rozmawiać?
preferences-people-heading-them = Kogo mamy włączyć w sprawy tej osoby?
preferences-people-heading-them-easy = Z kim mamy rozmawiać o tej osobie?
preferences-people-intro = Oba pytania są opcjonalne. To, co powiesz, zachowamy w tajemnicy.
preferences-people-intro-easy = Nie musisz odpowiadać. Zachowamy to w tajemnicy.
preferences-involve-label-you = Rodzina lub przyjaciele, których chcesz włączyć (opcjonalnie)
preferences-involve-label-them = Rodzina lub przyjaciele, których ta osoba chce włączyć (opcjonalnie)
preferences-involve-hint = Ich imiona, kim są i w jaki sposób mają uczestniczyć.
preferences-involve-hint-easy = Napisz, jak się nazywają i kim są. Napisz, jak mają pomagać.
preferences-do-not-involve-label = Ktoś, kogo nie możemy włączać ani informować (opcjonalnie)
preferences-do-not-involve-hint = Nie będziemy się z nimi kontaktować ani niczego im przekazywać.

## Sprawdź odpowiedzi
profile-row-method-you = Jak się z Tobą kontaktować
profile-row-method-them = Jak kontaktować się z tą osobą
profile-row-method-change-you = sposób kontaktu z Tobą
profile-row-method-change-them = sposób kontaktu z tą osobą
profile-row-details-change-you = Twoje dane kontaktowe
profile-row-details-change-them = dane kontaktowe tej osoby
profile-row-contact-details = Dane kontaktowe
profile-row-phone = Numer telefonu
profile-row-email = Adres e-mail
profile-row-address = Adres
profile-row-meet = Miejsce spotkania
profile-row-through = Przez kogo się kontaktować
profile-row-message = Czy można zostawić wiadomość
profile-row-message-change = czy można bezpiecznie zostawić wiadomość
profile-row-not-sure = Nie wiadomo
profile-row-not-safe = Niebezpieczne sposoby kontaktu
profile-row-not-safe-change = niebezpieczne sposoby kontaktu
profile-row-safe-times-you = Bezpieczne pory kontaktu z Tobą
profile-row-safe-times-them = Bezpieczne pory kontaktu z tą osobą
profile-row-safe-times-change-you = bezpieczne pory kontaktu z Tobą
profile-row-safe-times-change-them = bezpieczne pory kontaktu z tą osobą
profile-row-codeword = Hasło rozpoznawcze
profile-row-codeword-change = hasło rozpoznawcze
profile-row-given = Podano
profile-row-none = Brak
profile-row-communication-you = Co pomaga Ci się porozumiewać
profile-row-communication-them = Co pomaga tej osobie się porozumiewać
profile-row-communication-change-you = co pomaga Ci się porozumiewać
profile-row-communication-change-them = co pomaga tej osobie się porozumiewać
profile-row-nothing-given = Nic nie podano
profile-row-need-language = Język: { $language }
profile-row-need-interpreter = Potrzebny tłumacz ustny
profile-row-need-bsl = Brytyjski język migowy lub inny język migowy
profile-row-need-easy-read = Tekst łatwy do czytania
profile-row-need-large-print = Duży druk
profile-row-need-braille = Alfabet Braille’a
profile-row-need-audio = Audio
profile-row-need-reading-help = Pomoc w czytaniu i wypełnianiu formularzy
profile-row-need-other = Inne: { $other }
profile-row-advocate = Rzecznik
profile-row-advocate-change = czego oczekuje się od rzecznika
profile-row-advocate-gender = Płeć rzecznika: { $answer }
profile-row-advocate-language = Język rzecznika: { $answer }
profile-row-advocate-culture = Kultura lub wiara: { $answer }
profile-row-advocate-previous = Wcześniejszy rzecznik: { $answer }
profile-row-people = Rodzina i przyjaciele
profile-row-people-change = kogo włączyć
profile-row-involve = Włączyć: { $answer }
profile-row-do-not-involve = Nie włączać: { $answer }
profile-row-equality = Pytania o równość (opcjonalne)
profile-row-equality-change-you = Twoje odpowiedzi na pytania o równość
profile-row-equality-change-them = odpowiedzi tej osoby na pytania o równość
profile-row-equality-one = Udzielono odpowiedzi na 1 pytanie
profile-row-equality-many = Liczba pytań z odpowiedzią: { $count }
profile-row-equality-skipped = Pominięto
