//! Cascading across pegawai: a fully cascaded IKU keeps its parent's target, partial ones add up to it.
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::domain::temuan::{KodeTemuan as K, Subjek, Temuan};

/// One cascaded IKI and the IKU it comes from, for the cross-pegawai cascading checks.
#[derive(Debug, Clone, PartialEq)]
pub struct TautanCascading {
    pub nip: String,
    pub kode: String,
    /// true: fully cascading (same IKU and target); false: partially (target split).
    pub penuh: bool,
    pub target: Option<Decimal>,
    pub induk_nip: String,
    pub induk_kode: String,
    pub induk_target: Option<Decimal>,
    pub induk_satuan: String,
}

/// Units whose targets cannot be split by adding them up (a share, an index, a score).
fn satuan_tak_terjumlah(satuan: &str) -> bool {
    let s = satuan.trim().to_lowercase();
    s.contains('%')
        || s.contains("persen")
        || s.contains("indeks")
        || s.contains("nilai")
        || s.contains("skor")
}

/// Fully cascaded IKIs carry the parent's target; partially cascaded ones share it out (checked only for units
/// that add up). Findings name the child (fully) or the parent (partially).
pub fn periksa_cascading(tautan: &[TautanCascading]) -> Vec<Temuan> {
    let mut out = Vec::new();
    let mut sebagian: BTreeMap<(&str, &str), Vec<&TautanCascading>> = BTreeMap::new();
    for t in tautan {
        if t.penuh {
            if let (Some(a), Some(b)) = (t.target, t.induk_target)
                && a != b
            {
                out.push(Temuan::baru(
                        K::TargetCascadingPenuhBeda,
                        Subjek::iki(&t.nip, &t.kode),
                        format!(
                            "{}: fully cascading dari {} ({}) tetapi targetnya {} sedangkan target induk {}.",
                            t.kode,
                            t.induk_kode,
                            t.induk_nip,
                            crate::domain::angka::teks_id(a),
                            crate::domain::angka::teks_id(b)
                        ),
                    ));
            }
        } else {
            sebagian
                .entry((t.induk_nip.as_str(), t.induk_kode.as_str()))
                .or_default()
                .push(t);
        }
    }
    for ((nip, kode), anak) in sebagian {
        let induk = anak[0];
        if satuan_tak_terjumlah(&induk.induk_satuan) {
            continue;
        }
        let (Some(target), Some(jumlah)) = (
            induk.induk_target,
            anak.iter().map(|a| a.target).sum::<Option<Decimal>>(),
        ) else {
            continue;
        };
        if jumlah != target {
            out.push(Temuan::baru(
                K::JumlahCascadingSebagianBeda,
                Subjek::iki(nip, kode),
                format!(
                    "{kode}: dibagi ke {} IKI bawahan dengan jumlah target {} sedangkan target {kode} {}.",
                    anak.len(),
                    crate::domain::angka::teks_id(jumlah),
                    crate::domain::angka::teks_id(target)
                ),
            ));
        }
    }
    out
}
