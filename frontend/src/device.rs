//! Where drafts are kept. Normally on the device (localStorage), so a person can come back to a
//! referral later. In shared-device mode, for a library computer or a phone someone else checks,
//! drafts live only in this tab (sessionStorage) and go when it closes; the switch itself is
//! kept the same way, so nothing on the device says SpeakUp was used.

use gloo::storage::{LocalStorage, SessionStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

const SHARED_DEVICE: &str = "speakup.shared-device";

pub fn shared_device() -> bool {
    SessionStorage::get::<bool>(SHARED_DEVICE).unwrap_or(false)
}

fn speakup_keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with("speakup.")).collect()
}

/// On leaving in a hurry from a shared device: nothing of SpeakUp stays, not even in this tab.
pub fn forget_if_shared() {
    if shared_device() {
        let session = SessionStorage::raw();
        for key in speakup_keys(&session) {
            let _ = session.remove_item(&key);
        }
    }
}

/// Turns shared-device mode on or off, moving every SpeakUp draft to the new place.
pub fn set_shared_device(on: bool) {
    let (from, to) = if on { (LocalStorage::raw(), SessionStorage::raw()) } else { (SessionStorage::raw(), LocalStorage::raw()) };
    for key in speakup_keys(&from).iter().filter(|k| *k != SHARED_DEVICE) {
        if let Ok(Some(draft)) = from.get_item(key) {
            let _ = to.set_item(key, &draft);
            let _ = from.remove_item(key);
        }
    }
    if on {
        let _ = SessionStorage::set(SHARED_DEVICE, true);
    } else {
        SessionStorage::delete(SHARED_DEVICE);
    }
}

pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    if shared_device() { SessionStorage::get(key).ok() } else { LocalStorage::get(key).ok() }
}

/// Saves quietly: with storage full or switched off the form still works, it just won't survive a refresh.
pub fn save<T: Serialize>(key: &str, value: &T) {
    let _ = if shared_device() { SessionStorage::set(key, value) } else { LocalStorage::set(key, value) };
}

/// Deletes from both places, so a draft never lingers where the mode no longer looks.
pub fn delete(key: &str) {
    LocalStorage::delete(key);
    SessionStorage::delete(key);
}
