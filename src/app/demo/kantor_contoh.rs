//! `kinerja demo` / "Buat kantor contoh": a realistic, deterministic demo KPPN for a year.
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::app::AppError;
use crate::domain::kalender::triwulan_lewat;
use crate::domain::model::*;
use crate::domain::nip::Nip;
use crate::domain::profil::KodeProfil;
use crate::store::{DataKantor, Db, IkiBaru, KantorBaru, PegawaiBaru, SsBaru, UnitBaru};

pub struct OpsiDemo {
    pub pegawai: usize,
    pub tahun: i32,
    pub seed: u64,
    /// Replace existing data (otherwise a non-empty database is refused).
    pub ganti: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RingkasanDemo {
    pub kantor: String,
    pub pegawai: usize,
    pub iki: usize,
    pub tahun: i32,
    pub profil: KodeProfil,
    pub triwulan_terealisasi: usize,
}

const PRIA: &[&str] = &[
    "Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Imam", "Joko", "Rizky", "Wahyu", "Yusuf",
    "Arif", "Bambang", "Hadi", "Teguh", "Andi", "Dimas", "Galih", "Rahmat", "Surya",
];
const WANITA: &[&str] = &[
    "Ayu", "Dewi", "Fitri", "Indah", "Lestari", "Maya", "Nurul", "Putri", "Rina", "Sari", "Siti",
    "Wulan", "Yuni", "Anisa", "Ratna", "Dian", "Kartika", "Mega", "Novi", "Ika",
];
const BELAKANG: &[&str] = &[
    "Santoso",
    "Wibowo",
    "Pratama",
    "Saputra",
    "Hidayat",
    "Nugroho",
    "Kurniawan",
    "Setiawan",
    "Rahmawati",
    "Handayani",
    "Susanti",
    "Permata",
    "Purnomo",
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Simanjuntak",
    "Wijaya",
    "Hakim",
    "Maharani",
    "Utami",
];
const GELAR: &[&str] = &[
    "S.E.",
    "S.Ak.",
    "S.E., M.M.",
    "A.Md.",
    "S.Kom.",
    "S.H.",
    "S.Tr.Ak.",
    "M.Ak.",
];

/// (golongan, pangkat) from II/a upwards: the ranks a KPPN's staff hold.
const PANGKAT: &[(&str, &str)] = GOLONGAN.as_slice().split_at(4).1;

const UNIT: &[(&str, &str, &str)] = &[
    ("Subbagian Umum", "subbagian", "Kepala Subbagian Umum"),
    (
        "Seksi Pencairan Dana",
        "seksi",
        "Kepala Seksi Pencairan Dana",
    ),
    ("Seksi Bank", "seksi", "Kepala Seksi Bank"),
    (
        "Seksi Verifikasi dan Akuntansi",
        "seksi",
        "Kepala Seksi Verifikasi dan Akuntansi",
    ),
    (
        "Seksi Manajemen Satker dan Kepatuhan Internal",
        "seksi",
        "Kepala Seksi Manajemen Satker dan Kepatuhan Internal",
    ),
];

/// An IKU template: kode suffix, nama, satuan, aspek, polarisasi, konsolidasi, sifat progress, validitas, kendali,
/// quarterly targets, konversi 120.
struct Templat {
    nama: &'static str,
    satuan: &'static str,
    aspek: Aspek,
    pol: Polarisasi,
    kons: Konsolidasi,
    kumulatif: bool,
    val: Validitas,
    ken: Kendali,
    target: [i64; 4],
    k120: bool,
}

const fn t(
    nama: &'static str,
    satuan: &'static str,
    aspek: Aspek,
    pol: Polarisasi,
    kons: Konsolidasi,
    kumulatif: bool,
    val: Validitas,
    ken: Kendali,
    target: [i64; 4],
    k120: bool,
) -> Templat {
    Templat {
        nama,
        satuan,
        aspek,
        pol,
        kons,
        kumulatif,
        val,
        ken,
        target,
        k120,
    }
}

/// The IKIs of a pegawai on tugas belajar (domain spec §6.5, KMK 127 secondary): the study assignment, the
/// academic evaluation, graduating on time (target index 100).
const TUGAS_BELAJAR: [Templat; 3] = [
    t(
        "Persentase penyelesaian penugasan program pembelajaran",
        "%",
        Aspek::Kuantitas,
        Polarisasi::Maximize,
        Konsolidasi::TakeLastKnown,
        true,
        Validitas::Proxy,
        Kendali::Moderate,
        [25, 50, 75, 100],
        false,
    ),
    t(
        "Indeks hasil evaluasi akademik (IP/IPK terhadap target)",
        "indeks",
        Aspek::Kualitas,
        Polarisasi::Maximize,
        Konsolidasi::TakeLastKnown,
        false,
        Validitas::Proxy,
        Kendali::Moderate,
        [100, 100, 100, 100],
        true,
    ),
    t(
        "Indeks ketepatan waktu kelulusan",
        "indeks",
        Aspek::Waktu,
        Polarisasi::Maximize,
        Konsolidasi::TakeLastKnown,
        false,
        Validitas::Exact,
        Kendali::Moderate,
        [100, 100, 100, 100],
        true,
    ),
];

use Aspek::*;
use Kendali::*;
use Konsolidasi::*;
use Polarisasi::*;
use Validitas::*;

/// The peta strategi of the office: SS per perspektif, each with the Kepala Kantor's IKUs.
const SS: &[(&str, &str, Perspektif, &[Templat])] = &[
    (
        "SS-1",
        "Pelaksanaan anggaran satker mitra yang berkualitas",
        Perspektif::Stakeholder,
        &[
            t(
                "Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) satker mitra",
                "nilai",
                Kualitas,
                Maximize,
                TakeLastKnown,
                false,
                Proxy,
                Moderate,
                [93, 94, 95, 95],
                false,
            ),
            t(
                "Persentase penyerapan anggaran satker mitra",
                "%",
                Kuantitas,
                Maximize,
                TakeLastKnown,
                true,
                Proxy,
                Low,
                [20, 45, 70, 95],
                false,
            ),
        ],
    ),
    (
        "SS-2",
        "Layanan perbendaharaan yang prima",
        Perspektif::Customer,
        &[
            t(
                "Indeks kepuasan pengguna layanan KPPN",
                "indeks",
                Kualitas,
                Maximize,
                TakeLastKnown,
                false,
                Exact,
                Moderate,
                [4, 4, 5, 5],
                false,
            ),
            t(
                "Persentase SP2D terbit tepat waktu",
                "%",
                Waktu,
                Maximize,
                Average,
                false,
                Exact,
                Moderate,
                [100, 100, 100, 100],
                true,
            ),
        ],
    ),
    (
        "SS-3",
        "Pencairan dana dan pengelolaan kas yang andal",
        Perspektif::InternalProcess,
        &[
            t(
                "Rata-rata waktu penyelesaian SP2D",
                "jam",
                Waktu,
                Minimize,
                Average,
                false,
                Proxy,
                Moderate,
                [2, 2, 1, 1],
                false,
            ),
            t(
                "Persentase rekonsiliasi bank tepat waktu",
                "%",
                Waktu,
                Maximize,
                Average,
                false,
                Proxy,
                High,
                [100, 100, 100, 100],
                true,
            ),
        ],
    ),
    (
        "SS-4",
        "Akuntansi dan pelaporan keuangan yang akurat",
        Perspektif::InternalProcess,
        &[
            t(
                "Persentase laporan keuangan satker mitra tanpa koreksi",
                "%",
                Kualitas,
                Maximize,
                TakeLastKnown,
                false,
                Proxy,
                Moderate,
                [85, 85, 90, 90],
                false,
            ),
            t(
                "Jumlah kajian fiskal regional",
                "laporan",
                Kuantitas,
                Maximize,
                Sum,
                false,
                Activity,
                Moderate,
                [1, 1, 1, 1],
                false,
            ),
        ],
    ),
    (
        "SS-5",
        "SDM dan organisasi yang adaptif",
        Perspektif::LearningGrowth,
        &[
            t(
                "Persentase pegawai memenuhi 20 JPL pengembangan kompetensi",
                "%",
                Kuantitas,
                Maximize,
                TakeLastKnown,
                true,
                Activity,
                Moderate,
                [25, 50, 75, 100],
                false,
            ),
            t(
                "Persentase realisasi anggaran DIPA kantor",
                "%",
                Biaya,
                Maximize,
                TakeLastKnown,
                true,
                Proxy,
                Moderate,
                [20, 45, 70, 95],
                false,
            ),
        ],
    ),
];

/// The IKIs pelaksana of each unit draw from (index = position in UNIT).
const POOL: &[&[Templat]] = &[
    &[
        t(
            "Persentase dokumen persuratan diselesaikan tepat waktu",
            "%",
            Waktu,
            Maximize,
            Average,
            false,
            Proxy,
            Moderate,
            [100, 100, 100, 100],
            true,
        ),
        t(
            "Jumlah laporan BMN yang disusun",
            "laporan",
            Kuantitas,
            Maximize,
            Sum,
            false,
            Activity,
            Moderate,
            [1, 1, 1, 1],
            false,
        ),
        t(
            "Persentase realisasi anggaran DIPA kantor",
            "%",
            Biaya,
            Maximize,
            TakeLastKnown,
            true,
            Proxy,
            Moderate,
            [20, 45, 70, 95],
            false,
        ),
        t(
            "Persentase data kepegawaian mutakhir",
            "%",
            Kualitas,
            Maximize,
            TakeLastKnown,
            false,
            Proxy,
            Moderate,
            [95, 95, 100, 100],
            false,
        ),
        t(
            "Rata-rata waktu layanan administrasi kepegawaian",
            "hari",
            Waktu,
            Minimize,
            Average,
            false,
            Proxy,
            Moderate,
            [3, 3, 2, 2],
            false,
        ),
    ],
    &[
        t(
            "Persentase SPM diproses sesuai SOP",
            "%",
            Kualitas,
            Maximize,
            Average,
            false,
            Exact,
            Moderate,
            [100, 100, 100, 100],
            true,
        ),
        t(
            "Jumlah SPM yang diverifikasi",
            "dokumen",
            Kuantitas,
            Maximize,
            Sum,
            false,
            Activity,
            Moderate,
            [900, 1100, 1200, 1500],
            false,
        ),
        t(
            "Rata-rata waktu penyelesaian SP2D",
            "jam",
            Waktu,
            Minimize,
            Average,
            false,
            Proxy,
            Moderate,
            [2, 2, 1, 1],
            false,
        ),
        t(
            "Persentase SPM ditolak karena kesalahan verifikasi",
            "%",
            Kualitas,
            Minimize,
            Average,
            false,
            Proxy,
            Moderate,
            [2, 2, 2, 2],
            false,
        ),
    ],
    &[
        t(
            "Persentase rekonsiliasi bank tepat waktu",
            "%",
            Waktu,
            Maximize,
            Average,
            false,
            Proxy,
            High,
            [100, 100, 100, 100],
            true,
        ),
        t(
            "Jumlah transaksi retur SP2D yang diselesaikan",
            "transaksi",
            Kuantitas,
            Maximize,
            Sum,
            false,
            Activity,
            Moderate,
            [30, 30, 30, 30],
            false,
        ),
        t(
            "Persentase penyelesaian retur kurang dari 5 hari kerja",
            "%",
            Waktu,
            Maximize,
            Average,
            false,
            Proxy,
            Moderate,
            [90, 90, 95, 95],
            false,
        ),
        t(
            "Deviasi saldo rekening kas",
            "%",
            Kualitas,
            Stabilize,
            Average,
            false,
            Proxy,
            Moderate,
            [100, 100, 100, 100],
            false,
        ),
    ],
    &[
        t(
            "Persentase laporan keuangan satker mitra tanpa koreksi",
            "%",
            Kualitas,
            Maximize,
            TakeLastKnown,
            false,
            Proxy,
            Moderate,
            [85, 85, 90, 90],
            false,
        ),
        t(
            "Jumlah laporan keuangan tingkat kuasa BUN yang disusun",
            "laporan",
            Kuantitas,
            Maximize,
            Sum,
            false,
            Activity,
            Moderate,
            [1, 1, 1, 1],
            false,
        ),
        t(
            "Persentase rekonsiliasi satker tepat waktu",
            "%",
            Waktu,
            Maximize,
            Average,
            false,
            Proxy,
            High,
            [95, 95, 100, 100],
            false,
        ),
        t(
            "Jumlah kajian fiskal regional",
            "laporan",
            Kuantitas,
            Maximize,
            Sum,
            false,
            Activity,
            Moderate,
            [1, 1, 1, 1],
            false,
        ),
    ],
    &[
        t(
            "Nilai IKPA satker mitra binaan",
            "nilai",
            Kualitas,
            Maximize,
            TakeLastKnown,
            false,
            Proxy,
            Low,
            [93, 94, 95, 95],
            false,
        ),
        t(
            "Jumlah satker mitra yang dibina",
            "satker",
            Kuantitas,
            Maximize,
            Sum,
            false,
            Activity,
            Moderate,
            [10, 10, 10, 10],
            false,
        ),
        t(
            "Persentase tindak lanjut rekomendasi kepatuhan internal",
            "%",
            Kuantitas,
            Maximize,
            TakeLastKnown,
            true,
            Proxy,
            Moderate,
            [25, 50, 75, 100],
            false,
        ),
        t(
            "Persentase pengaduan layanan yang ditindaklanjuti",
            "%",
            Waktu,
            Maximize,
            Average,
            false,
            Proxy,
            Moderate,
            [100, 100, 100, 100],
            true,
        ),
    ],
];

/// Which of the Kepala Kantor's IKUs (SS index, IKU index) each unit head carries (fully cascading).
const CASCADE: &[&[(usize, usize)]] = &[
    &[(4, 0), (4, 1)],
    &[(1, 1), (2, 0)],
    &[(2, 1), (0, 1)],
    &[(3, 0), (3, 1)],
    &[(0, 0), (1, 0)],
];

struct Gen {
    rng: fastrand::Rng,
    nip_dipakai: std::collections::HashSet<String>,
}

impl Gen {
    fn nip(&mut self, lahir_tahun: std::ops::Range<i32>, perempuan: bool) -> Nip {
        self.nip_tmt(lahir_tahun, perempuan, None)
    }
    /// A valid, unique NIP; `tmt` fixes the TMT CPNS (year, month) digits, e.g. for a new CPNS.
    fn nip_tmt(
        &mut self,
        lahir_tahun: std::ops::Range<i32>,
        perempuan: bool,
        tmt: Option<(i32, u32)>,
    ) -> Nip {
        loop {
            let y = self.rng.i32(lahir_tahun.clone());
            let m = self.rng.u32(1..=12);
            let d = self.rng.u32(1..=28);
            let (tmt_y, tmt_m) =
                tmt.unwrap_or_else(|| (y + self.rng.i32(21..27), [1, 3, 12][self.rng.usize(0..3)]));
            let urut = self.rng.u32(1..=999);
            let s = format!(
                "{y:04}{m:02}{d:02}{tmt_y:04}{tmt_m:02}{}{urut:03}",
                if perempuan { 2 } else { 1 }
            );
            if let Ok(n) = Nip::parse(&s)
                && self.nip_dipakai.insert(s)
            {
                return n;
            }
        }
    }
    fn nama(&mut self, perempuan: bool, gelar: bool) -> String {
        let depan = if perempuan {
            WANITA[self.rng.usize(0..WANITA.len())]
        } else {
            PRIA[self.rng.usize(0..PRIA.len())]
        };
        let belakang = BELAKANG[self.rng.usize(0..BELAKANG.len())];
        if gelar {
            format!(
                "{depan} {belakang}, {}",
                GELAR[self.rng.usize(0..GELAR.len())]
            )
        } else {
            format!("{depan} {belakang}")
        }
    }
    /// A factor around 1 with two decimals, for realisations near their target.
    fn faktor(&mut self, lo: i64, hi: i64) -> Decimal {
        Decimal::new(self.rng.i64(lo..=hi), 2)
    }
}

pub fn bangun(opsi: &OpsiDemo, hari_ini: NaiveDate) -> Result<DataKantor, AppError> {
    let n = opsi.pegawai;
    if !(6..=5000).contains(&n) {
        return Err(AppError::Masukan {
            field: "--pegawai".into(),
            pesan: format!(
                "jumlah pegawai harus 6..5000 (kepala kantor dan lima kepala unit), bukan {n}"
            ),
        });
    }
    if !(2014..=2100).contains(&opsi.tahun) {
        return Err(AppError::Masukan {
            field: "--tahun".into(),
            pesan: format!("tahun harus 2014..2100, bukan {}", opsi.tahun),
        });
    }
    let tahun = opsi.tahun;
    let mut g = Gen {
        rng: fastrand::Rng::with_seed(opsi.seed),
        nip_dipakai: Default::default(),
    };
    let sampai = triwulan_lewat(tahun, hari_ini);
    let tgl = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let mut unit = vec![UnitBaru {
        id: 1,
        induk_id: None,
        nama: "KPPN Contoh Kinerja".into(),
        jenis: "kantor",
        kepala_nip: None,
    }];
    for (i, (nama, jenis, _)) in UNIT.iter().enumerate() {
        unit.push(UnitBaru {
            id: i as i64 + 2,
            induk_id: Some(1),
            nama: (*nama).into(),
            jenis,
            kepala_nip: None,
        });
    }
    let mut pegawai = Vec::with_capacity(n);
    let mulai_lama = tgl(tahun - 1, 1, 2);
    // Kepala Kantor: pemilik peta strategi (UPK-Three).
    let pr = g.rng.bool();
    let kepala = g.nip(1968..1978, pr);
    let (gol, pangkat) = PANGKAT[8 + g.rng.usize(0..2)];
    pegawai.push(PegawaiBaru {
        nip: kepala.to_string(),
        nama: g.nama(pr, true),
        pangkat: pangkat.into(),
        golongan: gol.into(),
        jabatan: "Kepala Kantor Pelayanan Perbendaharaan Negara".into(),
        jenis_jabatan: JenisJabatan::Struktural,
        tingkat: TingkatJabatan::PemilikPeta,
        jenjang: None,
        unit_id: 1,
        atasan_nip: None,
        status: StatusPegawai::Aktif,
        tanggal_mulai: mulai_lama,
    });
    unit[0].kepala_nip = Some(kepala.to_string());
    let mut kepala_unit = Vec::new();
    for (i, (_, _, jab)) in UNIT.iter().enumerate() {
        let pr = g.rng.bool();
        let nip = g.nip(1975..1988, pr);
        let (gol, pangkat) = PANGKAT[6 + g.rng.usize(0..3)];
        unit[i + 1].kepala_nip = Some(nip.to_string());
        kepala_unit.push(nip.to_string());
        pegawai.push(PegawaiBaru {
            nip: nip.to_string(),
            nama: g.nama(pr, true),
            pangkat: pangkat.into(),
            golongan: gol.into(),
            jabatan: (*jab).into(),
            jenis_jabatan: JenisJabatan::Struktural,
            tingkat: TingkatJabatan::Pengawas,
            jenjang: None,
            unit_id: i as i64 + 2,
            atasan_nip: Some(kepala.to_string()),
            status: StatusPegawai::Aktif,
            tanggal_mulai: mulai_lama,
        });
    }
    for k in 0..n - 6 {
        let u = k % UNIT.len();
        let pr = g.rng.bool();
        let fungsional = k % 7 == 3;
        let (status, mulai) = if n >= 20 && k == 10 {
            (StatusPegawai::TugasBelajar, mulai_lama)
        } else if n >= 30 && k == 20 {
            (StatusPegawai::Cpns, tgl(tahun, 3, 3))
        } else if n >= 30 && k == 25 {
            (StatusPegawai::Mutasi, tgl(tahun, 7, 1))
        } else {
            (StatusPegawai::Aktif, mulai_lama)
        };
        let lahir = if status == StatusPegawai::Cpns {
            1998..2002
        } else {
            1975..1999
        };
        let tmt = (status == StatusPegawai::Cpns).then(|| (mulai.year(), mulai.month()));
        let nip = g.nip_tmt(lahir, pr, tmt);
        let (gol, pangkat) = if status == StatusPegawai::Cpns {
            PANGKAT[4]
        } else {
            PANGKAT[g.rng.usize(1..7)]
        };
        let (jabatan, jenis, tingkat, jenjang) = if fungsional {
            (
                "Pranata Keuangan APBN Mahir".to_string(),
                JenisJabatan::Fungsional,
                TingkatJabatan::Fungsional,
                Some("Mahir".to_string()),
            )
        } else {
            (
                format!("Pelaksana {}", UNIT[u].0),
                JenisJabatan::Pelaksana,
                TingkatJabatan::Pelaksana,
                None,
            )
        };
        let bergelar = g.rng.u8(0..3) > 0;
        pegawai.push(PegawaiBaru {
            nama: g.nama(pr, bergelar),
            nip: nip.to_string(),
            pangkat: pangkat.into(),
            golongan: gol.into(),
            jabatan,
            jenis_jabatan: jenis,
            tingkat,
            jenjang,
            unit_id: u as i64 + 2,
            atasan_nip: Some(kepala_unit[u].clone()),
            status,
            tanggal_mulai: mulai,
        });
    }

    let mut iki = Vec::new();
    let mut ss = Vec::new();
    for (si, (kode, nama, per, ikus)) in SS.iter().enumerate() {
        ss.push(SsBaru {
            kode: (*kode).into(),
            nama: (*nama).into(),
            perspektif: *per,
        });
        for (ii, tp) in ikus.iter().enumerate() {
            let x = isi_iki(
                &mut g,
                format!("{}.{}", si + 1, ii + 1),
                tp,
                Some(kode),
                Some(*per),
                sampai,
            );
            iki.push(IkiBaru {
                nip: kepala.to_string(),
                iki: x,
                satuan: tp.satuan.into(),
                manual: manual(tp),
                induk: None,
            });
        }
    }
    for (u, nip) in kepala_unit.iter().enumerate() {
        for &(si, ii) in CASCADE[u] {
            let tp = &SS[si].3[ii];
            let kode = format!("{}.{}", si + 1, ii + 1);
            let x = isi_iki(&mut g, kode.clone(), tp, Some(SS[si].0), None, sampai);
            iki.push(IkiBaru {
                nip: nip.clone(),
                iki: x,
                satuan: tp.satuan.into(),
                manual: manual(tp),
                induk: Some((kepala.to_string(), kode)),
            });
        }
        for (j, tp) in POOL[u].iter().take(2).enumerate() {
            let x = isi_iki(
                &mut g,
                format!("U{}.{}", u + 1, j + 1),
                tp,
                None,
                None,
                sampai,
            );
            iki.push(IkiBaru {
                nip: nip.clone(),
                iki: x,
                satuan: tp.satuan.into(),
                manual: manual(tp),
                induk: None,
            });
        }
    }
    for p in pegawai.iter().skip(6) {
        if matches!(p.status, StatusPegawai::TugasBelajar) {
            // KMK 300/127: an SKP of the tugas-belajar IKIs (KMK 467 years: no KK at all).
            if KodeProfil::bawaan_tahun(tahun) != KodeProfil::Kmk467_2014 {
                for (j, tp) in TUGAS_BELAJAR.iter().enumerate() {
                    let mut x = isi_iki(&mut g, format!("TB.{}", j + 1), tp, None, None, sampai);
                    x.kategori = KategoriIki::BaruTanpaHistoris;
                    x.target_y1 = None;
                    x.realisasi_y1 = None;
                    iki.push(IkiBaru {
                        nip: p.nip.clone(),
                        iki: x,
                        satuan: tp.satuan.into(),
                        manual: manual(tp),
                        induk: None,
                    });
                }
            }
            continue;
        }
        let u = (p.unit_id - 2) as usize;
        let pool = POOL[u];
        let jumlah = 3 + g.rng.usize(0..=(pool.len() - 3).min(3));
        let mulai_tw = if p.tanggal_mulai.year() == tahun {
            (p.tanggal_mulai.month0() / 3) as usize
        } else {
            0
        };
        for (j, tp) in pool.iter().take(jumlah).enumerate() {
            let mut x = isi_iki(
                &mut g,
                format!("U{}.{}", u + 1, j + 1),
                tp,
                None,
                None,
                sampai,
            );
            for q in 0..mulai_tw {
                x.target_triwulan[q] = None;
                x.realisasi_triwulan[q] = None;
            }
            if mulai_tw > 0 {
                x.kategori = KategoriIki::BaruTanpaHistoris;
                x.target_tahunan = None;
            }
            iki.push(IkiBaru {
                nip: p.nip.clone(),
                iki: x,
                satuan: tp.satuan.into(),
                manual: manual(tp),
                induk: None,
            });
        }
    }
    // The year's SKB where the app ships it; otherwise the holidays whose date never moves.
    let libur = match crate::domain::libur_skb::libur_skb(tahun) {
        Some(s) => s
            .hari
            .iter()
            .map(|&(t, j, n)| (t, crate::domain::libur_skb::LiburSkb::keterangan(j, n)))
            .collect(),
        None => [
            (1, 1, "Tahun Baru Masehi"),
            (1, 5, "Hari Buruh Internasional"),
            (1, 6, "Hari Lahir Pancasila"),
            (17, 8, "Hari Kemerdekaan RI"),
            (25, 12, "Hari Raya Natal"),
        ]
        .iter()
        .map(|&(d, m, k)| (tgl(tahun, m, d), k.to_string()))
        .collect(),
    };
    Ok(DataKantor {
        kantor: KantorBaru {
            nama: "KPPN Contoh Kinerja".into(),
            alamat: "Jl. Merdeka No. 1".into(),
            kota: "Kota Contoh".into(),
            telepon: "(021) 000000".into(),
            induk: "Kanwil Direktorat Jenderal Perbendaharaan Provinsi Contoh".into(),
            atasan_kepala: {
                let pr = g.rng.bool();
                (
                    g.nama(pr, true),
                    g.nip(1966..1972, pr).to_string(),
                    "Pembina Utama Muda, IV/c".into(),
                    "Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Contoh"
                        .into(),
                )
            },
        },
        unit,
        pegawai,
        tahun,
        profil: KodeProfil::bawaan_tahun(tahun),
        ss,
        iki,
        libur,
        inisiatif: vec![
            (
                "IS-1".into(),
                "Pendampingan satker mitra dengan nilai IKPA di bawah 90".into(),
                "SS-1".into(),
                "TW I-IV".into(),
            ),
            (
                "IS-2".into(),
                "Digitalisasi layanan konsultasi pelaksanaan anggaran".into(),
                "SS-2".into(),
                "TW II-III".into(),
            ),
            (
                "IS-3".into(),
                "Rekonsiliasi harian rekening kas berbasis aplikasi".into(),
                "SS-3".into(),
                "TW I-IV".into(),
            ),
        ],
    })
}

/// A plausible Manual IKU for a demo indicator: what it measures, how, and where the data come from.
fn manual(tp: &Templat) -> [String; 3] {
    let n = tp.nama.to_lowercase();
    let formula = match tp.satuan {
        "%" => format!(
            "{} = jumlah yang memenuhi kriteria / jumlah seluruhnya × 100%",
            tp.nama
        ),
        "jam" | "hari" => {
            "Rata-rata waktu dari dokumen diterima lengkap sampai selesai".to_string()
        }
        "indeks" | "nilai" => "Nilai hasil survei/penilaian pada akhir periode".to_string(),
        s => format!("Jumlah {s} yang diselesaikan sampai akhir periode"),
    };
    let sumber = if n.contains("sp2d") || n.contains("retur") || n.contains("rekonsiliasi") {
        "Aplikasi SPAN dan OM-SPAN"
    } else if n.contains("anggaran") || n.contains("ikpa") || n.contains("dipa") {
        "OM-SPAN (monitoring pelaksanaan anggaran)"
    } else if n.contains("laporan") || n.contains("bmn") {
        "Aplikasi SAKTI dan arsip laporan"
    } else if n.contains("kepuasan") {
        "Survei kepuasan pengguna layanan"
    } else {
        "Rekapitulasi internal kantor"
    };
    [
        format!(
            "{} selama tahun berjalan, diukur setiap periode pelaporan.",
            tp.nama
        ),
        formula,
        sumber.to_string(),
    ]
}

fn isi_iki(
    g: &mut Gen,
    kode: String,
    tp: &Templat,
    ss: Option<&str>,
    per: Option<Perspektif>,
    sampai: usize,
) -> Iki {
    let target: [Decimal; 4] = tp.target.map(Decimal::from);
    let mut realisasi = [None; 4];
    let mut kumul = Decimal::ZERO;
    for q in 0..sampai {
        let f = g.faktor(88, 112);
        let r = match (tp.pol, tp.kumulatif) {
            (Polarisasi::Minimize, _) => target[q] * g.faktor(85, 115),
            (_, true) => {
                kumul = (target[q] * f).max(kumul);
                kumul
            }
            _ if tp.k120 => (target[q] * g.faktor(95, 100)).min(target[q]),
            _ => target[q] * f,
        };
        realisasi[q] = Some(r.round_dp(2));
    }
    let tahunan = crate::domain::capaian::gabung(tp.kons, &target);
    let baru = g.rng.u8(0..10) == 0;
    let t1 = tahunan.map(|t| (t * g.faktor(90, 100)).round_dp(2));
    let r1 = tahunan.map(|t| (t * g.faktor(90, 108)).round_dp(2));
    Iki {
        kode,
        nama: tp.nama.into(),
        kode_ss: ss.map(str::to_string),
        perspektif: per,
        jenis: JenisIki::Utama,
        aspek: Some(tp.aspek),
        kategori: if baru {
            KategoriIki::BaruTanpaHistoris
        } else {
            KategoriIki::Lama
        },
        polarisasi: Some(tp.pol),
        konsolidasi: Some(tp.kons),
        sifat_tlk: (tp.kons == Konsolidasi::TakeLastKnown).then_some(if tp.kumulatif {
            SifatTlk::Progress
        } else {
            SifatTlk::Akumulasi
        }),
        validitas: Some(tp.val),
        kendali: Some(tp.ken),
        konversi_120: tp.k120,
        r_worst: None,
        target_triwulan: target.map(Some),
        realisasi_triwulan: realisasi,
        target_tahunan: tahunan,
        target_y1: if baru { None } else { t1 },
        realisasi_y1: if baru { None } else { r1 },
        realisasi_serah_terima: None,
    }
}

/// Builds and writes the demo office; refuses a database with data unless `ganti`.
/// Two hasil kerja tambahan (an inovasi and a penugasan), so the demo's NHK has an HKT term to explain.
fn hkt_contoh(
    db: &mut Db,
    data: &DataKantor,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<(), AppError> {
    let t = data.tahun;
    // Realised once the year's first quarter has passed, like the IKIs.
    let selesai = triwulan_lewat(t, hari_ini) > 0;
    let contoh = [
        (
            2,
            "Aplikasi antrean daring layanan KPPN",
            "inovasi",
            Some("unit_kerja"),
            true,
            format!("KEP-12/WPB.12/KP.01/{t}"),
            NaiveDate::from_ymd_opt(t, 3, 15),
            100,
        ),
        (
            4,
            "Tim percepatan rekonsiliasi satker",
            "penugasan_lain",
            Some("instansi"),
            false,
            format!("ST-45/WPB.12/KP.01/{t}"),
            None,
            90,
        ),
    ];
    for (i, judul, jenis, lingkup, lolos, sk, tanggal, realisasi) in contoh {
        let Some(p) = data.pegawai.get(i) else {
            continue;
        };
        db.simpan_hkt(
            &crate::store::RekamHkt {
                id: 0,
                tahun: t,
                nip: p.nip.clone(),
                judul: judul.into(),
                jenis: jenis.into(),
                lingkup: lingkup.map(Into::into),
                penuh_waktu: false,
                pemilik_kinerja: None,
                nomor_sk: Some(sk),
                lolos_seleksi: lolos,
                disetujui_pengelola: lolos,
                polarisasi: None,
                tanggal_implementasi: tanggal,
                tahun_dinilai: vec![],
                target: Some(Decimal::from(100)),
                realisasi: selesai.then(|| Decimal::from(realisasi)),
            },
            waktu,
        )?;
    }
    Ok(())
}

/// One dialog kinerja individu per pegawai with an SKP in every quarter that has ended, held with the atasan.
fn dialog_contoh(
    db: &mut Db,
    data: &DataKantor,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<(), AppError> {
    let t = data.tahun;
    let tahap = ["perencanaan", "pelaksanaan", "pelaksanaan", "evaluasi"];
    for p in data
        .pegawai
        .iter()
        .filter(|p| data.iki.iter().any(|i| i.nip == p.nip))
    {
        let pihak = p
            .atasan_nip
            .as_ref()
            .and_then(|a| data.pegawai.iter().find(|x| &x.nip == a))
            .map(|a| a.nama.clone())
            .unwrap_or_else(|| data.kantor.atasan_kepala.0.clone());
        for q in 1..=triwulan_lewat(t, hari_ini) as u32 {
            let Some(tanggal) = NaiveDate::from_ymd_opt(t, q * 3, 20) else {
                continue;
            };
            if tanggal < p.tanggal_mulai {
                continue;
            }
            db.simpan_dialog(
                &crate::store::RekamDialog {
                    id: 0,
                    tahun: t,
                    nip: p.nip.clone(),
                    tanggal: tanggal.format("%Y-%m-%d").to_string(),
                    tahap: tahap[q as usize - 1].into(),
                    sifat: "periodik".into(),
                    pihak: pihak.clone(),
                    ringkasan: format!(
                        "Capaian IKI s.d. TW {} dan kendalanya dibahas.",
                        crate::domain::capaian::romawi(q as usize)
                    ),
                    tindak_lanjut: "Percepatan penyelesaian target triwulan berikutnya.".into(),
                    pembinaan: String::new(),
                },
                waktu,
            )?;
        }
    }
    Ok(())
}

/// One Dialog Kinerja Organisasi per quarter that has ended, held on the first working day from the 10th of the
/// month after it, chaired by the
/// head with the officials and a few staff, with two rencana aksi each: those of earlier quarters done, the latest
/// in progress.
fn dko_contoh(
    db: &mut Db,
    data: &DataKantor,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<(), AppError> {
    use crate::domain::model::TingkatJabatan as T;
    let t = data.tahun;
    let kepala = data.pegawai.iter().find(|p| p.tingkat == T::PemilikPeta);
    let pejabat: Vec<&crate::store::PegawaiBaru> = data
        .pegawai
        .iter()
        .filter(|p| matches!(p.tingkat, T::PemilikPeta | T::Administrator | T::Pengawas))
        .collect();
    let staf: Vec<&crate::store::PegawaiBaru> = data
        .pegawai
        .iter()
        .filter(|p| !matches!(p.tingkat, T::PemilikPeta | T::Administrator | T::Pengawas))
        .take(4)
        .collect();
    let sampai = triwulan_lewat(t, hari_ini) as u32;
    for q in 1..=sampai {
        let (th, bl) = if q == 4 { (t + 1, 1) } else { (t, q * 3 + 1) };
        let Some(mut tanggal) = NaiveDate::from_ymd_opt(th, bl, 10) else {
            continue;
        };
        // Held on a working day.
        while matches!(
            tanggal.weekday(),
            chrono::Weekday::Sat | chrono::Weekday::Sun
        ) || data.libur.iter().any(|(d, _)| *d == tanggal)
        {
            tanggal = tanggal.succ_opt().unwrap_or(tanggal);
        }
        if tanggal > hari_ini {
            continue;
        }
        let tw = crate::domain::capaian::romawi(q as usize);
        let terakhir = q == sampai;
        let pic = |i: usize| pejabat.get(i % pejabat.len().max(1)).map(|p| p.nip.clone());
        let batas = |bulan: u32| {
            let (y, m) = if q * 3 + bulan > 12 {
                (t + 1, q * 3 + bulan - 12)
            } else {
                (t, q * 3 + bulan)
            };
            NaiveDate::from_ymd_opt(y, m, 28)
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
        };
        db.simpan_dko(
            &crate::store::RekamDko {
                id: 0,
                tahun: t,
                triwulan: q as u8,
                tanggal: tanggal.format("%Y-%m-%d").to_string(),
                tempat: "Ruang rapat KPPN".into(),
                pimpinan_nip: kepala.map(|k| k.nip.clone()),
                peserta: pejabat.iter().chain(staf.iter()).map(|p| p.nip.clone()).collect(),
                pembahasan: format!(
                    "Capaian IKU kantor s.d. TW {tw}: sebagian besar IKU mencapai target; IKU rekonsiliasi dan retur SP2D dibahas lebih rinci.\nInisiatif strategis digitalisasi layanan berjalan sesuai jadwal."
                ),
                masalah: "Keterlambatan penyampaian laporan keuangan oleh beberapa satker mitra.".into(),
                keputusan: "Pendampingan satker yang terlambat dan pemantauan mingguan oleh seksi terkait.".into(),
                risiko: "Risiko target rekonsiliasi tidak tercapai; mitigasi: jadwal pendampingan satker.".into(),
                rencana_aksi: vec![
                    crate::store::RekamAksi {
                        uraian: format!("Pendampingan rekonsiliasi satker yang terlambat TW {tw}"),
                        pic_nip: pic(1),
                        batas: batas(1),
                        status: if terakhir { "proses" } else { "selesai" }.into(),
                        tindak_lanjut: if terakhir { String::new() } else { "Selesai; dilaporkan pada DKO berikutnya.".into() },
                    },
                    crate::store::RekamAksi {
                        uraian: "Sosialisasi layanan digital kepada satker mitra".into(),
                        pic_nip: pic(2),
                        batas: batas(2),
                        status: if terakhir { "belum" } else { "selesai" }.into(),
                        tindak_lanjut: String::new(),
                    },
                ],
                notulis: staf.first().map(|p| p.nama.clone()).unwrap_or_default(),
            },
            waktu,
        )?;
    }
    Ok(())
}

/// Umpan balik and pembinaan through the year: quarterly feedback from each head of section to their staff after
/// every ended quarter, a group coaching, and one confidential konseling.
fn pembinaan_contoh(
    db: &mut Db,
    data: &DataKantor,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<(), AppError> {
    use crate::domain::model::TingkatJabatan as T;
    let t = data.tahun;
    let sampai = triwulan_lewat(t, hari_ini) as u32;
    let rekam = |jenis: &str,
                 sifat: &str,
                 cara: &str,
                 tanggal: NaiveDate,
                 pemberi: &str,
                 peserta: Vec<String>,
                 topik: &str| {
        crate::store::RekamPembinaan {
            id: 0,
            tahun: t,
            jenis: jenis.into(),
            sifat: sifat.into(),
            cara: cara.into(),
            tanggal: tanggal.format("%Y-%m-%d").to_string(),
            pemberi: pemberi.into(),
            peserta,
            topik: topik.into(),
            tindak_lanjut:
                "Disepakati langkah perbaikan dan dipantau pada dialog kinerja berikutnya.".into(),
            status: "selesai".into(),
            rahasia: jenis == "konseling",
        }
    };
    let pengawas: Vec<&crate::store::PegawaiBaru> = data
        .pegawai
        .iter()
        .filter(|p| p.tingkat == T::Pengawas)
        .collect();
    for q in 1..=sampai {
        let Some(tanggal) = NaiveDate::from_ymd_opt(t, q * 3, 25) else {
            continue;
        };
        for k in &pengawas {
            let staf: Vec<String> = data
                .pegawai
                .iter()
                .filter(|p| p.atasan_nip.as_deref() == Some(k.nip.as_str()))
                .map(|p| p.nip.clone())
                .collect();
            if staf.is_empty() {
                continue;
            }
            db.simpan_pembinaan(
                &rekam(
                    "umpan_balik",
                    "kelompok",
                    "triwulanan, langsung",
                    tanggal,
                    &k.nama,
                    staf,
                    &format!(
                        "Capaian IKI TW {} dan ketepatan waktu laporan",
                        crate::domain::capaian::romawi(q as usize)
                    ),
                ),
                waktu,
            )?;
        }
    }
    let pelaksana: Vec<&crate::store::PegawaiBaru> = data
        .pegawai
        .iter()
        .filter(|p| p.tingkat == T::Pelaksana)
        .collect();
    if sampai >= 1
        && let (Some(k), Some(p), Some(tanggal)) = (
            pengawas.first(),
            pelaksana.first(),
            NaiveDate::from_ymd_opt(t, 4, 15),
        )
    {
        db.simpan_pembinaan(
            &rekam(
                "coaching",
                "kelompok",
                "",
                tanggal,
                &k.nama,
                pelaksana.iter().take(3).map(|p| p.nip.clone()).collect(),
                "Penyusunan bukti dukung realisasi",
            ),
            waktu,
        )?;
        if let Some(tanggal) = NaiveDate::from_ymd_opt(t, 5, 6).filter(|d| *d <= hari_ini) {
            db.simpan_pembinaan(
                &rekam(
                    "konseling",
                    "personal",
                    "",
                    tanggal,
                    &k.nama,
                    vec![p.nip.clone()],
                    "Kendala pribadi yang memengaruhi capaian kinerja",
                ),
                waktu,
            )?;
        }
    }
    Ok(())
}

/// Pelaksanaan through the year: each inisiatif strategis linked to an IKU with an owner and a milestone per quarter
/// (finished for the quarters that have ended, under way for the current one), a small risk register monitored each
/// ended quarter, and the penghargaan given after the first semester's evaluation.
fn pelaksanaan_contoh(
    db: &mut Db,
    data: &DataKantor,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<(), AppError> {
    use crate::domain::model::TingkatJabatan as T;
    let t = data.tahun;
    let sampai = triwulan_lewat(t, hari_ini) as u8;
    let iku = crate::app::pemantauan::iku_kantor(db, t)?;
    let pejabat: Vec<&crate::store::PegawaiBaru> = data
        .pegawai
        .iter()
        .filter(|p| matches!(p.tingkat, T::Administrator | T::Pengawas))
        .collect();
    let pj = |i: usize| pejabat.get(i % pejabat.len().max(1)).map(|p| p.nip.clone());
    let tonggak_is = [
        [
            "Pemetaan satker dengan IKPA di bawah 90",
            "Pendampingan tahap I",
            "Pendampingan tahap II",
            "Evaluasi dan laporan pendampingan",
        ],
        [
            "Kajian kebutuhan layanan konsultasi daring",
            "Uji coba layanan konsultasi daring",
            "Layanan daring untuk seluruh satker",
            "Evaluasi kepuasan pengguna",
        ],
        [
            "Penyusunan SOP rekonsiliasi harian",
            "Rekonsiliasi harian di dua bank mitra",
            "Rekonsiliasi harian di seluruh bank mitra",
            "Laporan evaluasi tahunan",
        ],
    ];
    for (i, mut r) in db.inisiatif_tahun(t)?.into_iter().enumerate() {
        r.iku_kode = iku.get(i * 2).map(|(k, _)| k.clone()).unwrap_or_default();
        r.pemilik_nip = pj(i);
        r.tonggak = (1..=4u8)
            .map(|q| {
                let (progres, status) = if q <= sampai {
                    (100, "selesai")
                } else if q == sampai + 1 {
                    (60, "berjalan")
                } else {
                    (0, "belum")
                };
                crate::store::RekamTonggak {
                    triwulan: q,
                    uraian: tonggak_is[i % 3][usize::from(q - 1)].into(),
                    progres,
                    status: status.into(),
                    bukti: if q <= sampai {
                        format!(
                            "Laporan {} TW {}",
                            r.kode,
                            crate::domain::capaian::romawi(q.into())
                        )
                    } else {
                        String::new()
                    },
                }
            })
            .collect();
        db.simpan_inisiatif(&r, waktu)?;
    }
    let risiko = [
        (
            "R-1",
            "SS-1",
            "Satker mitra terlambat menyampaikan laporan keuangan",
            "Keterbatasan SDM pengelola keuangan di satker",
            "Nilai IKPA dan capaian IKU kualitas pelaksanaan anggaran turun",
            (4u8, 3u8),
            "Pendampingan dan pengingat berkala kepada satker",
        ),
        (
            "R-2",
            "SS-2",
            "Gangguan jaringan menghambat layanan konsultasi daring",
            "Infrastruktur jaringan kantor dan satker belum andal",
            "Layanan tertunda dan kepuasan pengguna turun",
            (3, 3),
            "Jalur cadangan dan layanan tatap muka terjadwal",
        ),
        (
            "R-3",
            "SS-3",
            "Selisih rekonsiliasi kas tidak terselesaikan tepat waktu",
            "Data transaksi bank mitra terlambat",
            "Laporan kas tidak akurat",
            (2, 4),
            "Rekonsiliasi harian dan eskalasi ke bank mitra",
        ),
    ];
    for (i, (kode, ss, uraian, penyebab, dampak, (k, d), mitigasi)) in
        risiko.into_iter().enumerate()
    {
        let pemantauan = (1..=sampai)
            .map(|q| {
                let turun = q.min(k.saturating_sub(1));
                crate::store::RekamPantauRisiko {
                    triwulan: q,
                    status: if q == 4 { "selesai" } else { "proses" }.into(),
                    kemungkinan: (k - turun).max(1),
                    dampak: d,
                    catatan: format!(
                        "Dibahas pada DKO TW {}",
                        crate::domain::capaian::romawi(q.into())
                    ),
                }
            })
            .collect();
        db.simpan_risiko(
            &crate::store::RekamRisiko {
                id: 0,
                tahun: t,
                kode: kode.into(),
                ss_kode: ss.into(),
                iku_kode: iku.get(i * 2).map(|(k, _)| k.clone()).unwrap_or_default(),
                uraian: uraian.into(),
                penyebab: penyebab.into(),
                dampak: dampak.into(),
                kemungkinan: k,
                level_dampak: d,
                mitigasi: mitigasi.into(),
                pemilik_nip: pj(i + 1),
                batas: format!("{t}-12-31"),
                pemantauan,
            },
            waktu,
        )?;
    }
    // After the first semester's evaluation: the two best NKP (NHK while the NKP is not computed) of TW II are given priority for competency
    // development.
    if sampai >= 2
        && let Some(tanggal) = NaiveDate::from_ymd_opt(t, 7, 20).filter(|d| *d <= hari_ini)
    {
        let mut skor = crate::app::evaluasi::skor_kantor(db, t, Some(2))?.pegawai;
        skor.retain(|p| p.nhk.is_some() && !p.pemilik_peta);
        skor.sort_by(|a, b| (b.nkp, b.nhk).cmp(&(a.nkp, a.nhk)).then(a.nip.cmp(&b.nip)));
        for p in skor.iter().take(2) {
            crate::app::evaluasi::simpan_pemanfaatan(
                db,
                t,
                &crate::app::evaluasi::FormPemanfaatan {
                    id: 0,
                    nip: p.nip.clone(),
                    triwulan: 2,
                    bentuk: "kompetensi".into(),
                    tanggal: tanggal.format("%d/%m/%Y").to_string(),
                    uraian: "Diikutsertakan pelatihan teknis pelaksanaan anggaran".into(),
                    dasar: "Hasil evaluasi kinerja TW II".into(),
                },
                hari_ini,
                waktu,
            )?;
        }
    }
    Ok(())
}

/// Carries the demo year's document cycle through, as an office ready for the reviu would have it: every required
/// KK (or komplemen) printed on its date, accepted by the reviewer, signed, locked and its second copy handed over,
/// and every realisasi with a note of its evidence. Returns how many documents went through the cycle.
pub fn lengkapi_siklus(
    db: &mut Db,
    tahun: i32,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<usize, AppError> {
    use crate::app::dokumen;
    let mut n = 0;
    for s in dokumen::daftar_status_kk(db, tahun, hari_ini)? {
        if !s.wajib_kk || s.status.is_some() || !s.penghalang.is_empty() {
            continue;
        }
        // A komplemen is made when the newcomer starts; a KK in the first week of January.
        let mulai = db
            .muat_skp(tahun)?
            .into_iter()
            .find(|k| k.nip == s.nip)
            .map(|k| k.tanggal_mulai)
            .unwrap_or_default();
        let Some(tanggal) = NaiveDate::from_ymd_opt(tahun, 1, 5).map(|d| d.max(mulai)) else {
            continue;
        };
        let hari = |n: u64| {
            tanggal
                .checked_add_days(chrono::Days::new(n))
                .unwrap_or(tanggal)
        };
        if hari(3) > hari_ini {
            continue;
        }
        let c = dokumen::cetak_kk(db, tahun, &s.nip, tanggal, hari_ini, dibuat_unix, waktu)?;
        dokumen::catat_reviu(
            db,
            &c.id,
            &dokumen::FormReviu {
                tanggal: hari(1).format("%d/%m/%Y").to_string(),
                peninjau: "Pengelola Kinerja Kanwil".into(),
                rekomendasi: "terima".into(),
                catatan: String::new(),
            },
            waktu,
        )?;
        dokumen::tandatangani(db, &c.id, hari(2), None, waktu)?;
        dokumen::kunci(db, &c.id, waktu)?;
        dokumen::catat_serah(
            db,
            &c.id,
            &hari(3).format("%d/%m/%Y").to_string(),
            "Pengelola Kinerja Kanwil",
            "",
            waktu,
        )?;
        n += 1;
    }
    db.bukti_contoh_semua(tahun)?;
    Ok(n)
}

pub fn buat_demo(
    db: &mut Db,
    opsi: &OpsiDemo,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RingkasanDemo, AppError> {
    let data = bangun(opsi, hari_ini)?;
    if !opsi.ganti && !db.kosong()? {
        return Err(AppError::DataSudahAda);
    }
    // Replacing an office keeps it first as a backup beside the database.
    if db.ada_riwayat()? && db.path() != std::path::Path::new(":memory:") {
        let t = chrono::NaiveDateTime::parse_from_str(waktu, "%Y-%m-%dT%H:%M:%S")
            .unwrap_or_else(|_| hari_ini.and_time(chrono::NaiveTime::MIN));
        let f = crate::app::keamanan::folder_cadangan(db)?
            .join(format!("sebelum-demo-{}.db", t.format("%Y%m%d-%H%M%S")));
        if !f.exists() {
            db.cadangkan_ke(&f)?;
        }
    }
    // Built whole in memory, then written in one step: a demo killed halfway leaves the database as it was.
    let tujuan = db;
    let mut sementara = Db::memori()?;
    let db = &mut sementara;
    db.tulis_kantor(&data, false, waktu)?;
    // SE-17's HKT weights are unreadable and ship empty; the demo office sets example weights as its own values
    // (Pengaturan shows them as "Diatur kantor") so that it shows HKT figures.
    let contoh = serde_json::to_string(&crate::domain::profil::BobotHkt::contoh())
        .map_err(|e| crate::app::umum::salah("bobot_hkt", e.to_string()))?;
    crate::app::pengaturan::atur_parameter(db, data.tahun, "bobot_hkt", Some(&contoh), waktu)?;
    hkt_contoh(db, &data, hari_ini, waktu)?;
    dialog_contoh(db, &data, hari_ini, waktu)?;
    dko_contoh(db, &data, hari_ini, waktu)?;
    pembinaan_contoh(db, &data, hari_ini, waktu)?;
    pelaksanaan_contoh(db, &data, hari_ini, waktu)?;
    db.bukti_contoh(data.tahun)?;
    tujuan.ganti_isi_dengan(&sementara)?;
    Ok(RingkasanDemo {
        kantor: data.kantor.nama.clone(),
        pegawai: data.pegawai.len(),
        iki: data.iki.len(),
        tahun: data.tahun,
        profil: data.profil,
        triwulan_terealisasi: triwulan_lewat(data.tahun, hari_ini),
    })
}
