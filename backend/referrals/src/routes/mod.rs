mod advocates;
mod casework;
mod cases;
mod catalogue;
mod eligibility;
mod monitoring;
mod intake;
mod track;
mod triage;
mod work;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/eligibility", web::post().to(eligibility::assess))
        .route("/challenge", web::get().to(intake::challenge))
        .route("/provider-contact", web::get().to(intake::provider_contact))
        .route("/self-referrals", web::post().to(intake::self_referral))
        .route("/on-behalf-referrals", web::post().to(intake::on_behalf))
        .route("/professional-referrals", web::post().to(intake::professional))
        .route("/track", web::post().to(track::track))
        .route("/lost-code", web::post().to(track::lost_code))
        .route("/equality-summary", web::get().to(monitoring::equality_summary))
        .route("/referrals", web::get().to(triage::queue))
        .route("/referrals/{id}", web::get().to(triage::open))
        .route("/referrals/{id}/decision", web::post().to(triage::decide))
        .route("/referrals/{id}/duplicates", web::get().to(triage::duplicates))
        .route("/referrals/{id}/merge", web::post().to(triage::merge))
        .route("/referrals/{id}/new-code", web::post().to(triage::new_code))
        .route("/referrals/{id}/mandates/{advocacy}", web::put().to(casework::decide_mandate))
        .route("/referrals/{id}/area", web::put().to(casework::choose_area))
        .route("/referrals/{id}/suggestions", web::get().to(casework::suggestions))
        .route("/referrals/{id}/allocation", web::post().to(casework::allocate))
        .route("/referrals/{id}/casework", web::get().to(work::list))
        .route("/referrals/{id}/casework", web::post().to(work::add))
        .route("/referrals/{id}/casework/{entry}", web::put().to(work::change))
        .route("/referrals/{id}/updates", web::post().to(work::write_update))
        .route("/referrals/{id}/status", web::post().to(work::move_on))
        .route("/my-cases", web::get().to(cases::mine))
        .route("/advocates", web::get().to(advocates::list))
        .route("/advocates/me", web::get().to(advocates::mine))
        .route("/advocates/me", web::put().to(advocates::save_mine))
        .route("/advocates/{id}/work", web::put().to(advocates::save_work))
        .route("/catalogue/{kind}", web::get().to(catalogue::list))
        .route("/catalogue/{kind}", web::post().to(catalogue::add))
        .route("/catalogue/{kind}/{id}", web::put().to(catalogue::change));
}
