//! Impor: reading a spreadsheet (header, columns by synonyms, rows with their location) and writing it all or nothing.
mod aksi;
mod baris;
mod beda;
mod catatan;
mod kolom;

pub use aksi::*;
pub use baris::*;
pub use beda::*;
pub use catatan::*;
pub use kolom::*;
