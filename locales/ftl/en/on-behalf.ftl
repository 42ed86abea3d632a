### SpeakUp: on-behalf (English, the source every translation follows)

## About the person asking (the referrer)
for-referrer-intro = First we will ask about you, then about the person who needs an advocate.
for-referrer-intro-easy = First we ask about you. Then we ask about the person who needs an advocate.
for-referrer-name-label = What is your name?
for-referrer-name-hint = We will use it when we contact you about this referral.
for-referrer-name-hint-easy = We use your name when we get in touch with you.
for-relationship-legend = How do you know the person who needs an advocate?
for-relationship-legend-easy = How do you know the person?
for-relationship-carer = I am their carer
for-relationship-carer-hint = You help look after them and are not paid to do it.
for-relationship-carer-hint-easy = You help look after them. You do not get paid for it.
for-relationship-family = I am part of their family
for-relationship-friend = I am their friend
for-relationship-other = Another way
for-relationship-other-hint = For example a neighbour.
for-relationship-missing = Choose how you know the person

## How to contact the referrer and the person
for-referrer-method-legend = How should we contact you?
for-referrer-method-hint = We will use this to talk with you about the referral.
for-referrer-method-hint-easy = We will use this to talk with you.
for-person-method-legend = How should we contact the person?
for-person-method-hint = Choose the way that is easiest and safest for them.
for-method-missing = Choose how we should get in touch
for-through-legend = How should we get in touch with the person?
for-through-hint = If it is not safe or easy to contact them, we can arrange things through you.
for-through-hint-easy = Maybe it is not safe or easy to contact them. Then we can talk to you instead.
for-through-yes = Through me
for-through-no = Contact them directly
for-through-missing = Choose how we should get in touch with the person

## About the person who needs an advocate
for-person-name-label = What does the person like to be called?
for-person-name-hint = Their first name, or the name they like to use, is fine.
for-person-name-hint-easy = Their first name is fine. Or the name they like to use.
for-help-with-label = What does the person need help with?
for-help-with-hint = Tell us what is happening, who is involved and what needs to change. You do not need to know what kind of advocate they need.
for-help-with-hint-easy = Tell us what is happening. Tell us who is involved. Tell us what needs to change. You do not need to know which advocate they need.
for-own-words-label = What does the person say about it? (optional)
for-own-words-label-easy = What does the person say about it? You do not have to answer.
for-own-words-hint = Write down what they say themselves, if they can tell you. Use their words where you can.
for-own-words-hint-easy = Write what they say, if they can tell you. Use their own words if you can.
for-consent-legend = Does the person know you are asking for an advocate, and do they agree?
for-consent-legend-easy = Does the person know you are asking for an advocate? Do they say yes to it?
for-consent-hint = You can still ask if they do not. An advocate will always try to find out what the person wants.
for-consent-hint-easy = You can ask even if they say no. An advocate will try to find out what they want.
for-consent-yes = Yes, they know and agree
for-consent-no = No
for-consent-no-hint = They do not know yet, or they do not want an advocate.
for-consent-no-hint-easy = They do not know yet. Or they do not want an advocate.
for-consent-cannot-say = They cannot tell me
for-consent-cannot-say-hint = For example, they cannot understand the question or cannot let anyone know their answer.
for-consent-cannot-say-hint-easy = For example, they cannot understand the question. Or they cannot tell anyone their answer.
for-consent-missing = Choose whether the person knows and agrees
for-best-interests-label = Why would an advocate be in the person's best interests?
for-best-interests-label-easy = Why would an advocate be good for the person?
for-best-interests-hint = They have not agreed to this, so tell us why it would be good for them. For example, what could go wrong without one, or what is being decided without them.
for-best-interests-hint-easy = They have not said yes to this. So tell us why it would be good for them. What could go wrong without an advocate? What is being decided without them?

## Check your answers
for-check-heading = Check your answers before sending
for-check-heading-easy = Check your answers. Then send them.
for-check-about-you = About you
for-check-about-person = About the person
for-check-referrer-name = Your name
for-check-referrer-name-change = your name
for-check-relationship = How you know them
for-check-relationship-change = how you know the person
for-check-relationship-carer = Unpaid carer
for-check-relationship-family = Family member
for-check-relationship-friend = Friend
for-check-relationship-other = Someone else who knows them
for-check-referrer-method-missing = Choose how we should contact you
for-check-person-name = What they like to be called
for-check-person-name-change = what the person likes to be called
for-check-help-with = What they need help with
for-check-help-with-change = what the person needs help with
for-check-own-words = What they say about it
for-check-own-words-change = what the person says
for-check-consent = Do they know and agree
for-check-consent-change = whether the person knows and agrees
for-check-best-interests = Why it is in their best interests
for-check-best-interests-change = why an advocate is in their best interests
for-check-through = How to get in touch with them
for-check-through-change = how to get in touch with the person
for-check-through-yes = Through you
for-check-person-method-missing = Choose how we should contact the person
for-check-what-happens = When you send this, our advocacy team will read it and get in touch in the way you asked.
for-check-what-happens-easy = When you send this, our team will read it. Then we get in touch the way you asked.
