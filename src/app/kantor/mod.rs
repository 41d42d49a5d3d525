//! Kantor: the office, its letterhead and units, its pegawai and their positions (Plt/Plh, mutasi).
mod jabatan;
mod pegawai;
mod unit;

pub use jabatan::*;
pub use pegawai::*;
pub use unit::*;
