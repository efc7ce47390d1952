use actix_web::HttpResponse;

const CSS: &str = include_str!("../../static/app.css");

/// The stylesheet, served by the binary itself (no CDN).
pub async fn css() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(CSS)
}
