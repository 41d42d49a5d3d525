//! `kinerja sandi`, and the password of an encrypted database for every command: from `KINERJA_SANDI`, or asked
//! at the terminal (not echoed).
use std::io::IsTerminal;
use std::path::Path;

use clap::Args;
use kinerja::app::{self, AppError};
use kinerja::store::{Db, Sandi, StoreError};

#[derive(Args)]
pub struct ArgSandi {
    /// Matikan enkripsi: basis data dan cadangannya ditulis ulang tanpa kata sandi
    #[arg(long)]
    hapus: bool,
}

/// `KINERJA_SANDI`, when set and not empty.
pub fn dari_lingkungan(nama: &str) -> Option<String> {
    std::env::var(nama).ok().filter(|s| !s.is_empty())
}

pub fn tanya(prompt: &str) -> Result<String, AppError> {
    rpassword::prompt_password(prompt).map_err(|e| AppError::Masukan {
        field: "kata sandi".into(),
        pesan: format!("tidak dapat dibaca dari terminal: {e}"),
    })
}

/// Opens `path` (or the default database): with `KINERJA_SANDI` when set; an encrypted database without it
/// asks for the password at a terminal, and is PERLU_SANDI in a script.
pub fn buka(path: Option<&Path>) -> Result<Db, AppError> {
    Ok(buka_dengan_kunci(path)?.0?)
}

/// [`buka`], leaving the store's refusal as it is (restore treats a damaged file itself) and giving the password
/// that was used, if any.
pub fn buka_dengan_kunci(
    path: Option<&Path>,
) -> Result<(Result<Db, StoreError>, Option<Sandi>), AppError> {
    let buka = |s: Option<Sandi>| match path {
        Some(p) => Db::buka_dengan(p, s),
        None => kinerja::store::buka_bawaan_dengan(s),
    };
    let kunci = dari_lingkungan("KINERJA_SANDI").map(Sandi::baru);
    match buka(kunci.clone()) {
        Err(StoreError::PerluSandi { .. }) if std::io::stdin().is_terminal() => {
            let kunci = Some(Sandi::baru(tanya("Kata sandi basis data: ")?));
            Ok((buka(kunci.clone()), kunci))
        }
        hasil => Ok((hasil, kunci)),
    }
}

/// The password of a backup encrypted with another password than the database's (`KINERJA_SANDI_CADANGAN`).
pub fn sandi_cadangan() -> Option<Sandi> {
    dari_lingkungan("KINERJA_SANDI_CADANGAN").map(Sandi::baru)
}

pub fn sandi(db: &mut Db, a: ArgSandi, waktu: &str) -> Result<i32, AppError> {
    // Whoever opened the database has just given its current password.
    let sekarang = db.sandi().cloned();
    let baru = if a.hapus {
        None
    } else if let Some(s) = dari_lingkungan("KINERJA_SANDI_BARU") {
        Some((s.clone(), s))
    } else if std::io::stdin().is_terminal() {
        let s = tanya("Kata sandi baru: ")?;
        // Too short or too long is said before it is typed a second time.
        app::keamanan::sandi_baru(&s, "Kata sandi baru")?;
        let u = tanya("Ulangi kata sandi baru: ")?;
        Some((s, u))
    } else {
        return Err(AppError::Masukan {
            field: "kata sandi baru".into(),
            pesan:
                "berikan lewat variabel lingkungan KINERJA_SANDI_BARU, atau jalankan di terminal"
                    .into(),
        });
    };
    let h = app::keamanan::atur_sandi_dengan(
        db,
        sekarang.as_ref(),
        baru.as_ref().map(|(s, _)| s.as_str()),
        baru.as_ref().map(|(_, u)| u.as_str()),
        waktu,
    )?;
    println!(
        "{}; {} cadangan di folder \"cadangan\" ikut ditulis ulang.",
        if h.terenkripsi {
            "Basis data terenkripsi dengan kata sandi baru"
        } else {
            "Enkripsi dimatikan: basis data tidak lagi memerlukan kata sandi"
        },
        h.cadangan_diubah
    );
    for d in &h.cadangan_dilewati {
        println!("  dibiarkan: {d}");
    }
    for c in &h.catatan {
        println!("  catatan: {c}");
    }
    if h.terenkripsi {
        println!(
            "Simpan kata sandinya di tempat aman: tanpa kata sandi itu data dan cadangannya tidak dapat dibuka."
        );
    }
    Ok(0)
}
