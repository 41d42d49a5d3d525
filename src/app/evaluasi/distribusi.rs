//! The distribution check (shared spec §6.1): the office's predikat against the PermenPANRB guide for the unit's
//! own predikat, shown as a warning with the numbers, never a hard rule. The unit's predikat is its predikat NKO
//! in the PermenPANRB words (`PredikatOrganisasi::dari_nko`, provisional: no mapping is documented).
use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::domain::model::{Predikat, PredikatNko};
use crate::domain::validasi::{PredikatOrganisasi, syarat_distribusi};

#[derive(Debug, Clone, Serialize, TS)]
pub struct Distribusi {
    /// The unit's predikat in the guide's words ("Baik", "Butuh Perbaikan", ...).
    pub predikat_unit: String,
    /// How many pegawai have each predikat (every predikat listed, 0 included).
    #[ts(type = "Record<string, number>")]
    pub jumlah: BTreeMap<String, u32>,
    pub sesuai_pedoman: bool,
    /// What the guide asks and is not met, in one sentence ("" when it is met).
    pub pesan: String,
    /// The unit's predikat is read from the predikat NKO through a provisional mapping.
    pub sementara: bool,
}

/// None without a predikat NKO or without any pegawai predikat.
pub fn distribusi(nko: Option<PredikatNko>, predikat: &[Predikat]) -> Option<Distribusi> {
    let org = PredikatOrganisasi::dari_nko(nko?);
    if predikat.is_empty() {
        return None;
    }
    let jumlah = Predikat::SEMUA
        .iter()
        .map(|p| {
            (
                p.label().to_string(),
                predikat.iter().filter(|x| *x == p).count() as u32,
            )
        })
        .collect();
    let masalah = syarat_distribusi(org, predikat);
    Some(Distribusi {
        predikat_unit: org.label().into(),
        jumlah,
        sesuai_pedoman: masalah.is_empty(),
        pesan: if masalah.is_empty() {
            String::new()
        } else {
            format!(
                "Pedoman distribusi PermenPANRB 6/2022 untuk unit berpredikat {}: {}.",
                org.label(),
                masalah.join("; ")
            )
        },
        sementara: true,
    })
}
