# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: common

app-name = SpeakUp
answer-yes = ہاں
answer-no = نہیں
answer-unknown = مجھے معلوم نہیں
choice-or = یا
error-prefix = غلطی:
layout-skip-link = مرکزی مواد پر جائیں
layout-support-links = مددگار لنکس
layout-home = SpeakUp ہوم
layout-track = ریفرل کا پتہ کریں
layout-staff-sign-in = عملے کا سائن اِن
layout-footer-about = SpeakUp آپ کو ایک آزاد ایڈووکیٹ حاصل کرنے میں مدد دیتا ہے: کوئی ایسا شخص جو آپ کی طرف ہو اور آپ کو یہ کہنے میں مدد دے کہ آپ کیا چاہتے ہیں اور اپنے حقوق حاصل کرنے میں۔

## صفحے کا ڈھانچہ اور سوالات کے صفحات
page-title = { $heading } – SpeakUp
link-back = واپس
question-continue = جاری رکھیں
question-skip = یہ سوالات چھوڑیں اور اپنے جوابات چیک کریں
exit-page = یہ صفحہ چھوڑیں
exit-page-hint = فوراً نکل جاتا ہے۔ یا Shift تین بار دبائیں۔
exit-page-hint-easy = اس ویب سائٹ سے جلدی نکلیں۔ یا Shift کا بٹن 3 بار دبائیں۔
exit-page-site = https://www.bbc.co.uk/weather
meta-description = مفت، آزاد ایڈووکیٹ کے لیے درخواست دیں اور اکاؤنٹ کے بغیر اپنے ریفرل کو ٹریک کریں۔
app-loading = SpeakUp لوڈ ہو رہا ہے…
app-failed-heading = معذرت، SpeakUp شروع نہیں ہو سکا
app-failed-text = اپنا انٹرنیٹ کنکشن چیک کریں اور صفحہ دوبارہ لوڈ کریں۔ اگر پھر بھی کام نہ کرے تو نیا ویب براؤزر آزمائیں۔
noscript-heading = SpeakUp کو JavaScript درکار ہے
noscript-text = ایڈووکیٹ مانگنے یا ریفرل ٹریک کرنے کے لیے اپنے براؤزر کی ترتیبات میں JavaScript آن کریں، یا کوئی اور براؤزر آزمائیں۔
shared-device-heading = کیا آپ مشترکہ یا عوامی ڈیوائس استعمال کر رہے ہیں؟
shared-device-label = میرے جوابات اس ڈیوائس پر محفوظ نہ رکھیں
shared-device-on = مشترکہ ڈیوائس موڈ آن ہے۔ اس ڈیوائس پر کچھ محفوظ نہیں ہوتا: یہ صفحہ بند یا دوبارہ لوڈ کرتے ہی آپ کے جوابات مٹ جائیں گے۔
shared-device-on-easy = ہم اس ڈیوائس پر کچھ محفوظ نہیں کرتے۔ صفحہ بند یا دوبارہ لوڈ کرنے پر آپ کے جوابات مٹ جائیں گے۔
shared-device-off = آپ کے جوابات بھیجنے تک اس ڈیوائس پر محفوظ رہتے ہیں، اس لیے آپ رک کر بعد میں واپس آ سکتے ہیں۔
shared-device-off-easy = ہم آپ کے جوابات بھیجنے تک اس ڈیوائس پر رکھتے ہیں۔ آپ رک کر بعد میں واپس آ سکتے ہیں۔
keep-on-exit-label = اگر میں یہ صفحہ چھوڑیں استعمال کروں تو میرے جوابات رکھیں
keep-on-exit-hint = ورنہ، یہ صفحہ چھوڑیں سے نکلنے پر وہ جوابات جو آپ نے ابھی نہیں بھیجے اس آلے سے ہٹا دیے جاتے ہیں۔

## فہرستیں جن میں آپ چیزیں شامل کرتے ہیں
repeating-item = { $item } { $number }
repeating-added = { $item } { $number } شامل کر دیا گیا
repeating-removed = { $item } { $number } ہٹا دیا گیا
repeating-remove = ہٹائیں
repeating-limit = آپ زیادہ سے زیادہ { $max } شامل کر سکتے ہیں۔

## جب نیٹ ورک یا سرور کام نہ کرے
api-network = ہم SpeakUp تک نہیں پہنچ سکے۔ چیک کریں کہ آپ انٹرنیٹ سے جڑے ہوئے ہیں اور دوبارہ کوشش کریں۔
api-network-easy = ہم SpeakUp سے نہیں جڑ سکے۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے۔ پھر دوبارہ کوشش کریں۔
api-unexpected = معذرت، ہماری طرف کچھ خرابی ہو گئی۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔
api-unexpected-easy = معذرت، ہماری طرف کچھ غلط ہو گیا۔ چند منٹ بعد دوبارہ کوشش کریں۔
api-unreadable = معذرت، ہم SpeakUp کا جواب نہیں پڑھ سکے۔ براہ کرم دوبارہ کوشش کریں۔
api-unreadable-easy = معذرت، کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔
error-summary-heading = ایک مسئلہ ہے
date-day = دن
date-month = مہینہ
date-year = سال
delete-answers-button = میرے جوابات مٹا دیں
delete-answers-question = کیا اپنے تمام جوابات مٹا دیں؟
delete-answers-warning = اس ریفرل کے لیے آپ نے جو کچھ لکھا ہے وہ ابھی اس ڈیوائس سے ہٹا دیا جائے گا۔ آپ اسے واپس نہیں لا سکیں گے۔
delete-answers-warning-easy = ہم آپ کا لکھا ہوا سب کچھ ہٹا دیں گے۔ آپ اسے واپس نہیں لا سکیں گے۔
delete-answers-confirm = ہاں، میرے جوابات مٹا دیں
delete-answers-keep = نہیں، انہیں رکھیں
delete-answers-done = آپ کے جوابات اس ڈیوائس سے مٹا دیے گئے ہیں۔
