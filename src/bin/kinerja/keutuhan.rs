//! `kinerja verify`.
use clap::Args;
use kinerja::app::{self, AppError};
use kinerja::store::Db;

#[derive(Args)]
pub struct ArgVerify {
    /// Keluaran JSON
    #[arg(long)]
    json: bool,
}

/// Exit 0 when intact, 6 when something breaks the data's integrity.
pub fn verify(db: &Db, a: ArgVerify) -> Result<i32, AppError> {
    let l = app::keamanan::periksa_keutuhan(db)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&l).unwrap_or_default());
    } else {
        for x in &l.lulus {
            println!("ok     {x}");
        }
        for b in &l.butir {
            println!("{} {}", if b.galat { "GALAT " } else { "awas  " }, b.pesan);
        }
        let catatan = l.butir.iter().any(|b| !b.galat);
        println!(
            "{}",
            match (l.utuh, catatan) {
                (true, false) => "UTUH: tidak ada tanda perubahan di luar aplikasi.",
                (true, true) => {
                    "UTUH sekarang, dengan catatan (baris awas) tentang perubahan di luar aplikasi yang pernah dipulihkan."
                }
                (false, _) => "TIDAK UTUH: lihat baris GALAT di atas.",
            }
        );
    }
    Ok(if l.utuh { 0 } else { 6 })
}
