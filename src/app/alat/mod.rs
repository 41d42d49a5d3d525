//! Alat: the developers' tools behind `kinerja calc --vectors` and `kinerja bench`.
mod bench;
mod vektor;

pub use bench::*;
pub use vektor::*;
