mod groups;
mod second_factor;
pub(crate) mod session;
mod users;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::post().to(session::login))
        .route("/login/second-factor", web::post().to(session::login_second_factor))
        .route("/logout", web::post().to(session::logout))
        .route("/session", web::get().to(session::current))
        .route("/password", web::post().to(session::change_password))
        .route("/second-factor", web::get().to(second_factor::status))
        .route("/second-factor/setup", web::post().to(second_factor::start_setup))
        .route("/second-factor/confirm", web::post().to(second_factor::confirm))
        .route("/second-factor/recovery-codes", web::post().to(second_factor::renew_recovery_codes))
        .route("/second-factor/off", web::post().to(second_factor::turn_off))
        .route("/second-factor-policy", web::get().to(second_factor::policy))
        .route("/second-factor-policy", web::post().to(second_factor::set_policy))
        .route("/users", web::get().to(users::list))
        .route("/users", web::post().to(users::create))
        .route("/users/{id}", web::get().to(users::detail))
        .route("/users/{id}/active", web::post().to(users::set_active))
        .route("/users/{id}/role", web::post().to(users::change_role))
        .route("/users/{id}/password-reset", web::post().to(users::reset_password))
        .route("/users/{id}/second-factor-reset", web::post().to(users::reset_second_factor))
        .route("/challenge", web::get().to(groups::challenge))
        .route("/groups", web::post().to(groups::register))
        .route("/groups", web::get().to(groups::list))
        .route("/groups/mine", web::get().to(groups::mine))
        .route("/groups/mine/members", web::post().to(groups::ask_for_member))
        .route("/groups/{id}/verified", web::post().to(groups::set_verified))
        .route("/groups/{id}", web::get().to(groups::members))
        .route("/groups/{id}/members/{member}/active", web::post().to(groups::set_member_active))
        .route("/groups/{id}/requests/{request}/added", web::post().to(groups::add_asked_member))
        .route("/groups/{id}/requests/{request}/declined", web::post().to(groups::decline_asked_member));
}
