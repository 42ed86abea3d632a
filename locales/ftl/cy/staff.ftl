# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: staff

layout-staff-tag = staff
layout-staff-accounts = Cyfrifon staff
layout-change-password = Newid cyfrinair
layout-sign-out = Allgofnodi
