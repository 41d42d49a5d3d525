//! `kinerja realisasi`: Realisasi satu triwulan seorang pegawai beserta buktinya: tampilkan, atau ubah dengan --isi
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgRealisasi {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    /// Triwulan 1-4 (bawaan: triwulan yang baru berakhir)
    #[arg(long)]
    triwulan: Option<u8>,
    /// KODE=NILAI atau KODE=NILAI|BUKTI, boleh berulang; NILAI kosong menghapus realisasi (format Indonesia)
    #[arg(long)]
    isi: Vec<String>,
}

pub fn run(db: &Option<PathBuf>, a: ArgRealisasi) -> Result<i32, AppError> {
    let ArgRealisasi {
        tahun,
        nip,
        triwulan,
        isi,
    } = a;
    let mut db = buka_ada(db)?;
    let hari_ini = Local::now().date_naive();
    let mut r = app::realisasi::realisasi_pegawai(&db, tahun, &nip, triwulan, hari_ini)?;
    if !isi.is_empty() {
        // Every IKI is sent as shown; the named ones get their new figure (and evidence).
        let mut kirim: Vec<app::realisasi::IsiRealisasi> = r
            .baris
            .iter()
            .map(|b| app::realisasi::IsiRealisasi {
                id: b.id,
                realisasi: b.realisasi.clone(),
                bukti: b.bukti.clone(),
                // Only the named IKIs change; a cell changed meanwhile by another writer stays theirs.
                semula: Some((b.realisasi.clone(), b.bukti.clone())),
            })
            .collect();
        for x in &isi {
            let (kode, nilai) = x.split_once('=').ok_or_else(|| AppError::Masukan {
                field: "--isi".into(),
                pesan: format!("\"{x}\" bukan KODE=NILAI atau KODE=NILAI|BUKTI"),
            })?;
            let i = r
                .baris
                .iter()
                .position(|b| b.kode == kode.trim())
                .ok_or_else(|| AppError::Masukan {
                    field: "--isi".into(),
                    pesan: format!(
                        "IKU/IKI {} tidak ada pada SKP {nip} tahun {tahun}",
                        kode.trim()
                    ),
                })?;
            let (angka, bukti) = match nilai.split_once('|') {
                Some((a, b)) => (a, Some(b)),
                None => (nilai, None),
            };
            kirim[i].realisasi = angka.trim().into();
            if let Some(b) = bukti {
                kirim[i].bukti = b.trim().into();
            }
        }
        let t = r.triwulan;
        r = app::realisasi::simpan_realisasi(
            &mut db,
            tahun,
            &nip,
            t,
            &kirim,
            hari_ini,
            &sekarang(),
        )?;
        println!("Realisasi TW {t} {}: {} IKU/IKI berubah.", r.nama, r.diubah);
    }
    println!(
        "{} ({}) realisasi TW {} {tahun}{}",
        r.nama,
        r.nip,
        r.triwulan,
        if r.terkunci { "; KK terkunci" } else { "" }
    );
    for b in &r.baris {
        println!(
            "  {:<8} target {:>10}  realisasi {:>10}  bukti: {}",
            b.kode,
            b.target,
            if b.realisasi.is_empty() {
                "-"
            } else {
                &b.realisasi
            },
            if b.bukti.is_empty() { "-" } else { &b.bukti }
        );
    }
    Ok(0)
}
