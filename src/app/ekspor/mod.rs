//! Ekspor: the spreadsheets the office exchanges: SKP, templates, rekap.
mod lembar;

pub use lembar::*;
