//! Undo: what a deletion or an edit returns, and the action that takes it back.
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::store::Db;

/// What a deletion or an edit returns: the audit entries that undo it, and a sentence for the "Batalkan" bar.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Urungan {
    #[ts(type = "Array<number>")]
    pub audit_id: Vec<i64>,
    pub pesan: String,
}

/// Undoes a deletion or an edit of this session (unit, SS, IKI and the yearly records).
pub fn pulihkan(db: &mut Db, audit_id: &[i64], waktu: &str) -> Result<String, AppError> {
    let apa = db.pulihkan(audit_id, waktu)?;
    Ok(format!(
        "{} dikembalikan seperti semula.",
        match apa.as_str() {
            "iki" => "IKU/IKI",
            "ss" => "Sasaran strategis",
            "hkt" => "HKT",
            "realisasi" => "Realisasi",
            "dialog_kinerja" => "Catatan dialog kinerja",
            "dko" => "Catatan DKO",
            "pembinaan" => "Catatan pembinaan",
            "inisiatif_strategis" => "Inisiatif strategis",
            "risiko" => "Risiko",
            "pemanfaatan" => "Catatan penghargaan/sanksi",
            "unit" => "Unit",
            _ => "Data",
        }
    ))
}
