//! Pemantauan: what is recorded through the year beside realisasi: HKT, dialog kinerja individu, and the
//! Dialog Kinerja Organisasi with its rencana aksi.
mod dialog;
mod dko;
mod hkt;
mod kesiapan;
mod pembinaan;

pub use dialog::*;
pub use dko::*;
pub use hkt::*;
pub use kesiapan::*;
pub use pembinaan::*;
