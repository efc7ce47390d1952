//! The demo documents: small generated files with versions, a translation and an adaptation.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{DEMO_SECRETARIAT, stage};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::documents as docs;
use crate::storage::BlobStore;
use entity::{document, user};

/// Files the demo documents as the demo secretariat.
struct Uploader<'a> {
    db: &'a DatabaseConnection,
    store: &'a dyn BlobStore,
    user: &'a CurrentUser,
}

impl Uploader<'_> {
    /// A new document with `bytes` as its first version, stored as `filename`.
    async fn create(
        &self,
        input: &docs::DocInput,
        filename: &str,
        bytes: &[u8],
        note: &str,
    ) -> Result<document::Model, AppError> {
        let upload = stage(self.store, filename, bytes)?;
        docs::create(self.db, self.store, None, self.user, input, &upload, note).await
    }

    /// `bytes` as the next version of `doc`.
    async fn add_version(
        &self,
        doc: &document::Model,
        filename: &str,
        bytes: &[u8],
        note: &str,
    ) -> Result<(), AppError> {
        let upload = stage(self.store, filename, bytes)?;
        docs::add_version(self.db, self.store, None, self.user, doc, &upload, note).await?;
        Ok(())
    }
}

/// A handful of small fictional documents (generated PDFs, a DOCX, text and CSV files) with
/// versions, a translation and a national adaptation, linked to the demo roundtable and to
/// register topics. Their text is extracted at once so the demo search finds words inside.
pub(super) async fn load_documents(
    db: &DatabaseConnection,
    store: &dyn BlobStore,
    org_ids: &[i32],
    roundtable_id: i32,
) -> Result<(), AppError> {
    let sec = user::Entity::find()
        .filter(user::Column::Email.eq(DEMO_SECRETARIAT))
        .one(db)
        .await?
        .and_then(|u| crate::auth::CurrentUser::from_model(&u))
        .ok_or_else(|| AppError::Internal("demo secretariat missing".into()))?;
    let secretariat = Uploader { db, store, user: &sec };
    let item = entity::agenda_item::Entity::find()
        .filter(entity::agenda_item::Column::EventId.eq(roundtable_id))
        .filter(entity::agenda_item::Column::Title.eq("Regional good practice in return and reintegration"))
        .one(db)
        .await?
        .map(|i| i.id);
    let input = |title: &str, doc_type: &str, visibility: &str| docs::DocInput {
        title: title.into(),
        doc_type: doc_type.into(),
        visibility: visibility.into(),
        example: true,
        ..Default::default()
    };
    let notice = "Fictional demo document, not for use.";
    // 1. Regional referral guidelines: adopted, two versions, linked to the roundtable.
    let mut g = input(
        "Regional guidelines on cross-border referral (demo)",
        "guideline",
        "network",
    );
    g.description = format!("{notice} How member organizations refer survivors between the six countries.");
    g.languages = vec!["en".into()];
    g.countries = ["AL", "BA", "XK", "ME", "MK", "RS"].map(String::from).to_vec();
    g.topics = vec!["IDR-03".into(), "IDR-04".into()];
    g.events = vec![roundtable_id];
    g.agenda = item.into_iter().collect();
    g.tags = "referral, cross-border, demo".into();
    g.lifecycle = "adopted".into();
    g.review_on = Some(chrono::NaiveDate::from_ymd_opt(2027, 6, 30).unwrap_or_default());
    let v1 = crate::files::simple_pdf(
        "Regional guidelines on cross-border referral (demo)",
        &[
            notice,
            "1. The referring organization in Tiranë contacts the focal point in the receiving country before travel.",
            "2. Consent of the person is recorded on the referral form; no personal data is sent by email.",
            "3. Contacts: Ana Petrović (demo), Novi Put Demo Centre, Beograd.",
        ],
    );
    let doc = secretariat
        .create(
            &g,
            "referral-guidelines-v1.pdf",
            &v1,
            "First draft for the roundtable (demo)",
        )
        .await?;
    let v2 = crate::files::simple_pdf(
        "Regional guidelines on cross-border referral (demo), version 2",
        &[
            notice,
            "Updated after the Tirana roundtable: referral within 48 hours, return and reintegration plan shared with consent.",
            "Contacts: Ana Petrović (demo), Novi Put Demo Centre, Beograd; Besnik Example, Vatra Legal Aid Centre (demo).",
        ],
    );
    secretariat
        .add_version(
            &doc,
            "referral-guidelines-v2.pdf",
            &v2,
            "Changes agreed at the Tirana roundtable (demo)",
        )
        .await?;
    // 2. Its Albanian translation (text file).
    let mut t = input(
        "Udhëzime rajonale për referimin ndërkufitar (demo)",
        "guideline",
        "network",
    );
    t.description = format!("{notice} Albanian translation.");
    t.languages = vec!["sq".into()];
    t.variant_of_id = Some(doc.id);
    t.variant_kind = Some("translation".into());
    t.topics = vec!["IDR-04".into()];
    t.example = true;
    let sq = "Dokument fiktiv demonstrues.
Organizata referuese në Tiranë kontakton pikën e kontaktit para udhëtimit.
";
    secretariat
        .create(&t, "udhezime-referimi.txt", sq.as_bytes(), "Translation (demo)")
        .await?;
    // 3. A shelter SOP (DOCX) and its national adaptation for Serbia.
    let owner = org_ids.first().copied();
    let mut sop = input("Shelter standard operating procedure (demo)", "sop", "network");
    sop.description = format!("{notice} Admission, safety plan and exit from the shelter.");
    sop.languages = vec!["en".into()];
    sop.owner_org_id = owner;
    sop.topics = vec!["ASS-02".into(), "ASS-04".into()];
    sop.lifecycle = "in_review".into();
    let body = crate::files::simple_docx(&[
        notice,
        "Admission: the shelter coordinator meets the person within two hours.",
        "Safety plan: agreed with the person; reviewed weekly.",
    ]);
    let sop_doc = secretariat.create(&sop, "shelter-sop.docx", &body, "").await?;
    let mut rs = input("Shelter SOP, adaptation for Serbia (demo)", "sop", "network");
    rs.description = format!("{notice} National adaptation.");
    rs.languages = vec!["sr".into()];
    rs.countries = vec!["RS".into()];
    rs.owner_org_id = org_ids.get(org_ids.len().saturating_sub(1)).copied();
    rs.variant_of_id = Some(sop_doc.id);
    rs.variant_kind = Some("adaptation".into());
    let rs_body = crate::files::simple_docx(&[notice, "Prijem u sklonište: koordinator (demo) u Beogradu."]);
    secretariat.create(&rs, "sop-srbija.docx", &rs_body, "").await?;
    // 4. A public referral form template (CSV).
    let mut form = input("Referral form template (demo)", "referral_form", "public");
    form.description = format!("{notice} Columns of the regional referral form; contains no personal data.");
    form.topics = vec!["IDR-03".into()];
    form.tags = "referral, form, demo".into();
    let csv = "field,meaning
referring_organization,Who refers (demo)
receiving_organization,Who receives (demo)
consent_recorded,yes or no
";
    secretariat
        .create(&form, "referral-form.csv", csv.as_bytes(), "")
        .await?;
    // 5. A secretariat-only comparative note on the reflection period, review due.
    let mut note = input("Reflection period: comparative note (demo)", "report", "secretariat");
    note.description = format!("{notice} Prepared for day two of the roundtable.");
    note.topics = vec!["RES-01".into()];
    note.events = vec![roundtable_id];
    note.review_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap_or_default());
    let pdf = crate::files::simple_pdf(
        "Reflection period: comparative note (demo)",
        &[
            notice,
            "The recovery and reflection period differs between the six countries (fictional figures).",
        ],
    );
    secretariat.create(&note, "reflection-note.pdf", &pdf, "").await?;
    docs::extract_pending(db, store, 50).await?;
    Ok(())
}
