# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: anonimowe opinie

layout-feedback = Przekaż opinię
track-feedback-link = Powiedz nam, co myślisz o rzecznictwie

feedback-who-legend = Kto przekazuje opinię?
feedback-who-hint = Nie musisz podawać imienia. Nie przechowujemy niczego, co mówi, kim jesteś ani z jakiego telefonu lub komputera korzystasz.
feedback-who-hint-easy = Nie musisz podawać imienia. Nie przechowujemy niczego, co mówi, kim jesteś.
feedback-who-had-advocate = Miałem/miałam rzecznika
feedback-who-carer = Jestem opiekunem, członkiem rodziny lub przyjacielem osoby, która miała rzecznika
feedback-who-referrer = Skierowałem/skierowałam kogoś jako specjalista
feedback-who-not-eligible = Powiedziano mi, że nie mogę mieć rzecznika
feedback-who-missing = Wybierz, kto przekazuje opinię
feedback-replies-link = Mam potwierdzenie: przeczytaj odpowiedzi na moją opinię

feedback-questions-heading = Jak oceniasz rzecznictwo?
feedback-questions-heading-carer = Jak oceniasz rzecznictwo jako opiekun, członek rodziny lub przyjaciel?
feedback-questions-heading-referrer = Jak przebiegło kierowanie do nas?
feedback-questions-heading-not-eligible = Jak Ci to przekazano?
feedback-questions-hint = Wybierz twarz, która najlepiej pasuje do każdego zdania. Możesz pominąć dowolne z nich.

feedback-q-information = Dostałem/dostałam potrzebne informacje wtedy, kiedy ich potrzebowałem/potrzebowałam
feedback-q-take-part = Rozumiałem/rozumiałam więcej i mogłem/mogłam brać udział w decyzjach o mnie
feedback-q-heard = Zapytano mnie, czego chcę, i czułem/czułam, że ktoś mnie słucha
feedback-q-outcome = Rzecznictwo pomogło mi osiągnąć to, czego chciałem/chciałam
feedback-q-challenge = Czułem/czułam, że mogę kwestionować decyzje, z którymi się nie zgadzam
feedback-q-safer = Czuję się teraz bezpieczniej
feedback-q-private = Moje informacje były poufne i udostępniano je tylko wtedy, gdy było to konieczne
feedback-q-roles = Wiedziałem/wiedziałam, kim są wszyscy i po co są
feedback-q-proportionate = Ludzie angażowali się tylko na tyle, na ile potrzebowałem/potrzebowałam
feedback-q-easy-to-refer = Skierowanie było łatwe
feedback-q-kept-informed = Powiedziano mi, co stało się ze skierowaniem
feedback-q-quick-enough = Odpowiedź przyszła wystarczająco szybko dla tej osoby
feedback-q-decision-explained = Jasno wyjaśniono mi dlaczego
feedback-q-other-help = Powiedziano mi, gdzie jeszcze mogę uzyskać pomoc
feedback-q-could-challenge = Wiedziałem/wiedziałam, jak zakwestionować decyzję

feedback-agree-1 = Nie, wcale
feedback-agree-2 = Raczej nie
feedback-agree-3 = Nie wiem
feedback-agree-4 = W większości
feedback-agree-5 = Tak, całkowicie
feedback-feel-1 = Bardzo niezadowolony
feedback-feel-2 = Niezadowolony
feedback-feel-3 = Nie wiem
feedback-feel-4 = Zadowolony
feedback-feel-5 = Bardzo zadowolony
feedback-skip = Pomiń to pytanie

feedback-words-heading = Coś jeszcze?
feedback-overall = Ogólnie, jak się z tym czujesz?
feedback-comments-label = Własnymi słowami (nieobowiązkowe)
feedback-comments-hint = Co poszło dobrze, co mogłoby być lepsze albo cokolwiek innego. Aby pozostać anonimowym, nie wpisuj swojego ani niczyjego imienia.

feedback-reader-heading = Kto powinien to przeczytać?
feedback-reader-legend = Wyślij moją opinię do
feedback-reader-provider = Usługa rzecznictwa
feedback-reader-provider-hint = Kierownicy zespołu, który zapewnia rzecznictwo. Rzecznicy nie czytają opinii.
feedback-reader-commissioner = Zleceniodawca, zamiast usługi rzecznictwa
feedback-reader-commissioner-hint = Zespół rady lub NHS, który płaci za rzecznictwo. Usługa rzecznictwa widzi tylko, ile osób przekazało opinię, nigdy to, co napisałeś/napisałaś.
feedback-reader-commissioner-hint-easy = Ludzie, którzy płacą za rzecznictwo. Usługa rzecznictwa nie zobaczy, co napisałeś/napisałaś.
feedback-reader-missing = Wybierz, kto ma przeczytać Twoją opinię
feedback-receipt-legend = Czy chcesz potwierdzenie, aby móc przeczytać odpowiedź?
feedback-receipt-hint = Potwierdzenie to sześć słów. Zachowaj je, aby wrócić, przeczytać odpowiedź i na nią odpisać. Bez niego nikt nie może Ci odpowiedzieć.
feedback-receipt-hint-easy = Potwierdzenie to sześć słów. Zachowaj je. Użyj ich, aby przeczytać odpowiedź.
feedback-receipt-missing = Wybierz, czy chcesz potwierdzenie
feedback-reference-label = Numer referencyjny Twojego zgłoszenia (nieobowiązkowe)
feedback-reference-hint = Tylko jeśli chcesz, aby zespół wiedział, którego zgłoszenia to dotyczy. Wtedy będą wiedzieć, że to Ty.
feedback-send = Wyślij opinię
feedback-sending = Wysyłanie…

feedback-sent-heading = Dziękujemy za opinię
feedback-sent-kept = Została wysłana. Nie zachowano niczego, co mówi, kim jesteś.
feedback-sent-receipt-heading = Twoje potwierdzenie
feedback-sent-receipt-keep = Zapisz te słowa lub przechowuj je w bezpiecznym miejscu. Nie zobaczysz ich ponownie. Użyj ich, aby przeczytać odpowiedź i na nią odpisać.
feedback-sent-no-receipt = Nie poprosiłeś/poprosiłaś o potwierdzenie, więc nikt nie może Ci odpowiedzieć.

feedback-replies-heading = Przeczytaj odpowiedzi na swoją opinię
feedback-receipt-label = Słowa z Twojego potwierdzenia
feedback-receipt-words-hint = Sześć słów. Wielkość liter, spacje i znaki interpunkcyjne nie mają znaczenia.
feedback-read-replies = Przeczytaj odpowiedzi
feedback-given-on = Przekazałeś/przekazałaś tę opinię { $date }.
feedback-no-replies = Nie ma jeszcze odpowiedzi. Wróć później.
feedback-from-you = Ty
feedback-from-provider = Usługa rzecznictwa
feedback-from-commissioner = Zleceniodawca
feedback-answer-label = Twoja odpowiedź
feedback-answer-hint = Aby pozostać anonimowym, nie wpisuj swojego ani niczyjego imienia.
feedback-answer-send = Wyślij odpowiedź

# The printed card
feedback-card-heading = Powiedz nam, co myślisz o rzecznictwie
feedback-card-anonymous = To zajmie kilka minut. Nie musisz podawać imienia, a usługa rzecznictwa nie będzie wiedzieć, że to Ty.
feedback-card-scan = Skieruj aparat telefonu na kwadrat, aby otworzyć formularz, albo wpisz ten adres:
feedback-card-qr = Kod do zeskanowania aparatem telefonu: otwiera formularz opinii
feedback-sent-linked = Została wysłana. Połączyłeś/połączyłaś ją ze swoim zgłoszeniem, więc zespół będzie wiedzieć, że to Ty.
feedback-conversation-heading = Twoja opinia i odpowiedzi
