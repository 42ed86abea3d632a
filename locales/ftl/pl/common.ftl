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
