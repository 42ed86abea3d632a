# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: public

who-legend = Kto potrzebuje rzecznika?
who-hint = Możesz poprosić dla siebie lub dla kogoś, kogo znasz.
who-me = Ja
who-carer = Ja, ponieważ opiekuję się kimś (jestem opiekunem)
who-carer-hint = Na przykład chcesz pomocy przy ocenie potrzeb opiekuna lub wsparcia dla siebie jako opiekuna.
who-someone-else = Ktoś inny – jestem jego opiekunem, członkiem rodziny lub przyjacielem
who-someone-else-hint = Zapytamy Cię o tę osobę i o to, czy wie, że prosisz o pomoc.
who-professional = Osoba, z którą pracuję – kieruję ją jako profesjonalista
who-professional-hint = Na przykład pracownik socjalny, pielęgniarka, personel oddziału lub domu opieki, lekarz rodzinny lub policjant.
who-missing = Wybierz, kto potrzebuje rzecznika
