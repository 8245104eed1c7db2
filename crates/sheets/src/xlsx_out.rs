//! What we put right in the XLSX files IronCalc writes, so Excel and LibreOffice read them as we
//! meant:
//! - Excel's `_xlfn.` prefixes: a function added after Excel 2007 is read only with the prefix
//!   (`_xlfn.DAYS(`), an older one only without it (`CEILING(`); IronCalc 0.8.3 gets some wrong,
//!   so an exported file showed #NAME? there (`tests/libreoffice.rs` finds them);
//! - tab colours, which IronCalc's writer leaves out.
//!
//! Hand-written: no crate rewrites parts of an XLSX in place; the formula fix is a small scan of
//! each formula outside its string literals.

use crate::SheetsError;
use regex::Regex;
use std::borrow::Cow;
use std::io::{Cursor, Read, Write};
use std::sync::OnceLock;

/// Written by IronCalc with a prefix that these older functions never had.
const WITHOUT_PREFIX: &[&str] = &["CEILING", "ISO.CEILING", "GAMMALN"];
/// Written by IronCalc without the prefix these newer functions need.
const WITH_PREFIX: &[&str] = &["DAYS", "GAUSS", "FORECAST.LINEAR", "GAMMA.DIST"];
const PREFIX: &str = "_xlfn.";

/// One formula (as stored in the file, without `=`) with its prefixes put right.
pub(crate) fn fix_formula(formula: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(formula.len() + 8);
    let mut changed = false;
    let mut rest = formula;
    let mut in_string = false;
    let mut previous: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        if c == '"' {
            in_string = !in_string;
        }
        let starts_name = !in_string
            && (c.is_ascii_alphabetic() || c == '_')
            && !previous.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_');
        if starts_name {
            let end = rest
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '_'))
                .unwrap_or(rest.len());
            let (name, after) = rest.split_at(end);
            if after.starts_with('(') {
                let bare = name.strip_prefix(PREFIX).unwrap_or(name);
                let upper = bare.to_ascii_uppercase();
                let fixed = if WITHOUT_PREFIX.contains(&upper.as_str()) {
                    Some(bare.to_owned())
                } else if WITH_PREFIX.contains(&upper.as_str()) {
                    Some(format!("{PREFIX}{bare}"))
                } else {
                    None
                };
                if let Some(fixed) = fixed.filter(|fixed| fixed != name) {
                    out.push_str(&fixed);
                    changed = true;
                } else {
                    out.push_str(name);
                }
            } else {
                out.push_str(name);
            }
            previous = name.chars().last();
            rest = after;
            continue;
        }
        out.push(c);
        previous = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(formula)
    }
}

fn formula_elements() -> &'static Regex {
    static FORMULA: OnceLock<Regex> = OnceLock::new();
    FORMULA.get_or_init(|| Regex::new(r"(<f(?:\s[^>]*)?>)([^<]*)(</f>)").expect("a valid pattern"))
}

/// A worksheet's XML with every formula element's prefixes put right.
fn fix_worksheet(xml: &str) -> Cow<'_, str> {
    formula_elements().replace_all(xml, |captures: &regex::Captures<'_>| {
        // The text is XML-escaped; quotes may be `&quot;`, which the scan must see as quotes.
        let text = captures[2].replace("&quot;", "\"");
        let fixed = fix_formula(&text).replace('"', "&quot;");
        format!("{}{}{}", &captures[1], fixed, &captures[3])
    })
}

/// A worksheet's XML with its tab colour (`#rrggbb`) as the first element, where Excel wants it.
fn with_tab_color<'a>(xml: Cow<'a, str>, color: Option<&str>) -> Cow<'a, str> {
    let Some(rgb) = color
        .and_then(|c| c.strip_prefix('#'))
        .filter(|c| c.len() == 6 && c.chars().all(|h| h.is_ascii_hexdigit()))
    else {
        return xml;
    };
    let Some(open) = xml
        .find("<worksheet")
        .and_then(|start| xml[start..].find('>').map(|end| start + end + 1))
    else {
        return xml;
    };
    let mut out = String::with_capacity(xml.len() + 64);
    out.push_str(&xml[..open]);
    out.push_str(&format!(
        "<sheetPr><tabColor rgb=\"FF{}\"/></sheetPr>",
        rgb.to_ascii_uppercase()
    ));
    out.push_str(&xml[open..]);
    Cow::Owned(out)
}

/// The workbook file with its worksheets' formulas put right and tab colours (per sheet, in
/// order) written; other parts copied as they are.
pub(crate) fn fix_workbook(xlsx: Vec<u8>, tab_colors: &[Option<String>]) -> Result<Vec<u8>, SheetsError> {
    let broken = |e: &dyn std::fmt::Display| SheetsError::Engine(format!("writing the XLSX file: {e}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(&xlsx)).map_err(|e| broken(&e))?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(xlsx.len())));
    let options = zip::write::FileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|e| broken(&e))?;
        let name = entry.name().to_owned();
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        entry.read_to_end(&mut bytes).map_err(|e| broken(&e))?;
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| broken(&e))?;
        // IronCalc names the sheets' parts `sheet1.xml`, `sheet2.xml`… in tab order.
        let sheet_number = name
            .strip_prefix("xl/worksheets/sheet")
            .and_then(|rest| rest.strip_suffix(".xml"))
            .and_then(|n| n.parse::<usize>().ok());
        match (std::str::from_utf8(&bytes), sheet_number) {
            (Ok(xml), Some(number)) => {
                let color = tab_colors.get(number.wrapping_sub(1)).and_then(Option::as_deref);
                writer.write_all(with_tab_color(fix_worksheet(xml), color).as_bytes())
            }
            _ => writer.write_all(&bytes),
        }
        .map_err(|e| broken(&e))?;
    }
    Ok(writer.finish().map_err(|e| broken(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_added_and_removed_where_excel_expects() {
        assert_eq!(
            fix_formula("_xlfn.CEILING(A1,2)+_xlfn.CEILING.MATH(A1)"),
            "CEILING(A1,2)+_xlfn.CEILING.MATH(A1)"
        );
        assert_eq!(
            fix_formula("DAYS(B1,B2)+NETWORKDAYS(B1,B2)+DAYS360(B1,B2)"),
            "_xlfn.DAYS(B1,B2)+NETWORKDAYS(B1,B2)+DAYS360(B1,B2)"
        );
        assert_eq!(
            fix_formula("_xlfn.GAMMALN(5)+_xlfn.GAMMALN.PRECISE(5)+GAMMA.DIST(2,3,1,TRUE)"),
            "GAMMALN(5)+_xlfn.GAMMALN.PRECISE(5)+_xlfn.GAMMA.DIST(2,3,1,TRUE)"
        );
        assert_eq!(fix_formula("_xlfn.DAYS(A1,A2)"), "_xlfn.DAYS(A1,A2)");
    }

    #[test]
    fn text_in_quotes_and_names_that_are_not_calls_stay() {
        assert_eq!(fix_formula("\"DAYS(\"&GAUSS"), "\"DAYS(\"&GAUSS");
        assert!(matches!(fix_formula("SUM(A1:A3)"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_tab_colour_goes_first_in_the_worksheet() {
        let xml =
            Cow::Borrowed(r#"<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1"/></worksheet>"#);
        assert_eq!(
            with_tab_color(xml.clone(), Some("#00aa00")),
            r#"<?xml version="1.0"?><worksheet xmlns="x"><sheetPr><tabColor rgb="FF00AA00"/></sheetPr><dimension ref="A1"/></worksheet>"#
        );
        assert_eq!(with_tab_color(xml.clone(), Some("green")), xml);
        assert_eq!(with_tab_color(xml.clone(), None), xml);
    }

    #[test]
    fn only_formula_elements_change() {
        let xml =
            r#"<c r="A1"><f>DAYS(B1,&quot;2024-01-01&quot;)</f><v>3</v></c><c><is><t>DAYS(</t></is></c>"#;
        assert_eq!(
            fix_worksheet(xml),
            r#"<c r="A1"><f>_xlfn.DAYS(B1,&quot;2024-01-01&quot;)</f><v>3</v></c><c><is><t>DAYS(</t></is></c>"#
        );
    }
}
