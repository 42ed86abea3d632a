// The same schema on both backends; see migrations/identity/{postgres,sqlite}.

diesel::table! {
    staff_users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        role -> Text,
        password_hash -> Text,
        must_change_password -> Bool,
        active -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        group_id -> Nullable<Text>,
    }
}

diesel::table! {
    self_advocacy_groups (id) {
        id -> Text,
        name -> Text,
        area -> Text,
        members -> Integer,
        contact_name -> Text,
        contact_email -> Text,
        registered_on -> Date,
        verified_on -> Nullable<Date>,
        verified_by -> Nullable<Text>,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    account_events (id) {
        id -> Text,
        account_id -> Text,
        actor_id -> Nullable<Text>,
        at -> Timestamp,
        action -> Text,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    second_factors (user_id) {
        user_id -> Text,
        secret -> Text,
        confirmed -> Bool,
        last_step -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    recovery_codes (code_hash) {
        code_hash -> Text,
        user_id -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    required_second_factor (role) {
        role -> Text,
    }
}

diesel::table! {
    sign_in_challenges (id) {
        id -> Text,
        user_id -> Text,
        expires_at -> Timestamp,
        attempts -> Integer,
    }
}

diesel::table! {
    group_member_requests (id) {
        id -> Text,
        group_id -> Text,
        display_name -> Text,
        email -> Text,
        requested_by -> Nullable<Text>,
        requested_on -> Date,
    }
}

diesel::joinable!(staff_sessions -> staff_users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    staff_users,
    staff_sessions,
    account_events,
    second_factors,
    recovery_codes,
    required_second_factor,
    sign_in_challenges,
    self_advocacy_groups,
    group_member_requests
);
