//! Property tests of bulk-file rows (what `ws users import` reads): any bytes are rows
//! or one error for the whole file, never a panic; rows are numbered 1, 2, … and every
//! bad row says why; a table written by a CSV writer (LF or CRLF, any field text,
//! quotes and line breaks included) reads back exactly; one short row in it is one bad
//! row naming its line, with every other row intact; and the retry file of the bad
//! rows reads back as the same bad rows.

use proptest::prelude::*;
use serde_json::Value;

use super::{Format, Input};

fn field() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9@. ]{0,12}", "[a-z\",\r\n ]{0,8}", "\\PC{0,10}",]
}

fn header(width: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::btree_set("[a-z][a-z_]{0,8}", width)
        .prop_map(|s| s.into_iter().collect::<Vec<_>>())
        .prop_shuffle()
}

/// A header of 1–5 distinct names and 0–12 rows of that width.
fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
    (1usize..6).prop_flat_map(|w| {
        (
            header(w),
            prop::collection::vec(prop::collection::vec(field(), w), 0..12),
        )
    })
}

fn write_csv(header: &[String], rows: &[Vec<String>], crlf: bool) -> Vec<u8> {
    let terminator = match crlf {
        true => csv::Terminator::CRLF,
        false => csv::Terminator::Any(b'\n'),
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(terminator)
        .quote_style(csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

/// A row the writer emits as an empty line: the reader skips it, so it is not a row.
fn blank(row: &[String]) -> bool {
    row.len() == 1 && row[0].is_empty()
}

proptest! {
    #[test]
    fn any_bytes_are_numbered_rows_or_one_file_error(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..300),
            "[a-z,\"\r\n]{0,120}".prop_map(String::into_bytes),
        ],
        name in prop::sample::select(vec!["u.csv", "u.json", "u.jsonl", "u.yaml", "-"]),
    ) {
        let Ok(input) = Input::parse(name, &bytes) else { return Ok(()) };
        for (i, row) in input.rows.iter().enumerate() {
            prop_assert_eq!(row.n, i + 1);
            if let Err(e) = &row.value {
                prop_assert!(!e.is_empty());
            }
        }
    }

    #[test]
    fn a_written_table_reads_back_exactly((header, rows) in table(), crlf in any::<bool>()) {
        let rows: Vec<Vec<String>> = rows.into_iter().filter(|r| !blank(r)).collect();
        let bytes = write_csv(&header, &rows, crlf);
        let input = Input::parse("users.csv", &bytes).unwrap();
        prop_assert_eq!(input.format, Format::Csv);
        prop_assert_eq!(input.rows.len(), rows.len(), "{:?}", String::from_utf8_lossy(&bytes));
        for (row, want) in input.rows.iter().zip(&rows) {
            let got = row.value.as_ref().map_err(|e| TestCaseError::fail(e.clone()))?;
            for (h, v) in header.iter().zip(want) {
                prop_assert_eq!(&got[h.as_str()], &Value::String(v.clone()));
            }
        }
    }

    #[test]
    fn one_short_row_is_one_bad_row_and_the_rest_are_intact(
        (header, rows) in table().prop_filter("two columns", |(h, _)| h.len() >= 2),
        crlf in any::<bool>(),
        pick in any::<prop::sample::Index>(),
    ) {
        // Plain fields, one line each, so that the line of the short row is known.
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|r| r.into_iter().map(|f| f.replace(['"', ',', '\r', '\n'], "")).collect())
            .collect();
        prop_assume!(!rows.is_empty());
        let short = pick.index(rows.len());
        let mut written = rows.clone();
        written[short].truncate(1);
        let bytes = write_csv(&header, &written, crlf);
        let input = Input::parse("users.csv", &bytes).unwrap();
        prop_assert_eq!(input.rows.len(), rows.len());
        let bad: Vec<usize> = input.rows.iter().filter(|r| r.value.is_err()).map(|r| r.n).collect();
        prop_assert_eq!(&bad, &vec![short + 1]);
        let e = input.rows[short].value.clone().unwrap_err();
        let line = format!("line {}", short + 2);
        prop_assert!(e.contains(&line) && e.contains("1 fields"), "{}", e);

        let dir = tempfile::tempdir().unwrap();
        let retry = dir.path().join("retry.csv");
        input.write_retry(&retry, &bad).unwrap();
        let again = Input::parse("retry.csv", &std::fs::read(&retry).unwrap()).unwrap();
        prop_assert_eq!(again.rows.len(), 1);
        prop_assert!(again.rows[0].value.is_err());
    }
}
