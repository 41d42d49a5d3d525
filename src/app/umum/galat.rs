//! Typed errors of the user actions, each with a stable code and an Indonesian message for the UI and CLI.
use serde::Serialize;
use ts_rs::TS;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "Basis data sudah berisi data kantor; tambahkan --ganti untuk menggantinya dengan kantor contoh."
    )]
    DataSudahAda,
    #[error("Berkas {path}: {pesan}")]
    Berkas { path: String, pesan: String },
    #[error("Format vektor tidak dikenal: {0}")]
    FormatVektor(String),
    #[error("Masukan tidak sah pada {field}: {pesan}")]
    Masukan { field: String, pesan: String },
    #[error("Tahun {0} belum dibuat.")]
    TahunTidakAda(i32),
    #[error("Kontrak Kinerja {nip} belum dapat dicetak: {}", alasan.join("; "))]
    TidakSiapCetak { nip: String, alasan: Vec<String> },
    #[error(
        "Kontrak Kinerja {nip} tahun {tahun} sudah ditandatangani dan dikunci: target hanya dapat diubah melalui addendum."
    )]
    Terkunci { nip: String, tahun: i32 },
    #[error("PDF tidak dapat dibuat: {0}")]
    Pdf(String),
    /// What the user saw was changed elsewhere (another window, the CLI, an import) before they saved.
    #[error("{field}: {pesan}")]
    Konflik { field: String, pesan: String },
}

/// A rejected input: the field (as the user sees it) and why, in Indonesian.
pub(crate) fn salah(field: &str, pesan: impl Into<String>) -> AppError {
    AppError::Masukan {
        field: field.into(),
        pesan: pesan.into(),
    }
}

/// The length limit of each typed text field, checked before anything else of a form: the first field over its
/// limit is named.
pub(crate) fn batas_teks(
    isian: &[(&str, &str, crate::domain::batas::JenisTeks)],
) -> Result<(), AppError> {
    for (field, nilai, jenis) in isian {
        if let Some(p) = crate::domain::batas::periksa_teks(nilai.trim(), *jenis) {
            return Err(salah(field, p));
        }
    }
    Ok(())
}

/// The day of an action's time ("YYYY-MM-DDTHH:MM:SS"), if it carries one.
pub(crate) fn hari_dari_waktu(waktu: &str) -> Option<chrono::NaiveDate> {
    waktu
        .get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// A date typed for a record must be one a person could mean (1960 to the end of next year); `waktu` is the
/// action's own time ("YYYY-MM-DDTHH:MM:SS").
pub(crate) fn tanggal_wajar(
    field: &str,
    t: chrono::NaiveDate,
    waktu: &str,
) -> Result<(), AppError> {
    let pesan = match hari_dari_waktu(waktu) {
        Some(h) => crate::domain::batas::periksa_tanggal(t, h),
        None if t < crate::domain::batas::tanggal_paling_awal() => {
            Some("sebelum tahun 1960; periksa tahunnya".into())
        }
        None => None,
    };
    match pesan {
        Some(p) => Err(salah(field, p)),
        None => Ok(()),
    }
}

impl AppError {
    /// Stable code the UI and scripts can branch on.
    pub fn kode(&self) -> &'static str {
        match self {
            AppError::Store(e) => e.kode(),
            AppError::DataSudahAda => "DATA_SUDAH_ADA",
            AppError::Berkas { .. } => "BERKAS",
            AppError::FormatVektor(_) => "FORMAT_VEKTOR",
            AppError::Masukan { .. } => "MASUKAN_TIDAK_SAH",
            AppError::TahunTidakAda(_) => "TAHUN_TIDAK_ADA",
            AppError::TidakSiapCetak { .. } => "TIDAK_SIAP_CETAK",
            AppError::Terkunci { .. } => "KK_TERKUNCI",
            AppError::Pdf(_) => "PDF",
            AppError::Konflik { .. } => "KONFLIK",
        }
    }
    /// Process exit code of the CLI for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            AppError::Store(StoreError::DirektoriData { .. })
            | AppError::Store(StoreError::HanyaBaca { .. })
            | AppError::Store(StoreError::PerluSandi { .. })
            | AppError::Store(StoreError::SandiSalah { .. }) => 3,
            AppError::Store(StoreError::VersiLebihBaru { .. })
            | AppError::Store(StoreError::BukanBasisData { .. })
            | AppError::Store(StoreError::BukanKinerja { .. }) => 4,
            AppError::Masukan { .. }
            | AppError::FormatVektor(_)
            | AppError::Berkas { .. }
            | AppError::DataSudahAda
            | AppError::TahunTidakAda(_)
            | AppError::TidakSiapCetak { .. } => 2,
            AppError::Konflik { .. }
            | AppError::Terkunci { .. }
            | AppError::Store(StoreError::Terkunci)
            | AppError::Store(StoreError::Sibuk)
            | AppError::Store(StoreError::DibukaLain { .. })
            | AppError::Store(StoreError::DokumenTetap) => 5,
            AppError::Store(StoreError::CadanganTidakUtuh { .. }) => 6,
            _ => 1,
        }
    }
    pub fn ke_ui(&self) -> GalatUi {
        let isian = match self {
            AppError::Masukan { field, pesan } | AppError::Konflik { field, pesan } => {
                Some(IsianGalat {
                    nama: field.clone(),
                    pesan: pesan.clone(),
                })
            }
            _ => None,
        };
        GalatUi {
            kode: self.kode().to_string(),
            pesan: self.to_string(),
            isian,
        }
    }
}

/// What the UI receives for a failed command: its code, the whole message, and for a rejected input the field as
/// the form labels it (the form marks that field and shows the message beside it).
#[derive(Debug, Clone, Serialize, TS)]
pub struct GalatUi {
    pub kode: String,
    pub pesan: String,
    pub isian: Option<IsianGalat>,
}

/// The field a rejected input names, and why (shown beside that field).
#[derive(Debug, Clone, Serialize, TS)]
pub struct IsianGalat {
    pub nama: String,
    pub pesan: String,
}
