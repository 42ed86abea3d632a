### SpeakUp: professional (English, the source every translation follows)

