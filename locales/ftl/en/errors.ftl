### SpeakUp: errors (English, the source every translation follows)

