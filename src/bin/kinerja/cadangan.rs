//! `kinerja backup` and `kinerja restore`.
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};
use kinerja::store::{Db, Sandi, StoreError};

#[derive(Args)]
pub struct ArgBackup {
    /// Berkas cadangan yang ditulis (tidak menimpa berkas yang ada); tanpa ini: folder "cadangan" di samping basis data
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Args)]
pub struct ArgRestore {
    /// Berkas cadangan (diperiksa dulu: utuh, basis data Kinerja, versi tidak lebih baru). Cadangan yang
    /// dienkripsi dengan kata sandi lain: kata sandinya dari KINERJA_SANDI_CADANGAN
    berkas: PathBuf,
}

fn cetak(c: &app::keamanan::RingkasCadangan) {
    println!(
        "  {} ({} KB): {}, {} pegawai, tahun {}; perubahan terakhir {}",
        c.path,
        c.ukuran_kb,
        if c.kantor.is_empty() {
            "(kantor tanpa nama)"
        } else {
            &c.kantor
        },
        c.pegawai,
        c.tahun
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        c.perubahan_terakhir
    );
}

pub fn backup(db: &Db, a: ArgBackup) -> Result<i32, AppError> {
    let c = match a.out {
        Some(p) => app::keamanan::cadangkan(db, &p)?,
        None => app::keamanan::cadangan_manual(db, Local::now().naive_local())?,
    };
    println!("Cadangan ditulis dan diperiksa (utuh):");
    cetak(&c);
    Ok(0)
}

/// Restores into the database at `path`; when that file is too damaged to open, it is kept aside and the backup
/// takes its place.
pub fn restore(
    path: Option<&std::path::Path>,
    a: ArgRestore,
    waktu: &str,
) -> Result<i32, AppError> {
    let sekarang = Local::now().naive_local();
    if let Some(p) = path
        && !p.exists()
    {
        return Err(kinerja::store::StoreError::DirektoriData {
            path: p.display().to_string(),
            pesan: "berkas basis data ini tidak ada (periksa jalurnya); untuk memakai cadangan sebagai basis data baru, salin berkas cadangannya".into(),
        }
        .into());
    }
    let terminal = std::io::stdin().is_terminal();
    let (dibuka, kunci) = super::sandi::buka_dengan_kunci(path)?;
    let h = match dibuka {
        Ok(mut db) => {
            let mut sandi_cadangan = super::sandi::sandi_cadangan();
            loop {
                match app::keamanan::pulihkan(
                    &mut db,
                    &a.berkas,
                    sandi_cadangan.as_ref(),
                    sekarang,
                    waktu,
                ) {
                    // A backup encrypted with another password than the database's: asked for at a terminal.
                    Err(AppError::Store(
                        StoreError::SandiSalah { ref path } | StoreError::PerluSandi { ref path },
                    )) if Path::new(path) == a.berkas.as_path() => {
                        if terminal && sandi_cadangan.is_none() {
                            sandi_cadangan = Some(Sandi::baru(super::sandi::tanya(&format!(
                                "Kata sandi cadangan {}: ",
                                a.berkas.display()
                            ))?));
                            continue;
                        }
                        eprintln!(
                            "petunjuk: cadangan ini dienkripsi dengan kata sandi lain daripada basis datanya; berikan kata sandi cadangan lewat KINERJA_SANDI_CADANGAN"
                        );
                        return Err(AppError::Store(StoreError::SandiSalah {
                            path: a.berkas.display().to_string(),
                        }));
                    }
                    hasil => break hasil?,
                }
            }
        }
        Err(StoreError::BukanBasisData { path }) => {
            app::keamanan::pulihkan_berkas_rusak(
                Path::new(&path),
                &a.berkas,
                kunci,
                sekarang,
                waktu,
            )?
            .1
        }
        Err(e) => return Err(e.into()),
    };
    println!("Basis data dipulihkan dari:");
    cetak(&h.dipulihkan);
    println!(
        "Isi sebelum pemulihan disimpan di {}",
        h.cadangan_sebelumnya
    );
    Ok(0)
}
