# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = Język
display-settings = Rozmiar tekstu, kontrast i wersja łatwa do czytania
display-size = Rozmiar tekstu
display-size-standard = Standardowy
display-size-large = Duży
display-size-largest = Największy
display-contrast = Wysoki kontrast
display-easy-read = Łatwy tekst
display-easy-read-hint = Krótkie zdania, większy tekst i obrazki.
read-aloud-group = Czytanie na głos
read-aloud-start = Przeczytaj tę stronę na głos
read-aloud-pause = Wstrzymaj czytanie
read-aloud-resume = Czytaj dalej
read-aloud-stop = Zatrzymaj czytanie
read-aloud-speaking = Strona jest czytana na głos.
read-aloud-paused = Czytanie wstrzymane.
