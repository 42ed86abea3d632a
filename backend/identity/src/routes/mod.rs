pub(crate) mod session;
mod users;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::post().to(session::login))
        .route("/logout", web::post().to(session::logout))
        .route("/session", web::get().to(session::current))
        .route("/password", web::post().to(session::change_password))
        .route("/users", web::get().to(users::list))
        .route("/users", web::post().to(users::create))
        .route("/users/{id}", web::get().to(users::detail))
        .route("/users/{id}/active", web::post().to(users::set_active))
        .route("/users/{id}/role", web::post().to(users::change_role))
        .route("/users/{id}/password-reset", web::post().to(users::reset_password));
}
