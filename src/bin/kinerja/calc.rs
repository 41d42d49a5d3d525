//! `kinerja calc`: Hitung berkas vektor uji (format kinerja-vectors/1) dan cetak hasilnya sebagai JSON
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

#[derive(Args)]
pub struct ArgCalc {
    /// Berkas vektor JSON
    #[arg(long, value_name = "FILE")]
    vectors: PathBuf,
}

pub fn run(a: ArgCalc) -> Result<i32, AppError> {
    let ArgCalc { vectors } = a;
    let out = app::alat::hitung_berkas(&vectors)?;
    println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    Ok(0)
}
