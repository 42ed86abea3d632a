# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: on-behalf


## پوچھنے والے شخص کے بارے میں
for-referrer-intro = پہلے ہم آپ کے بارے میں پوچھیں گے، پھر اس شخص کے بارے میں جسے ایڈووکیٹ کی ضرورت ہے۔
for-referrer-intro-easy = پہلے ہم آپ کے بارے میں پوچھتے ہیں۔ پھر اس شخص کے بارے میں جسے ایڈووکیٹ کی ضرورت ہے۔
for-referrer-name-label = آپ کا نام کیا ہے؟
for-referrer-name-hint = جب ہم اس ریفرل کے بارے میں آپ سے رابطہ کریں گے تو اسے استعمال کریں گے۔
for-referrer-name-hint-easy = جب ہم آپ سے رابطہ کریں گے تو آپ کا نام استعمال کریں گے۔
for-relationship-legend = آپ اس شخص کو کیسے جانتے ہیں جسے ایڈووکیٹ کی ضرورت ہے؟
for-relationship-legend-easy = آپ اس شخص کو کیسے جانتے ہیں؟
for-relationship-carer = میں ان کی دیکھ بھال کرتا/کرتی ہوں
for-relationship-carer-hint = آپ ان کی دیکھ بھال میں مدد کرتے ہیں اور اس کے لیے آپ کو پیسے نہیں ملتے۔
for-relationship-carer-hint-easy = آپ ان کی دیکھ بھال میں مدد کرتے ہیں۔ آپ کو اس کے پیسے نہیں ملتے۔
for-relationship-family = میں ان کے خاندان کا فرد ہوں
for-relationship-friend = میں ان کا دوست ہوں
for-relationship-other = کسی اور طرح
for-relationship-other-hint = مثال کے طور پر پڑوسی۔
for-relationship-missing = منتخب کریں کہ آپ اس شخص کو کیسے جانتے ہیں

## رابطہ کیسے کریں
for-referrer-method-legend = ہم آپ سے کیسے رابطہ کریں؟
for-referrer-method-hint = ہم اسے ریفرل کے بارے میں آپ سے بات کرنے کے لیے استعمال کریں گے۔
for-referrer-method-hint-easy = ہم اسے آپ سے بات کرنے کے لیے استعمال کریں گے۔
for-person-method-legend = ہم اس شخص سے کیسے رابطہ کریں؟
for-person-method-hint = وہ طریقہ منتخب کریں جو ان کے لیے سب سے آسان اور سب سے محفوظ ہو۔
for-method-missing = منتخب کریں کہ ہم کیسے رابطہ کریں
for-through-legend = ہم اس شخص تک کیسے پہنچیں؟
for-through-hint = اگر ان سے رابطہ کرنا محفوظ یا آسان نہ ہو تو ہم آپ کے ذریعے انتظام کر سکتے ہیں۔
for-through-hint-easy = ہو سکتا ہے ان سے رابطہ محفوظ یا آسان نہ ہو۔ تب ہم آپ سے بات کر سکتے ہیں۔
for-through-yes = میرے ذریعے
for-through-no = ان سے براہ راست رابطہ کریں
for-through-missing = منتخب کریں کہ ہم اس شخص تک کیسے پہنچیں

## اس شخص کے بارے میں جسے ایڈووکیٹ کی ضرورت ہے
for-person-name-label = اس شخص کو کس نام سے پکارا جانا پسند ہے؟
for-person-name-hint = ان کا پہلا نام، یا وہ نام جو وہ استعمال کرنا پسند کرتے ہیں، کافی ہے۔
for-person-name-hint-easy = ان کا پہلا نام کافی ہے۔ یا وہ نام جو انہیں پسند ہے۔
for-help-with-label = اس شخص کو کس چیز میں مدد کی ضرورت ہے؟
for-help-with-hint = ہمیں بتائیں کہ کیا ہو رہا ہے، اس میں کون شامل ہے اور کیا بدلنے کی ضرورت ہے۔ آپ کو یہ جاننے کی ضرورت نہیں کہ انہیں کس قسم کے ایڈووکیٹ کی ضرورت ہے۔
for-help-with-hint-easy = ہمیں بتائیں کیا ہو رہا ہے۔ بتائیں کون شامل ہے۔ بتائیں کیا بدلنا چاہیے۔ آپ کو یہ جاننا ضروری نہیں کہ کون سا ایڈووکیٹ چاہیے۔
for-own-words-label = اس بارے میں اس شخص کا اپنا کیا کہنا ہے؟ (اختیاری)
for-own-words-label-easy = اس بارے میں اس شخص کا کیا کہنا ہے؟ آپ کا جواب دینا ضروری نہیں۔
for-own-words-hint = اگر وہ آپ کو بتا سکیں تو لکھیں کہ وہ خود کیا کہتے ہیں۔ جہاں ہو سکے ان کے اپنے الفاظ استعمال کریں۔
for-own-words-hint-easy = اگر وہ بتا سکیں تو لکھیں کہ وہ کیا کہتے ہیں۔ ہو سکے تو ان کے الفاظ لکھیں۔
for-consent-legend = کیا اس شخص کو معلوم ہے کہ آپ ایڈووکیٹ کے لیے درخواست کر رہے ہیں، اور کیا وہ اس سے متفق ہیں؟
for-consent-legend-easy = کیا اس شخص کو معلوم ہے کہ آپ ایڈووکیٹ مانگ رہے ہیں؟ کیا وہ راضی ہیں؟
for-consent-hint = اگر ایسا نہ ہو تب بھی آپ درخواست کر سکتے ہیں۔ ایڈووکیٹ ہمیشہ یہ جاننے کی کوشش کرے گا کہ اس شخص کی کیا خواہش ہے۔
for-consent-hint-easy = وہ نہ مانیں تب بھی آپ پوچھ سکتے ہیں۔ ایڈووکیٹ جاننے کی کوشش کرے گا کہ وہ کیا چاہتے ہیں۔
for-consent-yes = ہاں، انہیں معلوم ہے اور وہ متفق ہیں
for-consent-no = نہیں
for-consent-no-hint = انہیں ابھی معلوم نہیں، یا وہ ایڈووکیٹ نہیں چاہتے۔
for-consent-no-hint-easy = انہیں ابھی معلوم نہیں۔ یا وہ ایڈووکیٹ نہیں چاہتے۔
for-consent-cannot-say = وہ مجھے بتا نہیں سکتے
for-consent-cannot-say-hint = مثال کے طور پر، وہ سوال نہیں سمجھ سکتے یا کسی کو اپنا جواب نہیں بتا سکتے۔
for-consent-cannot-say-hint-easy = مثال کے طور پر، وہ سوال نہیں سمجھتے۔ یا وہ کسی کو اپنا جواب نہیں بتا سکتے۔
for-consent-missing = منتخب کریں کہ کیا اس شخص کو معلوم ہے اور وہ متفق ہیں
for-best-interests-label = ایڈووکیٹ اس شخص کے بہترین مفاد میں کیوں ہوگا؟
for-best-interests-label-easy = ایڈووکیٹ اس شخص کے لیے کیوں اچھا ہوگا؟
for-best-interests-hint = وہ اس پر متفق نہیں ہوئے، اس لیے ہمیں بتائیں کہ یہ ان کے لیے کیوں اچھا ہوگا۔ مثال کے طور پر، ایڈووکیٹ کے بغیر کیا غلط ہو سکتا ہے، یا ان کے بغیر کیا فیصلہ کیا جا رہا ہے۔
for-best-interests-hint-easy = انہوں نے اس کے لیے ہاں نہیں کہی۔ بتائیں کہ یہ ان کے لیے کیوں اچھا ہوگا۔ ایڈووکیٹ کے بغیر کیا غلط ہو سکتا ہے؟ ان کے بغیر کیا فیصلہ ہو رہا ہے؟

## اپنے جوابات چیک کریں
for-check-heading = بھیجنے سے پہلے اپنے جوابات چیک کریں
for-check-heading-easy = اپنے جوابات چیک کریں۔ پھر انہیں بھیجیں۔
for-check-about-you = آپ کے بارے میں
for-check-about-person = اس شخص کے بارے میں
for-check-referrer-name = آپ کا نام
for-check-referrer-name-change = آپ کا نام
for-check-relationship = آپ انہیں کیسے جانتے ہیں
for-check-relationship-change = آپ اس شخص کو کیسے جانتے ہیں
for-check-relationship-carer = بلا معاوضہ دیکھ بھال کرنے والا
for-check-relationship-family = خاندان کا فرد
for-check-relationship-friend = دوست
for-check-relationship-other = کوئی اور جو انہیں جانتا ہے
for-check-referrer-method-missing = منتخب کریں کہ ہم آپ سے کیسے رابطہ کریں
for-check-person-name = انہیں کس نام سے پکارا جائے
for-check-person-name-change = اس شخص کو کس نام سے پکارا جائے
for-check-help-with = انہیں کس چیز میں مدد چاہیے
for-check-help-with-change = اس شخص کو کس چیز میں مدد چاہیے
for-check-own-words = وہ اس بارے میں کیا کہتے ہیں
for-check-own-words-change = اس شخص کا کیا کہنا ہے
for-check-consent = کیا انہیں معلوم ہے اور وہ متفق ہیں
for-check-consent-change = کیا اس شخص کو معلوم ہے اور وہ متفق ہیں
for-check-best-interests = یہ ان کے بہترین مفاد میں کیوں ہے
for-check-best-interests-change = ایڈووکیٹ ان کے بہترین مفاد میں کیوں ہے
for-check-through = ان تک کیسے پہنچیں
for-check-through-change = اس شخص تک کیسے پہنچیں
for-check-through-yes = آپ کے ذریعے
for-check-person-method-missing = منتخب کریں کہ ہم اس شخص سے کیسے رابطہ کریں
for-check-what-happens = جب آپ یہ بھیجیں گے تو ہماری ایڈووکیسی ٹیم اسے پڑھے گی اور آپ کے بتائے ہوئے طریقے سے رابطہ کرے گی۔
for-check-what-happens-easy = جب آپ یہ بھیجیں گے تو ہماری ٹیم اسے پڑھے گی۔ پھر ہم آپ کے بتائے طریقے سے رابطہ کریں گے۔
