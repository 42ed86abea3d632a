mod conversation;
mod give;
mod inbox;
mod themes;

use actix_web::web;
use speakup_platform::http::Unlogged;

/// The anonymous routes: no line is logged for them, so no log says when someone gave
/// feedback or came back to read a reply.
const UNLOGGED: &[&str] = &[
    "/api/feedback/v1/challenge",
    "/api/feedback/v1/feedback",
    "/api/feedback/v1/conversation",
    "/api/feedback/v1/conversation/messages",
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
        .route("/themes/{id}/active", web::post().to(themes::set_active));
}
