//! Kontrak Kinerja content rules: the four SKP target aspects (seed 004 rules 10-14), document kinds and the
//! Draf → Dicetak → Ditandatangani → Terkunci workflow.
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::angka::format_id;
use super::model::{Aspek, Iki};

/// The four target columns of one SKP row, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetAspek {
    pub kuantitas: String,
    pub kualitas: String,
    pub waktu: String,
    pub biaya: String,
}

/// Formats a target with its unit: "95,00 %", "4 laporan", "12 bulan".
pub fn angka_satuan(d: Decimal, satuan: &str) -> String {
    let dp = if d.fract().is_zero() { 0 } else { 2 };
    let n = format_id(d, dp);
    match satuan.trim() {
        "" => n,
        "%" => format!("{n}%"),
        s => format!("{n} {s}"),
    }
}

/// Reporting periods in a year for a "periode pelaporan" (triwulanan when unknown).
pub fn periode_per_tahun(periode_pelaporan: &str) -> u32 {
    match periode_pelaporan {
        "bulanan" => 12,
        "semesteran" => 2,
        "tahunan" => 1,
        _ => 4,
    }
}

/// Seed 004 rules 10-14: the aspect the IKU's target belongs to carries the annual target from Lampiran I;
/// the others take their fixed values (kuantitas = number of reporting periods, kualitas 100%, waktu 12 bulan,
/// biaya empty). `pagu_dipa` fills biaya for the IKU Penyerapan Anggaran (rule 14).
pub fn target_aspek(
    iki: &Iki,
    satuan: &str,
    periode_per_tahun: u32,
    pagu_dipa: Option<Decimal>,
) -> TargetAspek {
    let tahunan = iki
        .target_tahunan
        .map(|t| angka_satuan(t, satuan))
        .unwrap_or_else(|| "-".into());
    let periode = format!("{periode_per_tahun} periode");
    let mut t = match iki.aspek.unwrap_or(Aspek::Kuantitas) {
        Aspek::Kuantitas => TargetAspek {
            kuantitas: tahunan,
            kualitas: "100%".into(),
            waktu: "12 bulan".into(),
            biaya: String::new(),
        },
        Aspek::Kualitas => TargetAspek {
            kuantitas: periode,
            kualitas: tahunan,
            waktu: "12 bulan".into(),
            biaya: String::new(),
        },
        Aspek::Waktu => TargetAspek {
            kuantitas: periode,
            kualitas: "100%".into(),
            waktu: tahunan,
            biaya: String::new(),
        },
        Aspek::Biaya => TargetAspek {
            kuantitas: periode,
            kualitas: "100%".into(),
            waktu: "12 bulan".into(),
            biaya: tahunan,
        },
    };
    if let Some(p) = pagu_dipa {
        // "Rp " then the figure: a narrow column breaks after "Rp", never inside the number.
        t.biaya = format!("Rp {}", format_id(p, 0));
    }
    t
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisDokumen {
    Kk,
    Addendum,
    Komplemen,
}

impl JenisDokumen {
    pub fn kode(self) -> &'static str {
        match self {
            JenisDokumen::Kk => "kk",
            JenisDokumen::Addendum => "addendum",
            JenisDokumen::Komplemen => "komplemen",
        }
    }
    pub fn dari_kode(s: &str) -> Option<Self> {
        [
            JenisDokumen::Kk,
            JenisDokumen::Addendum,
            JenisDokumen::Komplemen,
        ]
        .into_iter()
        .find(|j| j.kode() == s)
    }
    pub fn judul(self) -> &'static str {
        match self {
            JenisDokumen::Kk => "KONTRAK KINERJA",
            JenisDokumen::Addendum => "ADDENDUM KONTRAK KINERJA",
            JenisDokumen::Komplemen => "KONTRAK KINERJA KOMPLEMEN",
        }
    }
    /// The document's name as printed, by the year's rule profile (domain spec §7.1, seed 003): under KMK 300 and
    /// KMK 127 the Pimpinan UPK signs a Perjanjian Kinerja and every other pegawai a Sasaran Kinerja Pegawai;
    /// the Kontrak Kinerja stays for KMK 467 years. Title case; `nama_dokumen(..).to_uppercase()` is the heading.
    pub fn nama_dokumen(
        self,
        profil: super::profil::KodeProfil,
        pemilik_peta: bool,
    ) -> &'static str {
        use super::profil::KodeProfil::*;
        match (profil, pemilik_peta, self) {
            (Kmk467_2014, _, JenisDokumen::Kk) => "Kontrak Kinerja",
            (Kmk467_2014, _, JenisDokumen::Addendum) => "Addendum Kontrak Kinerja",
            (Kmk467_2014, _, JenisDokumen::Komplemen) => "Kontrak Kinerja Komplemen",
            (_, true, JenisDokumen::Kk) => "Perjanjian Kinerja",
            (_, true, JenisDokumen::Addendum) => "Addendum Perjanjian Kinerja",
            (_, true, JenisDokumen::Komplemen) => "Perjanjian Kinerja Komplemen",
            (_, false, JenisDokumen::Kk) => "Sasaran Kinerja Pegawai",
            (_, false, JenisDokumen::Addendum) => "Addendum Sasaran Kinerja Pegawai",
            (_, false, JenisDokumen::Komplemen) => "Sasaran Kinerja Pegawai Komplemen",
        }
    }
    pub fn singkat(self) -> &'static str {
        match self {
            JenisDokumen::Kk => "KK",
            JenisDokumen::Addendum => "ADD",
            JenisDokumen::Komplemen => "KOMP",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusDokumen {
    Draf,
    Dicetak,
    Ditandatangani,
    Terkunci,
}

impl StatusDokumen {
    pub fn kode(self) -> &'static str {
        match self {
            StatusDokumen::Draf => "draf",
            StatusDokumen::Dicetak => "dicetak",
            StatusDokumen::Ditandatangani => "ditandatangani",
            StatusDokumen::Terkunci => "terkunci",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            StatusDokumen::Draf => "Draf",
            StatusDokumen::Dicetak => "Dicetak",
            StatusDokumen::Ditandatangani => "Ditandatangani",
            StatusDokumen::Terkunci => "Terkunci",
        }
    }
    pub fn dari_kode(s: &str) -> Option<Self> {
        [
            StatusDokumen::Draf,
            StatusDokumen::Dicetak,
            StatusDokumen::Ditandatangani,
            StatusDokumen::Terkunci,
        ]
        .into_iter()
        .find(|x| x.kode() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransisiError {
    #[error("dokumen berstatus {} tidak dapat diubah menjadi {}; urutannya Draf → Dicetak → Ditandatangani → Terkunci", .0.label(), .1.label())]
    TidakBoleh(StatusDokumen, StatusDokumen),
}

/// Only forward, one step at a time; a printed document may be printed again (a new copy is the same content).
pub fn transisi(dari: StatusDokumen, ke: StatusDokumen) -> Result<(), TransisiError> {
    use StatusDokumen::*;
    match (dari, ke) {
        (Draf, Dicetak)
        | (Dicetak, Dicetak)
        | (Dicetak, Ditandatangani)
        | (Ditandatangani, Terkunci) => Ok(()),
        _ => Err(TransisiError::TidakBoleh(dari, ke)),
    }
}

/// Fills a document-number pattern: {no}, {nip}, {tahun}, {jenis}, {versi}.
pub fn nomor_dokumen(
    pola: &str,
    no: u32,
    nip: &str,
    tahun: i32,
    jenis: JenisDokumen,
    versi: u32,
) -> String {
    pola.replace("{no}", &format!("{no:03}"))
        .replace("{nip}", nip)
        .replace("{tahun}", &tahun.to_string())
        .replace("{jenis}", jenis.singkat())
        .replace("{versi}", &versi.to_string())
}

/// "31 Januari 2025".
pub fn tanggal_indonesia(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const BULAN: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    format!("{} {} {}", d.day(), BULAN[d.month0() as usize], d.year())
}

/// A signing party as printed: nama, NIP, pangkat/golongan, jabatan, unit kerja.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Pihak {
    pub nama: String,
    pub nip: String,
    pub pangkat: String,
    pub jabatan: String,
    pub unit_kerja: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsPeta {
    pub kode: String,
    pub nama: String,
    pub perspektif: super::model::Perspektif,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarisSkp {
    /// SS name, or "Pelaksanaan Tugas Non-Sasaran Strategis".
    pub ss: String,
    pub kode: String,
    pub nama: String,
    pub ak: String,
    pub target: TargetAspek,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarisTrajectory {
    pub kode: String,
    pub nama: String,
    pub satuan: String,
    pub triwulan: [String; 4],
    pub tahunan: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarisInisiatif {
    pub kode: String,
    pub nama: String,
    pub ss: String,
    pub keterangan: String,
    /// The planned milestones, "TW I: …; TW II: …" (what each quarter should reach, not its progress). Left out of
    /// the stored content when empty, so documents printed before milestones existed keep their content hash.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tonggak: String,
}

/// One changed item of an addendum: what, before, after, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarisPerubahan {
    pub item: String,
    pub sebelum: String,
    pub sesudah: String,
    pub alasan: String,
}

/// Everything a Kontrak Kinerja document prints. Its canonical JSON is what the document hash covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsiKk {
    pub jenis: JenisDokumen,
    pub versi: u32,
    pub tahun: i32,
    pub nomor: String,
    pub kantor: String,
    pub alamat: String,
    pub induk: String,
    pub tempat: String,
    pub tanggal: String,
    pub pegawai: Pihak,
    pub penilai: Pihak,
    pub pernyataan: String,
    pub peta: Vec<SsPeta>,
    pub skp: Vec<BarisSkp>,
    pub trajectory: Vec<BarisTrajectory>,
    pub inisiatif: Vec<BarisInisiatif>,
    pub perubahan: Vec<BarisPerubahan>,
    pub catatan: String,
    /// The document's name ("Perjanjian Kinerja", "Sasaran Kinerja Pegawai", "Kontrak Kinerja", …); empty in
    /// documents printed before names followed the profile, which keep their "Kontrak Kinerja" wording.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nama_dokumen: String,
    /// The SKP's period ("1 Januari s.d. 31 Desember 2025"; a komplemen starts on the day the newcomer starts);
    /// empty in documents printed before it was recorded.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub periode: String,
}

impl IsiKk {
    /// The document's name in title case, "Kontrak Kinerja" for documents stored without one.
    pub fn nama(&self) -> String {
        if self.nama_dokumen.is_empty() {
            match self.jenis {
                JenisDokumen::Kk => "Kontrak Kinerja",
                JenisDokumen::Addendum => "Addendum Kontrak Kinerja",
                JenisDokumen::Komplemen => "Kontrak Kinerja Komplemen",
            }
            .to_string()
        } else {
            self.nama_dokumen.clone()
        }
    }
    /// The name of the contract itself (without "Addendum"/"Komplemen"), for lampiran titles and signatures.
    pub fn nama_pokok(&self) -> String {
        self.nama()
            .trim_start_matches("Addendum ")
            .trim_end_matches(" Komplemen")
            .to_string()
    }
}

/// The editable default of the pledge (PermenPAN 53/2014 style, shared/domain.md §7.2); {nama}, {jabatan},
/// {tahun}, {kantor} are filled in.
pub const PERNYATAAN_BAWAAN: &str = "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini menyatakan sanggup untuk mewujudkan target kinerja yang seharusnya sesuai lampiran kontrak kinerja ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::*;
    use rust_decimal_macros::dec;

    fn iki(aspek: Aspek, tahunan: Decimal) -> Iki {
        Iki {
            kode: "1.1".into(),
            nama: "x".into(),
            kode_ss: None,
            perspektif: None,
            jenis: JenisIki::Utama,
            aspek: Some(aspek),
            kategori: KategoriIki::Lama,
            polarisasi: Some(Polarisasi::Maximize),
            konsolidasi: Some(Konsolidasi::Sum),
            sifat_tlk: None,
            validitas: None,
            kendali: None,
            konversi_120: false,
            r_worst: None,
            target_triwulan: [None; 4],
            realisasi_triwulan: [None; 4],
            target_tahunan: Some(tahunan),
            target_y1: None,
            realisasi_y1: None,
            realisasi_serah_terima: None,
        }
    }

    /// Seed 004 rules 10-13 as data: (aspek, target tahunan, satuan) -> (kuantitas, kualitas, waktu, biaya).
    #[test]
    fn aturan_10_sampai_14() {
        let cases = [
            (
                Aspek::Kuantitas,
                dec!(4),
                "laporan",
                ["4 laporan", "100%", "12 bulan", ""],
            ),
            (
                Aspek::Kualitas,
                dec!(95.5),
                "%",
                ["4 periode", "95,50%", "12 bulan", ""],
            ),
            (
                Aspek::Waktu,
                dec!(2),
                "jam",
                ["4 periode", "100%", "2 jam", ""],
            ),
            (
                Aspek::Biaya,
                dec!(1250000000),
                "rupiah",
                ["4 periode", "100%", "12 bulan", "1.250.000.000 rupiah"],
            ),
        ];
        for (aspek, t, satuan, want) in cases {
            let got = target_aspek(&iki(aspek, t), satuan, 4, None);
            assert_eq!(
                [
                    got.kuantitas.as_str(),
                    &got.kualitas,
                    &got.waktu,
                    &got.biaya
                ],
                want,
                "{aspek:?}"
            );
        }
        // Rule 14: IKU Penyerapan Anggaran carries the total pagu DIPA as biaya.
        let p = target_aspek(
            &iki(Aspek::Kuantitas, dec!(95)),
            "%",
            4,
            Some(dec!(3500000000)),
        );
        assert_eq!(p.biaya, "Rp 3.500.000.000");
    }

    #[test]
    fn alur_status() {
        use StatusDokumen::*;
        assert!(transisi(Draf, Dicetak).is_ok());
        assert!(transisi(Dicetak, Ditandatangani).is_ok());
        assert!(transisi(Ditandatangani, Terkunci).is_ok());
        for (a, b) in [
            (Draf, Ditandatangani),
            (Terkunci, Dicetak),
            (Ditandatangani, Dicetak),
            (Draf, Terkunci),
            (Terkunci, Terkunci),
        ] {
            assert!(transisi(a, b).is_err(), "{a:?} -> {b:?}");
        }
    }

    #[test]
    fn nomor_dan_tanggal() {
        assert_eq!(
            nomor_dokumen("KK-{no}/{jenis}/{tahun}", 7, "1", 2025, JenisDokumen::Kk, 0),
            "KK-007/KK/2025"
        );
        assert_eq!(
            tanggal_indonesia(chrono::NaiveDate::from_ymd_opt(2025, 1, 31).unwrap()),
            "31 Januari 2025"
        );
    }
}

/// Why a document may not be signed yet for want of its reviu (seed 004: a KK, a KK komplemen and an addendum take
/// into account the recommendation of the pengelola kinerja one level up before they are signed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HalanganReviu {
    /// No recommendation recorded.
    BelumDireviu,
    /// The last recommendation was of other content (the concept was printed again since).
    IsiBerubah,
    /// The last recommendation is tolak: the concept is revised, printed again and reviewed again.
    Ditolak,
}

/// Whether the last reviu of a document (its recommendation, and whether it saw the content printed now) lets it be
/// signed: terima or terima sebagian of this very content.
pub fn syarat_reviu(
    terakhir: Option<(crate::domain::model::Rekomendasi, bool)>,
) -> Result<(), HalanganReviu> {
    use crate::domain::model::Rekomendasi as R;
    match terakhir {
        None => Err(HalanganReviu::BelumDireviu),
        Some((_, false)) => Err(HalanganReviu::IsiBerubah),
        Some((R::Tolak, true)) => Err(HalanganReviu::Ditolak),
        Some((R::Terima | R::TerimaSebagian, true)) => Ok(()),
    }
}

#[cfg(test)]
mod tests_reviu {
    use super::*;
    use crate::domain::model::Rekomendasi as R;

    fn check(cases: &[(Option<(R, bool)>, Result<(), HalanganReviu>)]) {
        for (masuk, harap) in cases {
            assert_eq!(syarat_reviu(*masuk), *harap, "{masuk:?}");
        }
    }

    #[test]
    fn reviu_sebelum_tanda_tangan() {
        check(&[
            (None, Err(HalanganReviu::BelumDireviu)),
            (Some((R::Terima, true)), Ok(())),
            (Some((R::TerimaSebagian, true)), Ok(())),
            (Some((R::Tolak, true)), Err(HalanganReviu::Ditolak)),
            (Some((R::Terima, false)), Err(HalanganReviu::IsiBerubah)),
            (Some((R::Tolak, false)), Err(HalanganReviu::IsiBerubah)),
        ]);
    }
}
