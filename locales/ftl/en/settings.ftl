### SpeakUp: settings (English, the source every translation follows)

display-language = Language
display-settings = Text size, contrast and Easy Read
display-size = Text size
display-size-standard = Standard
display-size-large = Large
display-size-largest = Largest
display-contrast = High contrast
display-easy-read = Easy Read
display-easy-read-hint = Short sentences, bigger text and pictures.
read-aloud-group = Read aloud
read-aloud-start = Read this page aloud
read-aloud-pause = Pause reading
read-aloud-resume = Carry on reading
read-aloud-stop = Stop reading
read-aloud-speaking = Reading the page aloud.
read-aloud-paused = Reading paused.
