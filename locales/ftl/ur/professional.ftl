# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional

## آپ کے بارے میں
pro-about-heading = آپ کے بارے میں
pro-about-intro = ہم اس ریفرل کے بارے میں آپ سے آپ کے کام کی جگہ پر رابطہ کریں گے، اور آپ کو تازہ معلومات بھیجیں گے۔
pro-about-name = آپ کا نام
pro-about-organisation = ادارہ
pro-about-organisation-hint = مثال کے طور پر: Leeds City Council کی بالغوں کی سماجی نگہداشت، یا Ward 7، St James's Hospital۔
pro-about-role = عہدہ یا کردار
pro-about-role-hint = مثال کے طور پر: سوشل ورکر، اسٹاف نرس، جی پی۔
pro-about-email = کام کا ای میل پتہ
pro-about-phone = کام کا فون نمبر (اختیاری)

## وہ شخص
pro-person-heading = وہ شخص جسے ایڈووکیٹ کی ضرورت ہے
pro-person-name = ان کا نام
pro-person-dob = تاریخ پیدائش (اختیاری)
pro-person-dob-hint = مثال کے طور پر، 27 3 1950۔ اگر آپ کو معلوم نہیں تو اسے خالی چھوڑ دیں۔
pro-person-location = وہ اس وقت کہاں ہیں؟ (اختیاری)
pro-person-location-hint = مثال کے طور پر: گھر پر، St James's Hospital کا Ward 7، Oak Lodge کیئر ہوم۔
pro-person-in-prison = کیا وہ جیل یا نوعمر مجرموں کے ادارے میں ہیں؟

## اس شخص سے رابطہ
pro-contact-heading = اس شخص سے رابطہ
pro-contact-directly = کیا ایڈووکیٹ اس شخص سے براہ راست رابطہ کر سکتا ہے؟
pro-contact-directly-hint = صرف اس صورت میں جب یہ ممکن اور محفوظ ہو۔ ورنہ ایڈووکیٹ آپ کے ذریعے یا اس جگہ کے ذریعے رابطے کا انتظام کرے گا جہاں وہ ہیں۔
pro-contact-directly-no = نہیں، میرے ذریعے یا اس جگہ کے ذریعے انتظام کریں جہاں وہ ہیں
pro-contact-method = ایڈووکیٹ ان سے کیسے رابطہ کرے؟
pro-contact-phone = ان کا فون نمبر
pro-contact-email = ان کا ای میل پتہ
pro-contact-address = ان کا پتہ
pro-contact-address-hint = پوسٹ کوڈ ضرور شامل کریں۔
pro-contact-message = کیا ان کے لیے پیغام چھوڑنا محفوظ ہے؟
pro-contact-message-hint = مثال کے طور پر وائس میل، ایسا ٹیکسٹ جو کوئی اور پڑھ سکتا ہو، یا ایسا خط جو کوئی اور کھول سکتا ہو۔
pro-contact-message-no = نہیں، پیغام نہ چھوڑیں
pro-contact-safe-times = ان سے رابطہ کرنا کب محفوظ ہے؟ (اختیاری)
pro-contact-safe-times-hint = مثال کے طور پر: دوپہر کے بعد، یا جب کوئی خاص شخص ان کے ساتھ ہو تب نہیں۔
pro-contact-not-safe = کیا ان میں سے کوئی طریقہ بالکل بھی محفوظ نہیں؟
pro-contact-not-safe-hint = ان پر نشان لگائیں جنہیں ایڈووکیٹ کبھی استعمال نہ کرے۔ اگر سب محفوظ ہیں تو کسی پر نشان نہ لگائیں۔
pro-contact-codeword = کوڈ ورڈ (اختیاری)
pro-contact-codeword-hint = ایک لفظ جو ایڈووکیٹ کہے گا تاکہ اس شخص کو معلوم ہو کہ واقعی ہم ہیں۔ یہ پاس ورڈ نہیں ہے۔

## ایڈووکیٹ کی ضرورت کیوں ہے
pro-reason-heading = اس شخص کو ایڈووکیٹ کی ضرورت کیوں ہے
pro-reason-why = انہیں ایڈووکیٹ کی ضرورت کیوں ہے؟
pro-reason-why-hint = کیا ہو رہا ہے، کون سے فیصلے کیے جا رہے ہیں، اور ایڈووکیٹ کے بغیر کیا غلط ہو سکتا ہے۔
pro-reason-heard = ایڈووکیٹ کے بغیر، کیا انہیں یہ کہنے میں کہ وہ کیا چاہتے ہیں، یا اپنے لیے اہم فیصلے پر اثر ڈالنے میں مشکل ہوگی؟
pro-reason-nhs-complaint = کیا وہ NHS کی نگہداشت یا علاج کے بارے میں شکایت کرنا چاہتے ہیں؟
pro-danger-legend = کیا یہ شخص، یا کوئی اور، ابھی خطرے میں ہے؟
pro-danger-hint = اگر ایسا ہے تو پہلے 999 پر فون کریں۔ ملاقاتیں، سماعتیں اور ہسپتال سے فارغ ہونے کی تاریخیں ملاقاتوں اور آخری تاریخوں والے صفحے پر درج کریں۔

## ان کی رضامندی
pro-agreement-consent = کیا اس شخص کو اس ریفرل کا علم ہے، اور کیا وہ متفق ہیں؟
pro-agreement-consent-hint = اگر ایسا نہیں ہے تب بھی آپ ان کا ریفرل کر سکتے ہیں۔ ایڈووکیٹ ہمیشہ یہ جاننے کی کوشش کرے گا کہ وہ شخص کیا چاہتا ہے۔
pro-agreement-best-interests = ایڈووکیٹ ان کے بہترین مفاد میں کیوں ہوگا؟
pro-agreement-best-interests-hint = مثال کے طور پر، ان کے بغیر کیا فیصلہ کیا جا رہا ہے، یا ایڈووکیٹ کے بغیر کیا غلط ہو سکتا ہے۔
pro-law-heading = یہ ریفرل کس قانون کے بارے میں ہے؟
pro-law-hint = جو بھی لاگو ہوں سب چنیں۔ پھر ہم صرف انہی قوانین کے سوال پوچھیں گے۔ اگر آپ کو یقین نہیں تو ہم سب پوچھیں گے۔
pro-law-care-act = کیئر ایکٹ 2014 (Care Act 2014)
pro-law-care-act-hint = کونسل دیکھ بھال اور مدد کا جائزہ لے رہی ہے، منصوبہ بنا رہی ہے یا نظرِ ثانی کر رہی ہے، یا حفاظتی انکوائری کر رہی ہے۔
pro-law-mca = ذہنی صلاحیت کا قانون 2005 (Mental Capacity Act 2005)
pro-law-mca-hint = ایسا فیصلہ جسے کرنے کی صلاحیت شاید اس شخص میں نہ ہو، یا آزادی سے محرومی کے تحفظات (DoLS) کے تحت اجازت۔
pro-law-mha = ذہنی صحت کا قانون 1983 (Mental Health Act 1983)
pro-law-mha-hint = یہ شخص روکا گیا ہے، کمیونٹی علاج کے حکم پر ہے یا سرپرستی میں ہے، یا ایسے علاج پر غور ہو رہا ہے جس کے لیے رضامندی یا دوسری رائے چاہیے۔
pro-law-unsure = مجھے یقین نہیں
pro-progress = صفحہ { $page } از { $pages }
pro-skip-to-law = قانون کے سوالوں پر جائیں

## کونسل اور کیئر ایکٹ
pro-council-heading = کونسل اور کیئر ایکٹ (Care Act)
pro-council-needs = کیا لگتا ہے کہ اس شخص کو نگہداشت اور مدد کی ضروریات ہیں؟
pro-council-needs-hint = یا، نگہداشت کرنے والے کے لیے، مدد کی ضروریات۔
pro-council-involved = کیا کونسل ان کے معاملے میں شامل ہے؟
pro-council-involved-hint = مثال کے طور پر بالغوں کی سماجی نگہداشت، تحفظ (safeguarding) کی ٹیم، یا بچوں کی خدمات جو بالغوں کی نگہداشت میں منتقلی کی منصوبہ بندی کر رہی ہوں۔
pro-council-process = وہ کس عمل کا حصہ ہیں، یا بننے والے ہیں؟
pro-council-role = یہ عمل کس کے لیے ہے؟
pro-council-stage = یہ کہاں تک پہنچا ہے؟ (اختیاری)
pro-council-stage-hint = مثال کے طور پر: جانچ کا دورہ 3 مارچ کو طے ہے، یا منصوبے کا اگلے ہفتے جائزہ لیا جا رہا ہے۔

## حصہ لینے میں مشکل
pro-difficulty-heading = حصہ لینے میں مشکل
pro-difficulty-intro = کیئر ایکٹ (Care Act) کے تحت، ان چار میں سے کسی ایک شعبے میں نمایاں مشکل کافی ہے۔
pro-difficulty-legend = کیا انہیں ان میں سے کسی میں نمایاں مشکل ہوگی؟
pro-difficulty-hint = جو بھی لاگو ہوں ان سب پر نشان لگائیں۔ ہر نشان کے لیے ہمیں بتائیں کہ کیا چیز اسے ظاہر کرتی ہے۔
pro-difficulty-none = ان میں سے کوئی نہیں
pro-difficulty-evidence-understanding = متعلقہ معلومات سمجھنے میں ان کی مشکل کس چیز سے ظاہر ہوتی ہے؟
pro-difficulty-evidence-retaining = وہ معلومات یاد رکھنے میں ان کی مشکل کس چیز سے ظاہر ہوتی ہے؟
pro-difficulty-evidence-weighing = حصہ لینے کے لیے معلومات استعمال کرنے یا تولنے میں ان کی مشکل کس چیز سے ظاہر ہوتی ہے؟
pro-difficulty-evidence-communicating = اپنے خیالات، خواہشات اور احساسات بیان کرنے میں ان کی مشکل کس چیز سے ظاہر ہوتی ہے؟
pro-difficulty-evidence-hint = آپ نے کیا دیکھا یا آپ کو کیا بتایا گیا، کس نے اور کب۔

## کون ان کی مدد کر سکتا ہے
pro-support-heading = کون ان کی مدد کر سکتا ہے
pro-support-intro = اگر کوئی بلا معاوضہ اس شخص کو حصہ لینے میں مدد دے سکتا ہو (مناسب فرد، appropriate individual) تو ممکن ہے انہیں کیئر ایکٹ کے ایڈووکیٹ کی ضرورت نہ ہو۔ ہمیں ہر اس شخص کے بارے میں بتائیں جو ایسا کر سکتا ہو۔
pro-support-candidates = کیا کوئی ہے جو انہیں حصہ لینے میں مدد دے سکے؟
pro-support-candidates-hint = مثال کے طور پر خاندان، کوئی دوست یا پڑوسی۔
pro-support-item = فرد
pro-support-add = ایک اور فرد شامل کریں
pro-candidate-description = وہ اس شخص کے کیا لگتے ہیں؟
pro-candidate-description-hint = مثال کے طور پر: بیٹی، پڑوسی، چرچ کا دوست۔ آپ کو ان کا نام بتانے کی ضرورت نہیں۔

## جب کوئی مدد کر سکتا ہو
pro-exceptions-heading = جب کوئی ان کی مدد کر سکتا ہو
pro-exceptions-intro = جب کوئی اس شخص کی مدد کر سکتا ہو تب بھی، کیئر ایکٹ (Care Act) دو صورتوں میں ایڈووکیٹ کا تقاضا کرتا ہے۔
pro-exceptions-placement = کیا ان کے لیے ہسپتال یا کیئر ہوم میں NHS کی مالی معاونت سے رہائش پر غور کیا جا رہا ہے؟
pro-exceptions-setting = یہ رہائش کہاں ہوگی؟
pro-exceptions-days = یہ کتنے دن چلنے کی توقع ہے؟ (اختیاری)
pro-exceptions-days-hint = مثال کے طور پر، 60۔
pro-exceptions-council-best-interests = کیا کونسل سمجھتی ہے کہ ایڈووکیٹ اس شخص کے بہترین مفاد میں ہوگا؟
pro-exceptions-disagreement = کیا کونسل اور وہ شخص جو مدد کر سکتا ہے، اس شخص کے لیے کسی اہم بات پر متفق نہیں ہیں؟
pro-exceptions-both-agree = کیا دونوں متفق ہیں کہ ایڈووکیٹ مدد کرے گا؟

## ذہنی اہلیت
pro-capacity-heading = ذہنی اہلیت
pro-capacity-intro = ہمیں بتائیں کہ آپ کیا جانتے ہیں۔ اگر ابھی تک اہلیت کی جانچ نہیں ہوئی تو پھر بھی ریفرل بھیج دیں: ہم دکھائیں گے کہ IMCA اس جانچ کا انتظار کرے گا۔
pro-capacity-decision = کون سا فیصلہ کیا جا رہا ہے، یا کیا جانے والا ہے؟
pro-capacity-days = قیام کتنے دن چلنے کی توقع ہے؟ (اختیاری)
pro-capacity-days-hint = مثال کے طور پر، 90۔
pro-capacity-assessed = کیا اس فیصلے کے لیے ذہنی اہلیت کی جانچ ہو چکی ہے؟
pro-capacity-date = جانچ کی تاریخ (اختیاری)
pro-capacity-date-hint = مثال کے طور پر، 3 2 2026۔
pro-capacity-lacks = کیا اس شخص میں یہ فیصلہ کرنے کی اہلیت نہیں ہے؟
pro-capacity-lacks-hint = اگر ابھی تک جانچ نہیں ہوئی تو ہمیں بتائیں کہ آپ کا کیا خیال ہے۔
pro-capacity-instruct = کیا وہ مدد کے ساتھ ایڈووکیٹ کو بتا سکتے ہیں کہ وہ ان کے لیے کیا کرے؟
pro-capacity-instruct-hint = اگر نہیں، تو ایڈووکیٹ ہدایات کے بغیر ان کے لیے کام کرتا ہے (بغیر ہدایات کی وکالت، non-instructed advocacy)۔
pro-capacity-fluctuating = کیا ان کی اہلیت کبھی ہوتی ہے اور کبھی نہیں؟
pro-capacity-consult = کیا معاوضہ لینے والے نگہداشت کاروں کے علاوہ کوئی خاندان یا دوست ہے جس سے اس فیصلے کے بارے میں مشورہ کرنا مناسب ہو؟

## ذہنی صحت کا قانون
pro-mha-heading = ذہنی صحت کا قانون (Mental Health Act)
pro-mha-status = کیا وہ ذہنی صحت کے قانون (Mental Health Act) کے تحت ہیں؟
pro-mha-section = کون سا سیکشن؟ (اختیاری)
pro-mha-section-hint = مثال کے طور پر 2، 3، 5(2) یا 37/41۔
pro-mha-declined = کیا انہوں نے پہلے کبھی IMHA سے انکار کیا ہے؟
pro-mha-seclusion = کیا وہ علیحدگی (seclusion) یا طویل مدتی الگ تھلگ رکھے جانے میں ہیں؟
pro-mha-treatment = کیا ایسے علاج پر غور ہو رہا ہے جس کے لیے ان کی رضامندی یا دوسری رائے درکار ہو؟
pro-mha-treatment-hint = سیکشن 57 کے تحت، یا 18 سال سے کم عمر افراد کے لیے سیکشن 58A کے تحت۔ یہ اس صورت میں بھی شمار ہوتا ہے اگر وہ غیر رسمی طور پر ہسپتال میں ہوں۔

## آزادی سے محرومی کے تحفظات
pro-dols-heading = آزادی سے محرومی کے تحفظات (DoLS)
pro-dols-authorised = کیا ان کے لیے آزادی سے محرومی کے تحفظات (Deprivation of Liberty Safeguards, DoLS) کی اجازت نافذ ہے؟
pro-dols-rpr = کیا خاندان کا کوئی فرد یا دوست ہے جو بلا معاوضہ ان کا نمائندہ (relevant person's representative) بن سکے؟

## تحفظ
pro-safeguarding-heading = تحفظ (Safeguarding)
pro-safeguarding-question = کیا اس شخص کے بارے میں تحفظ (safeguarding) کی کوئی تشویش ہے؟
pro-safeguarding-concern = تشویش کیا ہے؟
pro-safeguarding-concern-hint = کیا ہوا ہے یا کس بات کا خدشہ ہے، اور کون ملوث ہے۔
pro-safeguarding-reference = سیکشن 42 کی انکوائری کا حوالہ (اختیاری)
pro-safeguarding-urgent = کیا انکوائری فوری ہے؟
pro-safeguarding-urgent-hint = فوری انکوائری ایڈووکیٹ کی تقرری سے پہلے شروع ہو سکتی ہے۔ ہم جتنی جلدی ہو سکے ایڈووکیٹ مقرر کریں گے۔
pro-safeguarding-delegated = انکوائری کس کے سپرد کی گئی ہے؟ (اختیاری)
pro-safeguarding-delegated-hint = مثال کے طور پر NHS ٹرسٹ یا نگہداشت فراہم کرنے والا ادارہ، رابطے کے نام کے ساتھ۔

## ملاقاتیں اور آخری تاریخیں
pro-deadlines-heading = ملاقاتیں اور آخری تاریخیں
pro-deadlines-intro = کوئی بھی ملاقات، سماعت یا آخری تاریخ شامل کریں جس کے بارے میں ایڈووکیٹ کو معلوم ہونا چاہیے، زیادہ سے زیادہ { $max }۔ اگر کوئی نہیں ہے تو آگے بڑھیں۔
pro-deadlines-item = ملاقات یا آخری تاریخ
pro-deadlines-add = ملاقات یا آخری تاریخ شامل کریں
pro-deadline-what = یہ کیا ہے؟
pro-deadline-what-hint = مثال کے طور پر: ضروریات کی جانچ کی میٹنگ، بہترین مفاد کی میٹنگ، ٹریبونل کی سماعت۔
pro-deadline-date = تاریخ
pro-deadline-date-hint = مثال کے طور پر، 14 5 2026۔

## خطرات اور پہلے سے شامل ایڈووکیٹ
pro-risks = کیا خطرے کے بارے میں کوئی ایسی بات ہے جو ایڈووکیٹ کو معلوم ہونی چاہیے؟ (اختیاری)
pro-risks-hint = اس شخص کو خطرات، یا اکیلے ملنے آنے والے ایڈووکیٹ کو: مثال کے طور پر جارحیت، جانور، اس پتے پر موجود دوسرے لوگ، یا انفیکشن کنٹرول۔
pro-advocate-existing = کیا اس شخص کا پہلے سے کوئی ایڈووکیٹ ہے؟
pro-advocate-who = ایڈووکیٹ کون ہے، اور وہ کہاں کام کرتا ہے؟

## اپنے جوابات چیک کریں
pro-check-heading = بھیجنے سے پہلے اپنے جوابات چیک کریں
pro-check-what-happens = جب آپ یہ بھیجیں گے تو ہماری ایڈووکیسی ٹیم اسے پڑھے گی اور آپ کے کام کی جگہ پر آپ سے رابطہ کرے گی۔ عملہ تصدیق کرتا ہے کہ کون سی ایڈووکیسی لاگو ہوتی ہے۔
pro-check-not-given = نہیں بتایا گیا
pro-check-not-a-date = یہ اصل تاریخ نہیں ہے
pro-check-no-date = کوئی تاریخ نہیں دی گئی
pro-check-none = کوئی نہیں
pro-check-phone = کام کا فون نمبر
pro-check-person = وہ شخص
pro-check-dob = تاریخ پیدائش
pro-check-location = وہ اس وقت کہاں ہیں
pro-check-in-prison = جیل میں
pro-check-contact = ان سے رابطہ
pro-check-contact-directly = ان سے براہ راست رابطہ
pro-check-contact-directly-change = کیا ان سے براہ راست رابطہ کیا جائے
pro-check-contact-directly-no = نہیں، آپ کے ذریعے یا اس جگہ کے ذریعے جہاں وہ ہیں
pro-check-reason = انہیں ایڈووکیٹ کی ضرورت کیوں ہے
pro-check-heard = ایڈووکیٹ کے بغیر اپنی بات سنوانے میں مشکل ہوگی
pro-check-nhs-complaint = NHS کی نگہداشت کے بارے میں شکایت کرنا چاہتے ہیں
pro-check-agreement = ان کی رضامندی
pro-check-consent = علم ہے اور متفق ہیں
pro-check-best-interests = یہ ان کے بہترین مفاد میں کیوں ہے
pro-check-care-needs = بظاہر نگہداشت اور مدد کی ضروریات ہیں
pro-check-council-involved = کونسل شامل ہے
pro-check-process = عمل
pro-check-role = یہ کس کے لیے ہے
pro-check-stage = یہ کہاں تک پہنچا ہے
pro-check-difficulty = ان میں نمایاں مشکل
pro-check-evidence-understanding = ثبوت: متعلقہ معلومات سمجھنا
pro-check-evidence-retaining = ثبوت: وہ معلومات یاد رکھنا
pro-check-evidence-weighing = ثبوت: حصہ لینے کے لیے معلومات استعمال کرنا یا تولنا
pro-check-evidence-communicating = ثبوت: اپنے خیالات، خواہشات اور احساسات بیان کرنا
pro-check-candidates = کوئی جو ان کی مدد کر سکے
pro-check-candidate = فرد { $number }
pro-check-candidate-answer = { $question }: { $answer }
pro-check-placement = NHS رہائش پر غور ہو رہا ہے
pro-check-setting = کہاں
pro-check-placement-days = متوقع مدت دنوں میں
pro-check-council-best-interests = کونسل سمجھتی ہے کہ ایڈووکیٹ ان کے بہترین مفاد میں ہے
pro-check-disagreement = کونسل اور وہ شخص متفق نہیں
pro-check-both-agree = دونوں متفق ہیں کہ ایڈووکیٹ مدد کرے گا
pro-check-decision = فیصلہ
pro-check-stay-days = قیام کی متوقع مدت دنوں میں
pro-check-assessed = اہلیت کی جانچ ہو چکی ہے
pro-check-assessment-date = جانچ کی تاریخ
pro-check-lacks = اس فیصلے کی اہلیت نہیں
pro-check-instruct = ایڈووکیٹ کو ہدایات دے سکتے ہیں
pro-check-fluctuating = اہلیت کبھی ہوتی ہے کبھی نہیں
pro-check-consult = مشورے کے لیے خاندان یا دوست
pro-check-mha-status = قانون کے تحت
pro-check-mha-section = سیکشن
pro-check-mha-declined = پہلے IMHA سے انکار کیا ہے
pro-check-mha-seclusion = علیحدگی یا طویل مدتی الگ تھلگ رکھے جانے میں
pro-check-mha-treatment = ایسا علاج جس کے لیے رضامندی یا دوسری رائے درکار ہو
pro-check-dols = DoLS کی اجازت نافذ ہے
pro-check-rpr = بلا معاوضہ نمائندہ دستیاب ہے
pro-check-safeguarding = تحفظ کی تشویش
pro-check-concern = تشویش
pro-check-s42 = سیکشن 42 کی انکوائری کا حوالہ
pro-check-urgent = فوری
pro-check-law = جن قوانین کے بارے میں ہے
pro-check-danger = ابھی خطرے میں
pro-check-delegated = کس کے سپرد
pro-check-deadline = ملاقات یا آخری تاریخ { $number }
pro-check-risks = خطرات
pro-check-risks-row = خطرات جن کا علم ہونا چاہیے
pro-check-advocates = پہلے سے شامل ایڈووکیٹ
pro-check-has-advocate = پہلے سے ایڈووکیٹ ہے
pro-check-their-advocate = ان کا ایڈووکیٹ
pro-check-needs = ان کی ضروریات اور خواہشات

## تاریخیں
pro-date = { $day } { $month } { $year }
pro-month-january = جنوری
pro-month-february = فروری
pro-month-march = مارچ
pro-month-april = اپریل
pro-month-may = مئی
pro-month-june = جون
pro-month-july = جولائی
pro-month-august = اگست
pro-month-september = ستمبر
pro-month-october = اکتوبر
pro-month-november = نومبر
pro-month-december = دسمبر
