//! Pengaturan: the rule profile of a year, the office's parameter values, pagu DIPA and the holiday calendar.
mod isian;
mod profil;

pub use isian::*;
pub use profil::*;
