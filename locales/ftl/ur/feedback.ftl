# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: گمنام رائے

layout-feedback = رائے دیں
track-feedback-link = ہمیں بتائیں کہ آپ ایڈووکیسی کے بارے میں کیا سوچتے ہیں

feedback-who-legend = رائے کون دے رہا ہے؟
feedback-who-hint = آپ کو اپنا نام بتانے کی ضرورت نہیں۔ ہم ایسی کوئی چیز نہیں رکھتے جو بتائے کہ آپ کون ہیں یا آپ نے کون سا فون یا کمپیوٹر استعمال کیا۔
feedback-who-hint-easy = آپ کو اپنا نام بتانے کی ضرورت نہیں۔ ہم ایسی کوئی چیز نہیں رکھتے جو بتائے کہ آپ کون ہیں۔
feedback-who-had-advocate = میرا ایک ایڈووکیٹ تھا
feedback-who-carer = میں کسی ایسے شخص کا نگہداشت کرنے والا، خاندان کا فرد یا دوست ہوں جس کا ایڈووکیٹ تھا
feedback-who-referrer = میں نے بطور پیشہ ور کسی کو ریفر کیا
feedback-who-not-eligible = مجھے بتایا گیا کہ مجھے ایڈووکیٹ نہیں مل سکتا
feedback-who-missing = منتخب کریں کہ رائے کون دے رہا ہے
feedback-replies-link = میرے پاس رسید ہے: میری رائے کے جوابات پڑھیں

feedback-questions-heading = آپ کے لیے ایڈووکیسی کیسی رہی؟
feedback-questions-heading-carer = نگہداشت کرنے والے، خاندان کے فرد یا دوست کے طور پر آپ کے لیے ایڈووکیسی کیسی رہی؟
feedback-questions-heading-referrer = ہمیں ریفر کرنا کیسا رہا؟
feedback-questions-heading-not-eligible = آپ کو کیسے بتایا گیا؟
feedback-questions-hint = ہر ایک کے لیے وہ چہرہ چنیں جو سب سے زیادہ مناسب ہو۔ آپ کوئی بھی سوال چھوڑ سکتے ہیں۔

feedback-q-information = مجھے ضرورت کی معلومات، ضرورت کے وقت ملیں
feedback-q-take-part = میں زیادہ سمجھ سکا اور اپنے بارے میں فیصلوں میں حصہ لے سکا
feedback-q-heard = مجھ سے پوچھا گیا کہ میں کیا چاہتا ہوں، اور مجھے لگا کہ میری بات سنی گئی
feedback-q-outcome = ایڈووکیسی نے وہ حاصل کرنے میں میری مدد کی جو میں چاہتا تھا
feedback-q-challenge = میں نے محسوس کیا کہ میں ان فیصلوں پر سوال اٹھا سکتا ہوں جن سے میں متفق نہیں تھا
feedback-q-safer = میں اب زیادہ محفوظ محسوس کرتا ہوں
feedback-q-private = میری معلومات نجی رکھی گئیں، اور صرف ضرورت پڑنے پر شیئر کی گئیں
feedback-q-roles = مجھے معلوم تھا کہ ہر کوئی کون ہے اور وہ کس لیے موجود ہے
feedback-q-proportionate = لوگ صرف اتنا ہی شامل ہوئے جتنی مجھے ضرورت تھی
feedback-q-easy-to-refer = ریفرل کرنا آسان تھا
feedback-q-kept-informed = مجھے بتایا گیا کہ ریفرل کے ساتھ کیا ہوا
feedback-q-quick-enough = جواب اس شخص کے لیے کافی جلدی آیا
feedback-q-decision-explained = مجھے صاف صاف بتایا گیا کہ کیوں
feedback-q-other-help = مجھے بتایا گیا کہ مجھے اور کہاں مدد مل سکتی ہے
feedback-q-could-challenge = مجھے معلوم تھا کہ فیصلے پر سوال کیسے اٹھانا ہے

feedback-agree-1 = نہیں، بالکل نہیں
feedback-agree-2 = زیادہ نہیں
feedback-agree-3 = یقین نہیں
feedback-agree-4 = زیادہ تر
feedback-agree-5 = ہاں، مکمل طور پر
feedback-feel-1 = بہت ناخوش
feedback-feel-2 = ناخوش
feedback-feel-3 = یقین نہیں
feedback-feel-4 = خوش
feedback-feel-5 = بہت خوش
feedback-skip = یہ سوال چھوڑ دیں

feedback-words-heading = کچھ اور؟
feedback-overall = مجموعی طور پر، آپ اس کے بارے میں کیسا محسوس کرتے ہیں؟
feedback-comments-label = اپنے الفاظ میں (اختیاری)
feedback-comments-hint = کیا اچھا رہا، کیا بہتر ہو سکتا تھا، یا کچھ اور۔ گمنام رہنے کے لیے اپنا یا کسی اور کا نام نہ لکھیں۔

feedback-reader-heading = اسے کون پڑھے؟
feedback-reader-legend = میری رائے بھیجیں
feedback-reader-provider = ایڈووکیسی سروس کو
feedback-reader-provider-hint = ایڈووکیسی دینے والی ٹیم کے منیجرز۔ ایڈووکیٹ رائے نہیں پڑھتے۔
feedback-reader-commissioner = ایڈووکیسی سروس کے بجائے کمشنر کو
feedback-reader-commissioner-hint = کونسل یا NHS کی وہ ٹیم جو ایڈووکیسی کی ادائیگی کرتی ہے۔ ایڈووکیسی سروس صرف یہ دیکھتی ہے کہ کتنے لوگوں نے رائے دی، کبھی یہ نہیں کہ آپ نے کیا لکھا۔
feedback-reader-commissioner-hint-easy = وہ لوگ جو ایڈووکیسی کی ادائیگی کرتے ہیں۔ ایڈووکیسی سروس نہیں دیکھے گی کہ آپ نے کیا لکھا۔
feedback-reader-missing = منتخب کریں کہ آپ کی رائے کون پڑھے
feedback-receipt-legend = کیا آپ رسید چاہتے ہیں تاکہ جواب پڑھ سکیں؟
feedback-receipt-hint = رسید چھ الفاظ ہیں۔ انہیں واپس آنے، کوئی جواب پڑھنے اور اس کا جواب دینے کے لیے رکھیں۔ اس کے بغیر کوئی آپ کو جواب نہیں دے سکتا۔
feedback-receipt-hint-easy = رسید چھ الفاظ ہیں۔ انہیں رکھیں۔ جواب پڑھنے کے لیے انہیں استعمال کریں۔
feedback-receipt-missing = منتخب کریں کہ آیا آپ رسید چاہتے ہیں
feedback-reference-label = آپ کے ریفرل کا حوالہ (اختیاری)
feedback-reference-hint = صرف اگر آپ چاہتے ہیں کہ ٹیم کو معلوم ہو کہ یہ کس ریفرل کے بارے میں ہے۔ تب وہ جان سکیں گے کہ یہ آپ تھے۔
feedback-send = رائے بھیجیں
feedback-sending = بھیجی جا رہی ہے…

feedback-sent-heading = آپ کی رائے کا شکریہ
feedback-sent-kept = یہ بھیج دی گئی ہے۔ ایسی کوئی چیز نہیں رکھی گئی جو بتائے کہ آپ کون ہیں۔
feedback-sent-receipt-heading = آپ کی رسید
feedback-sent-receipt-keep = یہ الفاظ لکھ لیں یا کسی محفوظ جگہ رکھیں۔ آپ انہیں دوبارہ نہیں دیکھیں گے۔ جواب پڑھنے اور اس کا جواب دینے کے لیے انہیں استعمال کریں۔
feedback-sent-no-receipt = آپ نے رسید نہیں مانگی، اس لیے کوئی آپ کو جواب نہیں دے سکتا۔

feedback-replies-heading = اپنی رائے کے جوابات پڑھیں
feedback-receipt-label = آپ کی رسید کے الفاظ
feedback-receipt-words-hint = چھ الفاظ۔ بڑے حروف، خالی جگہوں اور رموزِ اوقاف سے فرق نہیں پڑتا۔
feedback-read-replies = جوابات پڑھیں
feedback-given-on = آپ نے یہ رائے { $date } کو دی۔
feedback-no-replies = ابھی کوئی جواب نہیں ہے۔ بعد میں دوبارہ آئیں۔
feedback-from-you = آپ
feedback-from-provider = ایڈووکیسی سروس
feedback-from-commissioner = کمشنر
feedback-answer-label = آپ کا جواب
feedback-answer-hint = گمنام رہنے کے لیے اپنا یا کسی اور کا نام نہ لکھیں۔
feedback-answer-send = جواب بھیجیں

# The printed card
feedback-card-heading = ہمیں بتائیں کہ آپ ایڈووکیسی کے بارے میں کیا سوچتے ہیں
feedback-card-anonymous = اس میں چند منٹ لگتے ہیں۔ آپ کو اپنا نام بتانے کی ضرورت نہیں، اور ایڈووکیسی سروس کو معلوم نہیں ہوگا کہ یہ آپ تھے۔
feedback-card-scan = فارم کھولنے کے لیے اپنے فون کا کیمرہ اس چوکور پر رکھیں، یا یہ پتہ لکھیں:
feedback-card-qr = فون کے کیمرے سے اسکین کرنے کا کوڈ: یہ رائے کا فارم کھولتا ہے
feedback-sent-linked = یہ بھیج دی گئی ہے۔ آپ نے اسے اپنے ریفرل سے جوڑا، اس لیے ٹیم جان سکتی ہے کہ یہ آپ تھے۔
feedback-conversation-heading = آپ کی رائے اور جوابات
