//! Case scope: who may open which case. Managers (and admins) see every case of the
//! provider; an advocate sees the cases named to them or shared with them, and any other
//! case is "not found" to them, exactly as a case that does not exist. Everyone else is
//! refused by role before a case is read.

use speakup_platform::db::DbConnection;
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::store::{self, ReferralRow};

/// The case, if `account` (with `role`) may see it.
pub fn open_case(conn: &mut DbConnection, id: Uuid, account: Uuid, role: Role) -> Result<ReferralRow, ReferralError> {
    let row = store::find(conn, id)?.ok_or(ReferralError::NotFound)?;
    if role.can_triage() {
        return Ok(row);
    }
    let named = row.advocate_id.as_deref() == Some(account.to_string().as_str());
    if role.works_cases() && (named || crate::shares::is_shared_with(conn, &row.id, account)?) {
        return Ok(row);
    }
    Err(ReferralError::NotFound)
}
