### SpeakUp: issues raised together by self-advocacy groups

layout-issues = Issues raised by groups

## The list of issues
issues-heading = Issues raised by groups
issues-intro = Self-advocacy groups raise problems that affect many people, so that the people who can change things answer in public. You can read every issue, see where it has got to, and say if it happens to you too.
issues-register-link = Register your group
issues-sign-in-link = Group members sign in here
issues-loading = Getting the issues…
issues-none = No group has raised an issue yet.
issues-by = Raised by { $group }
issues-counts = Supported by { $supports } other groups · { $me_too } people say this happens to them too
issues-page-status = Page { $page } of { $pages }
issues-pages = Pages of issues
issues-previous = Newer issues
issues-next = Older issues

## One issue
issue-untitled = An issue with no title yet
issue-raised-by = Raised by
issue-for = Who it is for
issue-status = Where it has got to
issue-raised-on = Raised on
issue-agreeing = Group members who agree
issue-members-agreeing = { $count } members agree
issue-happening-heading = What is happening
issue-affects-heading = Who it affects
issue-change-heading = The change the group wants
issue-easy-read-heading = In Easy Read
issue-history-heading = What has happened so far
issue-response-plain = Read this answer in full
issue-response-easy-read = Read this answer in Easy Read
issue-supports-heading = Who supports this
issue-no-supports = No other group has added its support yet.
issue-me-too-count = { $count } people say this happens to them too.
issue-me-too-heading = Does this happen to you?
issue-me-too-hint = Press the button to be counted. We do not ask who you are and we keep nothing about you.
issue-me-too = This happens to me too
issue-me-too-sending = Counting you…
issue-me-too-thanks = Thank you. You have been counted: { $count } people now say this happens to them too.

## Who an issue is for
issue-for-commissioner = The council's commissioner
issue-for-safeguarding-board = The Safeguarding Adults Board
issue-for-provider-board = The advocacy provider's board
issue-for-partnership-board = A partnership board
issue-for-healthwatch = Healthwatch

## Where an issue has got to
issue-status-draft = Draft, not raised yet
issue-status-received = Received
issue-status-being-looked-at = Being looked at
issue-status-response-given = Answer given
issue-status-change-agreed = Change agreed
issue-status-change-made = Change made
issue-status-closed = Closed

## A group registering
group-register-heading = Register your self-advocacy group
group-register-intro = Tell us about your group. An advocacy provider will get in touch to check that your group is real, usually within a few working days. Then your group can sign in, write issues together and raise them for everyone to see.
group-register-name = Your group's name
group-register-area = Which council area is your group in?
group-register-area-hint = For example, Cardiff or Leeds. It tells the people you raise issues with where your group is.
group-register-members = How many members does your group have?
group-register-contact-heading = The group's contact
group-register-contact-intro = This is the person the provider talks to about the group. Once the group is checked, they sign in first and can add the other members.
group-register-contact-name = Contact's name
group-register-contact-email = Contact's email address
group-register-send = Register the group
group-register-sending = Registering your group…
group-registered-heading = Your group is registered
group-registered-body = { $name } is registered.
group-registered-next = An advocacy provider will get in touch with your group's contact to check the group. They will then give the contact a one-time password to sign in with.
group-registered-issues = Read the issues other groups have raised
