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

/// The pool `connect_and_migrate` hands out holds no connection that took part in the
/// migrations. A SQLite connection that read the schema before a migration added a column can
/// compile `INSERT ... RETURNING "version"` against the old schema, and sqlx then keeps the wrong
/// column names with the cached statement: the save fails with "Missing value for column
/// 'version'" (see `startup::connect_and_migrate`). `total_changes()` counts the rows a
/// connection has written since it was opened: the migrations write rows (the seeded countries,
/// the migration records), a connection opened after them has written none.
#[tokio::test]
async fn the_pool_handed_out_after_migrating_has_no_connection_that_ran_the_migrations() {
    let testdb = TestDb::new().await;
    if !testdb.url.starts_with("sqlite:") {
        eprintln!("skipped: the stale schema is a SQLite matter");
        return;
    }
    let settings = roundtable::config::Settings::for_tests(&testdb.url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let pool = db.get_sqlite_connection_pool();
    // Every connection the pool may hand out, all at once.
    let mut held = vec![];
    for _ in 0..8 {
        held.push(pool.acquire().await.unwrap());
    }
    for conn in &mut held {
        let written: i64 = sea_orm::sqlx::query_scalar("SELECT total_changes()")
            .fetch_one(&mut **conn)
            .await
            .unwrap();
        assert_eq!(written, 0, "a connection that ran the migrations is handed out");
    }
    drop(held);
    db.close().await.ok();
}
