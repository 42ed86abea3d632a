//! QR codes as small SVG images (one path, a quiet zone of four modules, black on white so
//! apps can read them in any display mode): the authenticator key on the two-step sign-in
//! page, and the address on the printable feedback card.

use qrcodegen::{QrCode, QrCodeEcc};

/// The SVG for `text`, or `None` if it is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let (size, border) = (qr.size(), 4);
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let full = size + 2 * border;
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_a_readable_svg() {
        let image = svg("https://speakup.example/feedback/as-a-carer?language=cy").expect("an address fits");
        assert!(image.starts_with("<svg") && image.ends_with("</svg>"));
        assert!(image.contains("M4,4h1v1h-1z"), "the finder pattern starts inside the quiet zone");
        assert_ne!(image, svg("https://speakup.example/feedback/about-referring").unwrap());
        assert_eq!(svg(&"x".repeat(8000)), None, "too long for any QR code");
    }
}
