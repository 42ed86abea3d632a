### SpeakUp: profile (English, the source every translation follows)

