//! Laporan: what the office hands to the level above. The quarterly report of organisation performance (NKO and
//! predikat, capaian per IKU, inisiatif strategis, risks and mitigation, the DKO held and the rencana aksi), as PDF
//! and as a workbook, with the same figures as the Evaluasi screen.
mod triwulan;

pub use triwulan::*;
