# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = Limba
display-settings = Mărimea textului, contrast și Ușor de citit
display-menu = Afișare
display-size = Mărimea textului
display-size-standard = Normală
display-size-large = Mare
display-size-largest = Foarte mare
display-contrast = Contrast ridicat
display-easy-read = Ușor de citit
display-easy-read-hint = Propoziții scurte, text mai mare și imagini.
read-aloud-group = Citire cu voce tare
read-aloud-start = Citire cu voce tare
read-aloud-pause = Pauză
read-aloud-resume = Continuați citirea
read-aloud-stop = Opriți citirea
read-aloud-speaking = Pagina este citită cu voce tare.
read-aloud-paused = Citirea este în pauză.
read-aloud-no-voice = Acest dispozitiv nu are o voce pentru { $language }, așa că nu poate citi această pagină cu voce tare.
read-aloud-in-english = Citiți pagina în engleză
outbox-waiting = Nu aveți conexiune la internet. Trimiterea dumneavoastră este salvată pe acest dispozitiv și va fi trimisă automat imediat ce reveniți online. Nu trebuie să apăsați din nou Trimiteți.
outbox-waiting-shared = Nu aveți conexiune la internet. Lăsați această pagină deschisă: trimiterea va pleca automat imediat ce reveniți online. Nimic nu este salvat pe acest dispozitiv.
outbox-busy = SpeakUp este foarte aglomerat acum. Trimiterea dumneavoastră este salvată pe acest dispozitiv și va fi trimisă singură în câteva minute. Nu trebuie să apăsați din nou Trimiteți.
outbox-busy-shared = SpeakUp este foarte aglomerat acum. Păstrați această pagină deschisă: trimiterea dumneavoastră va fi trimisă singură în câteva minute. Nimic nu este salvat pe acest dispozitiv.
outbox-sent = Sunteți din nou online, iar trimiterea dumneavoastră a fost trimisă.
outbox-sent-link = Vedeți referința și codul de urmărire
outbox-refused = Sunteți din nou online, dar nu am putut primi trimiterea completată offline. Vă rugăm să verificați răspunsurile și să o trimiteți din nou.
pictures-credit = Imagini: desene proprii SpeakUp, pe care oricine le poate refolosi sub licența Creative Commons Atribuire 4.0 (CC BY 4.0).
shared-device-banner = Modul pentru dispozitiv comun este pornit: nimic nu este salvat pe acest dispozitiv.
