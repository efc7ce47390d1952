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
service-interpretation = Interpretation
service-child_protection = Child protection

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

settings-password = Change password
settings-password-submit = Change password
settings-password-changed = Your password is changed. Other browsers signed in to your account have been signed out.
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

admin-person-title = Directory person of this account
admin-person-intro = The account belongs to this person of the directory: their invitations, answers and action items are the account's.
admin-person = Directory person
admin-person-none = No directory person
admin-person-taken = belongs to another account
admin-person-change = Change
admin-person-choose = Choose a person from the list.
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
event-start = Starts
event-end = Ends
event-start-date = Start date
event-start-time = Start time
event-end-date = End date
event-end-time = End time
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
# A time the clocks show twice (the autumn change): agenda items keep the first.
item-time-repeated = { $time } (the first time, { $summer ->
        [yes] summer time
       *[no] standard time
    })
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
# In the description of an invitation's calendar entry: the personal, signed answer link.
ics-answer-here = Answer here: { $url }

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
invite-open-picker = Choose whom to invite
invite-hint = Tick organizations (their focal points and deputies are invited) and people, then send. Only what is ticked on this page is sent; the filters and pages find everyone else.
invite-language = Language of the invitation
invite-language-hint = For people without an account; those with one get mail in the language of their settings.
invite-filter-organization = Organization
invite-filter-name = Name
invite-already = already invited
invite-no-email = no email address
invite-no-match = Nobody matches these filters.
invite-more-organizations = { $count } organizations match; the first 100 are listed. Narrow the filters to find the others.
invite-publish-first = Publish the event before inviting people.
filters = Filters
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
rsvp-change = Change my answer
rsvp-invited = You are invited
rsvp-saved = Your answer is saved.
rsvp-closed = Answers can no longer be changed: the event has started or was cancelled.
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
events-month = Month calendar
events-month-prev = Previous month
events-month-next = Next month
events-month-today = This month
import-title = Import an invitation
import-intro = Upload a calendar file (.ics), for example an invitation from Outlook or Google Calendar. A draft event is created from it for you to complete.
import-file = Calendar file (.ics)
import-submit = Import
import-failed = The file could not be imported. Nothing was created.
import-too-large = The file is larger than 1 MB; a calendar invitation is much smaller. Check that you chose the right file.
import-empty = The file is empty.
import-not-text = This is not a calendar file (it is not text).
import-done = A draft event was created from the file. Check the details and save.
import-venue-unknown = Venue to be confirmed
import-unreadable = The upload could not be read. Try again.
import-preview-title = Check the import
import-preview-intro = This is what the file { $file } will create. Nothing is saved until you confirm.
import-col-title = Title
import-col-when = When
import-col-zone = Time zone
import-col-venue = Venue
import-col-link = Online link
import-all-day = all day
import-create = { $count ->
    [one] Create the draft event
   *[other] Create { $count } draft events
}
import-choose-zone = Time zone of the event
import-show-zone = Show the times in this zone
import-another-file = Choose another file
import-done-many = { $count } draft events were created: a series, shown below. Check the details of each before publishing.
import-gone = That file was imported already, or its preview expired after a day. Nothing more was created.
import-zone-needed = Choose the time zone the times are in, then confirm.
import-zone-unknown = The file says its times are in "{ $tzid }", a time zone Roundtable does not know. Choose the time zone they are in; the preview then shows them again.
import-zone-floating = The file does not say which time zone its times are in. Choose it; the preview then shows them again.
import-zone-suggested = The file's own time-zone rules match { $zone }, which is preselected.
import-note-series = "{ $title }" repeats: { $count } separate draft events will be created, one for each meeting.
import-note-cut = The meeting repeats with no end, or for more than a year: only the first { $count } meetings, up to { $until }, will be created.
import-line = Line { $line }: { $message }
import-no-colon = this line has no ':' between the property name and its value.
import-bad-name = '{ $name }' is not a property name.
import-end-mismatch = END:{ $end } closes BEGIN:{ $begin }.
import-end-unmatched = END:{ $end } has no matching BEGIN.
import-outside = this property is outside BEGIN:VCALENDAR.
import-not-calendar = This is not an iCalendar file (no BEGIN:VCALENDAR).
import-not-closed = BEGIN:{ $component } is never closed (the file may be cut short).
import-no-event = The file has no event (VEVENT) in it.
import-no-title = the event has no title (SUMMARY).
import-no-start = the event has no start (DTSTART).
import-bad-time = '{ $value }' is not a date and time.
import-no-such-time = { $value } does not exist in { $zone }: the clocks move forward at that hour.
import-bad-duration = '{ $value }' is not a duration (for example PT1H30M or P1D).
import-ends-before = the event ends before it starts.
import-rule-unsupported = the meeting repeats by a rule Roundtable cannot follow ({ $part }). Export a single meeting from your calendar app instead, or create the events here.
import-rule-invalid = '{ $part }' is not a valid repeat rule.
import-too-many = The file holds more than { $limit } events; import at most { $limit } at a time.
event-all-day = All day (no times: the dates are the first and the last day)
item-move-up = Move earlier
item-move-down = Move later
item-moved = The order was changed; each item kept its length.
item-not-moved = This item cannot move further.
item-moderator-directory = Or choose the moderator from the directory
item-speakers-directory = Add speakers from the directory
item-speakers-directory-hint = Chosen people are added to the list above; external speakers can be typed there.
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

## Action items
nav-actions = Action items
actions-title = Action items
actions-views = Views
actions-view-all = All items
actions-view-mine = My items
actions-view-org = My organization
actions-view-overdue = Overdue
actions-none = No action items match these filters.
actions-due-from = Due from
actions-due-to = Due until
actions-sort = Sort by
actions-sort-due = Due date
actions-sort-priority = Priority
actions-sort-updated = Last change
actions-sort-title = Title
action-new-title = New action item
action-edit-title = Edit action item
action-created = The action item was created.
action-saved = Your changes were saved.
action-progress-saved = Your update was saved.
action-title = Title
action-owner = Owner organization
action-due = Due
action-overdue = overdue
action-priority = Priority
action-status = Status
action-percent = Percent done
action-tags = Tags
action-tags-hint = Separate tags with commas, for example: shelter, funding
action-countries = Countries concerned
action-supporters = Supporting organizations
action-source = From the meeting
action-progress = Report progress
action-comment = Comment
action-new-status = New status
action-status-unchanged = Unchanged
action-progress-submit = Save update
action-timeline = History
action-status-open = Open
action-status-in_progress = In progress
action-status-blocked = Blocked
action-status-done = Done
action-status-cancelled = Cancelled
action-priority-low = Low
action-priority-normal = Normal
action-priority-high = High
action-field-created = Created
action-field-comment = Comment
action-field-title = Title
action-field-description = Description
action-field-owner_org_id = Owner organization
action-field-owner_person_id = Owner person
action-field-due_on = Due date
action-field-priority = Priority
action-field-status = Status
action-field-percent = Percent done
action-field-countries = Countries
action-field-tags = Tags
action-field-supporters = Supporting organizations
action-field-event_id = Event
action-field-agenda_item_id = Agenda item
action-mail-assigned = New action item for your organization: { $title }
action-mail-status = Status changed: { $title }
action-mail-comment = New update: { $title }
action-mail-due7 = Due in 7 days: { $title }
action-mail-due1 = Due tomorrow: { $title }
action-mail-overdue = Overdue: { $title }
action-quick-in_progress = Mark in progress
action-quick-done = Mark done
action-quick-note = Add a note
action-open-item = Open the action item
action-quick-title = Confirm
action-quick-confirm-in_progress = Mark "{ $title }" as in progress?
action-quick-confirm-done = Mark "{ $title }" as done?
action-quick-confirm-note = Add a note to "{ $title }":
action-quick-submit = Confirm
action-quick-done-message = Thank you. The action item was updated.
report-title = Follow-up report
report-back = Back to the event
report-summary = { $total } items agreed: { $done } done, { $overdue } overdue, { $average }% done on average.
report-chart-title = Items by status over time
report-chart-table = The same figures as a table
report-date = Date
actions-bulk = Change the ticked items
actions-bulk-select = Select
actions-bulk-owner = New owner organization
actions-bulk-submit = Apply to ticked items
actions-bulk-done = { $count } items were changed.
dashboard-invitations = Invitations waiting for your answer
dashboard-my-items = Your organization's open action items
dashboard-no-items = Your organization has no open action items.
dashboard-upcoming = Upcoming events
dashboard-overdue = Overdue action items
dashboard-overdue-total = { $count ->
    [one] 1 item is overdue.
   *[other] { $count } items are overdue.
}
dashboard-overdue-by-org = Overdue by organization
dashboard-overdue-by-country = Overdue by country
dashboard-without-person = { $count ->
    [one] 1 open item has no owner person.
   *[other] { $count } open items have no owner person.
}
minutes-title = Minutes
minutes-meeting = Whole meeting
minutes-notes = Notes
minutes-decisions = Decisions
minutes-deadline = Comments until
minutes-circulate = Circulate to participants
minutes-approve = Approve the minutes
minutes-record-correction = Record the correction
minutes-correction-note = Why is this corrected?
minutes-comments = Comments and proposed corrections
minutes-propose-correction = This is a proposed correction
minutes-send-comment = Send
minutes-correction = correction
minutes-history = Versions
minutes-section = Section
minutes-saved = The minutes were saved.
minutes-circulated = The minutes were sent to the participants for comments.
minutes-commented = Thank you. Your comment was added.
minutes-approved = The minutes are approved and locked. Later changes are recorded as corrections.
minutes-status-draft = Draft
minutes-status-circulated = Circulated for comments
minutes-status-approved = Approved
minutes-kind-edit = edited
minutes-kind-circulated = circulated
minutes-kind-approved = approved
minutes-kind-correction = correction
matters-arising = Matters arising
matters-arising-intro = Open action items from earlier meetings of this series, to review at this meeting.
matters-outcome = Outcome
matters-record = Record
matters-recorded = The outcome was recorded on the action item.
post-report-title = Meeting report
post-report-download = Download
post-report-attendance = Attendance
post-report-attended = { $count } people attended.
post-report-accepted = { $count } people said they would come (attendance not marked yet).
post-report-sessions = Sessions held
post-report-minutes-draft = The minutes are still a draft. Their decisions appear here once the secretariat circulates them.
post-report-actions = Action items
post-report-actions-summary = { $opened } opened at this meeting, { $closed } closed so far.
post-report-register = Legal register changes
post-report-register-summary = { $count ->
    [one] 1 change to the legal register
   *[other] { $count } changes to the legal register
}
action-owner-person = Owner person (optional)
action-owner-person-none = Nobody in particular
actions-more-than-cap = More than 1,000 items match: the count stops there. Add a filter to narrow the list, or download the CSV for all of them.

## Legal-disparity register
nav-legal = Legal register
nav-documents = Documents
search-label = Search everything
search-placeholder = Search
search-button = Search
edit = Edit
admin-col-legal-reviewer = Legal reviewer
admin-legal-reviewer-on = Make legal reviewer
admin-legal-reviewer-off = Remove legal reviewer
legal-title = Legal-disparity register
legal-nav = Register pages
legal-matrix = Matrix
legal-matrix-caption = Assessment of each topic in each country
legal-intro = Each row is a topic and each column a country. A cell shows how that country's law compares with the international standard. Open a cell to read the entry.
legal-legend = Key
legal-examples-title = Fictional examples.
legal-examples-text = Entries marked "Example" are made-up demo content to show how the register works. They are not real assessments and not legal advice.
legal-example = Example
legal-example-entry = This entry is a fictional example, not a real assessment and not legal advice.
legal-assessment = Assessment
legal-assessment-aligned = Aligned
legal-assessment-partly_aligned = Partly aligned
legal-assessment-not_aligned = Not aligned
legal-assessment-no_provision = No provision
legal-assessment-not_assessed = Not assessed
legal-category = Category
legal-topic = Topic
legal-topic-count = Topics shown
legal-sort-catalogue = Catalogue order
legal-sort-disparity = Widest disparities first
legal-as-of = As it stood on
legal-none = No topics match these filters.
legal-export-csv = Download CSV
legal-export-json = Download JSON
legal-export-topics = Download topics (CSV)
legal-compare-title = Compare countries
legal-compare-countries = Countries (choose 2 to 6)
legal-compare-topics = Topics (leave all unticked to compare every topic)
legal-compare-submit = Compare
legal-compare-choose-countries = Choose between 2 and 6 countries to compare.
legal-compare-print = Print
legal-compare-print-hint = This page is ready to print: use your browser's Print command.
legal-compare-back = Back to the comparison
legal-compare-hint = Rows marked "Differs" have different assessments across the chosen countries; cells that differ from the most common assessment are outlined.
legal-differs = Differs
legal-differs-from-most = (differs)
legal-chart-caption = Bars show each country's value; the dashed line is the international standard. Red bars do not meet it. The same values are in the table above.
legal-standard = Standard
legal-no-value = no value recorded
legal-counts = Topics by assessment
legal-not-coe = This country is not a member of the Council of Europe, so it is not party to Convention CETS No. 197 and GRETA does not report on it. This is shown as "not party", not as a gap.
legal-follow-country = Follow this country
legal-follow-topic = Follow this topic
legal-unfollow = Stop following
legal-unfollow-topic = Stop following this topic
legal-followed = You will be told about changes (see your notification settings).
legal-unfollowed = You no longer follow this.
legal-follow-bad = Choose a topic or a country to follow.
legal-question = Question
legal-ref-cets = Council of Europe Convention (CETS No. 197)
legal-ref-directive = EU Directive 2011/36/EU (as amended by 2024/1712)
legal-ref-palermo = Palermo Protocol
legal-parameter = Measured value
legal-by-country = By country
legal-widest-first = Countries furthest from the standard come first.
legal-topic-retired = Retired
legal-version = Version
legal-show-current = Show the current entry
legal-show-as-of = Show this entry as it stood on
legal-show = Show
legal-edit-title = Edit entry
legal-propose-title = Propose a change
legal-propose-hint = The secretariat or a legal reviewer will look at your proposal, accept or reject it, and tell you by email.
legal-propose-submit = Send proposal
legal-gap-to-action = Create an action item for this gap
legal-pending-proposals = Proposals waiting for a decision:
legal-empty = Not given
legal-greta = GRETA recommendation (Council of Europe)
legal-greta-none = No GRETA recommendation recorded.
legal-greta-implemented = Implemented
legal-greta-partly = Partly implemented
legal-greta-not_implemented = Not implemented
legal-evidence-law = Law on the books
legal-evidence-implementation = Implementation
legal-evidence-practice = Practice
legal-linked-items = Action items
legal-no-items = No action items are linked to this entry.
legal-history = History
legal-no-history = Nothing has been recorded for this entry yet.
legal-field = Field
legal-old = Before
legal-new = After
legal-current = Now
legal-proposed = Proposed
legal-field-assessment = Assessment
legal-field-summary = National provision (summary)
legal-field-citations = Legal citations
legal-field-parameter_value = Value
legal-field-effective_on = In force since
legal-field-source_links = Sources
legal-field-differences = What differs and why it matters
legal-field-reviewed_on = Last reviewed
legal-field-reviewed_by = Reviewed by
legal-field-evidence_kind = Kind of evidence
legal-field-greta_round = GRETA report round
legal-field-greta_paragraph = Paragraph
legal-field-greta_text = Recommendation
legal-field-greta_status = Follow-up status
legal-citations-hint = Act, article and official gazette reference, one per line.
legal-parameter-hint = A number, for example 30.
legal-links-hint = One web address per line, starting with https://.
legal-none-chosen = Not given
legal-change-note = Note about this change (optional)
legal-source-edit = edited
legal-source-proposal = accepted proposal
legal-source-import = CSV import
legal-source-api = API
legal-source-demo = demo data
legal-saved = The entry was saved.
legal-unchanged = Nothing changed, so nothing was saved.
legal-changes-title = What changed
legal-changes-since = Changes since
legal-changes-count = changes
legal-since = Since
legal-until = Until
legal-since-event = Since a roundtable:
legal-print-all = Show all on one page for printing
legal-no-changes = No changes in this period.
legal-proposals-title = Proposals
legal-proposals-intro-reviewer = Members' proposed changes to their country's entries. Open one to accept or reject it.
legal-proposals-intro-member = The changes you have proposed and what was decided.
legal-proposal-pending = Waiting
legal-proposal-accepted = Accepted
legal-proposal-rejected = Rejected
legal-no-proposals = There are no proposals here.
legal-proposal-title = Proposal
legal-proposal-comment = Why this change?
legal-proposal-sent = Your proposal was sent. You will get an email when it is decided.
legal-proposal-sent-at = Sent
legal-proposed-by = Proposed by
legal-proposal-changes = Proposed changes
legal-proposal-no-difference = The entry already says what was proposed.
legal-proposal-stale = The entry has changed since this proposal was made. Check the current text before accepting.
legal-decision-comment = Comment for the proposer
legal-accept = Accept and apply
legal-reject = Reject
legal-decision-choose = Choose accept or reject.
legal-proposal-accepted-msg = The proposal was accepted and the entry updated.
legal-proposal-rejected-msg = The proposal was rejected.
legal-topics-title = Topic catalogue
legal-topic-new = Add a topic
legal-topic-edit = Edit topic
legal-topic-code = Code
legal-topic-code-hint = Letters, digits and hyphens, for example RES-05.
legal-topic-title = Title
legal-topic-texts-title = Translations
legal-topic-texts-hint = Readers see the topic in their language. A field left blank shows the English text.
legal-topic-texts-sq = Title and question in Albanian
legal-topic-texts-sr-Latn = Title and question in Serbian (Latin script; the Cyrillic is made from it)
legal-topic-texts-bs = Title and question in Bosnian
legal-topic-texts-hr = Title and question in Croatian
legal-topic-texts-cnr = Title and question in Montenegrin
legal-topic-texts-mk = Title and question in Macedonian
legal-topic-order = Order
legal-topic-retire = Retire
legal-topic-restore = Restore
legal-topic-saved = The topic was saved.
legal-topic-retired-msg = The topic was retired. Its entries and history are kept.
legal-topic-restored-msg = The topic is back in the register.
legal-move-up = Move up
legal-move-down = Move down
legal-parameter-name-hint = Only for topics with a number to compare, for example "reflection period".
legal-unit = Unit
legal-threshold = Standard's figure
legal-threshold-kind = The standard is a
legal-import-title = Import from CSV
legal-import-intro = Upload a CSV file. You will see every problem first; nothing is saved until you confirm, and then either every row is saved or none.
legal-import-entries-columns = Entries: columns topic_code, country, assessment, and any of the other columns of the register export.
legal-import-topics-columns = Topics: columns code, category, title, question, and optionally the references, parameter, unit, threshold and threshold_kind.
legal-import-kind = What does the file contain?
legal-import-kind-entries = Country entries
legal-import-kind-topics = Topics
legal-import-file = CSV file (UTF-8, at most 5 MB)
legal-import-check = Check the file
legal-import-unreadable = The upload could not be read. Please try again.
legal-import-too-large = This file is larger than 5 MB. Split it into smaller files.
legal-import-empty = The file is empty. Choose a CSV file with a header line and rows.
legal-import-not-utf8 = This file is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8".
legal-import-preview-title = Check the import
legal-import-rows = Rows in the file
legal-import-ready = No problems found. Check the rows below and save them.
legal-import-save-all = Save all rows
legal-import-has-errors = Nothing can be saved until these problems are fixed in the file.
legal-import-line = Line
legal-import-column = Column
legal-import-problem = Problem
legal-import-again = Upload a corrected file
legal-import-changed = The register changed since you checked the file, so nothing was saved. Please upload it again.
legal-import-done = { $count } rows were saved.
legal-mail-change-subject = Legal register: { $topic } ({ $country }) changed
legal-mail-change-intro = { $who } changed this entry of the legal register:
legal-mail-decision-accepted = Your proposal for { $topic } ({ $country }) was accepted
legal-mail-decision-rejected = Your proposal for { $topic } ({ $country }) was not accepted
legal-mail-open = Open the entry
legal-mail-comment = Comment
action-legal-link = Legal register entry
action-legal-gap-title = Close the gap
action-field-legal_topic_id = Legal-register topic
action-field-legal_country = Legal-register country
dashboard-register = Legal register changes in { $country } (last 90 days)
dashboard-register-all = See all { $count } changes
dashboard-register-none = No changes in the last 90 days.

## Concurrent edits
stale-edit-title = This record changed while you were editing it.
server-busy-body = Many people are using Roundtable right now, so this page could not be prepared in time. Nothing was changed. Please try again in a moment.
stale-edit-body = Someone else saved this record after you opened it. Your text is kept below; the current saved text is shown next to each field that differs. Merge them and save again.
stale-edit-fields = Fields that differ from the current saved text:
stale-edit-same = The saved text is the same as yours in every field; save again to keep it.
stale-current-value = Current saved text
stale-empty = (empty)
edit-version-missing = This form does not say which version of the record it was based on. Reload the page and make your change again.
api-if-match-required = Send the header If-Match with the ETag from GET of this record, so that a change saved by someone else in the meantime is not overwritten.
api-if-match-stale = The record was changed after the version named in If-Match. GET it again, merge your change and send the new ETag.
api-if-match-invalid = If-Match must be the ETag from GET of this record, for example "3".

# Document details fields, as named on a page refused because someone else saved first
doc-field-title = Title
doc-field-doc-type = Type
doc-field-description = Description
doc-field-languages = Languages
doc-field-tags = Tags
doc-field-visibility = Who may see it
doc-field-owner-org-id = Owner organization
doc-field-lifecycle = Network status
doc-field-supersedes-id = Replaces document number
doc-field-variant-of-id = Translation or national adaptation of document number
doc-field-variant-kind = It is a
doc-field-review-on = Review date
doc-field-countries = Countries it concerns
doc-field-topics = Legal register topics
doc-field-events = Related events
doc-field-agenda = Related agenda items

## Time-zone choice lists: the network's zones by city and country
tz-group-network = The network's time zones
tz-group-other = Other time zones
tz-tirane = Tirana – Albania
tz-sarajevo = Sarajevo – Bosnia and Herzegovina
tz-belgrade = Belgrade – Serbia, Kosovo*
tz-podgorica = Podgorica – Montenegro
tz-skopje = Skopje – North Macedonia

## Confirmation pages: what will happen before an irreversible or far-reaching action
confirm-what-happens = What will happen:
confirm-keep = Go back, change nothing
event-cancel-confirm-title = Cancel “{ $title }”?
event-cancel-confirm-told = { $count ->
    [0] Nobody is invited yet, so nobody will be told.
    [one] 1 participant will be told the event is cancelled (an email with the calendar cancellation).
   *[other] { $count } participants will be told the event is cancelled (an email with the calendar cancellation).
}
event-cancel-confirm-final = The event stays in the calendar marked as cancelled. This cannot be undone.
item-delete-confirm-title = Remove this agenda item?
item-delete-confirm-which = “{ $title }” on { $day }, { $start }–{ $end } will be removed from the agenda. Its earlier versions stay in the agenda history.
item-delete-confirm-notice = The agenda is published: participants will read about the change in the next agenda notice.
item-not-moved-past = This event has ended; its agenda is kept as it was.
org-archive-confirm-title = Archive { $name }?
org-archive-confirm-lists = It leaves the directory's lists and exports, and its people are no longer offered for invitations.
org-archive-confirm-restore = Its records stay; the secretariat can restore it from its page.
mail-discard-confirm-title = Discard this message?
mail-discard-confirm-which = The message to { $to } (“{ $subject }”) will not be sent.
mail-discard-confirm-final = It is removed from the list of messages that could not be delivered. This cannot be undone.
actions-bulk-confirm-title = Change the ticked action items?
actions-bulk-confirm-count = { $count ->
    [one] 1 action item will be changed:
   *[other] { $count } action items will be changed:
}
actions-bulk-confirm-status = status becomes “{ $status }”;
actions-bulk-confirm-owner = the owner organization becomes { $owner }.

## Invitees without an account: the signed invitation page and its mail
quiet-title = Agenda notices for this event
quiet-question = Stop the emails about changes to this event's agenda? You will still be told if the event's date, time or place changes, or if it is cancelled.
quiet-submit = Stop agenda notices
quiet-done = You will get no more agenda notices for this event. The invitation, changes of date, time or place, and a cancellation still reach you.
email-quiet-event = Stop agenda notices for this event
email-footer-invited = You receive this because the network's secretariat invited you to this event. You do not need an account: the links in this email work without signing in.
rsvp-details = About the event
rsvp-agenda = Agenda

## Dashboard
dashboard-documents = Recent documents
dashboard-document-updated = { $type }, updated { $updated }
dashboard-documents-all = All documents
dashboard-upcoming-all = All upcoming events
dashboard-upcoming-none = No upcoming events.
dashboard-col-overdue = Overdue items
dashboard-col-organizations = Organizations

## A document's versions
document-versions = Versions
document-col-version = Version
document-col-file = File
document-col-note = Note
document-col-uploaded = Uploaded
document-restore = Restore
document-current = current
document-text-pending = Being prepared for search
document-details = Details
document-sha256 = SHA-256 checksum
document-make-current = Make current again

## Where an event and its agenda stand (event page, secretariat)
event-state-label = Publishing
event-state-draft = Draft: only the secretariat sees this event. Publish it (Edit → Status) before inviting people or publishing the agenda.
event-state-agenda-draft = Published. The agenda is a draft: participants do not see it yet.
event-state-published = Published with its agenda: participants see both.
event-state-cancelled = Cancelled: participants were told.
event-state-ended = Ended: the event and its agenda are kept as a record.
event-manage = Manage this event
event-for-participants = For participants
agenda-publish-event-first = Publish the event first (Edit → Status); then publish its agenda.

## The downloaded post-meeting report
post-report-file-note = This report was saved from Roundtable. The report online: { $url }
legal-matrix-by-country = Read one country at a time
legal-matrix-scroll-hint = The table scrolls sideways inside its box; the topics and countries stay in view.
legal-matrix-region = The register by topic and country
legal-mismatch-meets = The measured value meets the standard's threshold, yet the entry is assessed as a gap. Check the value or the assessment.
legal-mismatch-short = The measured value falls short of the standard's threshold, yet the entry is assessed as aligned. Check the value or the assessment.
legal-mismatch = Value and assessment
legal-threshold-min = minimum
legal-threshold-max = maximum
events-month-none = No events this month.

## Languages
language-switch-label = Language
language-switch-submit = Show in this language
language-unknown = That language is not available. Choose one from the list.
translation-draft = This translation is a draft, not yet reviewed by a native speaker. Please report any wording that is wrong or unclear to the secretariat: { $email }

## Country names (the network's six; Kosovo gets its asterisk and footnote from the code)
country-name-AL = Albania
country-name-BA = Bosnia and Herzegovina
country-name-XK = Kosovo
country-name-ME = Montenegro
country-name-MK = North Macedonia
country-name-RS = Serbia

## Moved from code and templates
## Everything below was English in the code or the templates until now; each text is the same.

## Error answers (pages and the API)
error-not-found = We could not find that page or record.
error-sign-in = Please sign in to continue.
error-forbidden = You do not have permission to do this.
error-csrf = This form has expired. Please go back, reload the page and try again.
# $site: this site's own address
error-foreign-origin = This request was sent from another website, so it was refused to protect your account. Open { $site } yourself and try again there.
error-validation = Some fields need your attention.
error-no-room = The server has no room to store this file; nothing was saved. Please tell the secretariat.
error-read-only = The database is read-only at the moment, so nothing can be saved; nothing you sent was changed. Please try again later or tell the secretariat.
error-busy = The database is busy with other changes, so nothing was saved. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again in a moment.
error-nul = What you sent contains a NUL character, which cannot be stored. Please remove it and try again.
error-duplicate = A record with the same value already exists.
error-bad-request = The request could not be understood.
error-method = This address does not accept that kind of request.
error-too-large = What you sent is too large.
error-content-type = This kind of content is not accepted here.
error-too-many = Too many attempts. Please wait a few minutes and try again.
error-other = The request could not be completed.
# $reason: the database's own words, for whoever runs the server
health-read-only = The database is read-only ({ $reason }).
health-no-answer = The database does not answer.

## The heading of an error page: the status number, then its name (HTTP's standard names in English)
http-status-400 = Bad Request
http-status-401 = Unauthorized
http-status-403 = Forbidden
http-status-404 = Not Found
http-status-405 = Method Not Allowed
http-status-409 = Conflict
http-status-412 = Precondition Failed
http-status-413 = Payload Too Large
http-status-415 = Unsupported Media Type
http-status-422 = Unprocessable Entity
http-status-428 = Precondition Required
http-status-429 = Too Many Requests
http-status-500 = Internal Server Error
http-status-503 = Service Unavailable
http-status-507 = Insufficient Storage

## What was sent did not fit: $what is what was sent, $field a field's name as sent
input-missing-field = The { $what ->
        [form] form
        [address] address
       *[body] request body
    } lacks the field "{ $field }", which is required.
input-unknown-field = The { $what ->
        [form] form
        [address] address
       *[body] request body
    } has a field "{ $field }" that is not used here.
input-duplicate-field = The { $what ->
        [form] form
        [address] address
       *[body] request body
    } gives the field "{ $field }" more than once.
input-bad-value = A value in the { $what ->
        [form] form
        [address] address
       *[body] request body
    } is not of the expected kind or format (for example text where a number or a date belongs).
input-not-json-type = This address expects a JSON body (Content-Type: application/json).
input-body-too-large = The request body is too large.
input-body-unreadable = The request body could not be read or is too large.
input-not-json = The request body is not valid JSON.
input-address-unreadable = The address could not be read.
input-not-a-form = This address expects a web form.
input-form-too-large = The form is too large.
input-upload-broken = The upload was interrupted or is not a valid form. Please try again.
input-form-too-many-fields = The form has too many fields.
input-form-field-too-long = A form field is too long.

## The API's own messages
api-error-since = Give `since` as YYYY-MM-DD.
api-error-date = Dates are written YYYY-MM-DD, for example 2023-12-12.
mail-bad-address = '{ $email }' is not a valid email address.

## Form checks shared by all forms and the API
validate-required = This field is required.
# $max: a number of characters
validate-too-long = This is too long: use at most { $max } characters.
validate-control-characters = This contains characters that are not allowed.
validate-one-line = Use a single line.
validate-email = Enter an email address such as name@example.org.
validate-url = Enter a web address starting with https:// or http://.
validate-date = Enter a date as YYYY-MM-DD, for example 2023-12-12.
validate-choose = Choose one of the options.
validate-choose-listed = Choose one of the options in the list.
validate-choose-org = Choose an organization from the list.
validate-choose-country = Choose a country from the list.
validate-choose-countries = Choose countries from the list.
validate-time = Enter a time as HH:MM, for example 09:30.
validate-end-after-start = The end must be after the start.
validate-time-zone = Choose a time zone from the list, for example Europe/Tirane.
validate-number = Enter a number, for example 30.
validate-percent = Enter a percentage from 0 to 100.

## Action items: form checks
action-error-owner = Choose the organization that owns this item.
action-error-owner-person = Choose a person of the owner organization.
action-error-supporters = Choose supporting organizations from the list.
action-error-event = Choose an event from the list.
action-error-agenda-item = Choose an agenda item of the chosen event.
action-error-legal-entry = Choose an entry of the legal register.
action-error-legal-both = A legal-register link needs both a topic and a country.
action-error-progress-empty = Write a comment or choose a new status or percentage.
action-error-bulk-nothing = Choose a new status or a new owner.
action-error-bulk-none-ticked = Tick the items to change.

## Legal register: form checks
legal-error-no-parameter = This topic has no measured value: leave it empty.
legal-error-too-many-links = Give at most 20 web addresses.
legal-error-not-coe = { $country } is not a member of the Council of Europe, so GRETA does not report on it. Leave the GRETA fields empty.
legal-error-topic-code = Use letters, digits and hyphens only, for example RES-05.
legal-error-threshold-kind = Choose minimum or maximum.
legal-error-parameter = Name the measured value the threshold applies to.
legal-error-threshold-kind-missing = Say whether the standard is a minimum or a maximum.
legal-error-topic-code-taken = Another topic already has this code.
legal-error-proposal-unchanged = Your proposal does not change anything yet: edit at least one field.
legal-error-proposal-decided = This proposal has already been decided.
# $problem: the CSV reader's own words (English)
legal-import-bad-header = The first line could not be read as CSV column names ({ $problem }).
legal-import-bad-line = Line { $line } could not be read as CSV ({ $problem }).
legal-import-missing-columns = The file needs these columns: { $columns }.
legal-import-no-rows = The file has column names but no rows.
legal-import-code-twice = The code { $code } appears more than once in the file.
legal-import-no-topic = There is no topic with the code "{ $code }".
legal-import-no-country = "{ $country }" is not one of the register's countries (use codes such as AL, BA, XK).
legal-import-entry-twice = { $code } for { $country } appears more than once in the file.
legal-import-not-saved = The file has errors; nothing was saved.

## Countries and the directory: form checks
country-error-code = Use the two-letter ISO code, for example IT.
country-error-taken = This country is already in the list.
org-error-country = Choose a country.
org-error-services = Choose services from the list.

## Minutes: form checks
minutes-error-too-long = The minutes are too long: use at most 200,000 characters.
minutes-error-deadline = Choose the last day for comments.
minutes-error-not-draft = Only draft minutes can be circulated.
minutes-error-closed = Comments are closed for these minutes.

## Participants: form checks
participants-error-unpublished = Publish the event before inviting people.
rsvp-error-started = This event has started: answers can no longer be changed.

## Accounts: form checks
account-error-role = Choose secretariat, member or observer.
account-error-no-org = There is no organization with this name, acronym or number.
account-error-member-org = A member account needs an organization.
account-error-email-taken = An account with this email address already exists.
account-error-link-expired = This link has expired or was already used. Ask for a new one.
account-error-not-current-password = This is not your current password.
account-error-new-passwords-differ = The two new passwords are not the same.
account-error-language = Choose a language from the list.
account-error-same-address = This is already your address.
account-error-address-taken = Another account uses this address.
account-error-link-expired-settings = This link has expired or was already used. Ask for a new one in Settings.
account-error-address-taken-now = Another account uses this address now.
account-error-person-changed = Someone changed this account's directory person while you were choosing. Check the choice and save again.
account-error-person-archived = This person is archived; choose another one.
account-error-person-taken = This person already belongs to the account { $email }.
# $min, $max: numbers of characters
password-too-short = Use at least { $min } characters.
password-too-long = Use at most { $max } characters.

## Events and agenda: form checks
event-error-capacity = Enter the number of places, for example 40.
event-error-organizers = Choose organizers from the list.
event-error-venue = Give a venue or an online link (or both).
event-error-ended-cancel = This event has ended, so it cannot be cancelled.
event-error-clock-change-date = That date falls in a clock change; choose another.
# $zone: a time zone such as Europe/Tirane
event-error-no-such-time = This time does not exist in { $zone } (the clocks change then).
# $first, $last: dates as YYYY-MM-DD
agenda-error-day = The event runs from { $first } to { $last }; choose a day in that range.

## Documents: form checks
document-error-title = Enter a title.
document-error-title-long = The title is too long (at most 300 characters).
document-error-type = Choose the type of document.
document-error-description-long = The description is too long (at most 20,000 characters).
document-error-languages = Choose languages from the list.
document-error-tags-long = Too many tags (at most 500 characters in all).
document-error-visibility = Choose who may see the document.
document-error-lifecycle = Choose a status from the list.
document-error-variant-kind = Choose translation or national adaptation.
document-error-variant-kind-missing = Say whether this is a translation or a national adaptation.
document-error-review-on = Enter the review date as year-month-day, e.g. 2027-06-30.
document-error-topics = Choose register topics from the list.
document-error-events = One of the chosen events no longer exists.
document-error-agenda = Agenda items must belong to a linked event.
document-error-self = A document cannot point at itself.
document-error-number = Enter a document number, such as 12.
document-error-no-such-number = There is no document number { $id } that you can see.

## Uploads: the kinds of file, and why a file is refused
file-kind-pdf = PDF
file-kind-docx = Word document (DOCX)
file-kind-xlsx = Excel spreadsheet (XLSX)
file-kind-pptx = PowerPoint (PPTX)
file-kind-odt = OpenDocument text (ODT)
file-kind-ods = OpenDocument spreadsheet (ODS)
file-kind-txt = Text (TXT)
file-kind-csv = CSV
file-kind-png = PNG image
file-kind-jpeg = JPEG image
file-kind-other = File
## A kind of file inside a sentence ("This file is named as a PDF but...")
file-kind-a-pdf = a PDF
file-kind-a-docx = a Word document (DOCX)
file-kind-a-xlsx = an Excel spreadsheet (XLSX)
file-kind-a-pptx = a PowerPoint presentation (PPTX)
file-kind-a-odt = an OpenDocument text (ODT)
file-kind-a-ods = an OpenDocument spreadsheet (ODS)
file-kind-a-txt = a text file (TXT)
file-kind-a-csv = a CSV file
file-kind-a-png = a PNG image
file-kind-a-jpeg = a JPEG image
upload-empty = The file is empty.
# $types: the list of allowed types, such as "PDF, DOCX, XLSX"
upload-no-extension = The file name has no extension, so we cannot tell what it is. Allowed types: { $types }.
upload-refused-type = Files of type .{ $ext } are not accepted. Allowed types: { $types }.
# $declared, $actual: a kind of file inside a sentence (file-kind-a-...)
upload-not-utf8 = This file is named as { $declared } but its content is not plain text in UTF-8. Save it with UTF-8 encoding and upload it again.
upload-unrecognised = This file is named as { $declared } but its content is not { $declared } or any accepted type.
upload-mismatch = This file is named as { $declared } but its content is { $actual }. Rename it or upload the right file.
# $limit: a size such as "20.0 MB"
upload-too-large = The file is too large. The limit is { $limit }; this file is bigger.
upload-choose-file = Choose the file to upload.
upload-api-no-file = Send the file in a multipart field named 'file'.
## Sizes of files
size-bytes = { $bytes } bytes
size-kb = { $kb } KB
size-mb = { $mb } MB

## Documents: page titles and messages
documents-title = Documents
document-new-title = Add a document
document-edit-title = Edit: { $title }
document-created = The document was added.
document-saved = The changes were saved.
document-version-uploaded = The new version was uploaded and is now current.
# $number: the version brought back; $new: the number it has now
document-version-restored = Version { $number } is current again (as version { $new }).
document-archived = The document was archived. It no longer appears in lists or search.
document-unarchived = The document is back in lists and search.
# $type: a document type, in lower case
document-followed = You will get an email when a { $type } is added or updated.
document-unfollowed = You no longer follow this type of document.
document-error-unknown-type = Unknown document type.
document-error-adopt = Only the secretariat marks a document adopted by the network or superseded.
document-error-adopt-api = Only the secretariat marks a document adopted or superseded.

## Documents: the names of types, statuses, languages and who may see one
document-type-guideline = Guideline
document-type-sop = Standard operating procedure
document-type-referral_form = Referral form
document-type-training = Training material
document-type-report = Report
document-type-presentation = Presentation
document-type-legal_text = Legal text
document-type-other = Other
document-visibility-choice-public = Public: anyone, also without signing in
document-visibility-choice-network = Network: everyone signed in
document-visibility-choice-secretariat = Secretariat only (and the owner organization)
document-visibility-public = Public
document-visibility-network = Network
document-visibility-secretariat = Secretariat only
document-lifecycle-none = Not a network document
document-lifecycle-draft = Draft
document-lifecycle-in_review = In review
document-lifecycle-adopted = Adopted by the network
document-lifecycle-superseded = Superseded
document-language-en = English
document-language-sq = Albanian
document-language-bs = Bosnian
document-language-hr = Croatian
document-language-cnr = Montenegrin
document-language-mk = Macedonian
document-language-sr = Serbian
document-language-de = German
document-language-fr = French
document-variant-translation = Translation
document-variant-adaptation = National adaptation
document-variant-of-translation = Translation of
document-variant-of-adaptation = National adaptation of
document-text-done = Searchable
document-text-failed = Could not be read for search (title and description are still searchable)
document-text-none = Title and description are searchable

## Documents: the form to add a document or edit its details
document-file = File
# $limit: the largest file accepted, such as "20.0 MB"
document-file-hint = PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), text (TXT), CSV, PNG or JPEG; at most { $limit }.
document-file-again = For your safety the browser forgets a chosen file when the form comes back: please choose it again.
document-version-note = Version note
document-choose-several = Hold Ctrl (or Cmd) to choose several.
document-tags-hint = Separate tags with commas, e.g. shelter, children, referral.
document-owner-secretariat = The secretariat
document-supersedes-hint = Optional. The number is shown on each document's page, e.g. "No. 12".
document-not-a-variant = Not a variant
document-review-hint = The owner gets a reminder by email on this date.
document-save-changes = Save changes
document-upload-and-save = Upload and save

## Documents: the list
documents-intro = Guidelines, standard operating procedures, referral forms, training material and reports shared in the network. Each document keeps all its versions.
documents-show-current = Show current documents
documents-show-archived = Show archived documents
documents-filter-country = Country
documents-filter-topic = Register topic
documents-filter-language = Language
documents-col-status = Status
documents-col-owner = Owner
documents-col-updated = Updated
# $type: a document type
documents-following-type = You get an email when a document of this type ({ $type }) is added or updated.
documents-stop-following = Stop following
documents-follow-type = Follow this type ({ $type })
# Follows the button "Follow this type (...)"
documents-follow-why = : get an email when one is added or updated.
documents-table-caption = Documents, newest change first
# $updated: a date; $version: the number of the current version
documents-updated-version = { $updated } (v{ $version })
documents-none = No documents match these filters.

## Documents: one document
# $id: the document's number
document-number = No. { $id }
document-number-label = Document number
document-example = Example: fictional demo document.
document-is-archived = This document is archived. It does not appear in lists or search.
# Followed by the documents that replace this one
document-replaced-by = Replaced by:
document-download = Download { $filename }
# $type: a kind of file; $size: its size; $number: the version's number
document-current-file = { $type }, { $size }, version { $number }
document-review-due = Review due
document-replaces = Replaces
document-search-state = Search
document-variants = Translations and national adaptations
document-countries = Countries
document-events = Events
document-agenda = Agenda items
document-edit-details = Edit details
document-unarchive = Bring back from the archive
document-archive = Archive
document-new-version = Upload a new version
document-new-version-hint = PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG or JPEG; at most { $limit }. It becomes the current version; earlier versions stay available below.
document-what-changed = What changed
document-upload-version = Upload new version
# $type: a document type
document-following-type = You follow { $type } documents.
document-follow-type = Follow { $type } documents
## Documents on another page (an event, a register topic)
documents-add-here = Add a document here
documents-none-yet = No documents yet.

## Search
search-title = Search
# $words: what was typed
search-title-words = Search: { $words }
search-words = Words to find
search-hint = Searches documents (also the text inside PDF, Word, spreadsheet, presentation and text files), events and agenda items, action items, organizations and people, and the legal register. Accents do not matter: "Tirane" finds "Tiranë".
search-too-short = Type at least one word of two or more letters.
search-catching-up = The search index is still taking in recent changes, so some may not be found yet. Try again in a minute.
search-all-results = All results
search-total = { $total } results.
search-total-public = { $total } results among public pages. Sign in to search the network's records.
# $kind: a kind of record, such as "Agenda items"
search-see-all = See all { $count } in { $kind }
search-nothing = Nothing found for “{ $words }”. Try fewer or shorter words.
search-nothing-public = Nothing found for “{ $words }” among public pages. Sign in to search the network's records. Try fewer or shorter words.
search-kind-document = Documents
search-kind-event = Events
search-kind-agenda = Agenda items
search-kind-action = Action items
search-kind-organization = Organizations
search-kind-person = People
search-kind-legal = Legal register

## Document mails
# $who: a person's name; $type: a document type
email-document-added = { $who } added a document ({ $type }) that matches what you follow:
email-document-new-version = { $who } uploaded version { $version } of a document you follow ({ $type }):
email-document-note = Note: { $note }
email-document-open = Open the document
email-document-open-text = Open it: { $url }
email-document-added-subject = New document: { $title }
email-document-new-version-subject = New version { $version } of { $title }
# $review_on: a date
email-document-review-due = The review date of this document has come ({ $review_on }):
email-document-review-ask = Please check that it is still right. Upload a new version if it changed, or set the next review date.
email-document-set-review = Set the next review date
email-document-set-review-text = Set the next review date: { $url }
email-document-review-subject = Time to review: { $title }

## The Kosovo* footnote, wherever a page or a mail names Kosovo*
footnote-label = Footnote
kosovo-footnote = This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.

## Notes the product writes into a record's history, in the language of whoever acts
# $name: who proposed the change; $comment: what they wrote with it
legal-note-proposed-by = Proposed by { $name }
legal-note-proposed-by-comment = Proposed by { $name }: { $comment }
# Stands for the proposer's name when their account is gone
legal-note-proposed-by-member = a member
legal-imported-note = Imported from a CSV file
document-restored-note = Restored version { $number }.
# A comment on an action item reviewed at a meeting. $title: the meeting; $outcome: what was said
matters-reviewed-at = Reviewed at "{ $title }": { $outcome }

## Mails written in code (minutes, the waiting list)
minutes-circulated-subject = Minutes for comment: { $title }
# $deadline: a date as YYYY-MM-DD
minutes-circulated-text = The draft minutes of "{ $title }" are ready. Please read them and comment or propose corrections by { $deadline }.
rsvp-place-free-subject = A place is free: { $title }
rsvp-place-free-text = A place became free and is now yours. We look forward to seeing you.

## Minutes: what changed between two versions, by section
# $section: "Meeting" or an agenda item's title; $part: notes or decisions
minutes-diff-section = { $section } · { $part }
minutes-diff-meeting = Meeting
# An agenda item deleted since: $id is its number
minutes-diff-item = Item { $id }
minutes-diff-notes = notes
minutes-diff-decisions = decisions

## Calendar files (.ics): text the product writes into events and feeds
# $url: the meeting's online link
ics-online = Online: { $url }
ics-moderator = Moderator: { $name }
# $names: the speakers, separated by semicolons
ics-speakers = Speakers: { $names }
ics-network-calendar = Roundtable: network events
# $name: the person whose calendar it is
ics-personal-calendar = Roundtable: { $name }

## Column names of the CSV downloads, as people read them in their spreadsheet. (The legal
## register's export keeps fixed column names: its import reads them back.)

## CSV download of action items: column names
csv-action-id = id
csv-action-title = title
csv-action-owner-organization = owner_organization
csv-action-due-on = due_on
csv-action-priority = priority
csv-action-status = status
csv-action-percent = percent
csv-action-countries = countries
csv-action-tags = tags
csv-action-event-id = event_id

## CSV download of an event's participants: column names
csv-participant-name = name
csv-participant-email = email
csv-participant-organization = organization
csv-participant-country = country
csv-participant-status = status
csv-participant-dietary = dietary
csv-participant-accessibility = accessibility
csv-participant-shares-name = shares_name
csv-participant-attended = attended

## CSV download of the directory: column names
csv-org-id = id
csv-org-name = name
csv-org-acronym = acronym
csv-org-country-code = country_code
csv-org-country = country
csv-org-kind = kind
csv-org-membership-status = membership_status
csv-org-joined-on = joined_on
csv-org-website = website
csv-org-email = email
csv-org-phone = phone
csv-org-address = address
csv-org-services = services

## The register's measured parameters and units of the seeded topics (others stay as the secretariat wrote them)
legal-parameter-maximum-imprisonment = maximum imprisonment
legal-parameter-maximum-imprisonment-when-aggravated = maximum imprisonment when aggravated
legal-parameter-reflection-period = reflection period
legal-parameter-limitation-period = limitation period
legal-unit-days = days
legal-unit-years = years

## Exchange with other directories (HSDS)
directory-export-hsds = Services for other directories (HSDS)
# Written into the HSDS export (in English, the network's working language)
hsds-interpretation = Interpretation can be arranged.
hsds-confidential-location = Confidential location: only the city is shared.
hsds-24-7 = Open 24/7
## Services, contact points and capacity (support: /services)
nav-services = Services
support-title = Services
support-intro = What the network's organizations offer, where and for whom, how to refer, and how much room they have. Figures are counts of places, never people.
support-org-heading = Services in detail
support-totals = Capacity in this list
support-total = { $unit }: { $count } in total
support-total-available = free now: { $count }
support-total-unconfirmed = figures not confirmed in time and not counted: { $count }
support-verified-on = Last confirmed as correct on { $date }
support-verified-by = Last confirmed as correct on { $date } by { $name }
support-never-verified = Nobody has confirmed these details yet
support-empty = No service matches these filters.
support-edit = Edit the service
support-confirm = Confirm these details are still correct
support-where = Where
support-who = Who can come
support-how = How to refer
support-contacts = Contact points
support-capacity = Capacity
support-funding = Funding
support-funded-until = funded until { $date }
support-back-to-list = Back to all services
support-confidential-note = The address is kept confidential: reach the service through its contact points.
support-open-24-7 = Open day and night (24/7)
support-ages = Ages
support-age-range = from { $min } to { $max } years
support-age-from = from { $min } years
support-age-to = up to { $max } years
support-all-ages = any age
support-everyone = Everyone
support-edit-item = Change
support-delete = Remove
support-contact-new-title = Add a contact point
support-contact-edit-title = Change a contact point
support-capacity-new-title = Add a capacity figure
support-capacity-edit-title = Change a capacity figure
support-figure-maximum = { $unit }: { $count } at most
support-figure-funded = funded: { $count }
support-figure-available = free now: { $count }
support-figure-unconfirmed = Not confirmed since { $date }, so not counted in totals
support-figure-as-of = As of { $date }
support-new-title = Add a service
support-edit-title = Edit the service
support-choose = Choose…
support-areas-hint = Municipalities or regions, as you would write them; leave empty when the whole country is served.
support-confidential-hint = Tick for a shelter or any place whose address must stay secret: only your organization and the secretariat see the address; everyone else sees the city and the contact points.
support-genders-hint = Tick none if the service is open to everyone.
support-notice-hint = Needed when the service is suspended: why, and until when.
support-contact-hint = A role, such as an intake desk or a 24/7 line; never a person you help.
support-capacity-hint = Counts of places only, never information about people.
support-available-hint = Seen by member organizations and the secretariat only.
support-expiry-hint = After this date the figure is shown as not confirmed and left out of totals.
support-created = The service was added.
support-saved = The service was saved.
support-confirmed = Thank you: the details are marked as confirmed today.
support-contact-saved = The contact point was saved.
support-contact-deleted = The contact point was removed.
support-capacity-saved = The capacity figure was saved.
support-capacity-deleted = The capacity figure was removed.
support-contact-delete-title = Remove the contact point “{ $role }” of { $service }?
support-contact-delete-consequence = People looking for this service will no longer see this way to reach it.
support-capacity-delete-title = Remove the figure for { $unit } of { $service }?
support-capacity-delete-consequence = The figure leaves the service page and the totals at once.
support-error-age = Enter an age in whole years, from 0 to 120.
support-error-age-range = The highest age cannot be lower than the lowest age.
support-error-modes = Tick at least one way the service works.
support-error-countries = Tick at least one country served.
support-error-country-unknown = { $code } is not a country of the network.
support-error-city-confidential = A confidential location needs a city, so that people know where the service is.
support-error-notice = Say why the service is suspended and until when.
support-error-contact-reach = Give a phone number or an email address.
support-error-negative = A number of places cannot be negative.
support-error-count = Enter a whole number.
support-error-available-max = More places cannot be free than the maximum.
support-error-expiry = The expiry date cannot be before the date of the figure.
support-field-kind = Kind of service
support-field-name = Name
support-field-description = Description
support-field-countries = Countries served
support-field-areas = Municipalities or regions
support-field-modes = How it works
support-field-city = City
support-field-address = Address
support-field-confidential_location = Confidential location
support-field-age_min = Lowest age
support-field-age_max = Highest age
support-field-genders = Sex or gender served
support-field-target_groups = Target groups
support-field-identification = Identification needed
support-field-languages = Languages spoken
support-field-interpretation = Interpretation can be arranged
support-field-referral = How people come
support-field-intake_steps = Intake steps
support-field-hours = Opening hours
support-field-open_24_7 = Open day and night (24/7)
support-field-funding_source = Funding source
support-field-funded_until = Funded until
support-field-status = Status
support-field-status_notice = Notice about the status
support-field-role = Role
support-field-phone = Phone
support-field-email = Email
support-field-available_24_7 = Answers day and night (24/7)
support-field-unit = Unit
support-field-maximum = Maximum
support-field-funded = Funded
support-field-available = Free now
support-field-band = How full
support-field-target_group = Applies to
support-field-as_of = As of
support-field-expires_on = Valid until
support-field-organization_id = Organization
service-mode-on_site = On site
service-mode-mobile = Mobile team
service-mode-remote = Remote (phone or online)
service-gender-female = Women and girls
service-gender-male = Men and boys
service-gender-other = Other gender identities
service-group-children = Children
service-group-families = Families
service-group-third_country_nationals = Third-country nationals
service-group-returnees = Returnees
service-group-adults = Adults
service-group-women = Women
service-group-men = Men
service-identification-presumed = A presumed victim is enough
service-identification-formal = Formal identification as a victim is required
service-referral-referral = By referral only
service-referral-self = By referral or self-referral
service-status-active = Active
service-status-suspended = Temporarily suspended
service-status-closed = Closed
capacity-unit-beds = Beds
capacity-unit-places = Places
capacity-unit-persons_month = Persons per month
capacity-unit-transports_month = Transports per month
capacity-unit-case_slots = Case slots
capacity-band-available = Places free
capacity-band-limited = Limited
capacity-band-full = Full
capacity-band-waiting_list = Waiting list
spoken-language-sq = Albanian
spoken-language-sr = Serbian
spoken-language-bs = Bosnian
spoken-language-hr = Croatian
spoken-language-mk = Macedonian
spoken-language-en = English
spoken-language-de = German
spoken-language-fr = French
spoken-language-it = Italian
spoken-language-tr = Turkish
spoken-language-ro = Romanian
spoken-language-ru = Russian
spoken-language-uk = Ukrainian
spoken-language-ar = Arabic
spoken-language-fa = Persian (Farsi)
spoken-language-ur = Urdu
spoken-language-ps = Pashto
spoken-language-bn = Bengali
spoken-language-hi = Hindi
spoken-language-zh = Chinese
spoken-language-es = Spanish
spoken-language-rom = Romani
## Referral pathways, the pathway matrix and finding help across borders (pathways)
nav-pathways = Referral pathways
pathways-title = Referral pathways
pathways-intro = How a person is referred from one country to another, for each kind of service: who does what, how long each step may take, what may be shared and whom to call.
pathways-legend = What the labels mean
pathways-legend-agreed = the partners have agreed it and it can be used
pathways-legend-draft = still being worked out; do not use it yet
pathways-legend-suspended = on hold for now; check with the secretariat
pathways-scroll-hint = The table scrolls sideways inside its box.
pathways-matrix-region = Pathway matrix, scrollable
pathways-matrix-caption = Referral pathways: countries referring from (rows) to countries receiving (columns)
pathways-from-to = From \ To
pathways-none-here = No pathway
pathways-list-title = All pathways
pathways-none = No pathway matches these filters.
pathways-back = Back to the pathway matrix
pathway-new = New pathway
pathway-edit = Edit pathway
pathway-saved = The pathway was saved.
pathway-used-saved = Recorded: the pathway was used today.
pathway-route = From { $from } to { $to }
pathway-from = Referred from
pathway-to = Referred to
pathway-kind = Kind of service
pathway-status = Status
pathway-status-draft = Draft
pathway-status-agreed = Agreed
pathway-status-suspended = Suspended
pathway-service = Receiving service
pathway-no-service = Not named yet
pathway-contact = Contact point
pathway-no-contact = No contact point named
pathway-contact-24-7 = available day and night
pathway-consent = Informed consent
pathway-consent-hint = How consent is asked for and recorded before anything is shared.
pathway-child-consent = Consent for children
pathway-information = Information that may be shared
pathway-information-hint = Only these kinds of information may travel with a referral, and only with consent.
pathway-information-identity_documents = Identity documents
pathway-information-medical_needs = Medical needs
pathway-information-language = Language
pathway-information-safety_risks = Safety risks
pathway-information-family_situation = Family situation
pathway-information-legal_status = Legal status
pathway-escort = Escort
pathway-escort-cost = Who pays for travel and escort
pathway-document = Agreement or standard procedure
pathway-barriers = Known legal barriers
pathway-barriers-hint = Entries of the legal-disparity register that make this referral harder.
pathway-barrier-topic = Register topic
pathway-barrier-country = Country of the entry
pathway-no-barriers = None recorded
pathway-steps = Steps
pathway-steps-hint = In order: who does what, and the most days it may take. Leave a row empty to skip it.
pathway-step-number = Step { $n }
pathway-step-actor = Who
pathway-step-action = What they do
pathway-step-days = Most days it may take
pathway-step-days-at-most = { $count ->
    [one] at most { $count } day
   *[other] at most { $count } days
}
pathway-total-days = All steps together take at most { $count ->
    [one] { $count } day
   *[other] { $count } days
}.
pathway-no-steps = No steps written down yet.
pathway-not-set = Not set
pathway-not-named = (none)
pathway-choose = Choose…
pathway-not-agreed = This pathway is not agreed: check with the secretariat before using it.
pathway-last-used = Last used
pathway-never-used = Not used yet
pathway-used-today = Used today
pathway-error-same-country = Choose a different country from the one referring.
pathway-error-service-kind = This service is of another kind.
pathway-error-service-country = This service does not work in the receiving country.
pathway-error-contact = Choose a contact point of the receiving service.
pathway-error-consent = An agreed pathway needs its consent rule.
pathway-error-days = Write a whole number of days from 0 to 365.
find-title = Find help across borders
find-intro = Describe the situation, not the person: the services that fit are listed with their room, their contact point and the referral pathway from your country.
find-nothing-kept = Nothing about this search is kept: no record, no history, and the address you searched is not logged.
find-country = Help needed in
find-age = Age
find-gender = Sex or gender
find-gender-female = Female
find-gender-male = Male
find-gender-other = Other
find-language = Language spoken
find-identification = Identification
find-identification-presumed = Presumed victim (not formally identified)
find-identification-formal = Formally identified
find-needed-from = Needed from
find-from = Referring from
find-from-own = My organization's country
find-submit = Find services
find-results = { $count ->
    [one] { $count } service fits
   *[other] { $count } services fit
}
find-none = No service fits this situation. Try leaving out the language or the kind of service.
find-interpretation = The staff do not speak this language: interpretation can be arranged.
find-capacity = Room
find-as-of = as of
find-capacity-unconfirmed = not confirmed since { $date }
find-no-capacity = No figures given
find-verified = Details last checked
find-never-verified = never
find-funding-ends = Funding ends before help is needed:
find-pathway = Referral pathway
find-no-pathway = None from your country yet
search-kind-service = Services
## Figures for the roundtable (monthly counts per service kind, quarterly reports)
nav-figures = Figures
figures-title = Figures
figures-intro = How many people the network's organizations referred, received and assisted, by country and service, from their monthly counts. Counts only: no figure describes a person.
figures-suppression-note = Figures from 1 to { $threshold } minus one are shown as “<{ $threshold }”, and where a total would give one away another figure is hidden too.
figures-below = <{ $threshold }
figures-quarter = Q{ $quarter } { $year }
figures-quarter-label = Quarter
figures-kind = Service
figures-country = Country
figures-flow-corner = From \ to
figures-total = Total
figures-reporting = { $count ->
    [one] One organization reported figures for this quarter.
   *[other] { $count } organizations reported figures for this quarter.
}
figures-example-notice = These figures include fictional demo figures.
figures-report-link = Report my organization's figures
figures-download-csv = Download CSV
figures-table-by-country = By country
figures-table-by-kind = People newly assisted, by service
figures-table-flows = Cross-border referrals
figures-table-unmet = Unmet demand: referrals declined for lack of capacity
figures-table-own = My organization's figures (exact, only for you)
figures-table-gaps = Coverage gaps
figures-own-hint = Only your organization's members see these exact numbers; everyone else sees country totals.
figures-own-none = Your organization has not reported figures for this quarter.
figures-gaps-hint = Where no organization reported a service in a country, or nobody was assisted.
figures-gap-no-report = no report
figures-gap-none-assisted = nobody assisted
figures-gap-covered = covered
figures-chart-title = People newly assisted, by country
figures-chart-caption = The same figures are in the first table below.
figures-measure-received = Referrals received
figures-measure-sent = Referrals sent
figures-measure-new = Newly assisted
figures-measure-ongoing = Assisted, ongoing
figures-measure-declined = Referrals declined
figures-measure-bed_nights = Bed-nights
figures-csv-quarter = Quarter
figures-csv-table = Table
figures-csv-row = Row
figures-csv-column = Column
figures-csv-value = Value
figures-mine-title = My organization's figures
figures-mine-intro = One form a month for each service: counts only. A month stays open until the 10th of the next month; later changes are recorded as corrections.
figures-back-to-report = Back to the network's figures
figures-reported = reported
figures-not-reported = not reported yet
figures-month-open = Open until { $date }.
figures-month-closed = Closed.
figures-form-title = { $kind }: { $month }
figures-correction-note = Saving now records a correction, with your name and the time.
figures-counts-only = Whole numbers only, from 0 up; leave a field empty for 0. Never enter names or other details of a person.
figures-breakdown = Breakdown of people assisted
figures-breakdown-show = Show these fields
figures-breakdown-none = No breakdown
figures-breakdown-sex = By sex
figures-breakdown-age = Children and adults
figures-breakdown-origin = National, regional or third-country
figures-breakdown-hint-none = One number for everyone.
figures-breakdown-hint-sex = One number for each group; together they make the total.
figures-breakdown-hint-age = Children are under 18.
figures-breakdown-hint-origin = Regional: from another country of the network.
figures-category-all = Everyone
figures-category-female = Women and girls
figures-category-male = Men and boys
figures-category-other = Another gender
figures-category-child = Children
figures-category-adult = Adults
figures-category-national = Nationals
figures-category-regional = From the region
figures-category-third_country = From third countries
figures-group-referrals = Referrals received
figures-group-sent = Referrals sent, by destination country
figures-group-sent-hint = Referrals to an organization in each country, your own included.
figures-group-new = People newly assisted
figures-group-ongoing = People assisted, ongoing
figures-group-declined = Referrals declined, by reason
figures-group-occupancy = Occupancy
figures-field-received = Number of referrals received
figures-field-bed_nights = Bed-nights (one person for one night is one)
figures-reason-no_capacity = No capacity
figures-reason-not_eligible = Not eligible
figures-reason-no_consent = No consent
figures-reason-other = Another reason
figures-error-number = Enter a whole number, such as 0 or 12.
figures-error-negative = A count cannot be below 0.
figures-error-too-large = Enter at most { $max }.
figures-saved = The figures are saved.
figures-revisions = Saves
figures-revision-saved = Version { $version } saved by { $name }, { $when }.
figures-revision-correction = Version { $version }: corrected by { $name }, { $when }, after the month closed.
## Services kept fresh: the monthly "still correct?" mail, the secretariat's list of services to check, capacity and funding notices
category-services = Services
freshness-review-title = Services to check
freshness-review-lists = Lists of services to check
freshness-unconfirmed-heading = Not confirmed for { $days } days
freshness-funding-heading = Funding ending within { $months } months
freshness-last-confirmed = Last confirmed { $date }
freshness-never-confirmed = Never confirmed
freshness-funded-until = Funded until { $date }
freshness-see-all = See all ({ $count })
freshness-unconfirmed-none = Every service has been confirmed lately.
freshness-funding-none = No service's funding ends in the coming months.
freshness-col-service = Service
freshness-col-organization = Organization
freshness-col-funded-until = Funded until
freshness-col-confirmed = Last confirmed
freshness-confirm-title = Are the details still correct?
freshness-confirm-question = Are the details of { $service } ({ $organization }) in the network's directory of services still correct?
freshness-confirm-submit = Yes, still correct
freshness-confirm-done = Thank you: { $service } is confirmed as of { $date }.
freshness-confirm-thanks = If something changes, please sign in and update the service's details.
freshness-link-invalid-title = This link does not work
freshness-link-invalid-text = The link is incomplete or has expired (links work for 45 days), or the service no longer exists. Sign in to confirm or update your organization's services, or wait for next month's email.
freshness-link-invalid-sign-in = Sign in
email-service-confirm-subject = Are the services of { $organization } still correct?
email-service-confirm-intro = Once a month we ask the focal points of { $organization } to check its services in the network's directory of services. Services listed: { $count }.
email-service-confirm-how = If a service's details are still correct, one click is enough. If something has changed, please update them.
email-service-confirm-still-correct = Still correct
email-service-confirm-update = Update
email-service-confirm-expiry = The links work for { $days } days.
email-service-full-subject = Full: { $service } ({ $organization })
email-service-full-text = { $service } ({ $organization }) reports that it is full: { $unit ->
    [beds] beds
    [places] places
    [persons_month] people per month
    [transports_month] transports per month
    [case_slots] case slots
   *[other] { $unit }
}.
email-service-full-group = For: { $group ->
    [children] children
    [families] families
    [third_country_nationals] third-country nationals
    [returnees] returnees
    [adults] adults
    [women] women
    [men] men
   *[other] { $group }
}
email-service-full-as-of = Figure as of { $date }.
email-service-open = Open the service
email-service-open-text = Open the service: { $url }
email-service-funding-subject = Funding of { $service } ends on { $date }
email-service-funding-text = The funding of { $service } ({ $organization }) ends on { $date }, { $months ->
    [one] about a month from now
   *[other] about { $months } months from now
}.
email-service-funding-source = Funded by: { $source }
freshness-follow-title = Follow services
freshness-follow-intro = Hear by email when a service working in a country, or a kind of service, reports a change in its places: available, few left, full or a waiting list.
freshness-follow-countries = By country served
freshness-follow-kinds = By kind of service
freshness-following = Following
freshness-follow = Follow
freshness-unfollow = Stop following
freshness-followed = You now follow it.
freshness-unfollowed = You no longer follow it.
freshness-follow-bad = There is nothing to follow by that name.
email-service-band-subject = { $service }: { $band ->
    [available] places available
    [limited] few places left
    [full] full
    [waiting_list] waiting list
   *[other] { $band }
}
email-service-band-text = The capacity of { $service } ({ $organization }) for { $unit ->
    [beds] beds
    [places] places
    [persons_month] people per month
    [transports_month] transports per month
    [case_slots] case slots
   *[other] { $unit }
} is now: { $band ->
    [available] places available
    [limited] few places left
    [full] full
    [waiting_list] waiting list
   *[other] { $band }
}.
email-service-band-why = You receive this because you follow services by country or kind. To change that: { $url }
figures-percent = { $percent }%
figures-no-rate = not shown
figures-table-occupancy = Occupancy: bed-nights against beds
figures-occupancy-chart = Occupancy, by country
figures-occupancy-chart-caption = The same rates are in the table below; a country without a rate has no bar.
figures-beds = Beds
figures-occupancy-rate = Occupancy
figures-occupancy-note = Occupancy is the bed-nights reported divided by beds × { $days } days of the quarter. Beds are the sum of the maximum of the bed figures, confirmed and not expired today, of each country's active services. No rate is shown where the bed-nights are hidden or there are no beds.
figures-table-at-risk = Capacity at risk: funding ending within six months
figures-at-risk-corner = Country: service
figures-services = Services
figures-capacity = Capacity
figures-funded-until = Funded until (earliest)
figures-no-capacity-figure = no confirmed capacity figure
figures-at-risk-hint = Services that are not closed and whose funding ends in the next six months, earliest first, with their confirmed capacity. Capacities are places, not people, so they are not hidden.
figures-at-risk-none = No service's funding ends in the next six months.
figures-breakdowns = People assisted, by breakdown
figures-breakdowns-hint = Each organization reports one breakdown a month; each table counts only the organizations that chose it, so these tables do not add up to the totals above.
figures-breakdown-reported = { $count ->
    [one] Reported by one organization this quarter.
   *[other] Reported by { $count } organizations this quarter.
}
# Figures on the post-meeting report and the dashboard
glance-newly-assisted = People newly assisted
glance-sent-across-borders = Referrals sent to another country
glance-declined-no-capacity = Referrals declined for lack of capacity
post-report-figures = Figures for the roundtable: { $quarter }
post-report-figures-link = All figures for { $quarter }
post-report-figures-none = No organization reported figures for this quarter.
post-report-figures-chart-caption = The same figures are in the table below, with the other measures.
post-report-figures-choose = Figures on this report
post-report-figures-default = { $quarter } (the quarter before the meeting)
post-report-figures-off = No figures
post-report-figures-show = Show
dashboard-figures-month = Your organization's figures for { $month }
dashboard-figures-no-kinds = Your organization has no services listed yet: report its figures from the figures page.
dashboard-figures-missing = Not reported yet:
dashboard-figures-all-reported = Every sheet of the month is reported. Thank you.
dashboard-figures-reported = Reported:
dashboard-figures-all-months = All months
dashboard-figures-see-network = The network's figures
dashboard-services-unconfirmed = Your services not confirmed for { $days } days
dashboard-services-unconfirmed-hint = Open a service and confirm its details if they are still correct, or update them.
dashboard-services-unconfirmed-none = All your services were confirmed within the last { $days } days.
dashboard-figures-network = The network in { $quarter }
dashboard-figures-organizations = Member organizations that reported figures for { $month }: { $reported } of { $total }.
dashboard-figures-chart-caption = The same figures are in the table below.
dashboard-figures-all = All figures for the quarter

## HSDS import
hsds-import-title = Import services (HSDS)
hsds-import-link = Import services (HSDS)
hsds-import-intro = Upload another directory's services in the Human Services Data Specification (Open Referral HSDS 3.0, capacity from 3.1): a data package (a ZIP file with datapackage.json and CSV files, as our own export) or HSDS JSON.
hsds-import-rules = The whole package is checked first: if anything is wrong, nothing is saved and every problem is listed with its file, line and field. Organizations must already be in the directory. A service, contact point or capacity figure we exported is updated; others are added. Nothing is removed, and a confidential address is never overwritten.
hsds-import-package = HSDS package (ZIP or JSON)
hsds-import-submit = Check and import
hsds-import-done = The package was imported.
hsds-import-unchanged = Nothing changed: the directory already held everything in the package.
hsds-import-organizations = Organizations found in the directory
hsds-import-done-caption = What the import saved
hsds-import-what = Records
hsds-import-created = Added
hsds-import-updated = Updated
hsds-import-row-services = Services
hsds-import-row-contacts = Contact points
hsds-import-row-capacity = Capacity figures
hsds-import-see-services = See the services
hsds-import-has-errors = The package was not imported and nothing was saved. Correct these problems and upload it again.
hsds-import-problems-caption = Problems in the package
hsds-import-file = File
hsds-import-line = Line
hsds-import-field = Field
hsds-import-problem = Problem
hsds-import-whole-package = The whole upload
hsds-import-phone-role = Phone
hsds-import-error-empty = The file is empty.
hsds-import-error-too-large = The file is larger than { $limit }.
hsds-import-error-not-package = This is neither a ZIP data package nor HSDS JSON.
hsds-import-error-zip = The ZIP file cannot be read.
hsds-import-error-too-many-files = The ZIP file holds more than { $limit } files.
hsds-import-error-entry-too-large = This file unpacks to more than { $limit }.
hsds-import-error-unpacked-too-large = The package unpacks to more than { $limit } in all.
hsds-import-error-file-missing = The package has no { $file }.
hsds-import-error-descriptor = datapackage.json is not valid JSON.
hsds-import-error-utf8 = This file is not UTF-8 text.
hsds-import-error-csv = This line cannot be read as CSV (a stray quote or the wrong number of cells).
hsds-import-error-column = The column { $column } is missing.
hsds-import-error-too-many-rows = This file has more than { $limit } rows.
hsds-import-error-json = This is not valid JSON.
hsds-import-error-json-shape = Each service in HSDS JSON must be an object.
hsds-import-error-required = This field is required.
hsds-import-error-duplicate = This id is already used on line { $line }.
hsds-import-error-reference = No row of { $file } has the id { $id }.
hsds-import-error-organization = The organization “{ $name }” is not in the directory. Add it first, or use the id our export gives it.
hsds-import-error-other-organization = This service belongs to another organization in the directory.
hsds-import-error-kind = “{ $code }” is not a kind of service we record.
hsds-import-error-kind-missing = The kind of service is missing: link the service to one of our service kinds in attributes.csv.
hsds-import-error-country = “{ $name }” is not a country of the network.
hsds-import-error-language = “{ $code }” is not one of the languages we record.
hsds-import-error-unit = “{ $unit }” is not a unit we record (beds, places, persons per month, transports per month, case slots).
hsds-import-error-status = “{ $status }” is not an HSDS status (active, inactive, defunct, temporarily closed).
hsds-import-error-date = This is not a date: write it as 2026-12-31 or 2026-12-31T09:00:00Z.
hsds-import-error-number = This is not a whole number.
hsds-import-error-changed = A service changed while the package was being imported, so nothing was saved. Import the package again.
hsds-import-error-unreadable = The upload broke off. Please try again.
