//! Validation messages are ids in `locales/ftl/*/errors.ftl`: the API and the server keep
//! sending today's English, and the front end can show them in the person's language.

use std::path::Path;

use chrono::NaiveDate;
use speakup_locales::{Language, Wording, MISSING};
use validator::{Validate, ValidationError, ValidationErrors};

use super::*;
use crate::entitlement::{Candidate, Difficulty};
use crate::identity::{ChangePassword, LoginRequest, NewStaffUser, Role};
use crate::referral::*;

const WELSH: Wording = Wording { language: Language::Welsh, easy_read: false };

/// A failure: what was wrong, what the rules said, and each field with its exact English.
type Failure = (&'static str, ValidationErrors, Vec<(&'static str, &'static str)>);

/// Each failure the rules can give, with the fields and the exact English they report.
fn failures() -> Vec<Failure> {
    let phone = |number: &str| ContactPreferences { method: ContactMethod::Phone, phone: Some(number.into()), ..Default::default() };
    let own = SelfReferral { help_with: "My care is being cut.".into(), name: "Sam".into(), contact: phone("07700 900982"), ..Default::default() };
    let with = |change: &dyn Fn(&mut SelfReferral)| {
        let mut r = own.clone();
        change(&mut r);
        r.validate().unwrap_err()
    };
    let on_behalf = OnBehalfReferral {
        referrer: Referrer { name: " ".into(), relationship: Relationship::Carer, contact: phone("07700 900111") },
        consent: Consent::CannotSay,
        ..Default::default()
    };
    let professional = ProfessionalReferral {
        consent: Consent::No,
        existing_advocate: None,
        safeguarding: Some(Safeguarding { concern: " ".into(), s42_reference: None, delegated_to: None }),
        deadlines: vec![Deadline { what: " ".into(), date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() }],
        candidate_descriptions: vec![" ".into()],
        eligibility: crate::entitlement::Facts {
            difficulty: Some(Difficulty { weighing: Some(true), ..Default::default() }),
            existing_advocate: Some(true),
            candidates: Some(vec![Candidate::default()]),
            ..Default::default()
        },
        ..Default::default()
    };
    let deadline = Deadline { what: "Review".into(), date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() };
    vec![
        (
            "blank answers",
            with(&|r| {
                r.help_with = " ".into();
                r.name = String::new();
            }),
            vec![("help_with", "Choose a picture, or tell us in your own words what you would like help with"), ("name", "Tell us what we should call you")],
        ),
        (
            "too long and markup",
            with(&|r| {
                r.help_with = "a".repeat(MAX_OWN_WORDS + 1);
                r.name = "<b>Sam</b>".into();
                r.contact.codeword = Some("x".repeat(41));
            }),
            vec![
                ("contact.codeword", "Use 40 characters or fewer"),
                ("help_with", "Use 5000 characters or fewer"),
                ("name", "Remove the < and > characters"),
            ],
        ),
        (
            "control characters",
            with(&|r| {
                r.help_with = "bell\u{7}".into();
                r.name = "Sam\nJones".into();
            }),
            vec![
                ("help_with", "Use letters, numbers and punctuation only"),
                ("name", "Use letters, numbers and punctuation only, on one line"),
            ],
        ),
        (
            "a phone number that is not one, an age that cannot be, an interpreter with no language",
            with(&|r| {
                r.contact.phone = Some("123".into());
                r.eligibility.age = Some(200);
                r.communication.interpreter = true;
            }),
            vec![
                ("communication.language", "Tell us which language the interpreter should speak"),
                ("contact.phone", "Enter a phone number, like 07700 900 982 or +44 7700 900982"),
                ("eligibility.age", "Enter an age between 0 and 120"),
            ],
        ),
        (
            "no phone number",
            with(&|r| r.contact.phone = None),
            vec![("contact.phone", "Enter a phone number so we can contact you")],
        ),
        (
            "no email address, and a way chosen that is not safe",
            with(&|r| {
                r.contact.method = ContactMethod::Email;
                r.contact.not_safe = vec![ContactMethod::Email];
            }),
            vec![
                ("contact.email", "Enter an email address so we can contact you"),
                (
                    "contact.not_safe",
                    "You said the way you chose for us to get in touch is not safe. Untick it, or go back and choose another way",
                ),
            ],
        ),
        (
            "an email address that is not one",
            with(&|r| {
                r.contact.method = ContactMethod::Email;
                r.contact.email = Some("sam@example".into());
            }),
            vec![("contact.email", "Enter an email address, like name@example.com")],
        ),
        (
            "no address",
            with(&|r| r.contact.method = ContactMethod::Letter),
            vec![("contact.address", "Enter an address so we can write to you")],
        ),
        (
            "no place to meet",
            with(&|r| r.contact.method = ContactMethod::InPerson),
            vec![("contact.address", "Tell us where we can meet")],
        ),
        (
            "no named person",
            with(&|r| r.contact.method = ContactMethod::NamedPerson),
            vec![("contact.named_person.name", "Tell us the name of the person we should contact")],
        ),
        (
            "a named person with a blank name and no way to reach them",
            with(&|r| {
                r.contact.method = ContactMethod::NamedPerson;
                r.contact.named_person = Some(NamedPerson { name: " ".into(), ..Default::default() });
            }),
            vec![
                ("contact.named_person.name", "Tell us the name of the person we should contact"),
                ("contact.named_person.phone", "Give a phone number or an email address for them"),
            ],
        ),
        (
            "asking for someone else",
            on_behalf.validate().unwrap_err(),
            vec![
                ("best_interests", "Tell us why an advocate would be in the person's best interests"),
                ("help_with", "Choose a picture, or tell us in your own words what the person needs help with"),
                ("person_contact", "Tell us how to contact the person, or choose to contact them through you"),
                ("person_name", "Tell us what the person likes to be called"),
                ("referrer.name", "Tell us your name"),
            ],
        ),
        (
            "a professional referral",
            professional.validate().unwrap_err(),
            vec![
                ("best_interests", "Tell us why an advocate would be in the person's best interests"),
                ("candidate_descriptions", "Say who this person is"),
                ("deadlines.0.what", "Say what the meeting or deadline is"),
                ("difficulty_evidence.weighing", "Give the evidence for this difficulty"),
                ("existing_advocate", "Tell us who the advocate is and where they work"),
                ("help_with", "Tell us why the person needs an advocate"),
                ("person.name", "Enter the person's name"),
                ("referrer.email", "Enter your work email address"),
                ("referrer.job_role", "Enter your job title or role"),
                ("referrer.name", "Enter your name"),
                ("referrer.organisation", "Enter your organisation"),
                ("safeguarding.concern", "Describe the safeguarding concern"),
            ],
        ),
        (
            "too many deadlines and candidates not described one each",
            ProfessionalReferral {
                deadlines: vec![deadline; MAX_DEADLINES + 1],
                candidate_descriptions: vec!["Son".into(), "Daughter".into()],
                ..professional.clone()
            }
            .validate()
            .unwrap_err(),
            vec![
                ("best_interests", "Tell us why an advocate would be in the person's best interests"),
                ("candidate_descriptions", "Describe each person who could support them, one for each"),
                ("deadlines", "Give the 10 most important meetings and deadlines"),
                ("difficulty_evidence.weighing", "Give the evidence for this difficulty"),
                ("existing_advocate", "Tell us who the advocate is and where they work"),
                ("help_with", "Tell us why the person needs an advocate"),
                ("person.name", "Enter the person's name"),
                ("referrer.email", "Enter your work email address"),
                ("referrer.job_role", "Enter your job title or role"),
                ("referrer.name", "Enter your name"),
                ("referrer.organisation", "Enter your organisation"),
                ("safeguarding.concern", "Describe the safeguarding concern"),
            ],
        ),
        (
            "tracking with nothing filled in",
            TrackRequest { reference: String::new(), tracking_code: String::new() }.validate().unwrap_err(),
            vec![("reference", "Enter your reference, like SU-4K7P-M2QX"), ("tracking_code", "Enter your tracking code")],
        ),
        (
            "a lost code with no way to reach the person",
            LostCode { reference: None, phone_or_email: " ".into() }.validate().unwrap_err(),
            vec![("phone_or_email", "Enter the phone number or email address you gave us")],
        ),
        (
            "a decline with no reason",
            TriageDecision { decision: Decision::Decline, decline_reason: Some(DeclineReason::Other), ..TriageDecision::accept() }
                .validate()
                .unwrap_err(),
            vec![("reason_for_person", "Tell the person why we cannot take this referral")],
        ),
        (
            "signing in with nothing filled in",
            LoginRequest { email: String::new(), password: String::new() }.validate().unwrap_err(),
            vec![("email", "Enter your email address"), ("password", "Enter your password")],
        ),
        (
            "changing a password",
            ChangePassword { current_password: String::new(), new_password: "short".into() }.validate().unwrap_err(),
            vec![
                ("current_password", "Enter your current password"),
                ("new_password", "Your new password must be at least 12 characters"),
            ],
        ),
        (
            "a new member of staff with no name",
            NewStaffUser { email: "sam@example.org".into(), display_name: " ".into(), role: Role::Manager, password: "short".into() }
                .validate()
                .unwrap_err(),
            vec![("display_name", "Enter their name"), ("password", "The first password must be at least 12 characters")],
        ),
        (
            "a new member of staff with a long name",
            NewStaffUser {
                email: "sam@example.org".into(),
                display_name: "S".repeat(101),
                role: Role::Manager,
                password: "a long enough password".into(),
            }
            .validate()
            .unwrap_err(),
            vec![("display_name", "Use 100 characters or fewer")],
        ),
        (
            "a rule with no message of its own",
            {
                let mut errors = ValidationErrors::new();
                errors.add("anything", ValidationError::new("odd"));
                errors
            },
            vec![("anything", "Check this answer")],
        ),
    ]
}

#[test]
fn english_is_what_it_always_was_and_welsh_differs() {
    for (what, errors, want) in failures() {
        let english: Vec<(String, String)> = field_errors(&errors).into_iter().map(|e| (e.field, e.message)).collect();
        let want: Vec<(String, String)> = want.into_iter().map(|(f, m)| (f.to_string(), m.to_string())).collect();
        assert_eq!(english, want, "{what}");
        let welsh = field_errors_in(&errors, WELSH);
        for (english, welsh) in english.iter().zip(&welsh) {
            assert_eq!(english.0, welsh.field, "{what}");
            assert_ne!(english.1, welsh.message, "{what}: {} is not in Welsh", english.0);
            assert!(!welsh.message.starts_with("error-") && !welsh.message.contains('{'), "{what}: {}", welsh.message);
        }
    }
}

#[test]
fn field_errors_in_welsh_gives_welsh_with_its_variables_filled() {
    let mut errors = ValidationErrors::new();
    let mut long = ValidationError::new("length").with_message("error-too-long".into());
    long.add_param("max".into(), &40);
    errors.add("codeword", long);
    errors.add("name", ValidationError::new("blank").with_message("error-name-required".into()));
    let welsh = field_errors_in(&errors, WELSH);
    assert_eq!((welsh[0].field.as_str(), welsh[0].message.as_str()), ("codeword", "Defnyddiwch 40 nod neu lai"));
    assert_eq!((welsh[1].field.as_str(), welsh[1].message.as_str()), ("name", "Dywedwch wrthym beth y dylem eich galw"));
    let english = field_errors(&errors);
    assert_eq!(english[0].message, "Use 40 characters or fewer");
    // The reference lets a client in another language say the same thing.
    let reference = english[0].message_ref.clone().expect("a reference to the message");
    assert_eq!((reference.id.as_str(), reference.args.get("max").map(String::as_str)), ("error-too-long", Some("40")));
    assert_eq!(reference.text(WELSH), "Defnyddiwch 40 nod neu lai");
}

#[test]
fn a_problem_from_the_server_reads_in_the_persons_language() {
    let problem = Problem {
        kind: "rate_limited".into(),
        title: "You have tried this reference too many times".into(),
        title_ref: MessageRef::to("error-too-many-tries", &[]),
        status: 429,
        detail: Some("Try again in 10 minutes.".into()),
        detail_ref: MessageRef::to("error-try-again-minutes", &[("minutes", "10")]),
        errors: vec![FieldError::from_id("name", "error-name-required", &[], ENGLISH), FieldError::new("x", "Plain words")],
    };
    let welsh = problem.in_wording(WELSH);
    assert_eq!(welsh.title, "Rydych chi wedi rhoi cynnig ar y cyfeirnod hwn ormod o weithiau");
    assert_eq!(welsh.detail.as_deref(), Some("Rhowch gynnig arall arni ymhen 10 munud."));
    assert_eq!(welsh.errors[0].message, "Dywedwch wrthym beth y dylem eich galw");
    assert_eq!(welsh.errors[1].message, "Plain words", "text without a reference stays as sent");
}

#[test]
fn a_message_that_is_not_an_id_passes_through() {
    let mut errors = ValidationErrors::new();
    errors.add("x", ValidationError::new("odd").with_message("Something in English".into()));
    assert_eq!(field_errors_in(&errors, WELSH), [FieldError::new("x", "Something in English")], "no reference either");
    assert_eq!(english("error-answer-malformed", &[("detail", "invalid type")]), "This answer is not in the form we expected (invalid type)");
    assert_eq!(english("Plain words", &[]), "Plain words");
}

/// Literals that look like error ids (`"error-…"`) in the Rust files under `dir`.
fn error_ids(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with("tests") {
                error_ids(&path, found);
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("problem/tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable");
        for (start, _) in source.match_indices("\"error-") {
            let id = source[start + 1..].split('"').next().unwrap_or_default();
            if id.len() > 6 && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                found.push((path.display().to_string(), id.to_string()));
            }
        }
    }
}

#[test]
fn every_message_id_in_shared_and_the_backend_is_in_english_and_welsh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    error_ids(&root.join("src"), &mut found);
    for service in ["gateway", "identity", "platform", "referrals"] {
        let dir = root.join("../backend").join(service).join("src");
        if dir.is_dir() {
            error_ids(&dir, &mut found);
        }
    }
    assert!(found.len() > 40, "found only {found:?}");
    for (file, id) in found {
        let english = speakup_locales::text(ENGLISH, &id);
        assert_ne!(english, MISSING, "{file}: {id} is not in the English files");
        assert_ne!(speakup_locales::text(WELSH, &id), english, "{file}: {id} has no Welsh");
    }
}
