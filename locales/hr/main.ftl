# Croatian (hrvatski), ijekavian, Latin script catalogue of Roundtable.
# Status: draft translation, not yet reviewed by a native speaker.

## Roundtable message catalogue: Croatian (hrvatski).
## Keep sentences short and plain; many readers use English as a second language.

app-name = Roundtable
skip-to-content = Prijeđite na glavni sadržaj
nav-label = Glavni izbornik
nav-dashboard = Pregled
nav-directory = Imenik
nav-admin = Administracija
nav-settings = Postavke
nav-sign-in = Prijava
nav-sign-out = Odjava
signed-in-as = Prijavljeni ste kao { $name }
footer-text = Roundtable je zajednički radni prostor regionalne mreže. U njemu se nikada ne pohranjuju osobni podaci o žrtvama trgovanja ljudima.
paging-label = Stranice
paging-summary = Stranica { $page } od { $pages }
paging-previous = Prethodna stranica
paging-next = Sljedeća stranica
paging-total = { $total ->
    [one] { $total } rezultat
    [few] { $total } rezultata
   *[other] { $total } rezultata
}
form-errors-title = Ispravite polja označena u nastavku.
form-required = obavezno
save = Spremite
cancel = Odustanite
apply-filters = Primijenite filtre
clear-filters = Poništite filtre
any = Sve
yes = Da
no = Ne
none-yet = Ovdje još nema ničega.

role-secretariat = Tajništvo
role-member = Organizacija članica
role-observer = Promatrač

landing-title = Dobro došli u Roundtable
landing-intro = Roundtable je mjesto na kojem regionalna mreža organizacija koje pomažu žrtvama trgovanja ljudima planira svoje sastanke, prati provedbu dogovorenoga i uspoređuje nacionalne zakone.
landing-countries = Mreža djeluje na ovim područjima: Albanija, Bosna i Hercegovina, Kosovo*, Crna Gora, Sjeverna Makedonija i Srbija.
landing-sign-in = Prijavite se za nastavak

dashboard-title = Pregled
dashboard-welcome = Dobro došli, { $name }.
dashboard-directory = Organizacije u mreži po državama

login-title = Prijava
login-email = Adresa e-pošte
login-password = Lozinka
login-submit = Prijavite se
login-invalid = Adresa e-pošte ili lozinka nije točna. Pokušajte ponovno.
login-throttled = Previše neuspjelih pokušaja prijave. Pričekajte 15 minuta i pokušajte ponovno.
logout-done = Odjavljeni ste.

set-password-title = Odaberite lozinku
set-password-intro = Odaberite lozinku od najmanje 10 znakova. Kratku rečenicu lako je zapamtiti, a teško pogoditi.
set-password-new = Nova lozinka
set-password-confirm = Ponovno upišite lozinku
set-password-submit = Spremite lozinku
set-password-invalid = Ova je poveznica istekla ili je već iskorištena. Zatražite novu od tajništva.
set-password-done = Vaša je lozinka spremljena. Sada se možete prijaviti.
password-mismatch = Dvije upisane lozinke nisu iste.

directory-title = Imenik
directory-intro = Organizacije članice i partneri mreže te usluge koje pružaju.
directory-search = Naziv ili kratica
directory-country = Država
directory-kind = Vrsta organizacije
directory-service = Usluga
directory-status = Članstvo
directory-include-archived = Uključujući arhivirane organizacije
directory-export = Preuzmite kao CSV
directory-service-map = Karta usluga
directory-new = Dodajte organizaciju
directory-empty = Nijedna organizacija ne odgovara ovim filtrima.
directory-col-name = Organizacija
directory-col-country = Država
directory-col-kind = Vrsta
directory-col-services = Usluge
archived = Arhivirano

service-map-title = Karta usluga
service-map-intro = Koje usluge organizacije iz mreže pružaju u pojedinoj državi.
service-map-service = Usluga
service-map-none = nema

org-new-title = Dodajte organizaciju
org-edit-title = Uredite organizaciju
org-created = Organizacija je dodana.
org-saved = Vaše su promjene spremljene.
org-archived = Organizacija je arhivirana.
org-restored = Organizacija je vraćena.
org-name = Naziv
org-acronym = Kratica
org-country = Država
org-country-choose = Odaberite državu
org-kind = Vrsta organizacije
org-membership = Status članstva
org-joined = Datum pristupanja mreži
org-joined-hint = Oblik: GGGG-MM-DD, na primjer 2019-03-15.
org-website = Mrežna stranica
org-email = Adresa e-pošte
org-phone = Telefon
org-address = Adresa
org-description = Opis
org-services = Usluge koje pruža
org-services-hint = Označite svaku uslugu i, ako je korisno, upišite njezin kapacitet (na primjer „12 mjesta u skloništu, žene i djeca“).
org-capacity = Napomena o kapacitetu: { $service }
org-people = Osobe
org-add-person = Dodajte osobu
org-edit = Uredite
org-archive = Arhivirajte ovu organizaciju
org-restore = Vratite ovu organizaciju
org-details = Pojedinosti

org-kind-cso = Organizacija civilnoga društva
org-kind-government = Državna institucija
org-kind-international = Međunarodna organizacija
org-kind-donor = Donator
org-kind-other = Ostalo

membership-member = Članica
membership-observer = Promatrač
membership-former = Bivša članica

service-shelter = Sklonište
service-medical_screening = Liječnički pregled
service-psychosocial_support = Psihosocijalna podrška
service-legal_aid = Pravna pomoć
service-social_services = Socijalne usluge
service-return_transport = Prijevoz pri povratku
service-reintegration_assistance = Pomoć pri reintegraciji
service-vocational_training = Strukovno osposobljavanje
service-hotline = SOS telefon
service-identification_outreach = Identifikacija i terenski rad
service-other = Ostalo
service-interpretation = Usmeno prevođenje
service-child_protection = Zaštita djece

network-role-focal_point = Kontaktna osoba
network-role-deputy_focal_point = Zamjenik kontaktne osobe
network-role-contact = Kontakt
network-role-director = Direktor
network-role-other = Ostalo

person-new-title = Dodajte osobu
person-edit-title = Uredite osobu
person-created = Osoba je dodana.
person-saved = Vaše su promjene spremljene.
person-archived = Osoba je arhivirana.
person-restored = Osoba je vraćena.
person-name = Ime i prezime
person-title = Radno mjesto
person-organization = Organizacija
person-email = Adresa e-pošte
person-phone = Telefon
person-languages = Jezici
person-languages-hint = Na primjer: albanski, engleski
person-network-role = Uloga u mreži
person-archive = Arhivirajte ovu osobu
person-restore = Vratite ovu osobu

settings-password = Promjena lozinke
settings-password-submit = Promijenite lozinku
settings-password-changed = Vaša je lozinka promijenjena. Odjavljeni ste iz drugih preglednika u kojima ste bili prijavljeni.
settings-title = Postavke
settings-profile = Vaš profil
settings-name = Vaše ime
settings-language = Jezik
settings-time-zone = Vremenska zona
settings-saved = Vaše su postavke spremljene.
settings-tokens = API tokeni
settings-tokens-intro = Skripte i drugi programi mogu koristiti JSON API s osobnim tokenom. Čuvajte token kao lozinku.
settings-token-name = Naziv tokena
settings-token-name-hint = Čemu token služi, na primjer „Skripta za mjesečno izvješće“.
settings-token-create = Izradite token
settings-token-new = Vaš novi token. Kopirajte ga odmah jer se više neće prikazati.
settings-token-revoke = Opozovite
settings-token-created = Izrađen
settings-token-last-used = Zadnja upotreba
settings-token-never = nikad
settings-tokens-none = Nemate API tokena.
token-revoked = Token je opozvan. Programi koji ga koriste više se ne mogu povezati.

admin-person-title = Osoba iz imenika za ovaj račun
admin-person-intro = Račun pripada ovoj osobi iz imenika: njezini pozivi, odgovori i zadaci pripadaju računu.
admin-person = Osoba iz imenika
admin-person-none = Nema osobe iz imenika
admin-person-taken = pripada drugom računu
admin-person-change = Promijenite
admin-person-choose = Odaberite osobu s popisa.
admin-title = Administracija
admin-users = Korisnički računi
admin-new-user = Pozovite korisnika
admin-countries = Države
admin-col-name = Ime
admin-col-email = E-pošta
admin-col-role = Uloga
admin-col-organization = Organizacija
admin-col-status = Status
admin-col-last-login = Zadnja prijava
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
user-created-title = Račun je izrađen
user-created-text = Račun za { $name } ({ $email }) je izrađen, a poziv za odabir lozinke poslan je e-poštom. Poveznica u pozivu vrijedi 7 dana.
user-saved = Račun je ažuriran.
user-cannot-deactivate-self = Ne možete deaktivirati vlastiti račun.
countries-title = Države
countries-intro = Šest država mreže već je ugrađeno u sustav. Ovdje dodajte partnerske države izvan regije.
country-code = ISO kod
country-code-hint = Dva slova, na primjer IT.
country-name = Naziv
country-region = U regiji
country-add = Dodajte državu
country-added = Država je dodana.

error-back-home = Idite na početnu stranicu

## Email
email-footer = Ovu poruku primate jer imate račun u sustavu Roundtable, radnom prostoru regionalne mreže.
email-unsubscribe = Odjavite se s ovih poruka e-pošte
email-preferences = Promijenite postavke e-pošte
email-hello = Dobar dan, { $name },
email-link-fallback = Ako gumb ne radi, kopirajte ovu adresu u preglednik:
email-invitation-subject = Pozvani ste u Roundtable
email-invitation-intro = { $inviter } Vas poziva u Roundtable, zajednički radni prostor regionalne mreže. Za Vas je već otvoren račun.
email-invitation-action = Odaberite lozinku
email-invitation-expiry = Ova se poveznica može upotrijebiti jednom i vrijedi 7 dana.
email-reset-subject = Ponovno postavljanje lozinke za Roundtable
email-reset-intro = Netko je zatražio ponovno postavljanje lozinke za Vaš račun u sustavu Roundtable. Novu lozinku odaberite putem ove poveznice:
email-reset-action = Odaberite novu lozinku
email-reset-expiry = Poveznica se može upotrijebiti jednom i vrijedi 1 sat.
email-reset-ignore = Ako to niste zatražili, zanemarite ovu poruku; Vaša lozinka ostaje ista.
email-change-subject = Potvrdite novu adresu e-pošte
email-change-intro = Potvrdite da je { $address } Vaša nova adresa e-pošte za Roundtable.
email-change-action = Potvrdite novu adresu
email-change-expiry = Poveznica se može upotrijebiti jednom i vrijedi 24 sata. Dok ne potvrdite, koristi se Vaša stara adresa.
email-changed-subject = Mijenja se Vaša adresa e-pošte za Roundtable
email-changed-intro = Netko je zatražio da se adresa e-pošte Vašeg računa u sustavu Roundtable promijeni u { $address }. Promjena stupa na snagu tek kad se nova adresa potvrdi.
email-changed-not-you = Ako to niste bili Vi, prijavite se, promijenite lozinku i obavijestite tajništvo.
email-digest-daily-subject = { $count ->
    [one] Roundtable – dnevni sažetak: { $count } novost
    [few] Roundtable – dnevni sažetak: { $count } novosti
   *[other] Roundtable – dnevni sažetak: { $count } novosti
}
email-digest-weekly-subject = { $count ->
    [one] Roundtable – tjedni sažetak: { $count } novost
    [few] Roundtable – tjedni sažetak: { $count } novosti
   *[other] Roundtable – tjedni sažetak: { $count } novosti
}
email-digest-intro = { $count ->
    [one] Od Vašeg posljednjeg sažetka stigla je { $count } novost.
    [few] Od Vašeg posljednjeg sažetka stigle su { $count } novosti.
   *[other] Od Vašeg posljednjeg sažetka stiglo je { $count } novosti.
}
email-test-subject = Probna poruka iz sustava Roundtable
email-test-body = Ovo je probna poruka iz sustava Roundtable. Ako je možete pročitati, slanje e-pošte radi.

## Password reset and address change
login-forgot = Zaboravili ste lozinku?
reset-title = Ponovno postavite lozinku
reset-intro = Upišite adresu e-pošte svojeg računa. Poslat ćemo Vam poveznicu za odabir nove lozinke.
reset-submit = Pošaljite poveznicu
reset-sent = Ako za ovu adresu postoji račun, poslali smo na nju poveznicu za odabir nove lozinke. Poveznica vrijedi 1 sat. Ako poruka ne stigne, provjerite mapu neželjene pošte.
confirm-email-title = Potvrdite novu adresu e-pošte
confirm-email-intro = Želite li od sada koristiti { $address } kao adresu e-pošte za Roundtable?
confirm-email-submit = Da, potvrđujem ovu adresu
confirm-email-done = Vaša je adresa e-pošte promijenjena.
confirm-email-invalid = Ova je poveznica istekla ili je već iskorištena. Novu možete zatražiti u Postavkama.

## Settings: email and notifications
settings-email = Adresa e-pošte
settings-email-current = Vaša adresa e-pošte je { $address }.
settings-new-email = Nova adresa e-pošte
settings-current-password = Vaša trenutačna lozinka
settings-email-submit = Promijenite adresu e-pošte
email-change-sent = Na novu adresu poslali smo poveznicu za potvrdu. Promjena stupa na snagu kad je otvorite.
notifications-title = Obavijesti e-poštom
notifications-intro = Odaberite kako želite primati obavijesti o pojedinoj vrsti novosti. Sažeci stižu ujutro po Vašoj vremenskoj zoni (tjedni ponedjeljkom).
notifications-saved = Vaše su postavke e-pošte spremljene.
notifications-account-note = Poruke o Vašem računu (pozivi, ponovno postavljanje lozinke, promjene adrese) šalju se uvijek.
delivery-immediately = Odmah
delivery-daily = Dnevni sažetak
delivery-weekly = Tjedni sažetak
delivery-off = Isključeno
category-events = Događaji i pozivi
category-agenda = Promjene dnevnog reda
category-action_items = Zadaci
category-legal = Registar pravnih razlika
category-documents = Dokumenti
category-digest = Sažeci
unsubscribe-title = Odjava
unsubscribe-intro = Želite li prestati primati poruke e-pošte o temi: { $category }?
unsubscribe-submit = Odjavite se
unsubscribe-done = Više nećete primati ove poruke. To u svakom trenutku možete promijeniti u postavkama e-pošte.

## Admin: mail
admin-mail = Red čekanja e-pošte
mail-title = Red čekanja e-pošte
mail-pending = Čeka slanje
mail-sent-today = Poslano danas
mail-failed = Nije uspjelo, slanje će se ponoviti
mail-dead = Nije moguće isporučiti
mail-dead-title = Poruke koje nije bilo moguće isporučiti
mail-dead-none = Nema neisporučenih poruka.
mail-col-to = Prima
mail-col-subject = Predmet
mail-col-error = Pogreška
mail-col-attempts = Pokušaji
mail-retry = Pokušajte ponovno
mail-discard = Odbacite
mail-retried = Poruka je ponovno u redu čekanja.
mail-discarded = Poruka je odbačena.

## Events
nav-events = Događaji
events-title = Događaji
events-upcoming = Nadolazeći događaji
events-past = Prošli događaji
events-year = Godina
events-none = Nijedan događaj ne odgovara ovim filtrima.
events-subscribe = Pretplatite se u svojem kalendaru
events-feed-hint = Adresa kalendara s javnim događajima mreže:
event-new-title = Izradite događaj
event-edit-title = Uredite događaj
event-created = Događaj je izrađen.
event-saved = Vaše su promjene spremljene.
event-cancelled = Događaj je otkazan.
event-duplicated = Kopija je izrađena kao nacrt. Provjerite pojedinosti i spremite.
event-duplicate-title = Izradite kopiju
event-duplicate-intro = Izradite kopiju događaja „{ $title }“ s dnevnim redom za sljedeći sastanak u nizu.
event-duplicate-date = Prvi dan novog događaja
event-duplicate-submit = Izradite kopiju
event-cancel = Otkažite ovaj događaj
event-title = Naslov
event-kind = Vrsta događaja
event-description = Opis
event-description-hint = Možete koristiti Markdown: **podebljano**, popise, poveznice.
event-start = Početak
event-end = Završetak
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
event-online-link = Poveznica za online sudjelovanje
event-project = Projekt ili izvor financiranja
event-languages = Jezici
event-capacity = Broj mjesta
event-visibility = Tko ga može vidjeti
event-status = Status
event-organizers = Organizatori
event-add-to-calendar = Dodajte u kalendar (.ics)
event-add-to-google = Dodajte u Google kalendar
event-agenda-ics = Sesije iz dnevnog reda (.ics)
event-kind-roundtable = Okrugli stol
event-kind-network_meeting = Sastanak mreže
event-kind-working_group = Radna skupina
event-kind-training = Obuka
event-kind-webinar = Webinar
event-kind-other = Ostalo
event-visibility-public = Javno
event-visibility-network = Članovi mreže
event-visibility-invited = Samo pozvani
event-status-draft = Nacrt
event-status-published = Objavljeno
event-status-cancelled = Otkazano
event-status-completed = Završeno
agenda-title = Dnevni red
agenda-draft = nacrt
agenda-none = Dnevni red još nije objavljen.
agenda-publish = Objavite dnevni red
agenda-published = Dnevni red je objavljen.
item-new-title = Dodajte točku dnevnog reda
item-edit-title = Uredite točku dnevnog reda
item-saved = Točka dnevnog reda je spremljena.
item-saved-with-warning = Točka dnevnog reda je spremljena, ali provjerite sljedeće:
item-deleted = Točka dnevnog reda je uklonjena.
item-delete = Uklonite
item-overlap = Preklapa se s točkom „{ $title }“ ({ $start }–{ $end }) u istoj dvorani.
item-day = Dan
item-start = Vrijeme početka
item-end = Vrijeme završetka
item-time = Vrijeme
# A time the clocks show twice (the autumn change): agenda items keep the first.
item-time-repeated = { $time } (prvi put, { $summer ->
        [yes] ljetno računanje vremena
       *[no] standardno vrijeme
    })
item-title = Naslov
item-kind = Vrsta
item-track = Dvorana ili tematska cjelina
item-track-hint = Točke u istoj dvorani ne smiju se preklapati.
item-moderator = Moderator
item-speakers = Govornici
item-speakers-hint = Jedan govornik po retku: ime, zatim organizacija. Na primjer: Arta Demo, Shpresa e Re Shelter
item-kind-plenary = Plenarna sjednica
item-kind-session = Sesija
item-kind-panel = Panel
item-kind-working_group = Radna skupina
item-kind-break = Stanka
item-kind-meal = Obrok
feed-title = Adresa Vašeg kalendara
feed-intro = Dodajte ovu adresu u kalendarsku aplikaciju (Outlook, Google kalendar, Apple kalendar) kao pretplatu. U njoj su događaji koje možete vidjeti, uključujući one na koje ste pozvani.
feed-subscribe = Pretplatite se
feed-secret = Ne dijelite ovu adresu: tko god je ima, može vidjeti Vaše događaje. Kad izradite novu adresu, stara prestaje raditi.
feed-settings-intro = Privatna adresa za Vašu kalendarsku aplikaciju s događajima koje možete vidjeti.
feed-create = Izradite novu adresu kalendara

## Event mails
email-event-invitation-subject = Poziv: { $title }
email-event-updated-subject = Ažurirano: { $title }
email-event-cancelled-subject = Otkazano: { $title }
email-event-invitation-intro = Pozvani ste na događaj „{ $title }“. Poziv je priložen za Vaš kalendar. Javite nam možete li doći.
email-event-updated-intro = Pojedinosti događaja „{ $title }“ su se promijenile. Priloženo ažuriranje zamjenjuje prethodno u Vašem kalendaru.
email-event-cancelled-intro = Događaj „{ $title }“ je otkazan. Privitak ga uklanja iz Vašeg kalendara.
email-event-details = Pojedinosti događaja
email-event-rsvp = Odgovorite na poziv
# In the description of an invitation's calendar entry: the personal, signed answer link.
ics-answer-here = Odgovorite ovdje: { $url }

## Participants and RSVP
participants-title = Sudionici
participants-summary = Pozvano ili sudjeluje: { $total }; dolazi: { $accepted }; na listi čekanja: { $waitlisted }.
participants-by-country = Po državi i organizaciji
participants-count = Broj osoba
participants-names = Imena
participants-no-names = Imena se prikazuju samo za osobe koje su na to pristale.
participants-attended = Prisutnost
participants-save-attendance = Spremite prisutnost
participants-attendance-saved = Prisutnost je spremljena.
participants-invite = Pozovite
participants-invite-orgs = Organizacije (pozivaju se njihove kontaktne osobe)
participants-invite-people = Osobe
participants-invite-submit = Pošaljite pozive
invite-open-picker = Odaberite koga ćete pozvati
invite-hint = Označite organizacije (pozivaju se njihove kontaktne osobe i zamjenici) i osobe, a zatim pošaljite. Šalje se samo ono što je označeno na ovoj stranici; filtri i stranice služe za pronalaženje ostalih.
invite-language = Jezik poziva
invite-language-hint = Za osobe bez korisničkog računa; osobe s računom primaju poruke na jeziku iz svojih postavki.
invite-filter-organization = Organizacija
invite-filter-name = Ime
invite-already = poziv je već poslan
invite-no-email = nema adrese e-pošte
invite-no-match = Nitko ne odgovara ovim filtrima.
invite-more-organizations = Odgovarajućih organizacija: { $count }; prikazano je prvih 100. Suzite filtre da biste pronašli ostale.
invite-publish-first = Objavite događaj prije slanja poziva.
filters = Filtri
participants-invited = Novih poziva: { $added }; već na popisu: { $already }.
participant-status-invited = Pozvan, još bez odgovora
participant-status-accepted = Dolazi
participant-status-tentative = Možda
participant-status-declined = Ne dolazi
participant-status-waitlisted = Na listi čekanja
rsvp-title = Vaš odgovor
rsvp-question = { $name }, hoćete li sudjelovati?
rsvp-accepted = Da, doći ću
rsvp-tentative = Možda
rsvp-declined = Ne, ne mogu doći
rsvp-dietary = Prehrambene potrebe (neobavezno)
rsvp-accessibility = Potrebe vezane uz pristupačnost (neobavezno)
rsvp-share-name = Drugi sudionici smiju vidjeti moje ime
rsvp-submit = Pošaljite odgovor
rsvp-change = Promijenite odgovor
rsvp-invited = Pozvani ste
rsvp-saved = Vaš je odgovor spremljen.
rsvp-closed = Odgovori se više ne mogu mijenjati: događaj je počeo ili je otkazan.
rsvp-thanks = Hvala, { $name }.
rsvp-your-answer = Vaš odgovor
rsvp-waitlisted = Događaj je popunjen pa ste na listi čekanja. Javit ćemo Vam se ako se oslobodi mjesto.

## Agenda changes
agenda-change-added = Novo: { $kind } „{ $title }“, { $day }, { $start }–{ $end }.
agenda-change-removed = Uklonjeno: „{ $title }“ ({ $day }, { $start }).
agenda-change-renamed = „{ $old }“ sada se zove „{ $new }“.
agenda-change-moved = Premješteno: { $kind } „{ $title }“, s { $from } na { $to }.
agenda-change-end = „{ $title }“ sada završava u { $end }.
agenda-change-room = Točka „{ $title }“ sada je u dvorani „{ $room }“.
agenda-change-speakers = Promijenjeni su moderator ili govornici točke „{ $title }“.
email-agenda-published-subject = Objavljen dnevni red: { $title }
email-agenda-changed-subject = Promjene dnevnog reda: { $title }
email-agenda-published-intro = Dnevni red događaja „{ $title }“ je objavljen.
email-agenda-changed-intro = Dnevni red događaja „{ $title }“ je promijenjen:
email-agenda-yours = Vaše sesije
agenda-revisions = Povijest dnevnog reda
agenda-revision = Verzija { $number }
agenda-revision-by = ({ $name })
agenda-compare = Usporedite
agenda-compare-title = Usporedba verzija dnevnog reda
agenda-compare-from = Od verzije
agenda-compare-to = Do verzije
agenda-no-changes = Nema razlika.
events-month = Mjesečni kalendar
events-month-prev = Prethodni mjesec
events-month-next = Sljedeći mjesec
events-month-today = Ovaj mjesec
import-title = Uvezite poziv
import-intro = Učitajte kalendarsku datoteku (.ics), na primjer poziv iz Outlooka ili Google kalendara. Iz nje se izrađuje nacrt događaja koji zatim dopunite.
import-file = Kalendarska datoteka (.ics)
import-submit = Uvezite
import-failed = Datoteku nije bilo moguće uvesti. Ništa nije izrađeno.
import-too-large = Datoteka je veća od 1 MB, a kalendarski poziv mnogo je manji. Provjerite jeste li odabrali pravu datoteku.
import-empty = Datoteka je prazna.
import-not-text = Ovo nije kalendarska datoteka (nije tekstna datoteka).
import-done = Iz datoteke je izrađen nacrt događaja. Provjerite pojedinosti i spremite.
import-venue-unknown = Mjesto održavanja bit će naknadno potvrđeno
import-unreadable = Učitanu datoteku nije bilo moguće pročitati. Pokušajte ponovno.
import-preview-title = Provjerite uvoz
import-preview-intro = Ovo će se izraditi iz datoteke { $file }. Ništa se ne sprema dok ne potvrdite.
import-col-title = Naslov
import-col-when = Kada
import-col-zone = Vremenska zona
import-col-venue = Mjesto održavanja
import-col-link = Poveznica za online sudjelovanje
import-all-day = cijeli dan
import-create = { $count ->
    [one] Izradite { $count } nacrt događaja
    [few] Izradite { $count } nacrta događaja
   *[other] Izradite { $count } nacrta događaja
}
import-choose-zone = Vremenska zona događaja
import-show-zone = Prikažite vremena u ovoj zoni
import-another-file = Odaberite drugu datoteku
import-done-many = Izrađeni nacrti događaja: { $count }. Čine niz prikazan u nastavku. Prije objave provjerite pojedinosti svakoga od njih.
import-gone = Ta je datoteka već uvezena ili je njezin pregled istekao nakon jednog dana. Ništa više nije izrađeno.
import-zone-needed = Odaberite vremensku zonu u kojoj su navedena vremena, a zatim potvrdite.
import-zone-unknown = Prema datoteci, vremena su u zoni „{ $tzid }“, koju Roundtable ne poznaje. Odaberite vremensku zonu u kojoj su vremena; pregled ih tada ponovno prikazuje.
import-zone-floating = Datoteka ne navodi u kojoj su vremenskoj zoni njezina vremena. Odaberite je; pregled ih tada ponovno prikazuje.
import-zone-suggested = Pravila vremenske zone iz same datoteke odgovaraju zoni { $zone }, koja je unaprijed odabrana.
import-note-series = „{ $title }“ se ponavlja: izradit će se zasebni nacrti događaja, po jedan za svaki sastanak (ukupno { $count }).
import-note-cut = Sastanak se ponavlja bez kraja ili dulje od godinu dana: izradit će se samo prvi sastanci, do { $until } (ukupno { $count }).
import-line = Redak { $line }: { $message }
import-no-colon = u ovom retku nema znaka ':' između naziva svojstva i njegove vrijednosti.
import-bad-name = '{ $name }' nije naziv svojstva.
import-end-mismatch = END:{ $end } ne odgovara otvorenom BEGIN:{ $begin }.
import-end-unmatched = END:{ $end } nema odgovarajući BEGIN.
import-outside = ovo je svojstvo izvan BEGIN:VCALENDAR.
import-not-calendar = Ovo nije iCalendar datoteka (nema BEGIN:VCALENDAR).
import-not-closed = BEGIN:{ $component } nikad nije zatvoren (datoteka je možda skraćena).
import-no-event = U datoteci nema događaja (VEVENT).
import-no-title = događaj nema naslov (SUMMARY).
import-no-start = događaj nema početak (DTSTART).
import-bad-time = '{ $value }' nije datum i vrijeme.
import-no-such-time = { $value } ne postoji u zoni { $zone }: u taj se sat satovi pomiču unaprijed.
import-bad-duration = '{ $value }' nije trajanje (na primjer PT1H30M ili P1D).
import-ends-before = događaj završava prije nego što počne.
import-rule-unsupported = sastanak se ponavlja po pravilu koje Roundtable ne može slijediti ({ $part }). Umjesto toga izvezite pojedinačni sastanak iz kalendarske aplikacije ili izradite događaje ovdje.
import-rule-invalid = '{ $part }' nije valjano pravilo ponavljanja.
import-too-many = Datoteka sadrži više od { $limit } događaja; uvezite najviše { $limit } odjednom.
event-all-day = Cijeli dan (bez vremena: datumi su prvi i posljednji dan)
item-move-up = Pomaknite ranije
item-move-down = Pomaknite kasnije
item-moved = Redoslijed je promijenjen; svaka je točka zadržala svoje trajanje.
item-not-moved = Ova se točka ne može dalje pomaknuti.
item-moderator-directory = Ili odaberite moderatora iz imenika
item-speakers-directory = Dodajte govornike iz imenika
item-speakers-directory-hint = Odabrane osobe dodaju se na gornji popis; vanjske govornike možete ondje upisati.
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
actions-view-overdue = Kasne
actions-none = Nijedan zadatak ne odgovara ovim filtrima.
actions-due-from = Rok od
actions-due-to = Rok do
actions-sort = Poredak
actions-sort-due = Rok
actions-sort-priority = Prioritet
actions-sort-updated = Zadnja promjena
actions-sort-title = Naslov
action-new-title = Novi zadatak
action-edit-title = Uredite zadatak
action-created = Zadatak je izrađen.
action-saved = Vaše su promjene spremljene.
action-progress-saved = Vaše je ažuriranje spremljeno.
action-title = Naslov
action-owner = Odgovorna organizacija
action-due = Rok
action-overdue = kasni
action-priority = Prioritet
action-status = Status
action-percent = Postotak dovršenosti
action-tags = Oznake
action-tags-hint = Oznake odvojite zarezima, na primjer: sklonište, financiranje
action-countries = Države na koje se odnosi
action-supporters = Organizacije koje pomažu
action-source = Sa sastanka
action-progress = Izvijestite o napretku
action-comment = Komentar
action-new-status = Novi status
action-status-unchanged = Bez promjene
action-progress-submit = Spremite ažuriranje
action-timeline = Povijest
action-status-open = Otvoren
action-status-in_progress = U tijeku
action-status-blocked = Blokiran
action-status-done = Dovršen
action-status-cancelled = Otkazan
action-priority-low = Nizak
action-priority-normal = Uobičajen
action-priority-high = Visok
action-field-created = Izrađeno
action-field-comment = Komentar
action-field-title = Naslov
action-field-description = Opis
action-field-owner_org_id = Odgovorna organizacija
action-field-owner_person_id = Odgovorna osoba
action-field-due_on = Rok
action-field-priority = Prioritet
action-field-status = Status
action-field-percent = Postotak dovršenosti
action-field-countries = Države
action-field-tags = Oznake
action-field-supporters = Organizacije koje pomažu
action-field-event_id = Događaj
action-field-agenda_item_id = Točka dnevnog reda
action-mail-assigned = Novi zadatak za Vašu organizaciju: { $title }
action-mail-status = Promijenjen status: { $title }
action-mail-comment = Novo ažuriranje: { $title }
action-mail-due7 = Rok je za 7 dana: { $title }
action-mail-due1 = Rok je sutra: { $title }
action-mail-overdue = Kasni: { $title }
action-quick-in_progress = Označite kao „U tijeku“
action-quick-done = Označite kao „Dovršen“
action-quick-note = Dodajte bilješku
action-open-item = Otvorite zadatak
action-quick-title = Potvrda
action-quick-confirm-in_progress = Označiti zadatak „{ $title }“ kao „U tijeku“?
action-quick-confirm-done = Označiti zadatak „{ $title }“ kao „Dovršen“?
action-quick-confirm-note = Dodajte bilješku zadatku „{ $title }“:
action-quick-submit = Potvrdite
action-quick-done-message = Hvala. Zadatak je ažuriran.
report-title = Izvješće o praćenju
report-back = Natrag na događaj
report-summary = Dogovoreni zadaci: { $total }; dovršeno: { $done }; kasni: { $overdue }; prosječna dovršenost: { $average } %.
report-chart-title = Zadaci po statusu kroz vrijeme
report-chart-table = Isti podaci u tablici
report-date = Datum
actions-bulk = Promijenite označene zadatke
actions-bulk-select = Odabir
actions-bulk-owner = Nova odgovorna organizacija
actions-bulk-submit = Primijenite na označene zadatke
actions-bulk-done = Promijenjeno zadataka: { $count }.
dashboard-invitations = Pozivi koji čekaju Vaš odgovor
dashboard-my-items = Otvoreni zadaci Vaše organizacije
dashboard-no-items = Vaša organizacija nema otvorenih zadataka.
dashboard-upcoming = Nadolazeći događaji
dashboard-overdue = Zadaci koji kasne
dashboard-overdue-total = { $count ->
    [one] { $count } zadatak kasni.
    [few] { $count } zadatka kasne.
   *[other] { $count } zadataka kasni.
}
dashboard-overdue-by-org = Zadaci koji kasne, po organizacijama
dashboard-overdue-by-country = Zadaci koji kasne, po državama
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
minutes-circulate = Pošaljite sudionicima
minutes-approve = Odobrite zapisnik
minutes-record-correction = Zabilježite ispravak
minutes-correction-note = Zašto se ovo ispravlja?
minutes-comments = Komentari i predloženi ispravci
minutes-propose-correction = Ovo je predloženi ispravak
minutes-send-comment = Pošaljite
minutes-correction = ispravak
minutes-history = Verzije
minutes-section = Odjeljak
minutes-saved = Zapisnik je spremljen.
minutes-circulated = Zapisnik je poslan sudionicima na komentare.
minutes-commented = Hvala. Vaš je komentar dodan.
minutes-approved = Zapisnik je odobren i zaključan. Kasnije promjene bilježe se kao ispravci.
minutes-status-draft = Nacrt
minutes-status-circulated = Poslan na komentare
minutes-status-approved = Odobren
minutes-kind-edit = uređeno
minutes-kind-circulated = poslano na komentare
minutes-kind-approved = odobreno
minutes-kind-correction = ispravak
matters-arising = Pitanja s prethodnih sastanaka
matters-arising-intro = Otvoreni zadaci s ranijih sastanaka ovog niza, za pregled na ovom sastanku.
matters-outcome = Ishod
matters-record = Zabilježite
matters-recorded = Ishod je zabilježen u zadatku.
post-report-title = Izvješće sa sastanka
post-report-download = Preuzmite
post-report-attendance = Prisutnost
post-report-attended = Prisutnih osoba: { $count }.
post-report-accepted = Najavljenih dolazaka: { $count } (prisutnost još nije označena).
post-report-sessions = Održane sesije
post-report-minutes-draft = Zapisnik je još nacrt. Odluke iz njega pojavit će se ovdje kad ga tajništvo pošalje sudionicima.
post-report-actions = Zadaci
post-report-actions-summary = Otvoreno na ovom sastanku: { $opened }; dosad zatvoreno: { $closed }.
post-report-register = Promjene u registru pravnih razlika
post-report-register-summary = { $count ->
    [one] { $count } promjena u registru pravnih razlika
    [few] { $count } promjene u registru pravnih razlika
   *[other] { $count } promjena u registru pravnih razlika
}
action-owner-person = Odgovorna osoba (neobavezno)
action-owner-person-none = Nitko posebno
actions-more-than-cap = Filtrima odgovara više od 1000 zadataka: brojanje tu staje. Dodajte filtar da biste suzili popis ili preuzmite CSV sa svim zadacima.

## Legal-disparity register
nav-legal = Registar pravnih razlika
nav-documents = Dokumenti
search-label = Pretražite sve
search-placeholder = Pretraživanje
search-button = Pretražite
edit = Uredite
admin-col-legal-reviewer = Pravni recenzent
admin-legal-reviewer-on = Dodijelite ulogu pravnog recenzenta
admin-legal-reviewer-off = Uklonite ulogu pravnog recenzenta
legal-title = Registar pravnih razlika
legal-nav = Stranice registra
legal-matrix = Matrica
legal-matrix-caption = Ocjena svake teme u svakoj državi
legal-intro = Svaki redak je tema, a svaki stupac država. Ćelija pokazuje kako se zakon te države odnosi prema međunarodnom standardu. Otvorite ćeliju da biste pročitali unos.
legal-legend = Legenda
legal-examples-title = Izmišljeni primjeri.
legal-examples-text = Unosi označeni s „Primjer“ izmišljeni su pokazni sadržaj koji pokazuje kako registar radi. Nisu stvarne ocjene ni pravni savjet.
legal-example = Primjer
legal-example-entry = Ovaj je unos izmišljeni primjer, a ne stvarna ocjena ni pravni savjet.
legal-assessment = Ocjena
legal-assessment-aligned = Usklađeno
legal-assessment-partly_aligned = Djelomično usklađeno
legal-assessment-not_aligned = Nije usklađeno
legal-assessment-no_provision = Nema odredbe
legal-assessment-not_assessed = Nije ocijenjeno
legal-category = Kategorija
legal-topic = Tema
legal-topic-count = Prikazane teme
legal-sort-catalogue = Redoslijed iz kataloga
legal-sort-disparity = Najprije najveće razlike
legal-as-of = Stanje na dan
legal-none = Nijedna tema ne odgovara ovim filtrima.
legal-export-csv = Preuzmite CSV
legal-export-json = Preuzmite JSON
legal-export-topics = Preuzmite teme (CSV)
legal-compare-title = Usporedba država
legal-compare-countries = Države (odaberite od 2 do 6)
legal-compare-topics = Teme (ne označite nijednu da biste usporedili sve teme)
legal-compare-submit = Usporedite
legal-compare-choose-countries = Za usporedbu odaberite od 2 do 6 država.
legal-compare-print = Ispišite
legal-compare-print-hint = Ova je stranica spremna za ispis: upotrijebite naredbu Ispis u pregledniku.
legal-compare-back = Natrag na usporedbu
legal-compare-hint = Reci označeni s „Razlikuje se“ imaju različite ocjene u odabranim državama; ćelije koje se razlikuju od najčešće ocjene uokvirene su.
legal-differs = Razlikuje se
legal-differs-from-most = (razlikuje se)
legal-chart-caption = Stupci prikazuju vrijednost za svaku državu; isprekidana crta je međunarodni standard. Crveni stupci ne zadovoljavaju standard. Iste vrijednosti nalaze se u tablici iznad.
legal-standard = Standard
legal-no-value = vrijednost nije upisana
legal-counts = Teme po ocjeni
legal-not-coe = Ova država nije članica Vijeća Europe pa nije stranka Konvencije CETS br. 197, a GRETA o njoj ne izvješćuje. To se prikazuje kao „nije stranka“, a ne kao nedostatak.
legal-follow-country = Pratite ovu državu
legal-follow-topic = Pratite ovu temu
legal-unfollow = Prestanite pratiti
legal-unfollow-topic = Prestanite pratiti ovu temu
legal-followed = Obavijestit ćemo Vas o promjenama (pogledajte postavke obavijesti).
legal-unfollowed = Ovo više ne pratite.
legal-follow-bad = Odaberite temu ili državu koju želite pratiti.
legal-question = Pitanje
legal-ref-cets = Konvencija Vijeća Europe (CETS br. 197)
legal-ref-directive = Direktiva EU 2011/36/EU (kako je izmijenjena Direktivom 2024/1712)
legal-ref-palermo = Protokol iz Palerma
legal-parameter = Izmjerena vrijednost
legal-by-country = Po državama
legal-widest-first = Najprije su prikazane države koje su najdalje od standarda.
legal-topic-retired = Povučeno
legal-version = Verzija
legal-show-current = Prikažite trenutačni unos
legal-show-as-of = Prikažite ovaj unos kakav je bio na dan
legal-show = Prikažite
legal-edit-title = Uredite unos
legal-propose-title = Predložite promjenu
legal-propose-hint = Tajništvo ili pravni recenzent razmotrit će Vaš prijedlog, prihvatiti ga ili odbiti te Vas obavijestiti e-poštom.
legal-propose-submit = Pošaljite prijedlog
legal-gap-to-action = Izradite zadatak za ovaj nedostatak
legal-pending-proposals = Prijedlozi koji čekaju odluku:
legal-empty = Nije navedeno
legal-greta = Preporuka GRETA-e (Vijeće Europe)
legal-greta-none = Nije upisana preporuka GRETA-e.
legal-greta-implemented = Provedeno
legal-greta-partly = Djelomično provedeno
legal-greta-not_implemented = Nije provedeno
legal-evidence-law = Zakonski tekst
legal-evidence-implementation = Provedba
legal-evidence-practice = Praksa
legal-linked-items = Zadaci
legal-no-items = Uz ovaj unos nije povezan nijedan zadatak.
legal-history = Povijest
legal-no-history = Za ovaj unos još ništa nije zabilježeno.
legal-field = Polje
legal-old = Prije
legal-new = Poslije
legal-current = Sada
legal-proposed = Predloženo
legal-field-assessment = Ocjena
legal-field-summary = Nacionalna odredba (sažetak)
legal-field-citations = Pozivi na propise
legal-field-parameter_value = Vrijednost
legal-field-effective_on = Na snazi od
legal-field-source_links = Izvori
legal-field-differences = Što se razlikuje i zašto je to važno
legal-field-reviewed_on = Zadnja provjera
legal-field-reviewed_by = Provjerio/la
legal-field-evidence_kind = Vrsta dokaza
legal-field-greta_round = Krug izvješća GRETA-e
legal-field-greta_paragraph = Odlomak
legal-field-greta_text = Preporuka
legal-field-greta_status = Status provedbe
legal-citations-hint = Zakon, članak i broj službenog glasila, po jedan u retku.
legal-parameter-hint = Broj, na primjer 30.
legal-links-hint = Jedna mrežna adresa po retku, koja počinje s https://.
legal-none-chosen = Nije navedeno
legal-change-note = Napomena o ovoj promjeni (neobavezno)
legal-source-edit = uređeno
legal-source-proposal = prihvaćeni prijedlog
legal-source-import = uvoz iz CSV datoteke
legal-source-api = API
legal-source-demo = pokazni podaci
legal-saved = Unos je spremljen.
legal-unchanged = Ništa nije promijenjeno pa ništa nije spremljeno.
legal-changes-title = Što se promijenilo
legal-changes-since = Promjene od
legal-changes-count = ukupno
legal-since = Od
legal-until = Do
legal-since-event = Od okruglog stola:
legal-print-all = Prikažite sve na jednoj stranici za ispis
legal-no-changes = U ovom razdoblju nema promjena.
legal-proposals-title = Prijedlozi
legal-proposals-intro-reviewer = Promjene koje članice predlažu za unose svoje države. Otvorite prijedlog da biste ga prihvatili ili odbili.
legal-proposals-intro-member = Promjene koje ste predložili i odluke o njima.
legal-proposal-pending = Na čekanju
legal-proposal-accepted = Prihvaćeno
legal-proposal-rejected = Odbijeno
legal-no-proposals = Ovdje nema prijedloga.
legal-proposal-title = Prijedlog
legal-proposal-comment = Zašto ova promjena?
legal-proposal-sent = Vaš je prijedlog poslan. Kad se o njemu odluči, primit ćete poruku e-pošte.
legal-proposal-sent-at = Poslano
legal-proposed-by = Predlagatelj
legal-proposal-changes = Predložene promjene
legal-proposal-no-difference = Unos već sadrži ono što je predloženo.
legal-proposal-stale = Unos se promijenio otkad je ovaj prijedlog poslan. Prije prihvaćanja provjerite trenutačni tekst.
legal-decision-comment = Komentar za predlagatelja
legal-accept = Prihvatite i primijenite
legal-reject = Odbijte
legal-decision-choose = Odaberite prihvaćanje ili odbijanje.
legal-proposal-accepted-msg = Prijedlog je prihvaćen i unos je ažuriran.
legal-proposal-rejected-msg = Prijedlog je odbijen.
legal-topics-title = Katalog tema
legal-topic-new = Dodajte temu
legal-topic-edit = Uredite temu
legal-topic-code = Kod
legal-topic-code-hint = Slova, brojke i crtice, na primjer RES-05.
legal-topic-title = Naslov
legal-topic-texts-title = Prijevodi
legal-topic-texts-hint = Čitatelji vide temu na svojem jeziku. Polje ostavljeno prazno prikazuje tekst na engleskom.
legal-topic-texts-sq = Naslov i pitanje na albanskom
legal-topic-texts-sr-Latn = Naslov i pitanje na srpskom (latinica; ćirilica se izrađuje iz nje)
legal-topic-texts-bs = Naslov i pitanje na bosanskom
legal-topic-texts-hr = Naslov i pitanje na hrvatskom
legal-topic-texts-cnr = Naslov i pitanje na crnogorskom
legal-topic-texts-mk = Naslov i pitanje na makedonskom
legal-topic-order = Redoslijed
legal-topic-retire = Povucite
legal-topic-restore = Vratite
legal-topic-saved = Tema je spremljena.
legal-topic-retired-msg = Tema je povučena. Njezini unosi i povijest su sačuvani.
legal-topic-restored-msg = Tema je ponovno u registru.
legal-move-up = Pomaknite gore
legal-move-down = Pomaknite dolje
legal-parameter-name-hint = Samo za teme s brojem koji se uspoređuje, na primjer „razdoblje oporavka i razmišljanja“.
legal-unit = Mjerna jedinica
legal-threshold = Prag iz standarda
legal-threshold-kind = Prag iz standarda je
legal-import-title = Uvoz iz CSV datoteke
legal-import-intro = Učitajte CSV datoteku. Najprije ćete vidjeti sve probleme; ništa se ne sprema dok ne potvrdite, a tada se spremaju ili svi reci ili nijedan.
legal-import-entries-columns = Unosi: stupci topic_code, country, assessment te bilo koji drugi stupci iz izvoza registra.
legal-import-topics-columns = Teme: stupci code, category, title, question te po želji references, parameter, unit, threshold i threshold_kind.
legal-import-kind = Što sadrži datoteka?
legal-import-kind-entries = Unose po državama
legal-import-kind-topics = Teme
legal-import-file = CSV datoteka (UTF-8, najviše 5 MB)
legal-import-check = Provjerite datoteku
legal-import-unreadable = Učitanu datoteku nije bilo moguće pročitati. Pokušajte ponovno.
legal-import-too-large = Ova je datoteka veća od 5 MB. Podijelite je na manje datoteke.
legal-import-empty = Datoteka je prazna. Odaberite CSV datoteku s retkom zaglavlja i recima podataka.
legal-import-not-utf8 = Ova datoteka nije UTF-8 tekst. U programu za proračunske tablice spremite je kao „CSV UTF-8“.
legal-import-preview-title = Provjerite uvoz
legal-import-rows = Reci u datoteci
legal-import-ready = Nisu pronađeni problemi. Provjerite retke u nastavku i spremite ih.
legal-import-save-all = Spremite sve retke
legal-import-has-errors = Ništa se ne može spremiti dok se ovi problemi ne isprave u datoteci.
legal-import-line = Redak
legal-import-column = Stupac
legal-import-problem = Problem
legal-import-again = Učitajte ispravljenu datoteku
legal-import-changed = Registar se promijenio otkad ste provjerili datoteku pa ništa nije spremljeno. Ponovno učitajte datoteku.
legal-import-done = Spremljeno redaka: { $count }.
legal-mail-change-subject = Registar pravnih razlika: promijenjen unos { $topic } ({ $country })
legal-mail-change-intro = Ovaj je unos u registru pravnih razlika promijenjen. Promjenu je unio/la { $who }:
legal-mail-decision-accepted = Vaš prijedlog za { $topic } ({ $country }) je prihvaćen
legal-mail-decision-rejected = Vaš prijedlog za { $topic } ({ $country }) nije prihvaćen
legal-mail-open = Otvorite unos
legal-mail-comment = Komentar
action-legal-link = Unos u registru pravnih razlika
action-legal-gap-title = Otklanjanje nedostatka
action-field-legal_topic_id = Tema u registru pravnih razlika
action-field-legal_country = Država u registru pravnih razlika
dashboard-register = Promjene u registru pravnih razlika: { $country } (zadnjih 90 dana)
dashboard-register-all = Prikažite sve promjene ({ $count })
dashboard-register-none = Nema promjena u zadnjih 90 dana.

## Concurrent edits
stale-edit-title = Ovaj se zapis promijenio dok ste ga uređivali.
server-busy-body = Roundtable trenutačno koristi mnogo ljudi pa ovu stranicu nije bilo moguće pripremiti na vrijeme. Ništa nije promijenjeno. Pokušajte ponovno za trenutak.
stale-edit-body = Netko drugi spremio je ovaj zapis nakon što ste ga otvorili. Vaš je tekst sačuvan u nastavku; uz svako polje koje se razlikuje prikazan je trenutačno spremljeni tekst. Objedinite ih i ponovno spremite.
stale-edit-fields = Polja koja se razlikuju od trenutačno spremljenog teksta:
stale-edit-same = Spremljeni tekst jednak je Vašem u svakom polju; ponovno spremite da biste ga zadržali.
stale-current-value = Trenutačno spremljeni tekst
stale-empty = (prazno)
edit-version-missing = Ovaj obrazac ne navodi na kojoj se verziji zapisa temelji. Ponovno učitajte stranicu i ponovite promjenu.
api-if-match-required = Pošaljite zaglavlje If-Match s oznakom ETag dobivenom zahtjevom GET za ovaj zapis, kako se ne bi prebrisala promjena koju je u međuvremenu spremio netko drugi.
api-if-match-stale = Zapis je promijenjen nakon verzije navedene u If-Match. Ponovno ga dohvatite zahtjevom GET, objedinite svoju promjenu i pošaljite novi ETag.
api-if-match-invalid = If-Match mora biti ETag dobiven zahtjevom GET za ovaj zapis, na primjer "3".

# Document details fields, as named on a page refused because someone else saved first
doc-field-title = Naslov
doc-field-doc-type = Vrsta
doc-field-description = Opis
doc-field-languages = Jezici
doc-field-tags = Oznake
doc-field-visibility = Tko ga smije vidjeti
doc-field-owner-org-id = Odgovorna organizacija
doc-field-lifecycle = Status u mreži
doc-field-supersedes-id = Zamjenjuje dokument broj
doc-field-variant-of-id = Prijevod ili nacionalna prilagodba dokumenta broj
doc-field-variant-kind = Riječ je o
doc-field-review-on = Datum revizije
doc-field-countries = Države na koje se odnosi
doc-field-topics = Teme registra pravnih razlika
doc-field-events = Povezani događaji
doc-field-agenda = Povezane točke dnevnog reda

## Time-zone choice lists: the network's zones by city and country
tz-group-network = Vremenske zone mreže
tz-group-other = Ostale vremenske zone
tz-tirane = Tirana – Albanija
tz-sarajevo = Sarajevo – Bosna i Hercegovina
tz-belgrade = Beograd – Srbija, Kosovo*
tz-podgorica = Podgorica – Crna Gora
tz-skopje = Skoplje – Sjeverna Makedonija

## Confirmation pages: what will happen before an irreversible or far-reaching action
confirm-what-happens = Što će se dogoditi:
confirm-keep = Vratite se bez promjena
event-cancel-confirm-title = Otkazati „{ $title }“?
event-cancel-confirm-told = { $count ->
    [0] Još nitko nije pozvan pa nitko neće biti obaviješten.
    [one] { $count } sudionik bit će obaviješten da je događaj otkazan (poruka e-pošte s otkazivanjem za kalendar).
    [few] { $count } sudionika bit će obaviještena da je događaj otkazan (poruka e-pošte s otkazivanjem za kalendar).
   *[other] { $count } sudionika bit će obaviješteno da je događaj otkazan (poruka e-pošte s otkazivanjem za kalendar).
}
event-cancel-confirm-final = Događaj ostaje u kalendaru, označen kao otkazan. To se ne može poništiti.
item-delete-confirm-title = Ukloniti ovu točku dnevnog reda?
item-delete-confirm-which = Točka „{ $title }“ ({ $day }, { $start }–{ $end }) bit će uklonjena iz dnevnog reda. Njezine ranije verzije ostaju u povijesti dnevnog reda.
item-delete-confirm-notice = Dnevni red je objavljen: sudionici će o promjeni saznati iz sljedeće obavijesti o dnevnom redu.
item-not-moved-past = Ovaj je događaj završio; njegov dnevni red čuva se onakav kakav je bio.
org-archive-confirm-title = Arhivirati organizaciju { $name }?
org-archive-confirm-lists = Organizacija se uklanja s popisa i iz izvoza imenika, a njezine se osobe više ne nude za pozive.
org-archive-confirm-restore = Njezini zapisi ostaju; tajništvo je može vratiti s njezine stranice.
mail-discard-confirm-title = Odbaciti ovu poruku?
mail-discard-confirm-which = Poruka za { $to } („{ $subject }“) neće biti poslana.
mail-discard-confirm-final = Poruka se uklanja s popisa poruka koje nije bilo moguće isporučiti. To se ne može poništiti.
actions-bulk-confirm-title = Promijeniti označene zadatke?
actions-bulk-confirm-count = { $count ->
    [one] Promijenit će se { $count } zadatak:
    [few] Promijenit će se { $count } zadatka:
   *[other] Promijenit će se { $count } zadataka:
}
actions-bulk-confirm-status = status postaje „{ $status }“;
actions-bulk-confirm-owner = odgovorna organizacija postaje { $owner }.

## Invitees without an account: the signed invitation page and its mail
quiet-title = Obavijesti o dnevnom redu za ovaj događaj
quiet-question = Želite li prestati primati poruke o promjenama dnevnog reda ovog događaja? I dalje ćemo Vas obavijestiti ako se promijeni datum, vrijeme ili mjesto događaja ili ako se događaj otkaže.
quiet-submit = Isključite obavijesti o dnevnom redu
quiet-done = Više nećete primati obavijesti o dnevnom redu ovog događaja. Poziv, promjene datuma, vremena ili mjesta te obavijest o otkazivanju i dalje ćete primati.
email-quiet-event = Isključite obavijesti o dnevnom redu ovog događaja
email-footer-invited = Ovu poruku primate jer Vas je tajništvo mreže pozvalo na ovaj događaj. Račun Vam nije potreban: poveznice u ovoj poruci rade bez prijave.
rsvp-details = O događaju
rsvp-agenda = Dnevni red

## Dashboard
dashboard-documents = Nedavni dokumenti
dashboard-document-updated = { $type }, ažurirano { $updated }
dashboard-documents-all = Svi dokumenti
dashboard-upcoming-all = Svi nadolazeći događaji
dashboard-upcoming-none = Nema nadolazećih događaja.
dashboard-col-overdue = Zadaci koji kasne
dashboard-col-organizations = Organizacije

## A document's versions
document-versions = Verzije
document-col-version = Verzija
document-col-file = Datoteka
document-col-note = Napomena
document-col-uploaded = Učitano
document-restore = Vratite
document-current = trenutačna
document-text-pending = Priprema se za pretraživanje
document-details = Pojedinosti
document-sha256 = Kontrolni zbroj SHA-256
document-make-current = Ponovno postavite kao trenutačnu

## Where an event and its agenda stand (event page, secretariat)
event-state-label = Objava
event-state-draft = Nacrt: ovaj događaj vidi samo tajništvo. Objavite ga (Uredite → Status) prije slanja poziva ili objave dnevnog reda.
event-state-agenda-draft = Objavljeno. Dnevni red je nacrt: sudionici ga još ne vide.
event-state-published = Objavljeno s dnevnim redom: sudionici vide oboje.
event-state-cancelled = Otkazano: sudionici su obaviješteni.
event-state-ended = Završeno: događaj i njegov dnevni red čuvaju se kao zapis.
event-manage = Upravljajte ovim događajem
event-for-participants = Za sudionike
agenda-publish-event-first = Najprije objavite događaj (Uredite → Status), a zatim njegov dnevni red.

## The downloaded post-meeting report
post-report-file-note = Ovo je izvješće spremljeno iz sustava Roundtable. Izvješće na internetu: { $url }
legal-matrix-by-country = Čitajte državu po državu
legal-matrix-scroll-hint = Tablica se unutar svojeg okvira pomiče vodoravno; teme i države ostaju vidljive.
legal-matrix-region = Registar po temama i državama
legal-mismatch-meets = Izmjerena vrijednost zadovoljava prag iz standarda, a unos je ipak ocijenjen kao nedostatak. Provjerite vrijednost ili ocjenu.
legal-mismatch-short = Izmjerena vrijednost ne doseže prag iz standarda, a unos je ipak ocijenjen kao usklađen. Provjerite vrijednost ili ocjenu.
legal-mismatch = Vrijednost i ocjena
legal-threshold-min = minimum
legal-threshold-max = maksimum
events-month-none = Ovaj mjesec nema događaja.

## Languages
language-switch-label = Jezik
language-switch-submit = Prikažite na ovom jeziku
language-unknown = Taj jezik nije dostupan. Odaberite jedan s popisa.
translation-draft = Ovaj je prijevod nacrt koji izvorni govornik još nije pregledao. Pogrešne ili nejasne izraze javite tajništvu: { $email }

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
error-not-found = Nismo pronašli tu stranicu ili zapis.
error-sign-in = Prijavite se za nastavak.
error-forbidden = Nemate ovlast za ovu radnju.
error-csrf = Ovaj je obrazac istekao. Vratite se, ponovno učitajte stranicu i pokušajte ponovno.
# $site: this site's own address
error-foreign-origin = Ovaj je zahtjev poslan s druge mrežne stranice pa je odbijen radi zaštite Vašeg računa. Sami otvorite { $site } i ondje pokušajte ponovno.
error-validation = Neka polja treba ispraviti.
error-no-room = Na poslužitelju nema mjesta za pohranu ove datoteke; ništa nije spremljeno. Obavijestite tajništvo.
error-read-only = Baza podataka trenutačno je samo za čitanje pa se ništa ne može spremiti; ništa od onoga što ste poslali nije promijenjeno. Pokušajte ponovno kasnije ili obavijestite tajništvo.
error-busy = Baza podataka zauzeta je drugim promjenama pa ništa nije spremljeno. Pokušajte ponovno za trenutak.
error-internal = Došlo je do pogreške na našoj strani. Pokušajte ponovno za trenutak.
error-nul = Ono što ste poslali sadrži znak NUL, koji se ne može pohraniti. Uklonite ga i pokušajte ponovno.
error-duplicate = Zapis s istom vrijednošću već postoji.
error-bad-request = Zahtjev nije bilo moguće razumjeti.
error-method = Ova adresa ne prihvaća tu vrstu zahtjeva.
error-too-large = Ono što ste poslali preveliko je.
error-content-type = Ova se vrsta sadržaja ovdje ne prihvaća.
error-too-many = Previše pokušaja. Pričekajte nekoliko minuta i pokušajte ponovno.
error-other = Zahtjev nije bilo moguće izvršiti.
# $reason: the database's own words, for whoever runs the server
health-read-only = Baza podataka je samo za čitanje ({ $reason }).
health-no-answer = Baza podataka ne odgovara.

## The heading of an error page: the status number, then its name (HTTP's standard names in English)
http-status-400 = Neispravan zahtjev
http-status-401 = Potrebna je prijava
http-status-403 = Pristup nije dopušten
http-status-404 = Nije pronađeno
http-status-405 = Metoda nije dopuštena
http-status-409 = Sukob
http-status-412 = Preduvjet nije ispunjen
http-status-413 = Sadržaj je prevelik
http-status-415 = Nepodržana vrsta sadržaja
http-status-422 = Sadržaj nije moguće obraditi
http-status-428 = Potreban je preduvjet
http-status-429 = Previše zahtjeva
http-status-500 = Unutarnja pogreška poslužitelja
http-status-503 = Usluga nije dostupna
http-status-507 = Nedovoljno prostora za pohranu

## What was sent did not fit: $what is what was sent, $field a field's name as sent
input-missing-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U tijelu zahtjeva
    } nedostaje polje „{ $field }“, koje je obavezno.
input-unknown-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U tijelu zahtjeva
    } postoji polje „{ $field }“ koje se ovdje ne koristi.
input-duplicate-field = { $what ->
        [form] U obrascu
        [address] U adresi
       *[body] U tijelu zahtjeva
    } polje „{ $field }“ navedeno je više puta.
input-bad-value = Jedna vrijednost { $what ->
        [form] u obrascu
        [address] u adresi
       *[body] u tijelu zahtjeva
    } nije očekivane vrste ili oblika (na primjer tekst ondje gdje treba biti broj ili datum).
input-not-json-type = Ova adresa očekuje tijelo zahtjeva u formatu JSON (Content-Type: application/json).
input-body-too-large = Tijelo zahtjeva je preveliko.
input-body-unreadable = Tijelo zahtjeva nije bilo moguće pročitati ili je preveliko.
input-not-json = Tijelo zahtjeva nije valjan JSON.
input-address-unreadable = Adresu nije bilo moguće pročitati.
input-not-a-form = Ova adresa očekuje mrežni obrazac.
input-form-too-large = Obrazac je prevelik.
input-upload-broken = Učitavanje je prekinuto ili obrazac nije valjan. Pokušajte ponovno.
input-form-too-many-fields = Obrazac ima previše polja.
input-form-field-too-long = Jedno polje obrasca je predugo.

## The API's own messages
api-error-since = Navedite `since` u obliku GGGG-MM-DD.
api-error-date = Datumi se pišu u obliku GGGG-MM-DD, na primjer 2023-12-12.
mail-bad-address = „{ $email }“ nije valjana adresa e-pošte.

## Form checks shared by all forms and the API
validate-required = Ovo je polje obavezno.
# $max: a number of characters
validate-too-long = { $max ->
    [one] Tekst je predug: upotrijebite najviše { $max } znak.
    [few] Tekst je predug: upotrijebite najviše { $max } znaka.
   *[other] Tekst je predug: upotrijebite najviše { $max } znakova.
}
validate-control-characters = Tekst sadrži znakove koji nisu dopušteni.
validate-one-line = Upišite samo jedan redak.
validate-email = Upišite adresu e-pošte, na primjer name@example.org.
validate-url = Upišite mrežnu adresu koja počinje s https:// ili http://.
validate-date = Upišite datum u obliku GGGG-MM-DD, na primjer 2023-12-12.
validate-choose = Odaberite jednu od mogućnosti.
validate-choose-listed = Odaberite jednu od mogućnosti s popisa.
validate-choose-org = Odaberite organizaciju s popisa.
validate-choose-country = Odaberite državu s popisa.
validate-choose-countries = Odaberite države s popisa.
validate-time = Upišite vrijeme u obliku HH:MM, na primjer 09:30.
validate-end-after-start = Završetak mora biti nakon početka.
validate-time-zone = Odaberite vremensku zonu s popisa, na primjer Europe/Tirane.
validate-number = Upišite broj, na primjer 30.
validate-percent = Upišite postotak od 0 do 100.

## Action items: form checks
action-error-owner = Odaberite organizaciju odgovornu za ovaj zadatak.
action-error-owner-person = Odaberite osobu iz odgovorne organizacije.
action-error-supporters = Organizacije koje pomažu odaberite s popisa.
action-error-event = Odaberite događaj s popisa.
action-error-agenda-item = Odaberite točku dnevnog reda odabranog događaja.
action-error-legal-entry = Odaberite unos iz registra pravnih razlika.
action-error-legal-both = Za poveznicu s registrom pravnih razlika potrebni su i tema i država.
action-error-progress-empty = Napišite komentar ili odaberite novi status ili postotak.
action-error-bulk-nothing = Odaberite novi status ili novu odgovornu organizaciju.
action-error-bulk-none-ticked = Označite zadatke koje želite promijeniti.

## Legal register: form checks
legal-error-no-parameter = Ova tema nema izmjerenu vrijednost: ostavite polje prazno.
legal-error-too-many-links = Navedite najviše 20 mrežnih adresa.
legal-error-not-coe = { $country } nije članica Vijeća Europe pa GRETA o njoj ne izvješćuje. Polja GRETA-e ostavite prazna.
legal-error-topic-code = Upotrijebite samo slova, brojke i crtice, na primjer RES-05.
legal-error-threshold-kind = Odaberite minimum ili maksimum.
legal-error-parameter = Navedite izmjerenu vrijednost na koju se prag odnosi.
legal-error-threshold-kind-missing = Navedite je li standard minimum ili maksimum.
legal-error-topic-code-taken = Druga tema već ima ovaj kod.
legal-error-proposal-unchanged = Vaš prijedlog još ništa ne mijenja: uredite barem jedno polje.
legal-error-proposal-decided = O ovom je prijedlogu već odlučeno.
# $problem: the CSV reader's own words (English)
legal-import-bad-header = Prvi redak nije bilo moguće pročitati kao nazive CSV stupaca ({ $problem }).
legal-import-bad-line = Redak { $line } nije bilo moguće pročitati kao CSV ({ $problem }).
legal-import-missing-columns = Datoteka mora imati ove stupce: { $columns }.
legal-import-no-rows = Datoteka ima nazive stupaca, ali nema redaka s podacima.
legal-import-code-twice = Kod { $code } pojavljuje se u datoteci više puta.
legal-import-no-topic = Ne postoji tema s kodom „{ $code }“.
legal-import-no-country = „{ $country }“ nije jedna od država registra (upotrijebite kodove kao što su AL, BA, XK).
legal-import-entry-twice = { $code } za { $country } pojavljuje se u datoteci više puta.
legal-import-not-saved = Datoteka sadrži pogreške; ništa nije spremljeno.

## Countries and the directory: form checks
country-error-code = Upotrijebite dvoslovni ISO kod, na primjer IT.
country-error-taken = Ova je država već na popisu.
org-error-country = Odaberite državu.
org-error-services = Odaberite usluge s popisa.

## Minutes: form checks
minutes-error-too-long = Zapisnik je predug: upotrijebite najviše 200 000 znakova.
minutes-error-deadline = Odaberite posljednji dan za komentare.
minutes-error-not-draft = Sudionicima se može poslati samo zapisnik koji je još nacrt.
minutes-error-closed = Komentari na ovaj zapisnik su zatvoreni.

## Participants: form checks
participants-error-unpublished = Objavite događaj prije nego što pozovete sudionike.
rsvp-error-started = Ovaj je događaj počeo: odgovori se više ne mogu mijenjati.

## Accounts: form checks
account-error-role = Odaberite tajništvo, organizaciju članicu ili promatrača.
account-error-no-org = Ne postoji organizacija s tim nazivom, kraticom ili brojem.
account-error-member-org = Za račun organizacije članice potrebna je organizacija.
account-error-email-taken = Račun s ovom adresom e-pošte već postoji.
account-error-link-expired = Ova je poveznica istekla ili je već iskorištena. Zatražite novu.
account-error-not-current-password = Ovo nije Vaša trenutačna lozinka.
account-error-new-passwords-differ = Dvije nove lozinke nisu iste.
account-error-language = Odaberite jezik s popisa.
account-error-same-address = Ovo je već Vaša adresa.
account-error-address-taken = Ovu adresu koristi drugi račun.
account-error-link-expired-settings = Ova je poveznica istekla ili je već iskorištena. Novu zatražite u Postavkama.
account-error-address-taken-now = Ovu adresu sada koristi drugi račun.
account-error-person-changed = Netko je promijenio osobu iz imenika za ovaj račun dok ste birali. Provjerite odabir i ponovno spremite.
account-error-person-archived = Ova je osoba arhivirana; odaberite drugu.
account-error-person-taken = Ova osoba već pripada računu { $email }.
# $min, $max: numbers of characters
password-too-short = { $min ->
    [one] Upotrijebite najmanje { $min } znak.
    [few] Upotrijebite najmanje { $min } znaka.
   *[other] Upotrijebite najmanje { $min } znakova.
}
password-too-long = { $max ->
    [one] Upotrijebite najviše { $max } znak.
    [few] Upotrijebite najviše { $max } znaka.
   *[other] Upotrijebite najviše { $max } znakova.
}

## Events and agenda: form checks
event-error-capacity = Upišite broj mjesta, na primjer 40.
event-error-organizers = Odaberite organizatore s popisa.
event-error-venue = Navedite mjesto održavanja ili poveznicu za online sudjelovanje (ili oboje).
event-error-ended-cancel = Ovaj je događaj završio pa se ne može otkazati.
event-error-clock-change-date = Na taj se datum pomiču satovi; odaberite drugi.
# $zone: a time zone such as Europe/Tirane
event-error-no-such-time = Ovo vrijeme ne postoji u zoni { $zone } (tada se pomiču satovi).
# $first, $last: dates as YYYY-MM-DD
agenda-error-day = Događaj traje od { $first } do { $last }; odaberite dan u tom razdoblju.

## Documents: form checks
document-error-title = Upišite naslov.
document-error-title-long = Naslov je predug (najviše 300 znakova).
document-error-type = Odaberite vrstu dokumenta.
document-error-description-long = Opis je predug (najviše 20 000 znakova).
document-error-languages = Odaberite jezike s popisa.
document-error-tags-long = Previše oznaka (ukupno najviše 500 znakova).
document-error-visibility = Odaberite tko smije vidjeti dokument.
document-error-lifecycle = Odaberite status s popisa.
document-error-variant-kind = Odaberite prijevod ili nacionalnu prilagodbu.
document-error-variant-kind-missing = Navedite je li riječ o prijevodu ili nacionalnoj prilagodbi.
document-error-review-on = Upišite datum revizije u obliku GGGG-MM-DD, na primjer 2027-06-30.
document-error-topics = Odaberite teme registra s popisa.
document-error-events = Jedan od odabranih događaja više ne postoji.
document-error-agenda = Točke dnevnog reda moraju pripadati povezanom događaju.
document-error-self = Dokument ne može upućivati sam na sebe.
document-error-number = Upišite broj dokumenta, na primjer 12.
document-error-no-such-number = Ne postoji dokument broj { $id } koji možete vidjeti.

## Uploads: the kinds of file, and why a file is refused
file-kind-pdf = PDF
file-kind-docx = Dokument programa Word (DOCX)
file-kind-xlsx = Proračunska tablica programa Excel (XLSX)
file-kind-pptx = PowerPoint (PPTX)
file-kind-odt = OpenDocument tekst (ODT)
file-kind-ods = OpenDocument proračunska tablica (ODS)
file-kind-txt = Tekst (TXT)
file-kind-csv = CSV
file-kind-png = Slika PNG
file-kind-jpeg = Slika JPEG
file-kind-other = Datoteka
## A kind of file inside a sentence ("This file is named as a PDF but...")
file-kind-a-pdf = PDF datoteka
file-kind-a-docx = dokument programa Word (DOCX)
file-kind-a-xlsx = proračunska tablica programa Excel (XLSX)
file-kind-a-pptx = prezentacija programa PowerPoint (PPTX)
file-kind-a-odt = tekst u formatu OpenDocument (ODT)
file-kind-a-ods = proračunska tablica u formatu OpenDocument (ODS)
file-kind-a-txt = tekstna datoteka (TXT)
file-kind-a-csv = CSV datoteka
file-kind-a-png = slika PNG
file-kind-a-jpeg = slika JPEG
upload-empty = Datoteka je prazna.
# $types: the list of allowed types, such as "PDF, DOCX, XLSX"
upload-no-extension = Naziv datoteke nema nastavak pa ne možemo utvrditi o kakvoj je datoteci riječ. Dopuštene vrste: { $types }.
upload-refused-type = Datoteke vrste .{ $ext } nisu dopuštene. Dopuštene vrste: { $types }.
# $declared, $actual: a kind of file inside a sentence (file-kind-a-...)
upload-not-utf8 = Prema nazivu ova bi datoteka trebala biti { $declared }, ali njezin sadržaj nije običan tekst u kodiranju UTF-8. Spremite je s kodiranjem UTF-8 i ponovno je učitajte.
upload-unrecognised = Prema nazivu ova bi datoteka trebala biti { $declared }, ali nije ni { $declared } ni neka druga dopuštena vrsta datoteke.
upload-mismatch = Prema nazivu ova bi datoteka trebala biti { $declared }, ali je po sadržaju { $actual }. Preimenujte je ili učitajte pravu datoteku.
# $limit: a size such as "20.0 MB"
upload-too-large = Datoteka je prevelika. Ograničenje je { $limit }; ova je datoteka veća.
upload-choose-file = Odaberite datoteku koju želite učitati.
upload-api-no-file = Pošaljite datoteku u multipart polju naziva 'file'.
## Sizes of files
size-bytes = { $bytes } B
size-kb = { $kb } KB
size-mb = { $mb } MB

## Documents: page titles and messages
documents-title = Dokumenti
document-new-title = Dodajte dokument
document-edit-title = Uređivanje: { $title }
document-created = Dokument je dodan.
document-saved = Promjene su spremljene.
document-version-uploaded = Nova je verzija učitana i sada je trenutačna.
# $number: the version brought back; $new: the number it has now
document-version-restored = Verzija { $number } ponovno je trenutačna (kao verzija { $new }).
document-archived = Dokument je arhiviran. Više se ne prikazuje na popisima ni u pretraživanju.
document-unarchived = Dokument je ponovno na popisima i u pretraživanju.
# $type: a document type, in lower case
document-followed = Primit ćete poruku e-pošte kad se doda ili ažurira dokument vrste „{ $type }“.
document-unfollowed = Više ne pratite ovu vrstu dokumenata.
document-error-unknown-type = Nepoznata vrsta dokumenta.
document-error-adopt = Samo tajništvo može označiti dokument kao usvojen u mreži ili kao zamijenjen.
document-error-adopt-api = Samo tajništvo može označiti dokument kao usvojen ili zamijenjen.

## Documents: the names of types, statuses, languages and who may see one
document-type-guideline = Smjernice
document-type-sop = Standardni operativni postupak
document-type-referral_form = Obrazac za upućivanje
document-type-training = Materijal za obuku
document-type-report = Izvješće
document-type-presentation = Prezentacija
document-type-legal_text = Pravni tekst
document-type-other = Ostalo
document-visibility-choice-public = Javno: svatko, i bez prijave
document-visibility-choice-network = Mreža: svi prijavljeni korisnici
document-visibility-choice-secretariat = Samo tajništvo (i odgovorna organizacija)
document-visibility-public = Javno
document-visibility-network = Mreža
document-visibility-secretariat = Samo tajništvo
document-lifecycle-none = Nije dokument mreže
document-lifecycle-draft = Nacrt
document-lifecycle-in_review = U pregledu
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
document-text-failed = Nije ga bilo moguće pročitati za pretraživanje (naslov i opis i dalje se mogu pretraživati)
document-text-none = Naslov i opis mogu se pretraživati

## Documents: the form to add a document or edit its details
document-file = Datoteka
# $limit: the largest file accepted, such as "20.0 MB"
document-file-hint = PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), tekst (TXT), CSV, PNG ili JPEG; najviše { $limit }.
document-file-again = Radi Vaše sigurnosti preglednik zaboravlja odabranu datoteku kad se obrazac ponovno prikaže: odaberite je još jednom.
document-version-note = Napomena o verziji
document-choose-several = Držite Ctrl (ili Cmd) da biste odabrali više stavki.
document-tags-hint = Oznake odvojite zarezima, na primjer: sklonište, djeca, upućivanje
document-owner-secretariat = Tajništvo
document-supersedes-hint = Neobavezno. Broj je prikazan na stranici svakog dokumenta, na primjer „Br. 12“.
document-not-a-variant = Nije prijevod ni prilagodba
document-review-hint = Odgovorna organizacija na taj dan prima podsjetnik e-poštom.
document-save-changes = Spremite promjene
document-upload-and-save = Učitajte i spremite

## Documents: the list
documents-intro = Smjernice, standardni operativni postupci, obrasci za upućivanje, materijali za obuku i izvješća koji se dijele u mreži. Svaki dokument čuva sve svoje verzije.
documents-show-current = Prikažite trenutačne dokumente
documents-show-archived = Prikažite arhivirane dokumente
documents-filter-country = Država
documents-filter-topic = Tema registra
documents-filter-language = Jezik
documents-col-status = Status
documents-col-owner = Odgovorna organizacija
documents-col-updated = Ažurirano
# $type: a document type
documents-following-type = Primate poruku e-pošte kad se doda ili ažurira dokument ove vrste ({ $type }).
documents-stop-following = Prestanite pratiti
documents-follow-type = Pratite ovu vrstu ({ $type })
# Follows the button "Follow this type (...)"
documents-follow-why = : primajte poruku e-pošte kad se doda ili ažurira dokument te vrste.
documents-table-caption = Dokumenti, najprije najnovije promjene
# $updated: a date; $version: the number of the current version
documents-updated-version = { $updated } (v{ $version })
documents-none = Nijedan dokument ne odgovara ovim filtrima.

## Documents: one document
# $id: the document's number
document-number = Br. { $id }
document-number-label = Broj dokumenta
document-example = Primjer: izmišljeni pokazni dokument.
document-is-archived = Ovaj je dokument arhiviran. Ne prikazuje se na popisima ni u pretraživanju.
# Followed by the documents that replace this one
document-replaced-by = Zamijenjen sljedećim:
document-download = Preuzmite { $filename }
# $type: a kind of file; $size: its size; $number: the version's number
document-current-file = { $type }, { $size }, verzija { $number }
document-review-due = Rok za reviziju
document-replaces = Zamjenjuje
document-search-state = Pretraživanje
document-variants = Prijevodi i nacionalne prilagodbe
document-countries = Države
document-events = Događaji
document-agenda = Točke dnevnog reda
document-edit-details = Uredite pojedinosti
document-unarchive = Vratite iz arhive
document-archive = Arhivirajte
document-new-version = Učitajte novu verziju
document-new-version-hint = PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG ili JPEG; najviše { $limit }. Nova verzija postaje trenutačna; ranije verzije ostaju dostupne u nastavku.
document-what-changed = Što se promijenilo
document-upload-version = Učitajte novu verziju
# $type: a document type
document-following-type = Dokumente vrste „{ $type }“ već pratite.
document-follow-type = Pratite dokumente vrste „{ $type }“
## Documents on another page (an event, a register topic)
documents-add-here = Dodajte dokument ovdje
documents-none-yet = Još nema dokumenata.

## Search
search-title = Pretraživanje
# $words: what was typed
search-title-words = Pretraživanje: { $words }
search-words = Riječi koje tražite
search-hint = Pretražuju se dokumenti (i tekst unutar PDF i Word datoteka, proračunskih tablica, prezentacija i tekstnih datoteka), događaji i točke dnevnog reda, zadaci, organizacije i osobe te registar pravnih razlika. Dijakritički znakovi nisu važni: „Tirane“ pronalazi i „Tiranë“.
search-too-short = Upišite barem jednu riječ od dva ili više slova.
search-catching-up = Indeks pretraživanja još obrađuje nedavne promjene pa se neke od njih možda još ne mogu pronaći. Pokušajte ponovno za minutu.
search-all-results = Svi rezultati
search-total = Broj rezultata: { $total }.
search-total-public = Broj rezultata na javnim stranicama: { $total }. Prijavite se da biste pretraživali zapise mreže.
# $kind: a kind of record, such as "Agenda items"
search-see-all = Prikažite sve rezultate u kategoriji „{ $kind }“ ({ $count })
search-nothing = Za „{ $words }“ ništa nije pronađeno. Pokušajte s manje riječi ili s kraćim riječima.
search-nothing-public = Na javnim stranicama za „{ $words }“ ništa nije pronađeno. Prijavite se da biste pretraživali zapise mreže. Pokušajte s manje riječi ili s kraćim riječima.
search-kind-document = Dokumenti
search-kind-event = Događaji
search-kind-agenda = Točke dnevnog reda
search-kind-action = Zadaci
search-kind-organization = Organizacije
search-kind-person = Osobe
search-kind-legal = Registar pravnih razlika

## Document mails
# $who: a person's name; $type: a document type
email-document-added = { $who } dodao/la je dokument ({ $type }) koji odgovara onome što pratite:
email-document-new-version = { $who } učitao/la je verziju { $version } dokumenta koji pratite ({ $type }):
email-document-note = Napomena: { $note }
email-document-open = Otvorite dokument
email-document-open-text = Otvorite ga: { $url }
email-document-added-subject = Novi dokument: { $title }
email-document-new-version-subject = Nova verzija { $version }: { $title }
# $review_on: a date
email-document-review-due = Došao je datum revizije ovog dokumenta ({ $review_on }):
email-document-review-ask = Provjerite je li još uvijek točan. Ako se nešto promijenilo, učitajte novu verziju; ako nije, postavite sljedeći datum revizije.
email-document-set-review = Postavite sljedeći datum revizije
email-document-set-review-text = Postavite sljedeći datum revizije: { $url }
email-document-review-subject = Vrijeme je za reviziju: { $title }

## The Kosovo* footnote, wherever a page or a mail names Kosovo*
footnote-label = Bilješka
kosovo-footnote = Ovim se nazivom ne dovode u pitanje stajališta o statusu te je on u skladu s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda o proglašenju neovisnosti Kosova.

## Notes the product writes into a record's history, in the language of whoever acts
# $name: who proposed the change; $comment: what they wrote with it
legal-note-proposed-by = Predložio/la { $name }
legal-note-proposed-by-comment = Predložio/la { $name }: { $comment }
# Stands for the proposer's name when their account is gone
legal-note-proposed-by-member = član mreže
legal-imported-note = Uvezeno iz CSV datoteke
document-restored-note = Vraćena je verzija { $number }.
# A comment on an action item reviewed at a meeting. $title: the meeting; $outcome: what was said
matters-reviewed-at = Razmotreno na sastanku „{ $title }“: { $outcome }

## Mails written in code (minutes, the waiting list)
minutes-circulated-subject = Zapisnik za komentare: { $title }
# $deadline: a date as YYYY-MM-DD
minutes-circulated-text = Nacrt zapisnika sa sastanka „{ $title }“ je spreman. Pročitajte ga i do { $deadline } pošaljite komentare ili predložite ispravke.
rsvp-place-free-subject = Oslobodilo se mjesto: { $title }
rsvp-place-free-text = Oslobodilo se mjesto i sada je Vaše. Veselimo se Vašem dolasku.

## Minutes: what changed between two versions, by section
# $section: "Meeting" or an agenda item's title; $part: notes or decisions
minutes-diff-section = { $section } · { $part }
minutes-diff-meeting = Sastanak
# An agenda item deleted since: $id is its number
minutes-diff-item = Točka { $id }
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
csv-action-owner-organization = odgovorna_organizacija
csv-action-due-on = rok
csv-action-priority = prioritet
csv-action-status = status
csv-action-percent = postotak
csv-action-countries = države
csv-action-tags = oznake
csv-action-event-id = id_događaja

## CSV download of an event's participants: column names
csv-participant-name = ime
csv-participant-email = e_pošta
csv-participant-organization = organizacija
csv-participant-country = država
csv-participant-status = status
csv-participant-dietary = prehrambene_potrebe
csv-participant-accessibility = pristupačnost
csv-participant-shares-name = ime_vidljivo
csv-participant-attended = prisutnost

## CSV download of the directory: column names
csv-org-id = id
csv-org-name = naziv
csv-org-acronym = kratica
csv-org-country-code = kod_države
csv-org-country = država
csv-org-kind = vrsta
csv-org-membership-status = status_članstva
csv-org-joined-on = datum_pristupanja
csv-org-website = mrežna_stranica
csv-org-email = e_pošta
csv-org-phone = telefon
csv-org-address = adresa
csv-org-services = usluge

## The register's measured parameters and units of the seeded topics (others stay as the secretariat wrote them)
legal-parameter-maximum-imprisonment = najviša kazna zatvora
legal-parameter-maximum-imprisonment-when-aggravated = najviša kazna zatvora za teži oblik
legal-parameter-reflection-period = razdoblje oporavka i razmišljanja
legal-parameter-limitation-period = rok zastare
legal-unit-days = dana
legal-unit-years = godina

## Exchange with other directories (HSDS)
directory-export-hsds = Usluge za druge imenike (HSDS)
# Written into the HSDS export (in English, the network's working language)
hsds-interpretation = Usmeno prevođenje može se osigurati.
hsds-confidential-location = Povjerljiva lokacija: dijeli se samo grad.
hsds-24-7 = Otvoreno 0–24
## Services, contact points and capacity (support: /services)
nav-services = Usluge
support-title = Usluge
support-intro = Što organizacije mreže nude, gdje i kome, kako se vrši upućivanje i koliko mjesta imaju. Brojke broje mjesta, nikada ljude.
support-org-heading = Usluge podrobno
support-totals = Kapacitet u ovom spisku
support-total = { $unit }: ukupno { $count }
support-total-available = slobodno sada: { $count }
support-total-unconfirmed = brojke koje nisu potvrđene na vrijeme i nisu uračunate: { $count }
support-verified-on = Posljednji put potvrđeno kao točno { $date }
support-verified-by = Posljednji put potvrđeno kao točno { $date }, potvrdio/la { $name }
support-never-verified = Još niko nije potvrdio ove podatke
support-empty = Nijedna usluga ne odgovara ovim filtrima.
support-edit = Izmijeni uslugu
support-confirm = Potvrdi da su ovi podaci i dalje točni
support-where = Gdje
support-who = Tko može doći
support-how = Kako uputiti
support-contacts = Kontaktne točke
support-capacity = Kapacitet
support-funding = Financiranje
support-funded-until = financirano do { $date }
support-back-to-list = Nazad na sve usluge
support-confidential-note = Adresa je povjerljiva: uslugu kontaktirajte preko njenih kontaktnih točaka.
support-open-24-7 = Otvoreno danju i noću (24/7)
support-ages = Dob
support-age-range = od { $min } do { $max } godina
support-age-from = od { $min } godina
support-age-to = do { $max } godina
support-all-ages = svaka dob
support-everyone = Svi
support-edit-item = Izmijeni
support-delete = Ukloni
support-contact-new-title = Dodaj kontaktnu točku
support-contact-edit-title = Izmijeni kontaktnu točku
support-capacity-new-title = Dodaj podatak o kapacitetu
support-capacity-edit-title = Izmijeni podatak o kapacitetu
support-figure-maximum = { $unit }: najviše { $count }
support-figure-funded = financirano: { $count }
support-figure-available = slobodno sada: { $count }
support-figure-unconfirmed = Nije potvrđeno od { $date }, pa se ne računa u zbir
support-figure-as-of = Stanje na dan { $date }
support-new-title = Dodaj uslugu
support-edit-title = Izmijeni uslugu
support-choose = Odaberite…
support-areas-hint = Općine ili regije, onako kako ih pišete; ostavite prazno kada usluga pokriva cijelu državu.
support-confidential-hint = Označite za sklonište ili bilo koje mjesto čija adresa mora ostati tajna: adresu vide samo vaša organizacija i tajništvo; svi ostali vide grad i kontaktne točke.
support-genders-hint = Ne označavajte ništa ako je usluga otvorena za sve.
support-notice-hint = Obavezno kada je usluga obustavljena: zašto i do kada.
support-contact-hint = Uloga, na primer prijemna služba ili linija 24/7; nikada osoba kojoj pomažete.
support-capacity-hint = Samo broj mjesta, nikada podaci o ljudima.
support-available-hint = Vide ga samo organizacije članice i tajništvo.
support-expiry-hint = Poslije ovog datuma podatak se prikazuje kao nepotvrđen i ne ulazi u zbir.
support-created = Usluga je dodana.
support-saved = Usluga je spremljena.
support-confirmed = Hvala: podaci su označeni kao potvrđeni danas.
support-contact-saved = Kontaktna točka je spremljena.
support-contact-deleted = Kontaktna točka je uklonjena.
support-capacity-saved = Podatak o kapacitetu je spremljen.
support-capacity-deleted = Podatak o kapacitetu je uklonjen.
support-contact-delete-title = Ukloniti kontaktnu točku „{ $role }“ usluge { $service }?
support-contact-delete-consequence = Oni koji traže ovu uslugu više neće vidjeti ovaj način da do nje dođu.
support-capacity-delete-title = Ukloniti podatak za { $unit } usluge { $service }?
support-capacity-delete-consequence = Podatak odmah nestaje sa stranice usluge i iz zbira.
support-error-age = Unesite dob u punim godinama, od 0 do 120.
support-error-age-range = Najviša dob ne može biti manja od najniže.
support-error-modes = Označite barem jedan način rada usluge.
support-error-countries = Označite barem jednu državu koju usluga pokriva.
support-error-country-unknown = { $code } nije država mreže.
support-error-city-confidential = Za povjerljivu lokaciju potreban je grad, da bi se znalo gdje je usluga.
support-error-notice = Napišite zašto je usluga obustavljena i do kada.
support-error-contact-reach = Navedite broj telefona ili adresu e-pošte.
support-error-negative = Broj mjesta ne može biti negativan.
support-error-count = Unesite cijeli broj.
support-error-available-max = Slobodnih mjesta ne može biti više od najvećeg broja.
support-error-expiry = Datum isteka ne može biti prije datuma podatka.
support-field-kind = Vrsta usluge
support-field-name = Naziv
support-field-description = Opis
support-field-countries = Države koje pokriva
support-field-areas = Općine ili regije
support-field-modes = Način rada
support-field-city = Grad
support-field-address = Adresa
support-field-confidential_location = Povjerljiva lokacija
support-field-age_min = Najniža dob
support-field-age_max = Najviša dob
support-field-genders = Spol ili rod korisnika
support-field-target_groups = Ciljne grupe
support-field-identification = Potrebna identifikacija
support-field-languages = Jezici koji se govore
support-field-interpretation = Može se osigurati prevoditelj
support-field-referral = Kako ljudi dolaze
support-field-intake_steps = Koraci prijema
support-field-hours = Radno vrijeme
support-field-open_24_7 = Otvoreno danju i noću (24/7)
support-field-funding_source = Izvor financiranja
support-field-funded_until = Financirano do
support-field-status = Status
support-field-status_notice = Obaveštenje o statusu
support-field-role = Uloga
support-field-phone = Telefon
support-field-email = Adresa e-pošte
support-field-available_24_7 = Javlja se danju i noću (24/7)
support-field-unit = Jedinica
support-field-maximum = Najviše
support-field-funded = Financirano
support-field-available = Slobodno sada
support-field-band = Popunjenost
support-field-target_group = Odnosi se na
support-field-as_of = Na dan
support-field-expires_on = Vrijedi do
support-field-organization_id = Organizacija
service-mode-on_site = Na licu mjesta
service-mode-mobile = Mobilni tim
service-mode-remote = Na daljinu (telefonom ili online)
service-gender-female = Žene i djevojčice
service-gender-male = Muškarci i dječaci
service-gender-other = Drugi rodni identiteti
service-group-children = Djeca
service-group-families = Obitelji
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
capacity-unit-transports_month = Prijevoza mjesečno
capacity-unit-case_slots = Slučajeva koje može preuzeti
capacity-band-available = Ima slobodnih mjesta
capacity-band-limited = Ograničeno
capacity-band-full = Popunjeno
capacity-band-waiting_list = Popis čekanja
spoken-language-sq = albanski
spoken-language-sr = srpski
spoken-language-bs = bosanski
spoken-language-hr = hrvatski
spoken-language-mk = makedonski
spoken-language-en = engleski
spoken-language-de = njemački
spoken-language-fr = francuski
spoken-language-it = talijanski
spoken-language-tr = turski
spoken-language-ro = rumunjski
spoken-language-ru = ruski
spoken-language-uk = ukrajinski
spoken-language-ar = arapski
spoken-language-fa = perzijski (farsi)
spoken-language-ur = urdu
spoken-language-ps = paštunski
spoken-language-bn = bengalski
spoken-language-hi = hindi
spoken-language-zh = kineski
spoken-language-es = španjolski
spoken-language-rom = romski
## Referral pathways, the pathway matrix and finding help across borders (pathways)
nav-pathways = Putovi upućivanja
pathways-title = Putovi upućivanja
pathways-intro = Kako se osoba upućuje iz jedne države u drugu, za svaku vrstu usluge: tko što radi, koliko smije trajati svaki korak, što se smije podijeliti i koga treba nazvati.
pathways-legend = Što oznake znače
pathways-legend-agreed = partneri su ga dogovorili i može se koristiti
pathways-legend-draft = još se razrađuje; nemojte ga još koristiti
pathways-legend-suspended = zasad je obustavljen; provjerite s tajništvom
pathways-scroll-hint = Tablica se pomiče bočno unutar svog okvira.
pathways-matrix-region = Matrica putova, može se pomicati
pathways-matrix-caption = Putovi upućivanja: države koje upućuju (retci) prema državama koje primaju (stupci)
pathways-from-to = Iz \ U
pathways-none-here = Nema puta
pathways-list-title = Svi putovi
pathways-none = Nijedan put ne odgovara ovim filtrima.
pathways-back = Natrag na matricu putova
pathway-new = Novi put upućivanja
pathway-edit = Uređivanje puta upućivanja
pathway-saved = Put upućivanja je spremljen.
pathway-used-saved = Zabilježeno: put je danas korišten.
pathway-route = Iz države { $from } u državu { $to }
pathway-from = Upućuje se iz
pathway-to = Upućuje se u
pathway-kind = Vrsta usluge
pathway-status = Status
pathway-status-draft = Nacrt
pathway-status-agreed = Dogovoren
pathway-status-suspended = Obustavljen
pathway-service = Usluga koja prima
pathway-no-service = Još nije navedena
pathway-contact = Kontaktna točka
pathway-no-contact = Kontaktna točka nije navedena
pathway-contact-24-7 = dostupno danju i noću
pathway-consent = Informirani pristanak
pathway-consent-hint = Kako se traži i bilježi pristanak prije nego što se išta podijeli.
pathway-child-consent = Pristanak za djecu
pathway-information = Podaci koji se smiju podijeliti
pathway-information-hint = Samo ove vrste podataka smiju pratiti upućivanje, i to samo uz pristanak.
pathway-information-identity_documents = Osobni dokumenti
pathway-information-medical_needs = Zdravstvene potrebe
pathway-information-language = Jezik
pathway-information-safety_risks = Sigurnosni rizici
pathway-information-family_situation = Obiteljska situacija
pathway-information-legal_status = Pravni status
pathway-escort = Pratnja
pathway-escort-cost = Tko plaća put i pratnju
pathway-document = Sporazum ili standardni postupak
pathway-barriers = Poznate pravne prepreke
pathway-barriers-hint = Unosi iz registra pravnih razlika koji otežavaju ovo upućivanje.
pathway-barrier-topic = Tema registra
pathway-barrier-country = Država unosa
pathway-no-barriers = Nijedna nije zabilježena
pathway-steps = Koraci
pathway-steps-hint = Redom: tko što radi i koliko dana najviše smije trajati. Prazan redak se preskače.
pathway-step-number = Korak { $n }
pathway-step-actor = Tko
pathway-step-action = Što radi
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
pathway-not-agreed = Ovaj put nije dogovoren: provjerite s tajništvom prije nego što ga upotrijebite.
pathway-last-used = Zadnji put korišten
pathway-never-used = Još nije korišten
pathway-used-today = Korišten danas
pathway-error-same-country = Odaberite državu različitu od one koja upućuje.
pathway-error-service-kind = Ova je usluga druge vrste.
pathway-error-service-country = Ova usluga ne radi u državi koja prima.
pathway-error-contact = Odaberite kontaktnu točku usluge koja prima.
pathway-error-consent = Dogovorenom putu potrebno je pravilo o pristanku.
pathway-error-days = Upišite cijeli broj dana od 0 do 365.
find-title = Pronađite pomoć preko granica
find-intro = Opišite situaciju, ne osobu: prikazuju se usluge koje odgovaraju, sa slobodnim mjestima, kontaktnom točkom i putem upućivanja iz vaše države.
find-nothing-kept = Ništa o ovoj pretrazi ne čuva se: nema zapisa ni povijesti, a adresa pretrage ne bilježi se u dnevnik.
find-country = Pomoć je potrebna u
find-age = Dob
find-gender = Spol ili rod
find-gender-female = Ženski
find-gender-male = Muški
find-gender-other = Drugo
find-language = Jezik koji govori
find-identification = Identifikacija
find-identification-presumed = Pretpostavljena žrtva (bez formalne identifikacije)
find-identification-formal = Formalno identificirana
find-needed-from = Potrebno od
find-from = Upućuje se iz
find-from-own = Država moje organizacije
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
find-verified = Podaci zadnji put provjereni
find-never-verified = nikada
find-funding-ends = Financiranje završava prije nego što je pomoć potrebna:
find-pathway = Put upućivanja
find-no-pathway = Još nema puta iz vaše države
search-kind-service = Usluge
## Figures for the roundtable (monthly counts per service kind, quarterly reports)
nav-figures = Brojke
figures-title = Brojke
figures-intro = Koliko su ljudi organizacije mreže uputile, primile i podržale, po državi i usluzi, na osnovu svojih mjesečnih brojki. Samo brojevi: nijedna brojka ne opisuje osobu.
figures-suppression-note = Brojke od 1 do { $threshold } minus jedan prikazuju se kao „<{ $threshold }“, a gde bi zbir otkrio neku od njih, skriva se i još jedna brojka.
figures-below = <{ $threshold }
figures-quarter = { $quarter }. tromjesečje { $year }.
figures-quarter-label = Tromjesečje
figures-kind = Usluga
figures-country = Država
figures-flow-corner = Iz \ u
figures-total = Ukupno
figures-reporting = { $count ->
    [one] { $count } organizacija je prijavila brojke za ovo tromjesečje.
    [few] { $count } organizacije su prijavile brojke za ovo tromjesečje.
   *[other] { $count } organizacija je prijavilo brojke za ovo tromjesečje.
}
figures-example-notice = Ove brojke uključuju izmišljene demonstracijske podatke.
figures-report-link = Prijavite brojke moje organizacije
figures-download-csv = Preuzmite kao CSV
figures-table-by-country = Po državi
figures-table-by-kind = Novopodržane osobe, po usluzi
figures-table-flows = Prekogranična upućivanja
figures-table-unmet = Nezadovoljene potrebe: upućivanja odbijena zbog nedostatka kapaciteta
figures-table-own = Brojke moje organizacije (točne, samo za vas)
figures-table-gaps = Praznine u pokrivenosti
figures-own-hint = Samo članovi vaše organizacije vide ove točne brojeve; svi ostali vide zbrojeve po državi.
figures-own-none = Vaša organizacija nije prijavila brojke za ovo tromjesečje.
figures-gaps-hint = Gdje nijedna organizacija nije prijavila uslugu u nekoj državi, ili nitko nije dobio podršku.
figures-gap-no-report = bez prijave
figures-gap-none-assisted = nitko nije podržan
figures-gap-covered = pokriveno
figures-chart-title = Novopodržane osobe, po državi
figures-chart-caption = Iste brojke nalaze se u prvoj tablici ispod.
figures-measure-received = Primljena upućivanja
figures-measure-sent = Poslana upućivanja
figures-measure-new = Novopodržani
figures-measure-ongoing = Podrška u toku
figures-measure-declined = Odbijena upućivanja
figures-measure-bed_nights = Noćenja
figures-csv-quarter = Tromjesečje
figures-csv-table = Tablica
figures-csv-row = Redak
figures-csv-column = Stupac
figures-csv-value = Vrijednost
figures-mine-title = Brojke moje organizacije
figures-mine-intro = Jedan obrazac mjesečno za svaku uslugu: samo brojevi. Mjesec ostaje otvoren do 10. u sljedećem mjesecu; kasnije izmjene bilježe se kao ispravci.
figures-back-to-report = Natrag na brojke mreže
figures-reported = prijavljeno
figures-not-reported = još nije prijavljeno
figures-month-open = Otvoreno do { $date }
figures-month-closed = Zatvoreno.
figures-form-title = { $kind }: { $month }
figures-correction-note = Ako sada spremite, bilježi se ispravak, sa vašim imenom i vremenom.
figures-counts-only = Samo cijeli brojevi, od 0 naviše; prazno polje znači 0. Nikada ne unosite imena niti druge podatke o osobi.
figures-breakdown = Raščlanjavanje podržanih osoba
figures-breakdown-show = Prikažite ova polja
figures-breakdown-none = Bez raščlanjavanja
figures-breakdown-sex = Po polu
figures-breakdown-age = Djeca i odrasli
figures-breakdown-origin = Domaći, iz regije ili iz trećih zemalja
figures-breakdown-hint-none = Jedan broj za sve.
figures-breakdown-hint-sex = Jedan broj za svaku grupu; zajedno čine ukupan broj.
figures-breakdown-hint-age = Djeca su osobe mlađe od 18 godina.
figures-breakdown-hint-origin = Iz regije: iz druge države mreže.
figures-category-all = Svi
figures-category-female = Žene i djevojčice
figures-category-male = Muškarci i dječaci
figures-category-other = Drugi rod
figures-category-child = Djeca
figures-category-adult = Odrasli
figures-category-national = Domaći državljani
figures-category-regional = Iz regije
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
figures-reason-not_eligible = Ne ispunjava uvjete
figures-reason-no_consent = Bez pristanka
figures-reason-other = Drugi razlog
figures-error-number = Unesite cijeli broj, na primjer 0 ili 12.
figures-error-negative = Broj ne može biti manji od 0.
figures-error-too-large = Unesite najviše { $max }.
figures-saved = Brojke su spremljene.
figures-revisions = Spremanja
figures-revision-saved = Verziju { $version } spremio/la { $name }, { $when }.
figures-revision-correction = Verzija { $version }: ispravak unio/la { $name }, { $when }, nakon zatvaranja mjeseca.
## Services kept fresh: the monthly "still correct?" mail, the secretariat's list of services to check, capacity and funding notices
category-services = Usluge
freshness-review-title = Usluge za provjeru
freshness-review-lists = Popisi usluga za provjeru
freshness-unconfirmed-heading = Nisu potvrđene { $days } dana
freshness-funding-heading = Financiranje završava u sljedećih { $months } mjeseci
freshness-last-confirmed = Posljednja potvrda: { $date }
freshness-never-confirmed = Nikad nije potvrđeno
freshness-funded-until = Financirano do { $date }
freshness-see-all = Prikažite sve ({ $count })
freshness-unconfirmed-none = Sve su usluge nedavno potvrđene.
freshness-funding-none = Nijednoj usluzi financiranje ne završava u sljedećim mjesecima.
freshness-col-service = Usluga
freshness-col-organization = Organizacija
freshness-col-funded-until = Financirano do
freshness-col-confirmed = Posljednja potvrda
freshness-confirm-title = Jesu li podaci i dalje točni?
freshness-confirm-question = Jesu li podaci o usluzi { $service } ({ $organization }) u imeniku usluga mreže i dalje točni?
freshness-confirm-submit = Da, i dalje su točni
freshness-confirm-done = Hvala: usluga { $service } potvrđena je { $date }.
freshness-confirm-thanks = Ako se nešto promijeni, prijavite se i ažurirajte podatke o usluzi.
freshness-link-invalid-title = Ova poveznica ne radi
freshness-link-invalid-text = Poveznica je nepotpuna ili je istekla (poveznice vrijede 45 dana), ili usluga više ne postoji. Prijavite se kako biste potvrdili ili ažurirali usluge svoje organizacije ili pričekajte poruku sljedećeg mjeseca.
freshness-link-invalid-sign-in = Prijava
email-service-confirm-subject = Jesu li usluge organizacije { $organization } i dalje točne?
email-service-confirm-intro = Jednom mjesečno molimo kontaktne osobe organizacije { $organization } da provjere njezine usluge u imeniku usluga mreže. Broj usluga na popisu: { $count }.
email-service-confirm-how = Ako su podaci o usluzi i dalje točni, dovoljan je jedan klik. Ako se nešto promijenilo, molimo vas da ih ažurirate.
email-service-confirm-still-correct = I dalje točno
email-service-confirm-update = Ažurirajte
email-service-confirm-expiry = Poveznice vrijede { $days } dana.
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
    [families] obitelji
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
email-service-funding-subject = Financiranje usluge { $service } završava { $date }
email-service-funding-text = Financiranje usluge { $service } ({ $organization }) završava { $date }, { $months ->
    [one] za otprilike mjesec dana
   *[other] za otprilike { $months } mjeseci
}.
email-service-funding-source = Financira: { $source }
freshness-follow-title = Pratite usluge
freshness-follow-intro = Primajte e-poštu kada usluga koja radi u nekoj zemlji, ili neka vrsta usluge, prijavi promjenu kapaciteta: ima mjesta, malo mjesta, popunjeno ili lista čekanja.
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
email-service-band-why = Ovu poruku primate jer pratite usluge po zemlji ili vrsti. Za promjenu: { $url }
figures-percent = { $percent } %
figures-no-rate = nije prikazano
figures-table-occupancy = Popunjenost: noćenja u odnosu na krevete
figures-occupancy-chart = Popunjenost, po državi
figures-occupancy-chart-caption = Iste stope nalaze se u tablici ispod; država bez stope nema stupac.
figures-beds = Kreveti
figures-occupancy-rate = Popunjenost
figures-occupancy-note = Popunjenost je broj prijavljenih noćenja podijeljen s kreveti × { $days } dana tromjesečja. Kreveti su zbroj najvećih brojki o krevetima, potvrđenih i neisteklih danas, aktivnih usluga svake države. Stopa se ne prikazuje kada su noćenja skrivena ili kada nema kreveta.
figures-table-at-risk = Kapacitet u opasnosti: financiranje završava u sljedećih šest mjeseci
figures-at-risk-corner = Država: usluga
figures-services = Usluge
figures-capacity = Kapacitet
figures-funded-until = Financirano do (najranije)
figures-no-capacity-figure = nema potvrđene brojke o kapacitetu
figures-at-risk-hint = Usluge koje nisu zatvorene i čije financiranje završava u sljedećih šest mjeseci, najranije prvo, s potvrđenim kapacitetom. Kapaciteti su mjesta, a ne ljudi, pa se ne skrivaju.
figures-at-risk-none = Nijednoj usluzi financiranje ne završava u sljedećih šest mjeseci.
figures-breakdowns = Osobe kojima je pružena pomoć, po raščlambi
figures-breakdowns-hint = Svaka organizacija mjesečno prijavljuje jednu raščlambu; svaka tablica broji samo organizacije koje su je odabrale, pa se ove tablice ne zbrajaju u ukupne brojke iznad.
figures-breakdown-reported = { $count ->
    [one] Prijavila { $count } organizacija ovog tromjesečja.
    [few] Prijavile { $count } organizacije ovog tromjesečja.
   *[other] Prijavilo { $count } organizacija ovog tromjesečja.
}
# Figures on the post-meeting report and the dashboard
glance-newly-assisted = Novopodržane osobe
glance-sent-across-borders = Upućivanja u drugu zemlju
glance-declined-no-capacity = Upućivanja odbijena zbog nedostatka kapaciteta
post-report-figures = Brojke za okrugli stol: { $quarter }
post-report-figures-link = Sve brojke za { $quarter }
post-report-figures-none = Nijedna organizacija nije dostavila brojke za ovo tromjesečje.
post-report-figures-chart-caption = Iste su brojke u tablici ispod, uz ostale mjere.
post-report-figures-choose = Brojke u ovom izvješću
post-report-figures-default = { $quarter } (tromjesečje prije sastanka)
post-report-figures-off = Bez brojki
post-report-figures-show = Prikaži
dashboard-figures-month = Brojke vaše organizacije za { $month }
dashboard-figures-no-kinds = Vaša organizacija još nema upisanih usluga: brojke dostavite putem stranice s brojkama.
dashboard-figures-missing = Još nije dostavljeno:
dashboard-figures-all-reported = Svi su obrasci za ovaj mjesec dostavljeni. Hvala.
dashboard-figures-reported = Dostavljeno:
dashboard-figures-all-months = Svi mjeseci
dashboard-figures-see-network = Brojke mreže
dashboard-services-unconfirmed = Vaše usluge nepotvrđene { $days } dana
dashboard-services-unconfirmed-hint = Otvorite uslugu i potvrdite podatke ako su i dalje točni ili ih ažurirajte.
dashboard-services-unconfirmed-none = Sve su vaše usluge potvrđene u posljednjih { $days } dana.
dashboard-figures-network = Mreža: { $quarter }
dashboard-figures-organizations = Organizacije članice koje su dostavile brojke za { $month }: { $reported } od { $total }.
dashboard-figures-chart-caption = Iste su brojke u tablici ispod.
dashboard-figures-all = Sve brojke za tromjesečje

## HSDS import
hsds-import-title = Uvoz usluga (HSDS)
hsds-import-link = Uvoz usluga (HSDS)
hsds-import-intro = Učitajte usluge drugog imenika prema specifikaciji podataka o socijalnim uslugama (Open Referral HSDS 3.0, kapacitet iz 3.1): paket podataka (ZIP datoteka s datapackage.json i CSV datotekama, kao naš izvoz) ili HSDS JSON.
hsds-import-rules = Prvo se provjerava cijeli paket: ako nešto nije u redu, ništa se ne sprema, a svaki problem se navodi s datotekom, retkom i poljem. Organizacije već moraju biti u imeniku. Usluga, kontaktna točka ili podatak o kapacitetu koji smo mi izvezli se ažurira; ostali se dodaju. Ništa se ne briše, a povjerljiva adresa se nikada ne prepisuje.
hsds-import-package = HSDS paket (ZIP ili JSON)
hsds-import-submit = Provjeri i uvezi
hsds-import-done = Paket je uvezen.
hsds-import-unchanged = Ništa se nije promijenilo: imenik je već sadržavao sve iz paketa.
hsds-import-organizations = Organizacije pronađene u imeniku
hsds-import-done-caption = Što je uvoz spremio
hsds-import-what = Zapisi
hsds-import-created = Dodano
hsds-import-updated = Ažurirano
hsds-import-row-services = Usluge
hsds-import-row-contacts = Kontaktne točke
hsds-import-row-capacity = Podaci o kapacitetu
hsds-import-see-services = Pogledajte usluge
hsds-import-has-errors = Paket nije uvezen i ništa nije spremljeno. Ispravite ove probleme i ponovo ga učitajte.
hsds-import-problems-caption = Problemi u paketu
hsds-import-file = Datoteka
hsds-import-line = Redak
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
hsds-import-error-csv = Ovaj redak se ne može pročitati kao CSV (suvišan navodnik ili pogrešan broj ćelija).
hsds-import-error-column = Nedostaje stupac { $column }.
hsds-import-error-too-many-rows = Ova datoteka ima više od { $limit } redaka.
hsds-import-error-json = Ovo nije ispravan JSON.
hsds-import-error-json-shape = Svaka usluga u HSDS JSON-u mora biti objekt.
hsds-import-error-required = Ovo polje je obavezno.
hsds-import-error-duplicate = Ovaj id je već upotrijebljen u retku { $line }.
hsds-import-error-reference = Nijedan redak datoteke { $file } nema id { $id }.
hsds-import-error-organization = Organizacija „{ $name }“ nije u imeniku. Prvo je dodajte ili upotrijebite id koji joj daje naš izvoz.
hsds-import-error-other-organization = Ova usluga pripada drugoj organizaciji u imeniku.
hsds-import-error-kind = „{ $code }“ nije vrsta usluge koju bilježimo.
hsds-import-error-kind-missing = Nedostaje vrsta usluge: povežite uslugu s jednom od naših vrsta usluga u attributes.csv.
hsds-import-error-country = „{ $name }“ nije država mreže.
hsds-import-error-language = „{ $code }“ nije jedan od jezika koje bilježimo.
hsds-import-error-unit = „{ $unit }“ nije jedinica koju bilježimo (kreveti, mjesta, osobe mjesečno, prijevozi mjesečno, slučajevi).
hsds-import-error-status = „{ $status }“ nije HSDS status (active, inactive, defunct, temporarily closed).
hsds-import-error-date = Ovo nije datum: napišite ga kao 2026-12-31 ili 2026-12-31T09:00:00Z.
hsds-import-error-number = Ovo nije cijeli broj.
hsds-import-error-changed = Jedna usluga se promijenila dok se paket uvozio, pa ništa nije spremljeno. Ponovo uvezite paket.
hsds-import-error-unreadable = Učitavanje je prekinuto. Pokušajte ponovo.
