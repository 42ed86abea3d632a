### SpeakUp: anonymous feedback

layout-feedback = Give feedback
track-feedback-link = Tell us what you think of advocacy

feedback-who-legend = Who is giving feedback?
feedback-who-hint = You do not have to give your name. We keep nothing that says who you are or which phone or computer you used.
feedback-who-hint-easy = You do not have to say your name. We do not keep anything that says who you are.
feedback-who-had-advocate = I had an advocate
feedback-who-carer = I am a carer, family member or friend of someone who had an advocate
feedback-who-referrer = I referred someone as a professional
feedback-who-not-eligible = I was told I could not have an advocate
feedback-who-missing = Choose who is giving feedback
feedback-replies-link = I have a receipt: read replies to my feedback

feedback-questions-heading = How was advocacy for you?
feedback-questions-heading-carer = How was advocacy for you, as a carer, family member or friend?
feedback-questions-heading-referrer = How was referring to us?
feedback-questions-heading-not-eligible = How were you told?
feedback-questions-hint = Choose the face that fits each one best. You can skip any of them.

feedback-q-information = I got the information I needed, when I needed it
feedback-q-take-part = I understood more, and could take part in decisions about me
feedback-q-heard = I was asked what I wanted, and I felt listened to
feedback-q-outcome = Advocacy helped me get what I wanted to happen
feedback-q-challenge = I felt able to question decisions I did not agree with
feedback-q-safer = I feel safer now
feedback-q-private = My information was kept private, and only shared when it had to be
feedback-q-roles = I knew who everyone was and what they were there to do
feedback-q-proportionate = People only got involved as much as I needed
feedback-q-easy-to-refer = Making the referral was easy
feedback-q-kept-informed = I was told what happened to the referral
feedback-q-quick-enough = The answer came quickly enough for the person
feedback-q-decision-explained = I was told clearly why
feedback-q-other-help = I was told where else I could get help
feedback-q-could-challenge = I knew how to question the decision

feedback-agree-1 = No, not at all
feedback-agree-2 = Not really
feedback-agree-3 = Not sure
feedback-agree-4 = Mostly
feedback-agree-5 = Yes, completely
feedback-feel-1 = Very unhappy
feedback-feel-2 = Unhappy
feedback-feel-3 = Not sure
feedback-feel-4 = Happy
feedback-feel-5 = Very happy
feedback-skip = Skip this question

feedback-words-heading = Anything else?
feedback-overall = Overall, how do you feel about it?
feedback-comments-label = In your own words (optional)
feedback-comments-hint = What went well, what could be better, or anything else. To stay anonymous, do not write your name or anyone else's.

feedback-reader-heading = Who should read this?
feedback-reader-legend = Send my feedback to
feedback-reader-provider = The advocacy service
feedback-reader-provider-hint = The managers of the team that gives advocacy. Advocates do not read feedback.
feedback-reader-commissioner = The commissioner, instead of the advocacy service
feedback-reader-commissioner-hint = The council or NHS team that pays for advocacy. The advocacy service only sees how many people gave feedback, never what you wrote.
feedback-reader-commissioner-hint-easy = The people who pay for advocacy. The advocacy service will not see what you wrote.
feedback-reader-missing = Choose who should read your feedback
feedback-receipt-legend = Do you want a receipt, so you can read a reply?
feedback-receipt-hint = A receipt is six words. Keep them to come back, read any reply and answer it. Without one, nobody can reply to you.
feedback-receipt-hint-easy = A receipt is six words. Keep them. Use them to read a reply.
feedback-receipt-missing = Choose whether you want a receipt
feedback-reference-label = Your referral's reference (optional)
feedback-reference-hint = Only if you want the team to know which referral this is about. Then they can tell it was you.
feedback-send = Send feedback
feedback-sending = Sending…

feedback-sent-heading = Thank you for your feedback
feedback-sent-kept = It has been sent. Nothing that says who you are was kept.
feedback-sent-receipt-heading = Your receipt
feedback-sent-receipt-keep = Write these words down or keep them somewhere safe. You will not see them again. Use them to read a reply and answer it.
feedback-sent-no-receipt = You did not ask for a receipt, so nobody can reply to you.

feedback-replies-heading = Read replies to your feedback
feedback-receipt-label = The words on your receipt
feedback-receipt-words-hint = Six words. Capital letters, spaces and punctuation do not matter.
feedback-read-replies = Read replies
feedback-given-on = You gave this feedback on { $date }.
feedback-no-replies = There is no reply yet. Come back later.
feedback-from-you = You
feedback-from-provider = The advocacy service
feedback-from-commissioner = The commissioner
feedback-answer-label = Your answer
feedback-answer-hint = To stay anonymous, do not write your name or anyone else's.
feedback-answer-send = Send answer

# The printed card
feedback-card-heading = Tell us what you think of advocacy
feedback-card-anonymous = It takes a few minutes. You do not have to give your name, and the advocacy service will not know it was you.
feedback-card-scan = Point your phone's camera at the square to open the form, or type this address:
feedback-card-qr = A code to scan with a phone's camera: it opens the feedback form
feedback-sent-linked = It has been sent. You linked your referral, so the team can tell it was you.
feedback-conversation-heading = Your feedback and the replies
