//! Where drafts and display settings are kept. Normally on the device (localStorage), so a
//! person can come back to a referral later. In shared-device mode, for a library computer or a
//! phone someone else checks, they live only in this page's memory: nothing is written to the
//! device at all, not even the switch, so nothing there says SpeakUp was used. Reloading the
//! page forgets them, which is the point.

use std::cell::RefCell;
use std::collections::HashMap;

use gloo::storage::{LocalStorage, SessionStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

thread_local! {
    /// `Some` in shared-device mode: what would otherwise be on the device, as JSON.
    static MEMORY: RefCell<Option<HashMap<String, String>>> = const { RefCell::new(None) };
}

pub fn shared_device() -> bool {
    MEMORY.with(|m| m.borrow().is_some())
}

fn speakup_keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with("speakup.")).collect()
}

/// Drafts of referrals not yet sent; the outbox (finished referrals waiting for a connection)
/// and display settings are kept apart from them.
const DRAFTS: &str = "speakup.referral";
/// Set when the person chose to keep their answers on the device even if they leave in a hurry.
const KEEP_ON_EXIT: &str = "speakup.keep-on-exit";

pub fn keeps_drafts_on_exit() -> bool {
    load::<bool>(KEEP_ON_EXIT).unwrap_or(false)
}

pub fn set_keep_drafts_on_exit(keep: bool) {
    if keep {
        save(KEEP_ON_EXIT, &true);
    } else {
        delete(KEEP_ON_EXIT);
    }
}

/// On leaving in a hurry: on a shared device nothing of SpeakUp stays, not even in memory;
/// otherwise the unfinished referral is removed from the device, unless the person chose to
/// keep it. A referral already finished and waiting in the outbox is kept, so it is not lost.
pub fn forget_on_exit() {
    // What this tab keeps (a tracking code not yet written down) goes whatever was chosen.
    let tab = SessionStorage::raw();
    for key in speakup_keys(&tab) {
        let _ = tab.remove_item(&key);
    }
    let cleared = MEMORY.with(|m| m.borrow_mut().as_mut().map(HashMap::clear));
    if cleared.is_some() || keeps_drafts_on_exit() {
        return;
    }
    delete_drafts();
}

/// Removes every unsent referral, wherever it is kept. The outbox (finished referrals
/// waiting for a connection) and display settings stay.
pub fn delete_drafts() {
    MEMORY.with(|m| {
        if let Some(memory) = m.borrow_mut().as_mut() {
            memory.retain(|key, _| !key.starts_with(DRAFTS));
        }
    });
    let local = LocalStorage::raw();
    for key in speakup_keys(&local).into_iter().filter(|k| k.starts_with(DRAFTS)) {
        let _ = local.remove_item(&key);
    }
}

/// Turns shared-device mode on or off, moving every SpeakUp draft and setting to the new place.
pub fn set_shared_device(on: bool) {
    let local = LocalStorage::raw();
    MEMORY.with(|m| {
        let mut memory = m.borrow_mut();
        match (on, memory.take()) {
            (true, None) => {
                let mut moved = HashMap::new();
                for key in speakup_keys(&local) {
                    if let Ok(Some(value)) = local.get_item(&key) {
                        moved.insert(key.clone(), value);
                        let _ = local.remove_item(&key);
                    }
                }
                *memory = Some(moved);
            }
            (false, Some(kept)) => {
                for (key, value) in kept {
                    let _ = local.set_item(&key, &value);
                }
            }
            (_, unchanged) => *memory = unchanged,
        }
    });
}

/// What shared-device mode holds, as JSON, for the bundle this page hands over to
/// (`bundle.rs`); none when the mode is off.
#[cfg(not(all(feature = "public", feature = "staff")))]
pub fn memory_snapshot() -> Option<String> {
    MEMORY.with(|m| m.borrow().as_ref().and_then(|memory| serde_json::to_string(memory).ok()))
}

/// Takes over shared-device mode, and what it holds, from the bundle that handed over.
pub fn restore_memory(json: &str) {
    if let Ok(kept) = serde_json::from_str::<HashMap<String, String>>(json) {
        MEMORY.with(|m| *m.borrow_mut() = Some(kept));
    }
}

/// Where something is kept when the device may be written to.
#[derive(Clone, Copy)]
enum Place {
    /// localStorage: until deleted.
    Device,
    /// sessionStorage: until the tab closes.
    Tab,
}

fn load_in<T: DeserializeOwned>(place: Place, key: &str) -> Option<T> {
    let kept = MEMORY.with(|m| m.borrow().as_ref().map(|memory| memory.get(key).cloned()));
    match (kept, place) {
        (Some(json), _) => json.and_then(|json| serde_json::from_str(&json).ok()),
        (None, Place::Device) => LocalStorage::get(key).ok(),
        (None, Place::Tab) => SessionStorage::get(key).ok(),
    }
}

/// Saves quietly: with storage full or switched off the form still works, it just won't survive a refresh.
fn save_in<T: Serialize>(place: Place, key: &str, value: &T) {
    let in_memory = MEMORY.with(|m| {
        m.borrow_mut().as_mut().map(|memory| {
            if let Ok(json) = serde_json::to_string(value) {
                memory.insert(key.to_string(), json);
            }
        })
    });
    let _ = match (in_memory, place) {
        (Some(()), _) => Ok(()),
        (None, Place::Device) => LocalStorage::set(key, value),
        (None, Place::Tab) => SessionStorage::set(key, value),
    };
}

pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    load_in(Place::Device, key)
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    save_in(Place::Device, key, value)
}

/// What must survive a reload of this tab but never outlive it, like a tracking code the
/// person has not yet said they have written down: in the tab's sessionStorage, never on the
/// device for good; in memory only on a shared device.
pub fn load_for_tab<T: DeserializeOwned>(key: &str) -> Option<T> {
    load_in(Place::Tab, key)
}

pub fn save_for_tab<T: Serialize>(key: &str, value: &T) {
    save_in(Place::Tab, key, value)
}

/// Deletes from every place, so nothing lingers where the mode no longer looks.
pub fn delete(key: &str) {
    LocalStorage::delete(key);
    SessionStorage::delete(key);
    MEMORY.with(|m| {
        if let Some(memory) = m.borrow_mut().as_mut() {
            memory.remove(key);
        }
    });
}
