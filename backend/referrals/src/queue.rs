//! Lists over `referrals`: the manager's queue and an advocate's cases. They read only the
//! list columns, in the order of an index, and page by keyset (see `speakup_types::referral::
//! QueueCursor`), so the thousandth page costs what the first does.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use speakup_platform::db::{DbConnection, MultiBackend, write_transaction};
use speakup_types::entitlement::{Advocacy, Assessment, Outcome};
use speakup_types::referral::{summary, CommonReason, QueueCursor, QueueFilter, ReferralAnswers, UrgentReason};
use speakup_types::status::Stage;

use crate::error::ReferralError;
use crate::schema::referrals;
use crate::store::ReferralRow;

/// What a list row shows, worked out once from the answers when a referral is stored and
/// kept as JSON in `list_row`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ListColumns {
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub reasons: Vec<CommonReason>,
    #[serde(default)]
    pub urgent: Vec<UrgentReason>,
}

impl ListColumns {
    /// The `list_row` and `list_advocacy` columns of a referral.
    pub fn of(answers: &ReferralAnswers, assessment: &Assessment, received_on: chrono::NaiveDate) -> (String, String) {
        let indicated = assessment.results.iter().filter(|r| r.outcome != Outcome::NotMet).map(|r| r.advocacy);
        let list = ListColumns {
            name: answers.person_name().to_string(),
            summary: summary(answers.help_with(), 20),
            reasons: answers.reasons().to_vec(),
            urgent: answers.urgent_reasons(assessment, received_on),
        };
        (serde_json::to_string(&list).expect("codes and text serialise"), advocacy_column(indicated))
    }
}

/// `,care_act,imca,`: each code between commas, so a filter can look for `,imca,`.
pub fn advocacy_column(advocacy: impl IntoIterator<Item = Advocacy>) -> String {
    advocacy.into_iter().fold(",".to_string(), |mut out, a| {
        out.push_str(a.code());
        out.push(',');
        out
    })
}

/// Fills the list columns of referrals stored before they existed, a batch at a time. Run
/// when the service opens; afterwards the partial index `referrals_unlisted` is empty and
/// this costs one lookup.
pub fn fill_list_columns(conn: &mut DbConnection) -> Result<usize, ReferralError> {
    let mut filled = 0;
    loop {
        let rows: Vec<ReferralRow> =
            referrals::table.filter(referrals::list_row.is_null()).limit(500).select(ReferralRow::as_select()).load(conn)?;
        if rows.is_empty() {
            return Ok(filled);
        }
        write_transaction(conn, |conn| {
            for row in &rows {
                let (list, advocacy) = ListColumns::of(&row.answers()?, &row.assessment()?, row.received_at.date());
                diesel::update(referrals::table.find(&row.id))
                    .set((referrals::list_row.eq(Some(list)), referrals::list_advocacy.eq(Some(advocacy))))
                    .execute(conn)?;
            }
            Ok::<_, ReferralError>(())
        })?;
        filled += rows.len();
    }
}

/// The columns a list row reads.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals)]
pub struct ListRow {
    pub id: String,
    pub reference: String,
    pub received_at: NaiveDateTime,
    pub status: String,
    pub stage: i32,
    pub urgent: bool,
    pub code_reset_requested_at: Option<NaiveDateTime>,
    pub area_id: Option<String>,
    pub advocate_id: Option<String>,
    pub acknowledged_at: Option<NaiveDateTime>,
    pub first_contact_at: Option<NaiveDateTime>,
    pub list_row: Option<String>,
    pub list_advocacy: Option<String>,
    pub due_at: Option<NaiveDateTime>,
}

impl ListRow {
    /// Set for every row once the service has opened (`crate::clocks::fill_unclocked`).
    pub fn due_at(&self) -> NaiveDateTime {
        self.due_at.unwrap_or(self.received_at)
    }

    pub fn cursor(&self) -> Result<QueueCursor, ReferralError> {
        Ok(QueueCursor {
            stage: self.stage,
            urgent: self.urgent,
            due_at_nanos: self.due_at().and_utc().timestamp_nanos_opt().ok_or(ReferralError::Corrupt("due_at"))?,
            id: uuid::Uuid::parse_str(&self.id).map_err(|_| ReferralError::Corrupt("id"))?,
        })
    }

    pub fn shown(&self) -> Result<ListColumns, ReferralError> {
        serde_json::from_str(self.list_row.as_deref().unwrap_or("{}")).map_err(|_| ReferralError::Corrupt("list row"))
    }

    pub fn advocacy(&self) -> Vec<Advocacy> {
        parse_advocacy(self.list_advocacy.as_deref())
    }
}

/// The kinds of advocacy in a `list_advocacy` column.
pub fn parse_advocacy(column: Option<&str>) -> Vec<Advocacy> {
    column.unwrap_or_default().split(',').filter_map(Advocacy::parse).collect()
}

type Condition = Box<dyn BoxableExpression<referrals::table, MultiBackend, SqlType = diesel::sql_types::Bool>>;

/// Rows strictly after (or, `forward` false, before) `cursor` in the queue's order: stage
/// (unless one status is asked for, which fixes it), urgent first, earliest due first, then id.
fn beyond(cursor: &QueueCursor, with_stage: bool, forward: bool) -> Condition {
    let at = chrono::DateTime::from_timestamp_nanos(cursor.due_at_nanos).naive_utc();
    let id = cursor.id.to_string();
    let later_id: Condition = if forward { Box::new(referrals::id.gt(id)) } else { Box::new(referrals::id.lt(id)) };
    // Every row has `due_at` once the service has opened (`crate::clocks::fill_unclocked`).
    let due_at = referrals::due_at.assume_not_null();
    let later_time: Condition = if forward { Box::new(due_at.gt(at)) } else { Box::new(due_at.lt(at)) };
    let same_time = due_at.eq(at);
    let within_urgency: Condition = Box::new(later_time.or(same_time.and(later_id)));
    // Urgent rows come first: after an urgent row come the rest; before a routine one, the urgent.
    let other_urgency: Condition = match (cursor.urgent, forward) {
        (true, true) | (false, false) => Box::new(referrals::urgent.eq(!cursor.urgent)),
        _ => Box::new(diesel::dsl::sql::<diesel::sql_types::Bool>("1 = 0")),
    };
    let within_stage: Condition = Box::new(other_urgency.or(referrals::urgent.eq(cursor.urgent).and(within_urgency)));
    if !with_stage {
        return within_stage;
    }
    let later_stage: Condition =
        if forward { Box::new(referrals::stage.gt(cursor.stage)) } else { Box::new(referrals::stage.lt(cursor.stage)) };
    Box::new(later_stage.or(referrals::stage.eq(cursor.stage).and(within_stage)))
}

/// One page of the queue, how many match, and whether there are rows before and after it.
pub fn page(
    conn: &mut DbConnection,
    filter: &QueueFilter,
    per_page: i64,
) -> Result<(Vec<ListRow>, i64, bool, bool), ReferralError> {
    let matching = || {
        let mut query = referrals::table.into_boxed::<MultiBackend>();
        query = match (filter.status, filter.stage) {
            (Some(status), _) => query.filter(referrals::status.eq(status.as_str())),
            (None, Some(stage)) => query.filter(referrals::stage.eq(stage.number())),
            (None, None) => query.filter(referrals::stage.le(Stage::WaitingForAdvocate.number())),
        };
        if filter.urgent {
            query = query.filter(referrals::urgent.eq(true));
        }
        if let Some(route) = &filter.route {
            query = query.filter(referrals::route.eq(route.clone()));
        }
        if let Some(area) = filter.area {
            query = query.filter(referrals::area_id.eq(area.to_string()));
        }
        if let Some(advocacy) = filter.advocacy {
            query = query.filter(referrals::list_advocacy.like(format!("%,{},%", advocacy.code())));
        }
        query
    };
    let total: i64 = matching().count().get_result(conn)?;
    let with_stage = filter.status.is_none();
    let (cursor, forward) = match (&filter.after, &filter.before) {
        (Some(after), _) => (Some(QueueCursor::parse(after).ok_or(ReferralError::BadCursor)?), true),
        (None, Some(before)) => (Some(QueueCursor::parse(before).ok_or(ReferralError::BadCursor)?), false),
        (None, None) => (None, true),
    };
    let mut query = matching();
    if let Some(cursor) = &cursor {
        query = query.filter(beyond(cursor, with_stage, forward));
    }
    if with_stage {
        query = if forward { query.order(referrals::stage.asc()) } else { query.order(referrals::stage.desc()) };
    }
    query = if forward {
        query.then_order_by((referrals::urgent.desc(), referrals::due_at.asc(), referrals::id.asc()))
    } else {
        query.then_order_by((referrals::urgent.asc(), referrals::due_at.desc(), referrals::id.desc()))
    };
    let mut rows: Vec<ListRow> = query.limit(per_page + 1).select(ListRow::as_select()).load(conn)?;
    let more_this_way = rows.len() as i64 > per_page;
    rows.truncate(per_page as usize);
    if !forward {
        rows.reverse();
    }
    // Coming from a cursor, there are rows on its other side; from the top, none before.
    let (more_before, more_after) = match (&cursor, forward) {
        (None, _) => (false, more_this_way),
        (Some(_), true) => (true, more_this_way),
        (Some(_), false) => (more_this_way, true),
    };
    Ok((rows, total, more_before, more_after))
}

/// An advocate's open cases: those named to them and those shared with them, urgent and
/// oldest first. A caseload is at most `MAX_CASELOAD`, so one list, read through
/// `referrals_advocate`.
pub fn of_advocate(conn: &mut DbConnection, account: uuid::Uuid) -> Result<Vec<ListRow>, ReferralError> {
    use crate::schema::case_shares;
    // Named and shared as two reads, each from its index, merged here: "named OR shared" in one
    // query makes both databases read every referral.
    let open = || referrals::table.filter(referrals::stage.eq(Stage::WithAdvocate.number())).select(ListRow::as_select());
    let mut rows: Vec<ListRow> = open().filter(referrals::advocate_id.eq(account.to_string())).load(conn)?;
    let shared: Vec<String> =
        case_shares::table.filter(case_shares::account_id.eq(account.to_string())).select(case_shares::referral_id).load(conn)?;
    if !shared.is_empty() {
        rows.extend(open().filter(referrals::id.eq_any(&shared)).load(conn)?);
    }
    rows.sort_by(|a, b| (!a.urgent, a.received_at, &a.id).cmp(&(!b.urgent, b.received_at, &b.id)));
    rows.dedup_by(|a, b| a.id == b.id);
    Ok(rows)
}
