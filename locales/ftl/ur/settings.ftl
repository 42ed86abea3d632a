# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: settings

display-language = زبان
display-settings = متن کا سائز، کنٹراسٹ اور آسان زبان
display-menu = ڈسپلے
display-size = متن کا سائز
display-size-standard = عام
display-size-large = بڑا
display-size-largest = سب سے بڑا
display-contrast = زیادہ کنٹراسٹ
display-easy-read = آسان زبان
display-easy-read-hint = چھوٹے جملے، بڑا متن اور تصویریں۔
read-aloud-group = بلند آواز سے پڑھیں
read-aloud-start = بلند آواز سے پڑھیں
read-aloud-pause = پڑھنا روکیں
read-aloud-resume = پڑھنا جاری رکھیں
read-aloud-stop = پڑھنا بند کریں
read-aloud-speaking = صفحہ بلند آواز سے پڑھا جا رہا ہے۔
read-aloud-paused = پڑھنا رکا ہوا ہے۔
read-aloud-no-voice = اس آلے میں { $language } کی آواز نہیں ہے، اس لیے یہ صفحہ بلند آواز سے نہیں پڑھ سکتا۔
read-aloud-in-english = صفحہ انگریزی میں پڑھیں
outbox-waiting = آپ آف لائن ہیں۔ آپ کا ریفرل اس ڈیوائس پر محفوظ ہے اور جیسے ہی آپ دوبارہ آن لائن ہوں گے خود بخود بھیج دیا جائے گا۔ آپ کو دوبارہ بھیجیں دبانے کی ضرورت نہیں۔
outbox-waiting-shared = آپ آف لائن ہیں۔ یہ صفحہ کھلا رکھیں: جیسے ہی آپ دوبارہ آن لائن ہوں گے آپ کا ریفرل خود بخود بھیج دیا جائے گا۔ اس ڈیوائس پر کچھ محفوظ نہیں کیا جاتا۔
outbox-busy = SpeakUp اس وقت بہت مصروف ہے۔ آپ کا ریفرل اس آلے پر محفوظ ہے اور چند منٹ میں خود بخود بھیج دیا جائے گا۔ آپ کو دوبارہ بھیجیں دبانے کی ضرورت نہیں۔
outbox-busy-shared = SpeakUp اس وقت بہت مصروف ہے۔ یہ صفحہ کھلا رکھیں: آپ کا ریفرل چند منٹ میں خود بخود بھیج دیا جائے گا۔ اس آلے پر کچھ محفوظ نہیں کیا جاتا۔
outbox-sent = آپ دوبارہ آن لائن ہیں اور آپ کا ریفرل بھیج دیا گیا ہے۔
outbox-sent-link = اپنا حوالہ نمبر اور ٹریکنگ کوڈ دیکھیں
outbox-refused = آپ دوبارہ آن لائن ہیں، لیکن ہم آف لائن مکمل کیا گیا ریفرل وصول نہیں کر سکے۔ براہ کرم اپنے جوابات چیک کریں اور دوبارہ بھیجیں۔
pictures-credit = تصویریں: SpeakUp کی اپنی بنائی ہوئی، جنہیں کوئی بھی Creative Commons Attribution 4.0 لائسنس (CC BY 4.0) کے تحت دوبارہ استعمال کر سکتا ہے۔
shared-device-banner = مشترکہ ڈیوائس موڈ آن ہے: اس ڈیوائس پر کچھ محفوظ نہیں کیا جاتا۔
