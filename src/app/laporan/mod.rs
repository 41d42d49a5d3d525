//! Laporan: what the office hands to the level above. The quarterly report of organisation performance (NKO and
//! predikat, capaian per IKU, inisiatif strategis, risks and mitigation, the DKO held and the rencana aksi), as PDF
//! and as a workbook, with the same figures as the Evaluasi screen; and the reviu package for the pengelola kinerja
//! one level up (a zip with an index PDF and the year's documents, notulen, reports and evidence).
mod cetak;
mod deviasi;
mod paket;
mod triwulan;

pub use cetak::*;
pub use deviasi::*;
pub use paket::*;
pub use triwulan::*;
