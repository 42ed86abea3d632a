### SpeakUp: settings (English, the source every translation follows)

