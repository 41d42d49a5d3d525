//! "Mengapa nilai ini?": scores of the office and its pegawai up to a quarter, each with its derivation.
use crate::domain::nkp::{MasukanNkp, NilaiNkp, nilai_nkp};
use crate::store::Db;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::app::umum::*;
use crate::domain::angka::format_id;
use crate::domain::model::TingkatJabatan;
use crate::domain::nilai::predikat_nko_profil;
use crate::domain::penjelasan::Hasil;
use crate::domain::skor::{nilai_pegawai, nko_kantor};

#[derive(Debug, Clone, Serialize)]
pub struct NilaiIkiTampil {
    pub kode: String,
    pub nama: String,
    /// Target and realisasi consolidated up to the quarter (what the index compares).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub target: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub realisasi: Option<Decimal>,
    pub indeks: Hasil,
    pub k3: Hasil,
}

#[derive(Debug, Clone, Serialize)]
pub struct NilaiPegawaiTampil {
    pub nip: String,
    pub nama: String,
    pub tahun: i32,
    pub sampai_triwulan: usize,
    pub profil: String,
    pub iki: Vec<NilaiIkiTampil>,
    pub hkt: Vec<Hasil>,
    pub hku_k3: Hasil,
    pub nilai_hkt: Hasil,
    /// Before the profile's kalibrasi (the same figure where it has none).
    pub nhk_awal: Hasil,
    pub nhk: Hasil,
}

pub fn nilai_satu(
    db: &Db,
    tahun: i32,
    nip: &str,
    sampai: usize,
) -> Result<NilaiPegawaiTampil, AppError> {
    cek_triwulan(sampai)?;
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let n = nilai_pegawai(&profil, tahun, &skp, sampai);
    Ok(NilaiPegawaiTampil {
        nip: skp.nip.clone(),
        nama: skp.nama.clone(),
        tahun,
        sampai_triwulan: sampai,
        profil: profil.kode.kode().into(),
        iki: n
            .iki
            .into_iter()
            .zip(&skp.iki)
            .map(|(v, i)| NilaiIkiTampil {
                kode: v.kode,
                nama: i.nama.clone(),
                target: v.capaian.target,
                realisasi: v.capaian.realisasi,
                indeks: v.capaian.indeks,
                k3: v.k3,
            })
            .collect(),
        hkt: n.hkt,
        hku_k3: n.nhk.hku_k3,
        nilai_hkt: n.nhk.hkt,
        nhk_awal: n.nhk.nhk,
        nhk: n.nhk_akhir,
    })
}

/// One pegawai's line on the Evaluasi screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NilaiPegawaiRingkas {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit: String,
    pub jumlah_iki: u32,
    /// IKIs whose index cannot be computed yet (no realisasi, no target).
    pub iki_belum_dinilai: u32,
    /// Quarters up to the evaluated one where an IKI has a target but no realisasi yet.
    pub realisasi_kosong: u32,
    /// Realisasi up to the evaluated quarter recorded without evidence.
    pub tanpa_bukti: u32,
    /// Ended quarters without a dialog kinerja individu (DKI-001), e.g. ["II"].
    pub tanpa_dialog: Vec<String>,
    /// The 360° averages as recorded (the form's values).
    pub perilaku: FormPerilaku,
    /// KMK 127: koreksi, its reason and JF substansi as recorded.
    pub penyesuaian: FormPenyesuaian,
    /// KMK 127: the pegawai's hukuman disiplin with their value in the evaluated quarter.
    pub hukdis: Vec<HukdisTampil>,
    pub npk: AngkaTampil,
    /// NKP awal = weighted NHK and NPK (profile weights).
    pub nkp: AngkaTampil,
    /// PermenPANRB 6/2022 quadrant from the NHK and NPK ratings, with those ratings.
    pub predikat: Option<String>,
    pub hku_k3: AngkaTampil,
    pub hkt: AngkaTampil,
    pub nhk: AngkaTampil,
}

/// The 360° averages per rater group as typed (Indonesian numbers; empty when that group did not rate).
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, TS)]
pub struct FormPerilaku {
    pub atasan: String,
    pub rekan: String,
    pub bawahan: String,
}

/// The Evaluasi screen: the office's NKO and every pegawai's NHK up to a quarter.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RekapNilai {
    pub tahun: i32,
    pub sampai_triwulan: u32,
    /// The last quarter with any realisasi recorded (0 when none yet).
    pub triwulan_terakhir: u32,
    /// The last quarter whose realisasi is complete (0 when none): the screen's default.
    pub triwulan_lengkap: u32,
    pub profil: String,
    /// NKO from the IKUs of the pemilik peta strategi (the head of office); None without one.
    pub nko: Option<AngkaTampil>,
    /// Under every profile; provisional outside KMK 127 (the `predikat_nko` parameter).
    pub predikat_nko: Option<String>,
    /// The predikat's bands are a provisional parameter of the year's profile.
    pub predikat_nko_sementara: bool,
    /// The office's predikat against the PermenPANRB guide for the unit's predikat (a warning, not a rule).
    pub distribusi: Option<super::Distribusi>,
    pub pemilik_peta: Option<String>,
    /// The profile anchors NKP to the NKO with hukdis, dampak and koreksi (KMK 127): the screen shows their forms.
    pub penyesuaian_nkp: bool,
    pub pegawai: Vec<NilaiPegawaiRingkas>,
}

/// What NPK, NKP and predikat of a year need beyond a pegawai's own SKP: the 360° averages, who reports to whom,
/// and (KMK 127) the office NKO that anchors every NKP.
pub(crate) struct KonteksNkp {
    profil: crate::domain::profil::ProfilAturan,
    tahun: i32,
    sampai: usize,
    perilaku: std::collections::HashMap<String, crate::store::RekamPerilaku>,
    atasan: std::collections::HashMap<String, String>,
    /// Hukuman disiplin by NIP, as the rules take them.
    hukdis: std::collections::HashMap<String, Vec<crate::domain::nilai::Hukdis>>,
    /// The same records as stored, for the screen.
    pub hukdis_tercatat: std::collections::HashMap<String, Vec<crate::store::RekamHukdis>>,
    penyesuaian: std::collections::HashMap<String, crate::store::RekamPenyesuaian>,
    /// NIPs of pegawai in a jabatan fungsional.
    fungsional: std::collections::HashSet<String>,
    /// NIP of the pemilik peta strategi.
    pub pemilik: Option<String>,
    pub nko: Option<Hasil>,
}

impl KonteksNkp {
    pub(crate) fn baru(
        db: &Db,
        tahun: i32,
        profil: &crate::domain::profil::ProfilAturan,
        skp: &[crate::domain::model::SkpPegawai],
        sampai: usize,
    ) -> Result<KonteksNkp, AppError> {
        // The head whose peta strategi the year has: a former head who left carries no IKU into it.
        let pemilik = skp
            .iter()
            .find(|s| s.tingkat == TingkatJabatan::PemilikPeta && !s.iki.is_empty());
        let hukdis_tercatat = db.hukdis_semua()?;
        let mut hukdis = std::collections::HashMap::new();
        for (nip, daftar) in &hukdis_tercatat {
            let v: Vec<_> = daftar
                .iter()
                .map(hukdis_domain)
                .collect::<Result<_, AppError>>()?;
            hukdis.insert(nip.clone(), v);
        }
        Ok(KonteksNkp {
            profil: profil.clone(),
            tahun,
            sampai,
            hukdis,
            hukdis_tercatat,
            penyesuaian: db.penyesuaian_tahun(tahun)?,
            fungsional: skp
                .iter()
                .filter(|s| s.tingkat == TingkatJabatan::Fungsional)
                .map(|s| s.nip.clone())
                .collect(),
            perilaku: db.perilaku_tahun(tahun)?,
            atasan: db.atasan_langsung()?,
            pemilik: pemilik.map(|s| s.nip.clone()),
            nko: pemilik.map(|s| nko_kantor(profil, &s.iki, sampai)),
        })
    }

    pub(crate) fn perilaku(&self, nip: &str) -> crate::store::RekamPerilaku {
        self.perilaku.get(nip).cloned().unwrap_or_default()
    }

    pub(crate) fn penyesuaian(&self, nip: &str) -> crate::store::RekamPenyesuaian {
        self.penyesuaian.get(nip).cloned().unwrap_or_default()
    }

    /// Nilai hukuman disiplin of a pegawai in the evaluated quarter (the highest category in force).
    fn nilai_hukdis(&self, nip: &str) -> Decimal {
        crate::domain::nilai::nilai_hukdis(
            self.hukdis.get(nip).map(Vec::as_slice).unwrap_or(&[]),
            (self.tahun, self.sampai as u32),
        )
    }

    /// Nilai dampak of an atasan: 5% of each direct subordinate's nilai hukdis, at most 5.
    fn nilai_dampak(&self, nip: &str) -> Decimal {
        let bawahan: Vec<Decimal> = self
            .atasan
            .iter()
            .filter(|(_, a)| a.as_str() == nip)
            .map(|(b, _)| self.nilai_hukdis(b))
            .filter(|v| !v.is_zero())
            .collect();
        crate::domain::nilai::nilai_dampak(&bawahan)
    }

    /// The facts of one pegawai the NKP pipeline needs, gathered from the year's records; `nhk` is the NHK as
    /// reported (after kalibrasi). The pipeline itself is the domain's (`domain::nkp::nilai_nkp`).
    pub(crate) fn nilai(&self, nip: &str, nhk: &Hasil) -> Result<NilaiNkp, AppError> {
        let p = self.perilaku(nip);
        let ps = self.penyesuaian(nip);
        let anchoring = self.profil.parameter.anchoring_nko.nilai;
        let m = MasukanNkp {
            perilaku_atasan: p.atasan,
            perilaku_rekan: p.rekan,
            perilaku_bawahan: p.bawahan,
            punya_bawahan: self.atasan.values().any(|a| a == nip),
            pemilik_peta: self.pemilik.as_deref() == Some(nip),
            melapor_ke_pemilik: self
                .pemilik
                .as_ref()
                .is_some_and(|k| self.atasan.get(nip) == Some(k)),
            fungsional: self.fungsional.contains(nip),
            jf_substansi: ps.jf_substansi,
            // Only an anchored NKP takes them (and dampak walks every subordinate).
            hukdis: if anchoring {
                self.nilai_hukdis(nip)
            } else {
                Decimal::ZERO
            },
            dampak: if anchoring {
                self.nilai_dampak(nip)
            } else {
                Decimal::ZERO
            },
            koreksi: ps.koreksi.unwrap_or_default(),
            alasan_koreksi: ps.alasan_koreksi,
            tahun: self.tahun,
            sampai: self.sampai,
        };
        Ok(nilai_nkp(&self.profil, nhk, self.nko.as_ref(), &m))
    }
}

/// The quarter the screens, the rekap and `kinerja skor` evaluate by default: the last whose realisasi is complete
/// (`domain::triwulan::triwulan_bawaan`).
pub fn triwulan_bawaan(db: &Db, tahun: i32) -> Result<usize, AppError> {
    Ok(crate::domain::triwulan::triwulan_bawaan(&db.muat_skp(tahun)?) as usize)
}

/// One pegawai of the year as scored: the SKP, the office record, the NHK pipeline and NPK/NKP/predikat.
pub(crate) struct PegawaiDinilai<'a> {
    pub skp: &'a crate::domain::model::SkpPegawai,
    pub pegawai: &'a crate::app::kantor::PegawaiRingkas,
    pub nilai: crate::domain::skor::NilaiPegawai,
    pub nkp: NilaiNkp,
}

/// Every pegawai of the year scored up to `sampai`, the one computation behind the Evaluasi screen, the rekap export
/// and `kinerja skor`. Pegawai who left the office before the year carry nothing into it and are left out.
pub(crate) fn nilai_semua<'a>(
    profil: &crate::domain::profil::ProfilAturan,
    konteks: &KonteksNkp,
    tahun: i32,
    skp: &'a [crate::domain::model::SkpPegawai],
    pegawai: &'a [crate::app::kantor::PegawaiRingkas],
    sampai: usize,
) -> Result<Vec<PegawaiDinilai<'a>>, AppError> {
    let mut out = Vec::new();
    for s in skp {
        let Some(p) = pegawai.iter().find(|p| p.nip == s.nip) else {
            continue;
        };
        if s.iki.is_empty() && p.keluar.is_some() {
            continue;
        }
        let nilai = nilai_pegawai(profil, tahun, s, sampai);
        let nkp = konteks.nilai(&s.nip, &nilai.nhk_akhir)?;
        out.push(PegawaiDinilai {
            skp: s,
            pegawai: p,
            nilai,
            nkp,
        });
    }
    Ok(out)
}

/// The whole office as `kinerja skor --json` prints it: decimals as strings with a dot at full precision, null
/// where not computable.
#[derive(Debug, Clone, Serialize)]
pub struct SkorKantor {
    pub tahun: i32,
    pub profil: String,
    pub sampai_triwulan: u32,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub nko: Option<Decimal>,
    pub predikat_nko: Option<String>,
    /// The predikat's bands are a provisional parameter of the year's profile.
    pub predikat_nko_sementara: bool,
    /// The office's predikat against the PermenPANRB guide for the unit's predikat (a warning, not a rule).
    pub distribusi: Option<super::Distribusi>,
    pub pegawai: Vec<SkorPegawai>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SkorPegawai {
    pub nip: String,
    pub nama: String,
    pub pemilik_peta: bool,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub hku_k3: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub hkt: Option<Decimal>,
    /// Before kalibrasi (equal to `nhk` where the profile has none).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub nhk_awal: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub nhk: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub npk: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub nkp: Option<Decimal>,
    /// di_atas | sesuai | di_bawah
    pub rating_hasil_kerja: Option<String>,
    pub rating_perilaku: Option<String>,
    pub predikat: Option<String>,
    /// Some figure of this pegawai rests on a provisional rule or parameter.
    pub sementara: bool,
}

/// `kinerja skor`: the office NKO and every pegawai as the Evaluasi screen computes them. Without `sampai`, up to
/// the last quarter whose realisasi is complete, as the screen.
pub fn skor_kantor(db: &Db, tahun: i32, sampai: Option<usize>) -> Result<SkorKantor, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let skp = db.muat_skp(tahun)?;
    let sampai = sampai.unwrap_or(crate::domain::triwulan::triwulan_bawaan(&skp) as usize);
    cek_triwulan(sampai)?;
    let konteks = KonteksNkp::baru(db, tahun, &profil, &skp, sampai)?;
    let pegawai = crate::app::kantor::daftar_pegawai(db, "")?;
    let nko = konteks.nko.as_ref().and_then(|h| h.nilai);
    let semua_nilai = nilai_semua(&profil, &konteks, tahun, &skp, &pegawai, sampai)?;
    let predikat_pegawai: Vec<crate::domain::model::Predikat> =
        semua_nilai.iter().filter_map(|d| d.nkp.predikat).collect();
    let baris = semua_nilai
        .into_iter()
        .map(|d| {
            let n = &d.nilai;
            let semua = [
                &n.nhk.hku_k3,
                &n.nhk.hkt,
                &n.nhk.nhk,
                &n.nhk_akhir,
                &d.nkp.npk,
                &d.nkp.nkp,
            ];
            SkorPegawai {
                nip: d.skp.nip.clone(),
                nama: d.skp.nama.clone(),
                pemilik_peta: konteks.pemilik.as_deref() == Some(d.skp.nip.as_str()),
                hku_k3: n.nhk.hku_k3.nilai,
                hkt: n.nhk.hkt.nilai,
                nhk_awal: n.nhk.nhk.nilai,
                nhk: n.nhk_akhir.nilai,
                npk: d.nkp.npk.nilai,
                nkp: d.nkp.nkp.nilai,
                rating_hasil_kerja: d.nkp.rating_hasil_kerja.map(|r| r.kode().to_string()),
                rating_perilaku: d.nkp.rating_perilaku.map(|r| r.kode().to_string()),
                predikat: d.nkp.predikat.map(|p| p.label().to_string()),
                sementara: semua
                    .iter()
                    .any(|h| h.nilai.is_some() && h.penjelasan.sementara),
            }
        })
        .collect();
    Ok(SkorKantor {
        tahun,
        profil: profil.kode.kode().into(),
        sampai_triwulan: sampai as u32,
        predikat_nko: nko
            .and_then(|d| predikat_nko_profil(&profil, d))
            .map(|p| p.label().to_string()),
        predikat_nko_sementara: profil.parameter_sementara().contains(&"predikat_nko"),
        distribusi: super::distribusi(
            nko.and_then(|d| predikat_nko_profil(&profil, d)),
            &predikat_pegawai,
        ),
        nko,
        pegawai: baris,
    })
}

/// The Evaluasi screen's table. Without `sampai`, up to the last quarter with realisasi (TW I when none). Each
/// pegawai's line also says what is still missing (realisasi, evidence, dialogs), so the officer knows whom to ask.
pub fn rekap_nilai(
    db: &Db,
    tahun: i32,
    sampai: Option<usize>,
    hari_ini: chrono::NaiveDate,
) -> Result<RekapNilai, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let skp = db.muat_skp(tahun)?;
    let bukti = db.bukti_tahun(tahun)?;
    let berkas = db.berkas_bukti_tahun(tahun)?;
    let terakhir = crate::domain::triwulan::triwulan_terakhir(&skp);
    let lengkap = crate::domain::triwulan::triwulan_lengkap(&skp);
    let sampai = sampai.unwrap_or(crate::domain::triwulan::triwulan_bawaan(&skp) as usize);
    cek_triwulan(sampai)?;
    let konteks = KonteksNkp::baru(db, tahun, &profil, &skp, sampai)?;
    let pegawai = crate::app::kantor::daftar_pegawai(db, "")?;
    let mut baris = Vec::new();
    let nko = konteks.nko.clone();
    let pemilik = konteks
        .pemilik
        .as_ref()
        .and_then(|n| skp.iter().find(|s| &s.nip == n))
        .map(|s| s.nama.clone());
    let mut predikat_pegawai = Vec::new();
    for d in nilai_semua(&profil, &konteks, tahun, &skp, &pegawai, sampai)? {
        let (s, p, n, nn) = (d.skp, d.pegawai, d.nilai, d.nkp);
        predikat_pegawai.extend(nn.predikat);
        let pr = konteks.perilaku(&s.nip);
        baris.push(NilaiPegawaiRingkas {
            perilaku: FormPerilaku {
                atasan: crate::app::umum::tampil_desimal(pr.atasan),
                rekan: crate::app::umum::tampil_desimal(pr.rekan),
                bawahan: crate::app::umum::tampil_desimal(pr.bawahan),
            },
            penyesuaian: {
                let ps = konteks.penyesuaian(&s.nip);
                FormPenyesuaian {
                    koreksi: crate::app::umum::tampil_desimal(ps.koreksi),
                    alasan_koreksi: ps.alasan_koreksi,
                    jf_substansi: ps.jf_substansi,
                }
            },
            hukdis: hukdis_tampil(&konteks.hukdis_tercatat, &s.nip, tahun, sampai)?,
            npk: AngkaTampil::dari(&nn.npk, 2),
            nkp: AngkaTampil::dari(&nn.nkp, 2),
            predikat: nn.teks_predikat(),
            nip: s.nip.clone(),
            nama: s.nama.clone(),
            jabatan: p.jabatan.clone(),
            unit: p.unit.clone(),
            jumlah_iki: s.iki.len() as u32,
            realisasi_kosong: s
                .iki
                .iter()
                .flat_map(|x| {
                    x.target_triwulan
                        .iter()
                        .zip(&x.realisasi_triwulan)
                        .take(sampai)
                })
                .filter(|(t, r)| t.is_some() && r.is_none())
                .count() as u32,
            tanpa_bukti: s
                .iki
                .iter()
                .map(|x| {
                    let b = bukti.get(&(s.nip.clone(), x.kode.clone()));
                    (0..sampai)
                        .filter(|q| {
                            x.realisasi_triwulan[*q].is_some()
                                && b.is_none_or(|b| b[*q].trim().is_empty())
                                && !berkas.contains(&(s.nip.clone(), x.kode.clone(), *q as u8 + 1))
                        })
                        .count()
                })
                .sum::<usize>() as u32,
            tanpa_dialog: crate::domain::validasi::triwulan_tanpa_dki(tahun, hari_ini, s)
                .into_iter()
                .map(|q| crate::domain::capaian::romawi(q as usize).to_string())
                .collect(),
            iki_belum_dinilai: n
                .iki
                .iter()
                .filter(|v| v.capaian.indeks.nilai.is_none())
                .count() as u32,
            hku_k3: AngkaTampil::dari(&n.nhk.hku_k3, 2),
            hkt: AngkaTampil::dari(&n.nhk.hkt, 2),
            nhk: AngkaTampil::dari(&n.nhk_akhir, 2),
        });
    }
    Ok(RekapNilai {
        tahun,
        sampai_triwulan: sampai as u32,
        triwulan_terakhir: terakhir,
        triwulan_lengkap: lengkap,
        profil: profil.kode.label().into(),
        predikat_nko: nko
            .as_ref()
            .and_then(|h| h.nilai)
            .and_then(|d| predikat_nko_profil(&profil, d))
            .map(|p| p.label().to_string()),
        predikat_nko_sementara: profil.parameter_sementara().contains(&"predikat_nko"),
        distribusi: super::distribusi(
            nko.as_ref()
                .and_then(|h| h.nilai)
                .and_then(|d| predikat_nko_profil(&profil, d)),
            &predikat_pegawai,
        ),
        nko: nko.as_ref().map(|h| AngkaTampil::dari(h, 2)),
        pemilik_peta: pemilik,
        penyesuaian_nkp: profil.parameter.anchoring_nko.nilai,
        pegawai: baris,
    })
}

/// One IKI of a pegawai on the Evaluasi screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NilaiIkiRinci {
    pub kode: String,
    pub nama: String,
    pub target: Option<String>,
    pub realisasi: Option<String>,
    pub indeks: AngkaTampil,
    pub k3: AngkaTampil,
}

/// A pegawai's scores in full: every IKI, every HKT and the NHK, each explainable.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NilaiPegawaiRinci {
    pub nip: String,
    pub nama: String,
    pub tahun: i32,
    pub sampai_triwulan: u32,
    pub profil: String,
    pub iki: Vec<NilaiIkiRinci>,
    pub hkt: Vec<AngkaTampil>,
    pub hku_k3: AngkaTampil,
    pub nilai_hkt: AngkaTampil,
    pub nhk: AngkaTampil,
}

/// The same computation as `kinerja nilai` (`nilai_satu`), for the screen.
pub fn rinci_nilai(
    db: &Db,
    tahun: i32,
    nip: &str,
    sampai: usize,
) -> Result<NilaiPegawaiRinci, AppError> {
    let n = nilai_satu(db, tahun, nip, sampai)?;
    let angka =
        |d: Option<Decimal>| d.map(|d| format_id(d, if d.fract().is_zero() { 0 } else { 2 }));
    Ok(NilaiPegawaiRinci {
        nip: n.nip,
        nama: n.nama,
        tahun,
        sampai_triwulan: sampai as u32,
        profil: crate::app::pengaturan::profil_tahun(db, tahun)?
            .kode
            .label()
            .into(),
        iki: n
            .iki
            .iter()
            .map(|x| NilaiIkiRinci {
                kode: x.kode.clone(),
                nama: x.nama.clone(),
                target: angka(x.target),
                realisasi: angka(x.realisasi),
                indeks: AngkaTampil::dari(&x.indeks, 2),
                k3: AngkaTampil::dari(&x.k3, 4),
            })
            .collect(),
        hkt: n.hkt.iter().map(|h| AngkaTampil::dari(h, 2)).collect(),
        hku_k3: AngkaTampil::dari(&n.hku_k3, 2),
        nilai_hkt: AngkaTampil::dari(&n.nilai_hkt, 2),
        nhk: AngkaTampil::dari(&n.nhk, 2),
    })
}
