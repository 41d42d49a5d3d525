//! Kinerja core: the domain rules, the SQLite store and the user actions shared by the CLI and the desktop app.
pub mod app;
pub mod arsip;
pub mod domain;
pub mod pdf;
pub mod store;
pub mod xlsx;
