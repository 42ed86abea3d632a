# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: سیلف ایڈووکیسی گروپوں کے مل کر اٹھائے گئے مسائل

layout-issues = گروپوں کے اٹھائے گئے مسائل

## مسائل کی فہرست
issues-heading = گروپوں کے اٹھائے گئے مسائل
issues-intro = سیلف ایڈووکیسی گروپ ایسے مسائل اٹھاتے ہیں جو بہت سے لوگوں پر اثر ڈالتے ہیں، تاکہ جو لوگ چیزیں بدل سکتے ہیں وہ سب کے سامنے جواب دیں۔ آپ ہر مسئلہ پڑھ سکتے ہیں، دیکھ سکتے ہیں کہ وہ کہاں تک پہنچا ہے، اور بتا سکتے ہیں کہ کیا یہ آپ کے ساتھ بھی ہوتا ہے۔
issues-register-link = اپنا گروپ رجسٹر کریں
issues-sign-in-link = گروپ کے ممبر یہاں سائن اِن کریں
issues-loading = مسائل لائے جا رہے ہیں…
issues-none = ابھی تک کسی گروپ نے کوئی مسئلہ نہیں اٹھایا۔
issues-by = { $group } نے اٹھایا
issues-counts = حمایت کرنے والے دوسرے گروپ: { $supports } · جو لوگ کہتے ہیں کہ یہ ان کے ساتھ بھی ہوتا ہے: { $me_too }
issues-page-status = صفحہ { $page } از { $pages }
issues-pages = مسائل کے صفحات
issues-previous = نئے مسائل
issues-next = پرانے مسائل

## ایک مسئلہ
issue-untitled = ایسا مسئلہ جس کا ابھی کوئی عنوان نہیں
issue-raised-by = کس نے اٹھایا
issue-for = یہ کس کے لیے ہے
issue-status = یہ کہاں تک پہنچا ہے
issue-raised-on = اٹھانے کی تاریخ
issue-agreeing = گروپ کے ممبر جو متفق ہیں
issue-members-agreeing = متفق ممبر: { $count }
issue-happening-heading = کیا ہو رہا ہے
issue-affects-heading = اس کا اثر کس پر پڑتا ہے
issue-change-heading = گروپ کون سی تبدیلی چاہتا ہے
issue-easy-read-heading = آسان زبان میں
issue-history-heading = اب تک کیا ہوا ہے
issue-response-plain = یہ پورا جواب پڑھیں
issue-response-easy-read = یہ جواب آسان زبان میں پڑھیں
issue-supports-heading = اس کی حمایت کون کرتا ہے
issue-no-supports = ابھی تک کسی اور گروپ نے اپنی حمایت نہیں دی۔
issue-me-too-count = { $count } لوگ کہتے ہیں کہ یہ ان کے ساتھ بھی ہوتا ہے۔
issue-me-too-heading = کیا یہ آپ کے ساتھ بھی ہوتا ہے؟
issue-me-too-hint = گنتی میں شامل ہونے کے لیے بٹن دبائیں۔ ہم نہیں پوچھتے کہ آپ کون ہیں، اور ہم آپ کے بارے میں کچھ نہیں رکھتے۔
issue-me-too = یہ میرے ساتھ بھی ہوتا ہے
issue-me-too-sending = آپ کو گنا جا رہا ہے…
issue-me-too-thanks = شکریہ۔ آپ کو گن لیا گیا ہے۔ اب { $count } لوگ کہتے ہیں کہ یہ ان کے ساتھ بھی ہوتا ہے۔

## مسئلہ کس کے لیے ہے
issue-for-commissioner = کونسل کا کمشنر
issue-for-safeguarding-board = سیف گارڈنگ ایڈلٹس بورڈ (بالغوں کے تحفظ کا بورڈ)
issue-for-provider-board = ایڈووکیسی فراہم کرنے والے ادارے کا بورڈ
issue-for-partnership-board = کوئی پارٹنرشپ بورڈ
issue-for-healthwatch = Healthwatch

## مسئلہ کہاں تک پہنچا ہے
issue-status-draft = مسودہ، ابھی اٹھایا نہیں گیا
issue-status-received = موصول ہو گیا
issue-status-being-looked-at = اس پر غور ہو رہا ہے
issue-status-response-given = جواب دے دیا گیا
issue-status-change-agreed = تبدیلی پر اتفاق ہو گیا
issue-status-change-made = تبدیلی کر دی گئی
issue-status-closed = بند

## گروپ کی رجسٹریشن
group-register-heading = اپنا سیلف ایڈووکیسی گروپ رجسٹر کریں
group-register-intro = ہمیں اپنے گروپ کے بارے میں بتائیں۔ ایڈووکیسی فراہم کرنے والا ادارہ یہ چیک کرنے کے لیے آپ سے رابطہ کرے گا کہ آپ کا گروپ اصلی ہے، عام طور پر کام کے چند دنوں کے اندر۔ اس کے بعد آپ کا گروپ سائن اِن کر سکے گا، مل کر مسائل لکھ سکے گا اور انہیں سب کے دیکھنے کے لیے اٹھا سکے گا۔
group-register-name = آپ کے گروپ کا نام
group-register-area = آپ کا گروپ کس کونسل کے علاقے میں ہے؟
group-register-area-hint = مثال کے طور پر کارڈف (Cardiff) یا لیڈز (Leeds)۔ اس سے جن لوگوں کے سامنے آپ مسائل اٹھاتے ہیں انہیں پتہ چلتا ہے کہ آپ کا گروپ کہاں ہے۔
group-register-members = آپ کے گروپ میں کتنے ممبر ہیں؟
group-register-contact-heading = گروپ سے رابطے کا فرد
group-register-contact-intro = یہ وہ شخص ہے جس سے ادارہ گروپ کے بارے میں بات کرتا ہے۔ گروپ کے چیک ہو جانے کے بعد وہ سب سے پہلے سائن اِن کریں گے اور باقی ممبروں کو شامل کر سکتے ہیں۔
group-register-contact-name = رابطے کے فرد کا نام
group-register-contact-email = رابطے کے فرد کا ای میل ایڈریس
group-register-send = گروپ رجسٹر کریں
group-register-sending = آپ کا گروپ رجسٹر ہو رہا ہے…
group-registered-heading = آپ کا گروپ رجسٹر ہو گیا ہے
group-registered-body = { $name } رجسٹر ہو گیا ہے۔
group-registered-next = ایڈووکیسی فراہم کرنے والا ادارہ گروپ کو چیک کرنے کے لیے آپ کے گروپ کے رابطے کے فرد سے رابطہ کرے گا۔ پھر وہ رابطے کے فرد کو سائن اِن کرنے کے لیے ایک بار استعمال ہونے والا پاس ورڈ دیں گے۔
group-registered-issues = دوسرے گروپوں کے اٹھائے ہوئے مسائل پڑھیں
