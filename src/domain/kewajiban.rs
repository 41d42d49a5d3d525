//! Who must make a Kontrak Kinerja (or only an SKP) in a year, and by when (KMK 467, seed 004).
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::kalender::KalenderLibur;
use super::model::StatusPegawai;
use super::penjelasan::Penjelasan;
use super::profil::{ProfilAturan, TenggatKk};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisKk {
    /// The yearly KK (or a new CPNS's first KK).
    Awal,
    /// A new holder mid-year: mutasi/promosi, reorganisasi, return from secondment or study.
    Komplemen,
    /// No KK: tugas belajar, harian, CLTN, or starting after the cut-off (continues the predecessor's KK).
    TidakAda,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KewajibanKk {
    pub wajib_kk: bool,
    pub wajib_skp: bool,
    pub jenis: JenisKk,
    pub batas: Option<NaiveDate>,
    pub penjelasan: Penjelasan,
}

const SUMBER: &str = "KMK 467/KMK.01/2014, Ketentuan Umum Penetapan KK dan KK Komplemen";

pub fn kewajiban_kk(
    profil: &ProfilAturan,
    tahun: i32,
    status: StatusPegawai,
    mulai: NaiveDate,
    kalender: &KalenderLibur,
) -> KewajibanKk {
    kewajiban_kk_kembali(profil, tahun, status, mulai, None, kalender)
}

/// A pegawai's obligation from their SKP record (status, start date, why they returned).
pub fn kewajiban_kk_pegawai(
    profil: &ProfilAturan,
    tahun: i32,
    skp: &super::model::SkpPegawai,
    kalender: &KalenderLibur,
) -> KewajibanKk {
    kewajiban_kk_kembali(
        profil,
        tahun,
        skp.status,
        skp.tanggal_mulai,
        skp.kembali_dari,
        kalender,
    )
}

/// Seed 004 separates two returns: back from leave (cuti, also a TB that began in an earlier year) makes a KK
/// within 15 days; back during the year from tugas belajar, diperbantukan or dipekerjakan makes a KK komplemen
/// within 15 working days. Not said (None): the 15 days of the first.
pub fn kewajiban_kk_kembali(
    profil: &ProfilAturan,
    tahun: i32,
    status: StatusPegawai,
    mulai: NaiveDate,
    kembali: Option<super::model::AsalKembali>,
    kalender: &KalenderLibur,
) -> KewajibanKk {
    let t = &profil.parameter.tenggat;
    let mut pj = Penjelasan::baru("Kewajiban Kontrak Kinerja", profil.kode, "", SUMBER)
        .masukan("Tahun", tahun)
        .masukan("Status", status.label())
        .masukan("Mulai bertugas", mulai);
    if t.sementara_p() {
        pj.sementara_karena(
            "Tenggat KK mengikuti KMK 467/2014; belum dikonfirmasi untuk profil ini.",
        );
    }
    let tidak = |mut pj: Penjelasan, skp: bool, alasan: &str| {
        pj.rumus = alasan.into();
        KewajibanKk {
            wajib_kk: false,
            wajib_skp: skp,
            jenis: JenisKk::TidakAda,
            batas: None,
            penjelasan: pj,
        }
    };
    match status {
        StatusPegawai::TugasBelajar if !profil.parameter.skp_tugas_belajar.nilai => {
            return tidak(pj, false, "Pegawai tugas belajar tidak membuat KK.");
        }
        StatusPegawai::TugasBelajar => {
            pj.catat(
                "Pegawai tugas belajar menyusun SKP dengan IKI tugas belajar: penugasan program pembelajaran, hasil evaluasi akademik (IP/IPK), ketepatan waktu kelulusan.",
            );
        }
        StatusPegawai::Harian => return tidak(pj, false, "Pegawai harian tidak membuat KK."),
        StatusPegawai::Cltn => {
            return tidak(pj, false, "Pegawai yang menjalani CLTN tidak membuat KK.");
        }
        _ => {}
    }
    let awal_tahun = NaiveDate::from_ymd_opt(tahun, 1, 1);
    let batas_kk = TenggatKk::tanggal(tahun, t.nilai.batas_kk);
    if awal_tahun.is_some_and(|a| mulai <= a) || mulai.year() < tahun {
        pj.rumus = "Ditetapkan paling lambat 31 Januari.".into();
        return KewajibanKk {
            wajib_kk: true,
            wajib_skp: true,
            jenis: JenisKk::Awal,
            batas: batas_kk,
            penjelasan: pj,
        };
    }
    if TenggatKk::tanggal(tahun, t.nilai.batas_akhir_komplemen).is_some_and(|c| mulai > c) {
        return tidak(
            pj,
            true,
            "Mulai bertugas setelah 18 Oktober: meneruskan KK pejabat/pegawai sebelumnya dan hanya membuat SKP.",
        );
    }
    let (jenis, batas, rumus) = match status {
        StatusPegawai::Cpns => (
            JenisKk::Awal,
            kalender.tambah_hari_kerja(mulai, t.nilai.hari_kerja_cpns_komplemen),
            "CPNS: paling lambat 15 hari kerja sejak SK pengangkatan diterima.",
        ),
        StatusPegawai::Mutasi => (
            JenisKk::Komplemen,
            kalender.tambah_hari_kerja(mulai, t.nilai.hari_kerja_cpns_komplemen),
            "KK komplemen (mutasi/promosi, atau reorganisasi yang mengubah tugas dan fungsi): paling lambat 15 hari kerja sejak mulai bekerja.",
        ),
        StatusPegawai::KembaliBertugas if kembali == Some(super::model::AsalKembali::Penugasan) => {
            (
                JenisKk::Komplemen,
                kalender.tambah_hari_kerja(mulai, t.nilai.hari_kerja_cpns_komplemen),
                "Kembali bertugas dari tugas belajar/diperbantukan/dipekerjakan pada tahun berjalan: KK komplemen paling lambat 15 hari kerja sejak mulai bekerja.",
            )
        }
        StatusPegawai::KembaliBertugas if kembali == Some(super::model::AsalKembali::Cuti) => (
            JenisKk::Awal,
            mulai.checked_add_days(Days::new(t.nilai.hari_kembali_bertugas.into())),
            "Kembali bekerja dari cuti: KK paling lambat 15 hari sejak mulai bekerja.",
        ),
        StatusPegawai::KembaliBertugas => (
            JenisKk::Komplemen,
            mulai.checked_add_days(Days::new(t.nilai.hari_kembali_bertugas.into())),
            "Kembali bertugas (cuti, tugas belajar, diperbantukan; sebabnya belum dicatat): paling lambat 15 hari sejak mulai bekerja.",
        ),
        _ => (
            JenisKk::Awal,
            mulai.checked_add_days(Days::new(t.nilai.hari_kembali_bertugas.into())),
            "Mulai bertugas di tahun berjalan (pindahan K/L lain): paling lambat 15 hari sejak mulai bekerja.",
        ),
    };
    pj.rumus = rumus.into();
    KewajibanKk {
        wajib_kk: true,
        wajib_skp: true,
        jenis,
        batas,
        penjelasan: pj,
    }
}
