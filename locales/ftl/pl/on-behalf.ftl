# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: on-behalf


## O osobie, która prosi o pomoc
for-referrer-intro = Najpierw zapytamy o Ciebie, a potem o osobę, która potrzebuje rzecznika.
for-referrer-intro-easy = Najpierw pytamy o Ciebie. Potem pytamy o osobę, która potrzebuje rzecznika.
for-referrer-name-label = Jak się nazywasz?
for-referrer-name-hint = Użyjemy go, kontaktując się z Tobą w sprawie tego zgłoszenia.
for-referrer-name-hint-easy = Użyjemy Twojego imienia, gdy będziemy się z Tobą kontaktować.
for-referrer-seen = Nasz zespół rzeczników zobaczy Twoje imię i dane kontaktowe, podobnie jak rzecznik. Zwykle mówimy osobie, której dotyczy zgłoszenie, kto poprosił o pomoc dla niej. Jeśli mogłoby to narazić Ciebie lub ją na niebezpieczeństwo, napisz nam o tym, gdy zapytamy, co się dzieje.
for-referrer-seen-easy = Nasz zespół i rzecznik zobaczą Twoje imię oraz numer telefonu lub e-mail. Zwykle mówimy tej osobie, że to Ty prosisz o pomoc dla niej. Czy to może narazić Ciebie lub ją na niebezpieczeństwo? Wtedy napisz nam o tym później, gdy zapytamy, co się dzieje.
for-relationship-legend = Skąd znasz osobę, która potrzebuje rzecznika?
for-relationship-legend-easy = Skąd znasz tę osobę?
for-relationship-carer = Opiekuję się tą osobą
for-relationship-carer-hint = Pomagasz w opiece nad tą osobą i nie otrzymujesz za to wynagrodzenia.
for-relationship-carer-hint-easy = Pomagasz opiekować się tą osobą. Nie dostajesz za to pieniędzy.
for-relationship-family = Należę do jej rodziny
for-relationship-friend = Przyjaźnię się z tą osobą
for-relationship-other = W inny sposób
for-relationship-other-hint = Na przykład sąsiad lub sąsiadka.
for-relationship-missing = Wybierz, skąd znasz tę osobę

## Jak się kontaktować
for-referrer-method-legend = Jak mamy się z Tobą kontaktować?
for-referrer-method-hint = Użyjemy tego, aby porozmawiać z Tobą o zgłoszeniu.
for-referrer-method-hint-easy = Użyjemy tego, aby z Tobą porozmawiać.
for-person-method-legend = Jak mamy się kontaktować z tą osobą?
for-person-method-hint = Wybierz sposób, który jest dla niej najłatwiejszy i najbezpieczniejszy.
for-method-missing = Wybierz, jak mamy się kontaktować
for-through-legend = W jaki sposób mamy nawiązać kontakt z tą osobą?
for-through-hint = Jeśli kontakt z nią nie jest bezpieczny lub łatwy, możemy wszystko ustalać przez Ciebie.
for-through-hint-easy = Może kontakt z tą osobą nie jest bezpieczny lub łatwy. Wtedy możemy rozmawiać z Tobą.
for-through-yes = Przeze mnie
for-through-no = Bezpośrednio z tą osobą
for-through-missing = Wybierz, w jaki sposób mamy nawiązać kontakt z tą osobą

## O osobie, która potrzebuje rzecznika
for-person-name-label = Jak ta osoba chce, żeby się do niej zwracano?
for-person-name-hint = Wystarczy jej imię lub imię, którego lubi używać.
for-person-name-hint-easy = Wystarczy jej imię. Albo imię, którego lubi używać.
for-lives-in-label = Gdzie mieszka ta osoba?
for-lives-in-hint = Wystarczy miejscowość lub obszar samorządu, na przykład Leeds albo Cardiff Council. Dzięki temu wiemy, który zespół może pomóc. Jeśli nie wiesz, zostaw to pole puste.
for-lives-in-hint-easy = Napisz, w jakiej miejscowości mieszka ta osoba. Na przykład Leeds. To pomaga nam znaleźć właściwy zespół. Możesz zostawić to pole puste.
for-help-with-label = W czym ta osoba potrzebuje pomocy?
for-help-with-words = Opisz to własnymi słowami
for-help-with-hint = Opisz, co się dzieje, kogo to dotyczy i co musi się zmienić. Nie musisz wiedzieć, jakiego rzecznika ta osoba potrzebuje.
for-help-with-hint-easy = Napisz, co się dzieje. Napisz, kogo to dotyczy. Napisz, co musi się zmienić. Nie musisz wiedzieć, jakiego rzecznika potrzebuje.
for-own-words-label = Co ta osoba sama o tym mówi? (nieobowiązkowe)
for-own-words-label-easy = Co ta osoba o tym mówi? Nie musisz odpowiadać.
for-own-words-hint = Zapisz, co mówi sama, jeśli może Ci to powiedzieć. W miarę możliwości używaj jej słów.
for-own-words-hint-easy = Napisz, co mówi, jeśli może Ci to powiedzieć. Używaj jej słów, jeśli możesz.
for-consent-legend = Czy ta osoba wie, że prosisz o rzecznika, i czy się na to zgadza?
for-consent-legend-easy = Czy ta osoba wie, że prosisz o rzecznika? Czy się zgadza?
for-consent-hint = Możesz poprosić, nawet jeśli nie wie lub się nie zgadza. Rzecznik zawsze postara się dowiedzieć, czego chce ta osoba.
for-consent-hint-easy = Możesz poprosić, nawet jeśli mówi nie. Rzecznik spróbuje dowiedzieć się, czego ta osoba chce.
for-consent-yes = Tak, wie i się zgadza
for-consent-no = Nie
for-consent-no-hint = Jeszcze nie wie albo nie chce rzecznika.
for-consent-no-hint-easy = Jeszcze nie wie. Albo nie chce rzecznika.
for-consent-cannot-say = Nie jest w stanie mi powiedzieć
for-consent-cannot-say-hint = Na przykład nie rozumie pytania albo nie może nikomu przekazać swojej odpowiedzi.
for-consent-cannot-say-hint-easy = Na przykład nie rozumie pytania. Albo nie może nikomu powiedzieć, co odpowiada.
for-consent-missing = Wybierz, czy ta osoba wie i się zgadza
for-best-interests-label = Dlaczego rzecznik byłby w najlepszym interesie tej osoby?
for-best-interests-label-easy = Dlaczego rzecznik byłby dobry dla tej osoby?
for-best-interests-hint = Ta osoba się na to nie zgodziła, więc napisz, dlaczego byłoby to dla niej dobre. Na przykład co mogłoby pójść źle bez rzecznika albo co jest postanawiane bez jej udziału.
for-best-interests-hint-easy = Ta osoba nie powiedziała na to tak. Napisz, dlaczego byłoby to dla niej dobre. Co może pójść źle bez rzecznika? Co jest ustalane bez niej?
for-best-interests-means = Działanie w najlepszym interesie danej osoby oznacza robienie tego, co jest dla niej dobre, z uwzględnieniem jej życzeń, uczuć i przekonań, gdy nie może ona sama zdecydować. Nie decydujesz o tym w pojedynkę: nasz zespół przyjrzy się temu, co nam napiszesz, a rzecznik postara się dowiedzieć, czego chce ta osoba.
for-best-interests-means-easy = Najlepszy interes to to, co jest najlepsze dla tej osoby. Trzeba myśleć o tym, czego ona chce i co czuje. Nie decydujesz o tym w pojedynkę. Nasz zespół się temu przyjrzy. Rzecznik spróbuje dowiedzieć się, czego ta osoba chce.

## Sprawdzenie odpowiedzi
for-check-heading = Sprawdź odpowiedzi przed wysłaniem
for-check-heading-easy = Sprawdź odpowiedzi. Potem je wyślij.
for-check-about-you = O Tobie
for-check-about-person = O tej osobie
for-check-referrer-name = Twoje imię i nazwisko
for-check-referrer-name-change = Twoje imię i nazwisko
for-check-relationship = Skąd znasz tę osobę
for-check-relationship-change = skąd znasz tę osobę
for-check-relationship-carer = Opiekun nieodpłatny
for-check-relationship-family = Członek rodziny
for-check-relationship-friend = Przyjaciel lub przyjaciółka
for-check-relationship-other = Inna osoba, która ją zna
for-check-referrer-method-missing = Wybierz, jak mamy się z Tobą kontaktować
for-check-person-name = Jak chce, żeby się do niej zwracano
for-check-person-name-change = jak ta osoba chce, żeby się do niej zwracano
for-check-lives-in = Gdzie mieszka
for-check-lives-in-change = gdzie mieszka ta osoba
for-check-help-with = W czym potrzebuje pomocy
for-check-help-with-change = w czym ta osoba potrzebuje pomocy
for-check-own-words = Co o tym mówi
for-check-own-words-change = co mówi ta osoba
for-check-consent = Czy wie i się zgadza
for-check-consent-change = czy ta osoba wie i się zgadza
for-check-best-interests = Dlaczego to w jej najlepszym interesie
for-check-best-interests-change = dlaczego rzecznik jest w jej najlepszym interesie
for-check-through = Jak nawiązać z nią kontakt
for-check-through-change = jak nawiązać kontakt z tą osobą
for-check-through-yes = Przez Ciebie
for-check-person-method-missing = Wybierz, jak mamy się kontaktować z tą osobą
for-check-what-happens = Po wysłaniu nasz zespół rzeczników przeczyta zgłoszenie i skontaktuje się w wybrany przez Ciebie sposób.
for-check-what-happens-easy = Po wysłaniu nasz zespół przeczyta zgłoszenie. Potem skontaktujemy się tak, jak chcesz.
