// The same schema on both backends; see migrations/referrals/{postgres,sqlite}.

diesel::table! {
    referrals (id) {
        id -> Text,
        reference -> Text,
        idempotency_key -> Text,
        tracking_code_hash -> Text,
        route -> Text,
        status -> Text,
        urgent -> Bool,
        answers -> Text,
        assessment -> Text,
        received_at -> Timestamp,
        updated_at -> Timestamp,
        match_name -> Text,
        match_phone -> Nullable<Text>,
        match_email -> Nullable<Text>,
        match_dob -> Nullable<Text>,
        merged_into -> Nullable<Text>,
        code_reset_requested_at -> Nullable<Timestamp>,
        holder_phone -> Nullable<Text>,
        holder_email -> Nullable<Text>,
        language -> Text,
        equality_answered -> Bool,
        stage -> Integer,
        version -> BigInt,
        area_id -> Nullable<Text>,
        advocate_id -> Nullable<Text>,
        acknowledged_at -> Nullable<Timestamp>,
        triaged_at -> Nullable<Timestamp>,
        allocated_at -> Nullable<Timestamp>,
        first_contact_at -> Nullable<Timestamp>,
        list_row -> Nullable<Text>,
        list_advocacy -> Nullable<Text>,
        due_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    referral_events (id) {
        id -> Text,
        referral_id -> Text,
        at -> Timestamp,
        status -> Text,
        note_for_person -> Nullable<Text>,
        actor -> Nullable<Text>,
    }
}

diesel::joinable!(referral_events -> referrals (referral_id));
diesel::allow_tables_to_appear_in_same_query!(referrals, referral_events);

diesel::table! {
    equality_pending (referral_id) {
        referral_id -> Text,
        answers -> Text,
    }
}

diesel::table! {
    equality_responses (id) {
        id -> Text,
        month -> Text,
        answers -> Text,
    }
}

diesel::table! {
    staff_actions (id) {
        id -> Text,
        referral_id -> Text,
        at -> Timestamp,
        actor -> Text,
        kind -> Text,
        reason -> Nullable<Text>,
    }
}

diesel::joinable!(staff_actions -> referrals (referral_id));
diesel::allow_tables_to_appear_in_same_query!(referrals, staff_actions);

diesel::table! {
    code_requests (id) {
        id -> Text,
        at -> Timestamp,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        reference -> Nullable<Text>,
    }
}

diesel::table! {
    catalogue (id) {
        id -> Text,
        kind -> Text,
        name -> Text,
        active -> Bool,
    }
}

diesel::table! {
    advocates (account_id) {
        account_id -> Text,
        first_name -> Text,
        languages -> Text,
        gender -> Nullable<Text>,
        culture_or_faith -> Nullable<Text>,
        advocacy -> Text,
        qualifications -> Text,
        areas -> Text,
        settings -> Text,
        caseload_limit -> Integer,
        taking_cases -> Bool,
        version -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    mandates (referral_id, advocacy) {
        referral_id -> Text,
        advocacy -> Text,
        state -> Text,
        legal_basis -> Nullable<Text>,
        reason -> Text,
        information_needed -> Nullable<Text>,
        starts_on -> Nullable<Date>,
        ends_on -> Nullable<Date>,
        decided_by -> Text,
        decided_at -> Timestamp,
    }
}

diesel::table! {
    allocations (id) {
        id -> Text,
        referral_id -> Text,
        advocate_id -> Text,
        allocated_at -> Timestamp,
        allocated_by -> Text,
        handover_note -> Nullable<Text>,
        preference_note -> Nullable<Text>,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    case_shares (referral_id, account_id) {
        referral_id -> Text,
        account_id -> Text,
        shared_by -> Text,
        shared_at -> Timestamp,
    }
}

diesel::joinable!(mandates -> referrals (referral_id));
diesel::joinable!(allocations -> referrals (referral_id));
diesel::joinable!(case_shares -> referrals (referral_id));
diesel::allow_tables_to_appear_in_same_query!(referrals, mandates);
diesel::allow_tables_to_appear_in_same_query!(referrals, allocations);
diesel::allow_tables_to_appear_in_same_query!(referrals, case_shares);

diesel::table! {
    case_entries (id) {
        id -> Text,
        referral_id -> Text,
        kind -> Text,
        title -> Text,
        details -> Nullable<Text>,
        due_at -> Nullable<Timestamp>,
        place -> Nullable<Text>,
        owner -> Nullable<Text>,
        arrangements -> Text,
        done -> Bool,
        author -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
        move_wanted_at -> Nullable<Timestamp>,
        move_wanted -> Nullable<Text>,
    }
}

diesel::table! {
    person_updates (id) {
        id -> Text,
        referral_id -> Text,
        body -> Text,
        author -> Text,
        at -> Timestamp,
    }
}

diesel::joinable!(case_entries -> referrals (referral_id));
diesel::joinable!(person_updates -> referrals (referral_id));
diesel::allow_tables_to_appear_in_same_query!(referrals, case_entries);
diesel::allow_tables_to_appear_in_same_query!(referrals, person_updates);

diesel::table! {
    case_audit (id) {
        id -> Text,
        referral_id -> Text,
        actor -> Text,
        at -> Timestamp,
        action -> Text,
        actor_name -> Nullable<Text>,
    }
}

diesel::table! {
    reoffers (id) {
        id -> Text,
        referral_id -> Text,
        due_on -> Date,
        scheduled_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
        answer -> Nullable<Text>,
        reason -> Nullable<Text>,
        answered_by -> Nullable<Text>,
    }
}

diesel::table! {
    wait_targets (id) {
        id -> Text,
        advocacy -> Text,
        area_id -> Text,
        acknowledge_days -> Integer,
        triage_days -> Integer,
        allocate_days -> Integer,
        first_contact_days -> Integer,
    }
}

diesel::table! {
    declines (referral_id) {
        referral_id -> Text,
        reason -> Text,
        alternatives -> Text,
        where_to_go -> Nullable<Text>,
    }
}

diesel::table! {
    ways_of_working (referral_id) {
        referral_id -> Text,
        instruction -> Text,
        approaches -> Text,
        why -> Nullable<Text>,
        fluctuating_capacity -> Bool,
        fluctuating_note -> Nullable<Text>,
        version -> BigInt,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    desired_outcomes (id) {
        id -> Text,
        referral_id -> Text,
        words -> Text,
        expressed_by -> Text,
        wellbeing -> Text,
        if_not -> Nullable<Text>,
        review_on -> Nullable<Date>,
        shared_with_enquiry -> Bool,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        achievement -> Nullable<Text>,
        rated_by -> Nullable<Text>,
        rating_comment -> Nullable<Text>,
        rated_at -> Nullable<Timestamp>,
        version -> BigInt,
    }
}

diesel::table! {
    outcome_reviews (id) {
        id -> Text,
        outcome_id -> Text,
        reviewed_by -> Text,
        reviewed_at -> Timestamp,
        what_changed -> Text,
        next_review_on -> Nullable<Date>,
    }
}

diesel::joinable!(outcome_reviews -> desired_outcomes (outcome_id));
diesel::allow_tables_to_appear_in_same_query!(desired_outcomes, outcome_reviews);

diesel::table! {
    safeguarding_concerns (id) {
        id -> Text,
        referral_id -> Text,
        kinds -> Text,
        summary -> Text,
        consent -> Text,
        without_consent -> Nullable<Text>,
        reported_on -> Nullable<Date>,
        council_reference -> Nullable<Text>,
        enquiry -> Text,
        council_decision -> Nullable<Text>,
        feedback_on -> Nullable<Date>,
        still_at_risk -> Bool,
        settled_on -> Nullable<Date>,
        chase_on -> Nullable<Date>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    concern_steps (id) {
        id -> Text,
        concern_id -> Text,
        kind -> Text,
        escalated_to -> Nullable<Text>,
        taken_on -> Date,
        note -> Nullable<Text>,
        taken_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    provider_settings (id) {
        id -> Integer,
        chase_after_days -> Integer,
    }
}

diesel::joinable!(concern_steps -> safeguarding_concerns (concern_id));
diesel::joinable!(safeguarding_concerns -> referrals (referral_id));
diesel::allow_tables_to_appear_in_same_query!(safeguarding_concerns, concern_steps);
diesel::allow_tables_to_appear_in_same_query!(referrals, safeguarding_concerns);

diesel::table! {
    closures (referral_id) {
        referral_id -> Text,
        outcomes_asked -> Nullable<Text>,
        feels_safer -> Nullable<Text>,
        expectations -> Nullable<Text>,
        comment -> Nullable<Text>,
        answered_by -> Nullable<Text>,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}
