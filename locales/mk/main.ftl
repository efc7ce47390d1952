# Macedonian (македонски), Cyrillic script catalogue of Roundtable.
# Status: draft translation, not yet reviewed by a native speaker.

## Roundtable message catalogue: English.
## Keep sentences short and plain; many readers use English as a second language.

app-name = Roundtable
skip-to-content = Прескокнете до главната содржина
nav-label = Главна навигација
nav-dashboard = Преглед
nav-directory = Именик
nav-admin = Администрација
nav-settings = Поставки
nav-sign-in = Најавете се
nav-sign-out = Одјавете се
signed-in-as = Најавени сте како { $name }
footer-text = Roundtable е заедничкиот работен простор на регионалната мрежа. Тој никогаш не чува лични податоци за жртвите на трговија со луѓе.
paging-label = Страници
paging-summary = Страница { $page } од { $pages }
paging-previous = Претходна страница
paging-next = Следна страница
paging-total = { $total ->
    [one] { $total } резултат
   *[other] { $total } резултати
}
form-errors-title = Поправете ги полињата означени подолу.
form-required = задолжително
save = Зачувајте
cancel = Откажете
apply-filters = Применете ги филтрите
clear-filters = Исчистете ги филтрите
any = Било кое
yes = Да
no = Не
none-yet = Тука сè уште нема ништо.

role-secretariat = Секретаријат
role-member = Организација членка
role-observer = Набљудувач

landing-title = Добредојдовте во Roundtable
landing-intro = Во Roundtable регионалната мрежа на организации што им помагаат на жртвите на трговија со луѓе ги планира своите средби, ги следи договореното и ги споредува националните закони.
landing-countries = Мрежата работи во Албанија, Босна и Херцеговина, Косово*, Црна Гора, Северна Македонија и Србија.
landing-sign-in = Најавете се за да продолжите

dashboard-title = Преглед
dashboard-welcome = Добредојдовте, { $name }.
dashboard-directory = Организации во мрежата по држава

login-title = Најавете се
login-email = Адреса на е-пошта
login-password = Лозинка
login-submit = Најавете се
login-invalid = Адресата на е-пошта или лозинката не се точни. Обидете се повторно.
login-throttled = Премногу неуспешни обиди за најава. Почекајте 15 минути и обидете се повторно.
logout-done = Се одјавивте.

set-password-title = Изберете лозинка
set-password-intro = Изберете лозинка од најмалку 10 знаци. Кратка реченица лесно се памети, а тешко се погодува.
set-password-new = Нова лозинка
set-password-confirm = Внесете ја лозинката повторно
set-password-submit = Зачувајте ја лозинката
set-password-invalid = Оваа врска е истечена или веќе е искористена. Побарајте нова од секретаријатот.
set-password-done = Лозинката е зачувана. Сега можете да се најавите.
password-mismatch = Двете лозинки не се исти.

directory-title = Именик
directory-intro = Организации членки и партнери на мрежата, со услугите што ги нудат.
directory-search = Име или кратенка
directory-country = Држава
directory-kind = Вид организација
directory-service = Услуга
directory-status = Членство
directory-include-archived = Вклучете ги и архивираните организации
directory-export = Преземете како CSV
directory-service-map = Мапа на услуги
directory-new = Додајте организација
directory-empty = Ниедна организација не одговара на овие филтри.
directory-col-name = Организација
directory-col-country = Држава
directory-col-kind = Вид
directory-col-services = Услуги
archived = Архивирано

service-map-title = Мапа на услуги
service-map-intro = Кои услуги ги нудат организациите од мрежата во секоја држава.
service-map-service = Услуга
service-map-none = нема

org-new-title = Додајте организација
org-edit-title = Уредете ја организацијата
org-created = Организацијата е додадена.
org-saved = Промените се зачувани.
org-archived = Организацијата е архивирана.
org-restored = Организацијата е вратена.
org-name = Назив
org-acronym = Кратенка
org-country = Држава
org-country-choose = Изберете држава
org-kind = Вид организација
org-membership = Статус на членство
org-joined = Датум на зачленување во мрежата
org-joined-hint = Формат: ГГГГ-ММ-ДД, на пример 2019-03-15.
org-website = Веб-страница
org-email = Адреса на е-пошта
org-phone = Телефон
org-address = Адреса
org-description = Опис
org-services = Услуги што ги нуди организацијата
org-services-hint = Означете ја секоја услуга и, ако е корисно, запишете го капацитетот (на пример „12 места во засолниште, жени и деца“).
org-capacity = Белешка за капацитетот за { $service }
org-people = Лица
org-add-person = Додајте лице
org-edit = Уредете
org-archive = Архивирајте ја организацијата
org-restore = Вратете ја организацијата
org-details = Детали

org-kind-cso = Граѓанска организација
org-kind-government = Државна институција
org-kind-international = Меѓународна организација
org-kind-donor = Донатор
org-kind-other = Друго

membership-member = Членка
membership-observer = Набљудувач
membership-former = Поранешна членка

service-shelter = Засолниште
service-medical_screening = Медицински преглед
service-psychosocial_support = Психосоцијална поддршка
service-legal_aid = Правна помош
service-social_services = Социјални услуги
service-return_transport = Превоз при враќање
service-reintegration_assistance = Помош за реинтеграција
service-vocational_training = Стручна обука
service-hotline = Линија за помош
service-identification_outreach = Идентификација и теренска работа
service-other = Друго
service-interpretation = Толкување
service-child_protection = Заштита на децата

network-role-focal_point = Контакт лице
network-role-deputy_focal_point = Заменик на контакт лицето
network-role-contact = Контакт
network-role-director = Директор
network-role-other = Друго

person-new-title = Додајте лице
person-edit-title = Уредете го лицето
person-created = Лицето е додадено.
person-saved = Промените се зачувани.
person-archived = Лицето е архивирано.
person-restored = Лицето е вратено.
person-name = Име и презиме
person-title = Работно место
person-organization = Организација
person-email = Адреса на е-пошта
person-phone = Телефон
person-languages = Јазици
person-languages-hint = На пример: shqip, English
person-network-role = Улога во мрежата
person-archive = Архивирајте го лицето
person-restore = Вратете го лицето

settings-password = Променете ја лозинката
settings-password-submit = Променете ја лозинката
settings-password-changed = Лозинката е променета. Другите прелистувачи во кои бевте најавени на Вашата сметка се одјавени.
settings-title = Поставки
settings-profile = Ваш профил
settings-name = Вашето име
settings-language = Јазик
settings-time-zone = Временска зона
settings-saved = Поставките се зачувани.
settings-tokens = API-токени
settings-tokens-intro = Скрипти и други програми можат да го користат JSON API со личен токен. Чувајте го токенот како лозинка.
settings-token-name = Назив на токенот
settings-token-name-hint = За што служи токенот, на пример „Скрипта за месечен извештај“.
settings-token-create = Создадете токен
settings-token-new = Вашиот нов токен. Копирајте го сега: нема да се прикаже повторно.
settings-token-revoke = Поништете
settings-token-created = Создаден
settings-token-last-used = Последно користен
settings-token-never = никогаш
settings-tokens-none = Немате API-токени.
token-revoked = Токенот е поништен. Програмите што го користат веќе не можат да се поврзат.

admin-person-title = Лице од именикот за оваа сметка
admin-person-intro = Сметката му припаѓа на ова лице од именикот: неговите покани, одговори и задачи се и на сметката.
admin-person = Лице од именикот
admin-person-none = Нема лице од именикот
admin-person-taken = припаѓа на друга сметка
admin-person-change = Променете
admin-person-choose = Изберете лице од списокот.
admin-title = Администрација
admin-users = Кориснички сметки
admin-new-user = Поканете корисник
admin-countries = Држави
admin-col-name = Име
admin-col-email = Е-пошта
admin-col-role = Улога
admin-col-organization = Организација
admin-col-status = Статус
admin-col-last-login = Последна најава
admin-active = Активна
admin-inactive = Деактивирана
admin-deactivate = Деактивирајте
admin-activate = Активирајте
user-new-title = Поканете корисник
user-email = Адреса на е-пошта
user-name = Име и презиме
user-role = Улога
user-organization = Организација
user-organization-none = Без организација
user-created-title = Сметката е создадена
user-created-text = Сметката за { $name } ({ $email }) е создадена и по е-пошта е испратена покана за избор на лозинка. Врската во неа важи 7 дена.
user-saved = Сметката е ажурирана.
user-cannot-deactivate-self = Не можете да ја деактивирате сопствената сметка.
countries-title = Држави
countries-intro = Шесте држави од мрежата се веќе внесени. Тука додајте партнерски држави надвор од регионот.
country-code = ISO-код
country-code-hint = Две букви, на пример IT.
country-name = Назив
country-region = Во регионот
country-add = Додајте држава
country-added = Државата е додадена.

error-back-home = Одете на почетната страница

## Email
email-footer = Ја добивате оваа порака затоа што имате сметка на Roundtable, работниот простор на регионалната мрежа.
email-unsubscribe = Откажете ги овие пораки
email-preferences = Променете ги поставките за е-пошта
email-hello = Здраво, { $name },
email-link-fallback = Ако копчето не работи, копирајте ја оваа адреса во прелистувачот:
email-invitation-subject = Поканети сте во Roundtable
email-invitation-intro = { $inviter } Ви создаде сметка на Roundtable, заедничкиот работен простор на регионалната мрежа.
email-invitation-action = Изберете лозинка
email-invitation-expiry = Оваа врска може да се користи еднаш и важи 7 дена.
email-reset-subject = Ресетирајте ја лозинката за Roundtable
email-reset-intro = Некој побара ресетирање на лозинката на Вашата сметка на Roundtable. Користете ја оваа врска за да изберете нова лозинка:
email-reset-action = Изберете нова лозинка
email-reset-expiry = Врската може да се користи еднаш и важи 1 час.
email-reset-ignore = Ако Вие не го побаравте ова, занемарете ја оваа порака; лозинката останува иста.
email-change-subject = Потврдете ја новата адреса на е-пошта
email-change-intro = Потврдете дека { $address } е Вашата нова адреса на е-пошта за Roundtable.
email-change-action = Потврдете ја новата адреса
email-change-expiry = Врската може да се користи еднаш и важи 24 часа. Додека не потврдите, се користи старата адреса.
email-changed-subject = Вашата адреса на е-пошта за Roundtable се менува
email-changed-intro = Некој побара адресата на е-пошта на Вашата сметка на Roundtable да се промени во { $address }. Промената важи дури кога ќе се потврди новата адреса.
email-changed-not-you = Ако тоа не бевте Вие, најавете се, променете ја лозинката и известете го секретаријатот.
email-digest-daily-subject = { $count ->
    [one] Ваше дневно резиме од Roundtable: { $count } новост
   *[other] Ваше дневно резиме од Roundtable: { $count } новости
}
email-digest-weekly-subject = { $count ->
    [one] Ваше неделно резиме од Roundtable: { $count } новост
   *[other] Ваше неделно резиме од Roundtable: { $count } новости
}
email-digest-intro = { $count ->
    [one] Од Вашето последно резиме има { $count } новост.
   *[other] Од Вашето последно резиме има { $count } новости.
}
email-test-subject = Пробна порака од Roundtable
email-test-body = Ова е пробна порака од Roundtable. Ако можете да ја прочитате, испраќањето е-пошта работи.

## Password reset and address change
login-forgot = Ја заборавивте лозинката?
reset-title = Ресетирајте ја лозинката
reset-intro = Внесете ја адресата на е-пошта на Вашата сметка. Ќе Ви испратиме врска за избор на нова лозинка.
reset-submit = Испратете ја врската
reset-sent = Ако постои сметка со оваа адреса, на неа испративме врска за избор на нова лозинка. Врската важи 1 час. Ако не пристигне, проверете ја папката за спам.
confirm-email-title = Потврдете ја новата адреса на е-пошта
confirm-email-intro = Отсега да се користи { $address } како Ваша адреса на е-пошта за Roundtable?
confirm-email-submit = Да, користете ја оваа адреса
confirm-email-done = Адресата на е-пошта е променета.
confirm-email-invalid = Оваа врска е истечена или веќе е искористена. Нова можете да побарате во Поставки.

## Settings: email and notifications
settings-email = Адреса на е-пошта
settings-email-current = Вашата адреса на е-пошта е { $address }.
settings-new-email = Нова адреса на е-пошта
settings-current-password = Вашата сегашна лозинка
settings-email-submit = Променете ја адресата на е-пошта
email-change-sent = Испративме врска за потврда на новата адреса. Промената важи кога ќе ја отворите.
notifications-title = Известувања по е-пошта
notifications-intro = Изберете како сакате да дознавате за секој вид новости. Резимеата пристигнуваат наутро според Вашата временска зона (неделните во понеделник).
notifications-saved = Поставките за е-пошта се зачувани.
notifications-account-note = Пораките за Вашата сметка (покани, ресетирање лозинка, промена на адреса) секогаш се испраќаат.
delivery-immediately = Веднаш
delivery-daily = Дневно резиме
delivery-weekly = Неделно резиме
delivery-off = Исклучено
category-events = Настани и покани
category-agenda = Промени во дневниот ред
category-action_items = Задачи
category-legal = Регистар на правни разлики
category-documents = Документи
category-digest = Резимеа
unsubscribe-title = Откажување пораки
unsubscribe-intro = Да престанат пораките за: { $category }?
unsubscribe-submit = Откажете ги пораките
unsubscribe-done = Повеќе нема да ги добивате овие пораки. Ова можете да го промените секогаш во поставките за е-пошта.

## Admin: mail
admin-mail = Редица за е-пошта
mail-title = Редица за е-пошта
mail-pending = Чекаат на испраќање
mail-sent-today = Испратени денес
mail-failed = Неуспешни, ќе се испратат повторно
mail-dead = Не можеа да се испорачаат
mail-dead-title = Пораки што не можеа да се испорачаат
mail-dead-none = Нема неиспорачани пораки.
mail-col-to = До
mail-col-subject = Наслов
mail-col-error = Грешка
mail-col-attempts = Обиди
mail-retry = Обидете се повторно
mail-discard = Отфрлете
mail-retried = Пораката е повторно во редицата.
mail-discarded = Пораката е отфрлена.

## Events
nav-events = Настани
events-title = Настани
events-upcoming = Претстојни настани
events-past = Минати настани
events-year = Година
events-none = Ниеден настан не одговара на овие филтри.
events-subscribe = Претплатете се во Вашиот календар
events-feed-hint = Календарски фид со јавните настани на мрежата:
event-new-title = Создадете настан
event-edit-title = Уредете го настанот
event-created = Настанот е создаден.
event-saved = Промените се зачувани.
event-cancelled = Настанот е откажан.
event-duplicated = Копијата е создадена како нацрт. Проверете ги деталите и зачувајте.
event-duplicate-title = Копирајте
event-duplicate-intro = Направете копија од „{ $title }“ со дневниот ред, за следната средба од серијата.
event-duplicate-date = Прв ден на новиот настан
event-duplicate-submit = Направете копија
event-cancel = Откажете го настанот
event-title = Наслов
event-kind = Вид настан
event-description = Опис
event-description-hint = Можете да користите Markdown: **задебелено**, списоци, врски.
event-start = Почнува
event-end = Завршува
event-start-date = Датум на почеток
event-start-time = Време на почеток
event-end-date = Датум на крај
event-end-time = Време на крај
event-date = Датум
event-time = Време
event-venue = Место
event-venue-name = Назив на местото
event-city = Град
event-online = онлајн
event-online-link = Врска за онлајн учество
event-project = Проект или извор на финансирање
event-languages = Јазици
event-capacity = Број на места
event-visibility = Кој може да го види
event-status = Статус
event-organizers = Организатори
event-add-to-calendar = Додајте во календар (.ics)
event-add-to-google = Додајте во Google Calendar
event-agenda-ics = Сесии од дневниот ред (.ics)
event-kind-roundtable = Тркалезна маса
event-kind-network_meeting = Средба на мрежата
event-kind-working_group = Работна група
event-kind-training = Обука
event-kind-webinar = Вебинар
event-kind-other = Друго
event-visibility-public = Јавно
event-visibility-network = Членки на мрежата
event-visibility-invited = Само поканети лица
event-status-draft = Нацрт
event-status-published = Објавен
event-status-cancelled = Откажан
event-status-completed = Завршен
agenda-title = Дневен ред
agenda-draft = нацрт
agenda-none = Дневниот ред сè уште не е објавен.
agenda-publish = Објавете го дневниот ред
agenda-published = Дневниот ред е објавен.
item-new-title = Додајте точка на дневниот ред
item-edit-title = Уредете ја точката од дневниот ред
item-saved = Точката од дневниот ред е зачувана.
item-saved-with-warning = Точката од дневниот ред е зачувана, но проверете:
item-deleted = Точката од дневниот ред е отстранета.
item-delete = Отстранете
item-overlap = Се преклопува со „{ $title }“ ({ $start }–{ $end }) во истата сала.
item-day = Ден
item-start = Време на почеток
item-end = Време на крај
item-time = Време
# A time the clocks show twice (the autumn change): agenda items keep the first.
item-time-repeated = { $time } (првиот пат, { $summer ->
        [yes] летно време
       *[no] стандардно време
    })
item-title = Наслов
item-kind = Вид
item-track = Сала или тематска линија
item-track-hint = Точките во иста сала не смеат да се преклопуваат.
item-moderator = Модератор
item-speakers = Говорници
item-speakers-hint = Еден говорник во ред: име, па организација. На пример: Arta Demo, засолниште „Shpresa e Re“
item-kind-plenary = Пленарна седница
item-kind-session = Сесија
item-kind-panel = Панел
item-kind-working_group = Работна група
item-kind-break = Пауза
item-kind-meal = Оброк
feed-title = Ваш календарски фид
feed-intro = Додајте ја оваа адреса во Вашата апликација за календар (Outlook, Google Calendar, Apple Calendar) како претплата. Таа ги прикажува настаните што можете да ги видите, вклучително и оние на кои сте поканети.
feed-subscribe = Претплатете се
feed-secret = Не ја споделувајте оваа адреса: секој што ја има може да ги види Вашите настани. Ако создадете нова адреса, старата престанува да работи.
feed-settings-intro = Приватна адреса за Вашата апликација за календар, со настаните што можете да ги видите.
feed-create = Создадете нова адреса за календарот

## Event mails
email-event-invitation-subject = Покана: { $title }
email-event-updated-subject = Изменето: { $title }
email-event-cancelled-subject = Откажано: { $title }
email-event-invitation-intro = Поканети сте на „{ $title }“. Поканата е приложена за Вашиот календар. Известете нè дали ќе дојдете.
email-event-updated-intro = Деталите за „{ $title }“ се променети. Приложената измена ја заменува претходната во Вашиот календар.
email-event-cancelled-intro = Настанот „{ $title }“ е откажан. Прилогот го отстранува од Вашиот календар.
email-event-details = Детали за настанот
email-event-rsvp = Одговорете на поканата
# In the description of an invitation's calendar entry: the personal, signed answer link.
ics-answer-here = Одговорете тука: { $url }

## Participants and RSVP
participants-title = Учесници
participants-summary = Поканети или учесници: { $total }; доаѓаат: { $accepted }; на листата на чекање: { $waitlisted }.
participants-by-country = По држава и организација
participants-count = Лица
participants-names = Имиња
participants-no-names = Се прикажуваат имињата само на лицата што се согласиле да се споделат.
participants-attended = Присуствуваше
participants-save-attendance = Зачувајте го присуството
participants-attendance-saved = Присуството е зачувано.
participants-invite = Поканете
participants-invite-orgs = Организации (се покануваат нивните контакт лица)
participants-invite-people = Лица
participants-invite-submit = Испратете покани
invite-open-picker = Изберете кого да поканите
invite-hint = Означете организации (се покануваат нивните контакт лица и заменици) и лица, па испратете. Се испраќа само она што е означено на оваа страница; со филтрите и страниците ќе ги најдете сите други.
invite-language = Јазик на поканата
invite-language-hint = За лица без кориснички профил; лицата со профил добиваат пораки на јазикот од своите поставки.
invite-filter-organization = Организација
invite-filter-name = Име
invite-already = веќе има покана
invite-no-email = нема адреса на е-пошта
invite-no-match = Никој не одговара на овие филтри.
invite-more-organizations = Организации што одговараат: { $count }; прикажани се првите 100. Стеснете ги филтрите за да ги најдете другите.
invite-publish-first = Објавете го настанот пред да поканите луѓе.
filters = Филтри
participants-invited = Поканети: { $added }; веќе беа на списокот: { $already }.
participant-status-invited = Покана испратена, сè уште нема одговор
participant-status-accepted = Доаѓа
participant-status-tentative = Можеби
participant-status-declined = Не доаѓа
participant-status-waitlisted = На листата на чекање
rsvp-title = Ваш одговор
rsvp-question = { $name }, дали ќе учествувате?
rsvp-accepted = Да, ќе дојдам
rsvp-tentative = Можеби
rsvp-declined = Не, не можам да дојдам
rsvp-dietary = Потреби во врска со храната (по избор)
rsvp-accessibility = Потреби за пристапност (по избор)
rsvp-share-name = Другите учесници може да го видат моето име
rsvp-submit = Испратете го одговорот
rsvp-change = Променете го одговорот
rsvp-invited = Поканети сте
rsvp-saved = Вашиот одговор е зачуван.
rsvp-closed = Одговорите веќе не може да се менуваат: настанот почна или е откажан.
rsvp-thanks = Ви благодариме, { $name }.
rsvp-your-answer = Ваш одговор
rsvp-waitlisted = Настанот е полн, па сте на листата на чекање. Ќе Ви пишеме ако се ослободи место.

## Agenda changes
agenda-change-added = Ново: { $kind } „{ $title }“, { $day }, { $start }–{ $end }.
agenda-change-removed = Отстрането: „{ $title }“ ({ $day }, { $start }).
agenda-change-renamed = „{ $old }“ сега се вика „{ $new }“.
agenda-change-moved = Преместено: { $kind } „{ $title }“, од { $from } на { $to }.
agenda-change-end = „{ $title }“ сега завршува во { $end }.
agenda-change-room = Нова сала за „{ $title }“: „{ $room }“.
agenda-change-speakers = Модераторот или говорниците на „{ $title }“ се променети.
email-agenda-published-subject = Објавен дневен ред: { $title }
email-agenda-changed-subject = Промени во дневниот ред: { $title }
email-agenda-published-intro = Дневниот ред на „{ $title }“ е објавен.
email-agenda-changed-intro = Дневниот ред на „{ $title }“ е променет:
email-agenda-yours = Ваши сесии
agenda-revisions = Историја на дневниот ред
agenda-revision = Верзија { $number }
agenda-revision-by = од { $name }
agenda-compare = Споредете
agenda-compare-title = Споредете верзии на дневниот ред
agenda-compare-from = Од верзија
agenda-compare-to = До верзија
agenda-no-changes = Нема разлики.
events-month = Месечен календар
events-month-prev = Претходен месец
events-month-next = Следен месец
events-month-today = Овој месец
import-title = Увезете покана
import-intro = Прикачете календарска датотека (.ics), на пример покана од Outlook или Google Calendar. Од неа се создава нацрт-настан што ќе го дополните.
import-file = Календарска датотека (.ics)
import-submit = Увезете
import-failed = Датотеката не можеше да се увезе. Ништо не е создадено.
import-too-large = Датотеката е поголема од 1 MB; календарската покана е многу помала. Проверете дали ја избравте вистинската датотека.
import-empty = Датотеката е празна.
import-not-text = Ова не е календарска датотека (не е текст).
import-done = Од датотеката е создаден нацрт-настан. Проверете ги деталите и зачувајте.
import-venue-unknown = Местото ќе биде потврдено
import-unreadable = Прикачената датотека не можеше да се прочита. Обидете се повторно.
import-preview-title = Проверете го увозот
import-preview-intro = Ова ќе се создаде од датотеката { $file }. Ништо не се зачувува додека не потврдите.
import-col-title = Наслов
import-col-when = Кога
import-col-zone = Временска зона
import-col-venue = Место
import-col-link = Врска за онлајн учество
import-all-day = цел ден
import-create = { $count ->
    [one] Создадете { $count } нацрт-настан
   *[other] Создадете { $count } нацрт-настани
}
import-choose-zone = Временска зона на настанот
import-show-zone = Прикажете ги времињата во оваа зона
import-another-file = Изберете друга датотека
import-done-many = Создадени се { $count } нацрт-настани: серија, прикажана подолу. Проверете ги деталите на секој пред да објавите.
import-gone = Таа датотека е веќе увезена или нејзиниот преглед истече по еден ден. Ништо повеќе не е создадено.
import-zone-needed = Изберете во која временска зона се времињата, па потврдете.
import-zone-unknown = Според датотеката, времињата се во „{ $tzid }“, временска зона што Roundtable не ја познава. Изберете во која временска зона се; прегледот потоа повторно ќе ги прикаже.
import-zone-floating = Датотеката не кажува во која временска зона се времињата. Изберете ја; прегледот потоа повторно ќе ги прикаже.
import-zone-suggested = Правилата за временска зона во самата датотека одговараат на { $zone }, која е однапред избрана.
import-note-series = „{ $title }“ се повторува: ќе се создадат { $count } посебни нацрт-настани, по еден за секоја средба.
import-note-cut = Средбата се повторува без крај или подолго од една година: ќе се создадат само првите { $count } средби, до { $until }.
import-line = Ред { $line }: { $message }
import-no-colon = во овој ред нема „:“ меѓу името на својството и неговата вредност.
import-bad-name = „{ $name }“ не е име на својство.
import-end-mismatch = END:{ $end } го затвора BEGIN:{ $begin }.
import-end-unmatched = END:{ $end } нема соодветен BEGIN.
import-outside = ова својство е надвор од BEGIN:VCALENDAR.
import-not-calendar = Ова не е iCalendar-датотека (нема BEGIN:VCALENDAR).
import-not-closed = BEGIN:{ $component } никогаш не се затвора (датотеката можеби е скратена).
import-no-event = Во датотеката нема настан (VEVENT).
import-no-title = настанот нема наслов (SUMMARY).
import-no-start = настанот нема почеток (DTSTART).
import-bad-time = „{ $value }“ не е датум и време.
import-no-such-time = { $value } не постои во { $zone }: во тој час часовниците се поместуваат нанапред.
import-bad-duration = „{ $value }“ не е времетраење (на пример PT1H30M или P1D).
import-ends-before = настанот завршува пред да почне.
import-rule-unsupported = средбата се повторува според правило што Roundtable не може да го следи ({ $part }). Наместо тоа, извезете една средба од Вашата апликација за календар или создадете ги настаните тука.
import-rule-invalid = „{ $part }“ не е важечко правило за повторување.
import-too-many = Датотеката содржи повеќе од { $limit } настани; увезувајте најмногу { $limit } наеднаш.
event-all-day = Цел ден (без време: датумите се првиот и последниот ден)
item-move-up = Поместете порано
item-move-down = Поместете подоцна
item-moved = Редоследот е променет; секоја точка го задржа своето времетраење.
item-not-moved = Оваа точка не може да се помести повеќе.
item-moderator-directory = Или изберете модератор од именикот
item-speakers-directory = Додајте говорници од именикот
item-speakers-directory-hint = Избраните лица се додаваат во списокот погоре; надворешните говорници можете да ги внесете таму.
weekday-mon = Пон
weekday-tue = Вто
weekday-wed = Сре
weekday-thu = Чет
weekday-fri = Пет
weekday-sat = Саб
weekday-sun = Нед

## Action items
nav-actions = Задачи
actions-title = Задачи
actions-views = Прикази
actions-view-all = Сите задачи
actions-view-mine = Мои задачи
actions-view-org = Мојата организација
actions-view-overdue = Со изминат рок
actions-none = Ниедна задача не одговара на овие филтри.
actions-due-from = Рок од
actions-due-to = Рок до
actions-sort = Подредете по
actions-sort-due = Рок
actions-sort-priority = Приоритет
actions-sort-updated = Последна промена
actions-sort-title = Наслов
action-new-title = Нова задача
action-edit-title = Уредете ја задачата
action-created = Задачата е создадена.
action-saved = Промените се зачувани.
action-progress-saved = Вашето ажурирање е зачувано.
action-title = Наслов
action-owner = Одговорна организација
action-due = Рок
action-overdue = рокот е изминат
action-priority = Приоритет
action-status = Статус
action-percent = Процент завршено
action-tags = Ознаки
action-tags-hint = Одделете ги ознаките со запирки, на пример: засолниште, финансирање
action-countries = Засегнати држави
action-supporters = Организации што помагаат
action-source = Од средбата
action-progress = Известете за напредокот
action-comment = Коментар
action-new-status = Нов статус
action-status-unchanged = Без промена
action-progress-submit = Зачувајте го ажурирањето
action-timeline = Историја
action-status-open = Отворена
action-status-in_progress = Во тек
action-status-blocked = Блокирана
action-status-done = Завршена
action-status-cancelled = Откажана
action-priority-low = Низок
action-priority-normal = Нормален
action-priority-high = Висок
action-field-created = Создадена
action-field-comment = Коментар
action-field-title = Наслов
action-field-description = Опис
action-field-owner_org_id = Одговорна организација
action-field-owner_person_id = Одговорно лице
action-field-due_on = Рок
action-field-priority = Приоритет
action-field-status = Статус
action-field-percent = Процент завршено
action-field-countries = Држави
action-field-tags = Ознаки
action-field-supporters = Организации што помагаат
action-field-event_id = Настан
action-field-agenda_item_id = Точка од дневниот ред
action-mail-assigned = Нова задача за Вашата организација: { $title }
action-mail-status = Променет статус: { $title }
action-mail-comment = Ново ажурирање: { $title }
action-mail-due7 = Рокот истекува за 7 дена: { $title }
action-mail-due1 = Рокот истекува утре: { $title }
action-mail-overdue = Рокот е изминат: { $title }
action-quick-in_progress = Означете како „Во тек“
action-quick-done = Означете како завршена
action-quick-note = Додајте белешка
action-open-item = Отворете ја задачата
action-quick-title = Потврдете
action-quick-confirm-in_progress = Да се означи „{ $title }“ како „Во тек“?
action-quick-confirm-done = Да се означи „{ $title }“ како завршена?
action-quick-confirm-note = Додајте белешка кон „{ $title }“:
action-quick-submit = Потврдете
action-quick-done-message = Ви благодариме. Задачата е ажурирана.
report-title = Извештај за следење
report-back = Назад кон настанот
report-summary = Договорени задачи: { $total }; завршени: { $done }; со изминат рок: { $overdue }; просечно завршено: { $average }%.
report-chart-title = Задачи по статус низ времето
report-chart-table = Истите бројки во табела
report-date = Датум
actions-bulk = Променете ги означените задачи
actions-bulk-select = Изберете
actions-bulk-owner = Нова одговорна организација
actions-bulk-submit = Применете на означените задачи
actions-bulk-done = Променети задачи: { $count }.
dashboard-invitations = Покани што чекаат Ваш одговор
dashboard-my-items = Отворени задачи на Вашата организација
dashboard-no-items = Вашата организација нема отворени задачи.
dashboard-upcoming = Претстојни настани
dashboard-overdue = Задачи со изминат рок
dashboard-overdue-total = { $count ->
    [one] { $count } задача е со изминат рок.
   *[other] { $count } задачи се со изминат рок.
}
dashboard-overdue-by-org = Изминат рок по организација
dashboard-overdue-by-country = Изминат рок по држава
dashboard-without-person = { $count ->
    [one] { $count } отворена задача нема одговорно лице.
   *[other] { $count } отворени задачи немаат одговорно лице.
}
minutes-title = Записник
minutes-meeting = Цела средба
minutes-notes = Белешки
minutes-decisions = Одлуки
minutes-deadline = Коментари до
minutes-circulate = Испратете им на учесниците
minutes-approve = Одобрете го записникот
minutes-record-correction = Запишете ја исправката
minutes-correction-note = Зошто се исправа ова?
minutes-comments = Коментари и предлози за исправки
minutes-propose-correction = Ова е предлог за исправка
minutes-send-comment = Испратете
minutes-correction = исправка
minutes-history = Верзии
minutes-section = Дел
minutes-saved = Записникот е зачуван.
minutes-circulated = Записникот им е испратен на учесниците за коментари.
minutes-commented = Ви благодариме. Вашиот коментар е додаден.
minutes-approved = Записникот е одобрен и заклучен. Подоцнежните промени се запишуваат како исправки.
minutes-status-draft = Нацрт
minutes-status-circulated = Испратен на коментари
minutes-status-approved = Одобрен
minutes-kind-edit = уреден
minutes-kind-circulated = испратен
minutes-kind-approved = одобрен
minutes-kind-correction = исправка
matters-arising = Прашања од претходните средби
matters-arising-intro = Отворени задачи од претходните средби од оваа серија, за разгледување на оваа средба.
matters-outcome = Исход
matters-record = Запишете
matters-recorded = Исходот е запишан во задачата.
post-report-title = Извештај од средбата
post-report-download = Преземете
post-report-attendance = Присуство
post-report-attended = Присуствуваа { $count } лица.
post-report-accepted = { $count } лица рекоа дека ќе дојдат (присуството сè уште не е означено).
post-report-sessions = Одржани сесии
post-report-minutes-draft = Записникот е сè уште нацрт. Неговите одлуки ќе се појават тука кога секретаријатот ќе го испрати.
post-report-actions = Задачи
post-report-actions-summary = Отворени на оваа средба: { $opened }; досега затворени: { $closed }.
post-report-register = Промени во регистарот на правни разлики
post-report-register-summary = { $count ->
    [one] { $count } промена во регистарот на правни разлики
   *[other] { $count } промени во регистарот на правни разлики
}
action-owner-person = Одговорно лице (по избор)
action-owner-person-none = Никој посебно
actions-more-than-cap = Повеќе од 1000 задачи одговараат: бројот запира тука. Додајте филтер за да го стесните списокот или преземете ги сите како CSV-датотека.

## Legal-disparity register
nav-legal = Регистар на правни разлики
nav-documents = Документи
search-label = Пребарајте низ сè
search-placeholder = Пребарајте
search-button = Пребарајте
edit = Уредете
admin-col-legal-reviewer = Правен рецензент
admin-legal-reviewer-on = Направете правен рецензент
admin-legal-reviewer-off = Отстранете како правен рецензент
legal-title = Регистар на правни разлики
legal-nav = Страници на регистарот
legal-matrix = Матрица
legal-matrix-caption = Оценка на секоја тема во секоја држава
legal-intro = Секој ред е тема, а секоја колона држава. Ќелијата покажува како законот на таа држава се споредува со меѓународниот стандард. Отворете ја ќелијата за да го прочитате записот.
legal-legend = Легенда
legal-examples-title = Измислени примери.
legal-examples-text = Записите означени со „Пример“ се измислена демо-содржина што покажува како работи регистарот. Тие не се вистински оценки и не се правен совет.
legal-example = Пример
legal-example-entry = Овој запис е измислен пример, не е вистинска оценка и не е правен совет.
legal-assessment = Оценка
legal-assessment-aligned = Усогласено
legal-assessment-partly_aligned = Делумно усогласено
legal-assessment-not_aligned = Неусогласено
legal-assessment-no_provision = Нема одредба
legal-assessment-not_assessed = Не е оценето
legal-category = Категорија
legal-topic = Тема
legal-topic-count = Прикажани теми
legal-sort-catalogue = Редослед од каталогот
legal-sort-disparity = Најголемите разлики прво
legal-as-of = Состојба на ден
legal-none = Ниедна тема не одговара на овие филтри.
legal-export-csv = Преземете CSV
legal-export-json = Преземете JSON
legal-export-topics = Преземете ги темите (CSV)
legal-compare-title = Споредете држави
legal-compare-countries = Држави (изберете од 2 до 6)
legal-compare-topics = Теми (не означувајте ниедна за да ги споредите сите теми)
legal-compare-submit = Споредете
legal-compare-choose-countries = Изберете од 2 до 6 држави за споредба.
legal-compare-print = Печатете
legal-compare-print-hint = Оваа страница е подготвена за печатење: користете ја командата „Печати“ на прелистувачот.
legal-compare-back = Назад кон споредбата
legal-compare-hint = Редовите означени со „Се разликува“ имаат различни оценки во избраните држави; ќелиите што се разликуваат од најчестата оценка се обрабени.
legal-differs = Се разликува
legal-differs-from-most = (се разликува)
legal-chart-caption = Столбовите ја покажуваат вредноста за секоја држава; испрекинатата линија е меѓународниот стандард. Црвените столбови не го исполнуваат. Истите вредности се во табелата погоре.
legal-standard = Стандард
legal-no-value = нема запишана вредност
legal-counts = Теми по оценка
legal-not-coe = Оваа држава не е членка на Советот на Европа, па не е страна на Конвенцијата CETS бр. 197 и GRETA не известува за неа. Тоа се прикажува како „не е страна“, а не како недостаток.
legal-follow-country = Следете ја оваа држава
legal-follow-topic = Следете ја оваа тема
legal-unfollow = Престанете да следите
legal-unfollow-topic = Престанете да ја следите оваа тема
legal-followed = Ќе бидете известувани за промените (видете ги поставките за известувања).
legal-unfollowed = Повеќе не го следите ова.
legal-follow-bad = Изберете тема или држава за следење.
legal-question = Прашање
legal-ref-cets = Конвенција на Советот на Европа (CETS бр. 197)
legal-ref-directive = Директива на ЕУ 2011/36/EU (изменета со Директивата 2024/1712)
legal-ref-palermo = Протокол од Палермо
legal-parameter = Измерена вредност
legal-by-country = По држава
legal-widest-first = Државите најоддалечени од стандардот се прикажуваат први.
legal-topic-retired = Повлечена
legal-version = Верзија
legal-show-current = Прикажете го тековниот запис
legal-show-as-of = Прикажете го записот како што беше на
legal-show = Прикажете
legal-edit-title = Уредете го записот
legal-propose-title = Предложете промена
legal-propose-hint = Секретаријатот или правен рецензент ќе го разгледа Вашиот предлог, ќе го прифати или одбие и ќе Ве извести по е-пошта.
legal-propose-submit = Испратете го предлогот
legal-gap-to-action = Создадете задача за овој недостаток
legal-pending-proposals = Предлози што чекаат одлука:
legal-empty = Не е наведено
legal-greta = Препорака на GRETA (Совет на Европа)
legal-greta-none = Нема запишана препорака на GRETA.
legal-greta-implemented = Спроведена
legal-greta-partly = Делумно спроведена
legal-greta-not_implemented = Не е спроведена
legal-evidence-law = Законска регулатива
legal-evidence-implementation = Спроведување
legal-evidence-practice = Практика
legal-linked-items = Задачи
legal-no-items = Нема задачи поврзани со овој запис.
legal-history = Историја
legal-no-history = За овој запис сè уште ништо не е запишано.
legal-field = Поле
legal-old = Пред
legal-new = По
legal-current = Сега
legal-proposed = Предложено
legal-field-assessment = Оценка
legal-field-summary = Национална одредба (резиме)
legal-field-citations = Правни извори
legal-field-parameter_value = Вредност
legal-field-effective_on = Во сила од
legal-field-source_links = Извори
legal-field-differences = Што се разликува и зошто е важно
legal-field-reviewed_on = Последен преглед
legal-field-reviewed_by = Прегледано од
legal-field-evidence_kind = Вид доказ
legal-field-greta_round = Круг на извештаи на GRETA
legal-field-greta_paragraph = Став
legal-field-greta_text = Препорака
legal-field-greta_status = Статус на спроведување
legal-citations-hint = Закон, член и број на службен весник, по еден во ред.
legal-parameter-hint = Број, на пример 30.
legal-links-hint = Една веб-адреса во ред, што почнува со https://.
legal-none-chosen = Не е наведено
legal-change-note = Белешка за оваа промена (по избор)
legal-source-edit = уредено
legal-source-proposal = прифатен предлог
legal-source-import = увоз од CSV
legal-source-api = API
legal-source-demo = демо-податоци
legal-saved = Записот е зачуван.
legal-unchanged = Ништо не е променето, па ништо не е зачувано.
legal-changes-title = Што е променето
legal-changes-since = Промени од
legal-changes-count = промени
legal-since = Од
legal-until = До
legal-since-event = Од тркалезна маса:
legal-print-all = Прикажете сè на една страница за печатење
legal-no-changes = Нема промени во овој период.
legal-proposals-title = Предлози
legal-proposals-intro-reviewer = Промени што членките ги предложиле за записите на својата држава. Отворете предлог за да го прифатите или одбиете.
legal-proposals-intro-member = Промените што ги предложивте и што е одлучено.
legal-proposal-pending = Чека
legal-proposal-accepted = Прифатен
legal-proposal-rejected = Одбиен
legal-no-proposals = Тука нема предлози.
legal-proposal-title = Предлог
legal-proposal-comment = Зошто оваа промена?
legal-proposal-sent = Вашиот предлог е испратен. Ќе добиете е-порака кога ќе се одлучи.
legal-proposal-sent-at = Испратен
legal-proposed-by = Предложено од
legal-proposal-changes = Предложени промени
legal-proposal-no-difference = Записот веќе го содржи предложеното.
legal-proposal-stale = Записот е променет откако е даден предлогот. Проверете го тековниот текст пред да прифатите.
legal-decision-comment = Коментар за предлагачот
legal-accept = Прифатете и применете
legal-reject = Одбијте
legal-decision-choose = Изберете дали го прифаќате или го одбивате предлогот.
legal-proposal-accepted-msg = Предлогот е прифатен и записот е ажуриран.
legal-proposal-rejected-msg = Предлогот е одбиен.
legal-topics-title = Каталог на теми
legal-topic-new = Додајте тема
legal-topic-edit = Уредете ја темата
legal-topic-code = Код
legal-topic-code-hint = Букви, цифри и цртички, на пример RES-05.
legal-topic-title = Наслов
legal-topic-texts-title = Преводи
legal-topic-texts-hint = Читателите ја гледаат темата на својот јазик. Поле оставено празно го прикажува текстот на англиски.
legal-topic-texts-sq = Наслов и прашање на албански
legal-topic-texts-sr-Latn = Наслов и прашање на српски (латиница; кирилицата се прави од неа)
legal-topic-texts-bs = Наслов и прашање на босански
legal-topic-texts-hr = Наслов и прашање на хрватски
legal-topic-texts-cnr = Наслов и прашање на црногорски
legal-topic-texts-mk = Наслов и прашање на македонски
legal-topic-order = Редослед
legal-topic-retire = Повлечете
legal-topic-restore = Вратете
legal-topic-saved = Темата е зачувана.
legal-topic-retired-msg = Темата е повлечена. Нејзините записи и историја се зачувани.
legal-topic-restored-msg = Темата е повторно во регистарот.
legal-move-up = Поместете нагоре
legal-move-down = Поместете надолу
legal-parameter-name-hint = Само за теми со број за споредба, на пример „период за закрепнување и размислување“.
legal-unit = Единица
legal-threshold = Бројка според стандардот
legal-threshold-kind = Стандардот е
legal-import-title = Увезете од CSV
legal-import-intro = Прикачете CSV-датотека. Најпрво ќе ги видите сите проблеми; ништо не се зачувува додека не потврдите, а потоа се зачувуваат или сите редови или ниеден.
legal-import-entries-columns = Записи: колони topic_code, country, assessment и која било од другите колони од извозот на регистарот.
legal-import-topics-columns = Теми: колони code, category, title, question и, по избор, референците, parameter, unit, threshold и threshold_kind.
legal-import-kind = Што содржи датотеката?
legal-import-kind-entries = Записи по држави
legal-import-kind-topics = Теми
legal-import-file = CSV-датотека (UTF-8, најмногу 5 MB)
legal-import-check = Проверете ја датотеката
legal-import-unreadable = Прикачената датотека не можеше да се прочита. Обидете се повторно.
legal-import-too-large = Датотеката е поголема од 5 MB. Поделете ја на помали датотеки.
legal-import-empty = Датотеката е празна. Изберете CSV-датотека со ред со заглавија и редови со податоци.
legal-import-not-utf8 = Оваа датотека не е текст во UTF-8. Во програмата за табели зачувајте ја како „CSV UTF-8“.
legal-import-preview-title = Проверете го увозот
legal-import-rows = Редови во датотеката
legal-import-ready = Не се пронајдени проблеми. Проверете ги редовите подолу и зачувајте ги.
legal-import-save-all = Зачувајте ги сите редови
legal-import-has-errors = Ништо не може да се зачува додека овие проблеми не се поправат во датотеката.
legal-import-line = Ред
legal-import-column = Колона
legal-import-problem = Проблем
legal-import-again = Прикачете поправена датотека
legal-import-changed = Регистарот е променет откако ја проверивте датотеката, па ништо не е зачувано. Прикачете ја повторно.
legal-import-done = Зачувани редови: { $count }.
legal-mail-change-subject = Регистар на правни разлики: промена кај { $topic } ({ $country })
legal-mail-change-intro = { $who } го промени овој запис во регистарот на правни разлики:
legal-mail-decision-accepted = Вашиот предлог за { $topic } ({ $country }) е прифатен
legal-mail-decision-rejected = Вашиот предлог за { $topic } ({ $country }) не е прифатен
legal-mail-open = Отворете го записот
legal-mail-comment = Коментар
action-legal-link = Запис во регистарот на правни разлики
action-legal-gap-title = Надминете го недостатокот
action-field-legal_topic_id = Тема од регистарот на правни разлики
action-field-legal_country = Држава од регистарот на правни разлики
dashboard-register = Промени во регистарот на правни разлики за { $country } (последните 90 дена)
dashboard-register-all = Видете ги сите промени ({ $count })
dashboard-register-none = Нема промени во последните 90 дена.

## Concurrent edits
stale-edit-title = Овој запис е променет додека го уредувавте.
server-busy-body = Во моментов многу луѓе користат Roundtable, па оваа страница не можеше да се подготви навреме. Ништо не е променето. Обидете се повторно за малку.
stale-edit-body = Некој друг го зачувал овој запис откако Вие го отворивте. Вашиот текст е зачуван подолу; тековниот зачуван текст е прикажан до секое поле што се разликува. Спојте ги и зачувајте повторно.
stale-edit-fields = Полиња што се разликуваат од тековниот зачуван текст:
stale-edit-same = Зачуваниот текст е ист како Вашиот во секое поле; зачувајте повторно за да го задржите.
stale-current-value = Тековен зачуван текст
stale-empty = (празно)
edit-version-missing = Овој образец не кажува на која верзија од записот се заснова. Вчитајте ја страницата повторно и направете ја промената одново.
api-if-match-required = Испратете го заглавието If-Match со ETag од GET на овој запис, за да не се пребрише промена што некој друг ја зачувал во меѓувреме.
api-if-match-stale = Записот е променет по верзијата наведена во If-Match. Повторете GET, спојте ја Вашата промена и испратете го новиот ETag.
api-if-match-invalid = If-Match мора да биде ETag од GET на овој запис, на пример "3".

# Document details fields, as named on a page refused because someone else saved first
doc-field-title = Наслов
doc-field-doc-type = Тип
doc-field-description = Опис
doc-field-languages = Јазици
doc-field-tags = Ознаки
doc-field-visibility = Кој може да го види
doc-field-owner-org-id = Одговорна организација
doc-field-lifecycle = Статус во мрежата
doc-field-supersedes-id = Го заменува документот број
doc-field-variant-of-id = Превод или национална адаптација на документот број
doc-field-variant-kind = Тоа е
doc-field-review-on = Датум за преглед
doc-field-countries = Држави на кои се однесува
doc-field-topics = Теми од регистарот на правни разлики
doc-field-events = Поврзани настани
doc-field-agenda = Поврзани точки од дневниот ред

## Time-zone choice lists: the network's zones by city and country
tz-group-network = Временски зони на мрежата
tz-group-other = Други временски зони
tz-tirane = Тирана – Албанија
tz-sarajevo = Сараево – Босна и Херцеговина
tz-belgrade = Белград – Србија, Косово*
tz-podgorica = Подгорица – Црна Гора
tz-skopje = Скопје – Северна Македонија

## Confirmation pages: what will happen before an irreversible or far-reaching action
confirm-what-happens = Што ќе се случи:
confirm-keep = Вратете се назад без промени
event-cancel-confirm-title = Да се откаже „{ $title }“?
event-cancel-confirm-told = { $count ->
    [0] Сè уште никој не е поканет, па никој нема да биде известен.
    [one] { $count } учесник ќе биде известен дека настанот е откажан (е-порака со откажување за календарот).
   *[other] { $count } учесници ќе бидат известени дека настанот е откажан (е-порака со откажување за календарот).
}
event-cancel-confirm-final = Настанот останува во календарот, означен како откажан. Ова не може да се врати.
item-delete-confirm-title = Да се отстрани оваа точка од дневниот ред?
item-delete-confirm-which = „{ $title }“, { $day }, { $start }–{ $end }, ќе се отстрани од дневниот ред. Претходните верзии остануваат во историјата на дневниот ред.
item-delete-confirm-notice = Дневниот ред е објавен: учесниците ќе прочитаат за промената во следното известување за дневниот ред.
item-not-moved-past = Овој настан заврши; неговиот дневен ред се чува каков што беше.
org-archive-confirm-title = Да се архивира { $name }?
org-archive-confirm-lists = Таа ќе исчезне од списоците и извозите на именикот, а нејзините лица повеќе нема да се нудат за покани.
org-archive-confirm-restore = Нејзините податоци остануваат; секретаријатот може да ја врати од нејзината страница.
mail-discard-confirm-title = Да се отфрли оваа порака?
mail-discard-confirm-which = Пораката до { $to } („{ $subject }“) нема да се испрати.
mail-discard-confirm-final = Се отстранува од списокот на пораки што не можеа да се испорачаат. Ова не може да се врати.
actions-bulk-confirm-title = Да се променат означените задачи?
actions-bulk-confirm-count = { $count ->
    [one] { $count } задача ќе се промени:
   *[other] { $count } задачи ќе се променат:
}
actions-bulk-confirm-status = статусот станува „{ $status }“;
actions-bulk-confirm-owner = одговорна организација станува { $owner }.

## Invitees without an account: the signed invitation page and its mail
quiet-title = Известувања за дневниот ред на овој настан
quiet-question = Да престанат пораките за промени во дневниот ред на овој настан? Сепак ќе бидете известени ако се промени датумот, времето или местото на настанот или ако тој се откаже.
quiet-submit = Запрете ги известувањата за дневниот ред
quiet-done = Повеќе нема да добивате известувања за дневниот ред на овој настан. Поканата, промените на датумот, времето или местото и откажувањето и понатаму ќе Ви стигнуваат.
email-quiet-event = Запрете ги известувањата за дневниот ред на овој настан
email-footer-invited = Ја добивате оваа порака затоа што секретаријатот на мрежата Ве покани на овој настан. Не Ви треба сметка: врските во оваа порака работат без најава.
rsvp-details = За настанот
rsvp-agenda = Дневен ред

## Dashboard
dashboard-documents = Неодамнешни документи
dashboard-document-updated = { $type }, ажурирано { $updated }
dashboard-documents-all = Сите документи
dashboard-upcoming-all = Сите претстојни настани
dashboard-upcoming-none = Нема претстојни настани.
dashboard-col-overdue = Задачи со изминат рок
dashboard-col-organizations = Организации

## A document's versions
document-versions = Верзии
document-col-version = Верзија
document-col-file = Датотека
document-col-note = Белешка
document-col-uploaded = Прикачено
document-restore = Вратете
document-current = тековна
document-text-pending = Се подготвува за пребарување
document-details = Детали
document-sha256 = SHA-256 контролен збир
document-make-current = Направете ја повторно тековна

## Where an event and its agenda stand (event page, secretariat)
event-state-label = Објавување
event-state-draft = Нацрт: овој настан го гледа само секретаријатот. Објавете го (Уредете → Статус) пред да поканите луѓе или да го објавите дневниот ред.
event-state-agenda-draft = Објавен. Дневниот ред е нацрт: учесниците сè уште не го гледаат.
event-state-published = Објавен со дневниот ред: учесниците ги гледаат и двете.
event-state-cancelled = Откажан: учесниците се известени.
event-state-ended = Завршен: настанот и неговиот дневен ред се чуваат како евиденција.
event-manage = Управувајте со настанот
event-for-participants = За учесниците
agenda-publish-event-first = Прво објавете го настанот (Уредете → Статус); потоа објавете го дневниот ред.

## The downloaded post-meeting report
post-report-file-note = Овој извештај е зачуван од Roundtable. Извештајот онлајн: { $url }
legal-matrix-by-country = Читајте држава по држава
legal-matrix-scroll-hint = Табелата се движи настрана во своето поле; темите и државите остануваат видливи.
legal-matrix-region = Регистарот по тема и држава
legal-mismatch-meets = Измерената вредност го достигнува прагот на стандардот, а записот е оценет како недостаток. Проверете ја вредноста или оценката.
legal-mismatch-short = Измерената вредност не го достигнува прагот на стандардот, а записот е оценет како усогласен. Проверете ја вредноста или оценката.
legal-mismatch = Вредност и оценка
legal-threshold-min = минимум
legal-threshold-max = максимум
events-month-none = Нема настани овој месец.

## Languages
language-switch-label = Јазик
language-switch-submit = Прикажете на овој јазик
language-unknown = Тој јазик не е достапен. Изберете јазик од списокот.
translation-draft = Овој превод е нацрт и сè уште не е прегледан од лице на кое македонскиот му е мајчин јазик. Пријавете му го на секретаријатот секој погрешен или нејасен израз: { $email }

## Country names (the network's six; Kosovo gets its asterisk and footnote from the code)
country-name-AL = Албанија
country-name-BA = Босна и Херцеговина
country-name-XK = Косово
country-name-ME = Црна Гора
country-name-MK = Северна Македонија
country-name-RS = Србија

## Moved from code and templates
## Everything below was English in the code or the templates until now; each text is the same.

## Error answers (pages and the API)
error-not-found = Не можевме да ја најдеме таа страница или тој запис.
error-sign-in = Најавете се за да продолжите.
error-forbidden = Немате дозвола за ова.
error-csrf = Овој образец истече. Вратете се назад, вчитајте ја страницата повторно и обидете се пак.
# $site: this site's own address
error-foreign-origin = Ова барање е испратено од друга веб-страница, па е одбиено за да се заштити Вашата сметка. Самите отворете го { $site } и обидете се повторно таму.
error-validation = Некои полиња треба да се поправат.
error-no-room = Серверот нема простор за да ја зачува оваа датотека; ништо не е зачувано. Известете го секретаријатот.
error-read-only = Базата на податоци во моментов е само за читање, па ништо не може да се зачува; ништо од она што го испративте не е променето. Обидете се повторно подоцна или известете го секретаријатот.
error-busy = Базата на податоци е зафатена со други промени, па ништо не е зачувано. Обидете се повторно за малку.
error-internal = Нешто тргна наопаку кај нас. Обидете се повторно за малку.
error-nul = Она што го испративте содржи знак NUL, кој не може да се зачува. Отстранете го и обидете се повторно.
error-duplicate = Веќе постои запис со истата вредност.
error-bad-request = Барањето не можеше да се разбере.
error-method = Оваа адреса не прифаќа таков вид барање.
error-too-large = Она што го испративте е преголемо.
error-content-type = Овој вид содржина не се прифаќа тука.
error-too-many = Премногу обиди. Почекајте неколку минути и обидете се повторно.
error-other = Барањето не можеше да се изврши.
# $reason: the database's own words, for whoever runs the server
health-read-only = Базата на податоци е само за читање ({ $reason }).
health-no-answer = Базата на податоци не одговара.

## The heading of an error page: the status number, then its name (HTTP's standard names in English)
http-status-400 = Неисправно барање
http-status-401 = Потребна е најава
http-status-403 = Забрането
http-status-404 = Не е пронајдено
http-status-405 = Методот не е дозволен
http-status-409 = Конфликт
http-status-412 = Предусловот не е исполнет
http-status-413 = Содржината е преголема
http-status-415 = Неподдржан вид содржина
http-status-422 = Содржината не може да се обработи
http-status-428 = Потребен е предуслов
http-status-429 = Премногу барања
http-status-500 = Внатрешна грешка на серверот
http-status-503 = Услугата е недостапна
http-status-507 = Нема доволно простор за складирање

## What was sent did not fit: $what is what was sent, $field a field's name as sent
input-missing-field = { $what ->
        [form] Во образецот
        [address] Во адресата
       *[body] Во телото на барањето
    } недостасува полето „{ $field }“, кое е задолжително.
input-unknown-field = { $what ->
        [form] Образецот
        [address] Адресата
       *[body] Телото на барањето
    } има поле „{ $field }“ што не се користи тука.
input-duplicate-field = { $what ->
        [form] Образецот
        [address] Адресата
       *[body] Телото на барањето
    } го наведува полето „{ $field }“ повеќе од еднаш.
input-bad-value = Една вредност во { $what ->
        [form] образецот
        [address] адресата
       *[body] телото на барањето
    } не е од очекуваниот вид или формат (на пример текст таму каде што треба број или датум).
input-not-json-type = Оваа адреса очекува тело во JSON (Content-Type: application/json).
input-body-too-large = Телото на барањето е преголемо.
input-body-unreadable = Телото на барањето не можеше да се прочита или е преголемо.
input-not-json = Телото на барањето не е важечки JSON.
input-address-unreadable = Адресата не можеше да се прочита.
input-not-a-form = Оваа адреса очекува веб-образец.
input-form-too-large = Образецот е преголем.
input-upload-broken = Прикачувањето е прекинато или образецот не е важечки. Обидете се повторно.
input-form-too-many-fields = Образецот има премногу полиња.
input-form-field-too-long = Едно поле во образецот е предолго.

## The API's own messages
api-error-since = Наведете го `since` во формат ГГГГ-ММ-ДД.
api-error-date = Датумите се пишуваат во формат ГГГГ-ММ-ДД, на пример 2023-12-12.
mail-bad-address = „{ $email }“ не е важечка адреса на е-пошта.

## Form checks shared by all forms and the API
validate-required = Ова поле е задолжително.
# $max: a number of characters
validate-too-long = Ова е предолго: користете најмногу { $max } знаци.
validate-control-characters = Ова содржи знаци што не се дозволени.
validate-one-line = Користете само еден ред.
validate-email = Внесете адреса на е-пошта, на пример name@example.org.
validate-url = Внесете веб-адреса што почнува со https:// или http://.
validate-date = Внесете датум во формат ГГГГ-ММ-ДД, на пример 2023-12-12.
validate-choose = Изберете една од можностите.
validate-choose-listed = Изберете една од можностите од списокот.
validate-choose-org = Изберете организација од списокот.
validate-choose-country = Изберете држава од списокот.
validate-choose-countries = Изберете држави од списокот.
validate-time = Внесете време во формат ЧЧ:ММ, на пример 09:30.
validate-end-after-start = Крајот мора да биде по почетокот.
validate-time-zone = Изберете временска зона од списокот, на пример Europe/Tirane.
validate-number = Внесете број, на пример 30.
validate-percent = Внесете процент од 0 до 100.

## Action items: form checks
action-error-owner = Изберете ја организацијата одговорна за оваа задача.
action-error-owner-person = Изберете лице од одговорната организација.
action-error-supporters = Изберете организации што помагаат од списокот.
action-error-event = Изберете настан од списокот.
action-error-agenda-item = Изберете точка од дневниот ред на избраниот настан.
action-error-legal-entry = Изберете запис од регистарот на правни разлики.
action-error-legal-both = За врска со регистарот на правни разлики потребни се и тема и држава.
action-error-progress-empty = Напишете коментар или изберете нов статус или процент.
action-error-bulk-nothing = Изберете нов статус или нова одговорна организација.
action-error-bulk-none-ticked = Означете ги задачите што сакате да ги промените.

## Legal register: form checks
legal-error-no-parameter = Оваа тема нема измерена вредност: оставете го полето празно.
legal-error-too-many-links = Наведете најмногу 20 веб-адреси.
legal-error-not-coe = { $country } не е членка на Советот на Европа, па GRETA не известува за оваа држава. Оставете ги полињата за GRETA празни.
legal-error-topic-code = Користете само букви, цифри и цртички, на пример RES-05.
legal-error-threshold-kind = Изберете минимум или максимум.
legal-error-parameter = Наведете ја измерената вредност на која се однесува прагот.
legal-error-threshold-kind-missing = Наведете дали стандардот е минимум или максимум.
legal-error-topic-code-taken = Друга тема веќе го има овој код.
legal-error-proposal-unchanged = Вашиот предлог сè уште ништо не менува: уредете барем едно поле.
legal-error-proposal-decided = За овој предлог веќе е одлучено.
# $problem: the CSV reader's own words (English)
legal-import-bad-header = Првиот ред не можеше да се прочита како имиња на колони во CSV ({ $problem }).
legal-import-bad-line = Редот { $line } не можеше да се прочита како CSV ({ $problem }).
legal-import-missing-columns = Датотеката мора да ги има овие колони: { $columns }.
legal-import-no-rows = Датотеката има имиња на колони, но нема редови.
legal-import-code-twice = Кодот { $code } се појавува повеќе од еднаш во датотеката.
legal-import-no-topic = Нема тема со кодот „{ $code }“.
legal-import-no-country = „{ $country }“ не е една од државите во регистарот (користете кодови како AL, BA, XK).
legal-import-entry-twice = { $code } за { $country } се појавува повеќе од еднаш во датотеката.
legal-import-not-saved = Датотеката има грешки; ништо не е зачувано.

## Countries and the directory: form checks
country-error-code = Користете двобуквен ISO-код, на пример IT.
country-error-taken = Оваа држава веќе е во списокот.
org-error-country = Изберете држава.
org-error-services = Изберете услуги од списокот.

## Minutes: form checks
minutes-error-too-long = Записникот е предолг: користете најмногу 200.000 знаци.
minutes-error-deadline = Изберете го последниот ден за коментари.
minutes-error-not-draft = Може да се испрати само записник што е нацрт.
minutes-error-closed = Коментарите за овој записник се затворени.

## Participants: form checks
participants-error-unpublished = Објавете го настанот пред да поканите луѓе.
rsvp-error-started = Овој настан почна: одговорите веќе не може да се менуваат.

## Accounts: form checks
account-error-role = Изберете секретаријат, организација членка или набљудувач.
account-error-no-org = Нема организација со ова име, кратенка или број.
account-error-member-org = Сметката на организација членка мора да има организација.
account-error-email-taken = Веќе постои сметка со оваа адреса на е-пошта.
account-error-link-expired = Оваа врска е истечена или веќе е искористена. Побарајте нова.
account-error-not-current-password = Ова не е Вашата сегашна лозинка.
account-error-new-passwords-differ = Двете нови лозинки не се исти.
account-error-language = Изберете јазик од списокот.
account-error-same-address = Ова веќе е Вашата адреса.
account-error-address-taken = Друга сметка ја користи оваа адреса.
account-error-link-expired-settings = Оваа врска е истечена или веќе е искористена. Нова можете да побарате во Поставки.
account-error-address-taken-now = Друга сметка сега ја користи оваа адреса.
account-error-person-changed = Некој го промени лицето од именикот за оваа сметка додека Вие избиравте. Проверете го изборот и зачувајте повторно.
account-error-person-archived = Ова лице е архивирано; изберете друго.
account-error-person-taken = Ова лице веќе ѝ припаѓа на сметката { $email }.
# $min, $max: numbers of characters
password-too-short = Користете најмалку { $min } знаци.
password-too-long = Користете најмногу { $max } знаци.

## Events and agenda: form checks
event-error-capacity = Внесете го бројот на места, на пример 40.
event-error-organizers = Изберете организатори од списокот.
event-error-venue = Наведете место или врска за онлајн учество (или и двете).
event-error-ended-cancel = Овој настан заврши, па не може да се откаже.
event-error-clock-change-date = На тој датум се поместуваат часовниците; изберете друг.
# $zone: a time zone such as Europe/Tirane
event-error-no-such-time = Ова време не постои во { $zone } (тогаш се поместуваат часовниците).
# $first, $last: dates as YYYY-MM-DD
agenda-error-day = Настанот трае од { $first } до { $last }; изберете ден во тој период.

## Documents: form checks
document-error-title = Внесете наслов.
document-error-title-long = Насловот е предолг (најмногу 300 знаци).
document-error-type = Изберете го типот на документот.
document-error-description-long = Описот е предолг (најмногу 20.000 знаци).
document-error-languages = Изберете јазици од списокот.
document-error-tags-long = Премногу ознаки (најмногу 500 знаци вкупно).
document-error-visibility = Изберете кој може да го види документот.
document-error-lifecycle = Изберете статус од списокот.
document-error-variant-kind = Изберете превод или национална адаптација.
document-error-variant-kind-missing = Наведете дали ова е превод или национална адаптација.
document-error-review-on = Внесете го датумот за преглед како година-месец-ден, на пример 2027-06-30.
document-error-topics = Изберете теми од регистарот од списокот.
document-error-events = Еден од избраните настани веќе не постои.
document-error-agenda = Точките од дневниот ред мора да припаѓаат на поврзан настан.
document-error-self = Документот не може да упатува сам на себе.
document-error-number = Внесете број на документ, на пример 12.
document-error-no-such-number = Нема документ со број { $id } што можете да го видите.

## Uploads: the kinds of file, and why a file is refused
file-kind-pdf = PDF
file-kind-docx = Документ на Word (DOCX)
file-kind-xlsx = Табела на Excel (XLSX)
file-kind-pptx = PowerPoint (PPTX)
file-kind-odt = Текст OpenDocument (ODT)
file-kind-ods = Табела OpenDocument (ODS)
file-kind-txt = Текст (TXT)
file-kind-csv = CSV
file-kind-png = Слика PNG
file-kind-jpeg = Слика JPEG
file-kind-other = Датотека
## A kind of file inside a sentence ("This file is named as a PDF but...")
file-kind-a-pdf = PDF-датотека
file-kind-a-docx = документ на Word (DOCX)
file-kind-a-xlsx = табела на Excel (XLSX)
file-kind-a-pptx = презентација на PowerPoint (PPTX)
file-kind-a-odt = текст OpenDocument (ODT)
file-kind-a-ods = табела OpenDocument (ODS)
file-kind-a-txt = текстуална датотека (TXT)
file-kind-a-csv = CSV-датотека
file-kind-a-png = слика PNG
file-kind-a-jpeg = слика JPEG
upload-empty = Датотеката е празна.
# $types: the list of allowed types, such as "PDF, DOCX, XLSX"
upload-no-extension = Името на датотеката нема наставка, па не можеме да препознаеме каква е. Дозволени типови: { $types }.
upload-refused-type = Датотеки од типот .{ $ext } не се прифаќаат. Дозволени типови: { $types }.
# $declared, $actual: a kind of file inside a sentence (file-kind-a-...)
upload-not-utf8 = Според името, ова е { $declared }, но содржината не е обичен текст во UTF-8. Зачувајте ја датотеката со кодирање UTF-8 и прикачете ја повторно.
upload-unrecognised = Според името, ова е { $declared }, но содржината не е { $declared } ниту некој друг прифатен тип.
upload-mismatch = Според името, ова е { $declared }, но содржината е { $actual }. Преименувајте ја датотеката или прикачете ја вистинската.
# $limit: a size such as "20.0 MB"
upload-too-large = Датотеката е преголема. Најголемата дозволена големина е { $limit }; оваа датотека е поголема.
upload-choose-file = Изберете ја датотеката што сакате да ја прикачите.
upload-api-no-file = Испратете ја датотеката во multipart-поле со името 'file'.
## Sizes of files
size-bytes = { $bytes ->
    [one] { $bytes } бајт
   *[other] { $bytes } бајти
}
size-kb = { $kb } KB
size-mb = { $mb } MB

## Documents: page titles and messages
documents-title = Документи
document-new-title = Додајте документ
document-edit-title = Уредете: { $title }
document-created = Документот е додаден.
document-saved = Промените се зачувани.
document-version-uploaded = Новата верзија е прикачена и сега е тековна.
# $number: the version brought back; $new: the number it has now
document-version-restored = Верзијата { $number } е повторно тековна (како верзија { $new }).
document-archived = Документот е архивиран. Повеќе не се појавува во списоците и во пребарувањето.
document-unarchived = Документот е повторно во списоците и во пребарувањето.
# $type: a document type, in lower case
document-followed = Ќе добиете е-порака кога ќе се додаде или ажурира документ од типот „{ $type }“.
document-unfollowed = Повеќе не го следите овој тип документи.
document-error-unknown-type = Непознат тип документ.
document-error-adopt = Само секретаријатот може да означи дека документот е усвоен од мрежата или заменет.
document-error-adopt-api = Само секретаријатот може да означи документ како усвоен или заменет.

## Documents: the names of types, statuses, languages and who may see one
document-type-guideline = Упатство
document-type-sop = Стандардна оперативна процедура
document-type-referral_form = Образец за упатување
document-type-training = Материјал за обука
document-type-report = Извештај
document-type-presentation = Презентација
document-type-legal_text = Правен текст
document-type-other = Друго
document-visibility-choice-public = Јавно: секој, и без најава
document-visibility-choice-network = Мрежа: сите најавени корисници
document-visibility-choice-secretariat = Само секретаријатот (и одговорната организација)
document-visibility-public = Јавно
document-visibility-network = Мрежа
document-visibility-secretariat = Само секретаријатот
document-lifecycle-none = Не е документ на мрежата
document-lifecycle-draft = Нацрт
document-lifecycle-in_review = Во разгледување
document-lifecycle-adopted = Усвоен од мрежата
document-lifecycle-superseded = Заменет
document-language-en = English
document-language-sq = Shqip
document-language-bs = Bosanski
document-language-hr = Hrvatski
document-language-cnr = Crnogorski
document-language-mk = Македонски
document-language-sr = Српски
document-language-de = Deutsch
document-language-fr = Français
document-variant-translation = Превод
document-variant-adaptation = Национална адаптација
document-variant-of-translation = Превод на
document-variant-of-adaptation = Национална адаптација на
document-text-done = Може да се пребарува
document-text-failed = Не можеше да се прочита за пребарување (насловот и описот сепак може да се пребаруваат)
document-text-none = Насловот и описот може да се пребаруваат

## Documents: the form to add a document or edit its details
document-file = Датотека
# $limit: the largest file accepted, such as "20.0 MB"
document-file-hint = PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), текст (TXT), CSV, PNG или JPEG; најмногу { $limit }.
document-file-again = Заради Ваша безбедност, прелистувачот ја заборава избраната датотека кога образецот ќе се врати: изберете ја повторно.
document-version-note = Белешка за верзијата
document-choose-several = Држете Ctrl (или Cmd) за да изберете повеќе.
document-tags-hint = Одделете ги ознаките со запирки, на пример: засолниште, деца, упатување.
document-owner-secretariat = Секретаријатот
document-supersedes-hint = По избор. Бројот е прикажан на страницата на секој документ, на пример „Бр. 12“.
document-not-a-variant = Не е варијанта
document-review-hint = Одговорната организација ќе добие потсетник по е-пошта на овој датум.
document-save-changes = Зачувајте ги промените
document-upload-and-save = Прикачете и зачувајте

## Documents: the list
documents-intro = Упатства, стандардни оперативни процедури, обрасци за упатување, материјали за обука и извештаи што се споделуваат во мрежата. Секој документ ги чува сите свои верзии.
documents-show-current = Прикажете ги тековните документи
documents-show-archived = Прикажете ги архивираните документи
documents-filter-country = Држава
documents-filter-topic = Тема од регистарот
documents-filter-language = Јазик
documents-col-status = Статус
documents-col-owner = Одговорна организација
documents-col-updated = Ажурирано
# $type: a document type
documents-following-type = Добивате е-порака кога ќе се додаде или ажурира документ од овој тип ({ $type }).
documents-stop-following = Престанете да следите
documents-follow-type = Следете го овој тип ({ $type })
# Follows the button "Follow this type (...)"
documents-follow-why = : добивајте е-порака кога ќе се додаде или ажурира таков документ.
documents-table-caption = Документи, најновата промена прва
# $updated: a date; $version: the number of the current version
documents-updated-version = { $updated } (верзија { $version })
documents-none = Ниеден документ не одговара на овие филтри.

## Documents: one document
# $id: the document's number
document-number = Бр. { $id }
document-number-label = Број на документот
document-example = Пример: измислен демо-документ.
document-is-archived = Овој документ е архивиран. Не се појавува во списоците и во пребарувањето.
# Followed by the documents that replace this one
document-replaced-by = Заменет со:
document-download = Преземете { $filename }
# $type: a kind of file; $size: its size; $number: the version's number
document-current-file = { $type }, { $size }, верзија { $number }
document-review-due = Рок за преглед
document-replaces = Го заменува
document-search-state = Пребарување
document-variants = Преводи и национални адаптации
document-countries = Држави
document-events = Настани
document-agenda = Точки од дневниот ред
document-edit-details = Уредете ги деталите
document-unarchive = Вратете од архивата
document-archive = Архивирајте
document-new-version = Прикачете нова верзија
document-new-version-hint = PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG или JPEG; најмногу { $limit }. Таа станува тековна верзија; претходните верзии остануваат достапни подолу.
document-what-changed = Што е променето
document-upload-version = Прикачете ја новата верзија
# $type: a document type
document-following-type = Ги следите документите од типот „{ $type }“.
document-follow-type = Следете ги документите од типот „{ $type }“
## Documents on another page (an event, a register topic)
documents-add-here = Додајте документ тука
documents-none-yet = Сè уште нема документи.

## Search
search-title = Пребарување
# $words: what was typed
search-title-words = Пребарување: { $words }
search-words = Зборови за пребарување
search-hint = Пребарува документи (и текстот во датотеките PDF, Word, табели, презентации и текстуални датотеки), настани и точки од дневниот ред, задачи, организации и лица и регистарот на правни разлики. Дијакритичките знаци не се важни: „Tirane“ го наоѓа и „Tiranë“.
search-too-short = Внесете барем еден збор од две или повеќе букви.
search-catching-up = Индексот за пребарување сè уште ги внесува неодамнешните промени, па некои можеби сè уште нема да се најдат. Обидете се повторно за една минута.
search-all-results = Сите резултати
search-total = { $total ->
    [one] { $total } резултат.
   *[other] { $total } резултати.
}
search-total-public = { $total ->
    [one] { $total } резултат меѓу јавните страници. Најавете се за да ги пребарувате записите на мрежата.
   *[other] { $total } резултати меѓу јавните страници. Најавете се за да ги пребарувате записите на мрежата.
}
# $kind: a kind of record, such as "Agenda items"
search-see-all = Прикажете ги сите ({ $count }) во „{ $kind }“
search-nothing = Ништо не е пронајдено за „{ $words }“. Обидете се со помалку или пократки зборови.
search-nothing-public = Ништо не е пронајдено за „{ $words }“ меѓу јавните страници. Најавете се за да ги пребарувате записите на мрежата. Обидете се со помалку или пократки зборови.
search-kind-document = Документи
search-kind-event = Настани
search-kind-agenda = Точки од дневниот ред
search-kind-action = Задачи
search-kind-organization = Организации
search-kind-person = Лица
search-kind-legal = Регистар на правни разлики

## Document mails
# $who: a person's name; $type: a document type
email-document-added = { $who } додаде документ ({ $type }) што одговара на она што го следите:
email-document-new-version = { $who } прикачи верзија { $version } од документ што го следите ({ $type }):
email-document-note = Белешка: { $note }
email-document-open = Отворете го документот
email-document-open-text = Отворете го: { $url }
email-document-added-subject = Нов документ: { $title }
email-document-new-version-subject = Нова верзија ({ $version }) на „{ $title }“
# $review_on: a date
email-document-review-due = Дојде датумот за преглед на овој документ ({ $review_on }):
email-document-review-ask = Проверете дали сè уште е точен. Ако е променет, прикачете нова верзија; ако не, поставете го следниот датум за преглед.
email-document-set-review = Поставете го следниот датум за преглед
email-document-set-review-text = Поставете го следниот датум за преглед: { $url }
email-document-review-subject = Време е за преглед: { $title }

## The Kosovo* footnote, wherever a page or a mail names Kosovo*
footnote-label = Фуснота
kosovo-footnote = Овој назив не ги доведува во прашање ставовите за статусот и е во согласност со Резолуцијата 1244/1999 на Советот за безбедност на ОН и со Мислењето на Меѓународниот суд на правдата за прогласувањето на независноста на Косово.

## Notes the product writes into a record's history, in the language of whoever acts
# $name: who proposed the change; $comment: what they wrote with it
legal-note-proposed-by = Предложено од { $name }
legal-note-proposed-by-comment = Предложено од { $name }: { $comment }
# Stands for the proposer's name when their account is gone
legal-note-proposed-by-member = членка
legal-imported-note = Увезено од CSV-датотека
document-restored-note = Вратена е верзијата { $number }.
# A comment on an action item reviewed at a meeting. $title: the meeting; $outcome: what was said
matters-reviewed-at = Разгледано на „{ $title }“: { $outcome }

## Mails written in code (minutes, the waiting list)
minutes-circulated-subject = Записник за коментари: { $title }
# $deadline: a date as YYYY-MM-DD
minutes-circulated-text = Нацрт-записникот од „{ $title }“ е подготвен. Прочитајте го и дајте коментари или предложете исправки до { $deadline }.
rsvp-place-free-subject = Се ослободи место: { $title }
rsvp-place-free-text = Се ослободи место и сега е Ваше. Со задоволство Ве очекуваме.

## Minutes: what changed between two versions, by section
# $section: "Meeting" or an agenda item's title; $part: notes or decisions
minutes-diff-section = { $section } · { $part }
minutes-diff-meeting = Цела средба
# An agenda item deleted since: $id is its number
minutes-diff-item = Точка { $id }
minutes-diff-notes = белешки
minutes-diff-decisions = одлуки

## Calendar files (.ics): text the product writes into events and feeds
# $url: the meeting's online link
ics-online = Онлајн: { $url }
ics-moderator = Модератор: { $name }
# $names: the speakers, separated by semicolons
ics-speakers = Говорници: { $names }
ics-network-calendar = Roundtable: настани на мрежата
# $name: the person whose calendar it is
ics-personal-calendar = Roundtable: { $name }

## Column names of the CSV downloads, as people read them in their spreadsheet. (The legal
## register's export keeps fixed column names: its import reads them back.)

## CSV download of action items: column names
csv-action-id = ид
csv-action-title = наслов
csv-action-owner-organization = одговорна_организација
csv-action-due-on = рок
csv-action-priority = приоритет
csv-action-status = статус
csv-action-percent = процент
csv-action-countries = држави
csv-action-tags = ознаки
csv-action-event-id = ид_на_настан

## CSV download of an event's participants: column names
csv-participant-name = име
csv-participant-email = е-пошта
csv-participant-organization = организација
csv-participant-country = држава
csv-participant-status = статус
csv-participant-dietary = исхрана
csv-participant-accessibility = пристапност
csv-participant-shares-name = го_споделува_името
csv-participant-attended = присуствуваше

## CSV download of the directory: column names
csv-org-id = ид
csv-org-name = назив
csv-org-acronym = кратенка
csv-org-country-code = код_на_држава
csv-org-country = држава
csv-org-kind = вид
csv-org-membership-status = статус_на_членство
csv-org-joined-on = датум_на_зачленување
csv-org-website = веб-страница
csv-org-email = е-пошта
csv-org-phone = телефон
csv-org-address = адреса
csv-org-services = услуги

## The register's measured parameters and units of the seeded topics (others stay as the secretariat wrote them)
legal-parameter-maximum-imprisonment = највисока казна затвор
legal-parameter-maximum-imprisonment-when-aggravated = највисока казна затвор за потешка форма
legal-parameter-reflection-period = период за закрепнување и размислување
legal-parameter-limitation-period = рок на застарување
legal-unit-days = дена
legal-unit-years = години

## Exchange with other directories (HSDS)
directory-export-hsds = Услуги за други именици (HSDS)
# Written into the HSDS export (in English, the network's working language)
hsds-interpretation = Може да се обезбеди толкување.
hsds-confidential-location = Доверлива локација: се споделува само градот.
hsds-24-7 = Отворено 24/7
## Services, contact points and capacity (support: /services)
nav-services = Услуги
support-title = Услуги
support-intro = Што нудат организациите од мрежата, каде и за кого, како се упатува и колку место имаат. Бројките бројат места, никогаш луѓе.
support-org-heading = Услугите подетално
support-totals = Капацитет во овој список
support-total = { $unit }: вкупно { $count }
support-total-available = слободни сега: { $count }
support-total-unconfirmed = бројки што не се потврдени навреме и не се сметаат: { $count }
support-verified-on = Последен пат потврдено како точно на { $date }
support-verified-by = Последен пат потврдено како точно на { $date } од { $name }
support-never-verified = Никој сè уште не ги потврдил овие податоци
support-empty = Ниту една услуга не одговара на овие филтри.
support-edit = Уреди ја услугата
support-confirm = Потврди дека овие податоци се сè уште точни
support-where = Каде
support-who = Кој може да дојде
support-how = Како да се упати
support-contacts = Точки за контакт
support-capacity = Капацитет
support-funding = Финансирање
support-funded-until = финансирано до { $date }
support-back-to-list = Назад кон сите услуги
support-confidential-note = Адресата е доверлива: контактирајте ја услугата преку нејзините точки за контакт.
support-open-24-7 = Отворено дење и ноќе (24/7)
support-ages = Возраст
support-age-range = од { $min } до { $max } години
support-age-from = од { $min } години
support-age-to = до { $max } години
support-all-ages = секоја возраст
support-everyone = Сите
support-edit-item = Измени
support-delete = Отстрани
support-contact-new-title = Додај точка за контакт
support-contact-edit-title = Измени точка за контакт
support-capacity-new-title = Додај податок за капацитет
support-capacity-edit-title = Измени податок за капацитет
support-figure-maximum = { $unit }: најмногу { $count }
support-figure-funded = финансирани: { $count }
support-figure-available = слободни сега: { $count }
support-figure-unconfirmed = Непотврдено од { $date }, затоа не се смета во збирот
support-figure-as-of = Состојба на { $date }
support-new-title = Додај услуга
support-edit-title = Уреди ја услугата
support-choose = Изберете…
support-areas-hint = Општини или региони, како што ги пишувате; оставете празно кога услугата ја покрива целата држава.
support-confidential-hint = Означете за засолниште или секое место чија адреса мора да остане тајна: адресата ја гледаат само вашата организација и секретаријатот; сите други го гледаат градот и точките за контакт.
support-genders-hint = Не означувајте ништо ако услугата е отворена за сите.
support-notice-hint = Потребно кога услугата е запрена: зошто и до кога.
support-contact-hint = Улога, на пример служба за прием или линија 24/7; никогаш лице на кое му помагате.
support-capacity-hint = Само број на места, никогаш податоци за луѓе.
support-available-hint = Го гледаат само организациите членки и секретаријатот.
support-expiry-hint = По овој датум податокот се прикажува како непотврден и не влегува во збирот.
support-created = Услугата е додадена.
support-saved = Услугата е зачувана.
support-confirmed = Ви благодариме: податоците се означени како потврдени денес.
support-contact-saved = Точката за контакт е зачувана.
support-contact-deleted = Точката за контакт е отстранета.
support-capacity-saved = Податокот за капацитет е зачуван.
support-capacity-deleted = Податокот за капацитет е отстранет.
support-contact-delete-title = Да се отстрани точката за контакт „{ $role }“ на { $service }?
support-contact-delete-consequence = Тие што ја бараат услугата повеќе нема да го гледаат овој начин да стигнат до неа.
support-capacity-delete-title = Да се отстрани податокот за { $unit } на { $service }?
support-capacity-delete-consequence = Податокот веднаш исчезнува од страницата на услугата и од збирот.
support-error-age = Внесете возраст во цели години, од 0 до 120.
support-error-age-range = Највисоката возраст не може да биде пониска од најниската.
support-error-modes = Означете барем еден начин на кој работи услугата.
support-error-countries = Означете барем една држава што ја покрива услугата.
support-error-country-unknown = { $code } не е држава од мрежата.
support-error-city-confidential = За доверлива локација потребен е градот, за да се знае каде е услугата.
support-error-notice = Напишете зошто е запрена услугата и до кога.
support-error-contact-reach = Внесете телефонски број или адреса на е-пошта.
support-error-negative = Бројот на места не може да биде негативен.
support-error-count = Внесете цел број.
support-error-available-max = Слободните места не може да бидат повеќе од најголемиот број.
support-error-expiry = Датумот на истекување не може да биде пред датумот на податокот.
support-field-kind = Вид услуга
support-field-name = Назив
support-field-description = Опис
support-field-countries = Држави што ги покрива
support-field-areas = Општини или региони
support-field-modes = Начин на работа
support-field-city = Град
support-field-address = Адреса
support-field-confidential_location = Доверлива локација
support-field-age_min = Најниска возраст
support-field-age_max = Највисока возраст
support-field-genders = Пол или род на корисниците
support-field-target_groups = Целни групи
support-field-identification = Потребна идентификација
support-field-languages = Јазици што се зборуваат
support-field-interpretation = Може да се обезбеди толкувач
support-field-referral = Како доаѓаат луѓето
support-field-intake_steps = Чекори при прием
support-field-hours = Работно време
support-field-open_24_7 = Отворено дење и ноќе (24/7)
support-field-funding_source = Извор на финансирање
support-field-funded_until = Финансирано до
support-field-status = Статус
support-field-status_notice = Известување за статусот
support-field-role = Улога
support-field-phone = Телефон
support-field-email = Адреса на е-пошта
support-field-available_24_7 = Одговара дење и ноќе (24/7)
support-field-unit = Единица
support-field-maximum = Најмногу
support-field-funded = Финансирани
support-field-available = Слободни сега
support-field-band = Пополнетост
support-field-target_group = Се однесува на
support-field-as_of = На датум
support-field-expires_on = Важи до
support-field-organization_id = Организација
service-mode-on_site = На лице место
service-mode-mobile = Мобилен тим
service-mode-remote = На далечина (телефон или онлајн)
service-gender-female = Жени и девојчиња
service-gender-male = Мажи и момчиња
service-gender-other = Други родови идентитети
service-group-children = Деца
service-group-families = Семејства
service-group-third_country_nationals = Државјани на трети земји
service-group-returnees = Повратници
service-group-adults = Возрасни
service-group-women = Жени
service-group-men = Мажи
service-identification-presumed = Доволно е лицето да е претпоставена жртва
service-identification-formal = Потребна е формална идентификација како жртва
service-referral-referral = Само со упатување
service-referral-self = Со упатување или со самостојно јавување
service-status-active = Активна
service-status-suspended = Привремено запрена
service-status-closed = Затворена
capacity-unit-beds = Кревети
capacity-unit-places = Места
capacity-unit-persons_month = Лица месечно
capacity-unit-transports_month = Превози месечно
capacity-unit-case_slots = Случаи што може да ги преземе
capacity-band-available = Има слободни места
capacity-band-limited = Ограничено
capacity-band-full = Пополнето
capacity-band-waiting_list = Листа на чекање
spoken-language-sq = албански
spoken-language-sr = српски
spoken-language-bs = босански
spoken-language-hr = хрватски
spoken-language-mk = македонски
spoken-language-en = англиски
spoken-language-de = германски
spoken-language-fr = француски
spoken-language-it = италијански
spoken-language-tr = турски
spoken-language-ro = романски
spoken-language-ru = руски
spoken-language-uk = украински
spoken-language-ar = арапски
spoken-language-fa = персиски (фарси)
spoken-language-ur = урду
spoken-language-ps = паштунски
spoken-language-bn = бенгалски
spoken-language-hi = хинди
spoken-language-zh = кинески
spoken-language-es = шпански
spoken-language-rom = ромски
## Referral pathways, the pathway matrix and finding help across borders (pathways)
nav-pathways = Патеки за упатување
pathways-title = Патеки за упатување
pathways-intro = Како се упатува лице од една во друга земја, за секој вид услуга: кој што прави, колку најмногу може да трае секој чекор, што смее да се сподели и кого да се повика.
pathways-legend = Што значат ознаките
pathways-legend-agreed = партнерите ја договориле и може да се користи
pathways-legend-draft = сè уште се изработува; не користете ја уште
pathways-legend-suspended = засега е запрена; проверете со секретаријатот
pathways-scroll-hint = Табелата се движи странично во својата рамка.
pathways-matrix-region = Матрица на патеки, може да се лизга
pathways-matrix-caption = Патеки за упатување: земји што упатуваат (редови) кон земји што примаат (колони)
pathways-from-to = Од \ Во
pathways-none-here = Нема патека
pathways-list-title = Сите патеки
pathways-none = Ниту една патека не одговара на овие филтри.
pathways-back = Назад кон матрицата на патеки
pathway-new = Нова патека
pathway-edit = Уреди ја патеката
pathway-saved = Патеката е зачувана.
pathway-used-saved = Запишано: патеката е користена денес.
pathway-route = Од { $from } во { $to }
pathway-from = Упатува од
pathway-to = Упатува во
pathway-kind = Вид услуга
pathway-status = Статус
pathway-status-draft = Нацрт
pathway-status-agreed = Договорена
pathway-status-suspended = Запрена
pathway-service = Услуга што прима
pathway-no-service = Сè уште не е наведена
pathway-contact = Контакт точка
pathway-no-contact = Нема наведена контакт точка
pathway-contact-24-7 = достапно дење и ноќе
pathway-consent = Информирана согласност
pathway-consent-hint = Како се бара и запишува согласноста пред да се сподели било што.
pathway-child-consent = Согласност за деца
pathway-information = Информации што смеат да се споделат
pathway-information-hint = Само овие видови информации смеат да одат со упатувањето, и тоа само со согласност.
pathway-information-identity_documents = Лични документи
pathway-information-medical_needs = Здравствени потреби
pathway-information-language = Јазик
pathway-information-safety_risks = Безбедносни ризици
pathway-information-family_situation = Семејна состојба
pathway-information-legal_status = Правен статус
pathway-escort = Придружба
pathway-escort-cost = Кој плаќа за патувањето и придружбата
pathway-document = Договор или стандардна постапка
pathway-barriers = Познати правни пречки
pathway-barriers-hint = Записи од регистарот на правни разлики што го отежнуваат ова упатување.
pathway-barrier-topic = Тема од регистарот
pathway-barrier-country = Земја на записот
pathway-no-barriers = Нема запишани
pathway-steps = Чекори
pathway-steps-hint = По ред: кој што прави и колку дена најмногу може да трае. Празен ред се прескокнува.
pathway-step-number = Чекор { $n }
pathway-step-actor = Кој
pathway-step-action = Што прави
pathway-step-days = Најмногу денови
pathway-step-days-at-most = { $count ->
    [one] најмногу { $count } ден
   *[other] најмногу { $count } дена
}
pathway-total-days = Сите чекори заедно траат најмногу { $count ->
    [one] { $count } ден
   *[other] { $count } дена
}.
pathway-no-steps = Сè уште нема запишани чекори.
pathway-not-set = Не е одредено
pathway-not-named = (ниедна)
pathway-choose = Изберете…
pathway-not-agreed = Оваа патека не е договорена: проверете со секретаријатот пред да ја користите.
pathway-last-used = Последно користена
pathway-never-used = Сè уште не е користена
pathway-used-today = Користена денес
pathway-error-same-country = Изберете земја различна од онаа што упатува.
pathway-error-service-kind = Оваа услуга е од друг вид.
pathway-error-service-country = Оваа услуга не работи во земјата што прима.
pathway-error-contact = Изберете контакт точка на услугата што прима.
pathway-error-consent = На договорена патека ѝ треба правило за согласност.
pathway-error-days = Внесете цел број денови од 0 до 365.
find-title = Најдете помош преку границите
find-intro = Опишете ја состојбата, не лицето: се прикажуваат услугите што одговараат, со слободните места, контакт точката и патеката за упатување од вашата земја.
find-nothing-kept = Ништо од ова пребарување не се чува: нема запис, нема историја, а адресата на пребарувањето не се запишува во дневникот.
find-country = Помош е потребна во
find-age = Возраст
find-gender = Пол или род
find-gender-female = Женски
find-gender-male = Машки
find-gender-other = Друго
find-language = Јазик што го зборува
find-identification = Идентификација
find-identification-presumed = Претпоставена жртва (без формална идентификација)
find-identification-formal = Формално идентификувана
find-needed-from = Потребно од
find-from = Упатува од
find-from-own = Земјата на мојата организација
find-submit = Најди услуги
find-results = { $count ->
    [one] Одговара { $count } услуга
   *[other] Одговараат { $count } услуги
}
find-none = Ниту една услуга не одговара на оваа состојба. Обидете се без јазикот или видот на услугата.
find-interpretation = Персоналот не го зборува овој јазик: може да се обезбеди толкување.
find-capacity = Слободни места
find-as-of = на
find-capacity-unconfirmed = непотврдено од { $date }
find-no-capacity = Нема податоци
find-verified = Податоците последно проверени
find-never-verified = никогаш
find-funding-ends = Финансирањето завршува пред да биде потребна помошта:
find-pathway = Патека за упатување
find-no-pathway = Сè уште нема од вашата земја
search-kind-service = Услуги
## Figures for the roundtable (monthly counts per service kind, quarterly reports)
nav-figures = Бројки
figures-title = Бројки
figures-intro = Колку луѓе организациите од мрежата упатиле, примиле и поддржале, по држава и услуга, врз основа на нивните месечни бројки. Само броеви: ниедна бројка не опишува личност.
figures-suppression-note = Бројките од 1 до { $threshold } минус еден се прикажуваат како „<{ $threshold }“, а каде што збирот би открил некоја од нив, се сокрива и уште една бројка.
figures-below = <{ $threshold }
figures-quarter = { $quarter }. квартал { $year }
figures-quarter-label = Квартал
figures-kind = Услуга
figures-country = Држава
figures-flow-corner = Од \ до
figures-total = Вкупно
figures-reporting = { $count ->
    [one] { $count } организација пријави бројки за овој квартал.
   *[other] { $count } организации пријавија бројки за овој квартал.
}
figures-example-notice = Овие бројки вклучуваат измислени демонстрациски податоци.
figures-report-link = Пријавете ги бројките на мојата организација
figures-download-csv = Преземете како CSV
figures-table-by-country = По држава
figures-table-by-kind = Новоподдржани лица, по услуга
figures-table-flows = Прекугранични упатувања
figures-table-unmet = Незадоволени потреби: упатувања одбиени поради недостиг на капацитет
figures-table-own = Бројки на мојата организација (точни, само за вас)
figures-table-gaps = Празнини во покриеноста
figures-own-hint = Само членовите на вашата организација ги гледаат овие точни броеви; сите други гледаат збирови по држава.
figures-own-none = Вашата организација не пријавила бројки за овој квартал.
figures-gaps-hint = Каде ниедна организација не пријавила услуга во некоја држава, или никој не бил поддржан.
figures-gap-no-report = без пријава
figures-gap-none-assisted = никој не е поддржан
figures-gap-covered = покриено
figures-chart-title = Новоподдржани лица, по држава
figures-chart-caption = Истите бројки се наоѓаат во првата табела подолу.
figures-measure-received = Примени упатувања
figures-measure-sent = Испратени упатувања
figures-measure-new = Новоподдржани
figures-measure-ongoing = Поддршка во тек
figures-measure-declined = Одбиени упатувања
figures-measure-bed_nights = Ноќевања
figures-csv-quarter = Квартал
figures-csv-table = Табела
figures-csv-row = Ред
figures-csv-column = Колона
figures-csv-value = Вредност
figures-mine-title = Бројки на мојата организација
figures-mine-intro = Еден образец месечно за секоја услуга: само броеви. Месецот останува отворен до 10-ти во следниот месец; подоцнежните измени се бележат како исправки.
figures-back-to-report = Назад кон бројките на мрежата
figures-reported = пријавено
figures-not-reported = сè уште не е пријавено
figures-month-open = Отворено до { $date }.
figures-month-closed = Затворено.
figures-form-title = { $kind }: { $month }
figures-correction-note = Ако зачувате сега, се бележи исправка, со вашето име и времето.
figures-counts-only = Само цели броеви, од 0 нагоре; празно поле значи 0. Никогаш не внесувајте имиња ниту други податоци за личност.
figures-breakdown = Поделба на поддржаните лица
figures-breakdown-show = Прикажи ги овие полиња
figures-breakdown-none = Без поделба
figures-breakdown-sex = По пол
figures-breakdown-age = Деца и возрасни
figures-breakdown-origin = Домашни, од регионот или од трети земји
figures-breakdown-hint-none = Еден број за сите.
figures-breakdown-hint-sex = Еден број за секоја група; заедно го даваат вкупниот број.
figures-breakdown-hint-age = Деца се лицата помлади од 18 години.
figures-breakdown-hint-origin = Од регионот: од друга држава од мрежата.
figures-category-all = Сите
figures-category-female = Жени и девојчиња
figures-category-male = Мажи и момчиња
figures-category-other = Друг род
figures-category-child = Деца
figures-category-adult = Возрасни
figures-category-national = Домашни државјани
figures-category-regional = Од регионот
figures-category-third_country = Од трети земји
figures-group-referrals = Примени упатувања
figures-group-sent = Испратени упатувања, по држава на одредиште
figures-group-sent-hint = Упатувања до организација во секоја држава, вклучително и вашата.
figures-group-new = Новоподдржани лица
figures-group-ongoing = Лица со поддршка во тек
figures-group-declined = Одбиени упатувања, по причина
figures-group-occupancy = Пополнетост
figures-field-received = Број на примени упатувања
figures-field-bed_nights = Ноќевања (едно лице една ноќ е едно)
figures-reason-no_capacity = Нема капацитет
figures-reason-not_eligible = Не ги исполнува условите
figures-reason-no_consent = Без согласност
figures-reason-other = Друга причина
figures-error-number = Внесете цел број, на пример 0 или 12.
figures-error-negative = Бројот не може да биде помал од 0.
figures-error-too-large = Внесете најмногу { $max }.
figures-saved = Бројките се зачувани.
figures-revisions = Зачувувања
figures-revision-saved = Верзија { $version } ја зачува { $name }, { $when }.
figures-revision-correction = Верзија { $version }: исправка од { $name }, { $when }, по затворањето на месецот.
## Services kept fresh: the monthly "still correct?" mail, the secretariat's list of services to check, capacity and funding notices
category-services = Услуги
freshness-review-title = Услуги за проверка
freshness-review-lists = Списоци на услуги за проверка
freshness-unconfirmed-heading = Непотврдени { $days } дена
freshness-funding-heading = Финансирањето завршува во следните { $months } месеци
freshness-last-confirmed = Последна потврда: { $date }
freshness-never-confirmed = Никогаш не е потврдено
freshness-funded-until = Финансирано до { $date }
freshness-see-all = Видете ги сите ({ $count })
freshness-unconfirmed-none = Сите услуги се потврдени неодамна.
freshness-funding-none = На ниту една услуга не ѝ завршува финансирањето во наредните месеци.
freshness-col-service = Услуга
freshness-col-organization = Организација
freshness-col-funded-until = Финансирано до
freshness-col-confirmed = Последна потврда
freshness-confirm-title = Дали податоците се сѐ уште точни?
freshness-confirm-question = Дали податоците за услугата { $service } ({ $organization }) во именикот на услуги на мрежата се сѐ уште точни?
freshness-confirm-submit = Да, сѐ уште се точни
freshness-confirm-done = Ви благодариме: услугата { $service } е потврдена на { $date }.
freshness-confirm-thanks = Ако нешто се промени, најавете се и ажурирајте ги податоците за услугата.
freshness-link-invalid-title = Оваа врска не работи
freshness-link-invalid-text = Врската е нецелосна или е истечена (врските важат 45 дена), или услугата веќе не постои. Најавете се за да ги потврдите или ажурирате услугите на вашата организација, или почекајте ја пораката следниот месец.
freshness-link-invalid-sign-in = Најавете се
email-service-confirm-subject = Дали услугите на { $organization } се сѐ уште точни?
email-service-confirm-intro = Еднаш месечно ги молиме контакт лицата на { $organization } да ги проверат нејзините услуги во именикот на услуги на мрежата. Услуги на списокот: { $count }.
email-service-confirm-how = Ако податоците за некоја услуга се сѐ уште точни, доволен е еден клик. Ако нешто се променило, ве молиме ажурирајте ги.
email-service-confirm-still-correct = Сѐ уште точно
email-service-confirm-update = Ажурирајте
email-service-confirm-expiry = Врските важат { $days } дена.
email-service-full-subject = Пополнето: { $service } ({ $organization })
email-service-full-text = { $service } ({ $organization }) јавува дека капацитетот е пополнет: { $unit ->
    [beds] кревети
    [places] места
    [persons_month] лица месечно
    [transports_month] превози месечно
    [case_slots] места за случаи
   *[other] { $unit }
}.
email-service-full-group = За: { $group ->
    [children] деца
    [families] семејства
    [third_country_nationals] државјани на трети земји
    [returnees] повратници
    [adults] возрасни
    [women] жени
    [men] мажи
   *[other] { $group }
}
email-service-full-as-of = Бројка на ден { $date }.
email-service-open = Отворете ја услугата
email-service-open-text = Отворете ја услугата: { $url }
email-service-funding-subject = Финансирањето на { $service } завршува на { $date }
email-service-funding-text = Финансирањето на { $service } ({ $organization }) завршува на { $date }, { $months ->
    [one] за околу еден месец
   *[other] за околу { $months } месеци
}.
email-service-funding-source = Финансиер: { $source }
freshness-follow-title = Следете услуги
freshness-follow-intro = Добивајте е-пошта кога услуга што работи во некоја земја, или некој вид услуга, ќе пријави промена на капацитетот: има места, малку места, пополнето или листа на чекање.
freshness-follow-countries = По земја каде што работат
freshness-follow-kinds = По вид услуга
freshness-following = Следите
freshness-follow = Следете
freshness-unfollow = Престанете да следите
freshness-followed = Сега го следите.
freshness-unfollowed = Веќе не го следите.
freshness-follow-bad = Нема ништо за следење под тоа име.
email-service-band-subject = { $service }: { $band ->
    [available] има слободни места
    [limited] останаа малку места
    [full] пополнето
    [waiting_list] листа на чекање
   *[other] { $band }
}
email-service-band-text = Капацитетот на { $service } ({ $organization }) за { $unit ->
    [beds] кревети
    [places] места
    [persons_month] лица месечно
    [transports_month] превози месечно
    [case_slots] места за случаи
   *[other] { $unit }
} сега е: { $band ->
    [available] има слободни места
    [limited] останаа малку места
    [full] пополнето
    [waiting_list] листа на чекање
   *[other] { $band }
}.
email-service-band-why = Ја добивате оваа порака затоа што следите услуги по земја или вид. За да го промените тоа: { $url }
figures-percent = { $percent }%
figures-no-rate = не се прикажува
figures-table-occupancy = Пополнетост: ноќевања во однос на кревети
figures-occupancy-chart = Пополнетост, по земја
figures-occupancy-chart-caption = Истите стапки се во табелата подолу; земја без стапка нема столбец.
figures-beds = Кревети
figures-occupancy-rate = Пополнетост
figures-occupancy-note = Пополнетоста е бројот на пријавени ноќевања поделен со кревети × { $days } дена од кварталот. Креветите се збирот на максимумот на бројките за кревети, потврдени и неистечени денес, на активните услуги на секоја земја. Стапка не се прикажува кога ноќевањата се скриени или кога нема кревети.
figures-table-at-risk = Капацитет во ризик: финансирањето завршува во следните шест месеци
figures-at-risk-corner = Земја: услуга
figures-services = Услуги
figures-capacity = Капацитет
figures-funded-until = Финансирано до (најрано)
figures-no-capacity-figure = нема потврдена бројка за капацитет
figures-at-risk-hint = Услуги што не се затворени и чие финансирање завршува во следните шест месеци, најраните прво, со нивниот потврден капацитет. Капацитетите се места, не луѓе, па не се кријат.
figures-at-risk-none = Финансирањето на ниедна услуга не завршува во следните шест месеци.
figures-breakdowns = Лица на кои им е помогнато, по поделба
figures-breakdowns-hint = Секоја организација месечно пријавува една поделба; секоја табела ги брои само организациите што ја избрале, па овие табели не се собираат во вкупните бројки погоре.
figures-breakdown-reported = { $count ->
    [one] Пријавено од { $count } организација овој квартал.
   *[other] Пријавено од { $count } организации овој квартал.
}
# Figures on the post-meeting report and the dashboard
glance-newly-assisted = Новоподдржани лица
glance-sent-across-borders = Упатувања во друга земја
glance-declined-no-capacity = Упатувања одбиени поради недостиг на капацитет
post-report-figures = Бројки за тркалезната маса: { $quarter }
post-report-figures-link = Сите бројки за { $quarter }
post-report-figures-none = Ниту една организација не достави бројки за овој квартал.
post-report-figures-chart-caption = Истите бројки се во табелата подолу, заедно со другите мерки.
post-report-figures-choose = Бројки во овој извештај
post-report-figures-default = { $quarter } (кварталот пред средбата)
post-report-figures-off = Без бројки
post-report-figures-show = Прикажи
dashboard-figures-month = Бројките на вашата организација за { $month }
dashboard-figures-no-kinds = Вашата организација сè уште нема внесени услуги: доставете ги бројките преку страницата со бројки.
dashboard-figures-missing = Сè уште не е доставено:
dashboard-figures-all-reported = Сите обрасци за месецот се доставени. Ви благодариме.
dashboard-figures-reported = Доставено:
dashboard-figures-all-months = Сите месеци
dashboard-figures-see-network = Бројки на мрежата
dashboard-services-unconfirmed = Вашите услуги непотврдени { $days } дена
dashboard-services-unconfirmed-hint = Отворете ја услугата и потврдете ги податоците ако сè уште се точни, или ажурирајте ги.
dashboard-services-unconfirmed-none = Сите ваши услуги се потврдени во последните { $days } дена.
dashboard-figures-network = Мрежата: { $quarter }
dashboard-figures-organizations = Организации членки што доставиле бројки за { $month }: { $reported } од { $total }.
dashboard-figures-chart-caption = Истите бројки се во табелата подолу.
dashboard-figures-all = Сите бројки за кварталот

## HSDS import
hsds-import-title = Увоз на услуги (HSDS)
hsds-import-link = Увоз на услуги (HSDS)
hsds-import-intro = Прикачете ги услугите на друг именик според Спецификацијата за податоци за социјални услуги (Open Referral HSDS 3.0, капацитет од 3.1): пакет податоци (ZIP-датотека со datapackage.json и CSV-датотеки, како нашиот извоз) или HSDS JSON.
hsds-import-rules = Најпрво се проверува целиот пакет: ако нешто не е во ред, ништо не се зачувува, а секој проблем се наведува со датотеката, редот и полето. Организациите мора веќе да бидат во именикот. Услуга, контакт-точка или податок за капацитет што ние сме ги извезле се ажурира; другите се додаваат. Ништо не се брише, а доверлива адреса никогаш не се препишува.
hsds-import-package = HSDS-пакет (ZIP или JSON)
hsds-import-submit = Провери и увези
hsds-import-done = Пакетот е увезен.
hsds-import-unchanged = Ништо не се промени: именикот веќе содржеше сè од пакетот.
hsds-import-organizations = Организации пронајдени во именикот
hsds-import-done-caption = Што зачува увозот
hsds-import-what = Записи
hsds-import-created = Додадени
hsds-import-updated = Ажурирани
hsds-import-row-services = Услуги
hsds-import-row-contacts = Контакт-точки
hsds-import-row-capacity = Податоци за капацитет
hsds-import-see-services = Видете ги услугите
hsds-import-has-errors = Пакетот не е увезен и ништо не е зачувано. Поправете ги овие проблеми и прикачете го повторно.
hsds-import-problems-caption = Проблеми во пакетот
hsds-import-file = Датотека
hsds-import-line = Ред
hsds-import-field = Поле
hsds-import-problem = Проблем
hsds-import-whole-package = Целата прикачена датотека
hsds-import-phone-role = Телефон
hsds-import-error-empty = Датотеката е празна.
hsds-import-error-too-large = Датотеката е поголема од { $limit }.
hsds-import-error-not-package = Ова не е ниту ZIP-пакет податоци ниту HSDS JSON.
hsds-import-error-zip = ZIP-датотеката не може да се прочита.
hsds-import-error-too-many-files = ZIP-датотеката содржи повеќе од { $limit } датотеки.
hsds-import-error-entry-too-large = Оваа датотека отпакувана е поголема од { $limit }.
hsds-import-error-unpacked-too-large = Пакетот отпакуван е вкупно поголем од { $limit }.
hsds-import-error-file-missing = Во пакетот нема { $file }.
hsds-import-error-descriptor = datapackage.json не е исправен JSON.
hsds-import-error-utf8 = Оваа датотека не е UTF-8 текст.
hsds-import-error-csv = Овој ред не може да се прочита како CSV (вишок наводник или погрешен број ќелии).
hsds-import-error-column = Недостасува колоната { $column }.
hsds-import-error-too-many-rows = Оваа датотека има повеќе од { $limit } редови.
hsds-import-error-json = Ова не е исправен JSON.
hsds-import-error-json-shape = Секоја услуга во HSDS JSON мора да биде објект.
hsds-import-error-required = Ова поле е задолжително.
hsds-import-error-duplicate = Овој id веќе е употребен во редот { $line }.
hsds-import-error-reference = Ниту еден ред од { $file } нема id { $id }.
hsds-import-error-organization = Организацијата „{ $name }“ не е во именикот. Најпрво додадете ја или употребете го id-то што ѝ го дава нашиот извоз.
hsds-import-error-other-organization = Оваа услуга ѝ припаѓа на друга организација во именикот.
hsds-import-error-kind = „{ $code }“ не е вид услуга што ја евидентираме.
hsds-import-error-kind-missing = Недостасува видот на услугата: поврзете ја услугата со еден од нашите видови услуги во attributes.csv.
hsds-import-error-country = „{ $name }“ не е земја од мрежата.
hsds-import-error-language = „{ $code }“ не е еден од јазиците што ги евидентираме.
hsds-import-error-unit = „{ $unit }“ не е единица што ја евидентираме (кревети, места, лица месечно, превози месечно, случаи).
hsds-import-error-status = „{ $status }“ не е HSDS-статус (active, inactive, defunct, temporarily closed).
hsds-import-error-date = Ова не е датум: напишете го како 2026-12-31 или 2026-12-31T09:00:00Z.
hsds-import-error-number = Ова не е цел број.
hsds-import-error-changed = Една услуга се промени додека се увезуваше пакетот, па ништо не е зачувано. Увезете го пакетот повторно.
hsds-import-error-unreadable = Прикачувањето се прекина. Обидете се повторно.
