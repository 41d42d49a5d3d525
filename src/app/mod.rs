//! User actions: one function per thing the user does; the CLI and the Tauri commands call only these.
pub mod bench;
pub mod cadangan;
pub mod demo;
pub mod dialog;
pub mod dokumen;
pub mod ekspor;
pub mod error;
pub mod gabung;
pub mod hkt;
pub mod impor;
pub mod impor_beda;
pub mod impor_catatan;
pub mod kantor;
pub mod keutuhan;
pub mod nilai;
pub mod periksa;
pub mod profil;
pub mod realisasi;
pub mod rencana;
pub mod sandi;
pub mod vektor;

pub use error::{AppError, GalatUi};
