### SpeakUp: professional-answers (English, the source every translation follows)

