### SpeakUp: on-behalf (English, the source every translation follows)

