//! Evaluasi: indeks capaian, NKO, NHK, NPK, NKP and predikat up to a quarter, each with its derivation; perilaku and KMK 127 adjustments.
mod distribusi;
mod pemanfaatan;
mod penyesuaian;
mod perilaku;
mod skor;
mod tren;

pub use distribusi::*;
pub use pemanfaatan::*;
pub use penyesuaian::*;
pub use perilaku::*;
pub use skor::*;
pub use tren::*;
