mod conversation;
mod give;
mod group_issues;
mod inbox;
mod issues;
mod themes;

use actix_web::web;
use speakup_platform::http::Unlogged;

/// The anonymous routes: no line is logged for them, so no log says when someone gave
/// feedback, came back to read a reply, or said an issue happens to them too.
const UNLOGGED: &[&str] = &[
    "/api/feedback/v1/challenge",
    "/api/feedback/v1/feedback",
    "/api/feedback/v1/conversation",
    "/api/feedback/v1/conversation/messages",
    "/api/feedback/v1/issues/{id}/me-too",
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(Unlogged(UNLOGGED))
        .route("/challenge", web::get().to(give::challenge))
        .route("/feedback", web::post().to(give::give))
        .route("/conversation", web::post().to(conversation::read))
        .route("/conversation/messages", web::post().to(conversation::answer))
        .route("/inbox", web::get().to(inbox::list))
        .route("/inbox/{id}", web::get().to(inbox::open))
        .route("/inbox/{id}/replies", web::post().to(inbox::reply))
        .route("/inbox/{id}/themes", web::post().to(inbox::tag))
        .route("/inbox/{id}/hidden", web::post().to(inbox::hide))
        .route("/summary", web::get().to(inbox::summary))
        .route("/themes", web::get().to(themes::list))
        .route("/themes", web::post().to(themes::add))
        .route("/themes/{id}/active", web::post().to(themes::set_active))
        .route("/issues", web::get().to(issues::list))
        .route("/issues/{id}", web::get().to(issues::open))
        .route("/issues/{id}/me-too", web::post().to(issues::me_too))
        .route("/issues/{id}/responses", web::post().to(issues::respond))
        .route("/issues/{id}/supports", web::post().to(group_issues::support))
        .route("/issues/{id}/themes", web::get().to(issues::themes_of))
        .route("/issues/{id}/themes", web::post().to(issues::tag))
        .route("/group/issues", web::get().to(group_issues::list))
        .route("/group/issues", web::post().to(group_issues::start))
        .route("/group/issues/{id}", web::get().to(group_issues::open))
        .route("/group/issues/{id}", web::post().to(group_issues::save))
        .route("/group/issues/{id}/raise", web::post().to(group_issues::raise));
}
