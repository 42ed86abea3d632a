# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional-answers


## وہ کارروائیاں جو کونسل کر رہی ہو سکتی ہے
pro-opt-process-needs-assessment = ضروریات کا جائزہ (needs assessment)
pro-opt-process-carers-assessment = نگہداشت کرنے والے کا جائزہ (carer's assessment)
pro-opt-process-child-needs-assessment = بچے کی ضروریات کا جائزہ (بالغوں کی خدمات میں منتقلی)
pro-opt-process-child-carers-assessment = بچے کی نگہداشت کرنے والے کا جائزہ
pro-opt-process-young-carers-assessment = کم عمر نگہداشت کرنے والے کا جائزہ (young carer)
pro-opt-process-care-support-plan = نگہداشت اور مدد کا منصوبہ، یا مدد کا منصوبہ تیار کرنا
pro-opt-process-plan-review = نگہداشت اور مدد کے منصوبے کا جائزہ
pro-opt-process-safeguarding-enquiry = تحفظ (سیف گارڈنگ) کی انکوائری (دفعہ 42)
pro-opt-process-safeguarding-adults-review = بالغوں کے تحفظ کا جائزہ (safeguarding adults review)
pro-opt-process-none = ان میں سے کوئی نہیں

## یہ کارروائی کس کی نگہداشت اور مدد کے بارے میں ہے
pro-opt-role-person = وہ شخص، اپنی نگہداشت اور مدد کے لیے
pro-opt-role-adult-carer = وہ شخص، بطور بالغ نگہداشت کرنے والا
pro-opt-role-young-carer = وہ شخص، بطور کم عمر نگہداشت کرنے والا (18 سال سے کم)

## نمایاں دشواری کے چار شعبے (Care Act s67(4))
pro-opt-area-understanding = متعلقہ معلومات کو سمجھنا
pro-opt-area-retaining = ان معلومات کو یاد رکھنا
pro-opt-area-weighing = حصہ لینے کے لیے معلومات کو استعمال کرنا یا ان پر غور کرنا
pro-opt-area-communicating = اپنی رائے، خواہشات اور احساسات بتانا

## وہ باتیں جن کی وجہ سے کوئی مناسب فرد (appropriate individual) نہیں بن سکتا
pro-opt-disqualifier-paid = کیا انہیں اس شخص یا اس کی نگہداشت کرنے والے کی دیکھ بھال یا علاج کرنے کے پیسے ملتے ہیں؟
pro-opt-disqualifier-paid-hint = اس میں پیشہ ور نگہداشت کرنے والے اور ہر وہ شخص شامل ہے جسے وہ شخص پیسے دیتا ہے۔
pro-opt-disqualifier-not-wanted = کیا اس شخص نے کہا ہے کہ وہ نہیں چاہتا کہ یہ فرد اس کی مدد کرے؟
pro-opt-disqualifier-unable = کیا یہ فرد ان کی مدد کرنے کے قابل نہیں یا دستیاب نہیں؟
pro-opt-disqualifier-abuse = کیا وہ اس شخص کے ساتھ بدسلوکی یا اس سے غفلت میں ملوث ہیں؟
pro-opt-disqualifier-abuse-hint = مثال کے طور پر تحفظ کی کسی انکوائری میں ان کا نام آیا ہو، یا بالغوں کے تحفظ کے کسی جائزے میں پایا گیا ہو کہ وہ بدسلوکی روکنے میں ناکام رہے۔
# یہی چار چند الفاظ میں، "اپنے جوابات چیک کریں" اور عملے کے منظر کے لیے۔
pro-opt-disqualifier-paid-short = ان کی دیکھ بھال یا علاج کے پیسے ملتے ہیں
pro-opt-disqualifier-not-wanted-short = وہ شخص انہیں نہیں چاہتا
pro-opt-disqualifier-unable-short = قابل نہیں یا دستیاب نہیں
pro-opt-disqualifier-abuse-short = بدسلوکی یا غفلت میں ملوث

## کیا کوئی ہے جو ان کی مدد کر سکے؟
pro-opt-anyone-yes = ہاں، یا ہو سکتا ہے کوئی ہو
pro-opt-anyone-no = نہیں، کوئی نہیں ہے

## NHS کی رہائش کہاں ہے
pro-opt-setting-hospital = ہسپتال
pro-opt-setting-care-home = کیئر ہوم

## وہ فیصلے جن کے لیے IMCA کی ضرورت ہوتی ہے (ذہنی صلاحیت کا قانون، Mental Capacity Act 2005)
pro-opt-decision-serious-medical-treatment = سنگین طبی علاج
pro-opt-decision-accommodation-hospital = وہ کہاں رہتے ہیں: ہسپتال میں قیام
pro-opt-decision-accommodation-hospital-hint = NHS کی طرف سے انتظام کیا گیا، 28 دن سے زیادہ رہنے کی توقع ہے۔
pro-opt-decision-accommodation-care-home = وہ کہاں رہتے ہیں: کیئر ہوم میں منتقلی
pro-opt-decision-accommodation-care-home-hint = کونسل یا NHS کی طرف سے انتظام کیا گیا، 8 ہفتوں سے زیادہ رہنے کی توقع ہے۔
pro-opt-decision-care-review = ان کی نگہداشت کے انتظامات کا جائزہ
pro-opt-decision-safeguarding = تحفظ (سیف گارڈنگ) کے کسی معاملے میں حفاظتی اقدامات
pro-opt-decision-none = ان میں سے کوئی نہیں

## ذہنی صحت کے قانون کے تحت حیثیت (Mental Health Act 1983)
pro-opt-mha-detained = کسی دفعہ کے تحت ہسپتال میں زیرِ حراست
pro-opt-mha-conditionally-discharged = مشروط طور پر فارغ (پابندیوں والا مریض)
pro-opt-mha-guardianship = سرپرستی (guardianship) کے تحت
pro-opt-mha-cto = کمیونٹی ٹریٹمنٹ آرڈر (CTO) پر
pro-opt-mha-none = ذہنی صحت کے قانون (Mental Health Act) کے تحت نہیں

## ریفرل بھیجنے سے پہلے کیا درست کرنا ہے
pro-problem-consent = منتخب کریں کہ آیا اس شخص کو ریفرل کا علم ہے اور وہ اس سے متفق ہے
pro-problem-contact-directly = منتخب کریں کہ آیا ایڈووکیٹ اس شخص سے براہِ راست رابطہ کر سکتا ہے
pro-problem-contact-method = منتخب کریں کہ ایڈووکیٹ اس شخص سے کیسے رابطہ کرے
pro-problem-dob-invalid = تاریخِ پیدائش درست درج کریں، مثال کے طور پر 27 3 1950
pro-problem-dob-future = تاریخِ پیدائش ماضی کی ہونی چاہیے
pro-problem-dob-too-old = ایسی تاریخِ پیدائش درج کریں جو 120 سال سے کم پرانی ہو
pro-problem-assessment-date-invalid = جائزے کی درست تاریخ درج کریں، مثال کے طور پر 3 2 2026
pro-problem-days-number = دنوں کی تعداد پورے عدد میں درج کریں، جیسے 60
pro-problem-mha-section = ذہنی صحت کے قانون (Mental Health Act) کی کوئی دفعہ درج کریں، جیسے 2، 3، 5(2) یا 37/41
pro-problem-candidates-missing = وہ فرد شامل کریں جو ان کی مدد کر سکتا ہے، یا کوئی اور جواب منتخب کریں
pro-problem-danger = بتائیں کہ کیا کوئی ابھی خطرے میں ہے
pro-problem-deadline-date-missing = میٹنگ یا آخری تاریخ درج کریں
pro-problem-deadline-date-invalid = درست تاریخ درج کریں، مثال کے طور پر 14 5 2026
pro-problem-deadline-date-past = میٹنگ یا آخری تاریخ گزر چکی ہے: آنے والی تاریخ درج کریں
pro-problem-candidate-description-missing = بتائیں کہ یہ فرد ان کا کیا لگتا ہے
pro-problem-candidate-description-too-long = 200 یا اس سے کم حروف استعمال کریں
pro-problem-candidate-description-single-line = < اور > کے نشان ہٹا دیں، اور اسے ایک ہی سطر میں رکھیں
