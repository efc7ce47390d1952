# Albanian (shqip) catalogue of Roundtable.
# Status: draft translation, not yet reviewed by a native speaker.

## Roundtable message catalogue: English.
## Keep sentences short and plain; many readers use English as a second language.

app-name = Roundtable
skip-to-content = Kalo te përmbajtja kryesore
nav-label = Navigimi kryesor
nav-dashboard = Përmbledhja
nav-directory = Adresari
nav-admin = Administrimi
nav-settings = Cilësimet
nav-sign-in = Hyr
nav-sign-out = Dil
signed-in-as = Keni hyrë si { $name }
footer-text = Roundtable është hapësira e përbashkët e punës e rrjetit rajonal. Nuk ruan kurrë të dhëna personale të viktimave të trafikimit.
paging-label = Faqet
paging-summary = Faqja { $page } nga { $pages }
paging-previous = Faqja e mëparshme
paging-next = Faqja tjetër
paging-total = { $total ->
    [one] Një rezultat
   *[other] { $total } rezultate
}
form-errors-title = Ju lutemi, korrigjoni fushat e shënuara më poshtë.
form-required = e detyrueshme
save = Ruaj
cancel = Anulo
apply-filters = Zbato filtrat
clear-filters = Pastro filtrat
any = Të gjitha
yes = Po
no = Jo
none-yet = Ende nuk ka asgjë këtu.

role-secretariat = Sekretariati
role-member = Organizatë anëtare
role-observer = Vëzhgues

landing-title = Mirë se vini në Roundtable
landing-intro = Në Roundtable, rrjeti rajonal i organizatave që mbështesin viktimat e trafikimit të qenieve njerëzore planifikon takimet, ndjek zbatimin e asaj që është rënë dakord dhe krahason ligjet kombëtare.
landing-countries = Rrjeti punon në Shqipëri, Bosnjë dhe Hercegovinë, Kosovë*, Mal të Zi, Maqedoni të Veriut dhe Serbi.
landing-sign-in = Hyni për të vazhduar

dashboard-title = Përmbledhja
dashboard-welcome = Mirë se vini, { $name }.
dashboard-directory = Organizatat e rrjetit sipas vendit

login-title = Hyr
login-email = Adresa e email-it
login-password = Fjalëkalimi
login-submit = Hyr
login-invalid = Adresa e email-it ose fjalëkalimi nuk është i saktë. Ju lutemi, provoni përsëri.
login-throttled = Shumë përpjekje të dështuara për të hyrë. Ju lutemi, prisni 15 minuta dhe provoni përsëri.
logout-done = Dolët nga llogaria.

set-password-title = Zgjidhni fjalëkalimin tuaj
set-password-intro = Zgjidhni një fjalëkalim me të paktën 10 shenja. Një fjali e shkurtër mbahet mend lehtë dhe gjendet me vështirësi nga të tjerët.
set-password-new = Fjalëkalimi i ri
set-password-confirm = Shkruani përsëri fjalëkalimin
set-password-submit = Ruaj fjalëkalimin
set-password-invalid = Kjo lidhje ka skaduar ose është përdorur tashmë. Kërkojini sekretariatit një lidhje të re.
set-password-done = Fjalëkalimi juaj u ruajt. Tani mund të hyni.
password-mismatch = Dy fjalëkalimet nuk janë të njëjta.

directory-title = Adresari
directory-intro = Organizatat anëtare dhe partnerët e rrjetit, me shërbimet që ofrojnë.
directory-search = Emri ose akronimi
directory-country = Vendi
directory-kind = Lloji i organizatës
directory-service = Shërbimi
directory-status = Anëtarësia
directory-include-archived = Përfshi organizatat e arkivuara
directory-export = Shkarko si CSV
directory-service-map = Harta e shërbimeve
directory-new = Shto një organizatë
directory-empty = Asnjë organizatë nuk përputhet me këta filtra.
directory-col-name = Organizata
directory-col-country = Vendi
directory-col-kind = Lloji
directory-col-services = Shërbimet
archived = E arkivuar

service-map-title = Harta e shërbimeve
service-map-intro = Cilat shërbime ofrojnë organizatat e rrjetit në secilin vend.
service-map-service = Shërbimi
service-map-none = asnjë

org-new-title = Shto një organizatë
org-edit-title = Ndrysho organizatën
org-created = Organizata u shtua.
org-saved = Ndryshimet tuaja u ruajtën.
org-archived = Organizata u arkivua.
org-restored = Organizata u rikthye.
org-name = Emri
org-acronym = Akronimi
org-country = Vendi
org-country-choose = Zgjidhni një vend
org-kind = Lloji i organizatës
org-membership = Statusi i anëtarësisë
org-joined = Iu bashkua rrjetit më
org-joined-hint = Formati: VVVV-MM-DD, për shembull 2019-03-15.
org-website = Faqja e internetit
org-email = Adresa e email-it
org-phone = Telefoni
org-address = Adresa
org-description = Përshkrimi
org-services = Shërbimet që ofron
org-services-hint = Shënoni çdo shërbim dhe, nëse është e dobishme, shkruani kapacitetin (për shembull "12 vende në strehëz, gra dhe fëmijë").
org-capacity = Shënim për kapacitetin: { $service }
org-people = Personat
org-add-person = Shto një person
org-edit = Ndrysho
org-archive = Arkivo këtë organizatë
org-restore = Rikthe këtë organizatë
org-details = Të dhënat

org-kind-cso = Organizatë e shoqërisë civile
org-kind-government = Institucion shtetëror
org-kind-international = Organizatë ndërkombëtare
org-kind-donor = Donator
org-kind-other = Tjetër

membership-member = Anëtar
membership-observer = Vëzhgues
membership-former = Ish-anëtar

service-shelter = Strehëz
service-medical_screening = Kontroll mjekësor
service-psychosocial_support = Mbështetje psikosociale
service-legal_aid = Ndihmë juridike
service-social_services = Shërbime sociale
service-return_transport = Transport për kthim
service-reintegration_assistance = Ndihmë për riintegrim
service-vocational_training = Formim profesional
service-hotline = Linjë telefonike ndihme
service-identification_outreach = Identifikim dhe punë në terren
service-other = Tjetër
service-interpretation = Interpretim
service-child_protection = Mbrojtja e fëmijëve

network-role-focal_point = Pika e kontaktit
network-role-deputy_focal_point = Zëvendës i pikës së kontaktit
network-role-contact = Kontakt
network-role-director = Drejtor
network-role-other = Tjetër

person-new-title = Shto një person
person-edit-title = Ndrysho personin
person-created = Personi u shtua.
person-saved = Ndryshimet tuaja u ruajtën.
person-archived = Personi u arkivua.
person-restored = Personi u rikthye.
person-name = Emri
person-title = Pozicioni i punës
person-organization = Organizata
person-email = Adresa e email-it
person-phone = Telefoni
person-languages = Gjuhët
person-languages-hint = Për shembull: shqip, anglisht
person-network-role = Roli në rrjet
person-archive = Arkivo këtë person
person-restore = Rikthe këtë person

settings-password = Ndrysho fjalëkalimin
settings-password-submit = Ndrysho fjalëkalimin
settings-password-changed = Fjalëkalimi juaj u ndryshua. Në shfletuesit e tjerë ku kishit hyrë në llogarinë tuaj, jeni nxjerrë nga llogaria.
settings-title = Cilësimet
settings-profile = Profili juaj
settings-name = Emri juaj
settings-language = Gjuha
settings-time-zone = Zona kohore
settings-saved = Cilësimet tuaja u ruajtën.
settings-tokens = Tokenët e API-së
settings-tokens-intro = Skriptet dhe programet e tjera mund të përdorin API-në JSON me një token personal. Ruajeni tokenin me kujdes, si një fjalëkalim.
settings-token-name = Emri i tokenit
settings-token-name-hint = Për çfarë shërben tokeni, për shembull "Skripti i raportit mujor".
settings-token-create = Krijo tokenin
settings-token-new = Tokeni juaj i ri. Kopjojeni tani: nuk do të shfaqet më.
settings-token-revoke = Shfuqizo
settings-token-created = Krijuar
settings-token-last-used = Përdorur së fundi
settings-token-never = asnjëherë
settings-tokens-none = Nuk keni tokenë API.
token-revoked = Tokeni u shfuqizua. Programet që e përdorin nuk mund të lidhen më.

admin-person-title = Personi i adresarit për këtë llogari
admin-person-intro = Llogaria i përket këtij personi të adresarit: ftesat, përgjigjet dhe detyrat e këtij personi janë edhe të llogarisë.
admin-person = Personi i adresarit
admin-person-none = Asnjë person i adresarit
admin-person-taken = i përket një llogarie tjetër
admin-person-change = Ndrysho
admin-person-choose = Zgjidhni një person nga lista.
admin-title = Administrimi
admin-users = Llogaritë e përdoruesve
admin-new-user = Fto një përdorues
admin-countries = Vendet
admin-col-name = Emri
admin-col-email = Email-i
admin-col-role = Roli
admin-col-organization = Organizata
admin-col-status = Statusi
admin-col-last-login = Hyrja e fundit
admin-active = Aktive
admin-inactive = E çaktivizuar
admin-deactivate = Çaktivizo
admin-activate = Aktivizo
user-new-title = Fto një përdorues
user-email = Adresa e email-it
user-name = Emri
user-role = Roli
user-organization = Organizata
user-organization-none = Asnjë organizatë
user-created-title = Llogaria u krijua
user-created-text = Llogaria për { $name } ({ $email }) u krijua dhe personit iu dërgua me email një ftesë për të zgjedhur fjalëkalimin. Lidhja në ftesë është e vlefshme për 7 ditë.
user-saved = Llogaria u përditësua.
user-cannot-deactivate-self = Nuk mund ta çaktivizoni llogarinë tuaj.
countries-title = Vendet
countries-intro = Gjashtë vendet e rrjetit janë të përfshira që në fillim. Shtoni këtu vendet partnere jashtë rajonit.
country-code = Kodi ISO
country-code-hint = Dy shkronja, për shembull IT.
country-name = Emri
country-region = Në rajon
country-add = Shto vendin
country-added = Vendi u shtua.

error-back-home = Shko te faqja e fillimit

## Email
email-footer = E merrni këtë mesazh sepse keni një llogari në Roundtable, hapësirën e punës së rrjetit rajonal.
email-unsubscribe = Çregjistrohu nga këto email-e
email-preferences = Ndrysho preferencat e email-eve
email-hello = Përshëndetje, { $name },
email-link-fallback = Nëse butoni nuk funksionon, kopjojeni këtë adresë në shfletuesin tuaj:
email-invitation-subject = Jeni ftuar në Roundtable
email-invitation-intro = { $inviter } ju krijoi një llogari në Roundtable, hapësirën e përbashkët të punës së rrjetit rajonal.
email-invitation-action = Zgjidh fjalëkalimin
email-invitation-expiry = Kjo lidhje mund të përdoret një herë dhe është e vlefshme për 7 ditë.
email-reset-subject = Rivendosni fjalëkalimin tuaj të Roundtable
email-reset-intro = Dikush kërkoi të rivendosë fjalëkalimin e llogarisë suaj në Roundtable. Përdorni këtë lidhje për të zgjedhur një fjalëkalim të ri:
email-reset-action = Zgjidh një fjalëkalim të ri
email-reset-expiry = Lidhja mund të përdoret një herë dhe është e vlefshme për 1 orë.
email-reset-ignore = Nëse nuk e keni kërkuar ju këtë, mund ta shpërfillni këtë email; fjalëkalimi juaj mbetet i njëjtë.
email-change-subject = Konfirmoni adresën tuaj të re të email-it
email-change-intro = Ju lutemi, konfirmoni që { $address } është adresa juaj e re e email-it për Roundtable.
email-change-action = Konfirmo adresën e re
email-change-expiry = Lidhja mund të përdoret një herë dhe është e vlefshme për 24 orë. Derisa ta konfirmoni, përdoret adresa juaj e vjetër.
email-changed-subject = Adresa juaj e email-it në Roundtable po ndryshon
email-changed-intro = Dikush kërkoi që adresa e email-it e llogarisë suaj në Roundtable të ndryshohet në { $address }. Ndryshimi bëhet vetëm kur të konfirmohet adresa e re.
email-changed-not-you = Nëse nuk ishit ju, hyni në llogari, ndryshoni fjalëkalimin dhe njoftoni sekretariatin.
email-digest-daily-subject = { $count ->
    [one] Përmbledhja juaj ditore nga Roundtable: 1 përditësim
   *[other] Përmbledhja juaj ditore nga Roundtable: { $count } përditësime
}
email-digest-weekly-subject = { $count ->
    [one] Përmbledhja juaj javore nga Roundtable: 1 përditësim
   *[other] Përmbledhja juaj javore nga Roundtable: { $count } përditësime
}
email-digest-intro = { $count ->
    [one] Ja 1 përditësim që nga përmbledhja juaj e fundit.
   *[other] Ja { $count } përditësime që nga përmbledhja juaj e fundit.
}
email-test-subject = Mesazh prove nga Roundtable
email-test-body = Ky është një mesazh prove nga Roundtable. Nëse mund ta lexoni, dërgimi i email-eve funksionon.

## Password reset and address change
login-forgot = Keni harruar fjalëkalimin?
reset-title = Rivendosni fjalëkalimin tuaj
reset-intro = Shkruani adresën e email-it të llogarisë suaj. Do t'ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
reset-submit = Dërgo lidhjen
reset-sent = Nëse ekziston një llogari me këtë adresë, i kemi dërguar asaj një lidhje për të zgjedhur një fjalëkalim të ri. Lidhja është e vlefshme për 1 orë. Nëse nuk ju vjen, kontrolloni dosjen e postës së padëshiruar (spam).
confirm-email-title = Konfirmoni adresën tuaj të re të email-it
confirm-email-intro = Të përdoret { $address } si adresa juaj e email-it për Roundtable nga tani e tutje?
confirm-email-submit = Po, përdor këtë adresë
confirm-email-done = Adresa juaj e email-it u ndryshua.
confirm-email-invalid = Kjo lidhje ka skaduar ose është përdorur tashmë. Mund të kërkoni një të re te Cilësimet.

## Settings: email and notifications
settings-email = Adresa e email-it
settings-email-current = Adresa juaj e email-it është { $address }.
settings-new-email = Adresa e re e email-it
settings-current-password = Fjalëkalimi juaj aktual
settings-email-submit = Ndrysho adresën e email-it
email-change-sent = Dërguam një lidhje konfirmimi në adresën e re. Ndryshimi bëhet kur ta hapni.
notifications-title = Njoftimet me email
notifications-intro = Zgjidhni si doni të njoftoheni për secilin lloj lajmi. Përmbledhjet vijnë në mëngjes, sipas zonës suaj kohore (ato javore vijnë të hënën).
notifications-saved = Preferencat tuaja të email-eve u ruajtën.
notifications-account-note = Email-et për llogarinë tuaj (ftesat, rivendosja e fjalëkalimit, ndryshimi i adresës) dërgohen gjithmonë.
delivery-immediately = Menjëherë
delivery-daily = Përmbledhje ditore
delivery-weekly = Përmbledhje javore
delivery-off = Çaktivizuar
category-events = Aktivitetet dhe ftesat
category-agenda = Ndryshimet e axhendës
category-action_items = Detyrat
category-legal = Regjistri i dallimeve ligjore
category-documents = Dokumentet
category-digest = Përmbledhjet me email
unsubscribe-title = Çregjistrimi
unsubscribe-intro = Të mos merrni më email-e për: { $category }?
unsubscribe-submit = Çregjistrohu
unsubscribe-done = Nuk do t'i merrni më këto email-e. Mund ta ndryshoni këtë në çdo kohë te preferencat e email-eve.

## Admin: mail
admin-mail = Radha e email-eve
mail-title = Radha e email-eve
mail-pending = Në pritje për t'u dërguar
mail-sent-today = Dërguar sot
mail-failed = Dështoi, do të provohet përsëri
mail-dead = Nuk u dorëzua dot
mail-dead-title = Mesazhet që nuk u dorëzuan dot
mail-dead-none = Nuk ka mesazhe të padorëzuara.
mail-col-to = Marrësi
mail-col-subject = Subjekti
mail-col-error = Gabimi
mail-col-attempts = Përpjekjet
mail-retry = Provo përsëri
mail-discard = Hidh poshtë
mail-retried = Mesazhi u vu përsëri në radhë.
mail-discarded = Mesazhi u hodh poshtë.

## Events
nav-events = Aktivitetet
events-title = Aktivitetet
events-upcoming = Aktivitetet e ardhshme
events-past = Aktivitetet e kaluara
events-year = Viti
events-none = Asnjë aktivitet nuk përputhet me këta filtra.
events-subscribe = Abonohu në kalendar
events-feed-hint = Burimi i kalendarit me aktivitetet publike të rrjetit:
event-new-title = Krijo një aktivitet
event-edit-title = Ndrysho aktivitetin
event-created = Aktiviteti u krijua.
event-saved = Ndryshimet tuaja u ruajtën.
event-cancelled = Aktiviteti u anulua.
event-duplicated = Kopja u krijua si draft. Kontrolloni të dhënat dhe ruajeni.
event-duplicate-title = Bëj një kopje
event-duplicate-intro = Bëni një kopje të "{ $title }" bashkë me axhendën, për takimin e ardhshëm të serisë.
event-duplicate-date = Dita e parë e aktivitetit të ri
event-duplicate-submit = Bëj kopjen
event-cancel = Anulo këtë aktivitet
event-title = Titulli
event-kind = Lloji i aktivitetit
event-description = Përshkrimi
event-description-hint = Mund të përdorni Markdown: **i trashë**, lista, lidhje.
event-start = Fillon
event-end = Mbaron
event-start-date = Data e fillimit
event-start-time = Ora e fillimit
event-end-date = Data e mbarimit
event-end-time = Ora e mbarimit
event-date = Data
event-time = Ora
event-venue = Vendi i zhvillimit
event-venue-name = Emri i vendit të zhvillimit
event-city = Qyteti
event-online = online
event-online-link = Lidhja online
event-project = Projekti ose linja e financimit
event-languages = Gjuhët
event-capacity = Numri i vendeve
event-visibility = Kush mund ta shohë
event-status = Statusi
event-organizers = Organizatorët
event-add-to-calendar = Shto në kalendar (.ics)
event-add-to-google = Shto në Google Calendar
event-agenda-ics = Seancat e axhendës (.ics)
event-kind-roundtable = Tryezë e rrumbullakët
event-kind-network_meeting = Takim i rrjetit
event-kind-working_group = Grup pune
event-kind-training = Trajnim
event-kind-webinar = Webinar
event-kind-other = Tjetër
event-visibility-public = Publik
event-visibility-network = Anëtarët e rrjetit
event-visibility-invited = Vetëm të ftuarit
event-status-draft = Draft
event-status-published = Publikuar
event-status-cancelled = Anuluar
event-status-completed = Përfunduar
agenda-title = Axhenda
agenda-draft = draft
agenda-none = Axhenda nuk është publikuar ende.
agenda-publish = Publiko axhendën
agenda-published = Axhenda u publikua.
item-new-title = Shto një pikë në axhendë
item-edit-title = Ndrysho pikën e axhendës
item-saved = Pika e axhendës u ruajt.
item-saved-with-warning = Pika e axhendës u ruajt, por ju lutemi kontrolloni:
item-deleted = Pika e axhendës u hoq.
item-delete = Hiq
item-overlap = Mbivendoset me "{ $title }" ({ $start }–{ $end }) në të njëjtën sallë.
item-day = Dita
item-start = Ora e fillimit
item-end = Ora e mbarimit
item-time = Ora
# A time the clocks show twice (the autumn change): agenda items keep the first.
item-time-repeated = { $time } (hera e parë, { $summer ->
        [yes] ora verore
       *[no] ora standarde
    })
item-title = Titulli
item-kind = Lloji
item-track = Salla ose linja tematike
item-track-hint = Pikat në të njëjtën sallë nuk duhet të mbivendosen.
item-moderator = Moderatori
item-speakers = Folësit
item-speakers-hint = Një folës për rresht: emri, pastaj institucioni. Për shembull: Arta Demo, Strehëza Shpresa e Re
item-kind-plenary = Seancë plenare
item-kind-session = Seancë
item-kind-panel = Panel
item-kind-working_group = Grup pune
item-kind-break = Pushim
item-kind-meal = Vakt
feed-title = Burimi juaj i kalendarit
feed-intro = Shtojeni këtë adresë si abonim në aplikacionin tuaj të kalendarit (Outlook, Google Calendar, Apple Calendar). Aty shfaqen aktivitetet që mund të shihni, përfshirë ato ku jeni të ftuar.
feed-subscribe = Abonohu
feed-secret = Mbajeni këtë adresë vetëm për vete: kushdo që e ka mund të shohë aktivitetet tuaja. Kur krijoni një adresë të re, e vjetra nuk funksionon më.
feed-settings-intro = Një adresë private për aplikacionin tuaj të kalendarit, me aktivitetet që mund të shihni.
feed-create = Krijo një adresë të re kalendari

## Event mails
email-event-invitation-subject = Ftesë: { $title }
email-event-updated-subject = Përditësuar: { $title }
email-event-cancelled-subject = Anuluar: { $title }
email-event-invitation-intro = Jeni ftuar në "{ $title }". Ftesa është bashkëngjitur për kalendarin tuaj. Ju lutemi, na tregoni nëse mund të vini.
email-event-updated-intro = Të dhënat e "{ $title }" kanë ndryshuar. Përditësimi i bashkëngjitur zëvendëson në kalendarin tuaj atë të mëparshmin.
email-event-cancelled-intro = "{ $title }" u anulua. Bashkëngjitja e heq nga kalendari juaj.
email-event-details = Të dhënat e aktivitetit
email-event-rsvp = Përgjigju ftesës
# In the description of an invitation's calendar entry: the personal, signed answer link.
ics-answer-here = Përgjigjuni këtu: { $url }

## Participants and RSVP
participants-title = Pjesëmarrësit
participants-summary = { $total } të ftuar ose pjesëmarrës, { $accepted } vijnë, { $waitlisted } në listën e pritjes.
participants-by-country = Sipas vendit dhe organizatës
participants-count = Persona
participants-names = Emrat
participants-no-names = Emrat shfaqen vetëm për personat që pranuan t'i ndajnë.
participants-attended = Mori pjesë
participants-save-attendance = Ruaj pjesëmarrjen
participants-attendance-saved = Pjesëmarrja u ruajt.
participants-invite = Fto
participants-invite-orgs = Organizatat (ftohen pikat e tyre të kontaktit)
participants-invite-people = Personat
participants-invite-submit = Dërgo ftesat
invite-open-picker = Zgjidh të ftuarit
invite-hint = Shënoni organizatat (ftohen pikat e tyre të kontaktit dhe zëvendësit) dhe personat, pastaj dërgoni. Dërgohet vetëm ajo që është shënuar në këtë faqe; me filtrat dhe faqet gjeni të gjithë të tjerët.
invite-language = Gjuha e ftesës
invite-language-hint = Për personat pa llogari; ata me llogari marrin email në gjuhën e cilësimeve të tyre.
invite-filter-organization = Organizata
invite-filter-name = Emri
invite-already = ftuar tashmë
invite-no-email = pa adresë email-i
invite-no-match = Askush nuk përputhet me këta filtra.
invite-more-organizations = { $count } organizata përputhen; shfaqen 100 të parat. Ngushtoni filtrat për të gjetur të tjerat.
invite-publish-first = Publikojeni aktivitetin para se të ftoni njerëz.
filters = Filtrat
participants-invited = U ftuan { $added }; { $already } ishin tashmë në listë.
participant-status-invited = I ftuar, ende pa përgjigje
participant-status-accepted = Vjen
participant-status-tentative = Ndoshta
participant-status-declined = Nuk vjen
participant-status-waitlisted = Në listën e pritjes
rsvp-title = Përgjigja juaj
rsvp-question = { $name }, do të merrni pjesë?
rsvp-accepted = Po, do të vij
rsvp-tentative = Ndoshta
rsvp-declined = Jo, nuk mund të vij
rsvp-dietary = Nevojat për ushqim (opsionale)
rsvp-accessibility = Nevojat për aksesueshmëri (opsionale)
rsvp-share-name = Pjesëmarrësit e tjerë mund ta shohin emrin tim
rsvp-submit = Dërgo përgjigjen time
rsvp-change = Ndrysho përgjigjen time
rsvp-invited = Jeni ftuar
rsvp-saved = Përgjigja juaj u ruajt.
rsvp-closed = Përgjigjet nuk mund të ndryshohen më: aktiviteti ka filluar ose është anuluar.
rsvp-thanks = Faleminderit, { $name }.
rsvp-your-answer = Përgjigja juaj
rsvp-waitlisted = Aktiviteti është plot, ndaj jeni në listën e pritjes. Do t'ju shkruajmë nëse lirohet një vend.

## Agenda changes
agenda-change-added = Shtuar: { $kind } "{ $title }" më { $day }, { $start }–{ $end }.
agenda-change-removed = Hequr: "{ $title }" ({ $day }, { $start }).
agenda-change-renamed = "{ $old }" tani quhet "{ $new }".
agenda-change-moved = { $kind } "{ $title }" u zhvendos nga { $from } në { $to }.
agenda-change-end = "{ $title }" tani mbaron në orën { $end }.
agenda-change-room = "{ $title }" u zhvendos në sallën "{ $room }".
agenda-change-speakers = Moderatori ose folësit e "{ $title }" ndryshuan.
email-agenda-published-subject = Axhenda u publikua: { $title }
email-agenda-changed-subject = Ndryshime në axhendë: { $title }
email-agenda-published-intro = Axhenda e "{ $title }" u publikua.
email-agenda-changed-intro = Axhenda e "{ $title }" ka ndryshuar:
email-agenda-yours = Seancat tuaja
agenda-revisions = Historiku i axhendës
agenda-revision = Rishikimi { $number }
agenda-revision-by = nga { $name }
agenda-compare = Krahaso
agenda-compare-title = Krahaso rishikimet e axhendës
agenda-compare-from = Nga rishikimi
agenda-compare-to = Te rishikimi
agenda-no-changes = Nuk ka dallime.
events-month = Kalendari mujor
events-month-prev = Muaji i mëparshëm
events-month-next = Muaji tjetër
events-month-today = Ky muaj
import-title = Importo një ftesë
import-intro = Ngarkoni një skedar kalendari (.ics), për shembull një ftesë nga Outlook ose Google Calendar. Prej tij krijohet një aktivitet draft, që ju ta plotësoni.
import-file = Skedari i kalendarit (.ics)
import-submit = Importo
import-failed = Skedari nuk u importua dot. Nuk u krijua asgjë.
import-too-large = Skedari është më i madh se 1 MB, ndërsa një ftesë kalendari është shumë më e vogël. Kontrolloni që keni zgjedhur skedarin e duhur.
import-empty = Skedari është bosh.
import-not-text = Ky nuk është skedar kalendari (nuk është tekst).
import-done = Nga skedari u krijua një aktivitet draft. Kontrolloni të dhënat dhe ruajeni.
import-venue-unknown = Vendi i zhvillimit do të konfirmohet
import-unreadable = Skedari i ngarkuar nuk u lexua dot. Provoni përsëri.
import-preview-title = Kontrolloni importin
import-preview-intro = Kjo është ajo që do të krijohet nga skedari { $file }. Asgjë nuk ruhet derisa ta konfirmoni.
import-col-title = Titulli
import-col-when = Kur
import-col-zone = Zona kohore
import-col-venue = Vendi i zhvillimit
import-col-link = Lidhja online
import-all-day = gjithë ditën
import-create = { $count ->
    [one] Krijo aktivitetin draft
   *[other] Krijo { $count } aktivitete draft
}
import-choose-zone = Zona kohore e aktivitetit
import-show-zone = Shfaqi oraret në këtë zonë
import-another-file = Zgjidh një skedar tjetër
import-done-many = U krijuan { $count } aktivitete draft: një seri, që shfaqet më poshtë. Kontrolloni të dhënat e secilit para publikimit.
import-gone = Ky skedar është importuar tashmë, ose pamja paraprake e tij skadoi pas një dite. Nuk u krijua asgjë më shumë.
import-zone-needed = Zgjidhni zonën kohore të orareve, pastaj konfirmoni.
import-zone-unknown = Skedari thotë se oraret e tij janë në "{ $tzid }", një zonë kohore që Roundtable nuk e njeh. Zgjidhni zonën kohore të orareve; pamja paraprake do t'i shfaqë përsëri.
import-zone-floating = Skedari nuk tregon në cilën zonë kohore janë oraret e tij. Zgjidheni ju; pamja paraprake do t'i shfaqë përsëri.
import-zone-suggested = Rregullat e zonës kohore në vetë skedarin përputhen me { $zone }, e cila është zgjedhur paraprakisht.
import-note-series = "{ $title }" përsëritet: do të krijohen { $count } aktivitete draft të veçanta, një për çdo takim.
import-note-cut = Takimi përsëritet pa fund, ose për më shumë se një vit: do të krijohen vetëm { $count } takimet e para, deri më { $until }.
import-line = Rreshti { $line }: { $message }
import-no-colon = ky rresht nuk ka ':' midis emrit të vetisë dhe vlerës së saj.
import-bad-name = '{ $name }' nuk është emër vetie.
import-end-mismatch = END:{ $end } mbyll BEGIN:{ $begin }.
import-end-unmatched = END:{ $end } nuk ka BEGIN përkatës.
import-outside = kjo veti është jashtë BEGIN:VCALENDAR.
import-not-calendar = Ky nuk është skedar iCalendar (nuk ka BEGIN:VCALENDAR).
import-not-closed = BEGIN:{ $component } nuk mbyllet kurrë (skedari mund të jetë i cunguar).
import-no-event = Skedari nuk ka asnjë aktivitet (VEVENT).
import-no-title = aktiviteti nuk ka titull (SUMMARY).
import-no-start = aktiviteti nuk ka fillim (DTSTART).
import-bad-time = '{ $value }' nuk është datë dhe orë.
import-no-such-time = { $value } nuk ekziston në { $zone }: në atë orë ora kalon një orë përpara.
import-bad-duration = '{ $value }' nuk është kohëzgjatje (për shembull PT1H30M ose P1D).
import-ends-before = aktiviteti mbaron para se të fillojë.
import-rule-unsupported = takimi përsëritet sipas një rregulli që Roundtable nuk mund ta ndjekë ({ $part }). Në vend të kësaj, eksportoni një takim të vetëm nga aplikacioni juaj i kalendarit, ose krijoni aktivitetet këtu.
import-rule-invalid = '{ $part }' nuk është rregull i vlefshëm përsëritjeje.
import-too-many = Skedari ka më shumë se { $limit } aktivitete; importoni jo më shumë se { $limit } njëherësh.
event-all-day = Gjithë ditën (pa orë: datat janë dita e parë dhe dita e fundit)
item-move-up = Zhvendos më herët
item-move-down = Zhvendos më vonë
item-moved = Rendi u ndryshua; çdo pikë ruajti kohëzgjatjen e saj.
item-not-moved = Kjo pikë nuk mund të zhvendoset më tej.
item-moderator-directory = Ose zgjidhni moderatorin nga adresari
item-speakers-directory = Shto folës nga adresari
item-speakers-directory-hint = Personat e zgjedhur shtohen në listën më sipër; folësit e jashtëm mund t'i shkruani aty.
weekday-mon = Hën
weekday-tue = Mar
weekday-wed = Mër
weekday-thu = Enj
weekday-fri = Pre
weekday-sat = Sht
weekday-sun = Die

## Action items
nav-actions = Detyrat
actions-title = Detyrat
actions-views = Pamjet
actions-view-all = Të gjitha detyrat
actions-view-mine = Detyrat e mia
actions-view-org = Organizata ime
actions-view-overdue = Të vonuara
actions-none = Asnjë detyrë nuk përputhet me këta filtra.
actions-due-from = Afati nga
actions-due-to = Afati deri
actions-sort = Rendit sipas
actions-sort-due = Afati
actions-sort-priority = Përparësia
actions-sort-updated = Ndryshimi i fundit
actions-sort-title = Titulli
action-new-title = Detyrë e re
action-edit-title = Ndrysho detyrën
action-created = Detyra u krijua.
action-saved = Ndryshimet tuaja u ruajtën.
action-progress-saved = Përditësimi juaj u ruajt.
action-title = Titulli
action-owner = Organizata përgjegjëse
action-due = Afati
action-overdue = e vonuar
action-priority = Përparësia
action-status = Statusi
action-percent = Përqindja e kryer
action-tags = Etiketat
action-tags-hint = Ndani etiketat me presje, për shembull: strehëz, financim
action-countries = Vendet përkatëse
action-supporters = Organizatat mbështetëse
action-source = Nga takimi
action-progress = Raporto ecurinë
action-comment = Komenti
action-new-status = Statusi i ri
action-status-unchanged = Pa ndryshim
action-progress-submit = Ruaj përditësimin
action-timeline = Historiku
action-status-open = E hapur
action-status-in_progress = Në proces
action-status-blocked = E bllokuar
action-status-done = E kryer
action-status-cancelled = E anuluar
action-priority-low = E ulët
action-priority-normal = Normale
action-priority-high = E lartë
action-field-created = Krijuar
action-field-comment = Komenti
action-field-title = Titulli
action-field-description = Përshkrimi
action-field-owner_org_id = Organizata përgjegjëse
action-field-owner_person_id = Personi përgjegjës
action-field-due_on = Afati
action-field-priority = Përparësia
action-field-status = Statusi
action-field-percent = Përqindja e kryer
action-field-countries = Vendet
action-field-tags = Etiketat
action-field-supporters = Organizatat mbështetëse
action-field-event_id = Aktiviteti
action-field-agenda_item_id = Pika e axhendës
action-mail-assigned = Detyrë e re për organizatën tuaj: { $title }
action-mail-status = Statusi ndryshoi: { $title }
action-mail-comment = Përditësim i ri: { $title }
action-mail-due7 = Afati pas 7 ditësh: { $title }
action-mail-due1 = Afati nesër: { $title }
action-mail-overdue = E vonuar: { $title }
action-quick-in_progress = Shëno si në proces
action-quick-done = Shëno si të kryer
action-quick-note = Shto një shënim
action-open-item = Hap detyrën
action-quick-title = Konfirmimi
action-quick-confirm-in_progress = Të shënohet "{ $title }" si në proces?
action-quick-confirm-done = Të shënohet "{ $title }" si e kryer?
action-quick-confirm-note = Shtoni një shënim te "{ $title }":
action-quick-submit = Konfirmo
action-quick-done-message = Faleminderit. Detyra u përditësua.
report-title = Raporti i ndjekjes
report-back = Kthehu te aktiviteti
report-summary = U ra dakord për { $total } detyra: { $done } të kryera, { $overdue } të vonuara, mesatarisht { $average }% e punës e kryer.
report-chart-title = Detyrat sipas statusit me kalimin e kohës
report-chart-table = Të njëjtat shifra në tabelë
report-date = Data
actions-bulk = Ndrysho detyrat e shënuara
actions-bulk-select = Zgjidh
actions-bulk-owner = Organizata e re përgjegjëse
actions-bulk-submit = Zbato te detyrat e shënuara
actions-bulk-done = U ndryshuan { $count } detyra.
dashboard-invitations = Ftesa që presin përgjigjen tuaj
dashboard-my-items = Detyrat e hapura të organizatës suaj
dashboard-no-items = Organizata juaj nuk ka detyra të hapura.
dashboard-upcoming = Aktivitetet e ardhshme
dashboard-overdue = Detyrat e vonuara
dashboard-overdue-total = { $count ->
    [one] 1 detyrë është e vonuar.
   *[other] { $count } detyra janë të vonuara.
}
dashboard-overdue-by-org = Të vonuara sipas organizatës
dashboard-overdue-by-country = Të vonuara sipas vendit
dashboard-without-person = { $count ->
    [one] 1 detyrë e hapur nuk ka person përgjegjës.
   *[other] { $count } detyra të hapura nuk kanë person përgjegjës.
}
minutes-title = Procesverbali
minutes-meeting = I gjithë takimi
minutes-notes = Shënimet
minutes-decisions = Vendimet
minutes-deadline = Komentet deri më
minutes-circulate = Dërgo te pjesëmarrësit
minutes-approve = Mirato procesverbalin
minutes-record-correction = Regjistro korrigjimin
minutes-correction-note = Pse korrigjohet?
minutes-comments = Komentet dhe korrigjimet e propozuara
minutes-propose-correction = Ky është një korrigjim i propozuar
minutes-send-comment = Dërgo
minutes-correction = korrigjim
minutes-history = Versionet
minutes-section = Seksioni
minutes-saved = Procesverbali u ruajt.
minutes-circulated = Procesverbali iu dërgua pjesëmarrësve për komente.
minutes-commented = Faleminderit. Komenti juaj u shtua.
minutes-approved = Procesverbali u miratua dhe u kyç. Ndryshimet e mëvonshme regjistrohen si korrigjime.
minutes-status-draft = Draft
minutes-status-circulated = Dërguar për komente
minutes-status-approved = Miratuar
minutes-kind-edit = ndryshuar
minutes-kind-circulated = dërguar për komente
minutes-kind-approved = miratuar
minutes-kind-correction = korrigjim
matters-arising = Çështjet e mbartura
matters-arising-intro = Detyrat e hapura nga takimet e mëparshme të kësaj serie, për t'u shqyrtuar në këtë takim.
matters-outcome = Rezultati
matters-record = Regjistro
matters-recorded = Rezultati u regjistrua te detyra.
post-report-title = Raporti i takimit
post-report-download = Shkarko
post-report-attendance = Pjesëmarrja
post-report-attended = Morën pjesë { $count } persona.
post-report-accepted = { $count } persona thanë se do të vinin (pjesëmarrja nuk është shënuar ende).
post-report-sessions = Seancat e zhvilluara
post-report-minutes-draft = Procesverbali është ende draft. Vendimet e tij shfaqen këtu sapo sekretariati ta dërgojë për komente.
post-report-actions = Detyrat
post-report-actions-summary = { $opened } të hapura në këtë takim, { $closed } të mbyllura deri tani.
post-report-register = Ndryshimet në regjistrin e dallimeve ligjore
post-report-register-summary = { $count ->
    [one] 1 ndryshim në regjistrin e dallimeve ligjore
   *[other] { $count } ndryshime në regjistrin e dallimeve ligjore
}
action-owner-person = Personi përgjegjës (opsional)
action-owner-person-none = Askush në veçanti
actions-more-than-cap = Më shumë se 1000 detyra përputhen: numërimi ndalet aty. Shtoni një filtër për ta ngushtuar listën, ose shkarkoni skedarin CSV për të gjitha.

## Legal-disparity register
nav-legal = Regjistri i dallimeve ligjore
nav-documents = Dokumentet
search-label = Kërko në gjithçka
search-placeholder = Kërko
search-button = Kërko
edit = Ndrysho
admin-col-legal-reviewer = Rishikues ligjor
admin-legal-reviewer-on = Bëje rishikues ligjor
admin-legal-reviewer-off = Hiqe si rishikues ligjor
legal-title = Regjistri i dallimeve ligjore
legal-nav = Faqet e regjistrit
legal-matrix = Matrica
legal-matrix-caption = Vlerësimi i secilës temë në secilin vend
legal-intro = Çdo rresht është një temë dhe çdo kolonë një vend. Një qelizë tregon si krahasohet ligji i atij vendi me standardin ndërkombëtar. Hapni një qelizë për të lexuar zërin.
legal-legend = Legjenda
legal-examples-title = Shembuj të trilluar.
legal-examples-text = Zërat e shënuar "Shembull" janë përmbajtje demonstruese e sajuar, për të treguar si funksionon regjistri. Nuk janë vlerësime të vërteta dhe as këshillë ligjore.
legal-example = Shembull
legal-example-entry = Ky zë është shembull i trilluar, jo vlerësim i vërtetë dhe jo këshillë ligjore.
legal-assessment = Vlerësimi
legal-assessment-aligned = Në përputhje
legal-assessment-partly_aligned = Pjesërisht në përputhje
legal-assessment-not_aligned = Jo në përputhje
legal-assessment-no_provision = Pa dispozitë
legal-assessment-not_assessed = Pa vlerësim
legal-category = Kategoria
legal-topic = Tema
legal-topic-count = Tema të shfaqura
legal-sort-catalogue = Sipas renditjes së katalogut
legal-sort-disparity = Dallimet më të mëdha në fillim
legal-as-of = Siç ishte më
legal-none = Asnjë temë nuk përputhet me këta filtra.
legal-export-csv = Shkarko CSV
legal-export-json = Shkarko JSON
legal-export-topics = Shkarko temat (CSV)
legal-compare-title = Krahaso vendet
legal-compare-countries = Vendet (zgjidhni nga 2 deri në 6)
legal-compare-topics = Temat (mos shënoni asnjë për të krahasuar të gjitha temat)
legal-compare-submit = Krahaso
legal-compare-choose-countries = Zgjidhni nga 2 deri në 6 vende për t'i krahasuar.
legal-compare-print = Printo
legal-compare-print-hint = Kjo faqe është gati për printim: përdorni komandën Printo të shfletuesit tuaj.
legal-compare-back = Kthehu te krahasimi
legal-compare-hint = Rreshtat e shënuar "Dallon" kanë vlerësime të ndryshme në vendet e zgjedhura; qelizat që dallojnë nga vlerësimi më i zakonshëm janë të rrethuara me vijë.
legal-differs = Dallon
legal-differs-from-most = (dallon)
legal-chart-caption = Shtyllat tregojnë vlerën e secilit vend; vija me ndërprerje është standardi ndërkombëtar. Shtyllat e kuqe nuk e arrijnë atë. Të njëjtat vlera janë në tabelën më sipër.
legal-standard = Standardi
legal-no-value = nuk është regjistruar vlerë
legal-counts = Temat sipas vlerësimit
legal-not-coe = Ky vend nuk është anëtar i Këshillit të Evropës, prandaj nuk është palë e Konventës CETS nr. 197 dhe GRETA nuk raporton për të. Kjo tregohet si "nuk është palë", jo si mangësi.
legal-follow-country = Ndiq këtë vend
legal-follow-topic = Ndiq këtë temë
legal-unfollow = Mos e ndiq më
legal-unfollow-topic = Mos e ndiq më këtë temë
legal-followed = Do të njoftoheni për ndryshimet (shihni cilësimet e njoftimeve).
legal-unfollowed = Nuk e ndiqni më këtë.
legal-follow-bad = Zgjidhni një temë ose një vend për ta ndjekur.
legal-question = Pyetja
legal-ref-cets = Konventa e Këshillit të Evropës (CETS nr. 197)
legal-ref-directive = Direktiva e BE-së 2011/36/EU (e ndryshuar me 2024/1712)
legal-ref-palermo = Protokolli i Palermos
legal-parameter = Vlera e matur
legal-by-country = Sipas vendit
legal-widest-first = Vendet më larg standardit shfaqen të parat.
legal-topic-retired = E tërhequr
legal-version = Versioni
legal-show-current = Shfaq zërin aktual
legal-show-as-of = Shfaq këtë zë siç ishte më
legal-show = Shfaq
legal-edit-title = Ndrysho zërin
legal-propose-title = Propozo një ndryshim
legal-propose-hint = Sekretariati ose një rishikues ligjor do ta shqyrtojë propozimin tuaj, do ta pranojë ose refuzojë dhe do t'ju njoftojë me email.
legal-propose-submit = Dërgo propozimin
legal-gap-to-action = Krijo një detyrë për këtë mangësi
legal-pending-proposals = Propozime që presin vendim:
legal-empty = Nuk është dhënë
legal-greta = Rekomandimi i GRETA-s (Këshilli i Evropës)
legal-greta-none = Nuk është regjistruar asnjë rekomandim i GRETA-s.
legal-greta-implemented = Zbatuar
legal-greta-partly = Zbatuar pjesërisht
legal-greta-not_implemented = Pa zbatuar
legal-evidence-law = Ligji i shkruar
legal-evidence-implementation = Zbatimi
legal-evidence-practice = Praktika
legal-linked-items = Detyrat
legal-no-items = Asnjë detyrë nuk është e lidhur me këtë zë.
legal-history = Historiku
legal-no-history = Ende nuk është regjistruar asgjë për këtë zë.
legal-field = Fusha
legal-old = Para
legal-new = Pas
legal-current = Tani
legal-proposed = Propozuar
legal-field-assessment = Vlerësimi
legal-field-summary = Dispozita kombëtare (përmbledhje)
legal-field-citations = Referencat ligjore
legal-field-parameter_value = Vlera
legal-field-effective_on = Në fuqi që nga
legal-field-source_links = Burimet
legal-field-differences = Çfarë dallon dhe pse ka rëndësi
legal-field-reviewed_on = Rishikuar së fundi
legal-field-reviewed_by = Rishikuar nga
legal-field-evidence_kind = Lloji i provës
legal-field-greta_round = Raundi i raportit të GRETA-s
legal-field-greta_paragraph = Paragrafi
legal-field-greta_text = Rekomandimi
legal-field-greta_status = Statusi i zbatimit
legal-citations-hint = Ligji, neni dhe referenca e Fletores Zyrtare, një për rresht.
legal-parameter-hint = Një numër, për shembull 30.
legal-links-hint = Një adresë interneti për rresht, që fillon me https://.
legal-none-chosen = Nuk është dhënë
legal-change-note = Shënim për këtë ndryshim (opsional)
legal-source-edit = ndryshuar
legal-source-proposal = propozim i pranuar
legal-source-import = import nga CSV
legal-source-api = API
legal-source-demo = të dhëna demonstruese
legal-saved = Zëri u ruajt.
legal-unchanged = Nuk ndryshoi asgjë, prandaj nuk u ruajt asgjë.
legal-changes-title = Çfarë ndryshoi
legal-changes-since = Ndryshimet që nga
legal-changes-count = ndryshime
legal-since = Nga
legal-until = Deri
legal-since-event = Që nga një tryezë e rrumbullakët:
legal-print-all = Shfaqi të gjitha në një faqe për printim
legal-no-changes = Nuk ka ndryshime në këtë periudhë.
legal-proposals-title = Propozimet
legal-proposals-intro-reviewer = Ndryshimet që anëtarët propozojnë për zërat e vendit të tyre. Hapni një propozim për ta pranuar ose refuzuar.
legal-proposals-intro-member = Ndryshimet që keni propozuar dhe çfarë u vendos.
legal-proposal-pending = Në pritje
legal-proposal-accepted = Pranuar
legal-proposal-rejected = Refuzuar
legal-no-proposals = Këtu nuk ka propozime.
legal-proposal-title = Propozimi
legal-proposal-comment = Pse ky ndryshim?
legal-proposal-sent = Propozimi juaj u dërgua. Do të merrni një email kur të merret vendimi.
legal-proposal-sent-at = Dërguar
legal-proposed-by = Propozuar nga
legal-proposal-changes = Ndryshimet e propozuara
legal-proposal-no-difference = Zëri e thotë tashmë atë që u propozua.
legal-proposal-stale = Zëri ka ndryshuar pasi u bë ky propozim. Kontrolloni tekstin aktual para se ta pranoni.
legal-decision-comment = Koment për propozuesin
legal-accept = Prano dhe zbato
legal-reject = Refuzo
legal-decision-choose = Zgjidhni pranimin ose refuzimin.
legal-proposal-accepted-msg = Propozimi u pranua dhe zëri u përditësua.
legal-proposal-rejected-msg = Propozimi u refuzua.
legal-topics-title = Katalogu i temave
legal-topic-new = Shto një temë
legal-topic-edit = Ndrysho temën
legal-topic-code = Kodi
legal-topic-code-hint = Shkronja, shifra dhe viza, për shembull RES-05.
legal-topic-title = Titulli
legal-topic-texts-title = Përkthimet
legal-topic-texts-hint = Lexuesit e shohin temën në gjuhën e tyre. Një fushë e lënë bosh shfaq tekstin në anglisht.
legal-topic-texts-sq = Titulli dhe pyetja në shqip
legal-topic-texts-sr-Latn = Titulli dhe pyetja në serbisht (alfabeti latin; cirilikja krijohet prej tij)
legal-topic-texts-bs = Titulli dhe pyetja në boshnjakisht
legal-topic-texts-hr = Titulli dhe pyetja në kroatisht
legal-topic-texts-cnr = Titulli dhe pyetja në malazisht
legal-topic-texts-mk = Titulli dhe pyetja në maqedonisht
legal-topic-order = Renditja
legal-topic-retire = Tërhiq
legal-topic-restore = Rikthe
legal-topic-saved = Tema u ruajt.
legal-topic-retired-msg = Tema u tërhoq. Zërat dhe historiku i saj ruhen.
legal-topic-restored-msg = Tema u rikthye në regjistër.
legal-move-up = Lëviz lart
legal-move-down = Lëviz poshtë
legal-parameter-name-hint = Vetëm për temat me një numër për t'u krahasuar, për shembull "periudha e reflektimit".
legal-unit = Njësia
legal-threshold = Shifra e standardit
legal-threshold-kind = Standardi është
legal-import-title = Importo nga CSV
legal-import-intro = Ngarkoni një skedar CSV. Fillimisht do të shihni çdo problem; asgjë nuk ruhet derisa të konfirmoni, dhe atëherë ruhen ose të gjitha rreshtat, ose asnjë.
legal-import-entries-columns = Zërat: kolonat topic_code, country, assessment dhe cilado nga kolonat e tjera të eksportit të regjistrit.
legal-import-topics-columns = Temat: kolonat code, category, title, question dhe, sipas dëshirës, references, parameter, unit, threshold dhe threshold_kind.
legal-import-kind = Çfarë përmban skedari?
legal-import-kind-entries = Zërat e vendeve
legal-import-kind-topics = Temat
legal-import-file = Skedari CSV (UTF-8, jo më shumë se 5 MB)
legal-import-check = Kontrollo skedarin
legal-import-unreadable = Skedari i ngarkuar nuk u lexua dot. Ju lutemi, provoni përsëri.
legal-import-too-large = Ky skedar është më i madh se 5 MB. Ndajeni në skedarë më të vegjël.
legal-import-empty = Skedari është bosh. Zgjidhni një skedar CSV me një rresht titujsh dhe rreshta të dhënash.
legal-import-not-utf8 = Ky skedar nuk është tekst UTF-8. Në programin tuaj të tabelave, ruajeni si "CSV UTF-8".
legal-import-preview-title = Kontrolloni importin
legal-import-rows = Rreshtat në skedar
legal-import-ready = Nuk u gjet asnjë problem. Kontrolloni rreshtat më poshtë dhe ruajini.
legal-import-save-all = Ruaj të gjitha rreshtat
legal-import-has-errors = Asgjë nuk mund të ruhet derisa këto probleme të rregullohen në skedar.
legal-import-line = Rreshti
legal-import-column = Kolona
legal-import-problem = Problemi
legal-import-again = Ngarko një skedar të korrigjuar
legal-import-changed = Regjistri ndryshoi pasi e kontrolluat skedarin, prandaj nuk u ruajt asgjë. Ju lutemi, ngarkojeni përsëri.
legal-import-done = U ruajtën { $count } rreshta.
legal-mail-change-subject = Regjistri i dallimeve ligjore: { $topic } ({ $country }) ndryshoi
legal-mail-change-intro = { $who } ndryshoi këtë zë të regjistrit të dallimeve ligjore:
legal-mail-decision-accepted = Propozimi juaj për { $topic } ({ $country }) u pranua
legal-mail-decision-rejected = Propozimi juaj për { $topic } ({ $country }) nuk u pranua
legal-mail-open = Hap zërin
legal-mail-comment = Komenti
action-legal-link = Zëri në regjistrin e dallimeve ligjore
action-legal-gap-title = Mbyll mangësinë
action-field-legal_topic_id = Tema në regjistrin e dallimeve ligjore
action-field-legal_country = Vendi në regjistrin e dallimeve ligjore
dashboard-register = Ndryshimet në regjistrin e dallimeve ligjore për { $country } (90 ditët e fundit)
dashboard-register-all = Shiko të gjitha ndryshimet ({ $count })
dashboard-register-none = Nuk ka ndryshime në 90 ditët e fundit.

## Concurrent edits
stale-edit-title = Ky regjistrim ndryshoi ndërsa po e ndryshonit.
server-busy-body = Shumë njerëz po e përdorin Roundtable tani, prandaj kjo faqe nuk u përgatit dot në kohë. Nuk u ndryshua asgjë. Ju lutemi, provoni përsëri pas pak.
stale-edit-body = Dikush tjetër e ruajti këtë regjistrim pasi e hapët ju. Teksti juaj ruhet më poshtë; teksti aktual i ruajtur shfaqet pranë çdo fushe që ndryshon. Bashkojini dhe ruajeni përsëri.
stale-edit-fields = Fushat që ndryshojnë nga teksti aktual i ruajtur:
stale-edit-same = Teksti i ruajtur është i njëjtë me tuajin në çdo fushë; ruajeni përsëri për ta mbajtur.
stale-current-value = Teksti aktual i ruajtur
stale-empty = (bosh)
edit-version-missing = Ky formular nuk tregon mbi cilin version të regjistrimit është bazuar. Ringarkoni faqen dhe bëni përsëri ndryshimin.
api-if-match-required = Dërgoni kokën If-Match me ETag-un nga GET i këtij regjistrimi, që një ndryshim i ruajtur ndërkohë nga dikush tjetër të mos mbishkruhet.
api-if-match-stale = Regjistrimi u ndryshua pas versionit të treguar në If-Match. Merreni përsëri me GET, bashkoni ndryshimin tuaj dhe dërgoni ETag-un e ri.
api-if-match-invalid = If-Match duhet të jetë ETag-u nga GET i këtij regjistrimi, për shembull "3".

# Document details fields, as named on a page refused because someone else saved first
doc-field-title = Titulli
doc-field-doc-type = Lloji
doc-field-description = Përshkrimi
doc-field-languages = Gjuhët
doc-field-tags = Etiketat
doc-field-visibility = Kush mund ta shohë
doc-field-owner-org-id = Organizata përgjegjëse
doc-field-lifecycle = Statusi në rrjet
doc-field-supersedes-id = Zëvendëson dokumentin me numër
doc-field-variant-of-id = Përkthim ose përshtatje kombëtare e dokumentit me numër
doc-field-variant-kind = Është
doc-field-review-on = Data e rishikimit
doc-field-countries = Vendet që prek
doc-field-topics = Temat e regjistrit të dallimeve ligjore
doc-field-events = Aktivitetet e lidhura
doc-field-agenda = Pikat e lidhura të axhendës

## Time-zone choice lists: the network's zones by city and country
tz-group-network = Zonat kohore të rrjetit
tz-group-other = Zona të tjera kohore
tz-tirane = Tirana – Shqipëria
tz-sarajevo = Sarajeva – Bosnja dhe Hercegovina
tz-belgrade = Beogradi – Serbia, Kosova*
tz-podgorica = Podgorica – Mali i Zi
tz-skopje = Shkupi – Maqedonia e Veriut

## Confirmation pages: what will happen before an irreversible or far-reaching action
confirm-what-happens = Çfarë do të ndodhë:
confirm-keep = Kthehu pa ndryshuar asgjë
event-cancel-confirm-title = Të anulohet “{ $title }”?
event-cancel-confirm-told = { $count ->
    [0] Ende nuk është ftuar askush, prandaj nuk do të njoftohet askush.
    [one] 1 pjesëmarrës do të njoftohet se aktiviteti u anulua (me një email që përmban anulimin për kalendarin).
   *[other] { $count } pjesëmarrës do të njoftohen se aktiviteti u anulua (me një email që përmban anulimin për kalendarin).
}
event-cancel-confirm-final = Aktiviteti mbetet në kalendar, i shënuar si i anuluar. Ky veprim nuk mund të zhbëhet.
item-delete-confirm-title = Të hiqet kjo pikë e axhendës?
item-delete-confirm-which = “{ $title }” më { $day }, { $start }–{ $end } do të hiqet nga axhenda. Versionet e mëparshme të saj mbeten në historikun e axhendës.
item-delete-confirm-notice = Axhenda është publikuar: pjesëmarrësit do të lexojnë për ndryshimin në njoftimin e ardhshëm të axhendës.
item-not-moved-past = Ky aktivitet ka përfunduar; axhenda e tij ruhet siç ishte.
org-archive-confirm-title = Të arkivohet { $name }?
org-archive-confirm-lists = Organizata hiqet nga listat dhe eksportet e adresarit, dhe personat e saj nuk ofrohen më për ftesa.
org-archive-confirm-restore = Të dhënat e saj ruhen; sekretariati mund ta rikthejë nga faqja e organizatës.
mail-discard-confirm-title = Të hidhet poshtë ky mesazh?
mail-discard-confirm-which = Mesazhi për { $to } (“{ $subject }”) nuk do të dërgohet.
mail-discard-confirm-final = Ai hiqet nga lista e mesazheve që nuk u dorëzuan dot. Ky veprim nuk mund të zhbëhet.
actions-bulk-confirm-title = Të ndryshohen detyrat e shënuara?
actions-bulk-confirm-count = { $count ->
    [one] Do të ndryshohet 1 detyrë:
   *[other] Do të ndryshohen { $count } detyra:
}
actions-bulk-confirm-status = statusi bëhet “{ $status }”;
actions-bulk-confirm-owner = organizata përgjegjëse bëhet { $owner }.

## Invitees without an account: the signed invitation page and its mail
quiet-title = Njoftimet e axhendës për këtë aktivitet
quiet-question = Të ndalohen email-et për ndryshimet në axhendën e këtij aktiviteti? Do të njoftoheni gjithsesi nëse ndryshon data, ora ose vendi i aktivitetit, ose nëse ai anulohet.
quiet-submit = Ndalo njoftimet e axhendës
quiet-done = Nuk do të merrni më njoftime për axhendën e këtij aktiviteti. Ftesa, ndryshimet e datës, orës ose vendit dhe anulimi do t'ju vijnë gjithsesi.
email-quiet-event = Ndalo njoftimet e axhendës për këtë aktivitet
email-footer-invited = E merrni këtë mesazh sepse sekretariati i rrjetit ju ftoi në këtë aktivitet. Nuk ju nevojitet llogari: lidhjet në këtë email funksionojnë pa hyrë.
rsvp-details = Rreth aktivitetit
rsvp-agenda = Axhenda

## Dashboard
dashboard-documents = Dokumentet e fundit
dashboard-document-updated = { $type }, përditësuar: { $updated }
dashboard-documents-all = Të gjitha dokumentet
dashboard-upcoming-all = Të gjitha aktivitetet e ardhshme
dashboard-upcoming-none = Nuk ka aktivitete të ardhshme.
dashboard-col-overdue = Detyra të vonuara
dashboard-col-organizations = Organizatat

## A document's versions
document-versions = Versionet
document-col-version = Versioni
document-col-file = Skedari
document-col-note = Shënimi
document-col-uploaded = Ngarkuar
document-restore = Rikthe
document-current = aktual
document-text-pending = Po përgatitet për kërkim
document-details = Të dhënat
document-sha256 = Shuma e kontrollit SHA-256
document-make-current = Bëje përsëri aktual

## Where an event and its agenda stand (event page, secretariat)
event-state-label = Publikimi
event-state-draft = Draft: këtë aktivitet e sheh vetëm sekretariati. Publikojeni (Ndrysho → Statusi) para se të ftoni njerëz ose të publikoni axhendën.
event-state-agenda-draft = Publikuar. Axhenda është draft: pjesëmarrësit nuk e shohin ende.
event-state-published = Publikuar bashkë me axhendën: pjesëmarrësit i shohin të dyja.
event-state-cancelled = Anuluar: pjesëmarrësit u njoftuan.
event-state-ended = Përfunduar: aktiviteti dhe axhenda e tij ruhen si dokumentim.
event-manage = Menaxho këtë aktivitet
event-for-participants = Për pjesëmarrësit
agenda-publish-event-first = Publikoni fillimisht aktivitetin (Ndrysho → Statusi); pastaj publikoni axhendën e tij.

## The downloaded post-meeting report
post-report-file-note = Ky raport u ruajt nga Roundtable. Raporti online: { $url }
legal-matrix-by-country = Lexo një vend në një herë
legal-matrix-scroll-hint = Tabela lëviz anash brenda kutisë së saj; temat dhe vendet mbeten të dukshme.
legal-matrix-region = Regjistri sipas temës dhe vendit
legal-mismatch-meets = Vlera e matur e arrin pragun e standardit, por zëri është vlerësuar si mangësi. Kontrolloni vlerën ose vlerësimin.
legal-mismatch-short = Vlera e matur nuk e arrin pragun e standardit, por zëri është vlerësuar si në përputhje. Kontrolloni vlerën ose vlerësimin.
legal-mismatch = Vlera dhe vlerësimi
legal-threshold-min = minimum
legal-threshold-max = maksimum
events-month-none = Nuk ka aktivitete këtë muaj.

## Languages
language-switch-label = Gjuha
language-switch-submit = Shfaq në këtë gjuhë
language-unknown = Kjo gjuhë nuk është e disponueshme. Zgjidhni një gjuhë nga lista.
translation-draft = Ky përkthim është draft dhe ende nuk është rishikuar nga një folës amtar. Ju lutemi, njoftoni sekretariatin për çdo formulim të gabuar ose të paqartë: { $email }

## Country names (the network's six; Kosovo gets its asterisk and footnote from the code)
country-name-AL = Shqipëria
country-name-BA = Bosnja dhe Hercegovina
country-name-XK = Kosova
country-name-ME = Mali i Zi
country-name-MK = Maqedonia e Veriut
country-name-RS = Serbia

## Moved from code and templates
## Everything below was English in the code or the templates until now; each text is the same.

## Error answers (pages and the API)
error-not-found = Nuk e gjetëm këtë faqe ose regjistrim.
error-sign-in = Ju lutemi, hyni për të vazhduar.
error-forbidden = Nuk keni leje për ta bërë këtë.
error-csrf = Ky formular ka skaduar. Ju lutemi, kthehuni prapa, ringarkoni faqen dhe provoni përsëri.
# $site: this site's own address
error-foreign-origin = Kjo kërkesë u dërgua nga një faqe tjetër interneti, prandaj u refuzua për të mbrojtur llogarinë tuaj. Hapni vetë { $site } dhe provoni përsëri aty.
error-validation = Disa fusha kërkojnë vëmendjen tuaj.
error-no-room = Serveri nuk ka hapësirë për ta ruajtur këtë skedar; nuk u ruajt asgjë. Ju lutemi, njoftoni sekretariatin.
error-read-only = Baza e të dhënave tani mund vetëm të lexohet, prandaj nuk mund të ruhet asgjë; asgjë nga ajo që dërguat nuk u ndryshua. Ju lutemi, provoni përsëri më vonë ose njoftoni sekretariatin.
error-busy = Baza e të dhënave është e zënë me ndryshime të tjera, prandaj nuk u ruajt asgjë. Ju lutemi, provoni përsëri pas pak.
error-internal = Diçka nuk shkoi mirë nga ana jonë. Ju lutemi, provoni përsëri pas pak.
error-nul = Ajo që dërguat përmban një shenjë NUL, e cila nuk mund të ruhet. Ju lutemi, hiqeni dhe provoni përsëri.
error-duplicate = Ekziston tashmë një regjistrim me të njëjtën vlerë.
error-bad-request = Kërkesa nuk u kuptua.
error-method = Kjo adresë nuk e pranon këtë lloj kërkese.
error-too-large = Ajo që dërguat është shumë e madhe.
error-content-type = Ky lloj përmbajtjeje nuk pranohet këtu.
error-too-many = Shumë përpjekje. Ju lutemi, prisni disa minuta dhe provoni përsëri.
error-other = Kërkesa nuk u krye dot.
# $reason: the database's own words, for whoever runs the server
health-read-only = Baza e të dhënave mund vetëm të lexohet ({ $reason }).
health-no-answer = Baza e të dhënave nuk përgjigjet.

## The heading of an error page: the status number, then its name (HTTP's standard names in English)
http-status-400 = Kërkesë e pavlefshme
http-status-401 = Pa autorizim
http-status-403 = E ndaluar
http-status-404 = Nuk u gjet
http-status-405 = Metodë e palejuar
http-status-409 = Konflikt
http-status-412 = Parakusht i paplotësuar
http-status-413 = Përmbajtje shumë e madhe
http-status-415 = Lloj përmbajtjeje i pambështetur
http-status-422 = Përmbajtje që nuk mund të përpunohet
http-status-428 = Kërkohet parakusht
http-status-429 = Shumë kërkesa
http-status-500 = Gabim i brendshëm i serverit
http-status-503 = Shërbimi nuk është i disponueshëm
http-status-507 = Hapësirë ruajtjeje e pamjaftueshme

## What was sent did not fit: $what is what was sent, $field a field's name as sent
input-missing-field = { $what ->
        [form] Formularit
        [address] Adresës
       *[body] Trupit të kërkesës
    } i mungon fusha "{ $field }", e cila është e detyrueshme.
input-unknown-field = { $what ->
        [form] Formulari
        [address] Adresa
       *[body] Trupi i kërkesës
    } ka fushën "{ $field }", e cila nuk përdoret këtu.
input-duplicate-field = { $what ->
        [form] Formulari
        [address] Adresa
       *[body] Trupi i kërkesës
    } e jep fushën "{ $field }" më shumë se një herë.
input-bad-value = Një vlerë në { $what ->
        [form] formular
        [address] adresë
       *[body] trupin e kërkesës
    } nuk është e llojit ose e formatit të pritur (për shembull tekst aty ku duhet një numër ose një datë).
input-not-json-type = Kjo adresë pret një trup JSON (Content-Type: application/json).
input-body-too-large = Trupi i kërkesës është shumë i madh.
input-body-unreadable = Trupi i kërkesës nuk u lexua dot ose është shumë i madh.
input-not-json = Trupi i kërkesës nuk është JSON i vlefshëm.
input-address-unreadable = Adresa nuk u lexua dot.
input-not-a-form = Kjo adresë pret një formular uebi.
input-form-too-large = Formulari është shumë i madh.
input-upload-broken = Ngarkimi u ndërpre ose nuk është formular i vlefshëm. Ju lutemi, provoni përsëri.
input-form-too-many-fields = Formulari ka shumë fusha.
input-form-field-too-long = Një fushë e formularit është shumë e gjatë.

## The API's own messages
api-error-since = Jepni `since` në formatin VVVV-MM-DD.
api-error-date = Datat shkruhen VVVV-MM-DD, për shembull 2023-12-12.
mail-bad-address = '{ $email }' nuk është adresë e vlefshme email-i.

## Form checks shared by all forms and the API
validate-required = Kjo fushë është e detyrueshme.
# $max: a number of characters
validate-too-long = Kjo është shumë e gjatë: përdorni jo më shumë se { $max } shenja.
validate-control-characters = Kjo përmban shenja që nuk lejohen.
validate-one-line = Përdorni vetëm një rresht.
validate-email = Shkruani një adresë email-i si emri@example.org.
validate-url = Shkruani një adresë interneti që fillon me https:// ose http://.
validate-date = Shkruani një datë në formatin VVVV-MM-DD, për shembull 2023-12-12.
validate-choose = Zgjidhni një nga mundësitë.
validate-choose-listed = Zgjidhni një nga mundësitë e listës.
validate-choose-org = Zgjidhni një organizatë nga lista.
validate-choose-country = Zgjidhni një vend nga lista.
validate-choose-countries = Zgjidhni vendet nga lista.
validate-time = Shkruani një orë në formatin OO:MM, për shembull 09:30.
validate-end-after-start = Mbarimi duhet të jetë pas fillimit.
validate-time-zone = Zgjidhni një zonë kohore nga lista, për shembull Europe/Tirane.
validate-number = Shkruani një numër, për shembull 30.
validate-percent = Shkruani një përqindje nga 0 deri në 100.

## Action items: form checks
action-error-owner = Zgjidhni organizatën përgjegjëse për këtë detyrë.
action-error-owner-person = Zgjidhni një person të organizatës përgjegjëse.
action-error-supporters = Zgjidhni organizatat mbështetëse nga lista.
action-error-event = Zgjidhni një aktivitet nga lista.
action-error-agenda-item = Zgjidhni një pikë të axhendës së aktivitetit të zgjedhur.
action-error-legal-entry = Zgjidhni një zë të regjistrit të dallimeve ligjore.
action-error-legal-both = Lidhja me regjistrin e dallimeve ligjore kërkon edhe një temë, edhe një vend.
action-error-progress-empty = Shkruani një koment ose zgjidhni një status ose përqindje të re.
action-error-bulk-nothing = Zgjidhni një status të ri ose një organizatë të re përgjegjëse.
action-error-bulk-none-ticked = Shënoni detyrat që doni të ndryshoni.

## Legal register: form checks
legal-error-no-parameter = Kjo temë nuk ka vlerë të matur: lëreni bosh.
legal-error-too-many-links = Jepni jo më shumë se 20 adresa interneti.
legal-error-not-coe = { $country } nuk është anëtar i Këshillit të Evropës, prandaj GRETA nuk raporton për të. Lërini bosh fushat e GRETA-s.
legal-error-topic-code = Përdorni vetëm shkronja, shifra dhe viza, për shembull RES-05.
legal-error-threshold-kind = Zgjidhni minimum ose maksimum.
legal-error-parameter = Shkruani emrin e vlerës së matur për të cilën vlen pragu.
legal-error-threshold-kind-missing = Tregoni nëse standardi është minimum apo maksimum.
legal-error-topic-code-taken = Një temë tjetër e ka tashmë këtë kod.
legal-error-proposal-unchanged = Propozimi juaj ende nuk ndryshon asgjë: ndryshoni të paktën një fushë.
legal-error-proposal-decided = Për këtë propozim është vendosur tashmë.
# $problem: the CSV reader's own words (English)
legal-import-bad-header = Rreshti i parë nuk u lexua dot si emra kolonash CSV ({ $problem }).
legal-import-bad-line = Rreshti { $line } nuk u lexua dot si CSV ({ $problem }).
legal-import-missing-columns = Skedari duhet të ketë këto kolona: { $columns }.
legal-import-no-rows = Skedari ka emra kolonash, por nuk ka rreshta.
legal-import-code-twice = Kodi { $code } shfaqet më shumë se një herë në skedar.
legal-import-no-topic = Nuk ka temë me kodin "{ $code }".
legal-import-no-country = "{ $country }" nuk është një nga vendet e regjistrit (përdorni kode si AL, BA, XK).
legal-import-entry-twice = { $code } për { $country } shfaqet më shumë se një herë në skedar.
legal-import-not-saved = Skedari ka gabime; nuk u ruajt asgjë.

## Countries and the directory: form checks
country-error-code = Përdorni kodin ISO me dy shkronja, për shembull IT.
country-error-taken = Ky vend është tashmë në listë.
org-error-country = Zgjidhni një vend.
org-error-services = Zgjidhni shërbimet nga lista.

## Minutes: form checks
minutes-error-too-long = Procesverbali është shumë i gjatë: përdorni jo më shumë se 200 000 shenja.
minutes-error-deadline = Zgjidhni ditën e fundit për komente.
minutes-error-not-draft = Vetëm një procesverbal draft mund të dërgohet për komente.
minutes-error-closed = Komentet për këtë procesverbal janë mbyllur.

## Participants: form checks
participants-error-unpublished = Publikojeni aktivitetin para se të ftoni njerëz.
rsvp-error-started = Ky aktivitet ka filluar: përgjigjet nuk mund të ndryshohen më.

## Accounts: form checks
account-error-role = Zgjidhni një nga rolet: Sekretariati, Organizatë anëtare ose Vëzhgues.
account-error-no-org = Nuk ka organizatë me këtë emër, akronim ose numër.
account-error-member-org = Një llogari anëtari duhet të ketë një organizatë.
account-error-email-taken = Ekziston tashmë një llogari me këtë adresë email-i.
account-error-link-expired = Kjo lidhje ka skaduar ose është përdorur tashmë. Kërkoni një të re.
account-error-not-current-password = Ky nuk është fjalëkalimi juaj aktual.
account-error-new-passwords-differ = Dy fjalëkalimet e reja nuk janë të njëjta.
account-error-language = Zgjidhni një gjuhë nga lista.
account-error-same-address = Kjo është tashmë adresa juaj.
account-error-address-taken = Këtë adresë e përdor një llogari tjetër.
account-error-link-expired-settings = Kjo lidhje ka skaduar ose është përdorur tashmë. Kërkoni një të re te Cilësimet.
account-error-address-taken-now = Këtë adresë tani e përdor një llogari tjetër.
account-error-person-changed = Dikush ndryshoi personin e adresarit për këtë llogari ndërsa ju po zgjidhnit. Kontrolloni zgjedhjen dhe ruajeni përsëri.
account-error-person-archived = Ky person është arkivuar; zgjidhni një tjetër.
account-error-person-taken = Ky person i përket tashmë llogarisë { $email }.
# $min, $max: numbers of characters
password-too-short = Përdorni të paktën { $min } shenja.
password-too-long = Përdorni jo më shumë se { $max } shenja.

## Events and agenda: form checks
event-error-capacity = Shkruani numrin e vendeve, për shembull 40.
event-error-organizers = Zgjidhni organizatorët nga lista.
event-error-venue = Jepni një vend zhvillimi ose një lidhje online (ose të dyja).
event-error-ended-cancel = Ky aktivitet ka përfunduar, prandaj nuk mund të anulohet.
event-error-clock-change-date = Kjo datë bie në ndërrimin e orës; zgjidhni një tjetër.
# $zone: a time zone such as Europe/Tirane
event-error-no-such-time = Kjo orë nuk ekziston në { $zone } (atëherë ndërrohet ora).
# $first, $last: dates as YYYY-MM-DD
agenda-error-day = Aktiviteti zhvillohet nga { $first } deri më { $last }; zgjidhni një ditë brenda kësaj periudhe.

## Documents: form checks
document-error-title = Shkruani një titull.
document-error-title-long = Titulli është shumë i gjatë (jo më shumë se 300 shenja).
document-error-type = Zgjidhni llojin e dokumentit.
document-error-description-long = Përshkrimi është shumë i gjatë (jo më shumë se 20 000 shenja).
document-error-languages = Zgjidhni gjuhët nga lista.
document-error-tags-long = Shumë etiketa (jo më shumë se 500 shenja gjithsej).
document-error-visibility = Zgjidhni kush mund ta shohë dokumentin.
document-error-lifecycle = Zgjidhni një status nga lista.
document-error-variant-kind = Zgjidhni përkthim ose përshtatje kombëtare.
document-error-variant-kind-missing = Tregoni nëse ky është përkthim apo përshtatje kombëtare.
document-error-review-on = Shkruani datën e rishikimit si vit-muaj-ditë, për shembull 2027-06-30.
document-error-topics = Zgjidhni temat e regjistrit nga lista.
document-error-events = Një nga aktivitetet e zgjedhura nuk ekziston më.
document-error-agenda = Pikat e axhendës duhet t'i përkasin një aktiviteti të lidhur.
document-error-self = Një dokument nuk mund të lidhet me veten.
document-error-number = Shkruani një numër dokumenti, për shembull 12.
document-error-no-such-number = Nuk ka dokument me numrin { $id } që ju mund ta shihni.

## Uploads: the kinds of file, and why a file is refused
file-kind-pdf = PDF
file-kind-docx = Dokument Word (DOCX)
file-kind-xlsx = Tabelë Excel (XLSX)
file-kind-pptx = PowerPoint (PPTX)
file-kind-odt = Tekst OpenDocument (ODT)
file-kind-ods = Tabelë OpenDocument (ODS)
file-kind-txt = Tekst (TXT)
file-kind-csv = CSV
file-kind-png = Imazh PNG
file-kind-jpeg = Imazh JPEG
file-kind-other = Skedar
## A kind of file inside a sentence ("This file is named as a PDF but...")
file-kind-a-pdf = skedar PDF
file-kind-a-docx = dokument Word (DOCX)
file-kind-a-xlsx = tabelë Excel (XLSX)
file-kind-a-pptx = prezantim PowerPoint (PPTX)
file-kind-a-odt = tekst OpenDocument (ODT)
file-kind-a-ods = tabelë OpenDocument (ODS)
file-kind-a-txt = skedar teksti (TXT)
file-kind-a-csv = skedar CSV
file-kind-a-png = imazh PNG
file-kind-a-jpeg = imazh JPEG
upload-empty = Skedari është bosh.
# $types: the list of allowed types, such as "PDF, DOCX, XLSX"
upload-no-extension = Emri i skedarit nuk ka prapashtesë, prandaj nuk e dimë çfarë është. Llojet e lejuara: { $types }.
upload-refused-type = Skedarët e llojit .{ $ext } nuk pranohen. Llojet e lejuara: { $types }.
# $declared, $actual: a kind of file inside a sentence (file-kind-a-...)
upload-not-utf8 = Sipas emrit, ky skedar është { $declared }, por përmbajtja e tij nuk është tekst i thjeshtë në UTF-8. Ruajeni me kodimin UTF-8 dhe ngarkojeni përsëri.
upload-unrecognised = Sipas emrit, ky skedar është { $declared }, por nga përmbajtja nuk është as { $declared }, as ndonjë lloj tjetër i pranuar.
upload-mismatch = Sipas emrit, ky skedar është { $declared }, por nga përmbajtja është { $actual }. Riemërtojeni ose ngarkoni skedarin e duhur.
# $limit: a size such as "20.0 MB"
upload-too-large = Skedari është shumë i madh. Kufiri është { $limit }; ky skedar e kalon atë.
upload-choose-file = Zgjidhni skedarin që do të ngarkoni.
upload-api-no-file = Dërgojeni skedarin në një fushë multipart me emrin 'file'.
## Sizes of files
size-bytes = { $bytes } bajtë
size-kb = { $kb } KB
size-mb = { $mb } MB

## Documents: page titles and messages
documents-title = Dokumentet
document-new-title = Shto një dokument
document-edit-title = Ndrysho: { $title }
document-created = Dokumenti u shtua.
document-saved = Ndryshimet u ruajtën.
document-version-uploaded = Versioni i ri u ngarkua dhe tani është aktual.
# $number: the version brought back; $new: the number it has now
document-version-restored = Versioni { $number } është përsëri aktual (si versioni { $new }).
document-archived = Dokumenti u arkivua. Nuk shfaqet më në lista ose në kërkim.
document-unarchived = Dokumenti shfaqet përsëri në lista dhe në kërkim.
# $type: a document type, in lower case
document-followed = Do të merrni një email kur të shtohet ose të përditësohet një dokument i llojit "{ $type }".
document-unfollowed = Nuk e ndiqni më këtë lloj dokumenti.
document-error-unknown-type = Lloj i panjohur dokumenti.
document-error-adopt = Vetëm sekretariati mund ta shënojë një dokument si të miratuar nga rrjeti ose si të zëvendësuar.
document-error-adopt-api = Vetëm sekretariati mund ta shënojë një dokument si të miratuar ose si të zëvendësuar.

## Documents: the names of types, statuses, languages and who may see one
document-type-guideline = Udhëzim
document-type-sop = Procedurë standarde operative
document-type-referral_form = Formular referimi
document-type-training = Material trajnimi
document-type-report = Raport
document-type-presentation = Prezantim
document-type-legal_text = Tekst ligjor
document-type-other = Tjetër
document-visibility-choice-public = Publik: kushdo, edhe pa hyrë
document-visibility-choice-network = Rrjeti: të gjithë ata që kanë hyrë
document-visibility-choice-secretariat = Vetëm sekretariati (dhe organizata përgjegjëse)
document-visibility-public = Publik
document-visibility-network = Rrjeti
document-visibility-secretariat = Vetëm sekretariati
document-lifecycle-none = Nuk është dokument i rrjetit
document-lifecycle-draft = Draft
document-lifecycle-in_review = Në shqyrtim
document-lifecycle-adopted = Miratuar nga rrjeti
document-lifecycle-superseded = Zëvendësuar
document-language-en = English
document-language-sq = Shqip
document-language-bs = Bosanski
document-language-hr = Hrvatski
document-language-cnr = Crnogorski
document-language-mk = Македонски
document-language-sr = Srpski
document-language-de = Deutsch
document-language-fr = Français
document-variant-translation = Përkthim
document-variant-adaptation = Përshtatje kombëtare
document-variant-of-translation = Përkthim i dokumentit
document-variant-of-adaptation = Përshtatje kombëtare e dokumentit
document-text-done = Gati për kërkim
document-text-failed = Nuk u lexua dot për kërkim (titulli dhe përshkrimi mund të kërkohen gjithsesi)
document-text-none = Titulli dhe përshkrimi mund të kërkohen

## Documents: the form to add a document or edit its details
document-file = Skedari
# $limit: the largest file accepted, such as "20.0 MB"
document-file-hint = PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), tekst (TXT), CSV, PNG ose JPEG; jo më shumë se { $limit }.
document-file-again = Për sigurinë tuaj, shfletuesi e harron skedarin e zgjedhur kur formulari shfaqet përsëri: ju lutemi, zgjidheni përsëri.
document-version-note = Shënim për versionin
document-choose-several = Mbani shtypur Ctrl (ose Cmd) për të zgjedhur disa.
document-tags-hint = Ndani etiketat me presje, për shembull: strehëz, fëmijë, referim.
document-owner-secretariat = Sekretariati
document-supersedes-hint = Opsionale. Numri shfaqet në faqen e çdo dokumenti, për shembull "Nr. 12".
document-not-a-variant = As përkthim, as përshtatje
document-review-hint = Në këtë datë, organizata përgjegjëse merr një kujtesë me email.
document-save-changes = Ruaj ndryshimet
document-upload-and-save = Ngarko dhe ruaj

## Documents: the list
documents-intro = Udhëzime, procedura standarde operative, formularë referimi, materiale trajnimi dhe raporte që ndahen në rrjet. Çdo dokument i ruan të gjitha versionet e veta.
documents-show-current = Shfaq dokumentet aktuale
documents-show-archived = Shfaq dokumentet e arkivuara
documents-filter-country = Vendi
documents-filter-topic = Tema e regjistrit
documents-filter-language = Gjuha
documents-col-status = Statusi
documents-col-owner = Përgjegjësi
documents-col-updated = Përditësuar
# $type: a document type
documents-following-type = Merrni një email kur shtohet ose përditësohet një dokument i këtij lloji ({ $type }).
documents-stop-following = Mos e ndiq më
documents-follow-type = Ndiq këtë lloj ({ $type })
# Follows the button "Follow this type (...)"
documents-follow-why = : merrni një email kur shtohet ose përditësohet një dokument i tillë.
documents-table-caption = Dokumentet, nga ndryshimi më i ri
# $updated: a date; $version: the number of the current version
documents-updated-version = { $updated } (v{ $version })
documents-none = Asnjë dokument nuk përputhet me këta filtra.

## Documents: one document
# $id: the document's number
document-number = Nr. { $id }
document-number-label = Numri i dokumentit
document-example = Shembull: dokument demonstrues i trilluar.
document-is-archived = Ky dokument është arkivuar. Nuk shfaqet në lista ose në kërkim.
# Followed by the documents that replace this one
document-replaced-by = Zëvendësuar nga:
document-download = Shkarko { $filename }
# $type: a kind of file; $size: its size; $number: the version's number
document-current-file = { $type }, { $size }, versioni { $number }
document-review-due = Afati i rishikimit
document-replaces = Zëvendëson
document-search-state = Kërkimi
document-variants = Përkthimet dhe përshtatjet kombëtare
document-countries = Vendet
document-events = Aktivitetet
document-agenda = Pikat e axhendës
document-edit-details = Ndrysho të dhënat
document-unarchive = Rikthe nga arkivi
document-archive = Arkivo
document-new-version = Ngarko një version të ri
document-new-version-hint = PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG ose JPEG; jo më shumë se { $limit }. Ai bëhet versioni aktual; versionet e mëparshme mbeten të disponueshme më poshtë.
document-what-changed = Çfarë ndryshoi
document-upload-version = Ngarko versionin e ri
# $type: a document type
document-following-type = Ndiqni dokumentet e llojit "{ $type }".
document-follow-type = Ndiq dokumentet e llojit "{ $type }"
## Documents on another page (an event, a register topic)
documents-add-here = Shto një dokument këtu
documents-none-yet = Ende nuk ka dokumente.

## Search
search-title = Kërkimi
# $words: what was typed
search-title-words = Kërkimi: { $words }
search-words = Fjalët që kërkoni
search-hint = Kërkon në dokumente (edhe në tekstin brenda skedarëve PDF, Word, tabelave, prezantimeve dhe skedarëve tekst), në aktivitete dhe pika të axhendës, në detyra, në organizata dhe persona, si dhe në regjistrin e dallimeve ligjore. Shkronjat me shenja nuk kanë rëndësi: "Tirane" gjen "Tiranë".
search-too-short = Shkruani të paktën një fjalë me dy ose më shumë shkronja.
search-catching-up = Indeksi i kërkimit po përfshin ende ndryshimet e fundit, prandaj disa mund të mos gjenden ende. Provoni përsëri pas një minute.
search-all-results = Të gjitha rezultatet
search-total = { $total ->
    [one] { $total } rezultat.
   *[other] { $total } rezultate.
}
search-total-public = { $total ->
    [one] { $total } rezultat në faqet publike. Hyni për të kërkuar në të dhënat e rrjetit.
   *[other] { $total } rezultate në faqet publike. Hyni për të kërkuar në të dhënat e rrjetit.
}
# $kind: a kind of record, such as "Agenda items"
search-see-all = Shiko të gjitha ({ $count }) te "{ $kind }"
search-nothing = Nuk u gjet asgjë për “{ $words }”. Provoni më pak fjalë ose fjalë më të shkurtra.
search-nothing-public = Nuk u gjet asgjë për “{ $words }” në faqet publike. Hyni për të kërkuar në të dhënat e rrjetit. Provoni më pak fjalë ose fjalë më të shkurtra.
search-kind-document = Dokumentet
search-kind-event = Aktivitetet
search-kind-agenda = Pikat e axhendës
search-kind-action = Detyrat
search-kind-organization = Organizatat
search-kind-person = Personat
search-kind-legal = Regjistri i dallimeve ligjore

## Document mails
# $who: a person's name; $type: a document type
email-document-added = { $who } shtoi një dokument ({ $type }) që përputhet me atë që ndiqni:
email-document-new-version = { $who } ngarkoi versionin { $version } të një dokumenti që ndiqni ({ $type }):
email-document-note = Shënim: { $note }
email-document-open = Hap dokumentin
email-document-open-text = Hapeni: { $url }
email-document-added-subject = Dokument i ri: { $title }
email-document-new-version-subject = Versioni i ri { $version }: { $title }
# $review_on: a date
email-document-review-due = Erdhi data e rishikimit të këtij dokumenti ({ $review_on }):
email-document-review-ask = Ju lutemi, kontrolloni nëse është ende i saktë. Ngarkoni një version të ri nëse ka ndryshuar, ose caktoni datën e ardhshme të rishikimit.
email-document-set-review = Cakto datën e ardhshme të rishikimit
email-document-set-review-text = Caktoni datën e ardhshme të rishikimit: { $url }
email-document-review-subject = Koha për rishikim: { $title }

## The Kosovo* footnote, wherever a page or a mail names Kosovo*
footnote-label = Shënim
kosovo-footnote = Ky emërtim nuk paragjykon qëndrimet për statusin dhe është në përputhje me Rezolutën 1244/1999 të Këshillit të Sigurimit të OKB-së dhe me Opinionin e Gjykatës Ndërkombëtare të Drejtësisë për shpalljen e pavarësisë së Kosovës.

## Notes the product writes into a record's history, in the language of whoever acts
# $name: who proposed the change; $comment: what they wrote with it
legal-note-proposed-by = Propozuar nga { $name }
legal-note-proposed-by-comment = Propozuar nga { $name }: { $comment }
# Stands for the proposer's name when their account is gone
legal-note-proposed-by-member = një anëtar
legal-imported-note = Importuar nga një skedar CSV
document-restored-note = U rikthye versioni { $number }.
# A comment on an action item reviewed at a meeting. $title: the meeting; $outcome: what was said
matters-reviewed-at = Shqyrtuar në "{ $title }": { $outcome }

## Mails written in code (minutes, the waiting list)
minutes-circulated-subject = Procesverbali për komente: { $title }
# $deadline: a date as YYYY-MM-DD
minutes-circulated-text = Procesverbali draft i "{ $title }" është gati. Ju lutemi, lexojeni dhe komentoni ose propozoni korrigjime deri më { $deadline }.
rsvp-place-free-subject = U lirua një vend: { $title }
rsvp-place-free-text = U lirua një vend dhe tani është i juaji. Ju presim me kënaqësi.

## Minutes: what changed between two versions, by section
# $section: "Meeting" or an agenda item's title; $part: notes or decisions
minutes-diff-section = { $section } · { $part }
minutes-diff-meeting = Takimi
# An agenda item deleted since: $id is its number
minutes-diff-item = Pika { $id }
minutes-diff-notes = shënimet
minutes-diff-decisions = vendimet

## Calendar files (.ics): text the product writes into events and feeds
# $url: the meeting's online link
ics-online = Online: { $url }
ics-moderator = Moderatori: { $name }
# $names: the speakers, separated by semicolons
ics-speakers = Folësit: { $names }
ics-network-calendar = Roundtable: aktivitetet e rrjetit
# $name: the person whose calendar it is
ics-personal-calendar = Roundtable: { $name }

## Column names of the CSV downloads, as people read them in their spreadsheet. (The legal
## register's export keeps fixed column names: its import reads them back.)

## CSV download of action items: column names
csv-action-id = id
csv-action-title = titulli
csv-action-owner-organization = organizata_përgjegjëse
csv-action-due-on = afati
csv-action-priority = përparësia
csv-action-status = statusi
csv-action-percent = përqindja
csv-action-countries = vendet
csv-action-tags = etiketat
csv-action-event-id = id_e_aktivitetit

## CSV download of an event's participants: column names
csv-participant-name = emri
csv-participant-email = email
csv-participant-organization = organizata
csv-participant-country = vendi
csv-participant-status = statusi
csv-participant-dietary = nevojat_për_ushqim
csv-participant-accessibility = aksesueshmëria
csv-participant-shares-name = ndan_emrin
csv-participant-attended = mori_pjesë

## CSV download of the directory: column names
csv-org-id = id
csv-org-name = emri
csv-org-acronym = akronimi
csv-org-country-code = kodi_i_vendit
csv-org-country = vendi
csv-org-kind = lloji
csv-org-membership-status = statusi_i_anëtarësisë
csv-org-joined-on = anëtarësuar_më
csv-org-website = faqja_e_internetit
csv-org-email = email
csv-org-phone = telefoni
csv-org-address = adresa
csv-org-services = shërbimet

## The register's measured parameters and units of the seeded topics (others stay as the secretariat wrote them)
legal-parameter-maximum-imprisonment = burgimi maksimal
legal-parameter-maximum-imprisonment-when-aggravated = burgimi maksimal në rrethana rënduese
legal-parameter-reflection-period = periudha e reflektimit
legal-parameter-limitation-period = afati i parashkrimit
legal-unit-days = ditë
legal-unit-years = vjet

## Exchange with other directories (HSDS)
directory-export-hsds = Shërbimet për drejtori të tjera (HSDS)
# Written into the HSDS export (in English, the network's working language)
hsds-interpretation = Mund të sigurohet përkthim gojor.
hsds-confidential-location = Vendndodhje konfidenciale: ndahet vetëm qyteti.
hsds-24-7 = Hapur 24/7
## Services, contact points and capacity (support: /services)
nav-services = Shërbimet
support-title = Shërbimet
support-intro = Çfarë ofrojnë organizatat e rrjetit, ku dhe për kë, si bëhet referimi dhe sa vend kanë. Shifrat numërojnë vende, kurrë njerëz.
support-org-heading = Shërbimet në hollësi
support-totals = Kapaciteti në këtë listë
support-total = { $unit }: { $count } gjithsej
support-total-available = të lira tani: { $count }
support-total-unconfirmed = shifra të pakonfirmuara me kohë dhe të panumëruara: { $count }
support-verified-on = Konfirmuar për herë të fundit si të sakta më { $date }
support-verified-by = Konfirmuar për herë të fundit si të sakta më { $date } nga { $name }
support-never-verified = Askush nuk i ka konfirmuar ende këto të dhëna
support-empty = Asnjë shërbim nuk përputhet me këto filtra.
support-edit = Ndrysho shërbimin
support-confirm = Konfirmo që këto të dhëna janë ende të sakta
support-where = Ku
support-who = Kush mund të vijë
support-how = Si bëhet referimi
support-contacts = Pikat e kontaktit
support-capacity = Kapaciteti
support-funding = Financimi
support-funded-until = financuar deri më { $date }
support-back-to-list = Kthehu te të gjitha shërbimet
support-confidential-note = Adresa mbahet konfidenciale: kontaktoni shërbimin nëpërmjet pikave të tij të kontaktit.
support-open-24-7 = Hapur ditë e natë (24/7)
support-ages = Mosha
support-age-range = nga { $min } deri në { $max } vjeç
support-age-from = nga { $min } vjeç
support-age-to = deri në { $max } vjeç
support-all-ages = çdo moshë
support-everyone = Të gjithë
support-edit-item = Ndrysho
support-delete = Hiq
support-contact-new-title = Shto një pikë kontakti
support-contact-edit-title = Ndrysho një pikë kontakti
support-capacity-new-title = Shto një shifër kapaciteti
support-capacity-edit-title = Ndrysho një shifër kapaciteti
support-figure-maximum = { $unit }: të shumtën { $count }
support-figure-funded = të financuara: { $count }
support-figure-available = të lira tani: { $count }
support-figure-unconfirmed = E pakonfirmuar që nga { $date }, prandaj nuk numërohet në totale
support-figure-as-of = Më { $date }
support-new-title = Shto një shërbim
support-edit-title = Ndrysho shërbimin
support-choose = Zgjidhni…
support-areas-hint = Bashkitë ose rajonet, siç i shkruani zakonisht; lëreni bosh kur shërbimi mbulon gjithë vendin.
support-confidential-hint = Shënojeni për një strehëz ose çdo vend, adresa e të cilit duhet të mbetet e fshehtë: adresën e shohin vetëm organizata juaj dhe sekretariati; të tjerët shohin qytetin dhe pikat e kontaktit.
support-genders-hint = Mos shënoni asgjë nëse shërbimi është i hapur për të gjithë.
support-notice-hint = E nevojshme kur shërbimi është pezulluar: pse dhe deri kur.
support-contact-hint = Një rol, si zyra e pranimit ose një linjë 24/7; kurrë një person që ndihmoni.
support-capacity-hint = Vetëm numra vendesh, kurrë të dhëna për njerëz.
support-available-hint = E shohin vetëm organizatat anëtare dhe sekretariati.
support-expiry-hint = Pas kësaj date shifra shfaqet si e pakonfirmuar dhe nuk hyn në totale.
support-created = Shërbimi u shtua.
support-saved = Shërbimi u ruajt.
support-confirmed = Faleminderit: të dhënat u shënuan si të konfirmuara sot.
support-contact-saved = Pika e kontaktit u ruajt.
support-contact-deleted = Pika e kontaktit u hoq.
support-capacity-saved = Shifra e kapacitetit u ruajt.
support-capacity-deleted = Shifra e kapacitetit u hoq.
support-contact-delete-title = Të hiqet pika e kontaktit “{ $role }” e { $service }?
support-contact-delete-consequence = Kush kërkon këtë shërbim nuk do ta shohë më këtë mënyrë për ta kontaktuar.
support-capacity-delete-title = Të hiqet shifra për { $unit } e { $service }?
support-capacity-delete-consequence = Shifra largohet menjëherë nga faqja e shërbimit dhe nga totalet.
support-error-age = Shkruani një moshë në vite të plota, nga 0 deri në 120.
support-error-age-range = Mosha më e madhe nuk mund të jetë më e vogël se mosha më e vogël.
support-error-modes = Shënoni të paktën një mënyrë si punon shërbimi.
support-error-countries = Shënoni të paktën një vend që mbulon.
support-error-country-unknown = { $code } nuk është vend i rrjetit.
support-error-city-confidential = Një vendndodhje konfidenciale ka nevojë për qytetin, që njerëzit të dinë ku ndodhet shërbimi.
support-error-notice = Shkruani pse është pezulluar shërbimi dhe deri kur.
support-error-contact-reach = Jepni një numër telefoni ose një adresë email-i.
support-error-negative = Numri i vendeve nuk mund të jetë negativ.
support-error-count = Shkruani një numër të plotë.
support-error-available-max = Vendet e lira nuk mund të jenë më shumë se maksimumi.
support-error-expiry = Data e skadimit nuk mund të jetë para datës së shifrës.
support-field-kind = Lloji i shërbimit
support-field-name = Emri
support-field-description = Përshkrimi
support-field-countries = Vendet që mbulon
support-field-areas = Bashkitë ose rajonet
support-field-modes = Si punon
support-field-city = Qyteti
support-field-address = Adresa
support-field-confidential_location = Vendndodhje konfidenciale
support-field-age_min = Mosha më e vogël
support-field-age_max = Mosha më e madhe
support-field-genders = Gjinia që pranon
support-field-target_groups = Grupet e synuara
support-field-identification = Identifikimi i kërkuar
support-field-languages = Gjuhët që fliten
support-field-interpretation = Mund të sigurohet përkthim gojor
support-field-referral = Si vijnë njerëzit
support-field-intake_steps = Hapat e pranimit
support-field-hours = Orari
support-field-open_24_7 = Hapur ditë e natë (24/7)
support-field-funding_source = Burimi i financimit
support-field-funded_until = Financuar deri më
support-field-status = Gjendja
support-field-status_notice = Njoftim për gjendjen
support-field-role = Roli
support-field-phone = Telefoni
support-field-email = Adresa e email-it
support-field-available_24_7 = Përgjigjet ditë e natë (24/7)
support-field-unit = Njësia
support-field-maximum = Maksimumi
support-field-funded = Të financuara
support-field-available = Të lira tani
support-field-band = Sa plot është
support-field-target_group = Vlen për
support-field-as_of = Më datë
support-field-expires_on = Vlen deri më
support-field-organization_id = Organizata
service-mode-on_site = Në vend
service-mode-mobile = Ekip i lëvizshëm
service-mode-remote = Në distancë (telefon ose internet)
service-gender-female = Gra dhe vajza
service-gender-male = Burra dhe djem
service-gender-other = Identitete të tjera gjinore
service-group-children = Fëmijë
service-group-families = Familje
service-group-third_country_nationals = Shtetas të vendeve të treta
service-group-returnees = Të kthyer
service-group-adults = Të rritur
service-group-women = Gra
service-group-men = Burra
service-identification-presumed = Mjafton të jetë viktimë e mundshme
service-identification-formal = Kërkohet identifikim zyrtar si viktimë
service-referral-referral = Vetëm me referim
service-referral-self = Me referim ose me vetëreferim
service-status-active = Aktiv
service-status-suspended = I pezulluar përkohësisht
service-status-closed = I mbyllur
capacity-unit-beds = Shtretër
capacity-unit-places = Vende
capacity-unit-persons_month = Persona në muaj
capacity-unit-transports_month = Transporte në muaj
capacity-unit-case_slots = Raste të mundshme
capacity-band-available = Ka vende të lira
capacity-band-limited = Të kufizuara
capacity-band-full = Plot
capacity-band-waiting_list = Listë pritjeje
spoken-language-sq = shqip
spoken-language-sr = serbisht
spoken-language-bs = boshnjakisht
spoken-language-hr = kroatisht
spoken-language-mk = maqedonisht
spoken-language-en = anglisht
spoken-language-de = gjermanisht
spoken-language-fr = frëngjisht
spoken-language-it = italisht
spoken-language-tr = turqisht
spoken-language-ro = rumanisht
spoken-language-ru = rusisht
spoken-language-uk = ukrainisht
spoken-language-ar = arabisht
spoken-language-fa = persisht (farsi)
spoken-language-ur = urdu
spoken-language-ps = pashto
spoken-language-bn = bengalisht
spoken-language-hi = hindisht
spoken-language-zh = kinezisht
spoken-language-es = spanjisht
spoken-language-rom = rome
## Referral pathways, the pathway matrix and finding help across borders (pathways)
nav-pathways = Rrugët e referimit
pathways-title = Rrugët e referimit
pathways-intro = Si referohet një person nga një vend në tjetrin, për çdo lloj shërbimi: kush bën çfarë, sa mund të zgjasë çdo hap, çfarë mund të ndahet dhe kë duhet të telefononi.
pathways-legend = Çfarë tregojnë etiketat
pathways-legend-agreed = partnerët e kanë miratuar dhe mund të përdoret
pathways-legend-draft = ende në punë; mos e përdorni ende
pathways-legend-suspended = e pezulluar për momentin; pyesni sekretariatin
pathways-scroll-hint = Tabela lëviz anash brenda kutisë së saj.
pathways-matrix-region = Matrica e rrugëve, e lëvizshme
pathways-matrix-caption = Rrugët e referimit: vendet që referojnë (rreshtat) drejt vendeve që pranojnë (kolonat)
pathways-from-to = Nga \ Drejt
pathways-none-here = Asnjë rrugë
pathways-list-title = Të gjitha rrugët
pathways-none = Asnjë rrugë nuk përputhet me këto filtra.
pathways-back = Kthehu te matrica e rrugëve
pathway-new = Rrugë e re
pathway-edit = Ndrysho rrugën
pathway-saved = Rruga u ruajt.
pathway-used-saved = U shënua: rruga u përdor sot.
pathway-route = Nga { $from } drejt { $to }
pathway-from = Referuar nga
pathway-to = Referuar drejt
pathway-kind = Lloji i shërbimit
pathway-status = Statusi
pathway-status-draft = Draft
pathway-status-agreed = E miratuar
pathway-status-suspended = E pezulluar
pathway-service = Shërbimi pritës
pathway-no-service = Ende pa emër
pathway-contact = Pika e kontaktit
pathway-no-contact = Nuk është caktuar pikë kontakti
pathway-contact-24-7 = në dispozicion ditë e natë
pathway-consent = Pëlqimi i informuar
pathway-consent-hint = Si kërkohet dhe regjistrohet pëlqimi para se të ndahet diçka.
pathway-child-consent = Pëlqimi për fëmijët
pathway-information = Informacioni që mund të ndahet
pathway-information-hint = Vetëm këto lloje informacioni mund të shkojnë me një referim, dhe vetëm me pëlqim.
pathway-information-identity_documents = Dokumentet e identitetit
pathway-information-medical_needs = Nevojat mjekësore
pathway-information-language = Gjuha
pathway-information-safety_risks = Rreziqet për sigurinë
pathway-information-family_situation = Gjendja familjare
pathway-information-legal_status = Statusi ligjor
pathway-escort = Shoqërimi
pathway-escort-cost = Kush paguan udhëtimin dhe shoqërimin
pathway-document = Marrëveshja ose procedura standarde
pathway-barriers = Pengesat ligjore të njohura
pathway-barriers-hint = Hyrje të regjistrit të dallimeve ligjore që e vështirësojnë këtë referim.
pathway-barrier-topic = Tema e regjistrit
pathway-barrier-country = Vendi i hyrjes
pathway-no-barriers = Asnjë e regjistruar
pathway-steps = Hapat
pathway-steps-hint = Me radhë: kush bën çfarë dhe sa ditë mund të zgjasë më së shumti. Lëreni bosh një rresht për ta kapërcyer.
pathway-step-number = Hapi { $n }
pathway-step-actor = Kush
pathway-step-action = Çfarë bën
pathway-step-days = Më së shumti sa ditë
pathway-step-days-at-most = { $count ->
    [one] më së shumti { $count } ditë
   *[other] më së shumti { $count } ditë
}
pathway-total-days = Të gjithë hapat bashkë zgjasin më së shumti { $count ->
    [one] { $count } ditë
   *[other] { $count } ditë
}.
pathway-no-steps = Ende nuk janë shkruar hapa.
pathway-not-set = E pacaktuar
pathway-not-named = (asnjë)
pathway-choose = Zgjidhni…
pathway-not-agreed = Kjo rrugë nuk është e miratuar: pyesni sekretariatin para se ta përdorni.
pathway-last-used = Përdorur së fundi
pathway-never-used = Ende e papërdorur
pathway-used-today = U përdor sot
pathway-error-same-country = Zgjidhni një vend tjetër nga ai që referon.
pathway-error-service-kind = Ky shërbim është i një lloji tjetër.
pathway-error-service-country = Ky shërbim nuk punon në vendin pritës.
pathway-error-contact = Zgjidhni një pikë kontakti të shërbimit pritës.
pathway-error-consent = Një rrugë e miratuar ka nevojë për rregullin e pëlqimit.
pathway-error-days = Shkruani një numër të plotë ditësh nga 0 deri në 365.
find-title = Gjeni ndihmë përtej kufijve
find-intro = Përshkruani situatën, jo personin: shërbimet që përshtaten shfaqen me vendet e lira, pikën e kontaktit dhe rrugën e referimit nga vendi juaj.
find-nothing-kept = Asgjë nga ky kërkim nuk ruhet: as regjistrim, as histori, dhe adresa e kërkimit nuk shkruhet në regjistrat e sistemit.
find-country = Ndihma nevojitet në
find-age = Mosha
find-gender = Seksi ose gjinia
find-gender-female = Femër
find-gender-male = Mashkull
find-gender-other = Tjetër
find-language = Gjuha që flet
find-identification = Identifikimi
find-identification-presumed = Viktimë e supozuar (pa identifikim formal)
find-identification-formal = E identifikuar formalisht
find-needed-from = Nevojitet nga
find-from = Referohet nga
find-from-own = Vendi i organizatës sime
find-submit = Gjeni shërbime
find-results = { $count ->
    [one] { $count } shërbim përshtatet
   *[other] { $count } shërbime përshtaten
}
find-none = Asnjë shërbim nuk i përshtatet kësaj situate. Provoni pa gjuhën ose pa llojin e shërbimit.
find-interpretation = Stafi nuk e flet këtë gjuhë: mund të sigurohet përkthim.
find-capacity = Vende të lira
find-as-of = më
find-capacity-unconfirmed = e pakonfirmuar që nga { $date }
find-no-capacity = Nuk ka shifra
find-verified = Të dhënat u kontrolluan së fundi
find-never-verified = asnjëherë
find-funding-ends = Financimi mbaron para se të nevojitet ndihma:
find-pathway = Rruga e referimit
find-no-pathway = Ende asnjë nga vendi juaj
search-kind-service = Shërbimet
## Figures for the roundtable (monthly counts per service kind, quarterly reports)
nav-figures = Shifrat
figures-title = Shifrat
figures-intro = Sa njerëz referuan, pritën dhe ndihmuan organizatat e rrjetit, sipas vendit dhe shërbimit, nga numërimet e tyre mujore. Vetëm numra: asnjë shifër nuk përshkruan një person.
figures-suppression-note = Shifrat nga 1 deri në { $threshold } minus një shfaqen si “<{ $threshold }”, dhe kur një total do ta zbulonte njërën prej tyre, fshihet edhe një shifër tjetër.
figures-below = <{ $threshold }
figures-quarter = T{ $quarter } { $year }
figures-quarter-label = Tremujori
figures-kind = Shërbimi
figures-country = Vendi
figures-flow-corner = Nga \ për në
figures-total = Gjithsej
figures-reporting = { $count ->
    [one] Një organizatë raportoi shifra për këtë tremujor.
   *[other] { $count } organizata raportuan shifra për këtë tremujor.
}
figures-example-notice = Këto shifra përfshijnë shifra demonstruese të trilluara.
figures-report-link = Raporto shifrat e organizatës sime
figures-download-csv = Shkarko si CSV
figures-table-by-country = Sipas vendit
figures-table-by-kind = Persona të ndihmuar rishtazi, sipas shërbimit
figures-table-flows = Referime ndërkufitare
figures-table-unmet = Nevoja të paplotësuara: referime të refuzuara për mungesë kapaciteti
figures-table-own = Shifrat e organizatës sime (të sakta, vetëm për ju)
figures-table-gaps = Boshllëqe në mbulim
figures-own-hint = Vetëm anëtarët e organizatës suaj i shohin këto numra të saktë; të tjerët shohin totalet e vendit.
figures-own-none = Organizata juaj nuk ka raportuar shifra për këtë tremujor.
figures-gaps-hint = Aty ku asnjë organizatë nuk raportoi një shërbim në një vend, ose askush nuk u ndihmua.
figures-gap-no-report = pa raport
figures-gap-none-assisted = askush i ndihmuar
figures-gap-covered = i mbuluar
figures-chart-title = Persona të ndihmuar rishtazi, sipas vendit
figures-chart-caption = Të njëjtat shifra janë në tabelën e parë më poshtë.
figures-measure-received = Referime të marra
figures-measure-sent = Referime të dërguara
figures-measure-new = Të ndihmuar rishtazi
figures-measure-ongoing = Të ndihmuar, në vazhdim
figures-measure-declined = Referime të refuzuara
figures-measure-bed_nights = Netë shtrati
figures-csv-quarter = Tremujori
figures-csv-table = Tabela
figures-csv-row = Rreshti
figures-csv-column = Kolona
figures-csv-value = Vlera
figures-mine-title = Shifrat e organizatës sime
figures-mine-intro = Një formular në muaj për çdo shërbim: vetëm numra. Muaji mbetet i hapur deri më 10 të muajit pasardhës; ndryshimet e mëvonshme regjistrohen si korrigjime.
figures-back-to-report = Kthehu te shifrat e rrjetit
figures-reported = raportuar
figures-not-reported = ende pa raportuar
figures-month-open = I hapur deri më { $date }.
figures-month-closed = I mbyllur.
figures-form-title = { $kind }: { $month }
figures-correction-note = Nëse ruani tani, regjistrohet një korrigjim, me emrin tuaj dhe orën.
figures-counts-only = Vetëm numra të plotë, nga 0 e lart; lëreni fushën bosh për 0. Mos shkruani kurrë emra apo të dhëna të tjera për një person.
figures-breakdown = Ndarja e personave të ndihmuar
figures-breakdown-show = Shfaq këto fusha
figures-breakdown-none = Pa ndarje
figures-breakdown-sex = Sipas gjinisë
figures-breakdown-age = Fëmijë dhe të rritur
figures-breakdown-origin = Vendas, nga rajoni ose nga vende të treta
figures-breakdown-hint-none = Një numër për të gjithë.
figures-breakdown-hint-sex = Një numër për çdo grup; së bashku japin totalin.
figures-breakdown-hint-age = Fëmijë janë personat nën 18 vjeç.
figures-breakdown-hint-origin = Nga rajoni: nga një vend tjetër i rrjetit.
figures-category-all = Të gjithë
figures-category-female = Gra dhe vajza
figures-category-male = Burra dhe djem
figures-category-other = Gjini tjetër
figures-category-child = Fëmijë
figures-category-adult = Të rritur
figures-category-national = Shtetas vendas
figures-category-regional = Nga rajoni
figures-category-third_country = Nga vende të treta
figures-group-referrals = Referime të marra
figures-group-sent = Referime të dërguara, sipas vendit të destinacionit
figures-group-sent-hint = Referime te një organizatë në secilin vend, përfshirë vendin tuaj.
figures-group-new = Persona të ndihmuar rishtazi
figures-group-ongoing = Persona të ndihmuar, në vazhdim
figures-group-declined = Referime të refuzuara, sipas arsyes
figures-group-occupancy = Zënia e vendeve
figures-field-received = Numri i referimeve të marra
figures-field-bed_nights = Netë shtrati (një person për një natë është një)
figures-reason-no_capacity = Mungesë kapaciteti
figures-reason-not_eligible = Nuk plotëson kushtet
figures-reason-no_consent = Pa pëlqim
figures-reason-other = Arsye tjetër
figures-error-number = Shkruani një numër të plotë, p.sh. 0 ose 12.
figures-error-negative = Një numër nuk mund të jetë nën 0.
figures-error-too-large = Shkruani jo më shumë se { $max }.
figures-saved = Shifrat u ruajtën.
figures-revisions = Ruajtjet
figures-revision-saved = Versioni { $version } u ruajt nga { $name }, { $when }.
figures-revision-correction = Versioni { $version }: korrigjuar nga { $name }, { $when }, pasi muaji ishte mbyllur.
## Services kept fresh: the monthly "still correct?" mail, the secretariat's list of services to check, capacity and funding notices
category-services = Shërbimet
freshness-review-title = Shërbime për t'u kontrolluar
freshness-review-lists = Listat e shërbimeve për t'u kontrolluar
freshness-unconfirmed-heading = Pa konfirmim prej { $days } ditësh
freshness-funding-heading = Financimi mbaron brenda { $months } muajve
freshness-last-confirmed = Konfirmuar për herë të fundit më { $date }
freshness-never-confirmed = Nuk është konfirmuar kurrë
freshness-funded-until = Financuar deri më { $date }
freshness-see-all = Shihini të gjitha ({ $count })
freshness-unconfirmed-none = Të gjitha shërbimet janë konfirmuar së fundmi.
freshness-funding-none = Asnjë shërbimi nuk i mbaron financimi në muajt në vijim.
freshness-col-service = Shërbimi
freshness-col-organization = Organizata
freshness-col-funded-until = Financuar deri më
freshness-col-confirmed = Konfirmimi i fundit
freshness-confirm-title = A janë ende të sakta të dhënat?
freshness-confirm-question = A janë ende të sakta të dhënat e shërbimit { $service } ({ $organization }) në regjistrin e shërbimeve të rrjetit?
freshness-confirm-submit = Po, janë ende të sakta
freshness-confirm-done = Faleminderit: shërbimi { $service } u konfirmua më { $date }.
freshness-confirm-thanks = Nëse ndryshon diçka, ju lutemi hyni dhe përditësoni të dhënat e shërbimit.
freshness-link-invalid-title = Kjo lidhje nuk funksionon
freshness-link-invalid-text = Lidhja është e paplotë ose ka skaduar (lidhjet vlejnë 45 ditë), ose shërbimi nuk ekziston më. Hyni për të konfirmuar ose përditësuar shërbimet e organizatës suaj, ose prisni email-in e muajit të ardhshëm.
freshness-link-invalid-sign-in = Hyr
email-service-confirm-subject = A janë ende të sakta shërbimet e { $organization }?
email-service-confirm-intro = Një herë në muaj u kërkojmë pikave të kontaktit të { $organization } të kontrollojnë shërbimet e saj në regjistrin e shërbimeve të rrjetit. Shërbime në listë: { $count }.
email-service-confirm-how = Nëse të dhënat e një shërbimi janë ende të sakta, mjafton një klikim. Nëse diçka ka ndryshuar, ju lutemi përditësojini.
email-service-confirm-still-correct = Ende të sakta
email-service-confirm-update = Përditësoni
email-service-confirm-expiry = Lidhjet vlejnë { $days } ditë.
email-service-full-subject = Plot: { $service } ({ $organization })
email-service-full-text = { $service } ({ $organization }) njofton se nuk ka më vende: { $unit ->
    [beds] shtretër
    [places] vende
    [persons_month] persona në muaj
    [transports_month] transporte në muaj
    [case_slots] vende për raste
   *[other] { $unit }
}.
email-service-full-group = Për: { $group ->
    [children] fëmijë
    [families] familje
    [third_country_nationals] shtetas të vendeve të treta
    [returnees] të kthyer
    [adults] të rritur
    [women] gra
    [men] burra
   *[other] { $group }
}
email-service-full-as-of = Shifra e datës { $date }.
email-service-open = Hapni shërbimin
email-service-open-text = Hapni shërbimin: { $url }
email-service-funding-subject = Financimi i { $service } mbaron më { $date }
email-service-funding-text = Financimi i { $service } ({ $organization }) mbaron më { $date }, { $months ->
    [one] pas rreth një muaji
   *[other] pas rreth { $months } muajsh
}.
email-service-funding-source = Financues: { $source }
freshness-follow-title = Ndiqni shërbimet
freshness-follow-intro = Merrni njoftim me email kur një shërbim që punon në një vend, ose një lloj shërbimi, njofton ndryshim në vendet e lira: ka vende, pak vende, plot ose listë pritjeje.
freshness-follow-countries = Sipas vendit ku ofrohet
freshness-follow-kinds = Sipas llojit të shërbimit
freshness-following = E ndiqni
freshness-follow = Ndiqni
freshness-unfollow = Mos e ndiqni më
freshness-followed = Tani e ndiqni.
freshness-unfollowed = Nuk e ndiqni më.
freshness-follow-bad = Nuk ka asgjë për t'u ndjekur me këtë emër.
email-service-band-subject = { $service }: { $band ->
    [available] ka vende të lira
    [limited] ka pak vende
    [full] plot
    [waiting_list] listë pritjeje
   *[other] { $band }
}
email-service-band-text = Kapaciteti i { $service } ({ $organization }) për { $unit ->
    [beds] shtretër
    [places] vende
    [persons_month] persona në muaj
    [transports_month] transporte në muaj
    [case_slots] vende për raste
   *[other] { $unit }
} tani është: { $band ->
    [available] ka vende të lira
    [limited] ka pak vende
    [full] plot
    [waiting_list] listë pritjeje
   *[other] { $band }
}.
email-service-band-why = E merrni këtë sepse ndiqni shërbimet sipas vendit ose llojit. Për ta ndryshuar: { $url }
figures-percent = { $percent }%
figures-no-rate = nuk shfaqet
figures-table-occupancy = Zënia: netë shtrati kundrejt shtretërve
figures-occupancy-chart = Zënia, sipas vendit
figures-occupancy-chart-caption = Të njëjtat përqindje janë në tabelën më poshtë; një vend pa përqindje nuk ka shirit.
figures-beds = Shtretër
figures-occupancy-rate = Zënia
figures-occupancy-note = Zënia është netët e shtratit të raportuara të pjesëtuara me shtretër × { $days } ditë të tremujorit. Shtretërit janë shuma e maksimumit të shifrave të shtretërve, të konfirmuara dhe të paskaduara sot, të shërbimeve aktive të çdo vendi. Nuk shfaqet përqindje kur netët e shtratit janë të fshehura ose nuk ka shtretër.
figures-table-at-risk = Kapacitet në rrezik: financim që mbaron brenda gjashtë muajve
figures-at-risk-corner = Vendi: shërbimi
figures-services = Shërbime
figures-capacity = Kapaciteti
figures-funded-until = Financuar deri më (më e hershmja)
figures-no-capacity-figure = asnjë shifër kapaciteti e konfirmuar
figures-at-risk-hint = Shërbimet që nuk janë mbyllur dhe financimi i të cilëve mbaron në gjashtë muajt e ardhshëm, më të hershmit së pari, me kapacitetin e tyre të konfirmuar. Kapacitetet janë vende, jo njerëz, prandaj nuk fshihen.
figures-at-risk-none = Financimi i asnjë shërbimi nuk mbaron në gjashtë muajt e ardhshëm.
figures-breakdowns = Personat e ndihmuar, sipas ndarjes
figures-breakdowns-hint = Çdo organizatë raporton një ndarje në muaj; çdo tabelë numëron vetëm organizatat që e zgjodhën, prandaj këto tabela nuk përputhen me totalet më sipër.
figures-breakdown-reported = { $count ->
    [one] Raportuar nga një organizatë këtë tremujor.
   *[other] Raportuar nga { $count } organizata këtë tremujor.
}
# Figures on the post-meeting report and the dashboard
glance-newly-assisted = Persona të ndihmuar rishtazi
glance-sent-across-borders = Referime të dërguara në një vend tjetër
glance-declined-no-capacity = Referime të refuzuara për mungesë kapaciteti
post-report-figures = Shifrat për tryezën e rrumbullakët: { $quarter }
post-report-figures-link = Të gjitha shifrat për { $quarter }
post-report-figures-none = Asnjë organizatë nuk raportoi shifra për këtë tremujor.
post-report-figures-chart-caption = Të njëjtat shifra janë në tabelën më poshtë, bashkë me masat e tjera.
post-report-figures-choose = Shifrat në këtë raport
post-report-figures-default = { $quarter } (tremujori para takimit)
post-report-figures-off = Pa shifra
post-report-figures-show = Shfaq
dashboard-figures-month = Shifrat e organizatës suaj për { $month }
dashboard-figures-no-kinds = Organizata juaj nuk ka ende shërbime të regjistruara: raportoni shifrat e saj nga faqja e shifrave.
dashboard-figures-missing = Ende pa u raportuar:
dashboard-figures-all-reported = Të gjitha fletët e muajit janë raportuar. Faleminderit.
dashboard-figures-reported = Të raportuara:
dashboard-figures-all-months = Të gjithë muajt
dashboard-figures-see-network = Shifrat e rrjetit
dashboard-services-unconfirmed = Shërbimet tuaja të pakonfirmuara prej { $days } ditësh
dashboard-services-unconfirmed-hint = Hapni një shërbim dhe konfirmoni të dhënat e tij nëse janë ende të sakta, ose përditësojini.
dashboard-services-unconfirmed-none = Të gjitha shërbimet tuaja janë konfirmuar brenda { $days } ditëve të fundit.
dashboard-figures-network = Rrjeti në { $quarter }
dashboard-figures-organizations = Organizatat anëtare që raportuan shifra për { $month }: { $reported } nga { $total }.
dashboard-figures-chart-caption = Të njëjtat shifra janë në tabelën më poshtë.
dashboard-figures-all = Të gjitha shifrat e tremujorit

## HSDS import
hsds-import-title = Importo shërbime (HSDS)
hsds-import-link = Importo shërbime (HSDS)
hsds-import-intro = Ngarkoni shërbimet e një drejtorie tjetër sipas Specifikimit të të Dhënave të Shërbimeve Njerëzore (Open Referral HSDS 3.0, kapaciteti nga 3.1): një paketë të dhënash (skedar ZIP me datapackage.json dhe skedarë CSV, si eksporti ynë) ose HSDS JSON.
hsds-import-rules = Fillimisht kontrollohet e gjithë paketa: nëse diçka është gabim, nuk ruhet asgjë dhe çdo problem renditet me skedarin, rreshtin dhe fushën. Organizatat duhet të jenë tashmë në drejtori. Një shërbim, pikë kontakti ose shifër kapaciteti që e kemi eksportuar ne përditësohet; të tjerat shtohen. Asgjë nuk hiqet dhe një adresë konfidenciale nuk mbishkruhet kurrë.
hsds-import-package = Paketa HSDS (ZIP ose JSON)
hsds-import-submit = Kontrollo dhe importo
hsds-import-done = Paketa u importua.
hsds-import-unchanged = Nuk ndryshoi asgjë: drejtoria i kishte tashmë të gjitha të dhënat e paketës.
hsds-import-organizations = Organizata të gjetura në drejtori
hsds-import-done-caption = Çfarë ruajti importi
hsds-import-what = Të dhënat
hsds-import-created = Të shtuara
hsds-import-updated = Të përditësuara
hsds-import-row-services = Shërbime
hsds-import-row-contacts = Pika kontakti
hsds-import-row-capacity = Shifra kapaciteti
hsds-import-see-services = Shikoni shërbimet
hsds-import-has-errors = Paketa nuk u importua dhe nuk u ruajt asgjë. Korrigjoni këto probleme dhe ngarkojeni përsëri.
hsds-import-problems-caption = Problemet në paketë
hsds-import-file = Skedari
hsds-import-line = Rreshti
hsds-import-field = Fusha
hsds-import-problem = Problemi
hsds-import-whole-package = E gjithë ngarkesa
hsds-import-phone-role = Telefon
hsds-import-error-empty = Skedari është bosh.
hsds-import-error-too-large = Skedari është më i madh se { $limit }.
hsds-import-error-not-package = Ky nuk është as paketë të dhënash ZIP, as HSDS JSON.
hsds-import-error-zip = Skedari ZIP nuk mund të lexohet.
hsds-import-error-too-many-files = Skedari ZIP përmban më shumë se { $limit } skedarë.
hsds-import-error-entry-too-large = Ky skedar i shpaketuar është më i madh se { $limit }.
hsds-import-error-unpacked-too-large = Paketa e shpaketuar është gjithsej më e madhe se { $limit }.
hsds-import-error-file-missing = Paketës i mungon { $file }.
hsds-import-error-descriptor = datapackage.json nuk është JSON i vlefshëm.
hsds-import-error-utf8 = Ky skedar nuk është tekst UTF-8.
hsds-import-error-csv = Ky rresht nuk mund të lexohet si CSV (një thonjëz e tepërt ose numër i gabuar qelizash).
hsds-import-error-column = Mungon kolona { $column }.
hsds-import-error-too-many-rows = Ky skedar ka më shumë se { $limit } rreshta.
hsds-import-error-json = Ky nuk është JSON i vlefshëm.
hsds-import-error-json-shape = Çdo shërbim në HSDS JSON duhet të jetë objekt.
hsds-import-error-required = Kjo fushë është e detyrueshme.
hsds-import-error-duplicate = Ky id përdoret tashmë në rreshtin { $line }.
hsds-import-error-reference = Asnjë rresht i { $file } nuk ka id-në { $id }.
hsds-import-error-organization = Organizata “{ $name }” nuk është në drejtori. Shtojeni më parë ose përdorni id-në që i jep eksporti ynë.
hsds-import-error-other-organization = Ky shërbim i përket një organizate tjetër në drejtori.
hsds-import-error-kind = “{ $code }” nuk është lloj shërbimi që regjistrojmë.
hsds-import-error-kind-missing = Mungon lloji i shërbimit: lidheni shërbimin me një nga llojet tona të shërbimeve në attributes.csv.
hsds-import-error-country = “{ $name }” nuk është vend i rrjetit.
hsds-import-error-language = “{ $code }” nuk është një nga gjuhët që regjistrojmë.
hsds-import-error-unit = “{ $unit }” nuk është njësi që regjistrojmë (shtretër, vende, persona në muaj, transporte në muaj, raste).
hsds-import-error-status = “{ $status }” nuk është status HSDS (active, inactive, defunct, temporarily closed).
hsds-import-error-date = Kjo nuk është datë: shkruajeni si 2026-12-31 ose 2026-12-31T09:00:00Z.
hsds-import-error-number = Ky nuk është numër i plotë.
hsds-import-error-changed = Një shërbim ndryshoi ndërsa paketa po importohej, prandaj nuk u ruajt asgjë. Importojeni paketën përsëri.
hsds-import-error-unreadable = Ngarkimi u ndërpre. Ju lutemi provoni përsëri.
