//! Demo: the example office built on first start or by `kinerja demo`.
mod kantor_contoh;

pub use kantor_contoh::*;
