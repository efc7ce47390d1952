# Bosnian (bosanski), ijekavian, Latin script catalogue of Roundtable.
# Status: draft translation, not yet reviewed by a native speaker.
## Roundtable message catalogue: English.
## Keep sentences short and plain; many readers use English as a second language.

app-name = Roundtable
skip-to-content = Pređite na glavni sadržaj
nav-label = Glavna navigacija
nav-dashboard = Pregled
nav-directory = Imenik
nav-admin = Administracija
nav-settings = Postavke
nav-sign-in = Prijava
nav-sign-out = Odjava
signed-in-as = Prijavljeni ste kao { $name }
footer-text = Roundtable je zajednički radni prostor regionalne mreže. Nikada ne čuva lične podatke o žrtvama trgovine ljudima.
paging-label = Stranice
paging-summary = Stranica { $page } od { $pages }
paging-previous = Prethodna stranica
paging-next = Sljedeća stranica
paging-total = { $total ->
    [one] { $total } rezultat
    [few] { $total } rezultata
   *[other] { $total } rezultata
}
form-errors-title = Ispravite označena polja ispod.
form-required = obavezno
save = Sačuvajte
cancel = Otkažite
apply-filters = Primijenite filtere
clear-filters = Poništite filtere
any = Bilo koji
yes = Da
no = Ne
none-yet = Ovdje još nema ničega.

role-secretariat = Sekretarijat
role-member = Organizacija članica
role-observer = Posmatrač

landing-title = Dobro došli u Roundtable
landing-intro = U Roundtableu regionalna mreža organizacija koje podržavaju žrtve trgovine ljudima planira svoje sastanke, prati ono što je dogovoreno i poredi nacionalne zakone.
landing-countries = Mreža djeluje u Albaniji, Bosni i Hercegovini, na Kosovu*, u Crnoj Gori, Sjevernoj Makedoniji i Srbiji.
landing-sign-in = Prijavite se da nastavite

dashboard-title = Pregled
dashboard-welcome = Dobro došli, { $name }.
dashboard-directory = Organizacije u mreži po državama

login-title = Prijava
login-email = E-mail adresa
login-password = Lozinka
login-submit = Prijavite se
login-invalid = E-mail adresa ili lozinka nisu tačni. Pokušajte ponovo.
login-throttled = Previše neuspješnih pokušaja prijave. Sačekajte 15 minuta i pokušajte ponovo.
logout-done = Odjavljeni ste.

set-password-title = Odaberite lozinku
set-password-intro = Odaberite lozinku od najmanje 10 znakova. Kratku rečenicu je lako zapamtiti, a teško pogoditi.
set-password-new = Nova lozinka
set-password-confirm = Ponovo upišite lozinku
set-password-submit = Sačuvajte lozinku
set-password-invalid = Ovaj link je istekao ili je već iskorišten. Zatražite novi od sekretarijata.
set-password-done = Vaša lozinka je sačuvana. Sada se možete prijaviti.
password-mismatch = Dvije lozinke se ne podudaraju.

directory-title = Imenik
directory-intro = Organizacije članice i partneri mreže, sa uslugama koje nude.
directory-search = Naziv ili skraćenica
directory-country = Država
directory-kind = Vrsta organizacije
directory-service = Usluga
directory-status = Članstvo
directory-include-archived = Uključite arhivirane organizacije
directory-export = Preuzmite kao CSV
directory-service-map = Mapa usluga
directory-new = Dodajte organizaciju
directory-empty = Nijedna organizacija ne odgovara ovim filterima.
directory-col-name = Organizacija
directory-col-country = Država
directory-col-kind = Vrsta
directory-col-services = Usluge
archived = Arhivirano

service-map-title = Mapa usluga
service-map-intro = Koje usluge organizacije mreže nude u svakoj državi.
service-map-service = Usluga
service-map-none = nema

org-new-title = Dodajte organizaciju
org-edit-title = Uredite organizaciju
org-created = Organizacija je dodana.
org-saved = Vaše izmjene su sačuvane.
org-archived = Organizacija je arhivirana.
org-restored = Organizacija je vraćena.
org-name = Naziv
org-acronym = Skraćenica
org-country = Država
org-country-choose = Odaberite državu
org-kind = Vrsta organizacije
org-membership = Status članstva
org-joined = Datum pristupanja mreži
org-joined-hint = Format: GGGG-MM-DD, na primjer 2019-03-15.
org-website = Web stranica
org-email = E-mail adresa
org-phone = Telefon
org-address = Adresa
org-description = Opis
org-services = Usluge koje nudi
org-services-hint = Označite svaku uslugu i, ako je korisno, upišite njen kapacitet (na primjer „12 mjesta u skloništu, žene i djeca”).
org-capacity = Napomena o kapacitetu za: { $service }
org-people = Osobe
org-add-person = Dodajte osobu
org-edit = Uredite
org-archive = Arhivirajte ovu organizaciju
org-restore = Vratite ovu organizaciju
org-details = Detalji

org-kind-cso = Organizacija civilnog društva
org-kind-government = Državna institucija
org-kind-international = Međunarodna organizacija
org-kind-donor = Donator
org-kind-other = Drugo

membership-member = Članica
membership-observer = Posmatrač
membership-former = Bivša članica

service-shelter = Sklonište
service-medical_screening = Ljekarski pregled
service-psychosocial_support = Psihosocijalna podrška
service-legal_aid = Pravna pomoć
service-social_services = Socijalne usluge
service-return_transport = Prevoz pri povratku
service-reintegration_assistance = Pomoć pri reintegraciji
service-vocational_training = Stručna obuka
service-hotline = SOS linija
service-identification_outreach = Identifikacija i terenski rad
service-other = Drugo
service-interpretation = Usmeno prevođenje
service-child_protection = Zaštita djece

network-role-focal_point = Kontakt osoba
network-role-deputy_focal_point = Zamjenik kontakt osobe
network-role-contact = Kontakt
network-role-director = Direktor
network-role-other = Drugo

person-new-title = Dodajte osobu
person-edit-title = Uredite osobu
person-created = Osoba je dodana.
person-saved = Vaše izmjene su sačuvane.
person-archived = Osoba je arhivirana.
person-restored = Osoba je vraćena.
person-name = Ime i prezime
person-title = Radno mjesto
person-organization = Organizacija
person-email = E-mail adresa
person-phone = Telefon
person-languages = Jezici
person-languages-hint = Na primjer: shqip, English
person-network-role = Uloga u mreži
person-archive = Arhivirajte ovu osobu
person-restore = Vratite ovu osobu

settings-password = Promjena lozinke
settings-password-submit = Promijenite lozinku
settings-password-changed = Vaša lozinka je promijenjena. Ostali preglednici prijavljeni na Vaš račun su odjavljeni.
settings-title = Postavke
settings-profile = Vaš profil
settings-name = Vaše ime
settings-language = Jezik
settings-time-zone = Vremenska zona
settings-saved = Vaše postavke su sačuvane.
settings-tokens = API tokeni
settings-tokens-intro = Skripte i drugi programi mogu koristiti JSON API s ličnim tokenom. Čuvajte token kao lozinku.
settings-token-name = Naziv tokena
settings-token-name-hint = Za šta služi token, na primjer „Skripta za mjesečni izvještaj”.
settings-token-create = Napravite token
settings-token-new = Vaš novi token. Kopirajte ga sada: neće biti ponovo prikazan.
settings-token-revoke = Opozovite
settings-token-created = Napravljen
settings-token-last-used = Zadnji put korišten
settings-token-never = nikad
settings-tokens-none = Nemate API tokena.
token-revoked = Token je opozvan. Programi koji ga koriste više se ne mogu povezati.

admin-person-title = Osoba iz imenika za ovaj račun
admin-person-intro = Račun pripada ovoj osobi iz imenika: njeni pozivi, odgovori i zadaci pripadaju računu.
admin-person = Osoba iz imenika
admin-person-none = Nema osobe iz imenika
admin-person-taken = pripada drugom računu
admin-person-change = Promijenite
admin-person-choose = Odaberite osobu sa liste.
admin-title = Administracija
admin-users = Korisnički računi
admin-new-user = Pozovite korisnika
admin-countries = Države
admin-col-name = Ime i prezime
admin-col-email = E-mail
admin-col-role = Uloga
admin-col-organization = Organizacija
admin-col-status = Status
admin-col-last-login = Zadnja prijava
admin-active = Aktivan
admin-inactive = Deaktiviran
admin-deactivate = Deaktivirajte
admin-activate = Aktivirajte
user-new-title = Pozovite korisnika
user-email = E-mail adresa
user-name = Ime i prezime
user-role = Uloga
user-organization = Organizacija
user-organization-none = Bez organizacije
user-created-title = Račun je napravljen
user-created-text = Račun za { $name } ({ $email }) je napravljen, a poziv da odabere lozinku poslan je e-mailom. Link u pozivu važi 7 dana.
user-saved = Račun je ažuriran.
user-cannot-deactivate-self = Ne možete deaktivirati vlastiti račun.
countries-title = Države
countries-intro = Šest država mreže je već ugrađeno. Ovdje dodajte partnerske države izvan regiona.
country-code = ISO kod
country-code-hint = Dva slova, na primjer IT.
country-name = Naziv
country-region = U regionu
country-add = Dodajte državu
country-added = Država je dodana.

error-back-home = Idite na početnu stranicu

## Email
email-footer = Ovo primate jer imate račun na Roundtableu, radnom prostoru regionalne mreže.
email-unsubscribe = Odjavite se sa ovih e-mailova
email-preferences = Promijenite postavke e-mailova
email-hello = Poštovani/a { $name },
email-link-fallback = Ako dugme ne radi, kopirajte ovu adresu u svoj preglednik:
email-invitation-subject = Pozvani ste u Roundtable
email-invitation-intro = { $inviter } Vas poziva u Roundtable, zajednički radni prostor regionalne mreže. Za Vas je napravljen račun.
email-invitation-action = Odaberite lozinku
email-invitation-expiry = Ovaj link se može iskoristiti jednom i važi 7 dana.
email-reset-subject = Ponovno postavljanje lozinke za Roundtable
email-reset-intro = Neko je zatražio ponovno postavljanje lozinke za Vaš račun na Roundtableu. Putem ovog linka odaberite novu lozinku:
email-reset-action = Odaberite novu lozinku
email-reset-expiry = Link se može iskoristiti jednom i važi 1 sat.
email-reset-ignore = Ako Vi to niste zatražili, možete zanemariti ovaj e-mail; Vaša lozinka ostaje ista.
email-change-subject = Potvrdite novu e-mail adresu
email-change-intro = Potvrdite da je { $address } Vaša nova e-mail adresa za Roundtable.
email-change-action = Potvrdite novu adresu
email-change-expiry = Link se može iskoristiti jednom i važi 24 sata. Dok ne potvrdite, koristi se Vaša stara adresa.
email-changed-subject = Vaša e-mail adresa za Roundtable se mijenja
email-changed-intro = Neko je zatražio da se e-mail adresa Vašeg računa na Roundtableu promijeni u { $address }. Promjena će se desiti tek kada nova adresa bude potvrđena.
email-changed-not-you = Ako to niste bili Vi, prijavite se, promijenite lozinku i obavijestite sekretarijat.
email-digest-daily-subject = { $count ->
    [one] Vaš dnevni sažetak sa Roundtablea: { $count } novost
    [few] Vaš dnevni sažetak sa Roundtablea: { $count } novosti
   *[other] Vaš dnevni sažetak sa Roundtablea: { $count } novosti
}
email-digest-weekly-subject = { $count ->
    [one] Vaš sedmični sažetak sa Roundtablea: { $count } novost
    [few] Vaš sedmični sažetak sa Roundtablea: { $count } novosti
   *[other] Vaš sedmični sažetak sa Roundtablea: { $count } novosti
}
email-digest-intro = { $count ->
    [one] Od Vašeg posljednjeg sažetka ima { $count } novost.
    [few] Od Vašeg posljednjeg sažetka ima { $count } novosti.
   *[other] Od Vašeg posljednjeg sažetka ima { $count } novosti.
}
email-test-subject = Probna poruka sa Roundtablea
email-test-body = Ovo je probna poruka sa Roundtablea. Ako je možete pročitati, slanje e-mailova radi.

## Password reset and address change
login-forgot = Zaboravili ste lozinku?
reset-title = Ponovno postavljanje lozinke
reset-intro = Upišite e-mail adresu svog računa. Poslat ćemo Vam link za odabir nove lozinke.
reset-submit = Pošaljite link
reset-sent = Ako za ovu adresu postoji račun, poslali smo na nju link za odabir nove lozinke. Link važi 1 sat. Ako ne stigne, provjerite folder za neželjenu poštu.
confirm-email-title = Potvrdite novu e-mail adresu
confirm-email-intro = Želite li od sada koristiti { $address } kao e-mail adresu za Roundtable?
confirm-email-submit = Da, koristit ću ovu adresu
confirm-email-done = Vaša e-mail adresa je promijenjena.
confirm-email-invalid = Ovaj link je istekao ili je već iskorišten. Novi možete zatražiti u Postavkama.

## Settings: email and notifications
settings-email = E-mail adresa
settings-email-current = Vaša e-mail adresa je { $address }.
settings-new-email = Nova e-mail adresa
settings-current-password = Vaša trenutna lozinka
settings-email-submit = Promijenite e-mail adresu
email-change-sent = Poslali smo link za potvrdu na novu adresu. Promjena se dešava kada ga otvorite.
notifications-title = Obavještenja e-mailom
notifications-intro = Odaberite kako želite saznavati o svakoj vrsti novosti. Sažeci stižu ujutro po Vašoj vremenskoj zoni (sedmični ponedjeljkom).
notifications-saved = Vaše postavke e-mailova su sačuvane.
notifications-account-note = E-mailovi o Vašem računu (pozivi, ponovno postavljanje lozinke, promjene adrese) šalju se uvijek.
delivery-immediately = Odmah
delivery-daily = Dnevni sažetak
delivery-weekly = Sedmični sažetak
delivery-off = Isključeno
category-events = Događaji i pozivi
category-agenda = Izmjene dnevnog reda
category-action_items = Zadaci
category-legal = Registar pravnih razlika
category-documents = Dokumenti
category-digest = Sažeci
unsubscribe-title = Odjava sa e-mailova
unsubscribe-intro = Želite li prestati primati e-mailove o temi: { $category }?
unsubscribe-submit = Odjavite se
unsubscribe-done = Više nećete primati ove e-mailove. To možete promijeniti bilo kada u postavkama e-mailova.

## Admin: mail
admin-mail = Red e-mailova
mail-title = Red e-mailova
mail-pending = Čeka na slanje
mail-sent-today = Poslano danas
mail-failed = Neuspjelo, bit će ponovo pokušano
mail-dead = Nije moguće isporučiti
mail-dead-title = Poruke koje nije bilo moguće isporučiti
mail-dead-none = Nema neisporučenih poruka.
mail-col-to = Prima
mail-col-subject = Predmet
mail-col-error = Greška
mail-col-attempts = Pokušaji
mail-retry = Pokušajte ponovo
mail-discard = Odbacite
mail-retried = Poruka je ponovo u redu za slanje.
mail-discarded = Poruka je odbačena.

## Events
nav-events = Događaji
events-title = Događaji
events-upcoming = Predstojeći događaji
events-past = Prošli događaji
events-year = Godina
events-none = Nijedan događaj ne odgovara ovim filterima.
events-subscribe = Pretplatite se u svom kalendaru
events-feed-hint = Kalendarski feed javnih događaja mreže:
event-new-title = Napravite događaj
event-edit-title = Uredite događaj
event-created = Događaj je napravljen.
event-saved = Vaše izmjene su sačuvane.
event-cancelled = Događaj je otkazan.
event-duplicated = Kopija je napravljena kao nacrt. Provjerite detalje i sačuvajte.
event-duplicate-title = Kopirajte
event-duplicate-intro = Napravite kopiju događaja „{ $title }” s dnevnim redom, za sljedeći sastanak iz serije.
event-duplicate-date = Prvi dan novog događaja
event-duplicate-submit = Napravite kopiju
event-cancel = Otkažite ovaj događaj
event-title = Naslov
event-kind = Vrsta događaja
event-description = Opis
event-description-hint = Možete koristiti Markdown: **podebljano**, liste, linkove.
event-start = Počinje
event-end = Završava
event-start-date = Datum početka
event-start-time = Vrijeme početka
event-end-date = Datum završetka
event-end-time = Vrijeme završetka
event-date = Datum
event-time = Vrijeme
event-venue = Mjesto održavanja
event-venue-name = Naziv mjesta održavanja
event-city = Grad
event-online = online
event-online-link = Link za online učešće
event-project = Projekat ili linija finansiranja
event-languages = Jezici
event-capacity = Broj mjesta
event-visibility = Ko ga može vidjeti
event-status = Status
event-organizers = Organizatori
event-add-to-calendar = Dodajte u kalendar (.ics)
event-add-to-google = Dodajte u Google Calendar
event-agenda-ics = Sesije dnevnog reda (.ics)
event-kind-roundtable = Okrugli sto
event-kind-network_meeting = Sastanak mreže
event-kind-working_group = Radna grupa
event-kind-training = Obuka
event-kind-webinar = Webinar
event-kind-other = Drugo
event-visibility-public = Javno
event-visibility-network = Članovi mreže
event-visibility-invited = Samo pozvane osobe
event-status-draft = Nacrt
event-status-published = Objavljen
event-status-cancelled = Otkazan
event-status-completed = Završen
agenda-title = Dnevni red
agenda-draft = nacrt
agenda-none = Dnevni red još nije objavljen.
agenda-publish = Objavite dnevni red
agenda-published = Dnevni red je objavljen.
item-new-title = Dodajte tačku dnevnog reda
item-edit-title = Uredite tačku dnevnog reda
item-saved = Tačka dnevnog reda je sačuvana.
item-saved-with-warning = Tačka dnevnog reda je sačuvana, ali provjerite sljedeće:
item-deleted = Tačka dnevnog reda je uklonjena.
item-delete = Uklonite
item-overlap = Preklapa se sa tačkom „{ $title }” ({ $start }–{ $end }) u istoj sali.
item-day = Dan
item-start = Vrijeme početka
item-end = Vrijeme završetka
item-time = Vrijeme
# A time the clocks show twice (the autumn change): agenda items keep the first.
item-time-repeated = { $time } (prvi put, { $summer ->
        [yes] ljetno računanje vremena
       *[no] standardno računanje vremena
    })
item-title = Naslov
item-kind = Vrsta
item-track = Sala ili tematska linija
item-track-hint = Tačke u istoj sali se ne smiju preklapati.
item-moderator = Moderator
item-speakers = Govornici
item-speakers-hint = Jedan govornik po redu: ime, zatim organizacija. Na primjer: Arta Demo, Shpresa e Re Shelter
item-kind-plenary = Plenarna sjednica
item-kind-session = Sesija
item-kind-panel = Panel
item-kind-working_group = Radna grupa
item-kind-break = Pauza
item-kind-meal = Obrok
feed-title = Vaš kalendarski feed
feed-intro = Dodajte ovu adresu kao pretplatu u svoju kalendarsku aplikaciju (Outlook, Google Calendar, Apple Calendar). Prikazuje događaje koje možete vidjeti, uključujući one na koje ste pozvani.
feed-subscribe = Pretplatite se
feed-secret = Ovu adresu nikome ne dajte: svako ko je ima može vidjeti Vaše događaje. Kada napravite novu adresu, stara prestaje raditi.
feed-settings-intro = Privatna adresa za Vašu kalendarsku aplikaciju s događajima koje možete vidjeti.
feed-create = Napravite novu adresu kalendara

## Event mails
email-event-invitation-subject = Poziv: { $title }
email-event-updated-subject = Ažurirano: { $title }
email-event-cancelled-subject = Otkazano: { $title }
email-event-invitation-intro = Pozvani ste na događaj „{ $title }”. Poziv je priložen za Vaš kalendar. Javite nam da li možete doći.
email-event-updated-intro = Detalji događaja „{ $title }” su promijenjeni. Priloženo ažuriranje zamjenjuje raniju verziju u Vašem kalendaru.
email-event-cancelled-intro = Događaj „{ $title }” je otkazan. Prilog ga uklanja iz Vašeg kalendara.
email-event-details = Detalji događaja
email-event-rsvp = Odgovorite na poziv
# In the description of an invitation's calendar entry: the personal, signed answer link.
ics-answer-here = Odgovorite ovdje: { $url }

## Participants and RSVP
participants-title = Učesnici
participants-summary = Pozvani ili učestvuju: { $total }; dolaze: { $accepted }; na listi čekanja: { $waitlisted }.
participants-by-country = Po državi i organizaciji
participants-count = Osobe
participants-names = Imena
participants-no-names = Imena se prikazuju samo za osobe koje su pristale da ih podijele.
participants-attended = Prisustvovali
participants-save-attendance = Sačuvajte prisustvo
participants-attendance-saved = Prisustvo je sačuvano.
participants-invite = Pozovite
participants-invite-orgs = Organizacije (pozivaju se njihove kontakt osobe)
participants-invite-people = Osobe
participants-invite-submit = Pošaljite pozive
invite-open-picker = Odaberite koga ćete pozvati
invite-hint = Označite organizacije (pozivaju se njihove kontakt osobe i zamjenici) i osobe, a zatim pošaljite. Šalje se samo ono što je označeno na ovoj stranici; filteri i stranice služe da pronađete sve ostale.
invite-language = Jezik poziva
invite-language-hint = Za osobe bez korisničkog računa; osobe s računom dobijaju poruke na jeziku iz svojih postavki.
invite-filter-organization = Organizacija
invite-filter-name = Ime
invite-already = već pozvan(a)
invite-no-email = nema e-mail adrese
invite-no-match = Niko ne odgovara ovim filterima.
invite-more-organizations = Broj organizacija koje odgovaraju: { $count }; prikazano je prvih 100. Suzite filtere da pronađete ostale.
invite-publish-first = Objavite događaj prije nego što pozovete ljude.
filters = Filteri
participants-invited = Pozvano: { $added }; već na listi: { $already }.
participant-status-invited = Pozvan(a), još bez odgovora
participant-status-accepted = Dolazi
participant-status-tentative = Možda
participant-status-declined = Ne dolazi
participant-status-waitlisted = Na listi čekanja
rsvp-title = Vaš odgovor
rsvp-question = { $name }, hoćete li učestvovati?
rsvp-accepted = Da, doći ću
rsvp-tentative = Možda
rsvp-declined = Ne, ne mogu doći
rsvp-dietary = Posebne potrebe u ishrani (neobavezno)
rsvp-accessibility = Potrebe za pristupačnošću (neobavezno)
rsvp-share-name = Drugi učesnici mogu vidjeti moje ime
rsvp-submit = Pošaljite odgovor
rsvp-change = Promijenite odgovor
rsvp-invited = Pozvani ste
rsvp-saved = Vaš odgovor je sačuvan.
rsvp-closed = Odgovori se više ne mogu mijenjati: događaj je počeo ili je otkazan.
rsvp-thanks = Hvala, { $name }.
rsvp-your-answer = Vaš odgovor
rsvp-waitlisted = Događaj je popunjen, pa ste na listi čekanja. Javit ćemo Vam se ako se oslobodi mjesto.

## Agenda changes
agenda-change-added = Novo: { $kind } „{ $title }”, { $day }, { $start }–{ $end }.
agenda-change-removed = Uklonjeno: „{ $title }” ({ $day }, { $start }).
agenda-change-renamed = „{ $old }” se sada zove „{ $new }”.
agenda-change-moved = { $kind } „{ $title }”: pomjereno sa { $from } na { $to }.
agenda-change-end = „{ $title }”: novo vrijeme završetka je { $end }.
agenda-change-room = „{ $title }”: premješteno u salu „{ $room }”.
agenda-change-speakers = Promijenjeni su moderator ili govornici za „{ $title }”.
email-agenda-published-subject = Dnevni red objavljen: { $title }
email-agenda-changed-subject = Izmjene dnevnog reda: { $title }
email-agenda-published-intro = Dnevni red događaja „{ $title }” je objavljen.
email-agenda-changed-intro = Dnevni red događaja „{ $title }” je izmijenjen:
email-agenda-yours = Vaše sesije
agenda-revisions = Historija dnevnog reda
agenda-revision = Verzija { $number }
agenda-revision-by = – { $name }
agenda-compare = Uporedite
agenda-compare-title = Uporedite verzije dnevnog reda
agenda-compare-from = Od verzije
agenda-compare-to = Do verzije
agenda-no-changes = Nema razlika.
events-month = Mjesečni kalendar
events-month-prev = Prethodni mjesec
events-month-next = Sljedeći mjesec
events-month-today = Ovaj mjesec
import-title = Uvezite poziv
import-intro = Otpremite kalendarsku datoteku (.ics), na primjer poziv iz Outlooka ili Google Calendara. Iz nje se pravi nacrt događaja koji zatim dopunite.
import-file = Kalendarska datoteka (.ics)
import-submit = Uvezite
import-failed = Datoteku nije bilo moguće uvesti. Ništa nije napravljeno.
import-too-large = Datoteka je veća od 1 MB; kalendarski poziv je mnogo manji. Provjerite da li ste odabrali pravu datoteku.
import-empty = Datoteka je prazna.
import-not-text = Ovo nije kalendarska datoteka (nije tekst).
import-done = Iz datoteke je napravljen nacrt događaja. Provjerite detalje i sačuvajte.
import-venue-unknown = Mjesto održavanja će biti potvrđeno
import-unreadable = Otpremljenu datoteku nije bilo moguće pročitati. Pokušajte ponovo.
import-preview-title = Provjerite uvoz
import-preview-intro = Ovo će napraviti datoteka { $file }. Ništa se ne čuva dok ne potvrdite.
import-col-title = Naslov
import-col-when = Kada
import-col-zone = Vremenska zona
import-col-venue = Mjesto održavanja
import-col-link = Link za online učešće
import-all-day = cijeli dan
import-create = { $count ->
    [one] Napravite { $count } nacrt događaja
    [few] Napravite { $count } nacrta događaja
   *[other] Napravite { $count } nacrta događaja
}
import-choose-zone = Vremenska zona događaja
import-show-zone = Prikažite vremena u ovoj zoni
import-another-file = Odaberite drugu datoteku
import-done-many = Napravljeni su nacrti događaja (ukupno: { $count }), kao serija prikazana ispod. Prije objavljivanja provjerite detalje svakog od njih.
import-gone = Ta datoteka je već uvezena ili je njen pregled istekao nakon jednog dana. Ništa više nije napravljeno.
import-zone-needed = Odaberite vremensku zonu u kojoj su navedena vremena, a zatim potvrdite.
import-zone-unknown = Prema datoteci, vremena su u zoni „{ $tzid }”, a tu vremensku zonu Roundtable ne poznaje. Odaberite vremensku zonu u kojoj su vremena; pregled će ih zatim ponovo prikazati.
import-zone-floating = Datoteka ne navodi u kojoj su vremenskoj zoni vremena. Odaberite je; pregled će ih zatim ponovo prikazati.
import-zone-suggested = Pravila vremenske zone iz same datoteke odgovaraju zoni { $zone }, koja je unaprijed odabrana.
import-note-series = „{ $title }” se ponavlja: napravit će se zasebni nacrti događaja, po jedan za svaki sastanak (ukupno: { $count }).
import-note-cut = Sastanak se ponavlja bez kraja ili duže od godinu dana: napravit će se samo prvi sastanci do { $until } (najviše { $count }).
import-line = Red { $line }: { $message }
import-no-colon = u ovom redu nema ':' između naziva svojstva i njegove vrijednosti.
import-bad-name = '{ $name }' nije naziv svojstva.
import-end-mismatch = END:{ $end } zatvara BEGIN:{ $begin }.
import-end-unmatched = END:{ $end } nema odgovarajući BEGIN.
import-outside = ovo svojstvo je izvan BEGIN:VCALENDAR.
import-not-calendar = Ovo nije iCalendar datoteka (nema BEGIN:VCALENDAR).
import-not-closed = BEGIN:{ $component } nikad nije zatvoren (datoteka je možda skraćena).
import-no-event = U datoteci nema događaja (VEVENT).
import-no-title = događaj nema naslov (SUMMARY).
import-no-start = događaj nema početak (DTSTART).
import-bad-time = '{ $value }' nije datum i vrijeme.
import-no-such-time = { $value } ne postoji u zoni { $zone }: u to vrijeme se sat pomjera naprijed.
import-bad-duration = '{ $value }' nije trajanje (na primjer PT1H30M ili P1D).
import-ends-before = događaj se završava prije nego što počne.
import-rule-unsupported = sastanak se ponavlja po pravilu koje Roundtable ne može pratiti ({ $part }). Umjesto toga izvezite jedan sastanak iz svoje kalendarske aplikacije ili napravite događaje ovdje.
import-rule-invalid = '{ $part }' nije važeće pravilo ponavljanja.
import-too-many = Datoteka sadrži više od { $limit } događaja; uvezite najviše { $limit } odjednom.
event-all-day = Cijeli dan (bez vremena: datumi su prvi i posljednji dan)
item-move-up = Pomjerite ranije
item-move-down = Pomjerite kasnije
item-moved = Redoslijed je promijenjen; svaka tačka je zadržala svoje trajanje.
item-not-moved = Ova tačka se ne može dalje pomjeriti.
item-moderator-directory = Ili odaberite moderatora iz imenika
item-speakers-directory = Dodajte govornike iz imenika
item-speakers-directory-hint = Odabrane osobe se dodaju na listu iznad; vanjske govornike možete upisati tamo.
weekday-mon = Pon
weekday-tue = Uto
weekday-wed = Sri
weekday-thu = Čet
weekday-fri = Pet
weekday-sat = Sub
weekday-sun = Ned

## Action items
nav-actions = Zadaci
actions-title = Zadaci
actions-views = Prikazi
actions-view-all = Svi zadaci
actions-view-mine = Moji zadaci
actions-view-org = Moja organizacija
actions-view-overdue = Istekao rok
actions-none = Nijedan zadatak ne odgovara ovim filterima.
actions-due-from = Rok od
actions-due-to = Rok do
actions-sort = Redoslijed prema
actions-sort-due = Rok
actions-sort-priority = Prioritet
actions-sort-updated = Zadnja izmjena
actions-sort-title = Naslov
action-new-title = Novi zadatak
action-edit-title = Uredite zadatak
action-created = Zadatak je napravljen.
action-saved = Vaše izmjene su sačuvane.
action-progress-saved = Vaše ažuriranje je sačuvano.
action-title = Naslov
action-owner = Nadležna organizacija
action-due = Rok
action-overdue = rok je istekao
action-priority = Prioritet
action-status = Status
action-percent = Procenat urađenog
action-tags = Oznake
action-tags-hint = Odvojite oznake zarezima, na primjer: sklonište, finansiranje
action-countries = Države na koje se odnosi
action-supporters = Organizacije koje pružaju podršku
action-source = Sa sastanka
action-progress = Izvijestite o napretku
action-comment = Komentar
action-new-status = Novi status
action-status-unchanged = Bez promjene
action-progress-submit = Sačuvajte ažuriranje
action-timeline = Historija
action-status-open = Otvoren
action-status-in_progress = U toku
action-status-blocked = Blokiran
action-status-done = Urađen
action-status-cancelled = Otkazan
action-priority-low = Nizak
action-priority-normal = Uobičajen
action-priority-high = Visok
action-field-created = Napravljen
action-field-comment = Komentar
action-field-title = Naslov
action-field-description = Opis
action-field-owner_org_id = Nadležna organizacija
action-field-owner_person_id = Odgovorna osoba
action-field-due_on = Rok
action-field-priority = Prioritet
action-field-status = Status
action-field-percent = Procenat urađenog
action-field-countries = Države
action-field-tags = Oznake
action-field-supporters = Organizacije koje pružaju podršku
action-field-event_id = Događaj
action-field-agenda_item_id = Tačka dnevnog reda
action-mail-assigned = Novi zadatak za Vašu organizaciju: { $title }
action-mail-status = Promijenjen status: { $title }
action-mail-comment = Novo ažuriranje: { $title }
action-mail-due7 = Rok za 7 dana: { $title }
action-mail-due1 = Rok je sutra: { $title }
action-mail-overdue = Rok je istekao: { $title }
action-quick-in_progress = Označite kao „U toku”
action-quick-done = Označite kao „Urađen”
action-quick-note = Dodajte bilješku
action-open-item = Otvorite zadatak
action-quick-title = Potvrda
action-quick-confirm-in_progress = Označiti zadatak „{ $title }” kao „U toku”?
action-quick-confirm-done = Označiti zadatak „{ $title }” kao „Urađen”?
action-quick-confirm-note = Dodajte bilješku zadatku „{ $title }”:
action-quick-submit = Potvrdite
action-quick-done-message = Hvala. Zadatak je ažuriran.
report-title = Izvještaj o praćenju
report-back = Nazad na događaj
report-summary = Dogovoreno zadataka: { $total }; urađeno: { $done }; rok istekao: { $overdue }; prosječno urađeno: { $average }%.
report-chart-title = Zadaci po statusu kroz vrijeme
report-chart-table = Isti podaci u tabeli
report-date = Datum
actions-bulk = Izmijenite označene zadatke
actions-bulk-select = Odaberite
actions-bulk-owner = Nova nadležna organizacija
actions-bulk-submit = Primijenite na označene zadatke
actions-bulk-done = Izmijenjeno zadataka: { $count }.
dashboard-invitations = Pozivi koji čekaju Vaš odgovor
dashboard-my-items = Otvoreni zadaci Vaše organizacije
dashboard-no-items = Vaša organizacija nema otvorenih zadataka.
dashboard-upcoming = Predstojeći događaji
dashboard-overdue = Zadaci kojima je istekao rok
dashboard-overdue-total = { $count ->
    [one] Rok je istekao za { $count } zadatak.
    [few] Rok je istekao za { $count } zadatka.
   *[other] Rok je istekao za { $count } zadataka.
}
dashboard-overdue-by-org = Istekli rokovi po organizaciji
dashboard-overdue-by-country = Istekli rokovi po državi
dashboard-without-person = { $count ->
    [one] { $count } otvoreni zadatak nema odgovornu osobu.
    [few] { $count } otvorena zadatka nemaju odgovornu osobu.
   *[other] { $count } otvorenih zadataka nema odgovornu osobu.
}
minutes-title = Zapisnik
minutes-meeting = Cijeli sastanak
minutes-notes = Bilješke
minutes-decisions = Odluke
minutes-deadline = Komentari do
minutes-circulate = Pošaljite učesnicima
minutes-approve = Usvojite zapisnik
minutes-record-correction = Evidentirajte ispravku
minutes-correction-note = Zašto se ovo ispravlja?
minutes-comments = Komentari i prijedlozi ispravki
minutes-propose-correction = Ovo je prijedlog ispravke
minutes-send-comment = Pošaljite
minutes-correction = ispravka
minutes-history = Verzije
minutes-section = Dio
minutes-saved = Zapisnik je sačuvan.
minutes-circulated = Zapisnik je poslan učesnicima na komentare.
minutes-commented = Hvala. Vaš komentar je dodan.
minutes-approved = Zapisnik je usvojen i zaključan. Kasnije izmjene se evidentiraju kao ispravke.
minutes-status-draft = Nacrt
minutes-status-circulated = Poslan na komentare
minutes-status-approved = Usvojen
minutes-kind-edit = uređen
minutes-kind-circulated = poslan
minutes-kind-approved = usvojen
minutes-kind-correction = ispravka
matters-arising = Pitanja iz prethodnih sastanaka
matters-arising-intro = Otvoreni zadaci sa ranijih sastanaka iz ove serije, za razmatranje na ovom sastanku.
matters-outcome = Ishod
matters-record = Evidentirajte
matters-recorded = Ishod je evidentiran u zadatku.
post-report-title = Izvještaj o sastanku
post-report-download = Preuzmite
post-report-attendance = Prisustvo
post-report-attended = Prisustvovalo osoba: { $count }.
post-report-accepted = Potvrdilo dolazak: { $count } (prisustvo još nije označeno).
post-report-sessions = Održane sesije
post-report-minutes-draft = Zapisnik je još nacrt. Njegove odluke će se pojaviti ovdje kada ga sekretarijat pošalje učesnicima.
post-report-actions = Zadaci
post-report-actions-summary = Otvoreno na ovom sastanku: { $opened }; do sada zatvoreno: { $closed }.
post-report-register = Izmjene u registru pravnih razlika
post-report-register-summary = { $count ->
    [one] { $count } izmjena u registru pravnih razlika
    [few] { $count } izmjene u registru pravnih razlika
   *[other] { $count } izmjena u registru pravnih razlika
}
action-owner-person = Odgovorna osoba (neobavezno)
action-owner-person-none = Niko posebno
actions-more-than-cap = Više od 1.000 zadataka odgovara filterima: brojanje se tu zaustavlja. Dodajte filter da suzite listu ili preuzmite CSV sa svim zadacima.

## Legal-disparity register
nav-legal = Registar pravnih razlika
nav-documents = Dokumenti
search-label = Pretražite sve
search-placeholder = Pretraga
search-button = Pretražite
edit = Uredite
admin-col-legal-reviewer = Pravni recenzent
admin-legal-reviewer-on = Postavite za pravnog recenzenta
admin-legal-reviewer-off = Uklonite kao pravnog recenzenta
legal-title = Registar pravnih razlika
legal-nav = Stranice registra
legal-matrix = Matrica
legal-matrix-caption = Ocjena svake teme u svakoj državi
legal-intro = Svaki red je tema, a svaka kolona država. Ćelija pokazuje kako se zakon te države odnosi prema međunarodnom standardu. Otvorite ćeliju da pročitate unos.
legal-legend = Legenda
legal-examples-title = Izmišljeni primjeri.
legal-examples-text = Unosi označeni sa „Primjer” su izmišljeni demo sadržaj koji pokazuje kako registar radi. To nisu stvarne ocjene niti pravni savjet.
legal-example = Primjer
legal-example-entry = Ovaj unos je izmišljeni primjer, a ne stvarna ocjena niti pravni savjet.
legal-assessment = Ocjena
legal-assessment-aligned = Usklađeno
legal-assessment-partly_aligned = Djelimično usklađeno
legal-assessment-not_aligned = Nije usklađeno
legal-assessment-no_provision = Nema odredbe
legal-assessment-not_assessed = Nije ocijenjeno
legal-category = Kategorija
legal-topic = Tema
legal-topic-count = Prikazane teme
legal-sort-catalogue = Redoslijed iz kataloga
legal-sort-disparity = Prvo najveće razlike
legal-as-of = Stanje na dan
legal-none = Nijedna tema ne odgovara ovim filterima.
legal-export-csv = Preuzmite CSV
legal-export-json = Preuzmite JSON
legal-export-topics = Preuzmite teme (CSV)
legal-compare-title = Uporedite države
legal-compare-countries = Države (odaberite od 2 do 6)
legal-compare-topics = Teme (ne označite nijednu da uporedite sve teme)
legal-compare-submit = Uporedite
legal-compare-choose-countries = Odaberite od 2 do 6 država za poređenje.
legal-compare-print = Štampajte
legal-compare-print-hint = Ova stranica je spremna za štampanje: koristite naredbu Štampaj u svom pregledniku.
legal-compare-back = Nazad na poređenje
legal-compare-hint = Redovi označeni sa „Razlikuje se” imaju različite ocjene u odabranim državama; ćelije koje se razlikuju od najčešće ocjene su uokvirene.
legal-differs = Razlikuje se
legal-differs-from-most = (razlikuje se)
legal-chart-caption = Stupci pokazuju vrijednost za svaku državu; isprekidana linija je međunarodni standard. Crveni stupci ga ne dostižu. Iste vrijednosti su u tabeli iznad.
legal-standard = Standard
legal-no-value = vrijednost nije upisana
legal-counts = Teme po ocjeni
legal-not-coe = Ova država nije članica Vijeća Evrope, pa nije strana Konvencije CETS br. 197 i GRETA o njoj ne izvještava. To se prikazuje kao „nije strana”, a ne kao nedostatak.
legal-follow-country = Pratite ovu državu
legal-follow-topic = Pratite ovu temu
legal-unfollow = Prestanite pratiti
legal-unfollow-topic = Prestanite pratiti ovu temu
legal-followed = Dobijat ćete obavještenja o izmjenama (pogledajte postavke obavještenja).
legal-unfollowed = Ovo više ne pratite.
legal-follow-bad = Odaberite temu ili državu koju želite pratiti.
legal-question = Pitanje
legal-ref-cets = Konvencija Vijeća Evrope (CETS br. 197)
legal-ref-directive = Direktiva EU 2011/36/EU (izmijenjena Direktivom 2024/1712)
legal-ref-palermo = Palermski protokol
legal-parameter = Izmjerena vrijednost
legal-by-country = Po državi
legal-widest-first = Prvo su navedene države koje su najdalje od standarda.
legal-topic-retired = Povučena
legal-version = Verzija
legal-show-current = Prikažite trenutni unos
legal-show-as-of = Prikažite ovaj unos kakav je bio na dan
legal-show = Prikažite
legal-edit-title = Uredite unos
legal-propose-title = Predložite izmjenu
legal-propose-hint = Sekretarijat ili pravni recenzent će pregledati Vaš prijedlog, prihvatiti ga ili odbiti, i javiti Vam e-mailom.
legal-propose-submit = Pošaljite prijedlog
legal-gap-to-action = Napravite zadatak za ovaj nedostatak
legal-pending-proposals = Prijedlozi koji čekaju odluku:
legal-empty = Nije navedeno
legal-greta = Preporuka GRETA-e (Vijeće Evrope)
legal-greta-none = Nije upisana nijedna preporuka GRETA-e.
legal-greta-implemented = Provedeno
legal-greta-partly = Djelimično provedeno
legal-greta-not_implemented = Nije provedeno
legal-evidence-law = Zakonske odredbe
legal-evidence-implementation = Provedba
legal-evidence-practice = Praksa
legal-linked-items = Zadaci
legal-no-items = Uz ovaj unos nije vezan nijedan zadatak.
legal-history = Historija
legal-no-history = Za ovaj unos još ništa nije evidentirano.
legal-field = Polje
legal-old = Prije
legal-new = Poslije
legal-current = Sada
legal-proposed = Predloženo
legal-field-assessment = Ocjena
legal-field-summary = Nacionalna odredba (sažetak)
legal-field-citations = Pravni izvori
legal-field-parameter_value = Vrijednost
legal-field-effective_on = Na snazi od
legal-field-source_links = Izvori
legal-field-differences = Šta se razlikuje i zašto je to važno
legal-field-reviewed_on = Zadnji pregled
legal-field-reviewed_by = Pregledao/la
legal-field-evidence_kind = Vrsta dokaza
legal-field-greta_round = Krug izvještavanja GRETA-e
legal-field-greta_paragraph = Paragraf
legal-field-greta_text = Preporuka
legal-field-greta_status = Status provedbe
legal-citations-hint = Zakon, član i broj službenog glasnika, jedno po redu.
legal-parameter-hint = Broj, na primjer 30.
legal-links-hint = Jedna web adresa po redu, počevši sa https://.
legal-none-chosen = Nije navedeno
legal-change-note = Napomena o ovoj izmjeni (neobavezno)
legal-source-edit = uređeno
legal-source-proposal = prihvaćen prijedlog
legal-source-import = uvoz iz CSV-a
legal-source-api = API
legal-source-demo = demo podaci
legal-saved = Unos je sačuvan.
legal-unchanged = Ništa nije promijenjeno, pa ništa nije sačuvano.
legal-changes-title = Šta je promijenjeno
legal-changes-since = Izmjene od
legal-changes-count = izmjena
legal-since = Od
legal-until = Do
legal-since-event = Od okruglog stola:
legal-print-all = Prikažite sve na jednoj stranici za štampanje
legal-no-changes = Nema izmjena u ovom periodu.
legal-proposals-title = Prijedlozi
legal-proposals-intro-reviewer = Izmjene koje članice predlažu za unose svojih država. Otvorite prijedlog da ga prihvatite ili odbijete.
legal-proposals-intro-member = Izmjene koje ste predložili i šta je odlučeno.
legal-proposal-pending = Čeka
legal-proposal-accepted = Prihvaćen
legal-proposal-rejected = Odbijen
legal-no-proposals = Ovdje nema prijedloga.
legal-proposal-title = Prijedlog
legal-proposal-comment = Zašto predlažete ovu izmjenu?
legal-proposal-sent = Vaš prijedlog je poslan. Dobit ćete e-mail kada se o njemu odluči.
legal-proposal-sent-at = Poslano
legal-proposed-by = Predložio/la
legal-proposal-changes = Predložene izmjene
legal-proposal-no-difference = Unos već sadrži ono što je predloženo.
legal-proposal-stale = Unos je izmijenjen nakon što je ovaj prijedlog napravljen. Provjerite trenutni tekst prije prihvatanja.
legal-decision-comment = Komentar za predlagača
legal-accept = Prihvatite i primijenite
legal-reject = Odbijte
legal-decision-choose = Odaberite: prihvatite ili odbijte.
legal-proposal-accepted-msg = Prijedlog je prihvaćen i unos je ažuriran.
legal-proposal-rejected-msg = Prijedlog je odbijen.
legal-topics-title = Katalog tema
legal-topic-new = Dodajte temu
legal-topic-edit = Uredite temu
legal-topic-code = Kod
legal-topic-code-hint = Slova, cifre i crtice, na primjer RES-05.
legal-topic-title = Naslov
legal-topic-texts-title = Prijevodi
legal-topic-texts-hint = Čitaoci vide temu na svom jeziku. Polje ostavljeno prazno prikazuje tekst na engleskom.
legal-topic-texts-sq = Naslov i pitanje na albanskom
legal-topic-texts-sr-Latn = Naslov i pitanje na srpskom (latinica; ćirilica se pravi iz nje)
legal-topic-texts-bs = Naslov i pitanje na bosanskom
legal-topic-texts-hr = Naslov i pitanje na hrvatskom
legal-topic-texts-cnr = Naslov i pitanje na crnogorskom
legal-topic-texts-mk = Naslov i pitanje na makedonskom
legal-topic-order = Redoslijed
legal-topic-retire = Povucite
legal-topic-restore = Vratite
legal-topic-saved = Tema je sačuvana.
legal-topic-retired-msg = Tema je povučena. Njeni unosi i historija su sačuvani.
legal-topic-restored-msg = Tema je vraćena u registar.
legal-move-up = Pomjerite gore
legal-move-down = Pomjerite dolje
legal-parameter-name-hint = Samo za teme s brojem koji se poredi, na primjer „period oporavka i razmišljanja”.
legal-unit = Jedinica
legal-threshold = Vrijednost iz standarda
legal-threshold-kind = Standard je
legal-import-title = Uvoz iz CSV-a
legal-import-intro = Otpremite CSV datoteku. Prvo ćete vidjeti sve probleme; ništa se ne čuva dok ne potvrdite, a tada se čuvaju ili svi redovi ili nijedan.
legal-import-entries-columns = Unosi: kolone topic_code, country, assessment i bilo koja druga kolona iz izvoza registra.
legal-import-topics-columns = Teme: kolone code, category, title, question i, po želji, reference, parameter, unit, threshold i threshold_kind.
legal-import-kind = Šta sadrži datoteka?
legal-import-kind-entries = Unose za države
legal-import-kind-topics = Teme
legal-import-file = CSV datoteka (UTF-8, najviše 5 MB)
legal-import-check = Provjerite datoteku
legal-import-unreadable = Otpremljenu datoteku nije bilo moguće pročitati. Pokušajte ponovo.
legal-import-too-large = Ova datoteka je veća od 5 MB. Podijelite je na manje datoteke.
legal-import-empty = Datoteka je prazna. Odaberite CSV datoteku s redom zaglavlja i redovima podataka.
legal-import-not-utf8 = Ova datoteka nije UTF-8 tekst. U programu za tabele je sačuvajte kao „CSV UTF-8”.
legal-import-preview-title = Provjerite uvoz
legal-import-rows = Redovi u datoteci
legal-import-ready = Nisu pronađeni problemi. Provjerite redove ispod i sačuvajte ih.
legal-import-save-all = Sačuvajte sve redove
legal-import-has-errors = Ništa se ne može sačuvati dok se ovi problemi ne isprave u datoteci.
legal-import-line = Red
legal-import-column = Kolona
legal-import-problem = Problem
legal-import-again = Otpremite ispravljenu datoteku
legal-import-changed = Registar se promijenio nakon što ste provjerili datoteku, pa ništa nije sačuvano. Otpremite je ponovo.
legal-import-done = Sačuvano redova: { $count }.
legal-mail-change-subject = Registar pravnih razlika: izmjena za { $topic } ({ $country })
legal-mail-change-intro = { $who } je izmijenio/la ovaj unos u registru pravnih razlika:
legal-mail-decision-accepted = Vaš prijedlog za { $topic } ({ $country }) je prihvaćen
legal-mail-decision-rejected = Vaš prijedlog za { $topic } ({ $country }) nije prihvaćen
legal-mail-open = Otvorite unos
legal-mail-comment = Komentar
action-legal-link = Unos u registru pravnih razlika
action-legal-gap-title = Otklonite nedostatak
action-field-legal_topic_id = Tema registra pravnih razlika
action-field-legal_country = Država u registru pravnih razlika
dashboard-register = Izmjene u registru pravnih razlika za { $country } (zadnjih 90 dana)
dashboard-register-all = Pogledajte sve izmjene ({ $count })
dashboard-register-none = Nema izmjena u zadnjih 90 dana.

## Concurrent edits
stale-edit-title = Ovaj zapis je izmijenjen dok ste ga uređivali.
server-busy-body = Trenutno Roundtable koristi mnogo ljudi, pa ova stranica nije mogla biti pripremljena na vrijeme. Ništa nije promijenjeno. Pokušajte ponovo za trenutak.
stale-edit-body = Neko drugi je sačuvao ovaj zapis nakon što ste ga otvorili. Vaš tekst je sačuvan ispod; trenutno sačuvani tekst prikazan je pored svakog polja koje se razlikuje. Spojite ih i ponovo sačuvajte.
stale-edit-fields = Polja koja se razlikuju od trenutno sačuvanog teksta:
stale-edit-same = Sačuvani tekst je isti kao Vaš u svim poljima; ponovo sačuvajte da ga zadržite.
stale-current-value = Trenutno sačuvani tekst
stale-empty = (prazno)
edit-version-missing = Ovaj obrazac ne navodi na kojoj verziji zapisa se zasniva. Ponovo učitajte stranicu i ponovo unesite izmjenu.
api-if-match-required = Pošaljite zaglavlje If-Match s ETag vrijednošću iz GET zahtjeva za ovaj zapis, kako izmjena koju je u međuvremenu sačuvao neko drugi ne bi bila prepisana.
api-if-match-stale = Zapis je izmijenjen nakon verzije navedene u If-Match. Ponovo ga preuzmite sa GET, spojite svoju izmjenu i pošaljite novi ETag.
api-if-match-invalid = If-Match mora biti ETag iz GET zahtjeva za ovaj zapis, na primjer "3".

# Document details fields, as named on a page refused because someone else saved first
doc-field-title = Naslov
doc-field-doc-type = Vrsta
doc-field-description = Opis
doc-field-languages = Jezici
doc-field-tags = Oznake
doc-field-visibility = Ko ga smije vidjeti
doc-field-owner-org-id = Nadležna organizacija
doc-field-lifecycle = Status u mreži
doc-field-supersedes-id = Zamjenjuje dokument broj
doc-field-variant-of-id = Prijevod ili nacionalna prilagodba dokumenta broj
doc-field-variant-kind = Ovo je
doc-field-review-on = Datum revizije
doc-field-countries = Države na koje se odnosi
doc-field-topics = Teme registra pravnih razlika
doc-field-events = Povezani događaji
doc-field-agenda = Povezane tačke dnevnog reda

## Time-zone choice lists: the network's zones by city and country
tz-group-network = Vremenske zone mreže
tz-group-other = Ostale vremenske zone
tz-tirane = Tirana – Albanija
tz-sarajevo = Sarajevo – Bosna i Hercegovina
tz-belgrade = Beograd – Srbija, Kosovo*
tz-podgorica = Podgorica – Crna Gora
tz-skopje = Skoplje – Sjeverna Makedonija

## Confirmation pages: what will happen before an irreversible or far-reaching action
confirm-what-happens = Šta će se desiti:
confirm-keep = Vratite se, bez promjena
event-cancel-confirm-title = Otkazati „{ $title }”?
event-cancel-confirm-told = { $count ->
    [0] Još niko nije pozvan, pa niko neće biti obaviješten.
    [one] { $count } učesnik će biti obaviješten da je događaj otkazan (e-mailom s otkazivanjem za kalendar).
    [few] { $count } učesnika će biti obaviještena da je događaj otkazan (e-mailom s otkazivanjem za kalendar).
   *[other] { $count } učesnika će biti obaviješteno da je događaj otkazan (e-mailom s otkazivanjem za kalendar).
}
event-cancel-confirm-final = Događaj ostaje u kalendaru, označen kao otkazan. Ovo se ne može poništiti.
item-delete-confirm-title = Ukloniti ovu tačku dnevnog reda?
item-delete-confirm-which = „{ $title }”, { $day }, { $start }–{ $end }, bit će uklonjena iz dnevnog reda. Njene ranije verzije ostaju u historiji dnevnog reda.
item-delete-confirm-notice = Dnevni red je objavljen: učesnici će o izmjeni saznati iz sljedećeg obavještenja o dnevnom redu.
item-not-moved-past = Ovaj događaj je završen; njegov dnevni red se čuva kakav je bio.
org-archive-confirm-title = Arhivirati organizaciju { $name }?
org-archive-confirm-lists = Uklanja se sa lista i izvoza imenika, a njene osobe se više ne nude za pozive.
org-archive-confirm-restore = Njeni podaci ostaju; sekretarijat je može vratiti sa njene stranice.
mail-discard-confirm-title = Odbaciti ovu poruku?
mail-discard-confirm-which = Poruka za { $to } („{ $subject }”) neće biti poslana.
mail-discard-confirm-final = Uklanja se sa liste poruka koje nije bilo moguće isporučiti. Ovo se ne može poništiti.
actions-bulk-confirm-title = Izmijeniti označene zadatke?
actions-bulk-confirm-count = { $count ->
    [one] Bit će izmijenjen { $count } zadatak:
    [few] Bit će izmijenjena { $count } zadatka:
   *[other] Bit će izmijenjeno { $count } zadataka:
}
actions-bulk-confirm-status = status postaje „{ $status }”;
actions-bulk-confirm-owner = nadležna organizacija postaje { $owner }.

## Invitees without an account: the signed invitation page and its mail
quiet-title = Obavještenja o dnevnom redu za ovaj događaj
quiet-question = Želite li prestati primati e-mailove o izmjenama dnevnog reda ovog događaja? I dalje ćete biti obaviješteni ako se promijeni datum, vrijeme ili mjesto događaja, ili ako bude otkazan.
quiet-submit = Zaustavite obavještenja o dnevnom redu
quiet-done = Više nećete dobijati obavještenja o dnevnom redu za ovaj događaj. Poziv, promjene datuma, vremena ili mjesta i otkazivanje ćete i dalje primati.
email-quiet-event = Zaustavite obavještenja o dnevnom redu za ovaj događaj
email-footer-invited = Ovo primate jer Vas je sekretarijat mreže pozvao na ovaj događaj. Ne trebate račun: linkovi u ovom e-mailu rade bez prijave.
rsvp-details = O događaju
rsvp-agenda = Dnevni red

## Dashboard
dashboard-documents = Nedavni dokumenti
dashboard-document-updated = { $type }, ažurirano { $updated }
dashboard-documents-all = Svi dokumenti
dashboard-upcoming-all = Svi predstojeći događaji
dashboard-upcoming-none = Nema predstojećih događaja.
dashboard-col-overdue = Zadaci s isteklim rokom
dashboard-col-organizations = Organizacije

## A document's versions
document-versions = Verzije
document-col-version = Verzija
document-col-file = Datoteka
document-col-note = Napomena
document-col-uploaded = Otpremljeno
document-restore = Vratite
document-current = trenutna
document-text-pending = Priprema se za pretragu
document-details = Detalji
document-sha256 = SHA-256 kontrolni zbir
document-make-current = Ponovo postavite kao trenutnu

## Where an event and its agenda stand (event page, secretariat)
event-state-label = Objavljivanje
event-state-draft = Nacrt: ovaj događaj vidi samo sekretarijat. Objavite ga (Uredite → Status) prije nego što pozovete ljude ili objavite dnevni red.
event-state-agenda-draft = Objavljen. Dnevni red je nacrt: učesnici ga još ne vide.
event-state-published = Objavljen s dnevnim redom: učesnici vide oboje.
event-state-cancelled = Otkazan: učesnici su obaviješteni.
event-state-ended = Završen: događaj i njegov dnevni red čuvaju se kao evidencija.
event-manage = Upravljajte ovim događajem
event-for-participants = Za učesnike
agenda-publish-event-first = Prvo objavite događaj (Uredite → Status), a zatim njegov dnevni red.

## The downloaded post-meeting report
post-report-file-note = Ovaj izvještaj je sačuvan sa Roundtablea. Izvještaj na internetu: { $url }
legal-matrix-by-country = Čitajte jednu po jednu državu
legal-matrix-scroll-hint = Tabela se pomjera bočno unutar svog okvira; teme i države ostaju vidljive.
legal-matrix-region = Registar po temama i državama
legal-mismatch-meets = Izmjerena vrijednost dostiže prag iz standarda, a unos je ipak ocijenjen kao nedostatak. Provjerite vrijednost ili ocjenu.
legal-mismatch-short = Izmjerena vrijednost ne dostiže prag iz standarda, a unos je ipak ocijenjen kao usklađen. Provjerite vrijednost ili ocjenu.
legal-mismatch = Vrijednost i ocjena
legal-threshold-min = minimum
legal-threshold-max = maksimum
events-month-none = Nema događaja ovog mjeseca.

## Languages
language-switch-label = Jezik
language-switch-submit = Prikažite na ovom jeziku
language-unknown = Taj jezik nije dostupan. Izaberite jedan s liste.
translation-draft = Ovaj prijevod je nacrt koji još nije pregledao izvorni govornik. Svaku netačnu ili nejasnu formulaciju prijavite sekretarijatu: { $email }

## Country names (the network's six; Kosovo gets its asterisk and footnote from the code)
country-name-AL = Albanija
country-name-BA = Bosna i Hercegovina
country-name-XK = Kosovo
country-name-ME = Crna Gora
country-name-MK = Sjeverna Makedonija
country-name-RS = Srbija

## Moved from code and templates
## Everything below was English in the code or the templates until now; each text is the same.

## Error answers (pages and the API)
error-not-found = Tu stranicu ili zapis nismo pronašli.
error-sign-in = Prijavite se da nastavite.
error-forbidden = Nemate dozvolu za ovo.
error-csrf = Ovaj obrazac je istekao. Vratite se, ponovo učitajte stranicu i pokušajte ponovo.
# $site: this site's own address
error-foreign-origin = Ovaj zahtjev je poslan s druge web stranice, pa je odbijen radi zaštite Vašeg računa. Sami otvorite { $site } i tamo pokušajte ponovo.
error-validation = Neka polja treba provjeriti.
error-no-room = Na serveru nema mjesta za ovu datoteku; ništa nije sačuvano. Obavijestite sekretarijat.
error-read-only = Baza podataka je trenutno samo za čitanje, pa se ništa ne može sačuvati; ništa od onoga što ste poslali nije promijenjeno. Pokušajte ponovo kasnije ili obavijestite sekretarijat.
error-busy = Baza podataka je zauzeta drugim izmjenama, pa ništa nije sačuvano. Pokušajte ponovo za trenutak.
error-internal = Nešto nije u redu na našoj strani. Pokušajte ponovo za trenutak.
error-nul = Ono što ste poslali sadrži znak NUL, koji se ne može sačuvati. Uklonite ga i pokušajte ponovo.
error-duplicate = Zapis s istom vrijednošću već postoji.
error-bad-request = Zahtjev nije bilo moguće razumjeti.
error-method = Ova adresa ne prihvata tu vrstu zahtjeva.
error-too-large = Ono što ste poslali je preveliko.
error-content-type = Ova vrsta sadržaja se ovdje ne prihvata.
error-too-many = Previše pokušaja. Sačekajte nekoliko minuta i pokušajte ponovo.
error-other = Zahtjev nije bilo moguće izvršiti.
# $reason: the database's own words, for whoever runs the server
health-read-only = Baza podataka je samo za čitanje ({ $reason }).
health-no-answer = Baza podataka ne odgovara.

## The heading of an error page: the status number, then its name (HTTP's standard names in English)
http-status-400 = Neispravan zahtjev
http-status-401 = Potrebna je prijava
http-status-403 = Pristup zabranjen
http-status-404 = Nije pronađeno
http-status-405 = Metoda nije dozvoljena
http-status-409 = Sukob
http-status-412 = Preduslov nije ispunjen
http-status-413 = Sadržaj je prevelik
http-status-415 = Nepodržana vrsta sadržaja
http-status-422 = Sadržaj se ne može obraditi
http-status-428 = Potreban je preduslov
http-status-429 = Previše zahtjeva
http-status-500 = Interna greška servera
http-status-503 = Usluga nije dostupna
http-status-507 = Nedovoljno prostora za pohranu

## What was sent did not fit: $what is what was sent, $field a field's name as sent
input-missing-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U tijelu zahtjeva
    } nedostaje polje „{ $field }”, koje je obavezno.
input-unknown-field = { $what ->
        [form] Obrazac
        [address] Adresa
       *[body] Tijelo zahtjeva
    } sadrži polje „{ $field }”, koje se ovdje ne koristi.
input-duplicate-field = { $what ->
        [form] Obrazac
        [address] Adresa
       *[body] Tijelo zahtjeva
    } navodi polje „{ $field }” više puta.
input-bad-value = Jedna vrijednost u { $what ->
        [form] obrascu
        [address] adresi
       *[body] tijelu zahtjeva
    } nije očekivane vrste ili formata (na primjer tekst tamo gdje treba broj ili datum).
input-not-json-type = Ova adresa očekuje tijelo zahtjeva u formatu JSON (Content-Type: application/json).
input-body-too-large = Tijelo zahtjeva je preveliko.
input-body-unreadable = Tijelo zahtjeva nije bilo moguće pročitati ili je preveliko.
input-not-json = Tijelo zahtjeva nije ispravan JSON.
input-address-unreadable = Adresu nije bilo moguće pročitati.
input-not-a-form = Ova adresa očekuje web obrazac.
input-form-too-large = Obrazac je prevelik.
input-upload-broken = Otpremanje je prekinuto ili obrazac nije ispravan. Pokušajte ponovo.
input-form-too-many-fields = Obrazac ima previše polja.
input-form-field-too-long = Jedno polje obrasca je predugo.

## The API's own messages
api-error-since = Navedite `since` u formatu GGGG-MM-DD.
api-error-date = Datumi se pišu u formatu GGGG-MM-DD, na primjer 2023-12-12.
mail-bad-address = „{ $email }” nije važeća e-mail adresa.

## Form checks shared by all forms and the API
validate-required = Ovo polje je obavezno.
# $max: a number of characters
validate-too-long = { $max ->
    [one] Ovo je predugo: koristite najviše { $max } znak.
    [few] Ovo je predugo: koristite najviše { $max } znaka.
   *[other] Ovo je predugo: koristite najviše { $max } znakova.
}
validate-control-characters = Ovo sadrži znakove koji nisu dozvoljeni.
validate-one-line = Koristite samo jedan red.
validate-email = Upišite e-mail adresu, na primjer ime@example.org.
validate-url = Upišite web adresu koja počinje sa https:// ili http://.
validate-date = Upišite datum u formatu GGGG-MM-DD, na primjer 2023-12-12.
validate-choose = Odaberite jednu od ponuđenih opcija.
validate-choose-listed = Odaberite jednu od opcija s liste.
validate-choose-org = Odaberite organizaciju s liste.
validate-choose-country = Odaberite državu s liste.
validate-choose-countries = Odaberite države s liste.
validate-time = Upišite vrijeme u formatu SS:MM, na primjer 09:30.
validate-end-after-start = Kraj mora biti nakon početka.
validate-time-zone = Odaberite vremensku zonu s liste, na primjer Europe/Tirane.
validate-number = Upišite broj, na primjer 30.
validate-percent = Upišite procenat od 0 do 100.

## Action items: form checks
action-error-owner = Odaberite organizaciju koja je nadležna za ovaj zadatak.
action-error-owner-person = Odaberite osobu iz nadležne organizacije.
action-error-supporters = Odaberite organizacije koje pružaju podršku s liste.
action-error-event = Odaberite događaj s liste.
action-error-agenda-item = Odaberite tačku dnevnog reda odabranog događaja.
action-error-legal-entry = Odaberite unos iz registra pravnih razlika.
action-error-legal-both = Za vezu s registrom pravnih razlika potrebni su i tema i država.
action-error-progress-empty = Napišite komentar ili odaberite novi status ili procenat urađenog.
action-error-bulk-nothing = Odaberite novi status ili novu nadležnu organizaciju.
action-error-bulk-none-ticked = Označite zadatke koje želite izmijeniti.

## Legal register: form checks
legal-error-no-parameter = Ova tema nema izmjerenu vrijednost: ostavite polje prazno.
legal-error-too-many-links = Navedite najviše 20 web adresa.
legal-error-not-coe = { $country } nije članica Vijeća Evrope, pa GRETA o njoj ne izvještava. Ostavite polja koja se odnose na GRETA-u prazna.
legal-error-topic-code = Koristite samo slova, cifre i crtice, na primjer RES-05.
legal-error-threshold-kind = Odaberite minimum ili maksimum.
legal-error-parameter = Upišite naziv izmjerene vrijednosti na koju se prag odnosi.
legal-error-threshold-kind-missing = Navedite da li je standard minimum ili maksimum.
legal-error-topic-code-taken = Druga tema već ima ovaj kod.
legal-error-proposal-unchanged = Vaš prijedlog još ništa ne mijenja: izmijenite barem jedno polje.
legal-error-proposal-decided = O ovom prijedlogu je već odlučeno.
# $problem: the CSV reader's own words (English)
legal-import-bad-header = Prvi red nije bilo moguće pročitati kao nazive CSV kolona ({ $problem }).
legal-import-bad-line = Red { $line } nije bilo moguće pročitati kao CSV ({ $problem }).
legal-import-missing-columns = Datoteka mora imati ove kolone: { $columns }.
legal-import-no-rows = Datoteka ima nazive kolona, ali nema redova s podacima.
legal-import-code-twice = Kod { $code } se u datoteci pojavljuje više puta.
legal-import-no-topic = Ne postoji tema s kodom „{ $code }”.
legal-import-no-country = „{ $country }” nije jedna od država registra (koristite kodove kao što su AL, BA, XK).
legal-import-entry-twice = { $code } za { $country } se u datoteci pojavljuje više puta.
legal-import-not-saved = Datoteka sadrži greške; ništa nije sačuvano.

## Countries and the directory: form checks
country-error-code = Koristite ISO kod od dva slova, na primjer IT.
country-error-taken = Ova država je već na listi.
org-error-country = Odaberite državu.
org-error-services = Odaberite usluge s liste.

## Minutes: form checks
minutes-error-too-long = Zapisnik je predug: koristite najviše 200.000 znakova.
minutes-error-deadline = Odaberite posljednji dan za komentare.
minutes-error-not-draft = Učesnicima se može poslati samo zapisnik koji je još nacrt.
minutes-error-closed = Komentarisanje ovog zapisnika je zatvoreno.

## Participants: form checks
participants-error-unpublished = Objavite događaj prije nego što pozovete ljude.
rsvp-error-started = Ovaj događaj je počeo: odgovori se više ne mogu mijenjati.

## Accounts: form checks
account-error-role = Odaberite sekretarijat, organizaciju članicu ili posmatrača.
account-error-no-org = Ne postoji organizacija s ovim nazivom, skraćenicom ili brojem.
account-error-member-org = Račun organizacije članice mora biti vezan za organizaciju.
account-error-email-taken = Račun s ovom e-mail adresom već postoji.
account-error-link-expired = Ovaj link je istekao ili je već iskorišten. Zatražite novi.
account-error-not-current-password = Ovo nije Vaša trenutna lozinka.
account-error-new-passwords-differ = Dvije nove lozinke se ne podudaraju.
account-error-language = Odaberite jezik s liste.
account-error-same-address = Ovo je već Vaša adresa.
account-error-address-taken = Ovu adresu koristi drugi račun.
account-error-link-expired-settings = Ovaj link je istekao ili je već iskorišten. Novi možete zatražiti u Postavkama.
account-error-address-taken-now = Ovu adresu sada koristi drugi račun.
account-error-person-changed = Neko je promijenio osobu iz imenika za ovaj račun dok ste birali. Provjerite izbor i ponovo sačuvajte.
account-error-person-archived = Ova osoba je arhivirana; odaberite drugu.
account-error-person-taken = Ova osoba već pripada računu { $email }.
# $min, $max: numbers of characters
password-too-short = { $min ->
    [one] Koristite najmanje { $min } znak.
    [few] Koristite najmanje { $min } znaka.
   *[other] Koristite najmanje { $min } znakova.
}
password-too-long = { $max ->
    [one] Koristite najviše { $max } znak.
    [few] Koristite najviše { $max } znaka.
   *[other] Koristite najviše { $max } znakova.
}

## Events and agenda: form checks
event-error-capacity = Upišite broj mjesta, na primjer 40.
event-error-organizers = Odaberite organizatore s liste.
event-error-venue = Navedite mjesto održavanja ili link za online učešće (ili oboje).
event-error-ended-cancel = Ovaj događaj je završen, pa se ne može otkazati.
event-error-clock-change-date = Tog datuma se pomjera sat; odaberite drugi datum.
# $zone: a time zone such as Europe/Tirane
event-error-no-such-time = Ovo vrijeme ne postoji u zoni { $zone } (tada se pomjera sat).
# $first, $last: dates as YYYY-MM-DD
agenda-error-day = Događaj traje od { $first } do { $last }; odaberite dan u tom periodu.

## Documents: form checks
document-error-title = Upišite naslov.
document-error-title-long = Naslov je predug (najviše 300 znakova).
document-error-type = Odaberite vrstu dokumenta.
document-error-description-long = Opis je predug (najviše 20.000 znakova).
document-error-languages = Odaberite jezike s liste.
document-error-tags-long = Previše oznaka (ukupno najviše 500 znakova).
document-error-visibility = Odaberite ko smije vidjeti dokument.
document-error-lifecycle = Odaberite status s liste.
document-error-variant-kind = Odaberite: prijevod ili nacionalna prilagodba.
document-error-variant-kind-missing = Navedite da li je ovo prijevod ili nacionalna prilagodba.
document-error-review-on = Upišite datum revizije u obliku godina-mjesec-dan, na primjer 2027-06-30.
document-error-topics = Odaberite teme registra s liste.
document-error-events = Jedan od odabranih događaja više ne postoji.
document-error-agenda = Tačke dnevnog reda moraju pripadati povezanom događaju.
document-error-self = Dokument ne može upućivati na samog sebe.
document-error-number = Upišite broj dokumenta, na primjer 12.
document-error-no-such-number = Ne postoji dokument broj { $id } koji možete vidjeti.

## Uploads: the kinds of file, and why a file is refused
file-kind-pdf = PDF
file-kind-docx = Word dokument (DOCX)
file-kind-xlsx = Excel tabela (XLSX)
file-kind-pptx = PowerPoint (PPTX)
file-kind-odt = OpenDocument tekst (ODT)
file-kind-ods = OpenDocument tabela (ODS)
file-kind-txt = Tekst (TXT)
file-kind-csv = CSV
file-kind-png = PNG slika
file-kind-jpeg = JPEG slika
file-kind-other = Datoteka
## A kind of file inside a sentence ("This file is named as a PDF but...")
file-kind-a-pdf = PDF
file-kind-a-docx = Word dokument (DOCX)
file-kind-a-xlsx = Excel tabela (XLSX)
file-kind-a-pptx = PowerPoint prezentacija (PPTX)
file-kind-a-odt = OpenDocument tekst (ODT)
file-kind-a-ods = OpenDocument tabela (ODS)
file-kind-a-txt = tekstualna datoteka (TXT)
file-kind-a-csv = CSV datoteka
file-kind-a-png = PNG slika
file-kind-a-jpeg = JPEG slika
upload-empty = Datoteka je prazna.
# $types: the list of allowed types, such as "PDF, DOCX, XLSX"
upload-no-extension = Naziv datoteke nema ekstenziju, pa ne možemo znati kakva je to datoteka. Dozvoljene vrste: { $types }.
upload-refused-type = Datoteke vrste .{ $ext } se ne prihvataju. Dozvoljene vrste: { $types }.
# $declared, $actual: a kind of file inside a sentence (file-kind-a-...)
upload-not-utf8 = Prema nazivu, ova datoteka je { $declared }, ali njen sadržaj nije običan tekst u kodiranju UTF-8. Sačuvajte je s kodiranjem UTF-8 i ponovo je otpremite.
upload-unrecognised = Prema nazivu, ova datoteka je { $declared }, ali po sadržaju nije ni { $declared } ni bilo koja druga dozvoljena vrsta.
upload-mismatch = Prema nazivu, ova datoteka je { $declared }, ali po sadržaju je { $actual }. Preimenujte je ili otpremite pravu datoteku.
# $limit: a size such as "20.0 MB"
upload-too-large = Datoteka je prevelika. Ograničenje je { $limit }; ova datoteka je veća.
upload-choose-file = Odaberite datoteku koju želite otpremiti.
upload-api-no-file = Pošaljite datoteku u multipart polju s nazivom 'file'.
## Sizes of files
size-bytes = { $bytes ->
    [one] { $bytes } bajt
    [few] { $bytes } bajta
   *[other] { $bytes } bajtova
}
size-kb = { $kb } KB
size-mb = { $mb } MB

## Documents: page titles and messages
documents-title = Dokumenti
document-new-title = Dodajte dokument
document-edit-title = Uredite: { $title }
document-created = Dokument je dodan.
document-saved = Izmjene su sačuvane.
document-version-uploaded = Nova verzija je otpremljena i sada je trenutna.
# $number: the version brought back; $new: the number it has now
document-version-restored = Verzija { $number } je ponovo trenutna (kao verzija { $new }).
document-archived = Dokument je arhiviran. Više se ne prikazuje na listama ni u pretrazi.
document-unarchived = Dokument se ponovo prikazuje na listama i u pretrazi.
# $type: a document type, in lower case
document-followed = Dobit ćete e-mail kada se doda ili ažurira dokument vrste „{ $type }”.
document-unfollowed = Više ne pratite ovu vrstu dokumenata.
document-error-unknown-type = Nepoznata vrsta dokumenta.
document-error-adopt = Samo sekretarijat može označiti dokument kao usvojen u mreži ili kao zamijenjen.
document-error-adopt-api = Samo sekretarijat može označiti dokument kao usvojen ili zamijenjen.

## Documents: the names of types, statuses, languages and who may see one
document-type-guideline = Smjernice
document-type-sop = Standardna operativna procedura
document-type-referral_form = Obrazac za upućivanje
document-type-training = Materijal za obuku
document-type-report = Izvještaj
document-type-presentation = Prezentacija
document-type-legal_text = Pravni tekst
document-type-other = Drugo
document-visibility-choice-public = Javno: svi, i bez prijave
document-visibility-choice-network = Mreža: svi prijavljeni korisnici
document-visibility-choice-secretariat = Samo sekretarijat (i nadležna organizacija)
document-visibility-public = Javno
document-visibility-network = Mreža
document-visibility-secretariat = Samo sekretarijat
document-lifecycle-none = Nije dokument mreže
document-lifecycle-draft = Nacrt
document-lifecycle-in_review = U razmatranju
document-lifecycle-adopted = Usvojen u mreži
document-lifecycle-superseded = Zamijenjen
document-language-en = English
document-language-sq = Shqip
document-language-bs = Bosanski
document-language-hr = Hrvatski
document-language-cnr = Crnogorski
document-language-mk = Македонски
document-language-sr = Srpski
document-language-de = Deutsch
document-language-fr = Français
document-variant-translation = Prijevod
document-variant-adaptation = Nacionalna prilagodba
document-variant-of-translation = Prijevod dokumenta
document-variant-of-adaptation = Nacionalna prilagodba dokumenta
document-text-done = Može se pretraživati
document-text-failed = Nije bilo moguće pročitati za pretragu (naslov i opis se i dalje mogu pretraživati)
document-text-none = Naslov i opis se mogu pretraživati

## Documents: the form to add a document or edit its details
document-file = Datoteka
# $limit: the largest file accepted, such as "20.0 MB"
document-file-hint = PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), tekst (TXT), CSV, PNG ili JPEG; najviše { $limit }.
document-file-again = Radi Vaše sigurnosti, preglednik zaboravlja odabranu datoteku kada se obrazac vrati: odaberite je ponovo.
document-version-note = Napomena o verziji
document-choose-several = Držite Ctrl (ili Cmd) da odaberete više stavki.
document-tags-hint = Odvojite oznake zarezima, na primjer: sklonište, djeca, upućivanje.
document-owner-secretariat = Sekretarijat
document-supersedes-hint = Neobavezno. Broj je prikazan na stranici svakog dokumenta, na primjer „Br. 12”.
document-not-a-variant = Nije prijevod ni prilagodba
document-review-hint = Nadležna organizacija tog datuma dobija podsjetnik e-mailom.
document-save-changes = Sačuvajte izmjene
document-upload-and-save = Otpremite i sačuvajte

## Documents: the list
documents-intro = Smjernice, standardne operativne procedure, obrasci za upućivanje, materijali za obuku i izvještaji koji se dijele u mreži. Svaki dokument čuva sve svoje verzije.
documents-show-current = Prikažite trenutne dokumente
documents-show-archived = Prikažite arhivirane dokumente
documents-filter-country = Država
documents-filter-topic = Tema registra
documents-filter-language = Jezik
documents-col-status = Status
documents-col-owner = Nadležna organizacija
documents-col-updated = Ažurirano
# $type: a document type
documents-following-type = Dobijate e-mail kada se doda ili ažurira dokument ove vrste ({ $type }).
documents-stop-following = Prestanite pratiti
documents-follow-type = Pratite ovu vrstu ({ $type })
# Follows the button "Follow this type (...)"
documents-follow-why = : dobit ćete e-mail kada se neki doda ili ažurira.
documents-table-caption = Dokumenti, prvo oni s najnovijom izmjenom
# $updated: a date; $version: the number of the current version
documents-updated-version = { $updated } (v{ $version })
documents-none = Nijedan dokument ne odgovara ovim filterima.

## Documents: one document
# $id: the document's number
document-number = Br. { $id }
document-number-label = Broj dokumenta
document-example = Primjer: izmišljeni demo dokument.
document-is-archived = Ovaj dokument je arhiviran. Ne prikazuje se na listama ni u pretrazi.
# Followed by the documents that replace this one
document-replaced-by = Zamjena za ovaj dokument:
document-download = Preuzmite { $filename }
# $type: a kind of file; $size: its size; $number: the version's number
document-current-file = { $type }, { $size }, verzija { $number }
document-review-due = Rok za reviziju
document-replaces = Zamjenjuje
document-search-state = Pretraga
document-variants = Prijevodi i nacionalne prilagodbe
document-countries = Države
document-events = Događaji
document-agenda = Tačke dnevnog reda
document-edit-details = Uredite detalje
document-unarchive = Vratite iz arhive
document-archive = Arhivirajte
document-new-version = Otpremite novu verziju
document-new-version-hint = PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG ili JPEG; najviše { $limit }. Postaje trenutna verzija; ranije verzije ostaju dostupne ispod.
document-what-changed = Šta je promijenjeno
document-upload-version = Otpremite verziju
# $type: a document type
document-following-type = Dobijate obavještenja o dokumentima vrste „{ $type }”.
document-follow-type = Pratite dokumente vrste „{ $type }”
## Documents on another page (an event, a register topic)
documents-add-here = Dodajte dokument ovdje
documents-none-yet = Još nema dokumenata.

## Search
search-title = Pretraga
# $words: what was typed
search-title-words = Pretraga: { $words }
search-words = Riječi koje tražite
search-hint = Pretražuje dokumente (i tekst unutar PDF, Word, tabela, prezentacija i tekstualnih datoteka), događaje i tačke dnevnog reda, zadatke, organizacije i osobe te registar pravnih razlika. Dijakritički znakovi nisu bitni: „Tirane” pronalazi „Tiranë”.
search-too-short = Upišite barem jednu riječ od dva ili više slova.
search-catching-up = Indeks pretrage još obrađuje nedavne izmjene, pa se neke možda još ne mogu pronaći. Pokušajte ponovo za minutu.
search-all-results = Svi rezultati
search-total = { $total ->
    [one] { $total } rezultat.
    [few] { $total } rezultata.
   *[other] { $total } rezultata.
}
search-total-public = { $total ->
    [one] { $total } rezultat na javnim stranicama. Prijavite se da pretražujete zapise mreže.
    [few] { $total } rezultata na javnim stranicama. Prijavite se da pretražujete zapise mreže.
   *[other] { $total } rezultata na javnim stranicama. Prijavite se da pretražujete zapise mreže.
}
# $kind: a kind of record, such as "Agenda items"
search-see-all = Pogledajte sve ({ $count }) u kategoriji „{ $kind }”
search-nothing = Nema rezultata za „{ $words }”. Pokušajte s manje riječi ili s kraćim riječima.
search-nothing-public = Nema rezultata za „{ $words }” na javnim stranicama. Prijavite se da pretražujete zapise mreže. Pokušajte s manje riječi ili s kraćim riječima.
search-kind-document = Dokumenti
search-kind-event = Događaji
search-kind-agenda = Tačke dnevnog reda
search-kind-action = Zadaci
search-kind-organization = Organizacije
search-kind-person = Osobe
search-kind-legal = Registar pravnih razlika

## Document mails
# $who: a person's name; $type: a document type
email-document-added = { $who } je dodao/la dokument ({ $type }) koji odgovara onome što pratite:
email-document-new-version = { $who } je otpremio/la verziju { $version } dokumenta koji pratite ({ $type }):
email-document-note = Napomena: { $note }
email-document-open = Otvorite dokument
email-document-open-text = Otvorite ga: { $url }
email-document-added-subject = Novi dokument: { $title }
email-document-new-version-subject = Nova verzija { $version }: { $title }
# $review_on: a date
email-document-review-due = Došao je datum revizije ovog dokumenta ({ $review_on }):
email-document-review-ask = Provjerite da li je još uvijek tačan. Ako se nešto promijenilo, otpremite novu verziju, ili postavite sljedeći datum revizije.
email-document-set-review = Postavite sljedeći datum revizije
email-document-set-review-text = Postavite sljedeći datum revizije: { $url }
email-document-review-subject = Vrijeme je za reviziju: { $title }

## The Kosovo* footnote, wherever a page or a mail names Kosovo*
footnote-label = Fusnota
kosovo-footnote = Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda pravde o deklaraciji o nezavisnosti Kosova.

## Notes the product writes into a record's history, in the language of whoever acts
# $name: who proposed the change; $comment: what they wrote with it
legal-note-proposed-by = Predložio/la { $name }
legal-note-proposed-by-comment = Predložio/la { $name }: { $comment }
# Stands for the proposer's name when their account is gone
legal-note-proposed-by-member = član mreže
legal-imported-note = Uvezeno iz CSV datoteke
document-restored-note = Vraćena je verzija { $number }.
# A comment on an action item reviewed at a meeting. $title: the meeting; $outcome: what was said
matters-reviewed-at = Razmotreno na sastanku „{ $title }”: { $outcome }

## Mails written in code (minutes, the waiting list)
minutes-circulated-subject = Zapisnik za komentare: { $title }
# $deadline: a date as YYYY-MM-DD
minutes-circulated-text = Nacrt zapisnika sa sastanka „{ $title }” je spreman. Pročitajte ga i pošaljite komentare ili prijedloge ispravki do { $deadline }.
rsvp-place-free-subject = Oslobodilo se mjesto: { $title }
rsvp-place-free-text = Oslobodilo se mjesto i sada je Vaše. Radujemo se što ćemo Vas vidjeti.

## Minutes: what changed between two versions, by section
# $section: "Meeting" or an agenda item's title; $part: notes or decisions
minutes-diff-section = { $section } · { $part }
minutes-diff-meeting = Sastanak
# An agenda item deleted since: $id is its number
minutes-diff-item = Tačka { $id }
minutes-diff-notes = bilješke
minutes-diff-decisions = odluke

## Calendar files (.ics): text the product writes into events and feeds
# $url: the meeting's online link
ics-online = Online: { $url }
ics-moderator = Moderator: { $name }
# $names: the speakers, separated by semicolons
ics-speakers = Govornici: { $names }
ics-network-calendar = Roundtable: događaji mreže
# $name: the person whose calendar it is
ics-personal-calendar = Roundtable: { $name }

## Column names of the CSV downloads, as people read them in their spreadsheet. (The legal
## register's export keeps fixed column names: its import reads them back.)

## CSV download of action items: column names
csv-action-id = id
csv-action-title = naslov
csv-action-owner-organization = nadležna_organizacija
csv-action-due-on = rok
csv-action-priority = prioritet
csv-action-status = status
csv-action-percent = procenat_urađenog
csv-action-countries = države
csv-action-tags = oznake
csv-action-event-id = id_događaja

## CSV download of an event's participants: column names
csv-participant-name = ime_i_prezime
csv-participant-email = e-mail
csv-participant-organization = organizacija
csv-participant-country = država
csv-participant-status = status
csv-participant-dietary = ishrana
csv-participant-accessibility = pristupačnost
csv-participant-shares-name = dijeli_ime
csv-participant-attended = prisustvo

## CSV download of the directory: column names
csv-org-id = id
csv-org-name = naziv
csv-org-acronym = skraćenica
csv-org-country-code = kod_države
csv-org-country = država
csv-org-kind = vrsta
csv-org-membership-status = status_članstva
csv-org-joined-on = datum_pristupanja
csv-org-website = web_stranica
csv-org-email = e-mail
csv-org-phone = telefon
csv-org-address = adresa
csv-org-services = usluge

## The register's measured parameters and units of the seeded topics (others stay as the secretariat wrote them)
legal-parameter-maximum-imprisonment = najviša kazna zatvora
legal-parameter-maximum-imprisonment-when-aggravated = najviša kazna zatvora za teži oblik
legal-parameter-reflection-period = period oporavka i razmišljanja
legal-parameter-limitation-period = rok zastare
legal-unit-days = dana
legal-unit-years = godina

## Exchange with other directories (HSDS)
directory-export-hsds = Usluge za druge imenike (HSDS)
# Written into the HSDS export (in English, the network's working language)
hsds-interpretation = Usmeno prevođenje se može osigurati.
hsds-confidential-location = Povjerljiva lokacija: dijeli se samo grad.
hsds-24-7 = Otvoreno 24/7
## Services, contact points and capacity (support: /services)
nav-services = Usluge
support-title = Usluge
support-intro = Šta organizacije mreže nude, gdje i kome, kako se vrši upućivanje i koliko mjesta imaju. Brojke broje mjesta, nikada ljude.
support-org-heading = Usluge detaljno
support-totals = Kapacitet u ovom spisku
support-total = { $unit }: ukupno { $count }
support-total-available = slobodno sada: { $count }
support-total-unconfirmed = brojke koje nisu potvrđene na vrijeme i nisu uračunate: { $count }
support-verified-on = Posljednji put potvrđeno kao tačno { $date }
support-verified-by = Posljednji put potvrđeno kao tačno { $date }, potvrdio/la { $name }
support-never-verified = Još niko nije potvrdio ove podatke
support-empty = Nijedna usluga ne odgovara ovim filterima.
support-edit = Izmijeni uslugu
support-confirm = Potvrdi da su ovi podaci i dalje tačni
support-where = Gdje
support-who = Ko može doći
support-how = Kako uputiti
support-contacts = Kontakt tačke
support-capacity = Kapacitet
support-funding = Finansiranje
support-funded-until = finansirano do { $date }
support-back-to-list = Nazad na sve usluge
support-confidential-note = Adresa je povjerljiva: uslugu kontaktirajte preko njenih kontakt tačaka.
support-open-24-7 = Otvoreno danju i noću (24/7)
support-ages = Uzrast
support-age-range = od { $min } do { $max } godina
support-age-from = od { $min } godina
support-age-to = do { $max } godina
support-all-ages = svaki uzrast
support-everyone = Svi
support-edit-item = Izmijeni
support-delete = Ukloni
support-contact-new-title = Dodaj kontakt tačku
support-contact-edit-title = Izmijeni kontakt tačku
support-capacity-new-title = Dodaj podatak o kapacitetu
support-capacity-edit-title = Izmijeni podatak o kapacitetu
support-figure-maximum = { $unit }: najviše { $count }
support-figure-funded = finansirano: { $count }
support-figure-available = slobodno sada: { $count }
support-figure-unconfirmed = Nije potvrđeno od { $date }, pa se ne računa u zbir
support-figure-as-of = Stanje na dan { $date }
support-new-title = Dodaj uslugu
support-edit-title = Izmijeni uslugu
support-choose = Izaberite…
support-areas-hint = Općine ili regioni, onako kako ih pišete; ostavite prazno kada usluga pokriva cijelu zemlju.
support-confidential-hint = Označite za sklonište ili bilo koje mjesto čija adresa mora ostati tajna: adresu vide samo vaša organizacija i sekretarijat; svi ostali vide grad i kontakt tačke.
support-genders-hint = Ne označavajte ništa ako je usluga otvorena za sve.
support-notice-hint = Obavezno kada je usluga obustavljena: zašto i do kada.
support-contact-hint = Uloga, na primer prijemna služba ili linija 24/7; nikada osoba kojoj pomažete.
support-capacity-hint = Samo broj mjesta, nikada podaci o ljudima.
support-available-hint = Vide ga samo organizacije članice i sekretarijat.
support-expiry-hint = Poslije ovog datuma podatak se prikazuje kao nepotvrđen i ne ulazi u zbir.
support-created = Usluga je dodana.
support-saved = Usluga je spašena.
support-confirmed = Hvala: podaci su označeni kao potvrđeni danas.
support-contact-saved = Kontakt tačka je spašena.
support-contact-deleted = Kontakt tačka je uklonjena.
support-capacity-saved = Podatak o kapacitetu je spašen.
support-capacity-deleted = Podatak o kapacitetu je uklonjen.
support-contact-delete-title = Ukloniti kontakt tačku „{ $role }“ usluge { $service }?
support-contact-delete-consequence = Oni koji traže ovu uslugu više neće vidjeti ovaj način da do nje dođu.
support-capacity-delete-title = Ukloniti podatak za { $unit } usluge { $service }?
support-capacity-delete-consequence = Podatak odmah nestaje sa stranice usluge i iz zbira.
support-error-age = Unesite uzrast u punim godinama, od 0 do 120.
support-error-age-range = Najviši uzrast ne može biti manji od najnižeg.
support-error-modes = Označite barem jedan način rada usluge.
support-error-countries = Označite barem jednu zemlju koju usluga pokriva.
support-error-country-unknown = { $code } nije zemlja mreže.
support-error-city-confidential = Za povjerljivu lokaciju potreban je grad, da bi se znalo gdje je usluga.
support-error-notice = Napišite zašto je usluga obustavljena i do kada.
support-error-contact-reach = Navedite broj telefona ili e-mail adresu.
support-error-negative = Broj mjesta ne može biti negativan.
support-error-count = Unesite cijeli broj.
support-error-available-max = Slobodnih mjesta ne može biti više od najvećeg broja.
support-error-expiry = Datum isteka ne može biti prije datuma podatka.
support-field-kind = Vrsta usluge
support-field-name = Naziv
support-field-description = Opis
support-field-countries = Zemlje koje pokriva
support-field-areas = Općine ili regioni
support-field-modes = Način rada
support-field-city = Grad
support-field-address = Adresa
support-field-confidential_location = Povjerljiva lokacija
support-field-age_min = Najniži uzrast
support-field-age_max = Najviši uzrast
support-field-genders = Spol ili rod korisnika
support-field-target_groups = Ciljne grupe
support-field-identification = Potrebna identifikacija
support-field-languages = Jezici koji se govore
support-field-interpretation = Može se osigurati prevodilac
support-field-referral = Kako ljudi dolaze
support-field-intake_steps = Koraci prijema
support-field-hours = Radno vrijeme
support-field-open_24_7 = Otvoreno danju i noću (24/7)
support-field-funding_source = Izvor finansiranja
support-field-funded_until = Finansirano do
support-field-status = Status
support-field-status_notice = Obaveštenje o statusu
support-field-role = Uloga
support-field-phone = Telefon
support-field-email = E-mail adresa
support-field-available_24_7 = Javlja se danju i noću (24/7)
support-field-unit = Jedinica
support-field-maximum = Najviše
support-field-funded = Finansirano
support-field-available = Slobodno sada
support-field-band = Popunjenost
support-field-target_group = Odnosi se na
support-field-as_of = Na dan
support-field-expires_on = Važi do
support-field-organization_id = Organizacija
service-mode-on_site = Na licu mjesta
service-mode-mobile = Mobilni tim
service-mode-remote = Na daljinu (telefonom ili online)
service-gender-female = Žene i djevojčice
service-gender-male = Muškarci i dječaci
service-gender-other = Drugi rodni identiteti
service-group-children = Djeca
service-group-families = Porodice
service-group-third_country_nationals = Državljani trećih zemalja
service-group-returnees = Povratnici
service-group-adults = Odrasli
service-group-women = Žene
service-group-men = Muškarci
service-identification-presumed = Dovoljno je da je osoba pretpostavljena žrtva
service-identification-formal = Potrebna je formalna identifikacija kao žrtve
service-referral-referral = Samo uz upućivanje
service-referral-self = Uz upućivanje ili samostalnim javljanjem
service-status-active = Aktivna
service-status-suspended = Privremeno obustavljena
service-status-closed = Zatvorena
capacity-unit-beds = Kreveti
capacity-unit-places = Mjesta
capacity-unit-persons_month = Osoba mjesečno
capacity-unit-transports_month = Prevoza mjesečno
capacity-unit-case_slots = Slučajeva koje može preuzeti
capacity-band-available = Ima slobodnih mjesta
capacity-band-limited = Ograničeno
capacity-band-full = Popunjeno
capacity-band-waiting_list = Lista čekanja
spoken-language-sq = albanski
spoken-language-sr = srpski
spoken-language-bs = bosanski
spoken-language-hr = hrvatski
spoken-language-mk = makedonski
spoken-language-en = engleski
spoken-language-de = njemački
spoken-language-fr = francuski
spoken-language-it = italijanski
spoken-language-tr = turski
spoken-language-ro = rumunski
spoken-language-ru = ruski
spoken-language-uk = ukrajinski
spoken-language-ar = arapski
spoken-language-fa = persijski (farsi)
spoken-language-ur = urdu
spoken-language-ps = paštunski
spoken-language-bn = bengalski
spoken-language-hi = hindi
spoken-language-zh = kineski
spoken-language-es = španski
spoken-language-rom = romski
## Referral pathways, the pathway matrix and finding help across borders (pathways)
nav-pathways = Putevi upućivanja
pathways-title = Putevi upućivanja
pathways-intro = Kako se osoba upućuje iz jedne zemlje u drugu, za svaku vrstu usluge: ko šta radi, koliko svaki korak smije trajati, šta se smije podijeliti i koga treba pozvati.
pathways-legend = Šta oznake znače
pathways-legend-agreed = partneri su ga usvojili i može se koristiti
pathways-legend-draft = još se razrađuje; nemojte ga još koristiti
pathways-legend-suspended = zasad je obustavljen; provjerite sa sekretarijatom
pathways-scroll-hint = Tabela se pomjera bočno unutar svog okvira.
pathways-matrix-region = Matrica puteva, može se pomjerati
pathways-matrix-caption = Putevi upućivanja: zemlje koje upućuju (redovi) prema zemljama koje primaju (kolone)
pathways-from-to = Iz \ U
pathways-none-here = Nema puta
pathways-list-title = Svi putevi
pathways-none = Nijedan put ne odgovara ovim filterima.
pathways-back = Nazad na matricu puteva
pathway-new = Novi put upućivanja
pathway-edit = Izmjena puta upućivanja
pathway-saved = Put upućivanja je sačuvan.
pathway-used-saved = Zabilježeno: put je danas korišten.
pathway-route = Iz zemlje { $from } u zemlju { $to }
pathway-from = Upućuje se iz
pathway-to = Upućuje se u
pathway-kind = Vrsta usluge
pathway-status = Status
pathway-status-draft = Nacrt
pathway-status-agreed = Usvojen
pathway-status-suspended = Obustavljen
pathway-service = Usluga koja prima
pathway-no-service = Još nije navedena
pathway-contact = Kontakt tačka
pathway-no-contact = Kontakt tačka nije navedena
pathway-contact-24-7 = dostupno danju i noću
pathway-consent = Informisani pristanak
pathway-consent-hint = Kako se traži i bilježi pristanak prije nego što se išta podijeli.
pathway-child-consent = Pristanak za djecu
pathway-information = Podaci koji se smiju podijeliti
pathway-information-hint = Samo ove vrste podataka smiju pratiti upućivanje, i to samo uz pristanak.
pathway-information-identity_documents = Lični dokumenti
pathway-information-medical_needs = Zdravstvene potrebe
pathway-information-language = Jezik
pathway-information-safety_risks = Sigurnosni rizici
pathway-information-family_situation = Porodična situacija
pathway-information-legal_status = Pravni status
pathway-escort = Pratnja
pathway-escort-cost = Ko plaća put i pratnju
pathway-document = Sporazum ili standardna procedura
pathway-barriers = Poznate pravne prepreke
pathway-barriers-hint = Unosi iz registra pravnih razlika koji otežavaju ovo upućivanje.
pathway-barrier-topic = Tema registra
pathway-barrier-country = Zemlja unosa
pathway-no-barriers = Nijedna nije zabilježena
pathway-steps = Koraci
pathway-steps-hint = Redom: ko šta radi i koliko dana najviše smije trajati. Prazan red se preskače.
pathway-step-number = Korak { $n }
pathway-step-actor = Ko
pathway-step-action = Šta radi
pathway-step-days = Najviše dana
pathway-step-days-at-most = { $count ->
    [one] najviše { $count } dan
    [few] najviše { $count } dana
   *[other] najviše { $count } dana
}
pathway-total-days = Svi koraci zajedno traju najviše { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}.
pathway-no-steps = Koraci još nisu zapisani.
pathway-not-set = Nije određeno
pathway-not-named = (nijedan)
pathway-choose = Odaberite…
pathway-not-agreed = Ovaj put nije usvojen: provjerite sa sekretarijatom prije nego što ga koristite.
pathway-last-used = Posljednji put korišten
pathway-never-used = Još nije korišten
pathway-used-today = Korišten danas
pathway-error-same-country = Odaberite zemlju različitu od one koja upućuje.
pathway-error-service-kind = Ova usluga je druge vrste.
pathway-error-service-country = Ova usluga ne radi u zemlji koja prima.
pathway-error-contact = Odaberite kontakt tačku usluge koja prima.
pathway-error-consent = Usvojenom putu je potrebno pravilo o pristanku.
pathway-error-days = Upišite cijeli broj dana od 0 do 365.
find-title = Pronađite pomoć preko granica
find-intro = Opišite situaciju, ne osobu: prikazuju se usluge koje odgovaraju, sa slobodnim mjestima, kontakt tačkom i putem upućivanja iz vaše zemlje.
find-nothing-kept = Ništa o ovoj pretrazi se ne čuva: nema zapisa ni historije, a adresa pretrage se ne bilježi u dnevnik.
find-country = Pomoć je potrebna u
find-age = Dob
find-gender = Spol ili rod
find-gender-female = Ženski
find-gender-male = Muški
find-gender-other = Drugo
find-language = Jezik koji govori
find-identification = Identifikacija
find-identification-presumed = Pretpostavljena žrtva (bez formalne identifikacije)
find-identification-formal = Formalno identifikovana
find-needed-from = Potrebno od
find-from = Upućuje se iz
find-from-own = Zemlja moje organizacije
find-submit = Pronađi usluge
find-results = { $count ->
    [one] Odgovara { $count } usluga
    [few] Odgovaraju { $count } usluge
   *[other] Odgovara { $count } usluga
}
find-none = Nijedna usluga ne odgovara ovoj situaciji. Pokušajte bez jezika ili vrste usluge.
find-interpretation = Osoblje ne govori ovaj jezik: prevođenje se može osigurati.
find-capacity = Slobodna mjesta
find-as-of = na dan
find-capacity-unconfirmed = nije potvrđeno od { $date }
find-no-capacity = Nema podataka
find-verified = Podaci posljednji put provjereni
find-never-verified = nikada
find-funding-ends = Finansiranje ističe prije nego što je pomoć potrebna:
find-pathway = Put upućivanja
find-no-pathway = Još nema puta iz vaše zemlje
search-kind-service = Usluge
## Figures for the roundtable (monthly counts per service kind, quarterly reports)
nav-figures = Brojke
figures-title = Brojke
figures-intro = Koliko su ljudi organizacije mreže uputile, primile i podržale, po državi i usluzi, na osnovu svojih mjesečnih brojki. Samo brojevi: nijedna brojka ne opisuje osobu.
figures-suppression-note = Brojke od 1 do { $threshold } minus jedan prikazuju se kao „<{ $threshold }“, a gde bi zbir otkrio neku od njih, skriva se i još jedna brojka.
figures-below = <{ $threshold }
figures-quarter = { $quarter }. kvartal { $year }.
figures-quarter-label = Kvartal
figures-kind = Usluga
figures-country = Država
figures-flow-corner = Iz \ u
figures-total = Ukupno
figures-reporting = { $count ->
    [one] { $count } organizacija je prijavila brojke za ovaj kvartal.
    [few] { $count } organizacije su prijavile brojke za ovaj kvartal.
   *[other] { $count } organizacija je prijavilo brojke za ovaj kvartal.
}
figures-example-notice = Ove brojke uključuju izmišljene demonstracione podatke.
figures-report-link = Prijavite brojke moje organizacije
figures-download-csv = Preuzmite kao CSV
figures-table-by-country = Po državi
figures-table-by-kind = Novopodržane osobe, po usluzi
figures-table-flows = Prekogranična upućivanja
figures-table-unmet = Nezadovoljene potrebe: upućivanja odbijena zbog nedostatka kapaciteta
figures-table-own = Brojke moje organizacije (tačne, samo za vas)
figures-table-gaps = Praznine u pokrivenosti
figures-own-hint = Samo članovi vaše organizacije vide ove tačne brojeve; svi ostali vide zbirove po državi.
figures-own-none = Vaša organizacija nije prijavila brojke za ovaj kvartal.
figures-gaps-hint = Gdje nijedna organizacija nije prijavila uslugu u nekoj državi, ili niko nije dobio podršku.
figures-gap-no-report = bez prijave
figures-gap-none-assisted = niko nije podržan
figures-gap-covered = pokriveno
figures-chart-title = Novopodržane osobe, po državi
figures-chart-caption = Iste brojke nalaze se u prvoj tabeli ispod.
figures-measure-received = Primljena upućivanja
figures-measure-sent = Poslana upućivanja
figures-measure-new = Novopodržani
figures-measure-ongoing = Podrška u toku
figures-measure-declined = Odbijena upućivanja
figures-measure-bed_nights = Noćenja
figures-csv-quarter = Kvartal
figures-csv-table = Tabela
figures-csv-row = Red
figures-csv-column = Kolona
figures-csv-value = Vrijednost
figures-mine-title = Brojke moje organizacije
figures-mine-intro = Jedan obrazac mjesečno za svaku uslugu: samo brojevi. Mjesec ostaje otvoren do 10. u sljedećem mjesecu; kasnije izmjene bilježe se kao ispravke.
figures-back-to-report = Nazad na brojke mreže
figures-reported = prijavljeno
figures-not-reported = još nije prijavljeno
figures-month-open = Otvoreno do { $date }
figures-month-closed = Zatvoreno.
figures-form-title = { $kind }: { $month }
figures-correction-note = Ako sada sačuvate, bilježi se ispravka, sa vašim imenom i vremenom.
figures-counts-only = Samo cijeli brojevi, od 0 naviše; prazno polje znači 0. Nikada ne unosite imena niti druge podatke o osobi.
figures-breakdown = Raščlanjavanje podržanih osoba
figures-breakdown-show = Prikažite ova polja
figures-breakdown-none = Bez raščlanjavanja
figures-breakdown-sex = Po polu
figures-breakdown-age = Djeca i odrasli
figures-breakdown-origin = Domaći, iz regiona ili iz trećih zemalja
figures-breakdown-hint-none = Jedan broj za sve.
figures-breakdown-hint-sex = Jedan broj za svaku grupu; zajedno čine ukupan broj.
figures-breakdown-hint-age = Djeca su osobe mlađe od 18 godina.
figures-breakdown-hint-origin = Iz regiona: iz druge države mreže.
figures-category-all = Svi
figures-category-female = Žene i djevojčice
figures-category-male = Muškarci i dječaci
figures-category-other = Drugi rod
figures-category-child = Djeca
figures-category-adult = Odrasli
figures-category-national = Domaći državljani
figures-category-regional = Iz regiona
figures-category-third_country = Iz trećih zemalja
figures-group-referrals = Primljena upućivanja
figures-group-sent = Poslana upućivanja, po državi odredišta
figures-group-sent-hint = Upućivanja organizaciji u svakoj državi, uključujući i vašu.
figures-group-new = Novopodržane osobe
figures-group-ongoing = Osobe kojima podrška traje
figures-group-declined = Odbijena upućivanja, po razlogu
figures-group-occupancy = Popunjenost
figures-field-received = Broj primljenih upućivanja
figures-field-bed_nights = Noćenja (jedna osoba jednu noć je jedno)
figures-reason-no_capacity = Nema kapaciteta
figures-reason-not_eligible = Ne ispunjava uslove
figures-reason-no_consent = Bez pristanka
figures-reason-other = Drugi razlog
figures-error-number = Unesite cijeli broj, na primjer 0 ili 12.
figures-error-negative = Broj ne može biti manji od 0.
figures-error-too-large = Unesite najviše { $max }.
figures-saved = Brojke su sačuvane.
figures-revisions = Čuvanja
figures-revision-saved = Verziju { $version } sačuvao/la { $name }, { $when }.
figures-revision-correction = Verzija { $version }: ispravku unio/la { $name }, { $when }, poslije zatvaranja mjeseca.
## Services kept fresh: the monthly "still correct?" mail, the secretariat's list of services to check, capacity and funding notices
category-services = Usluge
freshness-review-title = Usluge za provjeru
freshness-review-lists = Spiskovi usluga za provjeru
freshness-unconfirmed-heading = Nisu potvrđene { $days } dana
freshness-funding-heading = Finansiranje ističe u narednih { $months } mjeseci
freshness-last-confirmed = Posljednja potvrda: { $date }
freshness-never-confirmed = Nikada nije potvrđeno
freshness-funded-until = Finansirano do { $date }
freshness-see-all = Pogledajte sve ({ $count })
freshness-unconfirmed-none = Sve usluge su nedavno potvrđene.
freshness-funding-none = Nijednoj usluzi finansiranje ne ističe u narednim mjesecima.
freshness-col-service = Usluga
freshness-col-organization = Organizacija
freshness-col-funded-until = Finansirano do
freshness-col-confirmed = Posljednja potvrda
freshness-confirm-title = Jesu li podaci i dalje tačni?
freshness-confirm-question = Jesu li podaci o usluzi { $service } ({ $organization }) u imeniku usluga mreže i dalje tačni?
freshness-confirm-submit = Da, i dalje su tačni
freshness-confirm-done = Hvala: usluga { $service } je potvrđena { $date }.
freshness-confirm-thanks = Ako se nešto promijeni, prijavite se i ažurirajte podatke o usluzi.
freshness-link-invalid-title = Ovaj link ne radi
freshness-link-invalid-text = Link je nepotpun ili je istekao (linkovi važe 45 dana), ili usluga više ne postoji. Prijavite se da potvrdite ili ažurirate usluge svoje organizacije, ili sačekajte e-mail idućeg mjeseca.
freshness-link-invalid-sign-in = Prijava
email-service-confirm-subject = Jesu li usluge organizacije { $organization } i dalje tačne?
email-service-confirm-intro = Jednom mjesečno molimo kontakt osobe organizacije { $organization } da provjere njene usluge u imeniku usluga mreže. Broj usluga na spisku: { $count }.
email-service-confirm-how = Ako su podaci o usluzi i dalje tačni, dovoljan je jedan klik. Ako se nešto promijenilo, molimo vas da ih ažurirate.
email-service-confirm-still-correct = I dalje tačno
email-service-confirm-update = Ažurirajte
email-service-confirm-expiry = Linkovi važe { $days } dana.
email-service-full-subject = Popunjeno: { $service } ({ $organization })
email-service-full-text = { $service } ({ $organization }) javlja da je kapacitet popunjen: { $unit ->
    [beds] kreveti
    [places] mjesta
    [persons_month] osobe mjesečno
    [transports_month] prijevozi mjesečno
    [case_slots] mjesta za slučajeve
   *[other] { $unit }
}.
email-service-full-group = Za: { $group ->
    [children] djecu
    [families] porodice
    [third_country_nationals] državljane trećih zemalja
    [returnees] povratnike
    [adults] odrasle
    [women] žene
    [men] muškarce
   *[other] { $group }
}
email-service-full-as-of = Podatak na dan { $date }.
email-service-open = Otvorite uslugu
email-service-open-text = Otvorite uslugu: { $url }
email-service-funding-subject = Finansiranje usluge { $service } ističe { $date }
email-service-funding-text = Finansiranje usluge { $service } ({ $organization }) ističe { $date }, { $months ->
    [one] za otprilike mjesec dana
   *[other] za otprilike { $months } mjeseci
}.
email-service-funding-source = Finansira: { $source }
freshness-follow-title = Pratite usluge
freshness-follow-intro = Dobijajte e-mail kada usluga koja radi u nekoj zemlji, ili neka vrsta usluge, prijavi promjenu kapaciteta: ima mjesta, malo mjesta, popunjeno ili lista čekanja.
freshness-follow-countries = Po zemlji u kojoj rade
freshness-follow-kinds = Po vrsti usluge
freshness-following = Praćenje uključeno
freshness-follow = Pratite
freshness-unfollow = Prestanite pratiti
freshness-followed = Sada to pratite.
freshness-unfollowed = To više ne pratite.
freshness-follow-bad = Ne postoji ništa za praćenje pod tim imenom.
email-service-band-subject = { $service }: { $band ->
    [available] ima slobodnih mjesta
    [limited] ostalo je malo mjesta
    [full] popunjeno
    [waiting_list] lista čekanja
   *[other] { $band }
}
email-service-band-text = Kapacitet usluge { $service } ({ $organization }) za { $unit ->
    [beds] krevete
    [places] mjesta
    [persons_month] osobe mjesečno
    [transports_month] prijevoze mjesečno
    [case_slots] mjesta za slučajeve
   *[other] { $unit }
} sada je: { $band ->
    [available] ima slobodnih mjesta
    [limited] ostalo je malo mjesta
    [full] popunjeno
    [waiting_list] lista čekanja
   *[other] { $band }
}.
email-service-band-why = Ovu poruku dobijate jer pratite usluge po zemlji ili vrsti. Da to promijenite: { $url }
figures-percent = { $percent }%
figures-no-rate = nije prikazano
figures-table-occupancy = Popunjenost: noćenja u odnosu na krevete
figures-occupancy-chart = Popunjenost, po zemlji
figures-occupancy-chart-caption = Iste stope su u tabeli ispod; zemlja bez stope nema stubac.
figures-beds = Kreveti
figures-occupancy-rate = Popunjenost
figures-occupancy-note = Popunjenost je broj prijavljenih noćenja podijeljen sa kreveti × { $days } dana kvartala. Kreveti su zbir maksimuma brojki o krevetima, potvrđenih i neisteklih danas, aktivnih usluga svake zemlje. Stopa se ne prikazuje kada su noćenja skrivena ili kada nema kreveta.
figures-table-at-risk = Kapacitet u riziku: finansiranje se završava u narednih šest mjeseci
figures-at-risk-corner = Zemlja: usluga
figures-services = Usluge
figures-capacity = Kapacitet
figures-funded-until = Finansirano do (najranije)
figures-no-capacity-figure = nema potvrđene brojke o kapacitetu
figures-at-risk-hint = Usluge koje nisu zatvorene i čije se finansiranje završava u narednih šest mjeseci, najranije prvo, sa potvrđenim kapacitetom. Kapaciteti su mjesta, a ne ljudi, pa se ne skrivaju.
figures-at-risk-none = Nijednoj usluzi se finansiranje ne završava u narednih šest mjeseci.
figures-breakdowns = Pomognute osobe, po raščlanjivanju
figures-breakdowns-hint = Svaka organizacija mjesečno prijavljuje jedno raščlanjivanje; svaka tabela broji samo organizacije koje su ga izabrale, pa se ove tabele ne slažu sa ukupnim brojkama iznad.
figures-breakdown-reported = { $count ->
    [one] Prijavila { $count } organizacija ovog kvartala.
    [few] Prijavile { $count } organizacije ovog kvartala.
   *[other] Prijavilo { $count } organizacija ovog kvartala.
}
# Figures on the post-meeting report and the dashboard
glance-newly-assisted = Novopodržane osobe
glance-sent-across-borders = Upućivanja u drugu zemlju
glance-declined-no-capacity = Upućivanja odbijena zbog nedostatka kapaciteta
post-report-figures = Brojke za okrugli sto: { $quarter }
post-report-figures-link = Sve brojke za { $quarter }
post-report-figures-none = Nijedna organizacija nije dostavila brojke za ovaj kvartal.
post-report-figures-chart-caption = Iste brojke su u tabeli ispod, uz ostale mjere.
post-report-figures-choose = Brojke u ovom izvještaju
post-report-figures-default = { $quarter } (kvartal prije sastanka)
post-report-figures-off = Bez brojki
post-report-figures-show = Prikaži
dashboard-figures-month = Brojke vaše organizacije za { $month }
dashboard-figures-no-kinds = Vaša organizacija još nema upisanih usluga: brojke dostavite preko stranice s brojkama.
dashboard-figures-missing = Još nije dostavljeno:
dashboard-figures-all-reported = Svi obrasci za ovaj mjesec su dostavljeni. Hvala.
dashboard-figures-reported = Dostavljeno:
dashboard-figures-all-months = Svi mjeseci
dashboard-figures-see-network = Brojke mreže
dashboard-services-unconfirmed = Vaše usluge nepotvrđene { $days } dana
dashboard-services-unconfirmed-hint = Otvorite uslugu i potvrdite podatke ako su i dalje tačni, ili ih ažurirajte.
dashboard-services-unconfirmed-none = Sve vaše usluge su potvrđene u posljednjih { $days } dana.
dashboard-figures-network = Mreža: { $quarter }
dashboard-figures-organizations = Organizacije članice koje su dostavile brojke za { $month }: { $reported } od { $total }.
dashboard-figures-chart-caption = Iste brojke su u tabeli ispod.
dashboard-figures-all = Sve brojke za kvartal

## HSDS import
hsds-import-title = Uvoz usluga (HSDS)
hsds-import-link = Uvoz usluga (HSDS)
hsds-import-intro = Učitajte usluge drugog imenika prema specifikaciji podataka o socijalnim uslugama (Open Referral HSDS 3.0, kapacitet iz 3.1): paket podataka (ZIP datoteka s datapackage.json i CSV datotekama, kao naš izvoz) ili HSDS JSON.
hsds-import-rules = Prvo se provjerava cijeli paket: ako nešto nije u redu, ništa se ne sprema, a svaki problem se navodi s datotekom, redom i poljem. Organizacije već moraju biti u imeniku. Usluga, kontakt tačka ili podatak o kapacitetu koji smo mi izvezli se ažurira; ostali se dodaju. Ništa se ne briše, a povjerljiva adresa se nikada ne prepisuje.
hsds-import-package = HSDS paket (ZIP ili JSON)
hsds-import-submit = Provjeri i uvezi
hsds-import-done = Paket je uvezen.
hsds-import-unchanged = Ništa se nije promijenilo: imenik je već sadržavao sve iz paketa.
hsds-import-organizations = Organizacije pronađene u imeniku
hsds-import-done-caption = Šta je uvoz spremio
hsds-import-what = Zapisi
hsds-import-created = Dodano
hsds-import-updated = Ažurirano
hsds-import-row-services = Usluge
hsds-import-row-contacts = Kontakt tačke
hsds-import-row-capacity = Podaci o kapacitetu
hsds-import-see-services = Pogledajte usluge
hsds-import-has-errors = Paket nije uvezen i ništa nije spremljeno. Ispravite ove probleme i ponovo ga učitajte.
hsds-import-problems-caption = Problemi u paketu
hsds-import-file = Datoteka
hsds-import-line = Red
hsds-import-field = Polje
hsds-import-problem = Problem
hsds-import-whole-package = Cijela učitana datoteka
hsds-import-phone-role = Telefon
hsds-import-error-empty = Datoteka je prazna.
hsds-import-error-too-large = Datoteka je veća od { $limit }.
hsds-import-error-not-package = Ovo nije ni ZIP paket podataka ni HSDS JSON.
hsds-import-error-zip = ZIP datoteka se ne može pročitati.
hsds-import-error-too-many-files = ZIP datoteka sadrži više od { $limit } datoteka.
hsds-import-error-entry-too-large = Ova datoteka je raspakovana veća od { $limit }.
hsds-import-error-unpacked-too-large = Paket je raspakovan ukupno veći od { $limit }.
hsds-import-error-file-missing = U paketu nema { $file }.
hsds-import-error-descriptor = datapackage.json nije ispravan JSON.
hsds-import-error-utf8 = Ova datoteka nije UTF-8 tekst.
hsds-import-error-csv = Ovaj red se ne može pročitati kao CSV (suvišan navodnik ili pogrešan broj ćelija).
hsds-import-error-column = Nedostaje kolona { $column }.
hsds-import-error-too-many-rows = Ova datoteka ima više od { $limit } redova.
hsds-import-error-json = Ovo nije ispravan JSON.
hsds-import-error-json-shape = Svaka usluga u HSDS JSON-u mora biti objekat.
hsds-import-error-required = Ovo polje je obavezno.
hsds-import-error-duplicate = Ovaj id je već upotrijebljen u redu { $line }.
hsds-import-error-reference = Nijedan red datoteke { $file } nema id { $id }.
hsds-import-error-organization = Organizacija „{ $name }“ nije u imeniku. Prvo je dodajte ili upotrijebite id koji joj daje naš izvoz.
hsds-import-error-other-organization = Ova usluga pripada drugoj organizaciji u imeniku.
hsds-import-error-kind = „{ $code }“ nije vrsta usluge koju bilježimo.
hsds-import-error-kind-missing = Nedostaje vrsta usluge: povežite uslugu s jednom od naših vrsta usluga u attributes.csv.
hsds-import-error-country = „{ $name }“ nije zemlja mreže.
hsds-import-error-language = „{ $code }“ nije jedan od jezika koje bilježimo.
hsds-import-error-unit = „{ $unit }“ nije jedinica koju bilježimo (kreveti, mjesta, osobe mjesečno, prijevozi mjesečno, slučajevi).
hsds-import-error-status = „{ $status }“ nije HSDS status (active, inactive, defunct, temporarily closed).
hsds-import-error-date = Ovo nije datum: napišite ga kao 2026-12-31 ili 2026-12-31T09:00:00Z.
hsds-import-error-number = Ovo nije cijeli broj.
hsds-import-error-changed = Jedna usluga se promijenila dok se paket uvozio, pa ništa nije spremljeno. Ponovo uvezite paket.
hsds-import-error-unreadable = Učitavanje je prekinuto. Pokušajte ponovo.
