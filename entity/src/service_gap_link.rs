//! A coverage gap of the service map (a country, a service kind and a target group with no
//! active, verified service) linked to the action item or the agenda item made for it
//! (migration 25). `target_group` is a group code or "everyone", never empty.

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "service_gap_link")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub country_code: String,
    /// A `service_kind` code.
    pub service_kind: String,
    /// A target group code, or "everyone".
    pub target_group: String,
    pub action_item_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    /// The event of `agenda_item_id`: one agenda item per gap and event.
    pub event_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
