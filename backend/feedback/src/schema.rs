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

diesel::joinable!(feedback_messages -> feedback (feedback_id));
diesel::joinable!(feedback_actions -> feedback (feedback_id));
diesel::joinable!(feedback_themes -> feedback (feedback_id));
diesel::joinable!(feedback_themes -> themes (theme_id));
diesel::allow_tables_to_appear_in_same_query!(themes, feedback, feedback_messages, feedback_themes, feedback_actions);
