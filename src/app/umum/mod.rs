//! The shared core of the actions: errors, reading what people type, showing figures, undo, the three-way merge
//! of a form and what many actions read first. It uses the domain and the store, never a capability.
pub mod berkas;
pub mod gabung;
pub mod galat;
pub mod masukan;
pub mod muat;
pub mod riwayat;
pub mod tampil;
pub mod urungan;

pub use berkas::*;
pub use gabung::*;
pub use galat::*;
pub use masukan::*;
pub use muat::*;
pub use riwayat::*;
pub use tampil::*;
pub use urungan::*;
