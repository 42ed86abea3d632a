### SpeakUp: Easy Read versions. An id ending in -easy replaces the same id without it when Easy Read is on.

