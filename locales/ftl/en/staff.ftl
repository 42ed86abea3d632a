### SpeakUp: staff (English, the source every translation follows)

layout-staff-tag = staff
layout-staff-accounts = Staff accounts
layout-change-password = Change password
layout-sign-out = Sign out
