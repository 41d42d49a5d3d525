//! Rule profiles: one regulation version as data (parameters, citations, which defaults are unconfirmed).
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum KodeProfil {
    #[serde(rename = "kmk467-2014")]
    Kmk467_2014,
    #[serde(rename = "kmk300-2022")]
    Kmk300_2022,
    #[serde(rename = "kmk127-2026")]
    Kmk127_2026,
}

impl KodeProfil {
    pub const SEMUA: [KodeProfil; 3] = [
        KodeProfil::Kmk467_2014,
        KodeProfil::Kmk300_2022,
        KodeProfil::Kmk127_2026,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            KodeProfil::Kmk467_2014 => "kmk467-2014",
            KodeProfil::Kmk300_2022 => "kmk300-2022",
            KodeProfil::Kmk127_2026 => "kmk127-2026",
        }
    }
    /// The regulation as the officer knows it.
    pub fn label(self) -> &'static str {
        match self {
            KodeProfil::Kmk467_2014 => "KMK 467/KMK.01/2014",
            KodeProfil::Kmk300_2022 => "KMK 300/KMK.01/2022 (SE-17/MK.1/2022)",
            KodeProfil::Kmk127_2026 => "KMK 127/2026",
        }
    }
    pub fn dari_kode(s: &str) -> Option<KodeProfil> {
        KodeProfil::SEMUA.into_iter().find(|k| k.kode() == s)
    }
    /// The profile a year uses unless the office chooses another: KMK 127 from 2026, KMK 300 for 2022-2025,
    /// KMK 467 before.
    pub fn bawaan_tahun(tahun: i32) -> KodeProfil {
        match tahun {
            t if t >= 2026 => KodeProfil::Kmk127_2026,
            t if t >= 2022 => KodeProfil::Kmk300_2022,
            _ => KodeProfil::Kmk467_2014,
        }
    }
}

/// Whether a parameter's value was read in a regulation or is a default the spec marks UNCERTAIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusParameter {
    Terverifikasi,
    /// The spec's default for an UNCERTAIN rule: figures that use it are provisional.
    BawaanSementara,
    /// Set by the office in Pengaturan (confirmed by them from their own copy of the rule).
    DiaturPengguna,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Param<T> {
    pub nilai: T,
    pub status: StatusParameter,
}

impl<T> Param<T> {
    fn pasti(nilai: T) -> Self {
        Param {
            nilai,
            status: StatusParameter::Terverifikasi,
        }
    }
    fn sementara(nilai: T) -> Self {
        Param {
            nilai,
            status: StatusParameter::BawaanSementara,
        }
    }
    pub fn sementara_p(&self) -> bool {
        self.status == StatusParameter::BawaanSementara
    }
}

/// HKT weights (bobot) per type and scope. SE-17's tables were not readable (domain spec §12 #2), so the table
/// ships empty: an HKT without a weight is not computable until the office sets the weight it has confirmed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BobotHkt {
    pub inovasi_unit_kerja: Option<Decimal>,
    pub inovasi_instansi: Option<Decimal>,
    pub inovasi_nasional: Option<Decimal>,
    pub squad_penuh_menteri: Option<Decimal>,
    pub squad_penuh_pptm: Option<Decimal>,
    pub squad_penuh_pptp: Option<Decimal>,
    pub squad_paruh_menteri: Option<Decimal>,
    pub squad_paruh_pptm: Option<Decimal>,
    pub squad_paruh_pptp: Option<Decimal>,
    pub lain_tim_kerja: Option<Decimal>,
    pub lain_unit_kerja: Option<Decimal>,
    pub lain_instansi: Option<Decimal>,
    pub lain_nasional: Option<Decimal>,
}

impl BobotHkt {
    /// Example weights (a guess in the shape of PermenPANRB 8/2021's "kinerja tambahan"), which the demo office
    /// sets as its own values so that it shows HKT figures. Never a default of a real office.
    pub fn contoh() -> BobotHkt {
        BobotHkt {
            inovasi_unit_kerja: Some(dec!(0.05)),
            inovasi_instansi: Some(dec!(0.10)),
            inovasi_nasional: Some(dec!(0.15)),
            squad_penuh_menteri: Some(dec!(0.15)),
            squad_penuh_pptm: Some(dec!(0.10)),
            squad_penuh_pptp: Some(dec!(0.05)),
            squad_paruh_menteri: Some(dec!(0.075)),
            squad_paruh_pptm: Some(dec!(0.05)),
            squad_paruh_pptp: Some(dec!(0.025)),
            lain_tim_kerja: Some(dec!(0.02)),
            lain_unit_kerja: Some(dec!(0.03)),
            lain_instansi: Some(dec!(0.05)),
            lain_nasional: Some(dec!(0.075)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BobotPerspektif {
    pub stakeholder: Decimal,
    pub customer: Decimal,
    pub internal_process: Decimal,
    pub learning_growth: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BobotNpk {
    pub atasan: Decimal,
    pub rekan: Decimal,
    pub bawahan: Decimal,
}

/// Limits on the number of IKU/IKI in one document: (minimum, maximum).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BatasJumlahIku {
    pub pemilik_peta: (u32, u32),
    pub struktural: (u32, u32),
    pub pengawas: (u32, u32),
    pub pelaksana: (u32, u32),
    pub fungsional: (u32, u32),
    pub per_ss: u32,
}

/// Calendar rules of Kontrak Kinerja (day and month; the year is the plan's year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenggatKk {
    pub batas_kk: (u32, u32),
    pub batas_akhir_komplemen: (u32, u32),
    pub batas_addendum: (u32, u32),
    pub batas_addendum_kebijakan: (u32, u32),
    pub hari_kembali_bertugas: u32,
    pub hari_kerja_cpns_komplemen: u32,
    pub hari_addendum_komposisi: u32,
}

impl TenggatKk {
    pub fn tanggal(tahun: i32, (hari, bulan): (u32, u32)) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(tahun, bulan, hari)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParameterProfil {
    pub indeks_min: Param<Decimal>,
    pub indeks_max: Param<Decimal>,
    pub skala_stabilize: Param<Vec<(Decimal, Decimal)>>,
    /// Range targets: upper bound when R is above, lower bound when below.
    pub target_rentang: Param<bool>,
    pub batas_hku: Param<Decimal>,
    pub batas_hkt: Param<Decimal>,
    pub batas_nhk: Param<Decimal>,
    /// NHK has an HKT term (KMK 300: HKU K3 + HKT). KMK 127's NHK awal has none (domain spec §4.3).
    pub hkt_dalam_nhk: Param<bool>,
    /// The Pimpinan UPK (owner of the peta strategi) takes the office NKO, its IKU indices K3-adjusted, as NHK
    /// (domain spec §4.2, §12 #3: the spec's default for an unreadable rule).
    pub nhk_pimpinan_dari_nko: Param<bool>,
    /// HKU K3 weighted by K3 (KMK 127 Tabel 35/36). Under KMK 300 this is the spec's default.
    pub hku_berbobot_k3: Param<bool>,
    pub bobot_hkt: Param<BobotHkt>,
    pub bobot_perspektif: Param<BobotPerspektif>,
    pub bobot_npk_dengan_bawahan: Param<BobotNpk>,
    pub bobot_npk_tanpa_bawahan: Param<BobotNpk>,
    /// Rating bands: Di Atas when value > `rating_di_atas`, Sesuai when >= `rating_sesuai`.
    pub rating_di_atas: Param<Decimal>,
    pub rating_sesuai: Param<Decimal>,
    /// Ratings judge the figure as displayed (2 decimals, half up), so that "100,00" is never Di Atas.
    pub rating_dibulatkan: Param<bool>,
    /// Predikat NKO lower bounds (inclusive): Sangat Baik, Baik, Cukup, Kurang.
    pub predikat_nko: Param<[Decimal; 4]>,
    pub bobot_nkp_nhk: Param<Decimal>,
    pub kalibrasi: Param<Option<Decimal>>,
    pub kalibrasi_faktor: Param<Decimal>,
    pub anchoring_nko: Param<bool>,
    /// A pegawai on tugas belajar has an SKP (IKI: penugasan program pembelajaran, hasil evaluasi akademik,
    /// ketepatan waktu kelulusan) and a predikat (KMK 300/127); under KMK 467 they make no KK.
    pub skp_tugas_belajar: Param<bool>,
    pub pembulatan_antara: Param<bool>,
    pub batas_jumlah: Param<BatasJumlahIku>,
    pub tenggat: Param<TenggatKk>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfilAturan {
    pub kode: KodeProfil,
    pub nama: String,
    pub dasar_hukum: String,
    pub parameter: ParameterProfil,
}

impl ProfilAturan {
    pub fn bawaan(kode: KodeProfil) -> ProfilAturan {
        let p = parameter_bersama();
        match kode {
            KodeProfil::Kmk300_2022 => ProfilAturan {
                kode,
                nama: "KMK 300/KMK.01/2022 + SE-17/MK.1/2022".into(),
                dasar_hukum: "KMK 300/KMK.01/2022 tentang Manajemen Kinerja di Lingkungan Kemenkeu; SE-17/MK.1/2022 (juklak); PermenPANRB 6/2022".into(),
                parameter: p,
            },
            KodeProfil::Kmk127_2026 => ProfilAturan {
                kode,
                nama: "KMK 127/2026".into(),
                dasar_hukum: "KMK 127/2026 tentang Manajemen Kinerja di Lingkungan Kemenkeu (sumber sekunder); PermenPANRB 6/2022".into(),
                parameter: ParameterProfil {
                    batas_hku: Param::sementara(dec!(120)),
                    hkt_dalam_nhk: Param::sementara(false),
                    hku_berbobot_k3: Param::pasti(true),
                    rating_di_atas: Param::pasti(dec!(100)),
                    rating_sesuai: Param::pasti(dec!(90)),
                    // The bands are stated; that 100, 90 and 80 belong to the band above is the spec's default
                    // (domain spec §12 #11).
                    predikat_nko: Param::sementara([dec!(110), dec!(100), dec!(90), dec!(80)]),
                    // KMK 300's HKT cap (15) is not stated for KMK 127, whose NHK awal has no HKT term.
                    batas_hkt: Param::sementara(dec!(15)),
                    bobot_nkp_nhk: Param::pasti(dec!(0.75)),
                    kalibrasi: Param::pasti(Some(dec!(115))),
                    kalibrasi_faktor: Param::sementara(dec!(0.75)),
                    anchoring_nko: Param::pasti(true),
                    skala_stabilize: Param::pasti(skala_bawaan()),
                    // UPK-Three 15 and the non-pimpinan ranges are secondary; JF and the per-SS limit are not
                    // stated for KMK 127 at all (domain spec §7.3).
                    batas_jumlah: Param::sementara(BatasJumlahIku {
                        pemilik_peta: (1, 15),
                        struktural: (3, 8),
                        pengawas: (3, 7),
                        pelaksana: (3, 6),
                        fungsional: (3, 6),
                        per_ss: 3,
                    }),
                    ..p
                },
            },
            KodeProfil::Kmk467_2014 => ProfilAturan {
                kode,
                nama: "KMK 467/KMK.01/2014".into(),
                dasar_hukum: "KMK 467/KMK.01/2014 jo. KMK 556/KMK.01/2015 tentang Pengelolaan Kinerja (Kontrak Kinerja)".into(),
                parameter: ParameterProfil {
                    batas_hku: Param::pasti(dec!(120)),
                    batas_hkt: Param::pasti(dec!(0)),
                    hkt_dalam_nhk: Param::pasti(false),
                    batas_jumlah: Param::pasti(BatasJumlahIku {
                        pemilik_peta: (1, 20),
                        struktural: (1, 10),
                        pengawas: (1, 10),
                        pelaksana: (1, 10),
                        fungsional: (1, 10),
                        per_ss: 3,
                    }),
                    tenggat: Param::pasti(tenggat_467()),
                    skp_tugas_belajar: Param::pasti(false),
                    ..p
                },
            },
        }
    }

    /// The names of parameters still at an unconfirmed default, for the "sementara" badge in Pengaturan.
    pub fn parameter_sementara(&self) -> Vec<&'static str> {
        let p = &self.parameter;
        let daftar: [(&'static str, bool); 26] = [
            ("indeks_min", p.indeks_min.sementara_p()),
            ("indeks_max", p.indeks_max.sementara_p()),
            ("skala_stabilize", p.skala_stabilize.sementara_p()),
            ("target_rentang", p.target_rentang.sementara_p()),
            ("batas_hku", p.batas_hku.sementara_p()),
            ("batas_hkt", p.batas_hkt.sementara_p()),
            ("batas_nhk", p.batas_nhk.sementara_p()),
            ("hkt_dalam_nhk", p.hkt_dalam_nhk.sementara_p()),
            (
                "nhk_pimpinan_dari_nko",
                p.nhk_pimpinan_dari_nko.sementara_p(),
            ),
            ("hku_berbobot_k3", p.hku_berbobot_k3.sementara_p()),
            ("bobot_hkt", p.bobot_hkt.sementara_p()),
            ("bobot_perspektif", p.bobot_perspektif.sementara_p()),
            (
                "bobot_npk_dengan_bawahan",
                p.bobot_npk_dengan_bawahan.sementara_p(),
            ),
            (
                "bobot_npk_tanpa_bawahan",
                p.bobot_npk_tanpa_bawahan.sementara_p(),
            ),
            ("rating_di_atas", p.rating_di_atas.sementara_p()),
            ("rating_sesuai", p.rating_sesuai.sementara_p()),
            ("rating_dibulatkan", p.rating_dibulatkan.sementara_p()),
            ("predikat_nko", p.predikat_nko.sementara_p()),
            ("bobot_nkp_nhk", p.bobot_nkp_nhk.sementara_p()),
            ("kalibrasi", p.kalibrasi.sementara_p()),
            ("kalibrasi_faktor", p.kalibrasi_faktor.sementara_p()),
            ("anchoring_nko", p.anchoring_nko.sementara_p()),
            ("skp_tugas_belajar", p.skp_tugas_belajar.sementara_p()),
            ("pembulatan_antara", p.pembulatan_antara.sementara_p()),
            ("batas_jumlah", p.batas_jumlah.sementara_p()),
            ("tenggat", p.tenggat.sementara_p()),
        ];
        daftar
            .into_iter()
            .filter(|(_, s)| *s)
            .map(|(n, _)| n)
            .collect()
    }
}

fn skala_bawaan() -> Vec<(Decimal, Decimal)> {
    vec![
        (dec!(0), dec!(0)),
        (dec!(90), dec!(100)),
        (dec!(100), dec!(120)),
    ]
}

fn tenggat_467() -> TenggatKk {
    TenggatKk {
        batas_kk: (31, 1),
        batas_akhir_komplemen: (18, 10),
        batas_addendum: (20, 7),
        batas_addendum_kebijakan: (18, 10),
        hari_kembali_bertugas: 15,
        hari_kerja_cpns_komplemen: 15,
        hari_addendum_komposisi: 15,
    }
}

/// KMK 300 values; KMK 127 and KMK 467 override what differs. Status follows shared/domain.md.
fn parameter_bersama() -> ParameterProfil {
    ParameterProfil {
        indeks_min: Param::sementara(dec!(0)),
        indeks_max: Param::pasti(dec!(120)),
        skala_stabilize: Param::sementara(skala_bawaan()),
        target_rentang: Param::sementara(true),
        batas_hku: Param::pasti(dec!(105)),
        batas_hkt: Param::pasti(dec!(15)),
        batas_nhk: Param::pasti(dec!(120)),
        hkt_dalam_nhk: Param::pasti(true),
        nhk_pimpinan_dari_nko: Param::sementara(true),
        hku_berbobot_k3: Param::sementara(true),
        bobot_hkt: Param::sementara(BobotHkt::default()),
        bobot_perspektif: Param::sementara(BobotPerspektif {
            stakeholder: dec!(30),
            customer: dec!(25),
            internal_process: dec!(25),
            learning_growth: dec!(20),
        }),
        bobot_npk_dengan_bawahan: Param::sementara(BobotNpk {
            atasan: dec!(60),
            rekan: dec!(15),
            bawahan: dec!(25),
        }),
        bobot_npk_tanpa_bawahan: Param::sementara(BobotNpk {
            atasan: dec!(60),
            rekan: dec!(40),
            bawahan: dec!(0),
        }),
        rating_di_atas: Param::sementara(dec!(100)),
        rating_sesuai: Param::sementara(dec!(90)),
        rating_dibulatkan: Param::sementara(true),
        predikat_nko: Param::sementara([dec!(110), dec!(100), dec!(90), dec!(80)]),
        bobot_nkp_nhk: Param::sementara(dec!(0.75)),
        kalibrasi: Param::pasti(None),
        kalibrasi_faktor: Param::sementara(dec!(0.75)),
        anchoring_nko: Param::pasti(false),
        skp_tugas_belajar: Param::pasti(true),
        pembulatan_antara: Param::sementara(false),
        batas_jumlah: Param::sementara(BatasJumlahIku {
            pemilik_peta: (1, 15),
            struktural: (3, 8),
            pengawas: (3, 7),
            pelaksana: (3, 6),
            fungsional: (3, 6),
            per_ss: 3,
        }),
        tenggat: Param::sementara(tenggat_467()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profil_bawaan_per_tahun() {
        for (tahun, want) in [
            (2014, KodeProfil::Kmk467_2014),
            (2021, KodeProfil::Kmk467_2014),
            (2022, KodeProfil::Kmk300_2022),
            (2025, KodeProfil::Kmk300_2022),
            (2026, KodeProfil::Kmk127_2026),
            (2030, KodeProfil::Kmk127_2026),
        ] {
            assert_eq!(KodeProfil::bawaan_tahun(tahun), want, "{tahun}");
        }
    }

    #[test]
    fn kode_bolak_balik() {
        for k in KodeProfil::SEMUA {
            assert_eq!(KodeProfil::dari_kode(k.kode()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.kode())
            );
        }
        assert_eq!(KodeProfil::dari_kode("kmk999"), None);
    }

    #[test]
    fn parameter_sementara_tercatat() {
        let p300 = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
        let s = p300.parameter_sementara();
        assert!(s.contains(&"bobot_hkt") && s.contains(&"bobot_perspektif"));
        assert!(
            !s.contains(&"batas_hku"),
            "HKU 105 is verified under KMK 300"
        );
        let p127 = ProfilAturan::bawaan(KodeProfil::Kmk127_2026);
        assert!(!p127.parameter_sementara().contains(&"bobot_nkp_nhk"));
        // What the spec does not state for KMK 127 is provisional there (JF and per-SS limits, the HKT cap, which
        // band 100/90/80 belong to, whether the NHK has an HKT term).
        for nama in [
            "batas_jumlah",
            "batas_hkt",
            "predikat_nko",
            "hkt_dalam_nhk",
            "bobot_hkt",
        ] {
            assert!(p127.parameter_sementara().contains(&nama), "{nama}");
        }
        assert!(p300.parameter_sementara().contains(&"rating_dibulatkan"));
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UbahanError {
    #[error("parameter \"{0}\" tidak dikenal")]
    TidakDikenal(String),
    #[error("nilai parameter \"{nama}\" tidak sah: {pesan}")]
    NilaiTidakSah { nama: String, pesan: String },
}

impl ProfilAturan {
    /// Sets one parameter from its JSON value (as shown by `parameter_json`); it becomes `DiaturPengguna`,
    /// so figures using it are no longer provisional on its account.
    pub fn ubah_parameter(
        &mut self,
        nama: &str,
        nilai: serde_json::Value,
    ) -> Result<(), UbahanError> {
        let mut semua =
            serde_json::to_value(&self.parameter).map_err(|e| UbahanError::NilaiTidakSah {
                nama: nama.into(),
                pesan: e.to_string(),
            })?;
        let slot = semua
            .get_mut(nama)
            .ok_or_else(|| UbahanError::TidakDikenal(nama.into()))?;
        *slot = serde_json::json!({ "nilai": nilai, "status": "diatur_pengguna" });
        self.parameter = serde_json::from_value(semua).map_err(|e| UbahanError::NilaiTidakSah {
            nama: nama.into(),
            pesan: e.to_string(),
        })?;
        Ok(())
    }

    /// Every parameter as (name, JSON value, status), for Pengaturan and `kinerja profil`.
    pub fn parameter_json(&self) -> Vec<(String, serde_json::Value, StatusParameter)> {
        let v = serde_json::to_value(&self.parameter).unwrap_or_default();
        let mut out = Vec::new();
        if let serde_json::Value::Object(m) = v {
            for (k, p) in m {
                let status = serde_json::from_value(p["status"].clone())
                    .unwrap_or(StatusParameter::BawaanSementara);
                out.push((k, p["nilai"].clone(), status));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests_ubahan {
    use super::*;

    #[test]
    fn ubah_parameter_menjadi_diatur_pengguna() {
        let mut p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
        assert!(p.parameter_sementara().contains(&"bobot_perspektif"));
        p.ubah_parameter("bobot_perspektif", serde_json::json!({"stakeholder": "40", "customer": "20", "internal_process": "20", "learning_growth": "20"})).unwrap();
        assert_eq!(p.parameter.bobot_perspektif.nilai.stakeholder, dec!(40));
        assert_eq!(
            p.parameter.bobot_perspektif.status,
            StatusParameter::DiaturPengguna
        );
        assert!(!p.parameter_sementara().contains(&"bobot_perspektif"));
        assert_eq!(
            p.ubah_parameter("tidak_ada", serde_json::json!(1)),
            Err(UbahanError::TidakDikenal("tidak_ada".into()))
        );
        assert!(matches!(
            p.ubah_parameter("batas_hku", serde_json::json!("bukan angka")),
            Err(UbahanError::NilaiTidakSah { .. })
        ));
        assert_eq!(
            p.parameter.batas_hku.nilai,
            dec!(105),
            "a refused change leaves the profile as it was"
        );
        let names: Vec<String> = p.parameter_json().into_iter().map(|(n, _, _)| n).collect();
        assert_eq!(names.len(), 26);
    }
}
