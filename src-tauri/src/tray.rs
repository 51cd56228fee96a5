//! The tray icon: the last check's state in a shape and a colour of its own (green disc, amber
//! triangle, red square; a grey ring before the first), its words as the tooltip and the menu's
//! first line, and Open, Check now, Pause monitoring, Quit — in the language the app speaks.

use tauri::image::Image;
use tauri::menu::{CheckMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager};

use osd_i18n::{Arg, Language, Words};

use crate::state::{AppState, Health};

const TRAY: &str = "health";
const STATUS: &str = "status";
const PAUSE: &str = "pause";
const UPDATE: &str = "update";
const SIZE: u32 = 32;

/// The state's mark, drawn here so the four states need no image files. Each has its own
/// shape as well as its colour, so the state reads without colour vision: a disc (all orders
/// reach the ERP), a triangle (attention), a square (blocked), a ring (not checked yet).
fn dot(health: Health) -> Image<'static> {
    let [r, g, b] = match health {
        Health::Unknown => [0x75, 0x75, 0x75],
        Health::Ok => [0x2e, 0x7d, 0x32],
        Health::Attention => [0xef, 0x8f, 0x00],
        Health::Blocked => [0xc6, 0x28, 0x28],
    };
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            rgba.extend_from_slice(&[r, g, b, coverage(health, x, y)]);
        }
    }
    Image::new_owned(rgba, SIZE, SIZE)
}

/// How much of pixel (x, y) the state's shape covers, as alpha, with one pixel of soft edge.
fn coverage(health: Health, x: u32, y: u32) -> u8 {
    let size = SIZE as f32;
    let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
    let centre = size / 2.0;
    let radius = size / 2.0 - 2.0;
    let distance = ((px - centre).powi(2) + (py - centre).powi(2)).sqrt();
    // Signed distance inside the shape's edge, in pixels (positive: inside).
    let inside = match health {
        Health::Ok => radius - distance,
        Health::Unknown => (radius - distance).min(distance - (radius - 5.0)),
        Health::Blocked => {
            let half = radius * 0.85;
            (half - (px - centre).abs()).min(half - (py - centre).abs())
        }
        Health::Attention => {
            // An upright triangle: the base near the bottom, the apex near the top.
            let (top, bottom) = (2.0, size - 3.0);
            let half_width = (py - top) / (bottom - top) * (size / 2.0 - 1.0);
            (bottom - py)
                .min(py - top)
                .min(half_width - (px - centre).abs())
        }
    };
    ((inside + 0.5).clamp(0.0, 1.0) * 255.0) as u8
}

/// The words of the tray, in the language the app speaks.
fn words(app: &AppHandle) -> &'static Words {
    app.try_state::<AppState>().map_or_else(
        || Words::of(Language::of_system()),
        |state| state.speaking.words(),
    )
}

fn status(health: Health, words: &Words) -> String {
    words.get(match health {
        Health::Unknown => "tray-status-unknown",
        Health::Ok => "tray-status-ok",
        Health::Attention => "tray-status-attention",
        Health::Blocked => "tray-status-blocked",
    })
}

pub fn show_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

pub fn create(app: &AppHandle, paused: bool) -> tauri::Result<()> {
    let words = words(app);
    let unknown = status(Health::Unknown, words);
    let status = MenuItem::with_id(app, STATUS, &unknown, false, None::<&str>)?;
    let open = MenuItem::with_id(app, "open", words.get("tray-open"), true, None::<&str>)?;
    let check = MenuItem::with_id(
        app,
        "check",
        words.get("tray-check-now"),
        true,
        None::<&str>,
    )?;
    let pause_label = words.get("tray-pause");
    let pause = CheckMenuItem::with_id(app, PAUSE, pause_label, true, paused, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", words.get("tray-quit"), true, None::<&str>)?;
    let separator = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&status, &separator, &open, &check, &pause, &quit])?;
    // Joins the menu when an update is found.
    let update = MenuItem::with_id(app, UPDATE, "", true, None::<&str>)?;
    let items = TrayItems {
        menu: menu.clone(),
        update,
        status,
        open,
        check,
        pause: pause.clone(),
        quit,
        health: std::sync::Mutex::new(Health::Unknown),
    };
    TrayIconBuilder::with_id(TRAY)
        .icon(dot(Health::Unknown))
        .tooltip(&unknown)
        .menu(&menu)
        .on_menu_event(move |app, event| match event.id().as_ref() {
            "open" => show_window(app),
            UPDATE => {
                show_window(app);
                let _ = app.emit("open-place", "settings");
            }
            "check" => app.state::<AppState>().wake_monitor.notify_one(),
            PAUSE => {
                let app = app.clone();
                let paused = pause.is_checked().unwrap_or(false);
                tauri::async_runtime::spawn(async move {
                    if let Err(error) = crate::monitor::set_paused(&app, paused).await {
                        tracing::warn!(%error, "pause not saved");
                    }
                });
            }
            "quit" => app.exit(0),
            _ => {}
        })
        .build(app)?;
    // Kept to show the health and the pause made in the window.
    app.manage(items);
    Ok(())
}

struct TrayItems {
    menu: Menu<tauri::Wry>,
    /// "Update to 0.2.0 available…", in the menu while an update is on offer.
    update: MenuItem<tauri::Wry>,
    status: MenuItem<tauri::Wry>,
    open: MenuItem<tauri::Wry>,
    check: MenuItem<tauri::Wry>,
    pause: CheckMenuItem<tauri::Wry>,
    quit: MenuItem<tauri::Wry>,
    /// The state shown, to say it again when the language changes.
    health: std::sync::Mutex<Health>,
}

/// Show the last check's verdict in the tray (if there is one).
pub fn show_health(app: &AppHandle, health: Health) {
    let words = words(app);
    if let Some(tray) = app.tray_by_id(TRAY) {
        let _ = tray.set_icon(Some(dot(health)));
        let _ = tray.set_tooltip(Some(status(health, words)));
    }
    if let Some(items) = app.try_state::<TrayItems>() {
        let _ = items.status.set_text(status(health, words));
        if let Ok(mut shown) = items.health.lock() {
            *shown = health;
        }
    }
}

/// Say everything in the tray again in the language now chosen.
pub fn relabel(app: &AppHandle) {
    let Some(items) = app.try_state::<TrayItems>() else {
        return;
    };
    let words = words(app);
    let _ = items.open.set_text(words.get("tray-open"));
    let _ = items.check.set_text(words.get("tray-check-now"));
    let _ = items.pause.set_text(words.get("tray-pause"));
    let _ = items.quit.set_text(words.get("tray-quit"));
    show_update(app, crate::update::offered_version(app).as_deref());
    let health = items.health.lock().map(|h| *h).unwrap_or(Health::Unknown);
    show_health(app, health);
}

/// Offer the update found in the menu (it opens Settings, where the manager installs it), or
/// take the offer away.
pub fn show_update(app: &AppHandle, version: Option<&str>) {
    let Some(items) = app.try_state::<TrayItems>() else {
        return;
    };
    let shown = items.menu.get(UPDATE).is_some();
    match version {
        Some(version) => {
            let label = words(app).with("tray-update", &[("version", Arg::Text(version))]);
            let _ = items.update.set_text(label);
            if !shown {
                // After the status line and its separator.
                let _ = items.menu.insert(&items.update, 2);
            }
        }
        None if shown => {
            let _ = items.menu.remove(&items.update);
        }
        None => {}
    }
}

/// Whether the app has a tray icon (a desktop without a tray host has none).
pub fn is_shown(app: &AppHandle) -> bool {
    app.tray_by_id(TRAY).is_some()
}

/// The pause item follows a pause made in the window.
pub fn show_paused(app: &AppHandle, paused: bool) {
    if let Some(items) = app.try_state::<TrayItems>() {
        let _ = items.pause.set_checked(paused);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(health: Health) -> Vec<bool> {
        (0..SIZE)
            .flat_map(|y| (0..SIZE).map(move |x| coverage(health, x, y) > 127))
            .collect()
    }

    #[test]
    fn the_tray_speaks_the_chosen_language() {
        let german = Words::of(Language::German);
        assert_eq!(
            status(Health::Blocked, german),
            "Order Sync Doctor: Aufträge erreichen das ERP nicht"
        );
        assert_eq!(german.get("tray-pause"), "Überwachung pausieren");
        assert_eq!(
            status(Health::Ok, Words::of(Language::English)),
            "Order Sync Doctor: all orders reach the ERP"
        );
    }

    /// Without colour the four states still differ: each pair of shapes differs in at least a
    /// tenth of the icon.
    #[test]
    fn every_state_has_a_shape_of_its_own() {
        let states = [
            Health::Unknown,
            Health::Ok,
            Health::Attention,
            Health::Blocked,
        ];
        for (i, a) in states.iter().enumerate() {
            assert!(
                mask(*a).iter().filter(|c| **c).count() > 60,
                "{a:?} is visible"
            );
            for b in &states[i + 1..] {
                let differ = mask(*a)
                    .iter()
                    .zip(mask(*b))
                    .filter(|(p, q)| **p != *q)
                    .count();
                assert!(
                    differ > (SIZE * SIZE / 10) as usize,
                    "{a:?} vs {b:?}: {differ}"
                );
            }
        }
    }
}
