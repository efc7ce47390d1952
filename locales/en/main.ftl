## Roundtable message catalogue: English.
## Keep sentences short and plain; many readers use English as a second language.

app-name = Roundtable
skip-to-content = Skip to main content
nav-label = Main navigation
nav-dashboard = Dashboard
nav-directory = Directory
nav-admin = Admin
nav-settings = Settings
nav-sign-in = Sign in
nav-sign-out = Sign out
signed-in-as = Signed in as { $name }
footer-text = Roundtable is the shared workspace of the regional network. It never stores personal data about survivors.
paging-label = Pages
paging-summary = Page { $page } of { $pages }
paging-previous = Previous page
paging-next = Next page
paging-total = { $total ->
    [one] One result
   *[other] { $total } results
}
form-errors-title = Please correct the fields marked below.
form-required = required
save = Save
cancel = Cancel
apply-filters = Apply filters
clear-filters = Clear filters
any = Any
yes = Yes
no = No
none-yet = Nothing here yet.

role-secretariat = Secretariat
role-member = Member organization
role-observer = Observer

landing-title = Welcome to Roundtable
landing-intro = Roundtable is where the regional network of organizations supporting survivors of human trafficking plans its meetings, follows up on what was agreed, and compares national laws.
landing-countries = The network works in Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and Serbia.
landing-sign-in = Sign in to continue

dashboard-title = Dashboard
dashboard-welcome = Welcome, { $name }.
dashboard-directory = Organizations in the network by country
dashboard-open-directory = Open the directory

login-title = Sign in
login-email = Email address
login-password = Password
login-submit = Sign in
login-invalid = The email address or password is not right. Please try again.
login-throttled = Too many failed sign-in attempts. Please wait 15 minutes and try again.
logout-done = You are signed out.

set-password-title = Choose your password
set-password-intro = Choose a password of at least 10 characters. A short sentence is easy to remember and hard to guess.
set-password-new = New password
set-password-confirm = Type the password again
set-password-submit = Save password
set-password-invalid = This link has expired or was already used. Ask the secretariat for a new one.
set-password-done = Your password is saved. You can sign in now.
password-mismatch = The two passwords are not the same.

directory-title = Directory
directory-intro = Member organizations and partners of the network, with the services they offer.
directory-search = Name or acronym
directory-country = Country
directory-kind = Kind of organization
directory-service = Service
directory-status = Membership
directory-include-archived = Include archived organizations
directory-export = Download as CSV
directory-service-map = Service map
directory-new = Add an organization
directory-empty = No organization matches these filters.
directory-col-name = Organization
directory-col-country = Country
directory-col-kind = Kind
directory-col-services = Services
archived = Archived

service-map-title = Service map
service-map-intro = Which services the network's organizations offer in each country.
service-map-service = Service
service-map-none = none

org-new-title = Add an organization
org-edit-title = Edit organization
org-created = The organization was added.
org-saved = Your changes were saved.
org-archived = The organization was archived.
org-restored = The organization was restored.
org-name = Name
org-acronym = Acronym
org-country = Country
org-country-choose = Choose a country
org-kind = Kind of organization
org-membership = Membership status
org-joined = Joined the network on
org-joined-hint = Format: YYYY-MM-DD, for example 2019-03-15.
org-website = Website
org-email = Email address
org-phone = Phone
org-address = Address
org-description = Description
org-services = Services offered
org-services-hint = Tick each service and, if useful, note its capacity (for example "12 shelter places, women and children").
org-capacity = Capacity note for { $service }
org-people = People
org-add-person = Add a person
org-edit = Edit
org-archive = Archive this organization
org-restore = Restore this organization
org-details = Details

org-kind-cso = Civil-society organization
org-kind-government = Government institution
org-kind-international = International organization
org-kind-donor = Donor
org-kind-other = Other

membership-member = Member
membership-observer = Observer
membership-former = Former member

service-shelter = Shelter
service-medical_screening = Medical screening
service-psychosocial_support = Psychosocial support
service-legal_aid = Legal aid
service-social_services = Social services
service-return_transport = Return transport
service-reintegration_assistance = Reintegration assistance
service-vocational_training = Vocational training
service-hotline = Hotline
service-identification_outreach = Identification and outreach
service-other = Other

network-role-focal_point = Focal point
network-role-deputy_focal_point = Deputy focal point
network-role-contact = Contact
network-role-director = Director
network-role-other = Other

person-new-title = Add a person
person-edit-title = Edit person
person-created = The person was added.
person-saved = Your changes were saved.
person-archived = The person was archived.
person-restored = The person was restored.
person-name = Name
person-title = Job title
person-organization = Organization
person-email = Email address
person-phone = Phone
person-languages = Languages
person-languages-hint = For example: Albanian, English
person-network-role = Role in the network
person-archive = Archive this person
person-restore = Restore this person

settings-title = Settings
settings-profile = Your profile
settings-name = Your name
settings-language = Language
settings-time-zone = Time zone
settings-saved = Your settings were saved.
settings-tokens = API tokens
settings-tokens-intro = Scripts and other programs can use the JSON API with a personal token. Treat a token like a password.
settings-token-name = Token name
settings-token-name-hint = What the token is for, for example "Monthly report script".
settings-token-create = Create token
settings-token-new = Your new token. Copy it now: it will not be shown again.
settings-token-revoke = Revoke
settings-token-created = Created
settings-token-last-used = Last used
settings-token-never = never
settings-tokens-none = You have no API tokens.
token-revoked = The token was revoked. Programs using it can no longer connect.

admin-title = Administration
admin-users = User accounts
admin-new-user = Invite a user
admin-countries = Countries
admin-col-name = Name
admin-col-email = Email
admin-col-role = Role
admin-col-organization = Organization
admin-col-status = Status
admin-col-last-login = Last sign-in
admin-active = Active
admin-inactive = Deactivated
admin-deactivate = Deactivate
admin-activate = Activate
user-new-title = Invite a user
user-email = Email address
user-name = Name
user-role = Role
user-organization = Organization
user-organization-none = No organization
user-created-title = Account created
user-created-text = The account for { $name } ({ $email }) was created, and an invitation to choose a password was emailed to them. The link in it is valid for 7 days.
user-saved = The account was updated.
user-cannot-deactivate-self = You cannot deactivate your own account.
countries-title = Countries
countries-intro = The six countries of the network are built in. Add partner countries outside the region here.
country-code = ISO code
country-code-hint = Two letters, for example IT.
country-name = Name
country-region = In the region
country-add = Add country
country-added = The country was added.

error-title = Something is not right
error-back-home = Go to the start page

## Email
email-footer = You receive this because you have an account on Roundtable, the workspace of the regional network.
email-unsubscribe = Unsubscribe from these emails
email-preferences = Change your email preferences
email-hello = Hello { $name },
email-link-fallback = If the button does not work, copy this address into your browser:
email-invitation-subject = You are invited to Roundtable
email-invitation-intro = { $inviter } created an account for you on Roundtable, the shared workspace of the regional network.
email-invitation-action = Choose your password
email-invitation-expiry = This link can be used once and is valid for 7 days.
email-reset-subject = Reset your Roundtable password
email-reset-intro = Someone asked to reset the password of your Roundtable account. Use this link to choose a new password:
email-reset-action = Choose a new password
email-reset-expiry = The link can be used once and is valid for 1 hour.
email-reset-ignore = If you did not ask for this, you can ignore this email; your password stays the same.
email-change-subject = Confirm your new email address
email-change-intro = Please confirm that { $address } is your new email address for Roundtable.
email-change-action = Confirm the new address
email-change-expiry = The link can be used once and is valid for 24 hours. Until you confirm, your old address stays in use.
email-changed-subject = Your Roundtable email address is changing
email-changed-intro = Someone asked to change the email address of your Roundtable account to { $address }. The change happens only when the new address is confirmed.
email-changed-not-you = If this was not you, sign in and change your password, and tell the secretariat.
email-digest-daily-subject = { $count ->
    [one] Your daily Roundtable summary: 1 update
   *[other] Your daily Roundtable summary: { $count } updates
}
email-digest-weekly-subject = { $count ->
    [one] Your weekly Roundtable summary: 1 update
   *[other] Your weekly Roundtable summary: { $count } updates
}
email-digest-intro = { $count ->
    [one] Here is 1 update since your last summary.
   *[other] Here are { $count } updates since your last summary.
}
email-test-subject = Roundtable test message
email-test-body = This is a test message from Roundtable. If you can read it, email delivery works.

## Password reset and address change
login-forgot = Forgot your password?
reset-title = Reset your password
reset-intro = Type the email address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-sent = If an account exists for this address, we have sent it a link to choose a new password. The link is valid for 1 hour. Check your spam folder if it does not arrive.
confirm-email-title = Confirm your new email address
confirm-email-intro = Use { $address } as your email address for Roundtable from now on?
confirm-email-submit = Yes, use this address
confirm-email-done = Your email address was changed.
confirm-email-invalid = This link has expired or was already used. You can ask for a new one in Settings.

## Settings: email and notifications
settings-email = Email address
settings-email-current = Your email address is { $address }.
settings-new-email = New email address
settings-current-password = Your current password
settings-email-submit = Change email address
email-change-sent = We sent a confirmation link to the new address. The change happens when you open it.
notifications-title = Email notifications
notifications-intro = Choose how you want to hear about each kind of news. Summaries arrive in the morning in your time zone (weekly ones on Monday).
notifications-saved = Your email preferences were saved.
notifications-account-note = Emails about your account (invitations, password resets, address changes) are always sent.
delivery-immediately = Immediately
delivery-daily = Daily summary
delivery-weekly = Weekly summary
delivery-off = Off
category-events = Events and invitations
category-agenda = Agenda changes
category-action_items = Action items
category-legal = Legal register
category-documents = Documents
category-digest = Summaries
unsubscribe-title = Unsubscribe
unsubscribe-intro = Stop receiving emails about: { $category }?
unsubscribe-submit = Unsubscribe
unsubscribe-done = You will no longer receive these emails. You can change this at any time in your email preferences.
unsubscribe-invalid = This unsubscribe link is not valid.

## Admin: mail
admin-mail = Email queue
mail-title = Email queue
mail-pending = Waiting to be sent
mail-sent-today = Sent today
mail-failed = Failed, will retry
mail-dead = Could not be delivered
mail-dead-title = Messages that could not be delivered
mail-dead-none = No undelivered messages.
mail-col-to = To
mail-col-subject = Subject
mail-col-error = Error
mail-col-attempts = Attempts
mail-retry = Try again
mail-discard = Discard
mail-retried = The message is queued again.
mail-discarded = The message was discarded.

## Events
nav-events = Events
events-title = Events
events-upcoming = Upcoming events
events-past = Past events
events-year = Year
events-none = No events match these filters.
events-subscribe = Subscribe in your calendar
events-feed-hint = Calendar feed of the network's public events:
event-new-title = Create an event
event-edit-title = Edit event
event-created = The event was created.
event-saved = Your changes were saved.
event-cancelled = The event was cancelled.
event-duplicated = The copy was created as a draft. Check the details and save.
event-duplicate-title = Duplicate
event-duplicate-intro = Make a copy of "{ $title }" with its agenda, for the next meeting of the series.
event-duplicate-date = First day of the new event
event-duplicate-submit = Make the copy
event-cancel = Cancel this event
event-title = Title
event-kind = Kind of event
event-description = Description
event-description-hint = You can use Markdown: **bold**, lists, links.
event-time-zone-hint = The event's own time zone, for example Europe/Tirane.
event-start = Starts
event-end = Ends
event-date = Date
event-time = Time
event-venue = Venue
event-venue-name = Venue name
event-city = City
event-online = online
event-online-link = Online link
event-project = Project or funding line
event-languages = Languages
event-capacity = Number of places
event-visibility = Who can see it
event-status = Status
event-organizers = Organizers
event-add-to-calendar = Add to calendar (.ics)
event-add-to-google = Add to Google Calendar
event-agenda-ics = Agenda sessions (.ics)
event-kind-roundtable = Roundtable
event-kind-network_meeting = Network meeting
event-kind-working_group = Working group
event-kind-training = Training
event-kind-webinar = Webinar
event-kind-other = Other
event-visibility-public = Public
event-visibility-network = Network members
event-visibility-invited = Invited people only
event-status-draft = Draft
event-status-published = Published
event-status-cancelled = Cancelled
event-status-completed = Completed
agenda-title = Agenda
agenda-draft = draft
agenda-none = The agenda is not published yet.
agenda-publish = Publish the agenda
agenda-published = The agenda is published.
item-new-title = Add an agenda item
item-edit-title = Edit agenda item
item-saved = The agenda item was saved.
item-saved-with-warning = The agenda item was saved, but please check:
item-deleted = The agenda item was removed.
item-delete = Remove
item-overlap = It overlaps "{ $title }" ({ $start }–{ $end }) in the same room.
item-day = Day
item-start = Start time
item-end = End time
item-time = Time
item-title = Title
item-kind = Kind
item-track = Room or track
item-track-hint = Items in the same room must not overlap.
item-moderator = Moderator
item-speakers = Speakers
item-speakers-hint = One speaker a line: name, then affiliation. For example: Arta Demo, Shpresa e Re Shelter
item-kind-plenary = Plenary
item-kind-session = Session
item-kind-panel = Panel
item-kind-working_group = Working group
item-kind-break = Break
item-kind-meal = Meal
feed-title = Your calendar feed
feed-intro = Add this address to your calendar app (Outlook, Google Calendar, Apple Calendar) as a subscription. It shows the events you can see, including those you are invited to.
feed-subscribe = Subscribe
feed-secret = Keep this address to yourself: anyone who has it can see your events. Creating a new address stops the old one.
feed-settings-intro = A private address for your calendar app with the events you can see.
feed-create = Create a new calendar address

## Event mails
email-event-invitation-subject = Invitation: { $title }
email-event-updated-subject = Updated: { $title }
email-event-cancelled-subject = Cancelled: { $title }
email-event-invitation-intro = You are invited to "{ $title }". The invitation is attached for your calendar. Please tell us if you can come.
email-event-updated-intro = The details of "{ $title }" have changed. The attached update replaces the earlier one in your calendar.
email-event-cancelled-intro = "{ $title }" is cancelled. The attachment removes it from your calendar.
email-event-details = Event details
email-event-rsvp = Answer the invitation

## Participants and RSVP
participants-title = Participants
participants-summary = { $total } invited or taking part, { $accepted } coming, { $waitlisted } on the waiting list.
participants-by-country = By country and organization
participants-count = People
participants-names = Names
participants-no-names = Names are shown only for people who agreed to share them.
participants-attended = Attended
participants-save-attendance = Save attendance
participants-attendance-saved = Attendance was saved.
participants-invite = Invite
participants-invite-orgs = Organizations (their focal points are invited)
participants-invite-people = People
participants-invite-submit = Send invitations
participants-invited = { $added } invited; { $already } were already on the list.
participant-status-invited = Invited, no answer yet
participant-status-accepted = Coming
participant-status-tentative = Maybe
participant-status-declined = Not coming
participant-status-waitlisted = On the waiting list
rsvp-title = Your answer
rsvp-question = { $name }, will you take part?
rsvp-accepted = Yes, I will come
rsvp-tentative = Maybe
rsvp-declined = No, I cannot come
rsvp-dietary = Food needs (optional)
rsvp-accessibility = Accessibility needs (optional)
rsvp-share-name = Other participants may see my name
rsvp-submit = Send my answer
rsvp-thanks = Thank you, { $name }.
rsvp-your-answer = Your answer
rsvp-waitlisted = The event is full, so you are on the waiting list. We will write to you if a place becomes free.

## Agenda changes
agenda-change-added = New: { $kind } "{ $title }" on { $day }, { $start }–{ $end }.
agenda-change-removed = Removed: "{ $title }" ({ $day }, { $start }).
agenda-change-renamed = "{ $old }" is now called "{ $new }".
agenda-change-moved = { $kind } "{ $title }" moved from { $from } to { $to }.
agenda-change-end = "{ $title }" now ends at { $end }.
agenda-change-room = "{ $title }" moved to room "{ $room }".
agenda-change-speakers = The moderator or speakers of "{ $title }" changed.
email-agenda-published-subject = Agenda published: { $title }
email-agenda-changed-subject = Agenda changes: { $title }
email-agenda-published-intro = The agenda of "{ $title }" is published.
email-agenda-changed-intro = The agenda of "{ $title }" has changed:
email-agenda-yours = Your sessions
agenda-revisions = Agenda history
agenda-revision = Revision { $number }
agenda-revision-by = by { $name }
agenda-compare = Compare
agenda-compare-title = Compare agenda revisions
agenda-compare-from = From revision
agenda-compare-to = To revision
agenda-no-changes = No differences.
