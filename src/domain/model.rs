//! Domain vocabulary shared by the rules: polarisasi, konsolidasi, validitas, kendali, jenis and aspek of an IKI.
use serde::{Deserialize, Serialize};

macro_rules! kosakata {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal / $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $var),+ }
        impl $name {
            pub const SEMUA: &'static [$name] = &[$($name::$var),+];
            /// The stable code used in the database, files and JSON.
            pub fn kode(self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// The label shown to the user.
            pub fn label(self) -> &'static str { match self { $($name::$var => $label),+ } }
            pub fn dari_kode(s: &str) -> Option<$name> { Self::SEMUA.iter().copied().find(|v| v.kode() == s) }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.label()) }
        }
    };
}

kosakata!(Polarisasi { Maximize = "maximize" / "Maximize", Minimize = "minimize" / "Minimize", Stabilize = "stabilize" / "Stabilize" });
kosakata!(Konsolidasi { Sum = "sum" / "Sum", Average = "average" / "Average", TakeLastKnown = "take_last_known" / "Take Last Known" });
kosakata!(
    /// For take-last-known IKUs: cumulative progress (penyerapan DIPA) or the same target each period (layanan tepat waktu).
    SifatTlk { Progress = "progress" / "Progress", Akumulasi = "akumulasi" / "Akumulasi" }
);
kosakata!(Validitas { Exact = "exact" / "Exact", Proxy = "proxy" / "Proxy", Activity = "activity" / "Activity" });
kosakata!(Kendali { Low = "low" / "Low", Moderate = "moderate" / "Moderate", High = "high" / "High" });
kosakata!(JenisIki { Utama = "utama" / "Utama", Tambahan = "tambahan" / "Tambahan", Mandatory = "mandatory" / "Mandatory" });
kosakata!(Aspek { Kuantitas = "kuantitas" / "Kuantitas", Kualitas = "kualitas" / "Kualitas", Waktu = "waktu" / "Waktu", Biaya = "biaya" / "Biaya" });
kosakata!(Perspektif {
    Stakeholder = "stakeholder" / "Stakeholder",
    Customer = "customer" / "Customer",
    InternalProcess = "internal_process" / "Internal Process",
    LearningGrowth = "learning_growth" / "Learning and Growth",
});
kosakata!(
    /// Category of an IKI for the bobot kualitas target (K3).
    KategoriIki { Lama = "lama" / "IKI lama", BaruTanpaHistoris = "baru_tanpa_historis" / "IKI baru tanpa data historis", BaruDenganHistoris = "baru_dengan_historis" / "IKI baru dengan data historis" }
);
kosakata!(Rating { DiAtas = "di_atas" / "Di Atas Ekspektasi", Sesuai = "sesuai" / "Sesuai Ekspektasi", DiBawah = "di_bawah" / "Di Bawah Ekspektasi" });
kosakata!(Predikat {
    SangatBaik = "Sangat Baik" / "Sangat Baik",
    Baik = "Baik" / "Baik",
    ButuhPerbaikan = "Butuh Perbaikan" / "Butuh Perbaikan",
    Kurang = "Kurang" / "Kurang",
    SangatKurang = "Sangat Kurang" / "Sangat Kurang",
});
kosakata!(PredikatNko { SangatBaik = "Sangat Baik" / "Sangat Baik", Baik = "Baik" / "Baik", Cukup = "Cukup" / "Cukup", Kurang = "Kurang" / "Kurang", Buruk = "Buruk" / "Buruk" });
kosakata!(StatusPegawai {
    Aktif = "aktif" / "Aktif",
    Cpns = "cpns" / "CPNS",
    Mutasi = "mutasi" / "Mutasi masuk / promosi / reorganisasi",
    KembaliBertugas = "kembali_bertugas" / "Kembali bertugas",
    TugasBelajar = "tugas_belajar" / "Tugas belajar",
    Harian = "harian" / "Pegawai harian",
    Cltn = "cltn" / "CLTN",
});
kosakata!(
    /// Why a pegawai returned to work this year (status kembali bertugas): from leave, or from tugas belajar,
    /// diperbantukan or dipekerjakan during the year (seed 004).
    AsalKembali {
        Cuti = "cuti" / "Cuti (sakit, bersalin, besar, CLTN)",
        Penugasan = "penugasan" / "Tugas belajar / diperbantukan / dipekerjakan pada tahun berjalan",
    }
);
kosakata!(JenisJabatan { Struktural = "struktural" / "Struktural", Pelaksana = "pelaksana" / "Pelaksana", Fungsional = "fungsional" / "Fungsional" });
kosakata!(
    /// The level of a position for IKI count limits.
    TingkatJabatan {
        PemilikPeta = "pemilik_peta" / "Pimpinan UPK (pemilik peta strategi)",
        Administrator = "administrator" / "Administrator",
        Pengawas = "pengawas" / "Pengawas",
        Pelaksana = "pelaksana" / "Pelaksana",
        Fungsional = "fungsional" / "Fungsional",
    }
);
kosakata!(TahapDki { Perencanaan = "perencanaan" / "Perencanaan", Pelaksanaan = "pelaksanaan" / "Pelaksanaan", Evaluasi = "evaluasi" / "Evaluasi", TindakLanjut = "tindak_lanjut" / "Tindak lanjut" });
kosakata!(JenisPembinaan { UmpanBalik = "umpan_balik" / "Umpan balik", Coaching = "coaching" / "Coaching", Mentoring = "mentoring" / "Mentoring", PelatihanFormal = "pelatihan_formal" / "Pelatihan formal", PelatihanInformal = "pelatihan_informal" / "Pelatihan informal", Konseling = "konseling" / "Konseling kinerja" });
kosakata!(SifatPembinaan { Personal = "personal" / "Personal", Kelompok = "kelompok" / "Kelompok" });
kosakata!(StatusPembinaan { Rencana = "rencana" / "Rencana", Berjalan = "berjalan" / "Berjalan", Selesai = "selesai" / "Selesai" });
kosakata!(Rekomendasi { Terima = "terima" / "Terima", TerimaSebagian = "terima_sebagian" / "Terima sebagian", Tolak = "tolak" / "Tolak" });
kosakata!(StatusAksi { Belum = "belum" / "Belum dimulai", Proses = "proses" / "Dalam proses", Selesai = "selesai" / "Selesai", Batal = "batal" / "Dibatalkan" });
kosakata!(StatusTonggak { Belum = "belum" / "Belum dimulai", Berjalan = "berjalan" / "Berjalan", Selesai = "selesai" / "Selesai", Terlambat = "terlambat" / "Terlambat" });
kosakata!(StatusMitigasi { Belum = "belum" / "Belum dilaksanakan", Proses = "proses" / "Dalam proses", Selesai = "selesai" / "Selesai" });
kosakata!(JenisPemanfaatan { Penghargaan = "penghargaan" / "Penghargaan", Sanksi = "sanksi" / "Sanksi" });
kosakata!(
    /// Seed 003 (KMK 300): penghargaan as priority for the succession pool or for competency development, and sanksi
    /// as the laws and regulations provide; teguran and pengalihan penugasan are KMK 127's consequences of not meeting
    /// the SKP's expectations (shared spec §9, secondary source).
    BentukPemanfaatan {
        Suksesi = "suksesi" / "Prioritas kelompok rencana suksesi",
        Kompetensi = "kompetensi" / "Prioritas pengembangan kompetensi",
        PenghargaanLain = "penghargaan_lain" / "Penghargaan lain",
        Teguran = "teguran" / "Teguran",
        Pengalihan = "pengalihan" / "Pengalihan penugasan",
        SanksiLain = "sanksi_lain" / "Sanksi lain sesuai peraturan perundang-undangan",
    }
);
impl BentukPemanfaatan {
    pub fn jenis(self) -> JenisPemanfaatan {
        use BentukPemanfaatan::*;
        match self {
            Suksesi | Kompetensi | PenghargaanLain => JenisPemanfaatan::Penghargaan,
            Teguran | Pengalihan | SanksiLain => JenisPemanfaatan::Sanksi,
        }
    }
}
kosakata!(SifatDki { Periodik = "periodik" / "Periodik", Insidental = "insidental" / "Insidental" });
kosakata!(JenisHkt { Inovasi = "inovasi" / "Inovasi", SquadTeam = "squad_team" / "Squad team", PenugasanLain = "penugasan_lain" / "Penugasan lain" });
kosakata!(Lingkup { TimKerja = "tim_kerja" / "Tim kerja", UnitKerja = "unit_kerja" / "Unit kerja", Instansi = "instansi" / "Instansi", Nasional = "nasional" / "Nasional" });
kosakata!(
    /// Whose performance a squad team serves: Menteri/Wamen, PPTM (eselon I) or PPTP (eselon II).
    PemilikKinerja { Menteri = "menteri" / "Menteri/Wakil Menteri", Pptm = "pptm" / "PPTM", Pptp = "pptp" / "PPTP" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kode_unik_dan_bolak_balik() {
        fn cek<T: Copy + PartialEq + std::fmt::Debug>(
            semua: &[T],
            kode: fn(T) -> &'static str,
            dari: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &v in semua {
                assert!(seen.insert(kode(v)), "duplicate code {}", kode(v));
                assert_eq!(dari(kode(v)), Some(v));
            }
        }
        cek(Polarisasi::SEMUA, Polarisasi::kode, Polarisasi::dari_kode);
        cek(
            Konsolidasi::SEMUA,
            Konsolidasi::kode,
            Konsolidasi::dari_kode,
        );
        cek(
            StatusPegawai::SEMUA,
            StatusPegawai::kode,
            StatusPegawai::dari_kode,
        );
        cek(Predikat::SEMUA, Predikat::kode, Predikat::dari_kode);
        assert_eq!(
            serde_json::to_string(&Konsolidasi::TakeLastKnown).unwrap(),
            "\"take_last_known\""
        );
    }
}

/// Pangkat and golongan ruang of civil servants, in order (the form's list, the demo's ranks).
pub const GOLONGAN: [(&str, &str); 17] = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
];

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// One IKU/IKI of a pegawai's SKP with the manual fields the rules need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Iki {
    pub kode: String,
    pub nama: String,
    pub kode_ss: Option<String>,
    pub perspektif: Option<Perspektif>,
    pub jenis: JenisIki,
    pub aspek: Option<Aspek>,
    pub kategori: KategoriIki,
    pub polarisasi: Option<Polarisasi>,
    pub konsolidasi: Option<Konsolidasi>,
    /// For take-last-known: cumulative progress or the same target each period.
    pub sifat_tlk: Option<SifatTlk>,
    pub validitas: Option<Validitas>,
    pub kendali: Option<Kendali>,
    pub konversi_120: bool,
    pub r_worst: Option<Decimal>,
    pub target_triwulan: [Option<Decimal>; 4],
    pub realisasi_triwulan: [Option<Decimal>; 4],
    pub target_tahunan: Option<Decimal>,
    pub target_y1: Option<Decimal>,
    pub realisasi_y1: Option<Decimal>,
    /// KK komplemen: the predecessor's realisasi at hand-over of a take-last-known progress IKU; the newcomer's
    /// realisasi counts from it (seed 004).
    #[serde(default)]
    pub realisasi_serah_terima: Option<Decimal>,
}

/// One HKT (hasil kerja tambahan) of a pegawai.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HktPegawai {
    pub judul: String,
    pub jenis: JenisHkt,
    pub lingkup: Option<Lingkup>,
    pub penuh_waktu: bool,
    pub pemilik_kinerja: Option<PemilikKinerja>,
    pub nomor_sk: Option<String>,
    /// Inovasi: passed the Eselon I selection for KIKK or listed in the Katalog Inovasi.
    pub lolos_seleksi: bool,
    /// Inovasi: submitted to and approved by the unit's Pengelola Inovasi (seed 000).
    #[serde(default)]
    pub disetujui_pengelola: bool,
    /// The HKT IKI's own polarisasi (seed 001); maximize when not set.
    #[serde(default)]
    pub polarisasi: Option<Polarisasi>,
    pub tanggal_implementasi: Option<NaiveDate>,
    /// Years in which this inovasi was already scored as HKT.
    pub tahun_dinilai: Vec<i32>,
    pub target: Option<Decimal>,
    pub realisasi: Option<Decimal>,
}

/// What the rules need about one pegawai's year: who, where, and the SKP content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkpPegawai {
    pub nip: String,
    pub nama: String,
    pub tingkat: TingkatJabatan,
    pub status: StatusPegawai,
    pub tanggal_mulai: NaiveDate,
    pub punya_atasan: bool,
    pub kk_ditandatangani: Option<NaiveDate>,
    pub iki: Vec<Iki>,
    pub hkt: Vec<HktPegawai>,
    /// Dates of the pegawai's dialog kinerja individu in the year.
    #[serde(default)]
    pub dialog_kinerja: Vec<NaiveDate>,
    /// Status kembali bertugas: why they returned (decides KK or komplemen and its deadline).
    #[serde(default)]
    pub kembali_dari: Option<AsalKembali>,
}
