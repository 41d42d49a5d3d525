//! Rencana: peta strategi, IKU/IKI with manual, cascading and trajectory, the catalogue, years, and the checks before printing.
mod iki;
mod katalog;
mod periksa;
mod ss;
mod tahun;

pub use iki::*;
pub use katalog::*;
pub use periksa::*;
pub use ss::*;
pub use tahun::*;
