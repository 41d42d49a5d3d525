//! `kinerja libur`: Kalender hari libur (selain Sabtu dan Minggu) yang dipakai menghitung hari kerja
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgLibur {
    #[arg(long)]
    tahun: i32,
    /// Tambah atau ubah: TANGGAL (YYYY-MM-DD)
    #[arg(long, value_name = "TANGGAL", requires = "keterangan")]
    tambah: Option<String>,
    /// Nama hari libur
    #[arg(long)]
    keterangan: Option<String>,
    /// Hapus: TANGGAL (YYYY-MM-DD)
    #[arg(long, value_name = "TANGGAL")]
    hapus: Option<String>,
    /// Tambahkan libur nasional dan cuti bersama SKB tahun itu yang belum ada (hari yang sudah ada tidak diubah)
    #[arg(long)]
    skb: bool,
}

pub fn run(db: &Option<PathBuf>, a: ArgLibur) -> Result<i32, AppError> {
    let ArgLibur {
        tahun,
        tambah,
        keterangan,
        hapus,
        skb,
    } = a;
    let mut db = buka_ada(db)?;
    if skb {
        let n = app::pengaturan::isi_libur_skb(&mut db, tahun, &sekarang())?;
        if let Some(s) = app::pengaturan::libur_skb(&db, tahun)? {
            eprintln!("{n} hari ditambahkan dari {}", s.sumber);
        }
    }
    if let Some(t) = tambah {
        app::pengaturan::tambah_libur(
            &mut db,
            &t,
            keterangan.as_deref().unwrap_or(""),
            &sekarang(),
        )?;
    }
    if let Some(t) = hapus {
        app::pengaturan::hapus_libur(&mut db, &t, &sekarang())?;
    }
    let daftar = app::pengaturan::daftar_libur(&db, tahun)?;
    for l in &daftar {
        println!("{}\t{}", l.tanggal, l.keterangan);
    }
    eprintln!("{} hari libur tahun {tahun}", daftar.len());
    Ok(0)
}
