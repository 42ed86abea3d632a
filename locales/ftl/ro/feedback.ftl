# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: păreri anonime

layout-feedback = Spuneți-vă părerea
track-feedback-link = Spuneți-ne ce credeți despre sprijinul de advocacy

feedback-who-legend = Cine își spune părerea?
feedback-who-hint = Nu trebuie să vă spuneți numele. Nu păstrăm nimic care să arate cine sunteți sau ce telefon ori calculator ați folosit.
feedback-who-hint-easy = Nu trebuie să vă spuneți numele. Nu păstrăm nimic care să arate cine sunteți.
feedback-who-had-advocate = Am avut un avocat de sprijin
feedback-who-carer = Sunt îngrijitor, membru al familiei sau prieten al cuiva care a avut un avocat de sprijin
feedback-who-referrer = Am trimis pe cineva ca profesionist
feedback-who-not-eligible = Mi s-a spus că nu pot avea un avocat de sprijin
feedback-who-missing = Alegeți cine își spune părerea
feedback-replies-link = Am o chitanță: citesc răspunsurile la părerea mea

feedback-questions-heading = Cum a fost sprijinul pentru dumneavoastră?
feedback-questions-heading-carer = Cum a fost sprijinul pentru dumneavoastră, ca îngrijitor, membru al familiei sau prieten?
feedback-questions-heading-referrer = Cum a fost să ne trimiteți pe cineva?
feedback-questions-heading-not-eligible = Cum vi s-a spus?
feedback-questions-hint = Alegeți fața care se potrivește cel mai bine pentru fiecare. Puteți sări peste oricare.

feedback-q-information = Am primit informațiile de care aveam nevoie, atunci când aveam nevoie de ele
feedback-q-take-part = Am înțeles mai mult și am putut lua parte la deciziile despre mine
feedback-q-heard = Am fost întrebat ce vreau și am simțit că sunt ascultat
feedback-q-outcome = Sprijinul m-a ajutat să obțin ceea ce voiam să se întâmple
feedback-q-challenge = M-am simțit în stare să contest deciziile cu care nu eram de acord
feedback-q-safer = Mă simt mai în siguranță acum
feedback-q-private = Informațiile mele au fost ținute private și împărtășite doar când a fost nevoie
feedback-q-roles = Am știut cine era fiecare și ce rol avea
feedback-q-proportionate = Oamenii s-au implicat doar atât cât aveam nevoie
feedback-q-easy-to-refer = Trimiterea a fost ușoară
feedback-q-kept-informed = Mi s-a spus ce s-a întâmplat cu trimiterea
feedback-q-quick-enough = Răspunsul a venit destul de repede pentru persoana respectivă
feedback-q-decision-explained = Mi s-a spus clar de ce
feedback-q-other-help = Mi s-a spus unde altundeva pot primi ajutor
feedback-q-could-challenge = Am știut cum să contest decizia

feedback-agree-1 = Nu, deloc
feedback-agree-2 = Nu prea
feedback-agree-3 = Nu sunt sigur
feedback-agree-4 = În mare parte
feedback-agree-5 = Da, complet
feedback-feel-1 = Foarte nemulțumit
feedback-feel-2 = Nemulțumit
feedback-feel-3 = Nu sunt sigur
feedback-feel-4 = Mulțumit
feedback-feel-5 = Foarte mulțumit
feedback-skip = Sari peste această întrebare

feedback-words-heading = Mai este ceva?
feedback-overall = Per total, ce simțiți despre asta?
feedback-comments-label = Cu propriile cuvinte (opțional)
feedback-comments-hint = Ce a mers bine, ce ar putea fi mai bine sau orice altceva. Ca să rămâneți anonim, nu scrieți numele dumneavoastră sau al altcuiva.

feedback-reader-heading = Cine ar trebui să citească asta?
feedback-reader-legend = Trimite părerea mea la
feedback-reader-provider = Serviciul de advocacy
feedback-reader-provider-hint = Managerii echipei care oferă sprijinul. Avocații de sprijin nu citesc părerile.
feedback-reader-commissioner = Finanțatorul, în locul serviciului de advocacy
feedback-reader-commissioner-hint = Echipa consiliului sau a NHS care plătește pentru sprijin. Serviciul de advocacy vede doar câte persoane și-au spus părerea, niciodată ce ați scris.
feedback-reader-commissioner-hint-easy = Oamenii care plătesc pentru sprijin. Serviciul de advocacy nu va vedea ce ați scris.
feedback-reader-missing = Alegeți cine să vă citească părerea
feedback-receipt-legend = Vreți o chitanță, ca să puteți citi un răspuns?
feedback-receipt-hint = O chitanță înseamnă șase cuvinte. Păstrați-le ca să reveniți, să citiți un răspuns și să răspundeți. Fără ea, nimeni nu vă poate răspunde.
feedback-receipt-hint-easy = O chitanță înseamnă șase cuvinte. Păstrați-le. Folosiți-le ca să citiți un răspuns.
feedback-receipt-missing = Alegeți dacă vreți o chitanță
feedback-reference-label = Referința trimiterii dumneavoastră (opțional)
feedback-reference-hint = Doar dacă vreți ca echipa să știe despre ce trimitere este vorba. Atunci vor ști că ați fost dumneavoastră.
feedback-send = Trimite părerea
feedback-sending = Se trimite…

feedback-sent-heading = Vă mulțumim pentru părere
feedback-sent-kept = A fost trimisă. Nu s-a păstrat nimic care să arate cine sunteți.
feedback-sent-receipt-heading = Chitanța dumneavoastră
feedback-sent-receipt-keep = Notați aceste cuvinte sau păstrați-le într-un loc sigur. Nu le veți mai vedea. Folosiți-le ca să citiți un răspuns și să răspundeți.
feedback-sent-no-receipt = Nu ați cerut o chitanță, așa că nimeni nu vă poate răspunde.

feedback-replies-heading = Citiți răspunsurile la părerea dumneavoastră
feedback-receipt-label = Cuvintele de pe chitanță
feedback-receipt-words-hint = Șase cuvinte. Literele mari, spațiile și semnele de punctuație nu contează.
feedback-read-replies = Citește răspunsurile
feedback-given-on = V-ați spus această părere pe { $date }.
feedback-no-replies = Nu există încă un răspuns. Reveniți mai târziu.
feedback-from-you = Dumneavoastră
feedback-from-provider = Serviciul de advocacy
feedback-from-commissioner = Finanțatorul
feedback-answer-label = Răspunsul dumneavoastră
feedback-answer-hint = Ca să rămâneți anonim, nu scrieți numele dumneavoastră sau al altcuiva.
feedback-answer-send = Trimite răspunsul

# The printed card
feedback-card-heading = Spuneți-ne ce credeți despre sprijinul de advocacy
feedback-card-anonymous = Durează câteva minute. Nu trebuie să vă spuneți numele, iar serviciul de advocacy nu va ști că ați fost dumneavoastră.
feedback-card-scan = Îndreptați camera telefonului spre pătrat ca să deschideți formularul, sau scrieți această adresă:
feedback-card-qr = Un cod de scanat cu camera telefonului: deschide formularul pentru păreri
feedback-sent-linked = A fost trimisă. Ați legat-o de trimiterea dumneavoastră, așa că echipa va ști că ați fost dumneavoastră.
feedback-conversation-heading = Părerea dumneavoastră și răspunsurile
