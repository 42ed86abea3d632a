# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: profile

## رابطے کے طریقے
contact-way-phone = فون کال
contact-way-text = ٹیکسٹ میسج
contact-way-email = ای میل
contact-way-letter = خط
contact-way-in-person = آمنے سامنے
contact-way-named-person = کسی ایسے شخص کے ذریعے جس پر میں بھروسہ کرتا/کرتی ہوں

## رابطے کی تفصیلات
contact-phone-label-you = آپ کا فون نمبر کیا ہے؟
contact-phone-label-them = ان کا فون نمبر کیا ہے؟
contact-mobile-label-you = آپ کا موبائل نمبر کیا ہے؟
contact-mobile-label-them = ان کا موبائل نمبر کیا ہے؟
contact-phone-hint = مثال کے طور پر 07700 900 982۔ ہم اسے صرف اسی ریفرل کے سلسلے میں استعمال کریں گے۔
contact-phone-hint-easy = مثال کے طور پر 07700 900 982۔ ہم اسے صرف مدد کی اسی درخواست کے لیے استعمال کرتے ہیں۔
contact-email-label-you = آپ کا ای میل پتہ کیا ہے؟
contact-email-label-them = ان کا ای میل پتہ کیا ہے؟
contact-email-hint = ہم اسے صرف اسی ریفرل کے سلسلے میں استعمال کریں گے۔
contact-email-hint-easy = ہم اسے صرف مدد کی اسی درخواست کے لیے استعمال کرتے ہیں۔
contact-address-label-you = آپ کا پتہ کیا ہے؟
contact-address-label-them = ان کا پتہ کیا ہے؟
contact-address-hint = پوسٹ کوڈ ضرور شامل کریں۔
contact-meet-label-you = ہم آپ سے کہاں مل سکتے ہیں؟
contact-meet-label-them = ہم ان سے کہاں مل سکتے ہیں؟
contact-meet-hint = مثال کے طور پر گھر کا پتہ، وارڈ اور ہسپتال، یا کوئی ایسی جگہ جہاں وہ خود کو محفوظ محسوس کرتے ہیں۔ بتائیں اگر کسی کو ملاقات کا انتظام کرنا چاہیے۔
contact-meet-hint-easy = مثال کے طور پر گھر، ہسپتال کا وارڈ، یا کوئی محفوظ جگہ۔ بتائیں اگر کسی کو انتظام کرنا ہے۔

## کسی قابل بھروسہ شخص کے ذریعے رابطہ
contact-through-heading-you = ہم آپ سے کس کے ذریعے رابطہ کریں؟
contact-through-heading-them = ہم ان سے کس کے ذریعے رابطہ کریں؟
contact-through-body-you = ہم آپ سے صرف اسی شخص کے ذریعے رابطہ کریں گے۔
contact-through-body-them = ہم ان سے صرف اسی شخص کے ذریعے رابطہ کریں گے۔
contact-through-name = ان کا نام
contact-through-relationship-you = وہ آپ کے کیا لگتے ہیں؟ (اختیاری)
contact-through-relationship-them = وہ اس شخص کے کیا لگتے ہیں؟ (اختیاری)
contact-through-relationship-hint = مثال کے طور پر بہن، دوست یا سپورٹ ورکر۔
contact-through-phone = ان کا فون نمبر
contact-through-phone-hint = فون نمبر، ای میل پتہ، یا دونوں دیں۔
contact-through-email = ان کا ای میل پتہ (اگر آپ نے فون نمبر دیا ہے تو اختیاری)

## محفوظ رابطہ
contact-safety-heading-you = آپ کے لیے رابطے کو محفوظ رکھنا
contact-safety-heading-them = ان کے لیے رابطے کو محفوظ رکھنا
contact-safety-intro = کچھ لوگ کسی ایسے شخص کے ساتھ رہتے ہیں جو ان کا فون یا ڈاک دیکھتا ہے۔ ہمیں ہر وہ بات بتائیں جو ہمیں معلوم ہونی چاہیے۔
contact-safety-intro-easy = گھر میں کوئی فون یا خط دیکھ سکتا ہے۔ ہمیں بتائیں جو ہمیں جاننا چاہیے۔
contact-message-legend-you = کیا ہمارے لیے آپ کے لیے پیغام چھوڑنا محفوظ ہے؟
contact-message-legend-them = کیا ہمارے لیے ان کے لیے پیغام چھوڑنا محفوظ ہے؟
contact-message-hint = مثال کے طور پر وائس میل، ایسا ٹیکسٹ جو کوئی اور پڑھ سکتا ہو، یا ایسا خط جو کوئی اور کھول سکتا ہو۔
contact-message-hint-easy = پیغام وائس میل، ٹیکسٹ یا خط ہو سکتا ہے۔ کوئی اور اسے دیکھ سکتا ہے۔
contact-message-yes = ہاں، آپ پیغام چھوڑ سکتے ہیں
contact-message-no = نہیں، پیغام نہ چھوڑیں
contact-message-unknown = مجھے یقین نہیں
contact-not-safe-legend = کیا ان میں سے کوئی طریقہ بالکل بھی محفوظ نہیں؟
contact-not-safe-hint = ان پر نشان لگائیں جنہیں ہم کبھی استعمال نہ کریں۔ اگر سب محفوظ ہیں تو کسی پر نشان نہ لگائیں۔
contact-not-safe-hint-easy = ان طریقوں پر نشان لگائیں جو ہم کبھی استعمال نہ کریں۔ اگر سب محفوظ ہیں تو کوئی نشان نہ لگائیں۔
contact-safe-times-label-you = آپ سے رابطہ کرنا کب محفوظ ہے؟ (اختیاری)
contact-safe-times-label-them = ان سے رابطہ کرنا کب محفوظ ہے؟ (اختیاری)
contact-safe-times-hint = مثال کے طور پر: ہفتے کے دنوں میں صبح، یا جب گھر پر کوئی اور ہو تب نہیں۔
contact-codeword-label = کوڈ ورڈ (اختیاری)
contact-codeword-hint-you = ایک لفظ جو ہم کہیں گے تاکہ آپ کو معلوم ہو کہ واقعی ہم ہیں۔ پاس ورڈ استعمال نہ کریں۔
contact-codeword-hint-you-easy = ہم یہ لفظ کہیں گے۔ تب آپ جان لیں گے کہ واقعی ہم ہیں۔ پاس ورڈ استعمال نہ کریں۔
contact-codeword-hint-them = ایک لفظ جو ہم کہیں گے تاکہ انہیں معلوم ہو کہ واقعی ہم ہیں۔ پاس ورڈ استعمال نہ کریں۔
contact-codeword-hint-them-easy = ہم یہ لفظ کہیں گے۔ تب وہ جان لیں گے کہ واقعی ہم ہیں۔ پاس ورڈ استعمال نہ کریں۔

## بات چیت کی ضروریات
communication-heading-you = ہم آپ سے بات کرنا کیسے آسان بنا سکتے ہیں؟
communication-heading-them = ہم اس شخص سے بات کرنا کیسے آسان بنا سکتے ہیں؟
communication-intro-you = جب بھی ہم آپ سے رابطہ کریں گے، آپ کی بتائی ہوئی باتوں کو استعمال کریں گے۔ یہ سب اختیاری ہیں۔
communication-intro-you-easy = جب بھی ہم آپ سے رابطہ کریں گے، ایسا ہی کریں گے۔ آپ کا جواب دینا ضروری نہیں۔
communication-intro-them = ایڈووکیٹ اس شخص سے ملتے یا رابطہ کرتے وقت آپ کی بتائی ہوئی باتوں کو استعمال کرے گا۔ یہ سب اختیاری ہیں۔
communication-intro-them-easy = ایڈووکیٹ اس شخص سے ملتے یا رابطہ کرتے وقت اسے استعمال کرے گا۔ آپ کا جواب دینا ضروری نہیں۔
communication-legend-you = کیا ان میں سے کوئی چیز آپ کی مدد کرے گی؟
communication-legend-them = کیا ان میں سے کوئی چیز ان کی مدد کرے گی؟
communication-tick-hint = جو کچھ بھی مدد کرے اس سب پر نشان لگائیں۔
communication-interpreter = ترجمان
communication-bsl = برٹش سائن لینگویج (BSL) یا کوئی اور اشاروں کی زبان
communication-easy-read = آسان پڑھائی (تصویروں کے ساتھ مختصر جملے)
communication-large-print = بڑا پرنٹ
communication-braille = بریل
communication-audio-you = آڈیو، یا کوئی جو مجھے چیزیں پڑھ کر سنائے
communication-audio-them = آڈیو، یا کوئی جو انہیں چیزیں پڑھ کر سنائے
communication-reading-help-you = خط پڑھنے اور فارم بھرنے میں مدد
communication-reading-help-them = انہیں خط پڑھنے اور فارم بھرنے میں مدد
communication-language-you = آپ چاہتے ہیں کہ ہم کون سی زبان استعمال کریں؟ (اختیاری)
communication-language-them = ہم ان کے ساتھ کون سی زبان استعمال کریں؟ (اختیاری)
communication-language-hint-you = اگر آپ کو ترجمان کی ضرورت ہے تو ہمیں بتائیں کہ اسے کون سی زبان بولنی چاہیے۔
communication-language-hint-you-easy = کیا آپ کو ترجمان کی ضرورت ہے؟ ہمیں بتائیں کہ وہ کون سی زبان بولے۔
communication-language-hint-them = اگر انہیں ترجمان کی ضرورت ہے تو ہمیں بتائیں کہ ترجمان کو کون سی زبان بولنی چاہیے۔
communication-language-hint-them-easy = کیا انہیں ترجمان کی ضرورت ہے؟ ہمیں بتائیں کہ ترجمان کون سی زبان بولے۔
communication-other-you = کیا کوئی اور چیز مدد کرے گی؟ (اختیاری)
communication-other-them = کیا کوئی اور چیز ان کی مدد کرے گی؟ (اختیاری)
communication-other-hint-you = مثال کے طور پر: براہ کرم آہستہ بولیں، یا میں چاہوں گا/گی کہ کوئی میرے ساتھ ہو۔
communication-other-hint-them = مثال کے طور پر: آہستہ بولیں، کسی ایسی جگہ ملیں جسے وہ جانتے ہوں، یا کوئی ایسا شخص ساتھ ہو جس پر وہ بھروسہ کرتے ہوں۔
communication-other-hint-them-easy = مثال کے طور پر: آہستہ بولیں۔ کسی جانی پہچانی جگہ پر ملیں۔ کسی بھروسے والے کو ساتھ لائیں۔

## ایڈووکیٹ میں کیا چاہیے
preferences-advocate-heading-you = آپ ایڈووکیٹ میں کیا چاہتے ہیں؟
preferences-advocate-heading-them = وہ ایڈووکیٹ میں کیا چاہتے ہیں؟
preferences-advocate-intro = ہم اس کے مطابق انتظام کرنے کی کوشش کریں گے۔ یہ تمام سوالات اختیاری ہیں۔
preferences-advocate-intro-easy = ہم ایسا ایڈووکیٹ ڈھونڈنے کی کوشش کریں گے۔ آپ کا جواب دینا ضروری نہیں۔
preferences-gender-legend-you = کیا آپ عورت یا مرد ایڈووکیٹ کو ترجیح دیں گے؟
preferences-gender-legend-them = کیا وہ عورت یا مرد ایڈووکیٹ کو ترجیح دیں گے؟
preferences-gender-woman = عورت
preferences-gender-man = مرد
preferences-gender-no-preference = کوئی ترجیح نہیں
preferences-language-label = کوئی زبان جو ایڈووکیٹ بولتا ہو (اختیاری)
preferences-language-hint-you = تاکہ آپ ترجمان کے بغیر بات کر سکیں۔
preferences-language-hint-them = تاکہ وہ ترجمان کے بغیر بات کر سکیں۔
preferences-culture-label = کوئی ثقافت یا عقیدہ جسے ایڈووکیٹ سمجھتا ہو (اختیاری)
preferences-culture-hint = مثال کے طور پر، کوئی جو مسلمان، یہودی یا جپسی اور ٹریولر زندگی کو سمجھتا ہو۔
preferences-previous-label-you = کوئی ایڈووکیٹ جو پہلے آپ کے پاس تھا اور آپ اسے دوبارہ چاہتے ہیں (اختیاری)
preferences-previous-label-them = کوئی ایڈووکیٹ جو پہلے ان کے پاس تھا اور وہ اسے دوبارہ چاہتے ہیں (اختیاری)
preferences-previous-hint = ان کا نام، یا وہ کہاں کام کرتے تھے۔

## کسے شامل کریں اور کسے نہیں
preferences-people-heading-you = ہم کسے شامل کریں؟
preferences-people-heading-you-easy = ہم کس سے بات کریں؟
preferences-people-heading-them = ان کے لیے ہم کسے شامل کریں؟
preferences-people-heading-them-easy = ہم ان کے بارے میں کس سے بات کریں؟
preferences-people-intro = دونوں سوالات اختیاری ہیں۔ آپ جو بتائیں گے ہم اسے راز میں رکھیں گے۔
preferences-people-intro-easy = آپ کا جواب دینا ضروری نہیں۔ آپ جو بتائیں ہم اسے راز رکھتے ہیں۔
preferences-involve-label-you = خاندان یا دوست جنہیں آپ شامل کرنا چاہتے ہیں (اختیاری)
preferences-involve-label-them = خاندان یا دوست جنہیں وہ شامل کرنا چاہتے ہیں (اختیاری)
preferences-involve-hint = ان کے نام، وہ کون ہیں، اور آپ انہیں کس طرح شامل کرنا چاہتے ہیں۔
preferences-involve-hint-easy = ان کے نام بتائیں اور یہ کہ وہ کون ہیں۔ بتائیں کہ وہ کیسے مدد کریں۔
preferences-do-not-involve-label = کوئی بھی جسے ہمیں شامل نہیں کرنا یا بتانا نہیں ہے (اختیاری)
preferences-do-not-involve-hint = ہم ان سے رابطہ نہیں کریں گے اور نہ ہی انہیں کچھ بتائیں گے۔

## اپنے جوابات چیک کریں
profile-row-method-you = آپ سے رابطہ کیسے کریں
profile-row-method-them = ان سے رابطہ کیسے کریں
profile-row-method-change-you = آپ سے رابطہ کیسے کریں
profile-row-method-change-them = ان سے رابطہ کیسے کریں
profile-row-details-change-you = آپ کی رابطے کی تفصیلات
profile-row-details-change-them = ان کی رابطے کی تفصیلات
profile-row-contact-details = رابطے کی تفصیلات
profile-row-phone = فون نمبر
profile-row-email = ای میل پتہ
profile-row-address = پتہ
profile-row-meet = کہاں ملیں
profile-row-through = کس کے ذریعے رابطہ کریں
profile-row-message = پیغام چھوڑنا محفوظ ہے
profile-row-message-change = کیا پیغام چھوڑنا محفوظ ہے
profile-row-not-sure = یقین نہیں
profile-row-not-safe = غیر محفوظ طریقے
profile-row-not-safe-change = غیر محفوظ طریقے
profile-row-safe-times-you = آپ سے رابطے کے محفوظ اوقات
profile-row-safe-times-them = ان سے رابطے کے محفوظ اوقات
profile-row-safe-times-change-you = آپ سے رابطے کے محفوظ اوقات
profile-row-safe-times-change-them = ان سے رابطے کے محفوظ اوقات
profile-row-codeword = کوڈ ورڈ
profile-row-codeword-change = کوڈ ورڈ
profile-row-given = دیا گیا
profile-row-none = کوئی نہیں
profile-row-communication-you = آپ کو بات چیت میں کیا مدد دیتا ہے
profile-row-communication-them = انہیں بات چیت میں کیا مدد دیتا ہے
profile-row-communication-change-you = آپ کو بات چیت میں کیا مدد دیتا ہے
profile-row-communication-change-them = انہیں بات چیت میں کیا مدد دیتا ہے
profile-row-nothing-given = کچھ نہیں بتایا گیا
profile-row-need-language = زبان: { $language }
profile-row-need-interpreter = ترجمان کی ضرورت ہے
profile-row-need-bsl = برٹش سائن لینگویج یا کوئی اور اشاروں کی زبان
profile-row-need-easy-read = آسان پڑھائی
profile-row-need-large-print = بڑا پرنٹ
profile-row-need-braille = بریل
profile-row-need-audio = آڈیو
profile-row-need-reading-help = پڑھنے اور فارم بھرنے میں مدد
profile-row-need-other = دیگر: { $other }
profile-row-advocate = ایڈووکیٹ
profile-row-advocate-change = ایڈووکیٹ میں کیا چاہیے
profile-row-advocate-gender = ایڈووکیٹ کی جنس: { $answer }
profile-row-advocate-language = ایڈووکیٹ کی زبان: { $answer }
profile-row-advocate-culture = ثقافت یا عقیدہ: { $answer }
profile-row-advocate-previous = پہلے والا ایڈووکیٹ: { $answer }
profile-row-people = خاندان اور دوست
profile-row-people-change = کسے شامل کریں
profile-row-involve = شامل کریں: { $answer }
profile-row-do-not-involve = شامل نہ کریں: { $answer }
profile-row-equality = مساوات کے سوالات (اختیاری)
profile-row-equality-change-you = مساوات کے سوالات کے آپ کے جوابات
profile-row-equality-change-them = مساوات کے سوالات کے ان کے جوابات
profile-row-equality-one = 1 سوال کا جواب دیا گیا
profile-row-equality-many = { $count } سوالات کے جواب دیے گئے
profile-row-equality-skipped = چھوڑ دیے گئے
