//! User actions: one folder per capability, each the actions of its screens; the CLI and the Tauri commands
//! call only these. `umum` is the shared core every capability may use. A capability keeps its files private and
//! offers what others may use through its `mod.rs`; capabilities depend on each other only downwards, in the
//! order ARCHITECTURE.md lists (a tidy test in tests/aturan_repo.rs keeps it so).
pub mod umum;

pub mod alat;
pub mod demo;
pub mod dokumen;
pub mod ekspor;
pub mod evaluasi;
pub mod impor;
pub mod kantor;
pub mod keamanan;
pub mod laporan;
pub mod pemantauan;
pub mod pengaturan;
pub mod realisasi;
pub mod rencana;

pub use umum::{AppError, GalatUi};
