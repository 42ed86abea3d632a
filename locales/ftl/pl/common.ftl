# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: common

app-name = SpeakUp
answer-yes = Tak
answer-no = Nie
answer-unknown = Nie wiem
choice-or = lub
error-prefix = Błąd:
layout-skip-link = Przejdź do głównej treści
layout-support-links = Przydatne linki
layout-home = Strona główna SpeakUp
layout-track = Sprawdź zgłoszenie
layout-staff-sign-in = Logowanie dla personelu
layout-footer-about = SpeakUp pomaga znaleźć niezależnego rzecznika: osobę, która stoi po Twojej stronie i pomaga Ci powiedzieć, czego chcesz, oraz skorzystać z Twoich praw.

## Ramy strony i strony z pytaniami
page-title = { $heading } – SpeakUp
link-back = Wstecz
question-continue = Dalej
question-skip = Pomiń te pytania i sprawdź swoje odpowiedzi
exit-page = Opuść tę stronę
exit-page-hint = Szybkie wyjście. Możesz też nacisnąć 3 razy Shift.
exit-page-hint-easy = Szybko opuść tę stronę. Możesz też 3 razy nacisnąć klawisz Shift.
exit-page-site = https://www.bbc.co.uk/weather
meta-description = Poproś o bezpłatnego, niezależnego rzecznika i śledź swoje zgłoszenie bez zakładania konta.
app-loading = Ładowanie SpeakUp…
app-failed-heading = Przepraszamy, nie udało się uruchomić SpeakUp
app-failed-text = Sprawdź połączenie z internetem i odśwież stronę. Jeśli nadal nie działa, spróbuj nowszej przeglądarki.
noscript-heading = SpeakUp potrzebuje JavaScriptu
noscript-text = Włącz JavaScript w ustawieniach przeglądarki lub użyj innej przeglądarki, aby poprosić o rzecznika albo śledzić zgłoszenie.
shared-device-heading = Korzystasz ze wspólnego lub publicznego urządzenia?
shared-device-label = Nie zapisuj moich odpowiedzi na tym urządzeniu
shared-device-on = Tryb wspólnego urządzenia jest włączony. Nic nie jest zapisywane na tym urządzeniu: odpowiedzi znikną po zamknięciu lub odświeżeniu tej strony.
shared-device-on-easy = Nic nie zapisujemy na tym urządzeniu. Odpowiedzi znikną, gdy zamkniesz lub odświeżysz tę stronę.
shared-device-off = Twoje odpowiedzi są zapisane na tym urządzeniu, dopóki ich nie wyślesz, więc możesz przerwać i wrócić później.
shared-device-off-easy = Zapisujemy Twoje odpowiedzi na tym urządzeniu, dopóki ich nie wyślesz. Możesz przerwać i wrócić później.
keep-on-exit-label = Zachowaj moje odpowiedzi, jeśli użyję przycisku Opuść tę stronę
keep-on-exit-hint = W przeciwnym razie wyjście przyciskiem Opuść tę stronę usuwa z tego urządzenia odpowiedzi, których jeszcze nie wysłano.

## Listy, do których dodaje się pozycje
repeating-item = { $item } { $number }
repeating-added = Dodano: { $item } { $number }
repeating-removed = Usunięto: { $item } { $number }
repeating-remove = Usuń
repeating-limit = Możesz dodać najwyżej { $max }.

## Gdy sieć lub serwer zawiedzie
api-network = Nie udało się połączyć z SpeakUp. Sprawdź połączenie z internetem i spróbuj ponownie.
api-network-easy = Nie możemy połączyć się ze SpeakUp. Sprawdź, czy internet działa. Potem spróbuj ponownie.
api-unexpected = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie za kilka minut.
api-unexpected-easy = Przepraszamy, coś poszło nie tak u nas. Spróbuj ponownie za kilka minut.
api-unreadable = Przepraszamy, nie udało się odczytać odpowiedzi od SpeakUp. Spróbuj ponownie.
api-unreadable-easy = Przepraszamy, coś poszło nie tak. Spróbuj ponownie.
error-summary-heading = Wystąpił problem
date-day = Dzień
date-month = Miesiąc
date-year = Rok
delete-answers-button = Usuń moje odpowiedzi
delete-answers-question = Usunąć wszystkie odpowiedzi?
delete-answers-warning = Wszystko, co wpisałeś w tym zgłoszeniu, zostanie teraz usunięte z tego urządzenia. Nie da się tego odzyskać.
delete-answers-warning-easy = Usuniemy wszystko, co napisałeś. Nie da się tego odzyskać.
delete-answers-confirm = Tak, usuń moje odpowiedzi
delete-answers-keep = Nie, zachowaj je
delete-answers-done = Twoje odpowiedzi zostały usunięte z tego urządzenia.
