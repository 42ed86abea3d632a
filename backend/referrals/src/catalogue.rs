//! Queries on `catalogue`: the provider's council areas, its qualifications and its path for
//! escalating safeguarding concerns.

use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{CatalogueKind, NameChange, Named};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::catalogue;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = catalogue)]
struct EntryRow {
    id: String,
    kind: String,
    name: String,
    active: bool,
}

impl EntryRow {
    fn named(self) -> Result<Named, ReferralError> {
        Ok(Named { id: Uuid::parse_str(&self.id).map_err(|_| ReferralError::Corrupt("catalogue id"))?, name: self.name, active: self.active })
    }
}

/// Every entry of one list, active first, then by name; the escalation path in the order its
/// steps were added (their ids are time-ordered), since that order is the path.
pub fn list(conn: &mut DbConnection, kind: CatalogueKind) -> Result<Vec<Named>, ReferralError> {
    let entries = catalogue::table.filter(catalogue::kind.eq(kind.code())).select(EntryRow::as_select()).into_boxed();
    let entries = match kind {
        CatalogueKind::EscalationStep => entries.order((catalogue::active.desc(), catalogue::id.asc())),
        CatalogueKind::Area | CatalogueKind::Qualification => entries.order((catalogue::active.desc(), catalogue::name.asc())),
    };
    entries
        .load(conn)?
        .into_iter()
        .map(EntryRow::named)
        .collect()
}

fn taken(error: diesel::result::Error) -> ReferralError {
    match error {
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => ReferralError::NameTaken,
        other => other.into(),
    }
}

pub fn add(conn: &mut DbConnection, kind: CatalogueKind, change: &NameChange) -> Result<Named, ReferralError> {
    let row = EntryRow { id: Uuid::now_v7().to_string(), kind: kind.code().into(), name: change.name.trim().into(), active: change.active };
    diesel::insert_into(catalogue::table).values(&row).execute(conn).map_err(taken)?;
    row.named()
}

pub fn change(conn: &mut DbConnection, kind: CatalogueKind, id: Uuid, change: &NameChange) -> Result<Named, ReferralError> {
    let changed = diesel::update(catalogue::table.find(id.to_string()).filter(catalogue::kind.eq(kind.code())))
        .set((catalogue::name.eq(change.name.trim()), catalogue::active.eq(change.active)))
        .execute(conn)
        .map_err(taken)?;
    if changed == 0 {
        return Err(ReferralError::NotFound);
    }
    Ok(Named { id, name: change.name.trim().into(), active: change.active })
}

/// Fails with `NotInCatalogue(field)` unless every id is an active entry of `kind`.
pub fn check_active(conn: &mut DbConnection, kind: CatalogueKind, ids: &[Uuid], field: &'static str) -> Result<(), ReferralError> {
    if ids.is_empty() {
        return Ok(());
    }
    let wanted: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let found: i64 = catalogue::table
        .filter(catalogue::kind.eq(kind.code()))
        .filter(catalogue::active.eq(true))
        .filter(catalogue::id.eq_any(&wanted))
        .count()
        .get_result(conn)?;
    if found as usize == ids.iter().collect::<std::collections::HashSet<_>>().len() { Ok(()) } else { Err(ReferralError::NotInCatalogue(field)) }
}

/// The name of an entry, for lists that show it.
pub fn names(conn: &mut DbConnection, kind: CatalogueKind) -> Result<std::collections::HashMap<String, String>, ReferralError> {
    Ok(catalogue::table
        .filter(catalogue::kind.eq(kind.code()))
        .select((catalogue::id, catalogue::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}
