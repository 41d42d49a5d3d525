//! Keamanan data: backup and restore, encryption at rest, and the integrity check.
mod cadangan;
mod keutuhan;
mod sandi;

pub use cadangan::*;
pub use keutuhan::*;
pub use sandi::*;
