//! Findings (temuan): rule outcomes as data with stable codes; the catalogue is documented in docs/temuan.md.
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tingkat {
    /// Blocks printing the Kontrak Kinerja.
    Error,
    Peringatan,
    Info,
}

impl Tingkat {
    pub fn kode(self) -> &'static str {
        match self {
            Tingkat::Error => "error",
            Tingkat::Peringatan => "peringatan",
            Tingkat::Info => "info",
        }
    }
}

macro_rules! katalog {
    ($($var:ident = $kode:literal, $tingkat:ident, $judul:literal;)+) => {
        /// Every finding code. Codes are stable: never renumber, only add.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum KodeTemuan { $($var),+ }
        impl KodeTemuan {
            pub const SEMUA: &'static [KodeTemuan] = &[$(KodeTemuan::$var),+];
            pub fn kode(self) -> &'static str { match self { $(KodeTemuan::$var => $kode),+ } }
            pub fn tingkat(self) -> Tingkat { match self { $(KodeTemuan::$var => Tingkat::$tingkat),+ } }
            pub fn judul(self) -> &'static str { match self { $(KodeTemuan::$var => $judul),+ } }
        }
    };
}

katalog! {
    JumlahIkiMelebihi = "IKU-001", Error, "Jumlah IKU/IKI melebihi batas untuk tingkat jabatan";
    JumlahIkiKurang = "IKU-002", Peringatan, "Jumlah IKU/IKI kurang dari batas minimum";
    KombinasiKualitasTerlarang = "IKU-003", Error, "Kombinasi validitas dan tingkat kendali tidak diperkenankan";
    SsHanyaActivity = "IKU-004", Error, "Sasaran strategis hanya diukur dengan IKU activity";
    IkuPerSsMelebihi = "IKU-005", Error, "Jumlah IKU pada satu sasaran strategis melebihi batas";
    ManualBelumLengkap = "IKU-006", Error, "Manual IKU belum lengkap (polarisasi, konsolidasi, validitas, kendali)";
    TargetMaximizeNol = "IKU-007", Error, "IKU maximize dengan target 0 tidak dapat dihitung";
    MinimizeTanpaRWorst = "IKU-008", Error, "IKU minimize dengan target 0 tanpa R_worst";
    TrajectoryKosong = "IKU-009", Error, "Trajectory triwulan belum diisi";
    DataY1Kosong = "IKU-010", Peringatan, "Target/realisasi Y-1 kosong: K3 tidak dapat dihitung";
    TargetTahunanTidakKonsisten = "IKU-011", Peringatan, "Target tahunan tidak sama dengan konsolidasi trajectory";
    KodeIkiGanda = "IKU-012", Error, "Kode IKU/IKI ganda dalam satu SKP";
    TargetCascadingPenuhBeda = "IKU-013", Peringatan, "Target IKU fully cascading berbeda dengan target IKU induk";
    JumlahCascadingSebagianBeda = "IKU-014", Peringatan, "Jumlah target IKU partially cascading tidak sama dengan target IKU induk";
    JumlahIkiMelebihiSementara = "IKU-015", Peringatan, "Jumlah IKU/IKI melebihi batas yang belum dikonfirmasi untuk tingkat jabatan";
    ActivityHighPemilikPeta = "IKU-016", Error, "Pemilik peta strategi tidak boleh memakai IKU activity – high";
    AspekKosong = "IKU-017", Peringatan, "Jenis aspek IKI (kuantitas, kualitas, waktu, biaya) belum diisi";
    TargetTriwulanJanggal = "IKU-018", Peringatan, "Target triwulan jauh di luar target tahunan (kemungkinan salah ketik)";
    RealisasiJanggal = "IKU-019", Peringatan, "Realisasi berlipat-lipat dari targetnya (kemungkinan salah ketik)";
    HktTanpaSk = "HKT-001", Error, "HKT tanpa surat keputusan / surat penugasan";
    InovasiBelumTerseleksi = "HKT-002", Error, "Inovasi belum lolos seleksi Eselon I atau belum di Katalog Inovasi";
    InovasiKedaluwarsa = "HKT-003", Error, "Inovasi diimplementasikan lebih dari satu tahun sebelum evaluasi";
    InovasiDinilaiUlang = "HKT-004", Error, "Inovasi sudah dinilai sebagai HKT pada tahun sebelumnya";
    TargetInovasiBukan100 = "HKT-005", Error, "Target IKI HKT inovasi harus 100%";
    InovasiGandaPerLingkup = "HKT-006", Error, "Lebih dari satu inovasi pada lingkup yang sama";
    SquadPenuhGanda = "HKT-007", Error, "Lebih dari satu penugasan squad team penuh waktu";
    LingkupHktKosong = "HKT-008", Error, "Lingkup atau pemilik kinerja HKT belum diisi";
    InovasiBelumDisetujui = "HKT-009", Error, "Inovasi belum disetujui Pengelola Inovasi Unit";
    TanggalInovasiKosong = "HKT-010", Error, "Tanggal implementasi inovasi belum diisi";
    DkiTriwulanKosong = "DKI-001", Peringatan, "Belum ada dialog kinerja individu dalam triwulan yang sudah berakhir";
    DkoTriwulanKosong = "DKO-001", Peringatan, "Belum ada Dialog Kinerja Organisasi tentang triwulan yang berakhir lebih dari sebulan lalu";
    TonggakTerlambat = "IS-001", Peringatan, "Tonggak inisiatif strategis triwulan yang sudah berakhir belum selesai";
    MitigasiTerlambat = "RSK-001", Peringatan, "Rencana mitigasi risiko melewati batas waktunya dan belum selesai";
    RisikoTanpaPantauan = "RSK-002", Info, "Risiko belum dipantau pada triwulan yang sudah berakhir";
    TidakWajibKk = "KK-001", Info, "Pegawai tidak membuat Kontrak Kinerja tahun ini";
    BatasKkTerlewati = "KK-002", Error, "Batas waktu penetapan Kontrak Kinerja terlewati";
    BatasKkDekat = "KK-003", Peringatan, "Batas waktu penetapan Kontrak Kinerja kurang dari 7 hari";
    SkpTanpaIki = "KK-004", Error, "SKP belum memiliki IKI";
    TanpaAtasan = "KK-005", Error, "Atasan langsung (pejabat penilai) belum diisi";
    AddendumLewatBatas = "KK-006", Error, "Addendum diajukan setelah batas waktunya";
    KkDitandatanganiTerlambat = "KK-007", Peringatan, "Kontrak Kinerja ditandatangani setelah batas waktunya";
    AddendumKomposisiBukanPelaksana = "KK-009", Error, "Addendum karena perubahan komposisi pegawai hanya untuk pelaksana atau fungsional";
    AddendumWajib = "KK-010", Peringatan, "Capaian semester I telah mencapai target tahunan: addendum dengan kenaikan target wajib";
    PltAwalTahun = "KK-011", Info, "Merangkap Plt sejak awal tahun: wajib menandatangani KK pada jabatan yang dirangkap";
    PaguDipaKosong = "KK-008", Peringatan, "Pagu DIPA tahun ini belum dicatat untuk IKI beraspek biaya";
    BobotPerspektifTidak100 = "NKO-001", Error, "Bobot perspektif tidak berjumlah 100%";
    DistribusiPredikat = "NKO-002", Peringatan, "Sebaran predikat pegawai tidak sesuai predikat organisasi";
    NilaiSementara = "NIL-001", Info, "Nilai memakai parameter aturan yang belum dikonfirmasi (sementara)";
}

impl serde::Serialize for KodeTemuan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.kode())
    }
}

impl std::fmt::Display for KodeTemuan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.kode())
    }
}

/// The domain's tests read a code as people write it (`t.kode == "KK-002"`); rules match the enum, so this exists
/// for tests only.
#[cfg(test)]
impl PartialEq<&str> for KodeTemuan {
    fn eq(&self, other: &&str) -> bool {
        self.kode() == *other
    }
}

impl KodeTemuan {
    /// An HKT rule: HKT is assigned and scored during the year and is not printed in the KK.
    pub fn tentang_hkt(self) -> bool {
        self.kode().starts_with("HKT-")
    }
    /// Blocks printing a Kontrak Kinerja: errors, except deadlines (a late KK or addendum must still be printable)
    /// and HKT rules (they are for the evaluation, not a reason to hold the contract back).
    pub fn menghalangi_cetak(self) -> bool {
        self.tingkat() == Tingkat::Error
            && !matches!(
                self,
                KodeTemuan::BatasKkTerlewati | KodeTemuan::AddendumLewatBatas
            )
            && !self.tentang_hkt()
    }
}

/// Who or what a finding is about: a pegawai (NIP), an IKU/IKI code, or another subject.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Subjek {
    pub nip: Option<String>,
    pub kode_iku: Option<String>,
    pub lain: Option<String>,
}

impl Subjek {
    pub fn pegawai(nip: &str) -> Self {
        Subjek {
            nip: Some(nip.into()),
            ..Default::default()
        }
    }
    pub fn iki(nip: &str, kode: &str) -> Self {
        Subjek {
            nip: Some(nip.into()),
            kode_iku: Some(kode.into()),
            lain: None,
        }
    }
    pub fn lain(s: &str) -> Self {
        Subjek {
            lain: Some(s.into()),
            ..Default::default()
        }
    }
    pub fn teks(&self) -> String {
        [
            self.nip.as_deref(),
            self.kode_iku.as_deref(),
            self.lain.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Temuan {
    /// The finding's kind: the rules that act on it match this enum; people and `--json` see its code ("KK-002").
    pub kode: KodeTemuan,
    pub tingkat: Tingkat,
    pub subjek: Subjek,
    pub pesan: String,
}

impl Temuan {
    pub fn baru(kode: KodeTemuan, subjek: Subjek, pesan: impl Into<String>) -> Temuan {
        Temuan {
            kode,
            tingkat: kode.tingkat(),
            subjek,
            pesan: pesan.into(),
        }
    }
}
