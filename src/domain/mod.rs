//! Pure domain model and rules: rule profiles, scoring, KK obligations and findings. No IO, no clock, no SQLite.
pub mod angka;
pub mod batas;
pub mod capaian;
pub mod jabatan;
pub mod k3;
pub mod kalender;
pub mod kewajiban;
pub mod kk;
pub mod model;
pub mod nilai;
pub mod nip;
pub mod nkp;
pub mod penjelasan;
pub mod profil;
pub mod skor;
pub mod temuan;
pub mod validasi;
