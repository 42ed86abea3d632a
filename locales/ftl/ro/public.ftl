# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: public

who-legend = Cine are nevoie de un avocat?
who-hint = Puteți cere pentru dumneavoastră sau pentru cineva pe care îl cunoașteți.
who-me = Eu
who-carer = Eu, pentru că am grijă de cineva (sunt îngrijitor)
who-carer-hint = De exemplu, doriți ajutor cu o evaluare pentru îngrijitori sau cu sprijin pentru dumneavoastră ca îngrijitor.
who-someone-else = Altcineva – sunt îngrijitorul, un membru al familiei sau un prieten
who-someone-else-hint = Vă vom întreba despre această persoană și dacă știe că cereți ajutor.
who-professional = Cineva cu care lucrez – îl trimit ca profesionist
who-professional-hint = De exemplu asistent social, asistent medical, personal de secție sau de cămin, medic de familie sau polițist.
who-missing = Alegeți cine are nevoie de un avocat
