# Serbian in Latin script (srpski, latinica), ekavian catalogue of Roundtable.
# Status: draft translation, not yet reviewed by a native speaker.

## Roundtable message catalogue: Serbian (Latin script, ekavian).
## Keep sentences short and plain; many readers use English as a second language.

app-name = Roundtable
skip-to-content = Pređite na glavni sadržaj
nav-label = Glavna navigacija
nav-dashboard = Pregled
nav-directory = Imenik
nav-admin = Administracija
nav-settings = Podešavanja
nav-sign-in = Prijavite se
nav-sign-out = Odjavite se
signed-in-as = Prijavljeni ste kao { $name }
footer-text = Roundtable je zajednički radni prostor regionalne mreže. U njemu se nikada ne čuvaju lični podaci o žrtvama trgovine ljudima.
paging-label = Stranice
paging-summary = Stranica { $page } od { $pages }
paging-previous = Prethodna stranica
paging-next = Sledeća stranica
paging-total = { $total ->
    [one] { $total } rezultat
    [few] { $total } rezultata
   *[other] { $total } rezultata
}
form-errors-title = Ispravite polja označena u nastavku.
form-required = obavezno
save = Sačuvajte
cancel = Odustanite
apply-filters = Primenite filtere
clear-filters = Poništite filtere
any = Sve
yes = Da
no = Ne
none-yet = Ovde još nema ničega.

role-secretariat = Sekretarijat
role-member = Organizacija članica
role-observer = Posmatrač

landing-title = Dobro došli na Roundtable
landing-intro = Roundtable je mesto gde regionalna mreža organizacija koje podržavaju žrtve trgovine ljudima planira sastanke, prati sprovođenje dogovorenog i upoređuje nacionalne zakone.
landing-countries = Mreža deluje u ovim zemljama: Albanija, Bosna i Hercegovina, Kosovo*, Crna Gora, Severna Makedonija i Srbija.
landing-sign-in = Prijavite se da biste nastavili

dashboard-title = Pregled
dashboard-welcome = Dobro došli, { $name }.
dashboard-directory = Organizacije u mreži po zemljama

login-title = Prijava
login-email = Adresa e-pošte
login-password = Lozinka
login-submit = Prijavite se
login-invalid = Adresa e-pošte ili lozinka nije ispravna. Pokušajte ponovo.
login-throttled = Previše neuspešnih pokušaja prijave. Sačekajte 15 minuta i pokušajte ponovo.
logout-done = Odjavljeni ste.

set-password-title = Izaberite lozinku
set-password-intro = Izaberite lozinku od najmanje 10 znakova. Kratku rečenicu je lako zapamtiti, a teško pogoditi.
set-password-new = Nova lozinka
set-password-confirm = Ponovo unesite lozinku
set-password-submit = Sačuvajte lozinku
set-password-invalid = Ovaj link je istekao ili je već iskorišćen. Zatražite novi od sekretarijata.
set-password-done = Lozinka je sačuvana. Sada možete da se prijavite.
password-mismatch = Dve lozinke nisu iste.

directory-title = Imenik
directory-intro = Organizacije članice i partneri mreže, sa uslugama koje pružaju.
directory-search = Naziv ili skraćenica
directory-country = Zemlja
directory-kind = Vrsta organizacije
directory-service = Usluga
directory-status = Članstvo
directory-include-archived = Prikažite i arhivirane organizacije
directory-export = Preuzmite kao CSV
directory-service-map = Mapa usluga
directory-new = Dodajte organizaciju
directory-empty = Nijedna organizacija ne odgovara ovim filterima.
directory-col-name = Organizacija
directory-col-country = Zemlja
directory-col-kind = Vrsta
directory-col-services = Usluge
archived = Arhivirano

service-map-title = Mapa usluga
service-map-intro = Koje usluge organizacije iz mreže pružaju u svakoj zemlji.
service-map-service = Usluga
service-map-none = nema

org-new-title = Dodajte organizaciju
org-edit-title = Izmena organizacije
org-created = Organizacija je dodata.
org-saved = Izmene su sačuvane.
org-archived = Organizacija je arhivirana.
org-restored = Organizacija je vraćena.
org-name = Naziv
org-acronym = Skraćenica
org-country = Zemlja
org-country-choose = Izaberite zemlju
org-kind = Vrsta organizacije
org-membership = Status članstva
org-joined = Datum pristupanja mreži
org-joined-hint = Format: YYYY-MM-DD (godina-mesec-dan), na primer 2019-03-15.
org-website = Veb-sajt
org-email = Adresa e-pošte
org-phone = Telefon
org-address = Adresa
org-description = Opis
org-services = Usluge koje pruža
org-services-hint = Označite svaku uslugu i, ako je korisno, upišite kapacitet (na primer „12 mesta u skloništu, žene i deca“).
org-capacity = Napomena o kapacitetu: { $service }
org-people = Osobe
org-add-person = Dodajte osobu
org-edit = Izmenite
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
service-medical_screening = Zdravstveni pregled
service-psychosocial_support = Psihosocijalna podrška
service-legal_aid = Pravna pomoć
service-social_services = Socijalne usluge
service-return_transport = Prevoz pri povratku
service-reintegration_assistance = Pomoć pri reintegraciji
service-vocational_training = Stručno osposobljavanje
service-hotline = SOS telefon
service-identification_outreach = Identifikacija i terenski rad
service-other = Drugo
service-interpretation = Usmeno prevođenje
service-child_protection = Zaštita dece

network-role-focal_point = Kontakt osoba
network-role-deputy_focal_point = Zamenik kontakt osobe
network-role-contact = Kontakt
network-role-director = Direktor
network-role-other = Drugo

person-new-title = Dodajte osobu
person-edit-title = Izmena osobe
person-created = Osoba je dodata.
person-saved = Izmene su sačuvane.
person-archived = Osoba je arhivirana.
person-restored = Osoba je vraćena.
person-name = Ime i prezime
person-title = Radno mesto
person-organization = Organizacija
person-email = Adresa e-pošte
person-phone = Telefon
person-languages = Jezici
person-languages-hint = Na primer: albanski, engleski
person-network-role = Uloga u mreži
person-archive = Arhivirajte ovu osobu
person-restore = Vratite ovu osobu

settings-password = Promena lozinke
settings-password-submit = Promenite lozinku
settings-password-changed = Lozinka je promenjena. Odjavljeni ste u drugim pregledačima u kojima ste bili prijavljeni na svoj nalog.
settings-title = Podešavanja
settings-profile = Vaš profil
settings-name = Vaše ime
settings-language = Jezik
settings-time-zone = Vremenska zona
settings-saved = Podešavanja su sačuvana.
settings-tokens = API tokeni
settings-tokens-intro = Skripte i drugi programi mogu da koriste JSON API uz lični token. Čuvajte token kao lozinku.
settings-token-name = Naziv tokena
settings-token-name-hint = Čemu token služi, na primer „Skripta za mesečni izveštaj“.
settings-token-create = Napravite token
settings-token-new = Vaš novi token. Kopirajte ga sada: više neće biti prikazan.
settings-token-revoke = Opozovite
settings-token-created = Napravljen
settings-token-last-used = Poslednja upotreba
settings-token-never = nikada
settings-tokens-none = Nemate API tokene.
token-revoked = Token je opozvan. Programi koji ga koriste više ne mogu da se povežu.

admin-person-title = Osoba iz imenika povezana sa ovim nalogom
admin-person-intro = Nalog pripada ovoj osobi iz imenika: njeni pozivi, odgovori i zadaci vode se pod ovim nalogom.
admin-person = Osoba iz imenika
admin-person-none = Nema osobe iz imenika
admin-person-taken = pripada drugom nalogu
admin-person-change = Promenite
admin-person-choose = Izaberite osobu sa spiska.
admin-title = Administracija
admin-users = Korisnički nalozi
admin-new-user = Pozovite korisnika
admin-countries = Zemlje
admin-col-name = Ime
admin-col-email = E-pošta
admin-col-role = Uloga
admin-col-organization = Organizacija
admin-col-status = Status
admin-col-last-login = Poslednja prijava
admin-active = Aktivan
admin-inactive = Deaktiviran
admin-deactivate = Deaktivirajte
admin-activate = Aktivirajte
user-new-title = Pozovite korisnika
user-email = Adresa e-pošte
user-name = Ime
user-role = Uloga
user-organization = Organizacija
user-organization-none = Bez organizacije
user-created-title = Nalog je napravljen
user-created-text = Nalog za korisnika { $name } ({ $email }) je napravljen, a poziv da izabere lozinku poslat je e-poštom. Link u pozivu važi 7 dana.
user-saved = Nalog je ažuriran.
user-cannot-deactivate-self = Ne možete da deaktivirate sopstveni nalog.
countries-title = Zemlje
countries-intro = Šest zemalja mreže je već uneto. Ovde dodajte partnerske zemlje van regiona.
country-code = ISO kod
country-code-hint = Dva slova, na primer IT.
country-name = Naziv
country-region = U regionu
country-add = Dodajte zemlju
country-added = Zemlja je dodata.

error-back-home = Idite na početnu stranicu

## Email
email-footer = Ovu poruku dobijate jer imate nalog na platformi Roundtable, radnom prostoru regionalne mreže.
email-unsubscribe = Otkažite prijem ovih poruka
email-preferences = Promenite podešavanja e-pošte
email-hello = Dobar dan, { $name },
email-link-fallback = Ako dugme ne radi, kopirajte ovu adresu u pregledač:
email-invitation-subject = Pozvani ste na platformu Roundtable
email-invitation-intro = Za Vas je napravljen nalog na platformi Roundtable, zajedničkom radnom prostoru regionalne mreže. Nalog je napravio: { $inviter }.
email-invitation-action = Izaberite lozinku
email-invitation-expiry = Ovaj link se može iskoristiti jednom i važi 7 dana.
email-reset-subject = Resetovanje lozinke za Roundtable
email-reset-intro = Neko je zatražio resetovanje lozinke za Vaš nalog na platformi Roundtable. Pomoću ovog linka izaberite novu lozinku:
email-reset-action = Izaberite novu lozinku
email-reset-expiry = Link se može iskoristiti jednom i važi 1 sat.
email-reset-ignore = Ako to niste zatražili, možete da zanemarite ovu poruku; lozinka ostaje ista.
email-change-subject = Potvrdite novu adresu e-pošte
email-change-intro = Potvrdite da je { $address } Vaša nova adresa e-pošte za Roundtable.
email-change-action = Potvrdite novu adresu
email-change-expiry = Link se može iskoristiti jednom i važi 24 sata. Dok ne potvrdite, koristi se Vaša stara adresa.
email-changed-subject = Adresa e-pošte Vašeg naloga na platformi Roundtable se menja
email-changed-intro = Neko je zatražio da se adresa e-pošte Vašeg naloga na platformi Roundtable promeni u { $address }. Promena važi tek kada se nova adresa potvrdi.
email-changed-not-you = Ako to niste bili Vi, prijavite se, promenite lozinku i obavestite sekretarijat.
email-digest-daily-subject = { $count ->
    [one] Vaš dnevni sažetak sa platforme Roundtable: { $count } novost
    [few] Vaš dnevni sažetak sa platforme Roundtable: { $count } novosti
   *[other] Vaš dnevni sažetak sa platforme Roundtable: { $count } novosti
}
email-digest-weekly-subject = { $count ->
    [one] Vaš nedeljni sažetak sa platforme Roundtable: { $count } novost
    [few] Vaš nedeljni sažetak sa platforme Roundtable: { $count } novosti
   *[other] Vaš nedeljni sažetak sa platforme Roundtable: { $count } novosti
}
email-digest-intro = { $count ->
    [one] Od poslednjeg sažetka ima { $count } novost.
    [few] Od poslednjeg sažetka ima { $count } novosti.
   *[other] Od poslednjeg sažetka ima { $count } novosti.
}
email-test-subject = Probna poruka sa platforme Roundtable
email-test-body = Ovo je probna poruka sa platforme Roundtable. Ako možete da je pročitate, slanje e-pošte radi.

## Password reset and address change
login-forgot = Zaboravili ste lozinku?
reset-title = Resetovanje lozinke
reset-intro = Unesite adresu e-pošte svog naloga. Poslaćemo Vam link za izbor nove lozinke.
reset-submit = Pošaljite link
reset-sent = Ako za ovu adresu postoji nalog, poslali smo na nju link za izbor nove lozinke. Link važi 1 sat. Ako ne stigne, proverite fasciklu za neželjenu poštu.
confirm-email-title = Potvrdite novu adresu e-pošte
confirm-email-intro = Želite li da od sada koristite { $address } kao adresu e-pošte za Roundtable?
confirm-email-submit = Da, koristiću ovu adresu
confirm-email-done = Adresa e-pošte je promenjena.
confirm-email-invalid = Ovaj link je istekao ili je već iskorišćen. Novi možete da zatražite u podešavanjima.

## Settings: email and notifications
settings-email = Adresa e-pošte
settings-email-current = Vaša adresa e-pošte je { $address }.
settings-new-email = Nova adresa e-pošte
settings-current-password = Vaša trenutna lozinka
settings-email-submit = Promenite adresu e-pošte
email-change-sent = Poslali smo link za potvrdu na novu adresu. Promena važi kada ga otvorite.
notifications-title = Obaveštenja e-poštom
notifications-intro = Izaberite kako želite da saznajete za svaku vrstu novosti. Sažeci stižu ujutru po Vašoj vremenskoj zoni (nedeljni sažeci ponedeljkom).
notifications-saved = Podešavanja e-pošte su sačuvana.
notifications-account-note = Poruke o Vašem nalogu (pozivi, resetovanje lozinke, promena adrese) šalju se uvek.
delivery-immediately = Odmah
delivery-daily = Dnevni sažetak
delivery-weekly = Nedeljni sažetak
delivery-off = Isključeno
category-events = Događaji i pozivi
category-agenda = Izmene dnevnog reda
category-action_items = Zadaci
category-legal = Registar pravnih razlika
category-documents = Dokumenti
category-digest = Sažeci
unsubscribe-title = Otkazivanje prijema poruka
unsubscribe-intro = Želite li da više ne primate poruke o sledećem: { $category }?
unsubscribe-submit = Otkažite prijem
unsubscribe-done = Više nećete primati ove poruke. To možete da promenite bilo kada u podešavanjima e-pošte.

## Admin: mail
admin-mail = Red poruka za slanje
mail-title = Red poruka za slanje
mail-pending = Čeka na slanje
mail-sent-today = Poslato danas
mail-failed = Neuspešno, slanje će biti ponovljeno
mail-dead = Nije moguće isporučiti
mail-dead-title = Poruke koje nije bilo moguće isporučiti
mail-dead-none = Nema neisporučenih poruka.
mail-col-to = Primalac
mail-col-subject = Naslov
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
events-feed-hint = Adresa kalendara sa javnim događajima mreže:
event-new-title = Napravite događaj
event-edit-title = Izmena događaja
event-created = Događaj je napravljen.
event-saved = Izmene su sačuvane.
event-cancelled = Događaj je otkazan.
event-duplicated = Kopija je napravljena kao nacrt. Proverite podatke i sačuvajte.
event-duplicate-title = Napravite kopiju
event-duplicate-intro = Napravite kopiju događaja „{ $title }“ zajedno sa dnevnim redom, za sledeći sastanak iz serije.
event-duplicate-date = Prvi dan novog događaja
event-duplicate-submit = Napravite kopiju
event-cancel = Otkažite ovaj događaj
event-title = Naziv
event-kind = Vrsta događaja
event-description = Opis
event-description-hint = Možete da koristite Markdown: **podebljano**, liste, linkove.
event-start = Početak
event-end = Završetak
event-start-date = Datum početka
event-start-time = Vreme početka
event-end-date = Datum završetka
event-end-time = Vreme završetka
event-date = Datum
event-time = Vreme
event-venue = Mesto održavanja
event-venue-name = Naziv mesta održavanja
event-city = Grad
event-online = onlajn
event-online-link = Link za onlajn učešće
event-project = Projekat ili izvor finansiranja
event-languages = Jezici
event-capacity = Broj mesta
event-visibility = Ko može da ga vidi
event-status = Status
event-organizers = Organizatori
event-add-to-calendar = Dodajte u kalendar (.ics)
event-add-to-google = Dodajte u Google kalendar
event-agenda-ics = Sesije iz dnevnog reda (.ics)
event-kind-roundtable = Okrugli sto
event-kind-network_meeting = Sastanak mreže
event-kind-working_group = Radna grupa
event-kind-training = Obuka
event-kind-webinar = Vebinar
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
item-edit-title = Izmena tačke dnevnog reda
item-saved = Tačka dnevnog reda je sačuvana.
item-saved-with-warning = Tačka dnevnog reda je sačuvana, ali proverite sledeće:
item-deleted = Tačka dnevnog reda je uklonjena.
item-delete = Uklonite
item-overlap = Preklapa se sa tačkom „{ $title }“ ({ $start }–{ $end }) u istoj sali.
item-day = Dan
item-start = Vreme početka
item-end = Vreme završetka
item-time = Vreme
# A time the clocks show twice (the autumn change): agenda items keep the first.
item-time-repeated = { $time } (prvi put, { $summer ->
        [yes] letnje računanje vremena
       *[no] standardno vreme
    })
item-title = Naziv
item-kind = Vrsta
item-track = Sala ili tematska celina
item-track-hint = Tačke u istoj sali ne smeju da se preklapaju.
item-moderator = Moderator
item-speakers = Govornici
item-speakers-hint = Jedan govornik po redu: ime, zatim organizacija. Na primer: Arta Demo, Sklonište Shpresa e Re
item-kind-plenary = Plenarna sednica
item-kind-session = Sesija
item-kind-panel = Panel
item-kind-working_group = Radna grupa
item-kind-break = Pauza
item-kind-meal = Obrok
feed-title = Vaša adresa kalendara
feed-intro = Dodajte ovu adresu u svoju aplikaciju za kalendar (Outlook, Google kalendar, Apple kalendar) kao pretplatu. Prikazuje događaje koje možete da vidite, uključujući one na koje ste pozvani.
feed-subscribe = Pretplatite se
feed-secret = Ne delite ovu adresu: svako ko je ima može da vidi Vaše događaje. Kada napravite novu adresu, stara prestaje da radi.
feed-settings-intro = Privatna adresa za Vašu aplikaciju za kalendar, sa događajima koje možete da vidite.
feed-create = Napravite novu adresu kalendara

## Event mails
email-event-invitation-subject = Poziv: { $title }
email-event-updated-subject = Izmenjeno: { $title }
email-event-cancelled-subject = Otkazano: { $title }
email-event-invitation-intro = Pozvani ste na događaj „{ $title }“. Poziv je priložen za Vaš kalendar. Javite nam da li možete da dođete.
email-event-updated-intro = Podaci o događaju „{ $title }“ su promenjeni. Priložena izmena zamenjuje raniju verziju u Vašem kalendaru.
email-event-cancelled-intro = Događaj „{ $title }“ je otkazan. Prilog ga uklanja iz Vašeg kalendara.
email-event-details = Podaci o događaju
email-event-rsvp = Odgovorite na poziv
# In the description of an invitation's calendar entry: the personal, signed answer link.
ics-answer-here = Odgovorite ovde: { $url }

## Participants and RSVP
participants-title = Učesnici
participants-summary = Pozvano ili učestvuje: { $total }. Dolazi: { $accepted }. Na listi čekanja: { $waitlisted }.
participants-by-country = Po zemlji i organizaciji
participants-count = Osobe
participants-names = Imena
participants-no-names = Imena se prikazuju samo za osobe koje su pristale da ih podele.
participants-attended = Prisustvo
participants-save-attendance = Sačuvajte prisustvo
participants-attendance-saved = Prisustvo je sačuvano.
participants-invite = Pozovite
participants-invite-orgs = Organizacije (pozivaju se njihove kontakt osobe)
participants-invite-people = Osobe
participants-invite-submit = Pošaljite pozive
invite-open-picker = Izaberite koga pozivate
invite-hint = Označite organizacije (pozivaju se njihove kontakt osobe i zamenici) i osobe, pa pošaljite. Šalje se samo ono što je označeno na ovoj stranici; sve ostale pronađite pomoću filtera i stranica.
invite-language = Jezik poziva
invite-language-hint = Za osobe bez naloga; osobe sa nalogom dobijaju poruke na jeziku iz svojih podešavanja.
invite-filter-organization = Organizacija
invite-filter-name = Ime
invite-already = poziv je već poslat
invite-no-email = nema adresu e-pošte
invite-no-match = Niko ne odgovara ovim filterima.
invite-more-organizations = Broj organizacija koje odgovaraju filterima: { $count }. Prikazano je prvih 100. Suzite filtere da biste pronašli ostale.
invite-publish-first = Objavite događaj pre nego što pozovete učesnike.
filters = Filteri
participants-invited = Novih poziva: { $added }. Već na spisku: { $already }.
participant-status-invited = Pozvan, još nema odgovora
participant-status-accepted = Dolazi
participant-status-tentative = Možda
participant-status-declined = Ne dolazi
participant-status-waitlisted = Na listi čekanja
rsvp-title = Vaš odgovor
rsvp-question = { $name }, da li ćete učestvovati?
rsvp-accepted = Da, doći ću
rsvp-tentative = Možda
rsvp-declined = Ne, ne mogu da dođem
rsvp-dietary = Potrebe u ishrani (nije obavezno)
rsvp-accessibility = Potrebe u vezi sa pristupačnošću (nije obavezno)
rsvp-share-name = Drugi učesnici mogu da vide moje ime
rsvp-submit = Pošaljite odgovor
rsvp-change = Promenite odgovor
rsvp-invited = Pozvani ste
rsvp-saved = Vaš odgovor je sačuvan.
rsvp-closed = Odgovori se više ne mogu menjati: događaj je počeo ili je otkazan.
rsvp-thanks = Hvala, { $name }.
rsvp-your-answer = Vaš odgovor
rsvp-waitlisted = Događaj je popunjen, pa ste na listi čekanja. Javićemo Vam se ako se oslobodi mesto.

## Agenda changes
agenda-change-added = Novo: { $kind } „{ $title }“, { $day }, { $start }–{ $end }.
agenda-change-removed = Uklonjeno: „{ $title }“ ({ $day }, { $start }).
agenda-change-renamed = Tačka „{ $old }“ sada se zove „{ $new }“.
agenda-change-moved = Premešteno: { $kind } „{ $title }“, ranije { $from }, sada { $to }.
agenda-change-end = Tačka „{ $title }“ sada se završava u { $end }.
agenda-change-room = Tačka „{ $title }“ premeštena je u salu „{ $room }“.
agenda-change-speakers = Promenjeni su moderator ili govornici tačke „{ $title }“.
email-agenda-published-subject = Objavljen dnevni red: { $title }
email-agenda-changed-subject = Izmene dnevnog reda: { $title }
email-agenda-published-intro = Dnevni red događaja „{ $title }“ je objavljen.
email-agenda-changed-intro = Dnevni red događaja „{ $title }“ je izmenjen:
email-agenda-yours = Vaše sesije
agenda-revisions = Istorija dnevnog reda
agenda-revision = Verzija { $number }
agenda-revision-by = autor izmene: { $name }
agenda-compare = Uporedite
agenda-compare-title = Poređenje verzija dnevnog reda
agenda-compare-from = Od verzije
agenda-compare-to = Do verzije
agenda-no-changes = Nema razlika.
events-month = Mesečni kalendar
events-month-prev = Prethodni mesec
events-month-next = Sledeći mesec
events-month-today = Ovaj mesec
import-title = Uvezite poziv
import-intro = Otpremite kalendarsku datoteku (.ics), na primer poziv iz programa Outlook ili iz Google kalendara. Iz nje se pravi nacrt događaja, koji zatim dopunite.
import-file = Kalendarska datoteka (.ics)
import-submit = Uvezite
import-failed = Datoteku nije bilo moguće uvesti. Ništa nije napravljeno.
import-too-large = Datoteka je veća od 1 MB, a kalendarski poziv je mnogo manji. Proverite da li ste izabrali pravu datoteku.
import-empty = Datoteka je prazna.
import-not-text = Ovo nije kalendarska datoteka (nije tekst).
import-done = Iz datoteke je napravljen nacrt događaja. Proverite podatke i sačuvajte.
import-venue-unknown = Mesto održavanja biće potvrđeno
import-unreadable = Otpremljenu datoteku nije bilo moguće pročitati. Pokušajte ponovo.
import-preview-title = Proverite uvoz
import-preview-intro = Ovo će biti napravljeno iz datoteke { $file }. Ništa se ne čuva dok ne potvrdite.
import-col-title = Naziv
import-col-when = Kada
import-col-zone = Vremenska zona
import-col-venue = Mesto održavanja
import-col-link = Link za onlajn učešće
import-all-day = ceo dan
import-create = { $count ->
    [one] Napravite { $count } nacrt događaja
    [few] Napravite { $count } nacrta događaja
   *[other] Napravite { $count } nacrta događaja
}
import-choose-zone = Vremenska zona događaja
import-show-zone = Prikažite vremena u ovoj zoni
import-another-file = Izaberite drugu datoteku
import-done-many = Napravljeni nacrti događaja: { $count }. To je serija, prikazana ispod. Pre objavljivanja proverite podatke svakog događaja.
import-gone = Ta datoteka je već uvezena ili je njen pregled istekao posle jednog dana. Ništa više nije napravljeno.
import-zone-needed = Izaberite vremensku zonu u kojoj su navedena vremena, pa potvrdite.
import-zone-unknown = Prema datoteci, vremena su u zoni „{ $tzid }“, koju Roundtable ne poznaje. Izaberite vremensku zonu u kojoj su vremena; pregled će ih zatim ponovo prikazati.
import-zone-floating = Datoteka ne navodi u kojoj su vremenskoj zoni vremena. Izaberite zonu; pregled će ih zatim ponovo prikazati.
import-zone-suggested = Pravila vremenske zone iz same datoteke odgovaraju zoni { $zone }, koja je unapred izabrana.
import-note-series = Događaj „{ $title }“ se ponavlja. Biće napravljeni zasebni nacrti događaja, po jedan za svaki sastanak (ukupno: { $count }).
import-note-cut = Sastanak se ponavlja bez kraja ili duže od godinu dana. Biće napravljeni samo prvi sastanci (ukupno: { $count }), do { $until }.
import-line = Red { $line }: { $message }
import-no-colon = u ovom redu nema znaka ':' između naziva svojstva i njegove vrednosti.
import-bad-name = '{ $name }' nije naziv svojstva.
import-end-mismatch = END:{ $end } zatvara BEGIN:{ $begin }.
import-end-unmatched = END:{ $end } nema odgovarajući BEGIN.
import-outside = ovo svojstvo je van BEGIN:VCALENDAR.
import-not-calendar = Ovo nije kalendarska datoteka (nema BEGIN:VCALENDAR).
import-not-closed = BEGIN:{ $component } nigde nije zatvoren (datoteka je možda skraćena).
import-no-event = U datoteci nema događaja (VEVENT).
import-no-title = događaj nema naziv (SUMMARY).
import-no-start = događaj nema početak (DTSTART).
import-bad-time = '{ $value }' nije datum i vreme.
import-no-such-time = { $value } ne postoji u zoni { $zone }: u to vreme se časovnici pomeraju unapred.
import-bad-duration = '{ $value }' nije trajanje (na primer PT1H30M ili P1D).
import-ends-before = događaj se završava pre nego što počne.
import-rule-unsupported = sastanak se ponavlja po pravilu koje Roundtable ne može da prati ({ $part }). Umesto toga izvezite pojedinačni sastanak iz aplikacije za kalendar ili napravite događaje ovde.
import-rule-invalid = '{ $part }' nije ispravno pravilo ponavljanja.
import-too-many = Datoteka sadrži više od { $limit } događaja. Uvezite najviše { $limit } odjednom.
event-all-day = Ceo dan (bez vremena: datumi su prvi i poslednji dan)
item-move-up = Pomerite ranije
item-move-down = Pomerite kasnije
item-moved = Redosled je promenjen; svaka tačka je zadržala svoje trajanje.
item-not-moved = Ova tačka se ne može dalje pomeriti.
item-moderator-directory = Ili izaberite moderatora iz imenika
item-speakers-directory = Dodajte govornike iz imenika
item-speakers-directory-hint = Izabrane osobe dodaju se na spisak iznad; spoljne govornike možete tamo da upišete.
weekday-mon = Pon
weekday-tue = Uto
weekday-wed = Sre
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
actions-sort = Redosled
actions-sort-due = Rok
actions-sort-priority = Prioritet
actions-sort-updated = Poslednja izmena
actions-sort-title = Naziv
action-new-title = Novi zadatak
action-edit-title = Izmena zadatka
action-created = Zadatak je napravljen.
action-saved = Izmene su sačuvane.
action-progress-saved = Vaš izveštaj o napretku je sačuvan.
action-title = Naziv
action-owner = Odgovorna organizacija
action-due = Rok
action-overdue = rok je istekao
action-priority = Prioritet
action-status = Status
action-percent = Procenat završenog
action-tags = Oznake
action-tags-hint = Razdvojte oznake zarezima, na primer: sklonište, finansiranje
action-countries = Zemlje na koje se odnosi
action-supporters = Organizacije koje pružaju podršku
action-source = Sa sastanka
action-progress = Prijavite napredak
action-comment = Komentar
action-new-status = Novi status
action-status-unchanged = Bez promene
action-progress-submit = Sačuvajte izveštaj
action-timeline = Istorija
action-status-open = Otvoren
action-status-in_progress = U toku
action-status-blocked = Blokiran
action-status-done = Završen
action-status-cancelled = Otkazan
action-priority-low = Nizak
action-priority-normal = Uobičajen
action-priority-high = Visok
action-field-created = Napravljen
action-field-comment = Komentar
action-field-title = Naziv
action-field-description = Opis
action-field-owner_org_id = Odgovorna organizacija
action-field-owner_person_id = Odgovorna osoba
action-field-due_on = Rok
action-field-priority = Prioritet
action-field-status = Status
action-field-percent = Procenat završenog
action-field-countries = Zemlje
action-field-tags = Oznake
action-field-supporters = Organizacije koje pružaju podršku
action-field-event_id = Događaj
action-field-agenda_item_id = Tačka dnevnog reda
action-mail-assigned = Novi zadatak za Vašu organizaciju: { $title }
action-mail-status = Promenjen status: { $title }
action-mail-comment = Novi izveštaj o napretku: { $title }
action-mail-due7 = Rok ističe za 7 dana: { $title }
action-mail-due1 = Rok ističe sutra: { $title }
action-mail-overdue = Rok je istekao: { $title }
action-quick-in_progress = Označite da je u toku
action-quick-done = Označite kao završen
action-quick-note = Dodajte belešku
action-open-item = Otvorite zadatak
action-quick-title = Potvrda
action-quick-confirm-in_progress = Želite li da označite da je zadatak „{ $title }“ u toku?
action-quick-confirm-done = Želite li da označite zadatak „{ $title }“ kao završen?
action-quick-confirm-note = Dodajte belešku uz zadatak „{ $title }“:
action-quick-submit = Potvrdite
action-quick-done-message = Hvala. Zadatak je ažuriran.
report-title = Izveštaj o praćenju zadataka
report-back = Nazad na događaj
report-summary = Dogovoreno zadataka: { $total }. Završeno: { $done }. Istekao rok: { $overdue }. Prosečno urađeno: { $average }%.
report-chart-title = Zadaci po statusu tokom vremena
report-chart-table = Isti podaci u tabeli
report-date = Datum
actions-bulk = Izmenite označene zadatke
actions-bulk-select = Izaberite
actions-bulk-owner = Nova odgovorna organizacija
actions-bulk-submit = Primenite na označene zadatke
actions-bulk-done = Broj izmenjenih zadataka: { $count }.
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
dashboard-overdue-by-org = Istekli rokovi po organizacijama
dashboard-overdue-by-country = Istekli rokovi po zemljama
dashboard-without-person = { $count ->
    [one] { $count } otvoreni zadatak nema odgovornu osobu.
    [few] { $count } otvorena zadatka nemaju odgovornu osobu.
   *[other] { $count } otvorenih zadataka nema odgovornu osobu.
}
minutes-title = Zapisnik
minutes-meeting = Ceo sastanak
minutes-notes = Beleške
minutes-decisions = Odluke
minutes-deadline = Komentari do
minutes-circulate = Pošaljite učesnicima
minutes-approve = Usvojite zapisnik
minutes-record-correction = Zabeležite ispravku
minutes-correction-note = Zašto se ovo ispravlja?
minutes-comments = Komentari i predložene ispravke
minutes-propose-correction = Ovo je predlog ispravke
minutes-send-comment = Pošaljite
minutes-correction = ispravka
minutes-history = Verzije
minutes-section = Odeljak
minutes-saved = Zapisnik je sačuvan.
minutes-circulated = Zapisnik je poslat učesnicima na komentare.
minutes-commented = Hvala. Vaš komentar je dodat.
minutes-approved = Zapisnik je usvojen i zaključan. Kasnije izmene beleže se kao ispravke.
minutes-status-draft = Nacrt
minutes-status-circulated = Poslat na komentare
minutes-status-approved = Usvojen
minutes-kind-edit = izmenjen
minutes-kind-circulated = poslat na komentare
minutes-kind-approved = usvojen
minutes-kind-correction = ispravka
matters-arising = Pitanja sa prethodnih sastanaka
matters-arising-intro = Otvoreni zadaci sa ranijih sastanaka iz ove serije, za razmatranje na ovom sastanku.
matters-outcome = Ishod
matters-record = Zabeležite
matters-recorded = Ishod je zabeležen uz zadatak.
post-report-title = Izveštaj sa sastanka
post-report-download = Preuzmite
post-report-attendance = Prisustvo
post-report-attended = Broj prisutnih: { $count }.
post-report-accepted = Broj osoba koje su najavile dolazak: { $count } (prisustvo još nije označeno).
post-report-sessions = Održane sesije
post-report-minutes-draft = Zapisnik je još u nacrtu. Odluke iz njega pojaviće se ovde kada ga sekretarijat pošalje učesnicima.
post-report-actions = Zadaci
post-report-actions-summary = Otvoreno na ovom sastanku: { $opened }. Do sada zatvoreno: { $closed }.
post-report-register = Izmene u registru pravnih razlika
post-report-register-summary = { $count ->
    [one] { $count } izmena u registru pravnih razlika
    [few] { $count } izmene u registru pravnih razlika
   *[other] { $count } izmena u registru pravnih razlika
}
action-owner-person = Odgovorna osoba (nije obavezno)
action-owner-person-none = Niko posebno
actions-more-than-cap = Filterima odgovara više od 1.000 zadataka, pa se brojanje tu zaustavlja. Dodajte filter da suzite spisak ili preuzmite CSV sa svim zadacima.

## Legal-disparity register
nav-legal = Registar pravnih razlika
nav-documents = Dokumenti
search-label = Pretražite sve
search-placeholder = Pretraga
search-button = Pretražite
edit = Izmenite
admin-col-legal-reviewer = Pravni recenzent
admin-legal-reviewer-on = Dodelite ulogu pravnog recenzenta
admin-legal-reviewer-off = Uklonite ulogu pravnog recenzenta
legal-title = Registar pravnih razlika
legal-nav = Stranice registra
legal-matrix = Matrica
legal-matrix-caption = Ocena svake teme u svakoj zemlji
legal-intro = Svaki red je tema, a svaka kolona zemlja. Ćelija pokazuje kako se zakon te zemlje odnosi prema međunarodnom standardu. Otvorite ćeliju da biste pročitali unos.
legal-legend = Legenda
legal-examples-title = Izmišljeni primeri.
legal-examples-text = Unosi označeni kao „Primer“ su izmišljeni demonstracioni sadržaj koji pokazuje kako registar radi. To nisu stvarne ocene niti pravni savet.
legal-example = Primer
legal-example-entry = Ovaj unos je izmišljen primer, a ne stvarna ocena niti pravni savet.
legal-assessment = Ocena
legal-assessment-aligned = Usklađeno
legal-assessment-partly_aligned = Delimično usklađeno
legal-assessment-not_aligned = Nije usklađeno
legal-assessment-no_provision = Nema odredbe
legal-assessment-not_assessed = Nije ocenjeno
legal-category = Kategorija
legal-topic = Tema
legal-topic-count = Prikazane teme
legal-sort-catalogue = Redosled iz kataloga
legal-sort-disparity = Najveće razlike prvo
legal-as-of = Stanje na dan
legal-none = Nijedna tema ne odgovara ovim filterima.
legal-export-csv = Preuzmite CSV
legal-export-json = Preuzmite JSON
legal-export-topics = Preuzmite teme (CSV)
legal-compare-title = Poređenje zemalja
legal-compare-countries = Zemlje (izaberite od 2 do 6)
legal-compare-topics = Teme (ako nijednu ne označite, porede se sve teme)
legal-compare-submit = Uporedite
legal-compare-choose-countries = Izaberite od 2 do 6 zemalja za poređenje.
legal-compare-print = Odštampajte
legal-compare-print-hint = Ova stranica je spremna za štampu: koristite komandu za štampanje u pregledaču.
legal-compare-back = Nazad na poređenje
legal-compare-hint = Redovi označeni sa „Razlikuje se“ imaju različite ocene u izabranim zemljama; ćelije koje se razlikuju od najčešće ocene su uokvirene.
legal-differs = Razlikuje se
legal-differs-from-most = (razlikuje se)
legal-chart-caption = Stubići pokazuju vrednost za svaku zemlju; isprekidana linija je međunarodni standard. Crveni stubići ga ne dostižu. Iste vrednosti su u tabeli iznad.
legal-standard = Standard
legal-no-value = vrednost nije uneta
legal-counts = Teme po oceni
legal-not-coe = Ova zemlja nije članica Saveta Evrope, pa nije strana ugovornica Konvencije CETS br. 197 i GRETA ne izveštava o njoj. To je prikazano kao „nije strana ugovornica“, a ne kao nedostatak.
legal-follow-country = Pratite ovu zemlju
legal-follow-topic = Pratite ovu temu
legal-unfollow = Prestanite da pratite
legal-unfollow-topic = Prestanite da pratite ovu temu
legal-followed = Bićete obavešteni o izmenama (pogledajte podešavanja obaveštenja).
legal-unfollowed = Više ne pratite ovo.
legal-follow-bad = Izaberite temu ili zemlju koju želite da pratite.
legal-question = Pitanje
legal-ref-cets = Konvencija Saveta Evrope (CETS br. 197)
legal-ref-directive = Direktiva EU 2011/36/EU (izmenjena Direktivom 2024/1712)
legal-ref-palermo = Protokol iz Palerma
legal-parameter = Izmerena vrednost
legal-by-country = Po zemljama
legal-widest-first = Zemlje koje su najdalje od standarda prikazane su prve.
legal-topic-retired = Povučena
legal-version = Verzija
legal-show-current = Prikažite trenutni unos
legal-show-as-of = Prikažite ovaj unos kakav je bio na dan
legal-show = Prikažite
legal-edit-title = Izmena unosa
legal-propose-title = Predložite izmenu
legal-propose-hint = Sekretarijat ili pravni recenzent pregledaće Vaš predlog, prihvatiti ga ili odbiti i obavestiti Vas e-poštom.
legal-propose-submit = Pošaljite predlog
legal-gap-to-action = Napravite zadatak za ovaj nedostatak
legal-pending-proposals = Predlozi koji čekaju odluku:
legal-empty = Nije navedeno
legal-greta = Preporuka GRETA (Savet Evrope)
legal-greta-none = Nije uneta preporuka GRETA.
legal-greta-implemented = Sprovedeno
legal-greta-partly = Delimično sprovedeno
legal-greta-not_implemented = Nije sprovedeno
legal-evidence-law = Zakonski propis
legal-evidence-implementation = Sprovođenje
legal-evidence-practice = Praksa
legal-linked-items = Zadaci
legal-no-items = Uz ovaj unos nije povezan nijedan zadatak.
legal-history = Istorija
legal-no-history = Za ovaj unos još ništa nije zabeleženo.
legal-field = Polje
legal-old = Pre
legal-new = Posle
legal-current = Sada
legal-proposed = Predloženo
legal-field-assessment = Ocena
legal-field-summary = Nacionalna odredba (sažetak)
legal-field-citations = Pozivi na propise
legal-field-parameter_value = Vrednost
legal-field-effective_on = Na snazi od
legal-field-source_links = Izvori
legal-field-differences = Šta se razlikuje i zašto je to važno
legal-field-reviewed_on = Poslednja provera
legal-field-reviewed_by = Recenzent
legal-field-evidence_kind = Vrsta dokaza
legal-field-greta_round = Krug izveštavanja GRETA
legal-field-greta_paragraph = Paragraf
legal-field-greta_text = Preporuka
legal-field-greta_status = Status sprovođenja
legal-citations-hint = Zakon, član i broj službenog glasnika, po jedan u redu.
legal-parameter-hint = Broj, na primer 30.
legal-links-hint = Jedna veb-adresa po redu, koja počinje sa https://.
legal-none-chosen = Nije navedeno
legal-change-note = Napomena o ovoj izmeni (nije obavezno)
legal-source-edit = izmenjeno
legal-source-proposal = prihvaćen predlog
legal-source-import = uvoz iz CSV datoteke
legal-source-api = API
legal-source-demo = demonstracioni podaci
legal-saved = Unos je sačuvan.
legal-unchanged = Ništa nije promenjeno, pa ništa nije sačuvano.
legal-changes-title = Šta je promenjeno
legal-changes-since = Izmene od
legal-changes-count = izmena
legal-since = Od
legal-until = Do
legal-since-event = Od okruglog stola:
legal-print-all = Prikažite sve na jednoj stranici za štampu
legal-no-changes = Nema izmena u ovom periodu.
legal-proposals-title = Predlozi
legal-proposals-intro-reviewer = Izmene koje su članice predložile za unose svojih zemalja. Otvorite predlog da biste ga prihvatili ili odbili.
legal-proposals-intro-member = Izmene koje ste predložili i odluke o njima.
legal-proposal-pending = Čeka
legal-proposal-accepted = Prihvaćen
legal-proposal-rejected = Odbijen
legal-no-proposals = Ovde nema predloga.
legal-proposal-title = Predlog
legal-proposal-comment = Zašto ova izmena?
legal-proposal-sent = Vaš predlog je poslat. Dobićete poruku e-poštom kada se o njemu odluči.
legal-proposal-sent-at = Poslato
legal-proposed-by = Predlagač
legal-proposal-changes = Predložene izmene
legal-proposal-no-difference = Unos već sadrži ono što je predloženo.
legal-proposal-stale = Unos je promenjen posle podnošenja ovog predloga. Pre prihvatanja proverite trenutni tekst.
legal-decision-comment = Komentar za predlagača
legal-accept = Prihvatite i primenite
legal-reject = Odbijte
legal-decision-choose = Izaberite da li prihvatate ili odbijate predlog.
legal-proposal-accepted-msg = Predlog je prihvaćen i unos je ažuriran.
legal-proposal-rejected-msg = Predlog je odbijen.
legal-topics-title = Katalog tema
legal-topic-new = Dodajte temu
legal-topic-edit = Izmena teme
legal-topic-code = Kod
legal-topic-code-hint = Slova, cifre i crtice, na primer RES-05.
legal-topic-title = Naziv
legal-topic-texts-title = Prevodi
legal-topic-texts-hint = Čitaoci vide temu na svom jeziku. Polje ostavljeno prazno prikazuje tekst na engleskom.
legal-topic-texts-sq = Naziv i pitanje na albanskom
legal-topic-texts-sr-Latn = Naziv i pitanje na srpskom (latinica; ćirilica se pravi iz nje)
legal-topic-texts-bs = Naziv i pitanje na bosanskom
legal-topic-texts-hr = Naziv i pitanje na hrvatskom
legal-topic-texts-cnr = Naziv i pitanje na crnogorskom
legal-topic-texts-mk = Naziv i pitanje na makedonskom
legal-topic-order = Redosled
legal-topic-retire = Povucite
legal-topic-restore = Vratite
legal-topic-saved = Tema je sačuvana.
legal-topic-retired-msg = Tema je povučena. Njeni unosi i istorija su sačuvani.
legal-topic-restored-msg = Tema je vraćena u registar.
legal-move-up = Pomerite gore
legal-move-down = Pomerite dole
legal-parameter-name-hint = Samo za teme sa brojem za poređenje, na primer „period za oporavak i razmišljanje“.
legal-unit = Jedinica
legal-threshold = Prag iz standarda
legal-threshold-kind = Standard je
legal-import-title = Uvoz iz CSV datoteke
legal-import-intro = Otpremite CSV datoteku. Prvo ćete videti sve probleme. Ništa se ne čuva dok ne potvrdite, a tada se čuvaju ili svi redovi ili nijedan.
legal-import-entries-columns = Unosi: kolone topic_code, country, assessment i bilo koja od ostalih kolona iz izvoza registra.
legal-import-topics-columns = Teme: kolone code, category, title, question i, po želji, references, parameter, unit, threshold i threshold_kind.
legal-import-kind = Šta sadrži datoteka?
legal-import-kind-entries = Unose za zemlje
legal-import-kind-topics = Teme
legal-import-file = CSV datoteka (UTF-8, najviše 5 MB)
legal-import-check = Proverite datoteku
legal-import-unreadable = Otpremljenu datoteku nije bilo moguće pročitati. Pokušajte ponovo.
legal-import-too-large = Ova datoteka je veća od 5 MB. Podelite je na manje datoteke.
legal-import-empty = Datoteka je prazna. Izaberite CSV datoteku sa redom zaglavlja i redovima podataka.
legal-import-not-utf8 = Ova datoteka nije tekst u kodiranju UTF-8. U programu za tabele sačuvajte je kao „CSV UTF-8“.
legal-import-preview-title = Proverite uvoz
legal-import-rows = Redovi u datoteci
legal-import-ready = Nisu pronađeni problemi. Proverite redove ispod i sačuvajte ih.
legal-import-save-all = Sačuvajte sve redove
legal-import-has-errors = Ništa se ne može sačuvati dok se ovi problemi ne isprave u datoteci.
legal-import-line = Red
legal-import-column = Kolona
legal-import-problem = Problem
legal-import-again = Otpremite ispravljenu datoteku
legal-import-changed = Registar je promenjen nakon što ste proverili datoteku, pa ništa nije sačuvano. Otpremite je ponovo.
legal-import-done = Broj sačuvanih redova: { $count }.
legal-mail-change-subject = Registar pravnih razlika: izmena – { $topic } ({ $country })
legal-mail-change-intro = Izmenjen je ovaj unos u registru pravnih razlika (autor izmene: { $who }):
legal-mail-decision-accepted = Vaš predlog za { $topic } ({ $country }) je prihvaćen
legal-mail-decision-rejected = Vaš predlog za { $topic } ({ $country }) nije prihvaćen
legal-mail-open = Otvorite unos
legal-mail-comment = Komentar
action-legal-link = Unos u registru pravnih razlika
action-legal-gap-title = Otklonite nedostatak
action-field-legal_topic_id = Tema iz registra pravnih razlika
action-field-legal_country = Zemlja iz registra pravnih razlika
dashboard-register = Izmene u registru pravnih razlika: { $country } (poslednjih 90 dana)
dashboard-register-all = Pogledajte sve izmene ({ $count })
dashboard-register-none = Nema izmena u poslednjih 90 dana.

## Concurrent edits
stale-edit-title = Ovaj zapis je promenjen dok ste ga menjali.
server-busy-body = Roundtable trenutno koristi mnogo ljudi, pa ova stranica nije mogla da se pripremi na vreme. Ništa nije promenjeno. Pokušajte ponovo za trenutak.
stale-edit-body = Neko drugi je sačuvao ovaj zapis nakon što ste ga otvorili. Vaš tekst je zadržan ispod; uz svako polje koje se razlikuje prikazan je trenutno sačuvani tekst. Objedinite ih i ponovo sačuvajte.
stale-edit-fields = Polja koja se razlikuju od trenutno sačuvanog teksta:
stale-edit-same = Sačuvani tekst je isti kao Vaš u svim poljima; sačuvajte ponovo da biste ga zadržali.
stale-current-value = Trenutno sačuvani tekst
stale-empty = (prazno)
edit-version-missing = U ovom obrascu nije navedeno na kojoj se verziji zapisa zasniva. Ponovo učitajte stranicu i ponovo unesite izmenu.
api-if-match-required = Pošaljite zaglavlje If-Match sa vrednošću ETag dobijenom zahtevom GET za ovaj zapis, da ne biste prepisali izmenu koju je u međuvremenu sačuvao neko drugi.
api-if-match-stale = Zapis je promenjen posle verzije navedene u zaglavlju If-Match. Ponovo ga preuzmite zahtevom GET, objedinite svoju izmenu i pošaljite novi ETag.
api-if-match-invalid = If-Match mora biti ETag dobijen zahtevom GET za ovaj zapis, na primer "3".

# Document details fields, as named on a page refused because someone else saved first
doc-field-title = Naziv
doc-field-doc-type = Vrsta
doc-field-description = Opis
doc-field-languages = Jezici
doc-field-tags = Oznake
doc-field-visibility = Ko može da ga vidi
doc-field-owner-org-id = Odgovorna organizacija
doc-field-lifecycle = Status u mreži
doc-field-supersedes-id = Zamenjuje dokument broj
doc-field-variant-of-id = Prevod ili nacionalna prilagođena verzija dokumenta broj
doc-field-variant-kind = Ovo je
doc-field-review-on = Datum revizije
doc-field-countries = Zemlje na koje se odnosi
doc-field-topics = Teme iz registra pravnih razlika
doc-field-events = Povezani događaji
doc-field-agenda = Povezane tačke dnevnog reda

## Time-zone choice lists: the network's zones by city and country
tz-group-network = Vremenske zone mreže
tz-group-other = Ostale vremenske zone
tz-tirane = Tirana – Albanija
tz-sarajevo = Sarajevo – Bosna i Hercegovina
tz-belgrade = Beograd – Srbija, Kosovo*
tz-podgorica = Podgorica – Crna Gora
tz-skopje = Skoplje – Severna Makedonija

## Confirmation pages: what will happen before an irreversible or far-reaching action
confirm-what-happens = Šta će se desiti:
confirm-keep = Vratite se bez ikakvih promena
event-cancel-confirm-title = Želite li da otkažete događaj „{ $title }“?
event-cancel-confirm-told = { $count ->
    [0] Još niko nije pozvan, pa niko neće biti obavešten.
    [one] { $count } učesnik biće obavešten da je događaj otkazan (poruka e-pošte sa otkazivanjem za kalendar).
    [few] { $count } učesnika biće obaveštena da je događaj otkazan (poruka e-pošte sa otkazivanjem za kalendar).
   *[other] { $count } učesnika biće obavešteno da je događaj otkazan (poruka e-pošte sa otkazivanjem za kalendar).
}
event-cancel-confirm-final = Događaj ostaje u kalendaru, označen kao otkazan. Ovo se ne može poništiti.
item-delete-confirm-title = Želite li da uklonite ovu tačku dnevnog reda?
item-delete-confirm-which = Tačka „{ $title }“ ({ $day }, { $start }–{ $end }) biće uklonjena iz dnevnog reda. Njene ranije verzije ostaju u istoriji dnevnog reda.
item-delete-confirm-notice = Dnevni red je objavljen: učesnici će o izmeni saznati iz sledećeg obaveštenja o dnevnom redu.
item-not-moved-past = Ovaj događaj je završen; njegov dnevni red ostaje kakav je bio.
org-archive-confirm-title = Želite li da arhivirate organizaciju { $name }?
org-archive-confirm-lists = Organizacija se uklanja sa spiskova i iz izvoza imenika, a njene osobe se više ne nude za pozive.
org-archive-confirm-restore = Njeni podaci ostaju; sekretarijat može da je vrati sa njene stranice.
mail-discard-confirm-title = Želite li da odbacite ovu poruku?
mail-discard-confirm-which = Poruka za { $to } („{ $subject }“) neće biti poslata.
mail-discard-confirm-final = Poruka se uklanja sa spiska poruka koje nije bilo moguće isporučiti. Ovo se ne može poništiti.
actions-bulk-confirm-title = Želite li da izmenite označene zadatke?
actions-bulk-confirm-count = { $count ->
    [one] Biće izmenjen { $count } zadatak:
    [few] Biće izmenjena { $count } zadatka:
   *[other] Biće izmenjeno { $count } zadataka:
}
actions-bulk-confirm-status = status postaje „{ $status }“;
actions-bulk-confirm-owner = odgovorna organizacija postaje { $owner }.

## Invitees without an account: the signed invitation page and its mail
quiet-title = Obaveštenja o dnevnom redu ovog događaja
quiet-question = Želite li da više ne primate poruke o izmenama dnevnog reda ovog događaja? I dalje ćete biti obavešteni ako se promene datum, vreme ili mesto događaja, ili ako bude otkazan.
quiet-submit = Isključite obaveštenja o dnevnom redu
quiet-done = Više nećete dobijati obaveštenja o dnevnom redu ovog događaja. Poziv, promene datuma, vremena ili mesta i obaveštenje o otkazivanju i dalje će Vam stizati.
email-quiet-event = Isključite obaveštenja o dnevnom redu ovog događaja
email-footer-invited = Ovu poruku dobijate jer Vas je sekretarijat mreže pozvao na ovaj događaj. Nalog Vam nije potreban: linkovi u ovoj poruci rade bez prijave.
rsvp-details = O događaju
rsvp-agenda = Dnevni red

## Dashboard
dashboard-documents = Nedavni dokumenti
dashboard-document-updated = { $type }, ažurirano { $updated }
dashboard-documents-all = Svi dokumenti
dashboard-upcoming-all = Svi predstojeći događaji
dashboard-upcoming-none = Nema predstojećih događaja.
dashboard-col-overdue = Zadaci kojima je istekao rok
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
event-state-draft = Nacrt: ovaj događaj vidi samo sekretarijat. Objavite ga (Izmenite → Status) pre nego što pozovete učesnike ili objavite dnevni red.
event-state-agenda-draft = Objavljen. Dnevni red je nacrt: učesnici ga još ne vide.
event-state-published = Objavljen zajedno sa dnevnim redom: učesnici vide oboje.
event-state-cancelled = Otkazan: učesnici su obavešteni.
event-state-ended = Završen: događaj i njegov dnevni red čuvaju se kao evidencija.
event-manage = Upravljajte ovim događajem
event-for-participants = Za učesnike
agenda-publish-event-first = Prvo objavite događaj (Izmenite → Status), a zatim i njegov dnevni red.

## The downloaded post-meeting report
post-report-file-note = Ovaj izveštaj je sačuvan sa platforme Roundtable. Izveštaj na internetu: { $url }
legal-matrix-by-country = Čitajte jednu po jednu zemlju
legal-matrix-scroll-hint = Tabela se u svom okviru pomera vodoravno; teme i zemlje ostaju vidljive.
legal-matrix-region = Registar po temama i zemljama
legal-mismatch-meets = Izmerena vrednost dostiže prag iz standarda, a unos je ipak ocenjen kao nedostatak. Proverite vrednost ili ocenu.
legal-mismatch-short = Izmerena vrednost ne dostiže prag iz standarda, a unos je ipak ocenjen kao usklađen. Proverite vrednost ili ocenu.
legal-mismatch = Vrednost i ocena
legal-threshold-min = minimum
legal-threshold-max = maksimum
events-month-none = Nema događaja ovog meseca.

## Languages
language-switch-label = Jezik
language-switch-submit = Prikažite na ovom jeziku
language-unknown = Taj jezik nije dostupan. Izaberite jedan sa spiska.
translation-draft = Ovaj prevod je nacrt koji izvorni govornik još nije pregledao. Pogrešne ili nejasne izraze prijavite sekretarijatu: { $email }

## Country names (the network's six; Kosovo gets its asterisk and footnote from the code)
country-name-AL = Albanija
country-name-BA = Bosna i Hercegovina
country-name-XK = Kosovo
country-name-ME = Crna Gora
country-name-MK = Severna Makedonija
country-name-RS = Srbija

## Moved from code and templates
## Everything below was English in the code or the templates until now; each text is the same.

## Error answers (pages and the API)
error-not-found = Nismo pronašli tu stranicu ili zapis.
error-sign-in = Prijavite se da biste nastavili.
error-forbidden = Nemate dozvolu za ovu radnju.
error-csrf = Ovaj obrazac je istekao. Vratite se na prethodnu stranicu, ponovo je učitajte i pokušajte još jednom.
# $site: this site's own address
error-foreign-origin = Ovaj zahtev je poslat sa drugog veb-sajta, pa je odbijen radi zaštite Vašeg naloga. Sami otvorite { $site } i tamo pokušajte ponovo.
error-validation = Neka polja treba ispraviti ili dopuniti.
error-no-room = Na serveru nema prostora za čuvanje ove datoteke; ništa nije sačuvano. Obavestite sekretarijat.
error-read-only = Baza podataka je trenutno dostupna samo za čitanje, pa ništa ne može da se sačuva; ništa od onoga što ste poslali nije promenjeno. Pokušajte ponovo kasnije ili obavestite sekretarijat.
error-busy = Baza podataka je zauzeta drugim izmenama, pa ništa nije sačuvano. Pokušajte ponovo za trenutak.
error-internal = Došlo je do greške na našoj strani. Pokušajte ponovo za trenutak.
error-nul = Ono što ste poslali sadrži znak NUL, koji ne može da se sačuva. Uklonite ga i pokušajte ponovo.
error-duplicate = Već postoji zapis sa istom vrednošću.
error-bad-request = Zahtev nije bilo moguće razumeti.
error-method = Ova adresa ne prihvata tu vrstu zahteva.
error-too-large = Ono što ste poslali je preveliko.
error-content-type = Ova vrsta sadržaja se ovde ne prihvata.
error-too-many = Previše pokušaja. Sačekajte nekoliko minuta i pokušajte ponovo.
error-other = Zahtev nije bilo moguće izvršiti.
# $reason: the database's own words, for whoever runs the server
health-read-only = Baza podataka je dostupna samo za čitanje ({ $reason }).
health-no-answer = Baza podataka ne odgovara.

## The heading of an error page: the status number, then its name (HTTP's standard names in English)
http-status-400 = Neispravan zahtev
http-status-401 = Potrebna je prijava
http-status-403 = Zabranjen pristup
http-status-404 = Nije pronađeno
http-status-405 = Metod nije dozvoljen
http-status-409 = Sukob
http-status-412 = Preduslov nije ispunjen
http-status-413 = Sadržaj je prevelik
http-status-415 = Nepodržana vrsta sadržaja
http-status-422 = Sadržaj ne može da se obradi
http-status-428 = Potreban je preduslov
http-status-429 = Previše zahteva
http-status-500 = Interna greška servera
http-status-503 = Usluga nije dostupna
http-status-507 = Nedovoljno prostora za skladištenje

## What was sent did not fit: $what is what was sent, $field a field's name as sent
input-missing-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U telu zahteva
    } nedostaje polje „{ $field }“, koje je obavezno.
input-unknown-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U telu zahteva
    } postoji polje „{ $field }“, koje se ovde ne koristi.
input-duplicate-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U telu zahteva
    } se polje „{ $field }“ navodi više puta.
input-bad-value = Jedna vrednost u { $what ->
        [form] obrascu
        [address] adresi
       *[body] telu zahteva
    } nije očekivane vrste ili formata (na primer tekst na mestu gde treba da bude broj ili datum).
input-not-json-type = Ova adresa očekuje telo zahteva u formatu JSON (Content-Type: application/json).
input-body-too-large = Telo zahteva je preveliko.
input-body-unreadable = Telo zahteva nije bilo moguće pročitati ili je preveliko.
input-not-json = Telo zahteva nije ispravan JSON.
input-address-unreadable = Adresu nije bilo moguće pročitati.
input-not-a-form = Ova adresa očekuje veb-obrazac.
input-form-too-large = Obrazac je prevelik.
input-upload-broken = Otpremanje je prekinuto ili obrazac nije ispravan. Pokušajte ponovo.
input-form-too-many-fields = Obrazac ima previše polja.
input-form-field-too-long = Jedno polje obrasca je predugačko.

## The API's own messages
api-error-since = Navedite `since` u obliku YYYY-MM-DD (godina-mesec-dan).
api-error-date = Datumi se pišu u obliku YYYY-MM-DD (godina-mesec-dan), na primer 2023-12-12.
mail-bad-address = „{ $email }“ nije ispravna adresa e-pošte.

## Form checks shared by all forms and the API
validate-required = Ovo polje je obavezno.
# $max: a number of characters
validate-too-long = Tekst je predugačak. Najveći dozvoljeni broj znakova: { $max }.
validate-control-characters = Tekst sadrži znakove koji nisu dozvoljeni.
validate-one-line = Upišite sve u jednom redu.
validate-email = Unesite adresu e-pošte, na primer name@example.org.
validate-url = Unesite veb-adresu koja počinje sa https:// ili http://.
validate-date = Unesite datum u obliku YYYY-MM-DD (godina-mesec-dan), na primer 2023-12-12.
validate-choose = Izaberite jednu od ponuđenih opcija.
validate-choose-listed = Izaberite jednu od opcija sa spiska.
validate-choose-org = Izaberite organizaciju sa spiska.
validate-choose-country = Izaberite zemlju sa spiska.
validate-choose-countries = Izaberite zemlje sa spiska.
validate-time = Unesite vreme u obliku HH:MM, na primer 09:30.
validate-end-after-start = Završetak mora biti posle početka.
validate-time-zone = Izaberite vremensku zonu sa spiska, na primer Europe/Tirane.
validate-number = Unesite broj, na primer 30.
validate-percent = Unesite procenat od 0 do 100.

## Action items: form checks
action-error-owner = Izaberite organizaciju koja je odgovorna za ovaj zadatak.
action-error-owner-person = Izaberite osobu iz odgovorne organizacije.
action-error-supporters = Organizacije koje pružaju podršku izaberite sa spiska.
action-error-event = Izaberite događaj sa spiska.
action-error-agenda-item = Izaberite tačku dnevnog reda izabranog događaja.
action-error-legal-entry = Izaberite unos iz registra pravnih razlika.
action-error-legal-both = Za vezu sa registrom pravnih razlika potrebni su i tema i zemlja.
action-error-progress-empty = Napišite komentar ili izaberite novi status ili procenat.
action-error-bulk-nothing = Izaberite novi status ili novu odgovornu organizaciju.
action-error-bulk-none-ticked = Označite zadatke koje želite da izmenite.

## Legal register: form checks
legal-error-no-parameter = Ova tema nema izmerenu vrednost: ostavite polje prazno.
legal-error-too-many-links = Navedite najviše 20 veb-adresa.
legal-error-not-coe = { $country } nije članica Saveta Evrope, pa GRETA ne izveštava o toj zemlji. Ostavite polja za GRETA prazna.
legal-error-topic-code = Koristite samo slova, cifre i crtice, na primer RES-05.
legal-error-threshold-kind = Izaberite minimum ili maksimum.
legal-error-parameter = Navedite naziv izmerene vrednosti na koju se prag odnosi.
legal-error-threshold-kind-missing = Navedite da li je standard minimum ili maksimum.
legal-error-topic-code-taken = Druga tema već ima ovaj kod.
legal-error-proposal-unchanged = Vaš predlog još ništa ne menja: izmenite bar jedno polje.
legal-error-proposal-decided = O ovom predlogu je već odlučeno.
# $problem: the CSV reader's own words (English)
legal-import-bad-header = Prvi red nije bilo moguće pročitati kao nazive kolona CSV datoteke ({ $problem }).
legal-import-bad-line = Red { $line } nije bilo moguće pročitati kao CSV ({ $problem }).
legal-import-missing-columns = Datoteka mora da sadrži ove kolone: { $columns }.
legal-import-no-rows = Datoteka ima nazive kolona, ali nema redova sa podacima.
legal-import-code-twice = Kod { $code } se u datoteci pojavljuje više puta.
legal-import-no-topic = Ne postoji tema sa kodom „{ $code }“.
legal-import-no-country = „{ $country }“ nije jedna od zemalja registra (koristite kodove kao što su AL, BA, XK).
legal-import-entry-twice = Unos { $code } za { $country } se u datoteci pojavljuje više puta.
legal-import-not-saved = Datoteka sadrži greške; ništa nije sačuvano.

## Countries and the directory: form checks
country-error-code = Upišite dvoslovni ISO kod, na primer IT.
country-error-taken = Ova zemlja je već na spisku.
org-error-country = Izaberite zemlju.
org-error-services = Izaberite usluge sa spiska.

## Minutes: form checks
minutes-error-too-long = Zapisnik je predugačak: dozvoljeno je najviše 200.000 znakova.
minutes-error-deadline = Izaberite poslednji dan za komentare.
minutes-error-not-draft = Učesnicima na komentare može da se pošalje samo zapisnik u nacrtu.
minutes-error-closed = Rok za komentare na ovaj zapisnik je zatvoren.

## Participants: form checks
participants-error-unpublished = Objavite događaj pre nego što pozovete učesnike.
rsvp-error-started = Događaj je počeo: odgovori se više ne mogu menjati.

## Accounts: form checks
account-error-role = Izaberite sekretarijat, organizaciju članicu ili posmatrača.
account-error-no-org = Ne postoji organizacija sa ovim nazivom, skraćenicom ili brojem.
account-error-member-org = Za nalog organizacije članice potrebno je izabrati organizaciju.
account-error-email-taken = Nalog sa ovom adresom e-pošte već postoji.
account-error-link-expired = Ovaj link je istekao ili je već iskorišćen. Zatražite novi.
account-error-not-current-password = Ovo nije Vaša trenutna lozinka.
account-error-new-passwords-differ = Dve nove lozinke nisu iste.
account-error-language = Izaberite jezik sa spiska.
account-error-same-address = Ovo je već Vaša adresa.
account-error-address-taken = Ovu adresu koristi drugi nalog.
account-error-link-expired-settings = Ovaj link je istekao ili je već iskorišćen. Novi zatražite u podešavanjima.
account-error-address-taken-now = Ovu adresu sada koristi drugi nalog.
account-error-person-changed = Dok ste birali, neko je promenio osobu iz imenika povezanu sa ovim nalogom. Proverite izbor i ponovo sačuvajte.
account-error-person-archived = Ova osoba je arhivirana; izaberite drugu.
account-error-person-taken = Ova osoba već pripada nalogu { $email }.
# $min, $max: numbers of characters
password-too-short = Lozinka je prekratka. Najmanji broj znakova: { $min }.
password-too-long = Lozinka je predugačka. Najveći dozvoljeni broj znakova: { $max }.

## Events and agenda: form checks
event-error-capacity = Unesite broj mesta, na primer 40.
event-error-organizers = Izaberite organizatore sa spiska.
event-error-venue = Navedite mesto održavanja ili link za onlajn učešće (ili oboje).
event-error-ended-cancel = Ovaj događaj je završen, pa ne može da se otkaže.
event-error-clock-change-date = Tog datuma se časovnici pomeraju; izaberite drugi datum.
# $zone: a time zone such as Europe/Tirane
event-error-no-such-time = Ovo vreme ne postoji u zoni { $zone } (tada se časovnici pomeraju).
# $first, $last: dates as YYYY-MM-DD
agenda-error-day = Događaj traje od { $first } do { $last }; izaberite dan u tom periodu.

## Documents: form checks
document-error-title = Unesite naziv.
document-error-title-long = Naziv je predugačak (najviše 300 znakova).
document-error-type = Izaberite vrstu dokumenta.
document-error-description-long = Opis je predugačak (najviše 20.000 znakova).
document-error-languages = Izaberite jezike sa spiska.
document-error-tags-long = Previše oznaka (ukupno najviše 500 znakova).
document-error-visibility = Izaberite ko može da vidi dokument.
document-error-lifecycle = Izaberite status sa spiska.
document-error-variant-kind = Izaberite prevod ili nacionalnu prilagođenu verziju.
document-error-variant-kind-missing = Navedite da li je ovo prevod ili nacionalna prilagođena verzija.
document-error-review-on = Unesite datum revizije u obliku godina-mesec-dan, na primer 2027-06-30.
document-error-topics = Izaberite teme iz registra pravnih razlika sa spiska.
document-error-events = Jedan od izabranih događaja više ne postoji.
document-error-agenda = Tačke dnevnog reda moraju da pripadaju povezanom događaju.
document-error-self = Dokument ne može da upućuje sam na sebe.
document-error-number = Unesite broj dokumenta, na primer 12.
document-error-no-such-number = Ne postoji dokument broj { $id } koji Vam je dostupan.

## Uploads: the kinds of file, and why a file is refused
file-kind-pdf = PDF
file-kind-docx = Dokument programa Word (DOCX)
file-kind-xlsx = Tabela programa Excel (XLSX)
file-kind-pptx = PowerPoint (PPTX)
file-kind-odt = OpenDocument tekst (ODT)
file-kind-ods = OpenDocument tabela (ODS)
file-kind-txt = Tekst (TXT)
file-kind-csv = CSV
file-kind-png = PNG slika
file-kind-jpeg = JPEG slika
file-kind-other = Datoteka
## A kind of file inside a sentence ("This file is named as a PDF but...")
file-kind-a-pdf = PDF datoteka
file-kind-a-docx = dokument programa Word (DOCX)
file-kind-a-xlsx = tabela programa Excel (XLSX)
file-kind-a-pptx = prezentacija programa PowerPoint (PPTX)
file-kind-a-odt = OpenDocument tekst (ODT)
file-kind-a-ods = OpenDocument tabela (ODS)
file-kind-a-txt = tekstualna datoteka (TXT)
file-kind-a-csv = CSV datoteka
file-kind-a-png = PNG slika
file-kind-a-jpeg = JPEG slika
upload-empty = Datoteka je prazna.
# $types: the list of allowed types, such as "PDF, DOCX, XLSX"
upload-no-extension = Naziv datoteke nema ekstenziju, pa ne možemo da utvrdimo o kakvoj je datoteci reč. Dozvoljene vrste: { $types }.
upload-refused-type = Datoteke vrste .{ $ext } se ne prihvataju. Dozvoljene vrste: { $types }.
# $declared, $actual: a kind of file inside a sentence (file-kind-a-...)
upload-not-utf8 = Prema nazivu, ovo je { $declared }, ali sadržaj nije običan tekst u kodiranju UTF-8. Sačuvajte datoteku u kodiranju UTF-8 i ponovo je otpremite.
upload-unrecognised = Prema nazivu, ovo je { $declared }, ali sadržaj nije { $declared } niti neka druga dozvoljena vrsta datoteke.
upload-mismatch = Prema nazivu, ovo je { $declared }, ali sadržaj je { $actual }. Preimenujte datoteku ili otpremite pravu.
# $limit: a size such as "20.0 MB"
upload-too-large = Datoteka je prevelika. Najveća dozvoljena veličina je { $limit }, a ova datoteka je veća.
upload-choose-file = Izaberite datoteku koju želite da otpremite.
upload-api-no-file = Pošaljite datoteku u multipart polju pod nazivom 'file'.
## Sizes of files
size-bytes = { $bytes } B
size-kb = { $kb } KB
size-mb = { $mb } MB

## Documents: page titles and messages
documents-title = Dokumenti
document-new-title = Dodajte dokument
document-edit-title = Izmena: { $title }
document-created = Dokument je dodat.
document-saved = Izmene su sačuvane.
document-version-uploaded = Nova verzija je otpremljena i sada je trenutna.
# $number: the version brought back; $new: the number it has now
document-version-restored = Verzija { $number } je ponovo trenutna (sada kao verzija { $new }).
document-archived = Dokument je arhiviran. Više se ne prikazuje na spiskovima ni u pretrazi.
document-unarchived = Dokument se ponovo prikazuje na spiskovima i u pretrazi.
# $type: a document type, in lower case
document-followed = Dobićete poruku e-poštom kada se doda ili ažurira dokument vrste „{ $type }“.
document-unfollowed = Više ne pratite ovu vrstu dokumenata.
document-error-unknown-type = Nepoznata vrsta dokumenta.
document-error-adopt = Samo sekretarijat može da označi dokument kao usvojen u mreži ili kao zamenjen.
document-error-adopt-api = Samo sekretarijat može da označi dokument kao usvojen ili zamenjen.

## Documents: the names of types, statuses, languages and who may see one
document-type-guideline = Smernica
document-type-sop = Standardna operativna procedura
document-type-referral_form = Obrazac za upućivanje
document-type-training = Materijal za obuku
document-type-report = Izveštaj
document-type-presentation = Prezentacija
document-type-legal_text = Pravni tekst
document-type-other = Drugo
document-visibility-choice-public = Javno: svi, i bez prijave
document-visibility-choice-network = Mreža: svi prijavljeni korisnici
document-visibility-choice-secretariat = Samo sekretarijat (i odgovorna organizacija)
document-visibility-public = Javno
document-visibility-network = Mreža
document-visibility-secretariat = Samo sekretarijat
document-lifecycle-none = Nije dokument mreže
document-lifecycle-draft = Nacrt
document-lifecycle-in_review = U razmatranju
document-lifecycle-adopted = Usvojen u mreži
document-lifecycle-superseded = Zamenjen
document-language-en = English
document-language-sq = Shqip
document-language-bs = Bosanski
document-language-hr = Hrvatski
document-language-cnr = Crnogorski
document-language-mk = Македонски
document-language-sr = Srpski
document-language-de = Deutsch
document-language-fr = Français
document-variant-translation = Prevod
document-variant-adaptation = Nacionalna prilagođena verzija
document-variant-of-translation = Prevod dokumenta
document-variant-of-adaptation = Nacionalna prilagođena verzija dokumenta
document-text-done = Dostupno za pretragu
document-text-failed = Nije bilo moguće pročitati za pretragu (naziv i opis se i dalje mogu pretraživati)
document-text-none = Mogu se pretraživati naziv i opis

## Documents: the form to add a document or edit its details
document-file = Datoteka
# $limit: the largest file accepted, such as "20.0 MB"
document-file-hint = PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), tekst (TXT), CSV, PNG ili JPEG; najviše { $limit }.
document-file-again = Radi Vaše bezbednosti, pregledač zaboravlja izabranu datoteku kada se obrazac ponovo prikaže: izaberite je ponovo.
document-version-note = Napomena o verziji
document-choose-several = Držite taster CTRL (ili CMD) da biste izabrali više stavki.
document-tags-hint = Razdvojite oznake zarezima, na primer: sklonište, deca, upućivanje.
document-owner-secretariat = Sekretarijat
document-supersedes-hint = Nije obavezno. Broj je prikazan na stranici svakog dokumenta, na primer „Br. 12“.
document-not-a-variant = Nije prevod ni prilagođena verzija
document-review-hint = Na taj datum odgovorna organizacija dobija podsetnik e-poštom.
document-save-changes = Sačuvajte izmene
document-upload-and-save = Otpremite i sačuvajte

## Documents: the list
documents-intro = Smernice, standardne operativne procedure, obrasci za upućivanje, materijali za obuku i izveštaji koji se dele u mreži. Svaki dokument čuva sve svoje verzije.
documents-show-current = Prikažite aktivne dokumente
documents-show-archived = Prikažite arhivirane dokumente
documents-filter-country = Zemlja
documents-filter-topic = Tema iz registra
documents-filter-language = Jezik
documents-col-status = Status
documents-col-owner = Odgovorna organizacija
documents-col-updated = Ažurirano
# $type: a document type
documents-following-type = Dobijate poruku e-poštom kada se doda ili ažurira dokument ove vrste ({ $type }).
documents-stop-following = Prestanite da pratite
documents-follow-type = Pratite ovu vrstu ({ $type })
# Follows the button "Follow this type (...)"
documents-follow-why = : dobijaćete poruku e-poštom kada se takav dokument doda ili ažurira.
documents-table-caption = Dokumenti, prvo oni sa najnovijom izmenom
# $updated: a date; $version: the number of the current version
documents-updated-version = { $updated } (verzija { $version })
documents-none = Nijedan dokument ne odgovara ovim filterima.

## Documents: one document
# $id: the document's number
document-number = Br. { $id }
document-number-label = Broj dokumenta
document-example = Primer: izmišljeni demonstracioni dokument.
document-is-archived = Ovaj dokument je arhiviran. Ne prikazuje se na spiskovima ni u pretrazi.
# Followed by the documents that replace this one
document-replaced-by = Zamenjuju ga:
document-download = Preuzmite { $filename }
# $type: a kind of file; $size: its size; $number: the version's number
document-current-file = { $type }, { $size }, verzija { $number }
document-review-due = Rok za reviziju
document-replaces = Zamenjuje
document-search-state = Pretraga
document-variants = Prevodi i nacionalne prilagođene verzije
document-countries = Zemlje
document-events = Događaji
document-agenda = Tačke dnevnog reda
document-edit-details = Izmenite detalje
document-unarchive = Vratite iz arhive
document-archive = Arhivirajte
document-new-version = Otpremite novu verziju
document-new-version-hint = PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG ili JPEG; najviše { $limit }. Ona postaje trenutna verzija; ranije verzije ostaju dostupne ispod.
document-what-changed = Šta je promenjeno
document-upload-version = Otpremite verziju
# $type: a document type
document-following-type = Pratite dokumente vrste „{ $type }“.
document-follow-type = Pratite dokumente vrste „{ $type }“
## Documents on another page (an event, a register topic)
documents-add-here = Dodajte dokument ovde
documents-none-yet = Još nema dokumenata.

## Search
search-title = Pretraga
# $words: what was typed
search-title-words = Pretraga: { $words }
search-words = Reči za pretragu
search-hint = Pretražuju se dokumenti (i tekst unutar datoteka: PDF, Word, tabele, prezentacije i tekstualne datoteke), događaji i tačke dnevnog reda, zadaci, organizacije i osobe, kao i registar pravnih razlika. Dijakritički znaci nisu bitni: „Nis“ pronalazi i „Niš“.
search-too-short = Upišite bar jednu reč od dva ili više slova.
search-catching-up = Indeks pretrage još obrađuje nedavne izmene, pa neke možda još ne mogu da se pronađu. Pokušajte ponovo za minut.
search-all-results = Svi rezultati
search-total = { $total ->
    [one] { $total } rezultat.
    [few] { $total } rezultata.
   *[other] { $total } rezultata.
}
search-total-public = { $total ->
    [one] { $total } rezultat na javnim stranicama.
    [few] { $total } rezultata na javnim stranicama.
   *[other] { $total } rezultata na javnim stranicama.
} Prijavite se da biste pretraživali i podatke mreže.
# $kind: a kind of record, such as "Agenda items"
search-see-all = Prikažite sve ({ $count }): { $kind }
search-nothing = Ništa nije pronađeno za „{ $words }“. Pokušajte sa manje reči ili sa kraćim rečima.
search-nothing-public = Na javnim stranicama ništa nije pronađeno za „{ $words }“. Prijavite se da biste pretraživali i podatke mreže. Pokušajte sa manje reči ili sa kraćim rečima.
search-kind-document = Dokumenti
search-kind-event = Događaji
search-kind-agenda = Tačke dnevnog reda
search-kind-action = Zadaci
search-kind-organization = Organizacije
search-kind-person = Osobe
search-kind-legal = Registar pravnih razlika

## Document mails
# $who: a person's name; $type: a document type
email-document-added = Dodat je dokument ({ $type }) koji odgovara onome što pratite (dodao: { $who }):
email-document-new-version = Otpremljena je verzija { $version } dokumenta koji pratite ({ $type }; otpremio: { $who }):
email-document-note = Napomena: { $note }
email-document-open = Otvorite dokument
email-document-open-text = Otvorite dokument: { $url }
email-document-added-subject = Novi dokument: { $title }
email-document-new-version-subject = Nova verzija { $version }: { $title }
# $review_on: a date
email-document-review-due = Došao je datum revizije ovog dokumenta ({ $review_on }):
email-document-review-ask = Proverite da li je dokument i dalje tačan. Ako se nešto promenilo, otpremite novu verziju; ako nije, odredite sledeći datum revizije.
email-document-set-review = Odredite sledeći datum revizije
email-document-set-review-text = Odredite sledeći datum revizije: { $url }
email-document-review-subject = Vreme je za reviziju: { $title }

## The Kosovo* footnote, wherever a page or a mail names Kosovo*
footnote-label = Fusnota
kosovo-footnote = Ovaj naziv ne prejudicira stavove o statusu i u skladu je sa Rezolucijom Saveta bezbednosti UN 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.

## Notes the product writes into a record's history, in the language of whoever acts
# $name: who proposed the change; $comment: what they wrote with it
legal-note-proposed-by = Predlagač: { $name }
legal-note-proposed-by-comment = Predlagač: { $name } – { $comment }
# Stands for the proposer's name when their account is gone
legal-note-proposed-by-member = član mreže
legal-imported-note = Uvezeno iz CSV datoteke
document-restored-note = Vraćena je verzija { $number }.
# A comment on an action item reviewed at a meeting. $title: the meeting; $outcome: what was said
matters-reviewed-at = Razmotreno na sastanku „{ $title }“: { $outcome }

## Mails written in code (minutes, the waiting list)
minutes-circulated-subject = Zapisnik za komentare: { $title }
# $deadline: a date as YYYY-MM-DD
minutes-circulated-text = Nacrt zapisnika sa sastanka „{ $title }“ je spreman. Pročitajte ga i pošaljite komentare ili predložite ispravke do { $deadline }.
rsvp-place-free-subject = Oslobodilo se mesto: { $title }
rsvp-place-free-text = Oslobodilo se mesto i sada je Vaše. Radujemo se Vašem dolasku.

## Minutes: what changed between two versions, by section
# $section: "Meeting" or an agenda item's title; $part: notes or decisions
minutes-diff-section = { $section } · { $part }
minutes-diff-meeting = Ceo sastanak
# An agenda item deleted since: $id is its number
minutes-diff-item = Tačka { $id }
minutes-diff-notes = beleške
minutes-diff-decisions = odluke

## Calendar files (.ics): text the product writes into events and feeds
# $url: the meeting's online link
ics-online = Onlajn: { $url }
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
csv-action-title = naziv
csv-action-owner-organization = odgovorna_organizacija
csv-action-due-on = rok
csv-action-priority = prioritet
csv-action-status = status
csv-action-percent = procenat
csv-action-countries = zemlje
csv-action-tags = oznake
csv-action-event-id = id_događaja

## CSV download of an event's participants: column names
csv-participant-name = ime
csv-participant-email = e-pošta
csv-participant-organization = organizacija
csv-participant-country = zemlja
csv-participant-status = status
csv-participant-dietary = ishrana
csv-participant-accessibility = pristupačnost
csv-participant-shares-name = deli_ime
csv-participant-attended = prisustvo

## CSV download of the directory: column names
csv-org-id = id
csv-org-name = naziv
csv-org-acronym = skraćenica
csv-org-country-code = kod_zemlje
csv-org-country = zemlja
csv-org-kind = vrsta
csv-org-membership-status = status_članstva
csv-org-joined-on = datum_pristupanja
csv-org-website = veb_sajt
csv-org-email = e-pošta
csv-org-phone = telefon
csv-org-address = adresa
csv-org-services = usluge

## The register's measured parameters and units of the seeded topics (others stay as the secretariat wrote them)
legal-parameter-maximum-imprisonment = najviša kazna zatvora
legal-parameter-maximum-imprisonment-when-aggravated = najviša kazna zatvora za teži oblik
legal-parameter-reflection-period = period za oporavak i razmišljanje
legal-parameter-limitation-period = rok zastarelosti
legal-unit-days = dana
legal-unit-years = godina

## Exchange with other directories (HSDS)
directory-export-hsds = Usluge za druge imenike (HSDS)
# Written into the HSDS export (in English, the network's working language)
hsds-interpretation = Usmeno prevođenje se može obezbediti.
hsds-confidential-location = Poverljiva lokacija: deli se samo grad.
hsds-24-7 = Otvoreno 24/7
## Services, contact points and capacity (support: /services)
nav-services = Usluge
support-title = Usluge
support-intro = Šta organizacije mreže nude, gde i kome, kako se vrši upućivanje i koliko mesta imaju. Brojke broje mesta, nikada ljude.
support-org-heading = Usluge detaljno
support-totals = Kapacitet u ovom spisku
support-total = { $unit }: ukupno { $count }
support-total-available = slobodno sada: { $count }
support-total-unconfirmed = brojke koje nisu potvrđene na vreme i nisu uračunate: { $count }
support-verified-on = Poslednji put potvrđeno kao tačno { $date }
support-verified-by = Poslednji put potvrđeno kao tačno { $date }, potvrdio/la { $name }
support-never-verified = Još niko nije potvrdio ove podatke
support-empty = Nijedna usluga ne odgovara ovim filterima.
support-edit = Izmeni uslugu
support-confirm = Potvrdi da su ovi podaci i dalje tačni
support-where = Gde
support-who = Ko može da dođe
support-how = Kako uputiti
support-contacts = Kontakt tačke
support-capacity = Kapacitet
support-funding = Finansiranje
support-funded-until = finansirano do { $date }
support-back-to-list = Nazad na sve usluge
support-confidential-note = Adresa je poverljiva: uslugu kontaktirajte preko njenih kontakt tačaka.
support-open-24-7 = Otvoreno danju i noću (24/7)
support-ages = Uzrast
support-age-range = od { $min } do { $max } godina
support-age-from = od { $min } godina
support-age-to = do { $max } godina
support-all-ages = svaki uzrast
support-everyone = Svi
support-edit-item = Izmeni
support-delete = Ukloni
support-contact-new-title = Dodaj kontakt tačku
support-contact-edit-title = Izmeni kontakt tačku
support-capacity-new-title = Dodaj podatak o kapacitetu
support-capacity-edit-title = Izmeni podatak o kapacitetu
support-figure-maximum = { $unit }: najviše { $count }
support-figure-funded = finansirano: { $count }
support-figure-available = slobodno sada: { $count }
support-figure-unconfirmed = Nije potvrđeno od { $date }, pa se ne računa u zbir
support-figure-as-of = Stanje na dan { $date }
support-new-title = Dodaj uslugu
support-edit-title = Izmeni uslugu
support-choose = Izaberite…
support-areas-hint = Opštine ili regioni, onako kako ih pišete; ostavite prazno kada usluga pokriva celu zemlju.
support-confidential-hint = Označite za sklonište ili bilo koje mesto čija adresa mora ostati tajna: adresu vide samo vaša organizacija i sekretarijat; svi ostali vide grad i kontakt tačke.
support-genders-hint = Ne označavajte ništa ako je usluga otvorena za sve.
support-notice-hint = Obavezno kada je usluga obustavljena: zašto i do kada.
support-contact-hint = Uloga, na primer prijemna služba ili linija 24/7; nikada osoba kojoj pomažete.
support-capacity-hint = Samo broj mesta, nikada podaci o ljudima.
support-available-hint = Vide ga samo organizacije članice i sekretarijat.
support-expiry-hint = Posle ovog datuma podatak se prikazuje kao nepotvrđen i ne ulazi u zbir.
support-created = Usluga je dodata.
support-saved = Usluga je sačuvana.
support-confirmed = Hvala: podaci su označeni kao potvrđeni danas.
support-contact-saved = Kontakt tačka je sačuvana.
support-contact-deleted = Kontakt tačka je uklonjena.
support-capacity-saved = Podatak o kapacitetu je sačuvan.
support-capacity-deleted = Podatak o kapacitetu je uklonjen.
support-contact-delete-title = Ukloniti kontakt tačku „{ $role }“ usluge { $service }?
support-contact-delete-consequence = Oni koji traže ovu uslugu više neće videti ovaj način da do nje dođu.
support-capacity-delete-title = Ukloniti podatak za { $unit } usluge { $service }?
support-capacity-delete-consequence = Podatak odmah nestaje sa stranice usluge i iz zbira.
support-error-age = Unesite uzrast u punim godinama, od 0 do 120.
support-error-age-range = Najviši uzrast ne može biti manji od najnižeg.
support-error-modes = Označite bar jedan način rada usluge.
support-error-countries = Označite bar jednu zemlju koju usluga pokriva.
support-error-country-unknown = { $code } nije zemlja mreže.
support-error-city-confidential = Za poverljivu lokaciju potreban je grad, da bi se znalo gde je usluga.
support-error-notice = Napišite zašto je usluga obustavljena i do kada.
support-error-contact-reach = Navedite broj telefona ili adresu e-pošte.
support-error-negative = Broj mesta ne može biti negativan.
support-error-count = Unesite ceo broj.
support-error-available-max = Slobodnih mesta ne može biti više od najvećeg broja.
support-error-expiry = Datum isteka ne može biti pre datuma podatka.
support-field-kind = Vrsta usluge
support-field-name = Naziv
support-field-description = Opis
support-field-countries = Zemlje koje pokriva
support-field-areas = Opštine ili regioni
support-field-modes = Način rada
support-field-city = Grad
support-field-address = Adresa
support-field-confidential_location = Poverljiva lokacija
support-field-age_min = Najniži uzrast
support-field-age_max = Najviši uzrast
support-field-genders = Pol ili rod korisnika
support-field-target_groups = Ciljne grupe
support-field-identification = Potrebna identifikacija
support-field-languages = Jezici koji se govore
support-field-interpretation = Može se obezbediti prevodilac
support-field-referral = Kako ljudi dolaze
support-field-intake_steps = Koraci prijema
support-field-hours = Radno vreme
support-field-open_24_7 = Otvoreno danju i noću (24/7)
support-field-funding_source = Izvor finansiranja
support-field-funded_until = Finansirano do
support-field-status = Status
support-field-status_notice = Obaveštenje o statusu
support-field-role = Uloga
support-field-phone = Telefon
support-field-email = Adresa e-pošte
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
service-mode-on_site = Na licu mesta
service-mode-mobile = Mobilni tim
service-mode-remote = Na daljinu (telefonom ili onlajn)
service-gender-female = Žene i devojčice
service-gender-male = Muškarci i dečaci
service-gender-other = Drugi rodni identiteti
service-group-children = Deca
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
capacity-unit-places = Mesta
capacity-unit-persons_month = Osoba mesečno
capacity-unit-transports_month = Prevoza mesečno
capacity-unit-case_slots = Slučajeva koje može da preuzme
capacity-band-available = Ima slobodnih mesta
capacity-band-limited = Ograničeno
capacity-band-full = Popunjeno
capacity-band-waiting_list = Lista čekanja
spoken-language-sq = albanski
spoken-language-sr = srpski
spoken-language-bs = bosanski
spoken-language-hr = hrvatski
spoken-language-mk = makedonski
spoken-language-en = engleski
spoken-language-de = nemački
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
pathways-intro = Kako se osoba upućuje iz jedne zemlje u drugu, za svaku vrstu usluge: ko šta radi, koliko svaki korak sme da traje, šta se sme podeliti i koga treba pozvati.
pathways-legend = Šta oznake znače
pathways-legend-agreed = partneri su ga usvojili i može se koristiti
pathways-legend-draft = još se razrađuje; ne koristite ga još
pathways-legend-suspended = za sada je obustavljen; proverite sa sekretarijatom
pathways-scroll-hint = Tabela se pomera bočno unutar svog okvira.
pathways-matrix-region = Matrica puteva, može se pomerati
pathways-matrix-caption = Putevi upućivanja: zemlje koje upućuju (redovi) ka zemljama koje primaju (kolone)
pathways-from-to = Iz \ U
pathways-none-here = Nema puta
pathways-list-title = Svi putevi
pathways-none = Nijedan put ne odgovara ovim filterima.
pathways-back = Nazad na matricu puteva
pathway-new = Novi put upućivanja
pathway-edit = Izmena puta upućivanja
pathway-saved = Put upućivanja je sačuvan.
pathway-used-saved = Zabeleženo: put je danas korišćen.
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
pathway-consent-hint = Kako se traži i beleži pristanak pre nego što se bilo šta podeli.
pathway-child-consent = Pristanak za decu
pathway-information = Podaci koji se smeju podeliti
pathway-information-hint = Samo ove vrste podataka smeju pratiti upućivanje, i to samo uz pristanak.
pathway-information-identity_documents = Lična dokumenta
pathway-information-medical_needs = Zdravstvene potrebe
pathway-information-language = Jezik
pathway-information-safety_risks = Bezbednosni rizici
pathway-information-family_situation = Porodična situacija
pathway-information-legal_status = Pravni status
pathway-escort = Pratnja
pathway-escort-cost = Ko plaća put i pratnju
pathway-document = Sporazum ili standardna procedura
pathway-barriers = Poznate pravne prepreke
pathway-barriers-hint = Unosi iz registra pravnih razlika koji otežavaju ovo upućivanje.
pathway-barrier-topic = Tema registra
pathway-barrier-country = Zemlja unosa
pathway-no-barriers = Nijedna nije zabeležena
pathway-steps = Koraci
pathway-steps-hint = Redom: ko šta radi i koliko dana najviše sme da traje. Prazan red se preskače.
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
pathway-choose = Izaberite…
pathway-not-agreed = Ovaj put nije usvojen: proverite sa sekretarijatom pre nego što ga koristite.
pathway-last-used = Poslednji put korišćen
pathway-never-used = Još nije korišćen
pathway-used-today = Korišćen danas
pathway-error-same-country = Izaberite zemlju različitu od one koja upućuje.
pathway-error-service-kind = Ova usluga je druge vrste.
pathway-error-service-country = Ova usluga ne radi u zemlji koja prima.
pathway-error-contact = Izaberite kontakt tačku usluge koja prima.
pathway-error-consent = Usvojenom putu je potrebno pravilo o pristanku.
pathway-error-days = Upišite ceo broj dana od 0 do 365.
find-title = Pronađite pomoć preko granica
find-intro = Opišite situaciju, ne osobu: prikazuju se usluge koje odgovaraju, sa slobodnim mestima, kontakt tačkom i putem upućivanja iz vaše zemlje.
find-nothing-kept = Ništa o ovoj pretrazi se ne čuva: nema zapisa ni istorije, a adresa pretrage se ne beleži u dnevnik.
find-country = Pomoć je potrebna u
find-age = Uzrast
find-gender = Pol ili rod
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
find-interpretation = Osoblje ne govori ovaj jezik: prevođenje se može obezbediti.
find-capacity = Slobodna mesta
find-as-of = na dan
find-capacity-unconfirmed = nije potvrđeno od { $date }
find-no-capacity = Nema podataka
find-verified = Podaci poslednji put provereni
find-never-verified = nikada
find-funding-ends = Finansiranje ističe pre nego što je pomoć potrebna:
find-pathway = Put upućivanja
find-no-pathway = Još nema puta iz vaše zemlje
search-kind-service = Usluge
## Figures for the roundtable (monthly counts per service kind, quarterly reports)
nav-figures = Brojke
figures-title = Brojke
figures-intro = Koliko su ljudi organizacije mreže uputile, primile i podržale, po zemlji i usluzi, na osnovu svojih mesečnih brojki. Samo brojevi: nijedna brojka ne opisuje osobu.
figures-suppression-note = Brojke od 1 do { $threshold } minus jedan prikazuju se kao „<{ $threshold }“, a gde bi zbir otkrio neku od njih, skriva se i još jedna brojka.
figures-below = <{ $threshold }
figures-quarter = { $quarter }. kvartal { $year }.
figures-quarter-label = Kvartal
figures-kind = Usluga
figures-country = Zemlja
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
figures-table-by-country = Po zemlji
figures-table-by-kind = Novopodržane osobe, po usluzi
figures-table-flows = Prekogranična upućivanja
figures-table-unmet = Nezadovoljene potrebe: upućivanja odbijena zbog nedostatka kapaciteta
figures-table-own = Brojke moje organizacije (tačne, samo za vas)
figures-table-gaps = Praznine u pokrivenosti
figures-own-hint = Samo članovi vaše organizacije vide ove tačne brojeve; svi ostali vide zbirove po zemlji.
figures-own-none = Vaša organizacija nije prijavila brojke za ovaj kvartal.
figures-gaps-hint = Gde nijedna organizacija nije prijavila uslugu u nekoj zemlji, ili niko nije dobio podršku.
figures-gap-no-report = bez prijave
figures-gap-none-assisted = niko nije podržan
figures-gap-covered = pokriveno
figures-chart-title = Novopodržane osobe, po zemlji
figures-chart-caption = Iste brojke nalaze se u prvoj tabeli ispod.
figures-measure-received = Primljena upućivanja
figures-measure-sent = Poslata upućivanja
figures-measure-new = Novopodržani
figures-measure-ongoing = Podrška u toku
figures-measure-declined = Odbijena upućivanja
figures-measure-bed_nights = Noćenja
figures-csv-quarter = Kvartal
figures-csv-table = Tabela
figures-csv-row = Red
figures-csv-column = Kolona
figures-csv-value = Vrednost
figures-mine-title = Brojke moje organizacije
figures-mine-intro = Jedan obrazac mesečno za svaku uslugu: samo brojevi. Mesec ostaje otvoren do 10. u sledećem mesecu; kasnije izmene beleže se kao ispravke.
figures-back-to-report = Nazad na brojke mreže
figures-reported = prijavljeno
figures-not-reported = još nije prijavljeno
figures-month-open = Otvoreno do { $date }
figures-month-closed = Zatvoreno.
figures-form-title = { $kind }: { $month }
figures-correction-note = Ako sada sačuvate, beleži se ispravka, sa vašim imenom i vremenom.
figures-counts-only = Samo celi brojevi, od 0 naviše; prazno polje znači 0. Nikada ne unosite imena niti druge podatke o osobi.
figures-breakdown = Raščlanjavanje podržanih osoba
figures-breakdown-show = Prikažite ova polja
figures-breakdown-none = Bez raščlanjavanja
figures-breakdown-sex = Po polu
figures-breakdown-age = Deca i odrasli
figures-breakdown-origin = Domaći, iz regiona ili iz trećih zemalja
figures-breakdown-hint-none = Jedan broj za sve.
figures-breakdown-hint-sex = Jedan broj za svaku grupu; zajedno čine ukupan broj.
figures-breakdown-hint-age = Deca su osobe mlađe od 18 godina.
figures-breakdown-hint-origin = Iz regiona: iz druge zemlje mreže.
figures-category-all = Svi
figures-category-female = Žene i devojčice
figures-category-male = Muškarci i dečaci
figures-category-other = Drugi rod
figures-category-child = Deca
figures-category-adult = Odrasli
figures-category-national = Domaći državljani
figures-category-regional = Iz regiona
figures-category-third_country = Iz trećih zemalja
figures-group-referrals = Primljena upućivanja
figures-group-sent = Poslata upućivanja, po zemlji odredišta
figures-group-sent-hint = Upućivanja organizaciji u svakoj zemlji, uključujući i vašu.
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
figures-error-number = Unesite ceo broj, na primer 0 ili 12.
figures-error-negative = Broj ne može biti manji od 0.
figures-error-too-large = Unesite najviše { $max }.
figures-saved = Brojke su sačuvane.
figures-revisions = Čuvanja
figures-revision-saved = Verziju { $version } sačuvao/la { $name }, { $when }.
figures-revision-correction = Verzija { $version }: ispravku uneo/la { $name }, { $when }, posle zatvaranja meseca.
## Services kept fresh: the monthly "still correct?" mail, the secretariat's list of services to check, capacity and funding notices
category-services = Usluge
freshness-review-title = Usluge za proveru
freshness-review-lists = Spiskovi usluga za proveru
freshness-unconfirmed-heading = Nisu potvrđene { $days } dana
freshness-funding-heading = Finansiranje ističe u narednih { $months } meseci
freshness-last-confirmed = Poslednja potvrda: { $date }
freshness-never-confirmed = Nikada nije potvrđeno
freshness-funded-until = Finansirano do { $date }
freshness-see-all = Pogledajte sve ({ $count })
freshness-unconfirmed-none = Sve usluge su nedavno potvrđene.
freshness-funding-none = Ni jednoj usluzi finansiranje ne ističe u narednim mesecima.
freshness-col-service = Usluga
freshness-col-organization = Organizacija
freshness-col-funded-until = Finansirano do
freshness-col-confirmed = Poslednja potvrda
freshness-confirm-title = Da li su podaci i dalje tačni?
freshness-confirm-question = Da li su podaci o usluzi { $service } ({ $organization }) u imeniku usluga mreže i dalje tačni?
freshness-confirm-submit = Da, i dalje su tačni
freshness-confirm-done = Hvala: usluga { $service } je potvrđena { $date }.
freshness-confirm-thanks = Ako se nešto promeni, prijavite se i ažurirajte podatke o usluzi.
freshness-link-invalid-title = Ovaj link ne radi
freshness-link-invalid-text = Link je nepotpun ili je istekao (linkovi važe 45 dana), ili usluga više ne postoji. Prijavite se da potvrdite ili ažurirate usluge svoje organizacije, ili sačekajte poruku sledećeg meseca.
freshness-link-invalid-sign-in = Prijavite se
email-service-confirm-subject = Da li su usluge organizacije { $organization } i dalje tačne?
email-service-confirm-intro = Jednom mesečno molimo kontakt osobe organizacije { $organization } da provere njene usluge u imeniku usluga mreže. Broj usluga na spisku: { $count }.
email-service-confirm-how = Ako su podaci o usluzi i dalje tačni, dovoljan je jedan klik. Ako se nešto promenilo, molimo vas da ih ažurirate.
email-service-confirm-still-correct = I dalje tačno
email-service-confirm-update = Ažurirajte
email-service-confirm-expiry = Linkovi važe { $days } dana.
email-service-full-subject = Popunjeno: { $service } ({ $organization })
email-service-full-text = { $service } ({ $organization }) javlja da je kapacitet popunjen: { $unit ->
    [beds] kreveti
    [places] mesta
    [persons_month] osobe mesečno
    [transports_month] prevozi mesečno
    [case_slots] mesta za slučajeve
   *[other] { $unit }
}.
email-service-full-group = Za: { $group ->
    [children] decu
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
    [one] za otprilike mesec dana
   *[other] za otprilike { $months } meseci
}.
email-service-funding-source = Finansira: { $source }
freshness-follow-title = Pratite usluge
freshness-follow-intro = Dobijajte imejl kada usluga koja radi u nekoj zemlji, ili neka vrsta usluge, prijavi promenu kapaciteta: ima mesta, malo mesta, popunjeno ili lista čekanja.
freshness-follow-countries = Po zemlji u kojoj rade
freshness-follow-kinds = Po vrsti usluge
freshness-following = Praćenje uključeno
freshness-follow = Pratite
freshness-unfollow = Prestanite da pratite
freshness-followed = Sada to pratite.
freshness-unfollowed = To više ne pratite.
freshness-follow-bad = Ne postoji ništa za praćenje pod tim imenom.
email-service-band-subject = { $service }: { $band ->
    [available] ima slobodnih mesta
    [limited] ostalo je malo mesta
    [full] popunjeno
    [waiting_list] lista čekanja
   *[other] { $band }
}
email-service-band-text = Kapacitet usluge { $service } ({ $organization }) za { $unit ->
    [beds] krevete
    [places] mesta
    [persons_month] osobe mesečno
    [transports_month] prevoze mesečno
    [case_slots] mesta za slučajeve
   *[other] { $unit }
} sada je: { $band ->
    [available] ima slobodnih mesta
    [limited] ostalo je malo mesta
    [full] popunjeno
    [waiting_list] lista čekanja
   *[other] { $band }
}.
email-service-band-why = Ovu poruku dobijate jer pratite usluge po zemlji ili vrsti. Da to promenite: { $url }
figures-percent = { $percent }%
figures-no-rate = nije prikazano
figures-table-occupancy = Popunjenost: noćenja u odnosu na krevete
figures-occupancy-chart = Popunjenost, po zemlji
figures-occupancy-chart-caption = Iste stope su u tabeli ispod; zemlja bez stope nema stubac.
figures-beds = Kreveti
figures-occupancy-rate = Popunjenost
figures-occupancy-note = Popunjenost je broj prijavljenih noćenja podeljen sa kreveti × { $days } dana kvartala. Kreveti su zbir maksimuma brojki o krevetima, potvrđenih i neisteklih danas, aktivnih usluga svake zemlje. Stopa se ne prikazuje kada su noćenja skrivena ili kada nema kreveta.
figures-table-at-risk = Kapacitet u riziku: finansiranje se završava u narednih šest meseci
figures-at-risk-corner = Zemlja: usluga
figures-services = Usluge
figures-capacity = Kapacitet
figures-funded-until = Finansirano do (najranije)
figures-no-capacity-figure = nema potvrđene brojke o kapacitetu
figures-at-risk-hint = Usluge koje nisu zatvorene i čije se finansiranje završava u narednih šest meseci, najranije prvo, sa potvrđenim kapacitetom. Kapaciteti su mesta, a ne ljudi, pa se ne skrivaju.
figures-at-risk-none = Ni jednoj usluzi se finansiranje ne završava u narednih šest meseci.
figures-breakdowns = Pomognute osobe, po raščlanjivanju
figures-breakdowns-hint = Svaka organizacija mesečno prijavljuje jedno raščlanjivanje; svaka tabela broji samo organizacije koje su ga izabrale, pa se ove tabele ne slažu sa ukupnim brojkama iznad.
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
post-report-figures-chart-caption = Iste brojke su u tabeli ispod, uz ostale mere.
post-report-figures-choose = Brojke u ovom izveštaju
post-report-figures-default = { $quarter } (kvartal pre sastanka)
post-report-figures-off = Bez brojki
post-report-figures-show = Prikaži
dashboard-figures-month = Brojke vaše organizacije za { $month }
dashboard-figures-no-kinds = Vaša organizacija još nema upisanih usluga: brojke dostavite preko stranice s brojkama.
dashboard-figures-missing = Još nije dostavljeno:
dashboard-figures-all-reported = Svi obrasci za ovaj mesec su dostavljeni. Hvala.
dashboard-figures-reported = Dostavljeno:
dashboard-figures-all-months = Svi meseci
dashboard-figures-see-network = Brojke mreže
dashboard-services-unconfirmed = Vaše usluge nepotvrđene { $days } dana
dashboard-services-unconfirmed-hint = Otvorite uslugu i potvrdite podatke ako su i dalje tačni, ili ih ažurirajte.
dashboard-services-unconfirmed-none = Sve vaše usluge su potvrđene u poslednjih { $days } dana.
dashboard-figures-network = Mreža: { $quarter }
dashboard-figures-organizations = Organizacije članice koje su dostavile brojke za { $month }: { $reported } od { $total }.
dashboard-figures-chart-caption = Iste brojke su u tabeli ispod.
dashboard-figures-all = Sve brojke za kvartal

## HSDS import
hsds-import-title = Uvoz usluga (HSDS)
hsds-import-link = Uvoz usluga (HSDS)
hsds-import-intro = Otpremite usluge drugog imenika po specifikaciji podataka o socijalnim uslugama (Open Referral HSDS 3.0, kapacitet iz 3.1): paket podataka (ZIP datoteka sa datapackage.json i CSV datotekama, kao naš izvoz) ili HSDS JSON.
hsds-import-rules = Prvo se proverava ceo paket: ako nešto nije u redu, ništa se ne čuva, a svaki problem se navodi sa datotekom, redom i poljem. Organizacije već moraju biti u imeniku. Usluga, kontakt tačka ili podatak o kapacitetu koji smo mi izvezli se ažurira; ostali se dodaju. Ništa se ne briše, a poverljiva adresa se nikada ne prepisuje.
hsds-import-package = HSDS paket (ZIP ili JSON)
hsds-import-submit = Proveri i uvezi
hsds-import-done = Paket je uvezen.
hsds-import-unchanged = Ništa se nije promenilo: imenik je već sadržao sve iz paketa.
hsds-import-organizations = Organizacije pronađene u imeniku
hsds-import-done-caption = Šta je uvoz sačuvao
hsds-import-what = Zapisi
hsds-import-created = Dodato
hsds-import-updated = Ažurirano
hsds-import-row-services = Usluge
hsds-import-row-contacts = Kontakt tačke
hsds-import-row-capacity = Podaci o kapacitetu
hsds-import-see-services = Pogledajte usluge
hsds-import-has-errors = Paket nije uvezen i ništa nije sačuvano. Ispravite ove probleme i ponovo ga otpremite.
hsds-import-problems-caption = Problemi u paketu
hsds-import-file = Datoteka
hsds-import-line = Red
hsds-import-field = Polje
hsds-import-problem = Problem
hsds-import-whole-package = Cela otpremljena datoteka
hsds-import-phone-role = Telefon
hsds-import-error-empty = Datoteka je prazna.
hsds-import-error-too-large = Datoteka je veća od { $limit }.
hsds-import-error-not-package = Ovo nije ni ZIP paket podataka ni HSDS JSON.
hsds-import-error-zip = ZIP datoteka ne može da se pročita.
hsds-import-error-too-many-files = ZIP datoteka sadrži više od { $limit } datoteka.
hsds-import-error-entry-too-large = Ova datoteka je raspakovana veća od { $limit }.
hsds-import-error-unpacked-too-large = Paket je raspakovan ukupno veći od { $limit }.
hsds-import-error-file-missing = U paketu nema { $file }.
hsds-import-error-descriptor = datapackage.json nije ispravan JSON.
hsds-import-error-utf8 = Ova datoteka nije UTF-8 tekst.
hsds-import-error-csv = Ovaj red ne može da se pročita kao CSV (suvišni navodnik ili pogrešan broj ćelija).
hsds-import-error-column = Nedostaje kolona { $column }.
hsds-import-error-too-many-rows = Ova datoteka ima više od { $limit } redova.
hsds-import-error-json = Ovo nije ispravan JSON.
hsds-import-error-json-shape = Svaka usluga u HSDS JSON-u mora biti objekat.
hsds-import-error-required = Ovo polje je obavezno.
hsds-import-error-duplicate = Ovaj id je već upotrebljen u redu { $line }.
hsds-import-error-reference = Nijedan red datoteke { $file } nema id { $id }.
hsds-import-error-organization = Organizacija „{ $name }“ nije u imeniku. Prvo je dodajte ili upotrebite id koji joj daje naš izvoz.
hsds-import-error-other-organization = Ova usluga pripada drugoj organizaciji u imeniku.
hsds-import-error-kind = „{ $code }“ nije vrsta usluge koju beležimo.
hsds-import-error-kind-missing = Nedostaje vrsta usluge: povežite uslugu sa jednom od naših vrsta usluga u attributes.csv.
hsds-import-error-country = „{ $name }“ nije zemlja mreže.
hsds-import-error-language = „{ $code }“ nije jedan od jezika koje beležimo.
hsds-import-error-unit = „{ $unit }“ nije jedinica koju beležimo (kreveti, mesta, osobe mesečno, prevozi mesečno, slučajevi).
hsds-import-error-status = „{ $status }“ nije HSDS status (active, inactive, defunct, temporarily closed).
hsds-import-error-date = Ovo nije datum: napišite ga kao 2026-12-31 ili 2026-12-31T09:00:00Z.
hsds-import-error-number = Ovo nije ceo broj.
hsds-import-error-changed = Jedna usluga se promenila dok se paket uvozio, pa ništa nije sačuvano. Ponovo uvezite paket.
hsds-import-error-unreadable = Otpremanje je prekinuto. Pokušajte ponovo.
