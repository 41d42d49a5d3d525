//! Typed values of a row: a decimal or a date stored as TEXT is read into `Decimal` or `NaiveDate` while the row is
//! read, and a value that does not parse is an error naming its column (`StoreError::DataRusak`), never a None.
//! Decimals are written back as normalised text ("95.5", not "95.50").
use std::str::FromStr;

use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::Type;
use rust_decimal::Decimal;

use super::{Result, StoreError};

/// A stored value that does not read as its type; `StoreError::from` turns it into `DataRusak`.
#[derive(Debug, thiserror::Error)]
#[error("kolom {kolom}: {jenis} \"{nilai}\" tidak terbaca")]
pub struct NilaiRusak {
    pub kolom: String,
    pub jenis: &'static str,
    pub nilai: String,
}

fn rusak(r: &Row, i: usize, jenis: &'static str, nilai: &str) -> rusqlite::Error {
    let kolom = r
        .as_ref()
        .column_name(i)
        .map(str::to_string)
        .unwrap_or_else(|_| i.to_string());
    rusqlite::Error::FromSqlConversionFailure(
        i,
        Type::Text,
        Box::new(NilaiRusak {
            kolom,
            jenis,
            nilai: nilai.to_string(),
        }),
    )
}

/// A nullable decimal column.
pub(super) fn dec(r: &Row, i: usize) -> rusqlite::Result<Option<Decimal>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(s) => Decimal::from_str(&s)
            .map(Some)
            .map_err(|_| rusak(r, i, "angka", &s)),
    }
}

/// A decimal column that must hold one.
pub(super) fn dec_wajib(r: &Row, i: usize) -> rusqlite::Result<Decimal> {
    let s: String = r.get(i)?;
    Decimal::from_str(&s).map_err(|_| rusak(r, i, "angka", &s))
}

/// A nullable ISO date column ("2026-03-15").
pub(super) fn tanggal(r: &Row, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(s) => NaiveDate::parse_from_str(&s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| rusak(r, i, "tanggal", &s)),
    }
}

/// An ISO date column that must hold one.
pub(super) fn tanggal_wajib(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = r.get(i)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| rusak(r, i, "tanggal", &s))
}

/// A decimal as it is stored: normalised text.
pub(super) fn teks(d: Option<Decimal>) -> Option<String> {
    d.map(|d| d.normalize().to_string())
}

/// A date as it is stored: ISO text.
pub(super) fn teks_tanggal(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// Values already out of a row, named by the caller (`tempat`): the SKP the rules score reads these.

pub(super) fn baca_dec(tempat: &str, s: Option<String>) -> Result<Option<Decimal>> {
    s.map(|s| {
        Decimal::from_str(&s).map_err(|e| StoreError::DataRusak {
            tempat: tempat.into(),
            pesan: format!("angka \"{s}\": {e}"),
        })
    })
    .transpose()
}

pub(super) fn baca_kosakata<T>(
    tempat: &str,
    s: Option<String>,
    dari: fn(&str) -> Option<T>,
) -> Result<Option<T>> {
    s.map(|s| {
        dari(&s).ok_or_else(|| StoreError::DataRusak {
            tempat: tempat.into(),
            pesan: format!("nilai tidak dikenal \"{s}\""),
        })
    })
    .transpose()
}

pub(super) fn baca_tanggal(tempat: &str, s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::DataRusak {
        tempat: tempat.into(),
        pesan: format!("tanggal \"{s}\""),
    })
}
