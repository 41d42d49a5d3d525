//! Dokumen: Kontrak Kinerja content, printing, verification, signature and lock, addendum and komplemen.
mod addendum;
mod berubah;
mod cetak;
mod isi;
mod reviu;
mod status;
mod tanda;

pub use crate::store::sha256_hex;
pub use addendum::*;
pub use berubah::*;
pub use cetak::*;
pub use isi::*;
pub use reviu::*;
pub use status::*;
pub use tanda::*;
