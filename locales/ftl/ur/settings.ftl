# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = زبان
display-settings = متن کا سائز، کنٹراسٹ اور آسان زبان
display-size = متن کا سائز
display-size-standard = عام
display-size-large = بڑا
display-size-largest = سب سے بڑا
display-contrast = زیادہ کنٹراسٹ
display-easy-read = آسان زبان
display-easy-read-hint = چھوٹے جملے، بڑا متن اور تصویریں۔
read-aloud-group = بلند آواز سے پڑھیں
read-aloud-start = یہ صفحہ بلند آواز سے پڑھیں
read-aloud-pause = پڑھنا روکیں
read-aloud-resume = پڑھنا جاری رکھیں
read-aloud-stop = پڑھنا بند کریں
read-aloud-speaking = صفحہ بلند آواز سے پڑھا جا رہا ہے۔
read-aloud-paused = پڑھنا رکا ہوا ہے۔
