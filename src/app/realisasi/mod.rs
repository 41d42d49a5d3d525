//! Realisasi: each quarter's realisation of every IKI with its evidence files.
mod isian;

pub use isian::*;
