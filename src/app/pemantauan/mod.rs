//! Pemantauan: what is recorded through the year beside realisasi: HKT, dialog kinerja individu, and the
//! Dialog Kinerja Organisasi with its rencana aksi, inisiatif strategis with their milestones, the risk register,
//! umpan balik and pembinaan, and the reviu checklist.
mod dialog;
mod dko;
mod hkt;
mod inisiatif;
mod kesiapan;
mod pembinaan;
mod risiko;

pub use dialog::*;
pub use dko::*;
pub use hkt::*;
pub use inisiatif::*;
pub use kesiapan::*;
pub use pembinaan::*;
pub use risiko::*;
