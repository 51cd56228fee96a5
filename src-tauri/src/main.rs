// Release builds on Windows open no console window next to the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    order_sync_doctor_lib::limit_arenas();
    order_sync_doctor_lib::run();
}
