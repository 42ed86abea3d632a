//! Calls about collective issues: groups registering (identity) and verified by admins, the
//! group's drafts and members, raised issues anyone may read and say "me too" to, and the
//! addressee's responses (the feedback service).

use speakup_types::feedback::{SetThemes, Theme};
use speakup_types::identity::groups::{Group, GroupRegistration, MemberAdded, MemberRequest, NewGroupMember, OwnGroup, SetVerified, Verified};
use speakup_types::identity::SetActive;
use speakup_types::issues::{IssueCreated, IssueDetail, IssueDraft, IssueFilter, IssueSummary, MeToo, NewResponse, NewSupport};
use speakup_types::page::Page;
use uuid::Uuid;

use super::{anonymous_post, get, json, post, with_proof, ApiResult};

const IDENTITY: &str = "/api/identity/v1";
const GROUPS: &str = "/api/identity/v1/groups";
const FEEDBACK: &str = "/api/feedback/v1";

// The public

/// Registers a group; like every anonymous write it carries an answered challenge.
pub async fn register_group(body: &GroupRegistration) -> ApiResult<Group> {
    with_proof(IDENTITY, |answered| anonymous_post(GROUPS, body, answered, &[])).await
}

fn query(filter: &IssueFilter) -> String {
    let mut parts = Vec::new();
    if let Some(addressee) = filter.addressee {
        parts.push(format!("addressee={}", addressee.code()));
    }
    if let Some(status) = filter.status {
        parts.push(format!("status={}", status.code()));
    }
    parts.push(format!("page={}", filter.page.unwrap_or(1)));
    parts.join("&")
}

pub async fn issues(filter: IssueFilter) -> ApiResult<Page<IssueSummary>> {
    json(get(&format!("{FEEDBACK}/issues?{}", query(&filter)))).await
}

pub async fn issue(id: Uuid) -> ApiResult<IssueDetail> {
    json(get(&format!("{FEEDBACK}/issues/{id}"))).await
}

/// "This happens to me too": counted, nothing kept about who.
pub async fn me_too(id: Uuid) -> ApiResult<MeToo> {
    let url = format!("{FEEDBACK}/issues/{id}/me-too");
    with_proof(FEEDBACK, |answered| anonymous_post(&url, &(), answered, &[])).await
}

// Admins

pub async fn groups() -> ApiResult<Vec<Group>> {
    json(get(GROUPS)).await
}

pub async fn group(id: Uuid) -> ApiResult<OwnGroup> {
    json(get(&format!("{GROUPS}/{id}"))).await
}

pub async fn set_group_member_active(group: Uuid, member: Uuid, active: bool, csrf: String) -> ApiResult<OwnGroup> {
    json(post(&format!("{GROUPS}/{group}/members/{member}/active"), &SetActive { active }, Some(&csrf))).await
}

pub async fn add_asked_member(group: Uuid, request: Uuid, csrf: String) -> ApiResult<MemberAdded> {
    json(post(&format!("{GROUPS}/{group}/requests/{request}/added"), &(), Some(&csrf))).await
}

pub async fn decline_asked_member(group: Uuid, request: Uuid, csrf: String) -> ApiResult<OwnGroup> {
    json(post(&format!("{GROUPS}/{group}/requests/{request}/declined"), &(), Some(&csrf))).await
}

pub async fn verify_group(id: Uuid, verified: bool, csrf: String) -> ApiResult<Verified> {
    json(post(&format!("{GROUPS}/{id}/verified"), &SetVerified { verified }, Some(&csrf))).await
}

pub async fn issue_themes(id: Uuid) -> ApiResult<Vec<Theme>> {
    json(get(&format!("{FEEDBACK}/issues/{id}/themes"))).await
}

pub async fn tag_issue(id: Uuid, themes: Vec<Uuid>, csrf: String) -> ApiResult<Vec<Theme>> {
    json(post(&format!("{FEEDBACK}/issues/{id}/themes"), &SetThemes { themes }, Some(&csrf))).await
}

// Addressees

pub async fn respond_to_issue(id: Uuid, body: NewResponse, csrf: String) -> ApiResult<IssueDetail> {
    json(post(&format!("{FEEDBACK}/issues/{id}/responses"), &body, Some(&csrf))).await
}

// Groups

pub async fn own_group() -> ApiResult<OwnGroup> {
    json(get(&format!("{GROUPS}/mine"))).await
}

pub async fn ask_for_member(body: NewGroupMember, csrf: String) -> ApiResult<MemberRequest> {
    json(post(&format!("{GROUPS}/mine/members"), &body, Some(&csrf))).await
}

pub async fn group_issues() -> ApiResult<Vec<IssueSummary>> {
    json(get(&format!("{FEEDBACK}/group/issues"))).await
}

pub async fn group_issue(id: Uuid) -> ApiResult<IssueDetail> {
    json(get(&format!("{FEEDBACK}/group/issues/{id}"))).await
}

pub async fn start_issue(body: IssueDraft, csrf: String) -> ApiResult<IssueCreated> {
    json(post(&format!("{FEEDBACK}/group/issues"), &body, Some(&csrf))).await
}

pub async fn save_issue(id: Uuid, body: IssueDraft, csrf: String) -> ApiResult<IssueDetail> {
    json(post(&format!("{FEEDBACK}/group/issues/{id}"), &body, Some(&csrf))).await
}

pub async fn raise_issue(id: Uuid, csrf: String) -> ApiResult<IssueDetail> {
    json(post(&format!("{FEEDBACK}/group/issues/{id}/raise"), &(), Some(&csrf))).await
}

pub async fn support_issue(id: Uuid, line: String, csrf: String) -> ApiResult<IssueDetail> {
    json(post(&format!("{FEEDBACK}/issues/{id}/supports"), &NewSupport { line }, Some(&csrf))).await
}
