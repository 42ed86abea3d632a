// The same schema on both backends; see migrations/feedback/{postgres,sqlite}.

diesel::table! {
    themes (id) {
        id -> Text,
        name -> Text,
        active -> Bool,
    }
}

diesel::table! {
    feedback (id) {
        id -> Text,
        sender -> Text,
        reader -> Text,
        given_on -> Date,
        language -> Text,
        answers -> Text,
        overall -> Nullable<Integer>,
        comments -> Nullable<Text>,
        receipt_digest -> Nullable<Text>,
        reference -> Nullable<Text>,
        hidden_by -> Nullable<Text>,
        hidden_on -> Nullable<Date>,
        awaiting_reply -> Bool,
    }
}

diesel::table! {
    feedback_messages (id) {
        id -> Text,
        feedback_id -> Text,
        position -> Integer,
        author -> Text,
        body -> Text,
        written_on -> Date,
        staff_id -> Nullable<Text>,
    }
}

diesel::table! {
    feedback_themes (feedback_id, theme_id) {
        feedback_id -> Text,
        theme_id -> Text,
    }
}

diesel::table! {
    feedback_actions (id) {
        id -> Text,
        feedback_id -> Text,
        position -> Integer,
        action -> Text,
        staff_id -> Text,
        done_on -> Date,
    }
}

diesel::table! {
    issues (id) {
        id -> Text,
        group_id -> Text,
        group_name -> Text,
        status -> Text,
        title -> Text,
        happening -> Text,
        affects -> Text,
        members_agreeing -> Nullable<Integer>,
        change_wanted -> Text,
        addressee -> Nullable<Text>,
        easy_read -> Text,
        pictures -> Text,
        raised_on -> Nullable<Date>,
        me_too -> Integer,
    }
}

diesel::table! {
    issue_events (issue_id, position) {
        issue_id -> Text,
        position -> Integer,
        status -> Text,
        happened_on -> Date,
        plain -> Nullable<Text>,
        easy_read -> Nullable<Text>,
        staff_id -> Nullable<Text>,
    }
}

diesel::table! {
    issue_supports (issue_id, group_id) {
        issue_id -> Text,
        group_id -> Text,
        group_name -> Text,
        line -> Text,
        supported_on -> Date,
    }
}

diesel::table! {
    issue_themes (issue_id, theme_id) {
        issue_id -> Text,
        theme_id -> Text,
    }
}

diesel::joinable!(feedback_messages -> feedback (feedback_id));
diesel::joinable!(feedback_actions -> feedback (feedback_id));
diesel::joinable!(feedback_themes -> feedback (feedback_id));
diesel::joinable!(feedback_themes -> themes (theme_id));
diesel::joinable!(issue_events -> issues (issue_id));
diesel::joinable!(issue_supports -> issues (issue_id));
diesel::joinable!(issue_themes -> issues (issue_id));
diesel::joinable!(issue_themes -> themes (theme_id));
diesel::allow_tables_to_appear_in_same_query!(
    themes,
    feedback,
    feedback_messages,
    feedback_themes,
    feedback_actions,
    issues,
    issue_events,
    issue_supports,
    issue_themes
);
