//! Giving a case its named advocate: suggestions ranked with their reasons (a plain function
//! over the case and the profiles), and the allocation itself. Queries on `allocations` live
//! here: nothing else touches that table.

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::{AdvocateProfile, AllocationEntry, AuditAction, Fit, Gender, MandateState, SuggestedAdvocate};
use speakup_types::entitlement::Outcome;
use speakup_types::entitlement::Advocacy;
use speakup_types::referral::{AdvocateGender, ReferralAnswers};
use speakup_types::status::{ReferralStatus, Stage};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::{allocations, referrals};
use crate::{advocates, mandates, store};

/// What the suggestions weigh about one case.
pub struct CaseNeeds {
    /// Confirmed mandates, or what the engine indicated while none is confirmed.
    pub advocacy: Vec<Advocacy>,
    pub area: Option<Uuid>,
    /// Languages the person asked for, lower case.
    pub languages: Vec<String>,
    pub gender: Option<Gender>,
    pub culture: Option<String>,
    /// Advocates the person has had before, on this case or another about them.
    pub advocates_before: Vec<Uuid>,
    /// The first name the person gave for an advocate they had before.
    pub previous_advocate_name: Option<String>,
}

impl CaseNeeds {
    pub fn from_answers(answers: &ReferralAnswers, advocacy: Vec<Advocacy>, area: Option<Uuid>, advocates_before: Vec<Uuid>) -> CaseNeeds {
        let preferences = answers.preferences();
        let lower = |text: &Option<String>| text.as_deref().map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty());
        let languages = [lower(&preferences.advocate_language), lower(&answers.communication().language)]
            .into_iter()
            .flatten()
            .filter(|l| l != "english")
            .collect();
        CaseNeeds {
            advocacy,
            area,
            languages,
            gender: match preferences.advocate_gender {
                Some(AdvocateGender::Woman) => Some(Gender::Woman),
                Some(AdvocateGender::Man) => Some(Gender::Man),
                _ => None,
            },
            culture: lower(&preferences.advocate_culture_or_faith),
            advocates_before,
            previous_advocate_name: lower(&preferences.previous_advocate),
        }
    }
}

/// What fits and what does not, strongest first, and a score to rank by.
fn fits(needs: &CaseNeeds, advocate: &AdvocateProfile) -> (Vec<Fit>, i32) {
    let mut found: Vec<(Fit, i32)> = Vec::new();
    let name = advocate.first_name.trim().to_lowercase();
    let had_before = needs.advocates_before.contains(&advocate.account_id)
        || needs.previous_advocate_name.as_deref().is_some_and(|n| n.split_whitespace().any(|w| w == name));
    if had_before {
        found.push((Fit::AdvocateBefore, 100));
    }
    if needs.advocacy.iter().all(|a| advocate.advocacy.contains(a)) {
        found.push((Fit::QualifiedForAll, 50));
    } else {
        found.push((Fit::NotQualifiedForAll, -100));
    }
    if !needs.languages.is_empty() {
        let speaks = advocate.languages.iter().any(|l| needs.languages.contains(&l.trim().to_lowercase()));
        found.push(if speaks { (Fit::SpeaksLanguage, 20) } else { (Fit::LanguageNotSpoken, -20) });
    }
    if let Some(gender) = needs.gender {
        found.push(if advocate.gender == Some(gender) { (Fit::GenderAsAsked, 20) } else { (Fit::GenderNotAsAsked, -20) });
    }
    if let Some(culture) = &needs.culture {
        let shared = advocate.culture_or_faith.as_deref().is_some_and(|c| {
            let c = c.to_lowercase();
            c.contains(culture.as_str()) || culture.contains(c.as_str())
        });
        found.push(if shared { (Fit::CultureAsAsked, 10) } else { (Fit::CultureNotKnown, -10) });
    }
    if let Some(area) = needs.area {
        found.push(if advocate.areas.contains(&area) { (Fit::CoversArea, 10) } else { (Fit::OutsideArea, -30) });
    }
    found.push(if advocate.open_cases < advocate.caseload_limit { (Fit::HasRoom, 5) } else { (Fit::CaseloadFull, -60) });
    let score = found.iter().map(|(_, s)| s).sum();
    found.sort_by_key(|(fit, score)| (fit.is_gap(), -score.abs()));
    (found.into_iter().map(|(f, _)| f).collect(), score)
}

/// Advocates taking cases, best first: by what fits, then the lighter caseload, then name.
pub fn suggest(needs: &CaseNeeds, profiles: &[AdvocateProfile]) -> Vec<SuggestedAdvocate> {
    let mut ranked: Vec<(i32, SuggestedAdvocate)> = profiles
        .iter()
        .filter(|p| p.taking_cases)
        .map(|p| {
            let (fits, score) = fits(needs, p);
            let suggestion = SuggestedAdvocate {
                account_id: p.account_id,
                first_name: p.first_name.clone(),
                open_cases: p.open_cases,
                caseload_limit: p.caseload_limit,
                fits,
            };
            (score, suggestion)
        })
        .collect();
    ranked.sort_by(|(a, x), (b, y)| {
        let load = |s: &SuggestedAdvocate| f64::from(s.open_cases) / f64::from(s.caseload_limit.max(1));
        b.cmp(a).then(load(x).total_cmp(&load(y))).then(x.first_name.cmp(&y.first_name))
    });
    ranked.into_iter().map(|(_, s)| s).collect()
}

/// The suggestions for one case: what it needs (confirmed mandates, or the engine's
/// indication while none is confirmed; the person's wishes; advocates they had on this or
/// any referral likely about them) weighed against every profile.
pub fn suggestions_for(conn: &mut DbConnection, id: Uuid) -> Result<Vec<SuggestedAdvocate>, ReferralError> {
    let row = store::find(conn, id)?.ok_or(ReferralError::NotFound)?;
    let answers = row.answers()?;
    let decided = mandates::for_referral(conn, &row.id)?;
    let confirmed: Vec<Advocacy> =
        decided.iter().filter(|m| m.state == MandateState::Confirmed).map(|m| m.advocacy).collect();
    let advocacy = if confirmed.is_empty() {
        row.assessment()?.results.iter().filter(|r| r.outcome != Outcome::NotMet).map(|r| r.advocacy).collect()
    } else {
        confirmed
    };
    // The person's other referrals (earlier, joined, or likely the same person) and
    // this one: any advocate they had on them counts as "had before".
    let mut related: Vec<String> = store::likely_duplicates(conn, &row)?.into_iter().map(|r| r.id).collect();
    related.push(row.id.clone());
    let before = advocates_of(conn, &related)?;
    let area = row.area_id.as_deref().and_then(|a| Uuid::parse_str(a).ok());
    let needs = CaseNeeds::from_answers(&answers, advocacy, area, before);
    let team = advocates::all(conn)?;
    let profiles = advocates::profiles(conn, &team)?;
    Ok(suggest(&needs, &profiles))
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = allocations)]
struct AllocationRow {
    id: String,
    referral_id: String,
    advocate_id: String,
    allocated_at: chrono::NaiveDateTime,
    allocated_by: String,
    handover_note: Option<String>,
    preference_note: Option<String>,
    ended_at: Option<chrono::NaiveDateTime>,
}

/// Gives the case to `advocate`, from the version the manager saw. A case waiting for an
/// advocate becomes allocated; one that had an advocate keeps its status, and the earlier
/// allocation ends with the handover note kept for the next.
pub fn allocate(
    conn: &mut DbConnection,
    referral: Uuid,
    advocate: Uuid,
    version: i64,
    handover_note: Option<String>,
    preference_note: Option<String>,
    actor: Uuid,
) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        let row = store::claim_version(conn, referral, version)?;
        let status = ReferralStatus::parse(&row.status).ok_or(ReferralError::Corrupt("status"))?;
        if !status.can_allocate() {
            return Err(ReferralError::CannotAllocate);
        }
        let profile = advocates::find(conn, advocate)?.ok_or(ReferralError::AdvocateUnavailable)?;
        if !profile.taking_cases || row.advocate_id.as_deref() == Some(&advocate.to_string()) {
            return Err(ReferralError::AdvocateUnavailable);
        }
        let now = Utc::now().naive_utc();
        end_current(conn, &row.id, now)?;
        let entry = AllocationRow {
            id: Uuid::now_v7().to_string(),
            referral_id: row.id.clone(),
            advocate_id: advocate.to_string(),
            allocated_at: now,
            allocated_by: actor.to_string(),
            handover_note,
            preference_note: preference_note.clone(),
            ended_at: None,
        };
        diesel::insert_into(allocations::table).values(&entry).execute(conn)?;
        diesel::update(referrals::table.find(&row.id))
            .set((referrals::advocate_id.eq(Some(advocate.to_string())), referrals::allocated_at.eq(row.allocated_at.or(Some(now)))))
            .execute(conn)?;
        crate::shares::end_all(conn, &row.id)?;
        let moving = [ReferralStatus::Accepted, ReferralStatus::Handover];
        store::transition(conn, &row.id, &moving, ReferralStatus::Allocated, preference_note, Some(actor))?;
        Ok(())
    })
}

/// Ends the case's current allocation, if it has one, leaving no advocate named.
pub fn end_current(conn: &mut DbConnection, referral: &str, now: chrono::NaiveDateTime) -> Result<(), ReferralError> {
    diesel::update(allocations::table.filter(allocations::referral_id.eq(referral)).filter(allocations::ended_at.is_null()))
        .set(allocations::ended_at.eq(Some(now)))
        .execute(conn)?;
    diesel::update(referrals::table.find(referral)).set(referrals::advocate_id.eq(None::<String>)).execute(conn)?;
    Ok(())
}

/// Hands every open case of `from` to `to`, each as its own allocation with the note and its
/// own audit record, all or none; shares `from` had end too.
pub fn hand_over_all(conn: &mut DbConnection, from: Uuid, to: Uuid, note: Option<String>, actor: &crate::audit::Actor) -> Result<u32, ReferralError> {
    if from == to {
        return Err(ReferralError::AdvocateUnavailable);
    }
    write_transaction(conn, |conn| {
        let cases: Vec<(String, i64)> = referrals::table
            .filter(referrals::advocate_id.eq(from.to_string()))
            .filter(referrals::stage.eq(Stage::WithAdvocate.number()))
            .select((referrals::id, referrals::version))
            .load(conn)?;
        for (id, version) in &cases {
            let id = Uuid::parse_str(id).map_err(|_| ReferralError::Corrupt("id"))?;
            crate::audit::audited(conn, id, actor, AuditAction::Allocated, |conn| allocate(conn, id, to, *version, note.clone(), None, actor.id))?;
        }
        crate::shares::end_for_advocate(conn, from)?;
        Ok(cases.len() as u32)
    })
}

/// Every advocate the case has had, first first, with their first names where known.
pub fn history(conn: &mut DbConnection, referral: &str) -> Result<Vec<AllocationEntry>, ReferralError> {
    let rows: Vec<AllocationRow> = allocations::table
        .filter(allocations::referral_id.eq(referral))
        .order((allocations::allocated_at.asc(), allocations::id.asc()))
        .select(AllocationRow::as_select())
        .load(conn)?;
    let parse = |id: &str| Uuid::parse_str(id).map_err(|_| ReferralError::Corrupt("allocation"));
    rows.iter()
        .map(|row| {
            let advocate_id = parse(&row.advocate_id)?;
            let first_name = advocates::find(conn, advocate_id)?.map(|a| a.first_name).unwrap_or_default();
            Ok(AllocationEntry {
                advocate_id,
                first_name,
                allocated_at: row.allocated_at.and_utc(),
                allocated_by: parse(&row.allocated_by)?,
                handover_note: row.handover_note.clone(),
                preference_note: row.preference_note.clone(),
                ended_at: row.ended_at.map(|t| t.and_utc()),
            })
        })
        .collect()
}

/// Advocates who had any of these referrals (the person's earlier or joined ones).
pub fn advocates_of(conn: &mut DbConnection, referrals: &[String]) -> Result<Vec<Uuid>, ReferralError> {
    let ids: Vec<String> =
        allocations::table.filter(allocations::referral_id.eq_any(referrals)).select(allocations::advocate_id).distinct().load(conn)?;
    Ok(ids.iter().filter_map(|id| Uuid::parse_str(id).ok()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn advocate(name: &str, advocacy: &[Advocacy], open: u32) -> AdvocateProfile {
        let mut p = AdvocateProfile::new(Uuid::new_v4(), name.into(), Utc::now());
        p.advocacy = advocacy.to_vec();
        p.open_cases = open;
        p.taking_cases = true;
        p
    }

    fn needs(advocacy: &[Advocacy]) -> CaseNeeds {
        CaseNeeds {
            advocacy: advocacy.to_vec(),
            area: None,
            languages: vec![],
            gender: None,
            culture: None,
            advocates_before: vec![],
            previous_advocate_name: None,
        }
    }

    #[test]
    fn one_advocate_for_every_mandate_comes_first() {
        let both = [Advocacy::CareAct, Advocacy::Imca];
        let partial = advocate("Ash", &[Advocacy::CareAct], 0);
        let whole = advocate("Bo", &both, 10);
        let ranked = suggest(&needs(&both), &[partial, whole]);
        assert_eq!(ranked[0].first_name, "Bo");
        assert_eq!(ranked[0].fits[0], Fit::QualifiedForAll);
        assert!(ranked[1].fits.contains(&Fit::NotQualifiedForAll));
    }

    #[test]
    fn the_person_s_wishes_rank_and_unmet_ones_are_named() {
        let mut urdu = advocate("Sana", &[Advocacy::CareAct], 5);
        urdu.languages = vec!["Urdu".into()];
        urdu.gender = Some(Gender::Woman);
        let mut other = advocate("Tom", &[Advocacy::CareAct], 0);
        other.gender = Some(Gender::Man);
        let mut wants = needs(&[Advocacy::CareAct]);
        wants.languages = vec!["urdu".into()];
        wants.gender = Some(Gender::Woman);
        let ranked = suggest(&wants, &[other, urdu]);
        assert_eq!(ranked[0].first_name, "Sana");
        assert!(ranked[0].unmet_preferences().is_empty());
        assert_eq!(ranked[1].unmet_preferences(), [Fit::LanguageNotSpoken, Fit::GenderNotAsAsked]);
    }

    #[test]
    fn the_advocate_they_had_before_and_room_in_a_caseload_count() {
        let mut full = advocate("Kim", &[Advocacy::Imha], 20);
        full.caseload_limit = 20;
        let before = advocate("Lee", &[Advocacy::Imha], 19);
        let mut wants = needs(&[Advocacy::Imha]);
        wants.advocates_before = vec![before.account_id];
        let mut off = advocate("Mo", &[Advocacy::Imha], 0);
        off.taking_cases = false;
        let ranked = suggest(&wants, &[full, before, off]);
        assert_eq!(ranked.iter().map(|s| s.first_name.as_str()).collect::<Vec<_>>(), ["Lee", "Kim"]);
        assert_eq!(ranked[0].fits[0], Fit::AdvocateBefore);
        assert!(ranked[1].fits.contains(&Fit::CaseloadFull));
    }
}
