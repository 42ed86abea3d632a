# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = Limba
display-settings = Mărimea textului, contrast și Ușor de citit
display-size = Mărimea textului
display-size-standard = Normală
display-size-large = Mare
display-size-largest = Foarte mare
display-contrast = Contrast ridicat
display-easy-read = Ușor de citit
display-easy-read-hint = Propoziții scurte, text mai mare și imagini.
read-aloud-group = Citire cu voce tare
read-aloud-start = Citiți această pagină cu voce tare
read-aloud-pause = Pauză
read-aloud-resume = Continuați citirea
read-aloud-stop = Opriți citirea
read-aloud-speaking = Pagina este citită cu voce tare.
read-aloud-paused = Citirea este în pauză.
