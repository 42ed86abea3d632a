//! After triage, over HTTP on both backends: mandates, areas, advocates' profiles,
//! suggestions and allocation, and who may see which case.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::cases::{advocate, allocated_to_sana, care_act_and_imca, case, json_of, V1};
use crate::support::start;

async fn a_manager_confirms_mandates_and_asks_for_what_is_missing(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code) = care_act_and_imca(&h).await;
    let manager = h.staff(Role::Manager).await;
    let detail = json_of(case(&h, &manager, &id).await, 200).await;
    let indicated: Vec<&str> = detail["mandates"].as_array().unwrap().iter().map(|m| m["advocacy"].as_str().unwrap()).collect();
    assert!(indicated.contains(&"care_act") && indicated.contains(&"imca"), "{indicated:?}");

    let path = |kind: &str| format!("{V1}/referrals/{id}/mandates/{kind}");
    // A confirmation says why in law, from when, and staff's reason; the basis must fit.
    let bare = json_of(manager.put(&h, &path("care_act")).json(&json!({"state": "confirmed"})).send().await.unwrap(), 422).await;
    let fields: Vec<&str> = bare["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["legal_basis", "reason", "starts_on"]);
    let wrong = json!({"state": "confirmed", "legal_basis": "rpr_dols", "reason": "Assessment booked", "starts_on": "2026-12-07"});
    json_of(manager.put(&h, &path("care_act")).json(&wrong).send().await.unwrap(), 422).await;
    let care_act = json!({"state": "confirmed", "legal_basis": "care_act_assessment", "reason": "Needs assessment under way", "starts_on": "2026-12-07"});
    json_of(manager.put(&h, &path("care_act")).json(&care_act).send().await.unwrap(), 200).await;

    // IMCA waits for the capacity assessment; the Care Act mandate goes on meanwhile.
    let ask = json!({"state": "awaiting_information", "reason": "No capacity assessment on file",
        "information_needed": "We have asked the social worker for the mental capacity assessment."});
    let waiting = json_of(manager.put(&h, &path("imca")).json(&ask).send().await.unwrap(), 200).await;
    assert_eq!(waiting["status"], "awaiting_information");
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    assert_eq!(tracked["status"], "awaiting_information");
    assert_eq!(tracked["waiting_for"], json!(["We have asked the social worker for the mental capacity assessment."]));
    assert_eq!(tracked["advocacy"], json!(["care_act"]));
    // Staff's reasons and the legal basis stay with staff.
    let shown = tracked.to_string();
    assert!(!shown.contains("No capacity assessment on file") && !shown.contains("care_act_assessment"), "{shown}");

    let imca = json!({"state": "confirmed", "legal_basis": "imca_accommodation", "reason": "Assessment received: lacks capacity",
        "starts_on": "2026-12-08", "ends_on": "2027-03-08"});
    let both = json_of(manager.put(&h, &path("imca")).json(&imca).send().await.unwrap(), 200).await;
    assert_eq!(both["status"], "received", "nothing is missing any more");
    let decided: Vec<(&str, &str)> = both["mandates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| !m["decided"].is_null())
        .map(|m| (m["advocacy"].as_str().unwrap(), m["decided"]["state"].as_str().unwrap()))
        .collect();
    assert_eq!(decided, [("care_act", "confirmed"), ("imca", "confirmed")]);
    assert_eq!(both["mandates"][1]["decided"]["information_needed"], Value::Null);
    assert_eq!(h.queue("?advocacy=imca").await["total"], 1);

    // Nobody else decides mandates, and an unknown kind is not found.
    let advocate = h.staff(Role::Advocate).await;
    assert_eq!(advocate.put(&h, &path("care_act")).json(&care_act).send().await.unwrap().status(), 403);
    assert_eq!(manager.put(&h, &path("astrology")).json(&care_act).send().await.unwrap().status(), 404);
}

async fn the_suggested_advocate_is_allocated_and_sees_only_their_case(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code) = care_act_and_imca(&h).await;
    let (other_id, _, _) = care_act_and_imca(&h).await;
    let (admin, manager) = (h.staff(Role::Admin).await, h.staff(Role::Manager).await);
    let area = json_of(admin.post(&h, &format!("{V1}/catalogue/area")).json(&json!({"name": "Calderdale"})).send().await.unwrap(), 201).await;
    json_of(admin.post(&h, &format!("{V1}/catalogue/area")).json(&json!({"name": "Calderdale"})).send().await.unwrap(), 422).await;
    assert_eq!(manager.post(&h, &format!("{V1}/catalogue/area")).json(&json!({"name": "Kirklees"})).send().await.unwrap().status(), 403);

    let both = json!({"advocacy": ["care_act", "imca"], "areas": [area["id"]], "caseload_limit": 20, "taking_cases": true});
    let sana = advocate(&h, "Sana", &["Urdu", "English"], Some("woman"), both.clone()).await;
    let tom = advocate(&h, "Tom", &["English"], Some("man"), json!({"advocacy": ["care_act"], "caseload_limit": 20, "taking_cases": true})).await;

    let detail = json_of(case(&h, &manager, &id).await, 200).await;
    let stale = detail["version"].as_i64().unwrap();
    let chosen = json_of(manager.put(&h, &format!("{V1}/referrals/{id}/area")).json(&json!({"area": area["id"], "version": stale})).send().await.unwrap(), 200).await;
    assert_eq!(chosen["area"], area["id"]);
    let accepted = manager.post(&h, &format!("{V1}/referrals/{id}/decision")).json(&json!({"decision": "accept"}));
    let accepted = json_of(accepted.send().await.unwrap(), 200).await;

    let suggested = json_of(manager.get(&h, &format!("{V1}/referrals/{id}/suggestions")).send().await.unwrap(), 200).await;
    let names: Vec<&str> = suggested.as_array().unwrap().iter().map(|s| s["first_name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Sana", "Tom"]);
    let fits = |i: usize| suggested[i]["fits"].as_array().unwrap().iter().map(|f| f.as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert!(fits(0).contains(&"speaks_language".into()) && fits(0).contains(&"covers_area".into()), "{:?}", fits(0));
    assert!(fits(1).contains(&"not_qualified_for_all".into()) && fits(1).contains(&"gender_not_as_asked".into()), "{:?}", fits(1));

    // A change from an old view of the case is refused, and nothing changes.
    let allocate = |version: i64| json!({"advocate_id": sana.user_id, "version": version});
    json_of(manager.post(&h, &format!("{V1}/referrals/{id}/allocation")).json(&allocate(stale)).send().await.unwrap(), 409).await;
    assert_eq!(h.count(&format!("SELECT COUNT(*) AS n FROM allocations WHERE referral_id = '{id}'")), 0);
    let version = accepted["version"].as_i64().unwrap();
    let given = json_of(manager.post(&h, &format!("{V1}/referrals/{id}/allocation")).json(&allocate(version)).send().await.unwrap(), 200).await;
    assert_eq!(given["status"], "allocated");
    assert_eq!(given["advocate_name"], "Sana");
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    assert_eq!(tracked["status"], "allocated");
    assert_eq!(tracked["advocate"], "Sana");

    // Sana sees her case and nobody else's; Tom sees neither; a commissioner never sees one.
    let mine = json_of(sana.get(&h, &format!("{V1}/my-cases")).send().await.unwrap(), 200).await;
    assert_eq!(mine.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect::<Vec<_>>(), [id.as_str()]);
    assert_eq!(mine[0]["area"], "Calderdale");
    json_of(case(&h, &sana, &id).await, 200).await;
    assert_eq!(case(&h, &sana, &other_id).await.status(), 404);
    assert_eq!(case(&h, &tom, &id).await.status(), 404);
    assert_eq!(json_of(tom.get(&h, &format!("{V1}/my-cases")).send().await.unwrap(), 200).await, json!([]));
    let commissioner = h.staff(Role::Commissioner).await;
    assert_eq!(case(&h, &commissioner, &id).await.status(), 403);
    assert_eq!(commissioner.get(&h, &format!("{V1}/my-cases")).send().await.unwrap().status(), 403);

    // Managers read any advocate's caseload; advocates only their own, as "my cases".
    let sanas = json_of(manager.get(&h, &format!("{V1}/advocates/{}/cases", sana.user_id)).send().await.unwrap(), 200).await;
    assert_eq!(sanas, mine);
    assert_eq!(tom.get(&h, &format!("{V1}/advocates/{}/cases", sana.user_id)).send().await.unwrap().status(), 403);

    // Shared with Tom, he sees and works it beside Sana, until the manager stops sharing it.
    let share = |version: &Value| json!({"version": version});
    let to_sana = format!("{V1}/referrals/{id}/shares/{}", sana.user_id);
    json_of(manager.put(&h, &to_sana).json(&share(&given["version"])).send().await.unwrap(), 422).await;
    let to_tom = format!("{V1}/referrals/{id}/shares/{}", tom.user_id);
    let shared = json_of(manager.put(&h, &to_tom).json(&share(&given["version"])).send().await.unwrap(), 200).await;
    assert_eq!(shared["shared_with"][0]["first_name"], "Tom");
    json_of(case(&h, &tom, &id).await, 200).await;
    let toms = json_of(tom.get(&h, &format!("{V1}/my-cases")).send().await.unwrap(), 200).await;
    assert_eq!(toms.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect::<Vec<_>>(), [id.as_str()]);
    assert_eq!(sana.put(&h, &to_tom).json(&share(&shared["version"])).send().await.unwrap().status(), 403, "only managers share");
    json_of(manager.delete(&h, &to_tom).json(&share(&given["version"])).send().await.unwrap(), 409).await;
    let given = json_of(manager.delete(&h, &to_tom).json(&share(&shared["version"])).send().await.unwrap(), 200).await;
    assert_eq!(given["shared_with"], json!([]));
    assert_eq!(case(&h, &tom, &id).await.status(), 404, "sharing ended");

    // Handing over to Tom keeps the note for him and ends Sana's part.
    let handover = json!({"advocate_id": tom.user_id, "version": given["version"], "handover_note": "Prefers mornings; read the review notes first.",
        "preference_note": "We could not find a woman who speaks Urdu free this week."});
    let moved = json_of(manager.post(&h, &format!("{V1}/referrals/{id}/allocation")).json(&handover).send().await.unwrap(), 200).await;
    let history = moved["allocations"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert!(!history[0]["ended_at"].is_null() && history[1]["ended_at"].is_null());
    assert_eq!(history[1]["handover_note"], "Prefers mornings; read the review notes first.");
    assert_eq!(case(&h, &sana, &id).await.status(), 404, "Sana's access ended with the handover");
    json_of(case(&h, &tom, &id).await, 200).await;
    let profiles = json_of(manager.get(&h, &format!("{V1}/advocates")).send().await.unwrap(), 200).await;
    let open: Vec<(String, u64)> = profiles.as_array().unwrap().iter().map(|p| (p["first_name"].as_str().unwrap().into(), p["open_cases"].as_u64().unwrap())).collect();
    assert_eq!(open, [("Sana".to_string(), 0), ("Tom".to_string(), 1)]);

    // Tom is leaving: every case of his goes back to Sana in one go, with a note.
    let handover = format!("{V1}/advocates/{}/handover", tom.user_id);
    assert_eq!(tom.post(&h, &handover).json(&json!({"to": sana.user_id})).send().await.unwrap().status(), 403);
    json_of(manager.post(&h, &handover).json(&json!({"to": tom.user_id})).send().await.unwrap(), 422).await;
    let moved = json_of(manager.post(&h, &handover).json(&json!({"to": sana.user_id, "handover_note": "Tom has left; his notes are on the case"})).send().await.unwrap(), 200).await;
    assert_eq!(moved["moved"], 1);
    assert_eq!(case(&h, &tom, &id).await.status(), 404);
    let back = json_of(case(&h, &sana, &id).await, 200).await;
    assert_eq!(back["advocate_name"], "Sana");
    assert_eq!(back["allocations"].as_array().unwrap().last().unwrap()["handover_note"], "Tom has left; his notes are on the case");
}

async fn advocates_keep_their_own_profile_and_managers_their_work(backend: Backend) {
    let h = start(backend).await;
    let me = h.new_staff(Role::Advocate, false).await;
    let fresh = json_of(me.get(&h, &format!("{V1}/advocates/me")).send().await.unwrap(), 200).await;
    assert_eq!((fresh["first_name"].as_str(), fresh["version"].as_i64()), (Some("Test"), Some(0)));
    let blank = json_of(me.put(&h, &format!("{V1}/advocates/me")).json(&json!({"first_name": " ", "version": 0})).send().await.unwrap(), 422).await;
    assert_eq!(blank["errors"][0]["field"], "first_name");
    let about = json!({"first_name": "Ffion", "languages": ["Welsh"], "culture_or_faith": "Chapel", "version": 0});
    let saved = json_of(me.put(&h, &format!("{V1}/advocates/me")).json(&about).send().await.unwrap(), 200).await;
    assert_eq!(saved["version"], 1);
    // Saving again from the first version is someone else's change lost: refused.
    json_of(me.put(&h, &format!("{V1}/advocates/me")).json(&about).send().await.unwrap(), 409).await;

    let manager = h.staff(Role::Manager).await;
    let work = json!({"advocacy": [], "caseload_limit": 12, "taking_cases": true, "version": 1});
    let missing = json_of(manager.put(&h, &format!("{V1}/advocates/{}/work", me.user_id)).json(&work).send().await.unwrap(), 422).await;
    assert_eq!(missing["errors"][0]["field"], "advocacy");
    let unknown = json!({"advocacy": ["imha"], "areas": [uuid::Uuid::new_v4()], "caseload_limit": 12, "taking_cases": true, "version": 1});
    json_of(manager.put(&h, &format!("{V1}/advocates/{}/work", me.user_id)).json(&unknown).send().await.unwrap(), 422).await;
    let fine = json!({"advocacy": ["imha"], "settings": ["mental_health_ward"], "caseload_limit": 12, "taking_cases": true, "version": 1});
    let done = json_of(manager.put(&h, &format!("{V1}/advocates/{}/work", me.user_id)).json(&fine).send().await.unwrap(), 200).await;
    assert_eq!((done["first_name"].as_str(), done["caseload_limit"].as_u64(), done["version"].as_i64()), (Some("Ffion"), Some(12), Some(2)));
    // An advocate does not set their own work, nor read others' profiles.
    assert_eq!(me.put(&h, &format!("{V1}/advocates/{}/work", me.user_id)).json(&fine).send().await.unwrap().status(), 403);
    assert_eq!(me.get(&h, &format!("{V1}/advocates")).send().await.unwrap().status(), 403);
    assert_eq!(manager.get(&h, &format!("{V1}/advocates/me")).send().await.unwrap().status(), 403);
}

async fn the_advocate_works_the_case_and_the_person_reads_only_what_is_for_them(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code, sana, tom) = allocated_to_sana(&h).await;
    let work = format!("{V1}/referrals/{id}/casework");
    let add = |body: Value| sana.post(&h, &work).json(&body).send();
    json_of(add(json!({"kind": "issue", "title": "Wants to stay at home", "details": "Daughter disagrees; keep this between us"})).await.unwrap(), 200).await;
    let in_two_days = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    json_of(add(json!({"kind": "action", "title": "Ask for the capacity assessment", "owner": "Sana", "due_at": in_two_days})).await.unwrap(), 200).await;
    json_of(add(json!({"kind": "note", "title": "Private note", "details": "Neighbour may be financially abusing"})).await.unwrap(), 200).await;
    let missing = json_of(add(json!({"kind": "meeting", "title": "First meeting"})).await.unwrap(), 422).await;
    let fields: Vec<&str> = missing["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["due_at", "place"]);
    let meeting = json!({"kind": "meeting", "title": "First meeting", "due_at": "2099-01-15T14:30:00Z", "place": "Riverside Library, ground floor",
        "arrangements": ["accessible_venue", "interpreter_booked"], "details": "Bring the care plan; she gets tired after 3pm"});
    let all = json_of(add(meeting).await.unwrap(), 200).await;
    assert_eq!(all["entries"].as_array().unwrap().len(), 4);
    json_of(sana.post(&h, &format!("{V1}/referrals/{id}/updates")).json(&json!({"body": "I have asked the council for the assessment. See you on the 15th."})).send().await.unwrap(), 200).await;
    json_of(sana.post(&h, &format!("{V1}/referrals/{id}/updates")).json(&json!({"body": "  "})).send().await.unwrap(), 422).await;

    // How Sana works with her: non-instructed, with the approach and why, from a version.
    let way = format!("{V1}/referrals/{id}/way-of-working");
    let vague = json!({"instruction": "non_instructed", "version": 0});
    json_of(sana.put(&h, &way).json(&vague).send().await.unwrap(), 422).await;
    let recorded = json!({"instruction": "non_instructed", "approaches": ["rights_based", "watching_brief"],
        "why": "She cannot tell us what she wants about the move", "fluctuating_capacity": true, "fluctuating_note": "Clearer in the mornings", "version": 0});
    let saved = json_of(sana.put(&h, &way).json(&recorded).send().await.unwrap(), 200).await;
    assert_eq!(saved["way_of_working"]["approaches"], json!(["rights_based", "watching_brief"]));
    assert_eq!(saved["way_of_working"]["version"], 1);
    json_of(sana.put(&h, &way).json(&recorded).send().await.unwrap(), 409).await;
    assert_eq!(tom.put(&h, &way).json(&json!({"instruction": "instructed", "version": 1})).send().await.unwrap().status(), 404, "not Tom's case");
    let read = json_of(sana.get(&h, &work).send().await.unwrap(), 200).await;
    assert_eq!(read["way_of_working"]["fluctuating_note"], "Clearer in the mornings");

    // The person reads the update and where and when they meet, and nothing of the team's notes.
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    assert_eq!(tracked["status"], "first_meeting");
    assert_eq!(tracked["next_meeting"]["place"], "Riverside Library, ground floor");
    assert_eq!(tracked["next_meeting"]["arrangements"], json!(["accessible_venue", "interpreter_booked"]));
    assert_eq!(tracked["updates"][0]["body"], "I have asked the council for the assessment. See you on the 15th.");
    let shown = tracked.to_string();
    for internal in ["keep this between us", "Clearer in the mornings", "watching_brief", "financially abusing", "Ask for the capacity assessment", "tired after 3pm", "Wants to stay at home"] {
        assert!(!shown.contains(internal), "{internal} reached the person: {shown}");
    }
    assert!(!shown.contains(&sana.user_id.to_string()), "nor who on the team wrote it");

    // Sana's list says what is due this week: the action, not the meeting far ahead.
    let mine = json_of(sana.get(&h, &format!("{V1}/my-cases")).send().await.unwrap(), 200).await;
    assert_eq!(mine[0]["due"]["title"], "Ask for the capacity assessment");

    // Two editors of one action: the second is told, and the first's change stands.
    let entries = json_of(sana.get(&h, &work).send().await.unwrap(), 200).await;
    let action = entries["entries"].as_array().unwrap().iter().find(|e| e["kind"] == "action").unwrap().clone();
    let path = format!("{work}/{}", action["id"].as_str().unwrap());
    let done = json!({"kind": "action", "title": "Ask for the capacity assessment", "owner": "Sana", "done": true, "version": action["version"]});
    json_of(sana.put(&h, &path).json(&done).send().await.unwrap(), 200).await;
    let manager = h.staff(Role::Manager).await;
    let late = json!({"kind": "action", "title": "Ask the GP instead", "version": action["version"]});
    json_of(manager.put(&h, &path).json(&late).send().await.unwrap(), 409).await;
    let now = json_of(manager.get(&h, &work).send().await.unwrap(), 200).await;
    let kept = now["entries"].as_array().unwrap().iter().find(|e| e["id"] == action["id"]).unwrap();
    assert_eq!((kept["title"].as_str(), kept["done"].as_bool()), (Some("Ask for the capacity assessment"), Some(true)));
    let mine = json_of(sana.get(&h, &format!("{V1}/my-cases")).send().await.unwrap(), 200).await;
    assert_eq!(mine[0]["due"], Value::Null, "done, so nothing is due this week");

    // Moving the case on: a pause needs words for the person; working together does not.
    let detail = json_of(case(&h, &sana, &id).await, 200).await;
    let status = format!("{V1}/referrals/{id}/status");
    let pause = json!({"to": "on_hold", "version": detail["version"]});
    json_of(sana.post(&h, &status).json(&pause).send().await.unwrap(), 422).await;
    let working = json_of(sana.post(&h, &status).json(&json!({"to": "working", "version": detail["version"]})).send().await.unwrap(), 200).await;
    assert_eq!(working["status"], "working");
    json_of(sana.post(&h, &status).json(&json!({"to": "closing", "version": detail["version"]})).send().await.unwrap(), 409).await;

    // Tom is not on this case: nothing of it exists for him, and nothing changes.
    assert_eq!(tom.get(&h, &work).send().await.unwrap().status(), 404);
    assert_eq!(tom.post(&h, &work).json(&json!({"kind": "note", "title": "Tom's note"})).send().await.unwrap().status(), 404);
    assert_eq!(tom.post(&h, &format!("{V1}/referrals/{id}/updates")).json(&json!({"body": "Hello from Tom"})).send().await.unwrap().status(), 404);
    assert_eq!(tom.post(&h, &status).json(&json!({"to": "closed", "version": working["version"]})).send().await.unwrap().status(), 404);
    let commissioner = h.staff(Role::Commissioner).await;
    assert_eq!(commissioner.get(&h, &work).send().await.unwrap().status(), 403);
    let after = json_of(manager.get(&h, &work).send().await.unwrap(), 200).await;
    assert_eq!((after["entries"].as_array().unwrap().len(), after["updates"].as_array().unwrap().len()), (4, 1));
    assert_eq!(json_of(case(&h, &manager, &id).await, 200).await["status"], "working");

    // Every view and change is on the case's record; advocates do not read it.
    let record = json_of(manager.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap(), 200).await;
    let by_sana: Vec<&str> = record
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor"] == json!(sana.user_id))
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in ["viewed", "viewed_casework", "entry_added", "entry_changed", "update_written", "status_changed"] {
        assert!(by_sana.contains(&action), "{action} recorded: {by_sana:?}");
    }
    assert!(!record.to_string().contains(&tom.user_id.to_string()), "Tom's refused tries changed nothing, so nothing was recorded");
    assert_eq!(sana.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap().status(), 403);
    // Admins export everyone's record; nobody can change it, not even with SQL.
    let today = chrono::Utc::now().date_naive();
    let csv_url = format!("{V1}/audit.csv?from={}&to={today}", today - chrono::Days::new(1));
    let admin = h.staff(Role::Admin).await;
    let csv = admin.get(&h, &csv_url).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("at,referral,account,action,name\n") && csv.contains(&format!("{id},{},update_written", sana.user_id)), "{csv}");
    assert_eq!(manager.get(&h, &csv_url).send().await.unwrap().status(), 403);
    let backwards = format!("{V1}/audit.csv?from={today}&to={}", today - chrono::Days::new(3));
    assert_eq!(admin.get(&h, &backwards).send().await.unwrap().status(), 422);
    let rows = h.count("SELECT COUNT(*) AS n FROM case_audit");
    assert!(h.try_execute("DELETE FROM case_audit").is_err(), "the database refuses a delete");
    assert!(h.try_execute("UPDATE case_audit SET action = 'viewed'").is_err(), "and an update");
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM case_audit"), rows);
}

/// Managers see each advocate's week ahead across their open cases: meetings and unfinished
/// actions due in the next seven days, and actions already late; never notes, issues, what
/// is done, or what is further off.
async fn managers_see_the_week_ahead_of_each_advocate(backend: Backend) {
    let h = start(backend).await;
    let (id, _, _, sana, tom) = allocated_to_sana(&h).await;
    let work = format!("{V1}/referrals/{id}/casework");
    let at = |days: i64| (chrono::Utc::now() + chrono::Duration::days(days)).to_rfc3339();
    for entry in [
        json!({"kind": "action", "title": "Ask for the assessment", "due_at": at(2)}),
        json!({"kind": "meeting", "title": "First meeting", "due_at": at(3), "place": "The ward"}),
        json!({"kind": "action", "title": "Chase the social worker", "due_at": at(-1)}),
        json!({"kind": "action", "title": "Read the care plan", "due_at": at(20)}),
        json!({"kind": "note", "title": "Prefers mornings"}),
    ] {
        json_of(sana.post(&h, &work).json(&entry).send().await.unwrap(), 200).await;
    }
    let week = |advocates: &Value, who: &str| {
        let one = advocates.as_array().unwrap().iter().find(|a| a["account_id"] == who).expect("listed");
        (one["open_cases"].as_u64().unwrap(), one["due_this_week"].as_u64().unwrap(), one["overdue"].as_u64().unwrap())
    };
    let manager = h.staff(Role::Manager).await;
    let team = json_of(manager.get(&h, &format!("{V1}/advocates")).send().await.unwrap(), 200).await;
    assert_eq!(week(&team, &sana.user_id.to_string()), (1, 2, 1));
    assert_eq!(week(&team, &tom.user_id.to_string()), (0, 0, 0));

    // Done is no longer due.
    let entries = json_of(sana.get(&h, &work).send().await.unwrap(), 200).await;
    let late = entries["entries"].as_array().unwrap().iter().find(|e| e["title"] == "Chase the social worker").unwrap().clone();
    let done = json!({"kind": "action", "title": "Chase the social worker", "due_at": late["due_at"], "done": true, "version": late["version"]});
    json_of(sana.put(&h, &format!("{work}/{}", late["id"].as_str().unwrap())).json(&done).send().await.unwrap(), 200).await;
    let team = json_of(manager.get(&h, &format!("{V1}/advocates")).send().await.unwrap(), 200).await;
    assert_eq!(week(&team, &sana.user_id.to_string()), (1, 2, 0));
}

db_tests!(
    managers_see_the_week_ahead_of_each_advocate,
    the_advocate_works_the_case_and_the_person_reads_only_what_is_for_them,
    a_manager_confirms_mandates_and_asks_for_what_is_missing,
    the_suggested_advocate_is_allocated_and_sees_only_their_case,
    advocates_keep_their_own_profile_and_managers_their_work,
);
