use super::*;

fn feedback(sender: Sender) -> NewFeedback {
    NewFeedback { sender, answers: BTreeMap::new(), overall: None, comments: None, reader: Reader::Provider, receipt: false, reference: None }
}

fn fields(result: Result<(), ValidationErrors>) -> Vec<String> {
    let mut found: Vec<String> = result.err().map(|e| e.field_errors().keys().map(|k| k.to_string()).collect()).unwrap_or_default();
    found.sort();
    found
}

#[test]
fn every_question_may_be_skipped_but_something_must_be_said() {
    assert_eq!(fields(feedback(Sender::HadAdvocate).validate()), ["comments"]);
    let mut only_overall = feedback(Sender::HadAdvocate);
    only_overall.overall = Rating::new(4);
    assert!(only_overall.validate().is_ok());
    let mut only_words = feedback(Sender::NotEligible);
    only_words.comments = Some("Nobody told me why.".into());
    assert!(only_words.validate().is_ok());
    let mut blank = feedback(Sender::Referrer);
    blank.comments = Some("   ".into());
    assert_eq!(fields(blank.validate()), ["comments"], "spaces are not feedback");
}

#[test]
fn only_the_senders_own_questions_are_answered() {
    let mut referrer = feedback(Sender::Referrer);
    referrer.answers.insert(Question::EasyToRefer, Rating::new(5).unwrap());
    assert!(referrer.validate().is_ok());
    referrer.answers.insert(Question::Heard, Rating::new(2).unwrap());
    assert_eq!(fields(referrer.validate()), ["answers"]);
    for sender in Sender::ALL {
        assert!(!sender.questions().is_empty());
    }
    let asked: Vec<_> = Sender::ALL.iter().flat_map(|s| s.questions()).collect();
    assert!(Question::ALL.iter().all(|q| asked.contains(&q)), "every question is asked of someone");
}

#[test]
fn ratings_are_one_to_five_in_json() {
    let json = r#"{"sender":"carer_family_friend","answers":{"heard":1,"outcome":5},"reader":"commissioner"}"#;
    let parsed: NewFeedback = serde_json::from_str(json).unwrap();
    assert_eq!(parsed.answers[&Question::Heard].value(), 1);
    assert!(serde_json::from_str::<NewFeedback>(&json.replace(":5", ":6")).is_err());
    assert!(serde_json::from_str::<NewFeedback>(&json.replace(":1", ":0")).is_err());
    assert!(serde_json::from_str::<NewFeedback>(&json.replace("\"reader\"", "\"ip\":\"x\",\"reader\"")).is_err(), "nothing unasked for");
}

#[test]
fn words_and_a_linked_reference_are_checked() {
    let mut f = feedback(Sender::HadAdvocate);
    f.comments = Some("x".repeat(MAX_TEXT + 1));
    f.reference = Some("not a reference".into());
    assert_eq!(fields(f.validate()), ["comments", "reference"]);
    f.comments = Some("<script>alert(1)</script>".into());
    f.reference = Some("su 4k7p m2qx".into());
    assert_eq!(fields(f.validate()), ["comments"]);
}
