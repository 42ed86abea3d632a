//! Queries on `issues`: the only place that touches that table. A draft belongs to its group
//! alone; once raised an issue is public and its words no longer change.

use chrono::{NaiveDate, Utc};
use diesel::dsl::count_star;
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::issues::{Addressee, IssueDraft, IssueFilter, IssueStatus};
use speakup_types::page::PageRequest;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::schema::{issue_supports, issues};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = issues)]
pub struct IssueRow {
    pub id: String,
    pub group_id: String,
    pub group_name: String,
    pub status: String,
    pub title: String,
    pub happening: String,
    pub affects: String,
    pub members_agreeing: Option<i32>,
    pub change_wanted: String,
    pub addressee: Option<String>,
    pub easy_read: String,
    /// Picture codes, comma-separated.
    pub pictures: String,
    pub raised_on: Option<NaiveDate>,
    pub me_too: i32,
}

#[derive(AsChangeset)]
#[diesel(table_name = issues, treat_none_as_null = true)]
struct DraftChanges<'a> {
    title: &'a str,
    happening: &'a str,
    affects: &'a str,
    members_agreeing: Option<i32>,
    change_wanted: &'a str,
    addressee: Option<&'a str>,
    easy_read: &'a str,
    pictures: String,
}

impl<'a> DraftChanges<'a> {
    fn of(text: &'a IssueDraft) -> DraftChanges<'a> {
        DraftChanges {
            title: text.title.trim(),
            happening: text.happening.trim(),
            affects: text.affects.trim(),
            members_agreeing: text.members_agreeing.and_then(|n| i32::try_from(n).ok()),
            change_wanted: text.change_wanted.trim(),
            addressee: text.addressee.map(Addressee::code),
            easy_read: text.easy_read.trim(),
            pictures: text.pictures.iter().map(|p| p.code()).collect::<Vec<_>>().join(","),
        }
    }
}

/// Starts a draft for `group`, returning its id.
pub fn start(conn: &mut DbConnection, group_id: Uuid, group_name: &str, text: &IssueDraft) -> Result<Uuid, FeedbackError> {
    let id = Uuid::new_v4();
    let changes = DraftChanges::of(text);
    let row = IssueRow {
        id: id.to_string(),
        group_id: group_id.to_string(),
        group_name: group_name.to_string(),
        status: IssueStatus::Draft.code().to_string(),
        title: changes.title.to_string(),
        happening: changes.happening.to_string(),
        affects: changes.affects.to_string(),
        members_agreeing: changes.members_agreeing,
        change_wanted: changes.change_wanted.to_string(),
        addressee: changes.addressee.map(str::to_string),
        easy_read: changes.easy_read.to_string(),
        pictures: changes.pictures,
        raised_on: None,
        me_too: 0,
    };
    diesel::insert_into(issues::table).values(&row).execute(conn)?;
    Ok(id)
}

fn find(conn: &mut DbConnection, id: Uuid) -> Result<Option<IssueRow>, FeedbackError> {
    Ok(issues::table.find(id.to_string()).select(IssueRow::as_select()).first(conn).optional()?)
}

/// A raised issue, as anyone may read it; a draft is not found.
pub fn find_public(conn: &mut DbConnection, id: Uuid) -> Result<IssueRow, FeedbackError> {
    find(conn, id)?.filter(|row| row.status != IssueStatus::Draft.code()).ok_or(FeedbackError::IssueNotFound)
}

/// One of `group`'s issues, drafts included; another group's is found only once raised.
pub fn find_for_group(conn: &mut DbConnection, id: Uuid, group: Uuid) -> Result<IssueRow, FeedbackError> {
    find(conn, id)?
        .filter(|row| row.group_id == group.to_string() || row.status != IssueStatus::Draft.code())
        .ok_or(FeedbackError::IssueNotFound)
}

/// One of `group`'s own issues; any other is not found.
pub fn own(conn: &mut DbConnection, id: Uuid, group: Uuid) -> Result<IssueRow, FeedbackError> {
    find(conn, id)?.filter(|row| row.group_id == group.to_string()).ok_or(FeedbackError::IssueNotFound)
}

/// Saves the group's changes to its draft; a raised issue's words stay as they were raised.
pub fn save_draft(conn: &mut DbConnection, id: Uuid, group: Uuid, text: &IssueDraft) -> Result<(), FeedbackError> {
    let row = own(conn, id, group)?;
    let changed = diesel::update(issues::table.find(&row.id).filter(issues::status.eq(IssueStatus::Draft.code())))
        .set(DraftChanges::of(text))
        .execute(conn)?;
    if changed == 0 {
        return Err(FeedbackError::IssueRaised);
    }
    Ok(())
}

/// Raises a draft, dated today, only if it is still a draft with every part written, in one
/// statement: a save or a second raise at the same moment cannot slip between the check and
/// the change. False when it was not raised.
pub fn raise_if_complete(conn: &mut DbConnection, id: &str) -> Result<bool, FeedbackError> {
    let ready = issues::table
        .find(id)
        .filter(issues::status.eq(IssueStatus::Draft.code()))
        .filter(issues::title.ne(""))
        .filter(issues::happening.ne(""))
        .filter(issues::affects.ne(""))
        .filter(issues::members_agreeing.is_not_null())
        .filter(issues::change_wanted.ne(""))
        .filter(issues::addressee.is_not_null())
        .filter(issues::easy_read.ne(""));
    let changed = diesel::update(ready)
        .set((issues::status.eq(IssueStatus::Received.code()), issues::raised_on.eq(Some(Utc::now().date_naive()))))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Moves a raised issue to `status` only if it is where the caller saw it (`from`), so two
/// people answering at once cannot both move it from the same place. False when it was not.
pub fn move_from(conn: &mut DbConnection, id: &str, from: IssueStatus, status: IssueStatus) -> Result<bool, FeedbackError> {
    let changed = diesel::update(issues::table.find(id).filter(issues::status.eq(from.code()))).set(issues::status.eq(status.code())).execute(conn)?;
    Ok(changed == 1)
}

/// Raised issues, newest first, with the filters asked for; and how many match.
pub fn public(conn: &mut DbConnection, filter: &IssueFilter, page: PageRequest) -> Result<(Vec<IssueRow>, i64), FeedbackError> {
    let matching = || {
        let mut query = issues::table.filter(issues::status.ne(IssueStatus::Draft.code())).into_boxed();
        if let Some(addressee) = filter.addressee {
            query = query.filter(issues::addressee.eq(addressee.code()));
        }
        if let Some(status) = filter.status {
            query = query.filter(issues::status.eq(status.code()));
        }
        query
    };
    let total = matching().count().get_result(conn)?;
    let rows = matching()
        .order((issues::raised_on.desc(), issues::id))
        .limit(i64::from(page.per_page))
        .offset(page.offset())
        .select(IssueRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Every issue of a group, drafts first, then the newest raised.
pub fn of_group(conn: &mut DbConnection, group: Uuid) -> Result<Vec<IssueRow>, FeedbackError> {
    let mut rows: Vec<IssueRow> = issues::table.filter(issues::group_id.eq(group.to_string())).select(IssueRow::as_select()).load(conn)?;
    // Sorted here, the same on both backends (which order NULL differently): drafts by title,
    // then raised issues newest first.
    rows.sort_by(|a, b| a.raised_on.is_some().cmp(&b.raised_on.is_some()).then(b.raised_on.cmp(&a.raised_on)).then(a.title.cmp(&b.title)));
    Ok(rows)
}

/// One more "this happens to me too": a bare count, nothing about who.
pub fn add_me_too(conn: &mut DbConnection, id: Uuid) -> Result<i64, FeedbackError> {
    let raised = issues::table.find(id.to_string()).filter(issues::status.ne(IssueStatus::Draft.code()));
    let changed = diesel::update(raised).set(issues::me_too.eq(issues::me_too + 1)).execute(conn)?;
    if changed == 0 {
        return Err(FeedbackError::IssueNotFound);
    }
    Ok(i64::from(find_public(conn, id)?.me_too))
}

/// How many groups support each of `rows`, as (issue id, count).
pub fn support_counts(conn: &mut DbConnection, rows: &[IssueRow]) -> Result<Vec<(String, i64)>, FeedbackError> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    Ok(issue_supports::table
        .filter(issue_supports::issue_id.eq_any(ids))
        .group_by(issue_supports::issue_id)
        .select((issue_supports::issue_id, count_star()))
        .load(conn)?)
}
