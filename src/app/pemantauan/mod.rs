//! Pemantauan: what is recorded through the year beside realisasi: HKT and dialog kinerja.
mod dialog;
mod hkt;

pub use dialog::*;
pub use hkt::*;
