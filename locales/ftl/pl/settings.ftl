# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = Język
display-settings = Rozmiar tekstu, kontrast i wersja łatwa do czytania
display-menu = Wygląd
display-size = Rozmiar tekstu
display-size-standard = Standardowy
display-size-large = Duży
display-size-largest = Największy
display-contrast = Wysoki kontrast
display-easy-read = Łatwy tekst
display-easy-read-hint = Krótkie zdania, większy tekst i obrazki.
read-aloud-group = Czytanie na głos
read-aloud-start = Czytaj na głos
read-aloud-pause = Wstrzymaj czytanie
read-aloud-resume = Czytaj dalej
read-aloud-stop = Zatrzymaj czytanie
read-aloud-speaking = Strona jest czytana na głos.
read-aloud-paused = Czytanie wstrzymane.
read-aloud-no-voice = To urządzenie nie ma głosu dla języka { $language }, więc nie może przeczytać tej strony na głos.
read-aloud-in-english = Przeczytaj stronę po angielsku
outbox-waiting = Nie masz połączenia z internetem. Twoje zgłoszenie jest zapisane na tym urządzeniu i zostanie wysłane samo, gdy tylko połączenie wróci. Nie musisz ponownie naciskać Wyślij.
outbox-waiting-shared = Nie masz połączenia z internetem. Nie zamykaj tej strony: zgłoszenie zostanie wysłane samo, gdy tylko połączenie wróci. Nic nie jest zapisywane na tym urządzeniu.
outbox-busy = SpeakUp jest teraz bardzo obciążony. Twoje skierowanie jest zapisane na tym urządzeniu i zostanie wysłane samo za kilka minut. Nie musisz ponownie naciskać Wyślij.
outbox-busy-shared = SpeakUp jest teraz bardzo obciążony. Nie zamykaj tej strony: Twoje skierowanie zostanie wysłane samo za kilka minut. Nic nie jest zapisywane na tym urządzeniu.
outbox-sent = Połączenie wróciło i Twoje zgłoszenie zostało wysłane.
outbox-sent-link = Zobacz numer referencyjny i kod do sprawdzania zgłoszenia
outbox-refused = Połączenie wróciło, ale nie mogliśmy przyjąć zgłoszenia wypełnionego bez internetu. Sprawdź odpowiedzi i wyślij je ponownie.
pictures-credit = Obrazki: własne rysunki SpeakUp, które każdy może wykorzystać na licencji Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0).
shared-device-banner = Tryb wspólnego urządzenia jest włączony: nic nie jest zapisywane na tym urządzeniu.
