//! Who is signed in to the staff console, shared with every staff page through a context.

use speakup_types::identity::SessionInfo;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    /// Not asked the server yet (a fresh page load).
    Unknown,
    SignedOut,
    SignedIn(SessionInfo),
}

impl Auth {
    pub fn info(&self) -> Option<&SessionInfo> {
        match self {
            Auth::SignedIn(info) => Some(info),
            _ => None,
        }
    }

    pub fn role(&self) -> Option<speakup_types::identity::Role> {
        self.info().map(|i| i.user.role)
    }

    pub fn csrf(&self) -> String {
        self.info().map(|i| i.csrf_token.clone()).unwrap_or_default()
    }
}

/// The handle pages use to read and change the session.
pub type AuthHandle = UseStateHandle<Auth>;

#[hook]
pub fn use_auth() -> AuthHandle {
    use_context::<AuthHandle>().expect("the App provides the session context")
}

/// On a fresh page load, ask the server whether this browser has a staff session.
#[hook]
pub fn use_session_check(auth: &AuthHandle) {
    let auth = auth.clone();
    use_effect_with((), move |_| {
        if *auth == Auth::Unknown {
            yew::platform::spawn_local(async move {
                match crate::api::session().await {
                    Ok(info) => auth.set(Auth::SignedIn(info)),
                    Err(_) => auth.set(Auth::SignedOut),
                }
            });
        }
    });
}
