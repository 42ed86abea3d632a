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
