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
