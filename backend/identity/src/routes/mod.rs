pub(crate) mod session;
mod users;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::post().to(session::login))
        .route("/logout", web::post().to(session::logout))
        .route("/session", web::get().to(session::current))
        .route("/password", web::post().to(session::change_password))
        .route("/users", web::get().to(users::list))
        .route("/users", web::post().to(users::create));
}
