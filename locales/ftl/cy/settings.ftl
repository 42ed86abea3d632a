# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = Iaith
display-settings = Maint testun, cyferbyniad a Hawdd ei Ddeall
display-size = Maint testun
display-size-standard = Arferol
display-size-large = Mawr
display-size-largest = Mwyaf
display-contrast = Cyferbyniad uchel
display-easy-read = Hawdd ei Ddeall
display-easy-read-hint = Brawddegau byr, testun mwy a lluniau.
read-aloud-group = Darllen yn uchel
read-aloud-start = Darllen y dudalen hon yn uchel
read-aloud-pause = Oedi'r darllen
read-aloud-resume = Parhau i ddarllen
read-aloud-stop = Stopio darllen
read-aloud-speaking = Yn darllen y dudalen yn uchel.
read-aloud-paused = Darllen wedi'i oedi.
