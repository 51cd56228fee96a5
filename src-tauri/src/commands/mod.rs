//! IPC commands, a few lines each, grouped by the screen that calls them.

pub mod orders;
pub mod reconcile;
pub mod setup;
pub mod sign_in;
pub mod updates;
pub mod window;
pub mod wizard;
