use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::TestDb;

async fn country_count(db: &sea_orm::DatabaseConnection) -> Option<i64> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM country",
        ))
        .await
        .ok()??;
    row.try_get::<i64>("", "n").ok()
}

#[tokio::test]
async fn migrations_run_up_down_and_up_again() {
    let testdb = TestDb::new().await;
    let db = roundtable::db::connect(&testdb.url).await.unwrap();
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(country_count(&db).await, Some(6), "the six countries are seeded");
    Migrator::down(&db, None).await.unwrap();
    assert_eq!(country_count(&db).await, None, "down removes every table");
    assert!(Migrator::get_applied_migrations(&db).await.unwrap().is_empty());
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(country_count(&db).await, Some(6));
    db.close().await.ok();
    drop(testdb);
}
