//! A headless LibreOffice (Debian's `libreoffice-calc`) for tests and benchmarks: opens a file,
//! recalculates every formula, saves it as XLSX; and its values read back beside Tandem's. Shared
//! with `examples/recalc.rs`.
//!
//! LibreOffice is told to recalculate every file it loads (its default for XLSX is to trust the
//! cached values), so each value read back from a file it saved is one it computed.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tandem_sheets::Value;

/// A headless LibreOffice with a profile of its own: no clash with another instance, and
/// recalculation on load forced.
pub struct LibreOffice {
    dir: tempfile::TempDir,
}

/// LibreOffice's settings for files it loads; `{mode}` is 0 to recalculate every formula, 1 to
/// keep the values cached in the file.
const RECALCULATION_ON_LOAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>{mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>{mode}</value></prop></item>
</oor:items>
"#;

/// How long one conversion may take before the test gives up on LibreOffice.
const CONVERSION_LIMIT: Duration = Duration::from_secs(180);

impl LibreOffice {
    pub fn new() -> Self {
        Self::with_recalculation_mode("0")
    }

    /// One that keeps the values a file carries instead of recalculating: what is left of its
    /// time is opening and saving.
    #[allow(dead_code)] // Only the benchmark asks for it.
    pub fn keeping_cached_values() -> Self {
        Self::with_recalculation_mode("1")
    }

    fn with_recalculation_mode(mode: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let user = dir.path().join("profile/user");
        std::fs::create_dir_all(&user).unwrap();
        let settings = RECALCULATION_ON_LOAD.replace("{mode}", mode);
        std::fs::write(user.join("registrymodifications.xcu"), settings).unwrap();
        LibreOffice { dir }
    }

    /// Opens `name` (written with `bytes`), recalculates, and returns it saved as XLSX.
    pub fn resave_as_xlsx(&self, name: &str, bytes: &[u8]) -> Vec<u8> {
        let input = self.dir.path().join(name);
        std::fs::write(&input, bytes).unwrap();
        // A LibreOffice that starts for the first time on a machine, while another builds its
        // font cache, has been seen to abort; one more start then succeeds.
        let mut status = self.convert(name, &input);
        if !status.success() {
            eprintln!("LibreOffice failed to convert {name} ({status}); trying once more");
            status = self.convert(name, &input);
        }
        assert!(status.success(), "LibreOffice failed to convert {name}: {status}");
        let out = self.dir.path().join("out");
        let saved: PathBuf = out.join(Path::new(name).with_extension("xlsx").file_name().unwrap());
        std::fs::read(&saved).unwrap_or_else(|e| panic!("LibreOffice wrote no {}: {e}", saved.display()))
    }

    fn convert(&self, name: &str, input: &Path) -> std::process::ExitStatus {
        let out = self.dir.path().join("out");
        let profile = format!("file://{}", self.dir.path().join("profile").display());
        let mut child = Command::new("soffice")
            .arg(format!("-env:UserInstallation={profile}"))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
            ])
            .arg("--outdir")
            .arg(&out)
            .arg(input)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("LibreOffice's `soffice` must be installed (Debian: libreoffice-calc)");
        let started = Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if started.elapsed() > CONVERSION_LIMIT {
                let _ = child.kill();
                panic!("LibreOffice did not convert {name} within {CONVERSION_LIMIT:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A value as both sides report it; errors are their codes ("#N/A").
#[derive(Debug, Clone, PartialEq)]
pub enum Seen {
    Number(f64),
    Text(String),
    Bool(bool),
    Error(String),
}

impl Seen {
    pub fn from_tandem(value: Value) -> Self {
        match value {
            Value::Number(n) => Seen::Number(n),
            Value::Bool(b) => Seen::Bool(b),
            Value::Empty => Seen::Text(String::new()),
            Value::Text(t) if is_error_code(&t) => Seen::Error(t),
            Value::Text(t) => Seen::Text(t),
        }
    }

    pub fn from_libreoffice(value: Option<&Data>) -> Self {
        match value {
            None | Some(Data::Empty) => Seen::Text(String::new()),
            Some(Data::Int(n)) => Seen::Number(*n as f64),
            Some(Data::Float(n)) => Seen::Number(*n),
            Some(Data::DateTime(d)) => Seen::Number(d.as_f64()),
            Some(Data::Bool(b)) => Seen::Bool(*b),
            Some(Data::Error(e)) => Seen::Error(e.to_string()),
            Some(Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => Seen::Text(s.clone()),
        }
    }

    /// Equal, numbers within a relative 1e-9 (iterative functions such as IRR stop at slightly
    /// different points in two engines).
    pub fn agrees_with(&self, other: &Seen) -> bool {
        match (self, other) {
            (Seen::Number(a), Seen::Number(b)) => {
                a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) || (a - b).abs() < 1e-12
            }
            _ => self == other,
        }
    }
}

fn is_error_code(text: &str) -> bool {
    matches!(
        text,
        "#DIV/0!"
            | "#N/A"
            | "#NAME?"
            | "#NULL!"
            | "#NUM!"
            | "#REF!"
            | "#VALUE!"
            | "#CIRC!"
            | "#ERROR!"
            | "#SPILL!"
            | "#CALC!"
            | "#N/IMPL!"
    )
}

/// The values LibreOffice computed and cached for one sheet of a file it saved.
pub fn sheet_values(xlsx: &[u8], sheet: &str) -> calamine::Range<Data> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).expect("LibreOffice's XLSX reads");
    workbook
        .worksheet_range(sheet)
        .expect("the sheet is in LibreOffice's file")
}
