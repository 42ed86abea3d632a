### SpeakUp: public (English, the source every translation follows)

who-legend = Who needs an advocate?
who-hint = You can ask for yourself, or for someone you know.
who-me = Me
who-carer = Me, because I look after someone (a carer)
who-carer-hint = For example, you want help with a carer's assessment or with support for yourself as a carer.
who-someone-else = Someone else – I am their carer, family member or friend
who-someone-else-hint = We will ask you about them, and whether they know you are asking.
who-professional = Someone I work with – I am referring them as a professional
who-professional-hint = For example a social worker, nurse, ward or care home staff, GP or police officer.
who-missing = Choose who needs an advocate
