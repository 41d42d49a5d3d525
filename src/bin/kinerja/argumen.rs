//! clap's own messages are English; an argument error is told again in Indonesian, with the same exit code (2)
//! as any other input error.
use clap::error::{ContextKind, ContextValue, ErrorKind};

fn teks(e: &clap::Error, k: ContextKind) -> Option<String> {
    match e.get(k)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        ContextValue::None => None,
        _ => None,
    }
}

/// What a value of this argument should look like, for the message.
fn bentuk(arg: &str) -> &'static str {
    let a = arg.to_lowercase();
    if a.contains("tanggal") || a.contains("hari-ini") || a.contains("hari_ini") {
        " (tanggal ditulis TTTT-BB-HH, misalnya 2025-01-20)"
    } else if a.contains("tahun") {
        " (tahun empat angka, misalnya 2025)"
    } else if a.contains("triwulan") {
        " (triwulan 1 sampai 4)"
    } else if a.contains("pegawai") || a.contains("ulang") || a.contains("seed") {
        " (bilangan bulat)"
    } else {
        ""
    }
}

/// The Indonesian line for an argument error (None for help and version, which clap prints as they are).
pub fn pesan(e: &clap::Error) -> Option<String> {
    let arg = teks(e, ContextKind::InvalidArg).unwrap_or_default();
    let nilai = teks(e, ContextKind::InvalidValue).unwrap_or_default();
    let saran = teks(e, ContextKind::SuggestedArg)
        .or_else(|| teks(e, ContextKind::SuggestedSubcommand))
        .map(|s| format!("; maksud Anda {s}?"))
        .unwrap_or_default();
    let pilihan = teks(e, ContextKind::ValidValue)
        .map(|s| format!("; pilihan: {s}"))
        .unwrap_or_default();
    Some(match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            "perintah belum disebut; lihat daftar perintah dengan kinerja --help".into()
        }
        ErrorKind::InvalidSubcommand => format!(
            "perintah '{}' tidak dikenal{saran}",
            teks(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::UnknownArgument => format!("opsi '{arg}' tidak dikenal{saran}"),
        ErrorKind::MissingRequiredArgument => format!("wajib diisi: {arg}"),
        ErrorKind::InvalidValue => {
            if nilai.is_empty() {
                format!("{arg} memerlukan nilai{}", bentuk(&arg))
            } else {
                format!("nilai '{nilai}' tidak sah untuk {arg}{pilihan}")
            }
        }
        ErrorKind::ValueValidation => format!(
            "nilai '{nilai}' untuk {arg} tidak dapat dibaca{}",
            bentuk(&arg)
        ),
        ErrorKind::ArgumentConflict => format!(
            "{arg} tidak dapat dipakai bersama {}",
            teks(e, ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("jumlah nilai untuk {arg} tidak sesuai")
        }
        ErrorKind::NoEquals => format!("{arg} harus ditulis dengan '=' sebelum nilainya"),
        ErrorKind::InvalidUtf8 => {
            "argumen berisi karakter yang tidak dapat dibaca (bukan UTF-8)".into()
        }
        _ => "argumen tidak dapat dibaca; lihat kinerja --help".into(),
    })
}

/// Prints the error (Indonesian) or the help/version, and gives the exit code.
pub fn laporkan(e: clap::Error) -> u8 {
    match pesan(&e) {
        None => {
            // Help and version go to stdout; clap's own "[OPTIONS]" in usage lines is said in Indonesian.
            print!("{}", e.render().to_string().replace("[OPTIONS]", "[OPSI]"));
            0
        }
        Some(p) => {
            eprintln!("galat [ARGUMEN]: {p}");
            eprintln!("Lihat bantuan: kinerja --help, atau kinerja <PERINTAH> --help");
            2
        }
    }
}
