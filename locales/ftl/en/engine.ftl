### SpeakUp: engine (English, the source every translation follows)

