//! A list the person adds items to and removes them from, up to a limit: each item is a
//! `<fieldset>` named "<item> 1", "<item> 2"… with its own Remove button. After adding, focus
//! goes to the new item's first field; after removing, to the Add button, and a status
//! message says what happened.

use yew::prelude::*;

use crate::dom;
use crate::i18n::{t, tf};

#[derive(Properties, PartialEq)]
pub struct RepeatingProps {
    /// The DTO path of the list, e.g. `deadlines`; items get ids `deadlines-0`, `deadlines-1`…
    pub id: AttrValue,
    /// What one item is called, e.g. "Meeting or deadline".
    pub item_name: AttrValue,
    pub add_label: AttrValue,
    pub count: usize,
    pub max: usize,
    /// The fields of item `i`.
    pub item: Callback<usize, Html>,
    pub onadd: Callback<()>,
    pub onremove: Callback<usize>,
}

#[component]
pub fn Repeating(p: &RepeatingProps) -> Html {
    let before = use_mut_ref(|| p.count);
    let status = use_state(String::new);
    {
        let (id, before) = (p.id.to_string(), before.clone());
        use_effect_with(p.count, move |count| {
            let was = std::mem::replace(&mut *before.borrow_mut(), *count);
            if *count > was {
                dom::focus_first_field(&format!("{id}-{}", count - 1));
            } else if *count < was {
                dom::focus_id(&format!("{id}-add"));
            }
        });
    }
    let name = p.item_name.to_string();
    let remove = |i: usize| {
        let (onremove, status, name) = (p.onremove.clone(), status.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(tf("repeating-removed", &[("item", &name), ("number", &(i + 1).to_string())]));
            onremove.emit(i);
        })
    };
    let add = {
        let (onadd, status, name, count) = (p.onadd.clone(), status.clone(), name.clone(), p.count);
        Callback::from(move |_: MouseEvent| {
            status.set(tf("repeating-added", &[("item", &name), ("number", &(count + 1).to_string())]));
            onadd.emit(());
        })
    };
    html! {
        <div class="repeating" id={p.id.clone()}>
            { for (0..p.count).map(|i| html! {
                <fieldset class="fieldset repeating-item" id={format!("{}-{i}", p.id)}>
                    <legend class="legend legend-item">{ tf("repeating-item", &[("item", &name), ("number", &(i + 1).to_string())]) }</legend>
                    { p.item.emit(i) }
                    <button type="button" class="button button-secondary button-small" id={format!("{}-{i}-remove", p.id)}
                        onclick={remove(i)}>
                        { t("repeating-remove") }<span class="visually-hidden">{ format!(" {}", tf("repeating-item", &[("item", &name.to_lowercase()), ("number", &(i + 1).to_string())])) }</span>
                    </button>
                </fieldset>
            }) }
            if p.count < p.max {
                <button type="button" class="button button-secondary" id={format!("{}-add", p.id)} onclick={add}>
                    { p.add_label.clone() }
                </button>
            } else {
                <p class="hint" id={format!("{}-add", p.id)} tabindex="-1">{ tf("repeating-limit", &[("max", &p.max.to_string())]) }</p>
            }
            <p class="visually-hidden" role="status">{ (*status).clone() }</p>
        </div>
    }
}
