# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: errors

error-check-answer = یہ جواب چیک کریں
error-too-long = { $max } یا اس سے کم حروف استعمال کریں
error-markup = < اور > کے نشانات ہٹا دیں
error-control-one-line = صرف حروف، نمبر اور رموزِ اوقاف استعمال کریں، ایک ہی سطر میں
error-invisible = اس میں ایک چھپا ہوا حرف ہے، مثلاً کاپی اور پیسٹ کرنے سے۔ اسے خود دوبارہ ٹائپ کریں
error-control = صرف حروف، نمبر اور رموزِ اوقاف استعمال کریں
error-phone-invalid = فون نمبر درج کریں، جیسے 07700 900 982 یا +44 7700 900982
error-email-invalid = ای میل ایڈریس درج کریں، جیسے name@example.com

error-help-with-required = کوئی تصویر منتخب کریں، یا اپنے الفاظ میں ہمیں بتائیں کہ آپ کس چیز میں مدد چاہتے ہیں
error-name-required = ہمیں بتائیں کہ ہم آپ کو کس نام سے پکاریں
error-age-range = 0 اور 120 کے درمیان عمر درج کریں

error-contact-phone-required = فون نمبر درج کریں تاکہ ہم آپ سے رابطہ کر سکیں
error-contact-email-required = ای میل ایڈریس درج کریں تاکہ ہم آپ سے رابطہ کر سکیں
error-contact-place-required = ہمیں بتائیں کہ ہم کہاں مل سکتے ہیں
error-contact-address-required = پتہ درج کریں تاکہ ہم آپ کو خط لکھ سکیں
error-contact-method-not-safe = آپ نے بتایا کہ رابطے کا جو طریقہ آپ نے چنا ہے وہ محفوظ نہیں ہے۔ اس کا نشان ہٹا دیں، یا واپس جا کر کوئی اور طریقہ چنیں
error-named-person-name-required = ہمیں اس شخص کا نام بتائیں جس سے ہمیں رابطہ کرنا چاہیے
error-named-person-phone-or-email = ان کا فون نمبر یا ای میل ایڈریس دیں
error-interpreter-language-required = ہمیں بتائیں کہ ترجمان کو کون سی زبان بولنی چاہیے

error-referrer-name-required = ہمیں اپنا نام بتائیں
error-person-called-required = ہمیں بتائیں کہ وہ شخص کس نام سے پکارا جانا پسند کرتا ہے
error-on-behalf-help-with-required = کوئی تصویر منتخب کریں، یا اپنے الفاظ میں ہمیں بتائیں کہ اس شخص کو کس چیز میں مدد کی ضرورت ہے
error-best-interests-required = ہمیں بتائیں کہ ایڈووکیٹ اس شخص کے بہترین مفاد میں کیوں ہو گا
error-person-contact-required = ہمیں بتائیں کہ اس شخص سے کیسے رابطہ کریں، یا چنیں کہ ہم ان سے آپ کے ذریعے رابطہ کریں

error-professional-name-required = اپنا نام درج کریں
error-organisation-required = اپنی تنظیم کا نام درج کریں
error-job-role-required = اپنا عہدہ یا کردار درج کریں
error-work-email-required = اپنا دفتری ای میل ایڈریس درج کریں
error-person-name-required = اس شخص کا نام درج کریں
error-professional-help-with-required = ہمیں بتائیں کہ اس شخص کو ایڈووکیٹ کی ضرورت کیوں ہے
error-existing-advocate-required = ہمیں بتائیں کہ ایڈووکیٹ کون ہے اور کہاں کام کرتا ہے
error-safeguarding-concern-required = تحفظ (سیف گارڈنگ) سے متعلق تشویش بیان کریں
error-difficulty-evidence-required = اس مشکل کا ثبوت دیں
error-too-many-deadlines = 10 سب سے اہم ملاقاتیں اور آخری تاریخیں دیں
error-deadline-what-required = بتائیں کہ ملاقات یا آخری تاریخ کس بارے میں ہے
error-candidates-one-each = ہر اس شخص کی وضاحت کریں جو ان کا ساتھ دے سکتا ہے، ہر ایک کے لیے الگ
error-candidate-description-required = بتائیں کہ یہ شخص کون ہے

error-track-reference-required = اپنا حوالہ نمبر درج کریں، جیسے SU-4K7P-M2QX
error-track-code-required = اپنا ٹریکنگ کوڈ درج کریں
error-lost-code-contact-required = وہ فون نمبر یا ای میل ایڈریس درج کریں جو آپ نے ہمیں دیا تھا


error-answer-missing = یہ جواب موجود نہیں ہے
error-unknown-question = یہ ایسا سوال نہیں جو ہم پوچھتے ہیں
error-answer-malformed = یہ جواب اس شکل میں نہیں جس کی ہمیں توقع تھی ({ $detail })

error-sign-in-email-required = اپنا ای میل ایڈریس درج کریں
error-sign-in-password-required = اپنا پاس ورڈ درج کریں
error-current-password-required = اپنا موجودہ پاس ورڈ درج کریں
error-current-password-wrong = آپ کا موجودہ پاس ورڈ درست نہیں ہے
error-new-password-too-short = آپ کا نیا پاس ورڈ کم از کم 12 حروف کا ہونا چاہیے
error-new-password-same = اپنے موجودہ پاس ورڈ سے مختلف پاس ورڈ چنیں
error-first-password-too-short = پہلا پاس ورڈ کم از کم 12 حروف کا ہونا چاہیے
error-staff-name-required = ان کا نام درج کریں
error-email-taken = اس ای میل ایڈریس سے پہلے ہی ایک اکاؤنٹ موجود ہے

error-decline-reason-required = اس شخص کو بتائیں کہ ہم یہ ریفرل کیوں نہیں لے سکتے
error-merge-same-referral = اس ریفرل کو جوڑنے کے لیے کوئی دوسرا ریفرل چنیں
error-merge-not-found = ہمیں وہ ریفرل نہیں ملا
error-merge-target-merged = وہ ریفرل خود کسی اور ریفرل میں جوڑا جا چکا ہے؛ اسے چنیں
error-mha-section = سیکشن نمبر میں لکھیں، مثال کے طور پر 2، 3 یا 37، یا اسے خالی چھوڑ دیں

## Problems the server reports
error-problem-answers = آپ کے جوابات میں ایک مسئلہ ہے
error-too-much = آپ نے جو بھیجا وہ بہت لمبا ہے۔ اپنے جوابات مختصر کریں اور دوبارہ کوشش کریں
error-unavailable = SpeakUp اس وقت دستیاب نہیں ہے۔ آپ کا بھیجا ہوا کچھ بھی ضائع نہیں ہوا؛ چند منٹ بعد دوبارہ کوشش کریں
error-busy = اس وقت بہت سے لوگ SpeakUp استعمال کر رہے ہیں۔ آپ کا لکھا ہوا کچھ ضائع نہیں ہوا: تھوڑی دیر میں دوبارہ کوشش کریں
error-proof-needed = آپ کے آلے کو یہ دوبارہ بھیجنا ہوگا۔ آپ کا لکھا ہوا کچھ ضائع نہیں ہوا: ایک بار پھر بھیجیں دبائیں
error-internal = ہماری طرف کچھ غلط ہو گیا۔ آپ کا بھیجا ہوا کچھ بھی ضائع نہیں ہوا؛ چند منٹ بعد دوبارہ کوشش کریں
error-sign-in-wrong = ای میل پتہ یا پاس ورڈ درست نہیں ہے
error-sign-in-needed = جاری رکھنے کے لیے سائن اِن کریں
error-role-not-allowed = آپ کا کردار اس کی اجازت نہیں دیتا
error-choose-new-password = جاری رکھنے سے پہلے نیا پاس ورڈ منتخب کریں
error-set-up-second-factor = جاری رکھنے سے پہلے دو مرحلوں والا سائن اِن ترتیب دیں
error-second-factor-code-required = اپنی تصدیقی ایپ سے کوڈ، یا بحالی کا کوڈ درج کریں
error-second-factor-wrong = یہ کوڈ درست نہیں، یا پہلے استعمال ہو چکا ہے۔ وہ کوڈ آزمائیں جو آپ کی ایپ ابھی دکھا رہی ہے
error-second-factor-already-on = اس اکاؤنٹ کے لیے دو مرحلوں والا سائن اِن پہلے سے آن ہے
error-second-factor-no-setup = دو مرحلوں والا سائن اِن دوبارہ ترتیب دینا شروع کریں
error-second-factor-required = آپ کے کردار کے لیے دو مرحلوں والا سائن اِن ضروری ہے، اس لیے اسے بند نہیں کیا جا سکتا
error-sign-in-again = سائن اِن میں بہت دیر ہو گئی یا بہت سے غلط کوڈ درج ہوئے۔ اپنا ای میل اور پاس ورڈ دوبارہ درج کریں
error-page-expired = اس صفحے کی میعاد ختم ہو گئی ہے۔ اسے دوبارہ لوڈ کریں اور پھر کوشش کریں
error-page-not-found = ہمیں وہ صفحہ نہیں ملا
error-nothing-here = اس پتے پر کچھ نہیں ہے
error-soon-what-required = ہمیں بتائیں کہ جلد کیا ہونے والا ہے
error-not-tracked = ہمیں اس حوالہ نمبر اور ٹریکنگ کوڈ والا کوئی ریفرل نہیں ملا۔ بڑے یا چھوٹے حروف، خالی جگہیں اور رموزِ اوقاف سے فرق نہیں پڑتا۔ دونوں کو اپنی رسید سے ملائیں اور دوبارہ کوشش کریں
error-no-meeting-to-move = بدلنے کے لیے کوئی میٹنگ طے نہیں ہے۔ اگر آپ کو اپنے ایڈووکیٹ سے بات کرنی ہے تو ہمیں فون کریں
error-not-tracked-one-try-left = ہمیں اس حوالہ نمبر اور ٹریکنگ کوڈ والا کوئی ریفرل نہیں ملا۔ آپ اس حوالہ نمبر کے ساتھ ایک بار اور کوشش کر سکتے ہیں، پھر آپ کو کچھ دیر انتظار کرنا ہوگا
error-referral-not-found = ہمیں وہ ریفرل نہیں ملا
error-already-decided = کوئی اس ریفرل کا فیصلہ پہلے ہی کر چکا ہے۔ فیصلہ دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں
error-already-merged = یہ ریفرل پہلے ہی کسی دوسرے کے ساتھ ملا دیا گیا ہے۔ دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں
error-key-reused = یہ Idempotency-Key پہلے ہی کسی دوسرے ریفرل کے لیے استعمال ہو چکی ہے۔ نئے جوابات نئی کلید کے ساتھ بھیجیں
error-too-many-sign-ins = اس اکاؤنٹ میں سائن اِن کی بہت زیادہ کوششیں
error-too-many-tries = آپ نے اس حوالہ نمبر کے ساتھ بہت زیادہ بار کوشش کی ہے
error-too-many-new-codes = آپ پہلے ہی کئی بار نیا کوڈ مانگ چکے ہیں
error-try-again-minute = ایک منٹ بعد دوبارہ کوشش کریں۔
error-try-again-minutes = { $minutes } منٹ بعد دوبارہ کوشش کریں۔

# Feedback
error-feedback-empty = کم از کم ایک سوال کا جواب دیں، یا خانے میں کچھ لکھیں
error-feedback-not-asked = کچھ جوابات ایسے سوالات کے ہیں جو یہ فارم نہیں پوچھتا۔ فارم کے شروع میں واپس جائیں اور دوبارہ کوشش کریں
error-feedback-reference = حوالہ ویسے ہی لکھیں جیسے آپ کی رسید پر ہے، مثلاً SU-4K7P-M2QX، یا خالی چھوڑ دیں
error-receipt-required = اپنی رائے کی رسید کے الفاظ لکھیں
error-receipt-not-found = ہمیں ان الفاظ والی رائے نہیں ملی۔ بڑے حروف، خالی جگہیں اور رموزِ اوقاف سے فرق نہیں پڑتا۔ انہیں اپنی رسید سے ملائیں اور دوبارہ کوشش کریں
error-message-required = اپنا پیغام لکھیں

# Groups and collective issues
error-group-name-required = اپنے گروپ کا نام درج کریں
error-group-area-required = کونسل کا وہ علاقہ درج کریں جس میں آپ کا گروپ ہے
error-group-contact-required = رابطے کے فرد کا نام درج کریں
error-group-members = گروپ میں کتنے ممبر ہیں، یہ نمبر میں لکھیں، جیسے 12
error-contact-email-taken = گروپ کے رابطے کے فرد کا ای میل پہلے ہی SpeakUp میں سائن اِن کے لیے استعمال ہو رہا ہے، اس لیے گروپ کی تصدیق نہیں ہوئی۔ گروپ سے کہیں کہ وہ کسی اور ایڈریس کے ساتھ دوبارہ رجسٹر کرے
error-too-many-members = آپ کے گروپ نے پچھلے ایک گھنٹے میں بہت سے ممبر شامل کیے ہیں۔ بعد میں دوبارہ کوشش کریں
error-group-not-found = ہمیں وہ گروپ نہیں ملا
error-group-role = گروپ کے ممبروں کو ان کا گروپ شامل کرتا ہے، عملے کے اکاؤنٹس والے صفحے پر نہیں
error-group-not-verified = جب ایڈووکیسی فراہم کرنے والا ادارہ آپ کا گروپ چیک کر لے گا تو آپ کا گروپ یہ کر سکے گا
error-issue-title-required = مسئلے کو ایک مختصر عنوان دیں
error-issue-happening-required = بتائیں کہ کیا ہو رہا ہے
error-issue-affects-required = بتائیں کہ اس کا اثر کس پر پڑتا ہے
error-issue-members = کتنے ممبر متفق ہیں، یہ نمبر میں لکھیں، جیسے 12
error-issue-change-required = بتائیں کہ گروپ کون سی تبدیلی چاہتا ہے
error-issue-addressee-required = چنیں کہ یہ مسئلہ کس کے لیے ہے
error-issue-easy-read-required = مسئلہ آسان زبان میں لکھیں: چھوٹے جملے اور روزمرہ کے الفاظ
error-issue-pictures = زیادہ سے زیادہ 3 تصویریں چنیں، ہر ایک صرف ایک بار
error-issue-not-found = ہمیں وہ مسئلہ نہیں ملا
error-issue-already-raised = یہ مسئلہ پہلے ہی اٹھایا جا چکا ہے، اس لیے اس کے الفاظ نہیں بدل سکتے
error-issue-closed = یہ مسئلہ بند ہو چکا ہے
error-issue-moved = کسی اور نے اسی وقت اس مسئلے میں تبدیلی کی۔ یہ اب جیسا ہے ویسا دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں، پھر دوبارہ کوشش کریں
error-not-addressee = اس مسئلے کا جواب صرف وہی لوگ دے سکتے ہیں جن کے لیے یہ ہے
error-response-status = چنیں کہ مسئلہ کہاں تک پہنچا ہے
error-response-plain-required = جواب سادہ الفاظ میں لکھیں
error-response-easy-read-required = جواب آسان زبان میں بھی لکھیں
error-support-line-required = ایک سطر لکھیں کہ آپ کا گروپ اس کی حمایت کیوں کرتا ہے
error-support-own-issue = یہ مسئلہ آپ کے گروپ نے اٹھایا ہے، اس لیے آپ کا گروپ اس کی حمایت نہیں کر سکتا
error-support-given = آپ کا گروپ پہلے ہی اس مسئلے کی حمایت کرتا ہے
error-outcome-not-found = آپ جو چیزیں چاہتے تھے ان میں سے ایک اب آپ کے ریفرل میں نہیں ہے۔ اب اس میں کیا ہے، یہ دیکھنے کے لیے اپنا ریفرل دوبارہ تلاش کریں
error-outcomes-not-open = جب آپ کے ایڈووکیٹ آپ کے ساتھ کام ختم کر رہے ہوں، تب آپ ہمیں بتا سکتے ہیں کہ سب کیسا رہا۔ ابھی وہ وقت نہیں آیا، یا وہ گزر چکا ہے
error-ratings-required = کم از کم ایک سوال کا جواب دیں
error-ratings-too-many = ایک ساتھ بھیجنے کے لیے جوابات بہت زیادہ ہیں
error-rating-comment-long = ہر ایک کے بارے میں آپ زیادہ سے زیادہ 2,000 حروف لکھ سکتے ہیں۔ اسے مختصر کریں
