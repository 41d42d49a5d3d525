//! The Tauri commands, one module per capability of the app; each command locks the database, calls one app
//! action and turns its error into a `GalatUi`.
pub mod berkas;
pub mod dokumen;
pub mod evaluasi;
pub mod kantor;
pub mod keamanan;
pub mod pelaksanaan;
pub mod pemantauan;
pub mod pengaturan;
pub mod pertukaran;
pub mod realisasi;
pub mod rencana;
