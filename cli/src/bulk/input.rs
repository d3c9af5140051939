//! Input rows of a bulk file: CSV with a header (the `csv` crate), a JSON array, JSON
//! lines or a YAML list. The format comes from the extension; on stdin from the first
//! byte (`[` JSON, `{` JSON lines, `-` YAML, else CSV). A bad row — invalid UTF-8, bad
//! JSON, a CSV record whose field count does not match the header (an unclosed quote
//! swallows the following lines: reading resumes on the next line) — is an error for
//! that row only. Every row keeps its original text so failed rows can be written back
//! in the input format ([`Input::write_retry`]).

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

/// The format of a bulk file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header line.
    Csv,
    /// A JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A YAML list of mappings.
    Yaml,
}

impl Format {
    /// The format a file name (or `-` with its content) implies.
    pub fn detect(name: &str, bytes: &[u8]) -> Format {
        let lower = name.to_ascii_lowercase();
        let by_ext = [
            (".jsonl", Format::Jsonl),
            (".ndjson", Format::Jsonl),
            (".json", Format::Json),
            (".yaml", Format::Yaml),
            (".yml", Format::Yaml),
            (".csv", Format::Csv),
        ];
        if let Some((_, f)) = by_ext.iter().find(|(e, _)| lower.ends_with(e)) {
            return *f;
        }
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => Format::Json,
            Some(b'{') => Format::Jsonl,
            Some(b'-') => Format::Yaml,
            _ => Format::Csv,
        }
    }
}

/// One data row: its 1-based number, its original text, and the object or why not.
#[derive(Debug, Clone)]
pub struct Row {
    /// Row number (data rows, after any header), from 1.
    pub n: usize,
    /// The object, or what is wrong with the row.
    pub value: Result<Value, String>,
    raw: Raw,
}

#[derive(Debug, Clone)]
enum Raw {
    Bytes(Vec<u8>),
    Value(Value),
}

/// A parsed bulk file.
#[derive(Debug, Clone)]
pub struct Input {
    /// Its format.
    pub format: Format,
    /// The rows in file order.
    pub rows: Vec<Row>,
    header: Vec<u8>,
}

impl Input {
    /// Parses `bytes`; fails only when the file as a whole is unusable.
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Input> {
        let format = Format::detect(name, bytes);
        let (header, rows) = match format {
            Format::Csv => csv_rows(bytes)?,
            Format::Jsonl => (Vec::new(), jsonl_rows(bytes)),
            Format::Json | Format::Yaml => {
                let text = std::str::from_utf8(bytes).context("the file is not valid UTF-8")?;
                let doc: Value = if format == Format::Json {
                    serde_json::from_str(text).context("invalid JSON")?
                } else {
                    serde_norway::from_str(text).context("invalid YAML")?
                };
                (Vec::new(), list_rows(doc)?)
            }
        };
        Ok(Input {
            format,
            rows,
            header,
        })
    }

    /// Writes the rows numbered in `failed` to `path` in the input format, so the file
    /// can be fed to the same command again.
    pub fn write_retry(&self, path: &Path, failed: &[usize]) -> Result<()> {
        let picked: Vec<&Row> = self.rows.iter().filter(|r| failed.contains(&r.n)).collect();
        let bytes = match self.format {
            Format::Csv | Format::Jsonl => {
                let mut out = self.header.clone();
                for r in &picked {
                    if let Raw::Bytes(b) = &r.raw {
                        out.extend_from_slice(b);
                        if !b.ends_with(b"\n") {
                            out.push(b'\n');
                        }
                    }
                }
                out
            }
            Format::Json | Format::Yaml => {
                let values: Vec<&Value> = picked
                    .iter()
                    .filter_map(|r| match &r.raw {
                        Raw::Value(v) => Some(v),
                        Raw::Bytes(_) => None,
                    })
                    .collect();
                if self.format == Format::Json {
                    let mut s = serde_json::to_string_pretty(&values)?;
                    s.push('\n');
                    s.into_bytes()
                } else {
                    serde_norway::to_string(&values)?.into_bytes()
                }
            }
        };
        std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
    }
}

fn list_rows(doc: Value) -> Result<Vec<Row>> {
    let Value::Array(items) = doc else {
        bail!("expected a list of objects at the top level");
    };
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, v)| Row {
            n: i + 1,
            value: object(v.clone()),
            raw: Raw::Value(v),
        })
        .collect())
}

fn object(v: Value) -> Result<Value, String> {
    match v {
        Value::Object(_) => Ok(v),
        other => Err(format!("expected an object, got {other}")),
    }
}

fn jsonl_rows(bytes: &[u8]) -> Vec<Row> {
    bytes
        .split(|b| *b == b'\n')
        .enumerate()
        .filter(|(_, l)| !l.trim_ascii().is_empty())
        .enumerate()
        .map(|(i, (line_no, line))| {
            let value = std::str::from_utf8(line)
                .map_err(|_| format!("invalid UTF-8 on line {}", line_no + 1))
                .and_then(|t| {
                    serde_json::from_str::<Value>(t).map_err(|e| format!("invalid JSON: {e}"))
                })
                .and_then(object);
            Row {
                n: i + 1,
                value,
                raw: Raw::Bytes(line.to_vec()),
            }
        })
        .collect()
}

/// CSV: the header, then records; a record with the wrong field count is a bad row,
/// and when it spans lines (an unclosed quote) reading restarts on its second line.
fn csv_rows(bytes: &[u8]) -> Result<(Vec<u8>, Vec<Row>)> {
    let mut rdr = reader(bytes);
    let mut rec = csv::ByteRecord::new();
    if !rdr
        .read_byte_record(&mut rec)
        .context("cannot read the CSV header")?
    {
        return Ok((Vec::new(), Vec::new()));
    }
    let header: Vec<String> = rec
        .iter()
        .map(|h| String::from_utf8(h.to_vec()).map(|s| s.trim().to_owned()))
        .collect::<Result<_, _>>()
        .context("the CSV header is not valid UTF-8")?;
    let header_end = rdr.position().byte() as usize;
    let (mut offset, mut line_base) = (header_end, 1u64);
    let mut rows = Vec::new();
    'outer: while offset < bytes.len() {
        let mut rdr = reader(&bytes[offset..]);
        loop {
            let start = rdr.position().clone();
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => break 'outer,
                Ok(true) => {}
                Err(e) => bail!("cannot read the CSV: {e}"),
            }
            let (from, to) = (start.byte() as usize, rdr.position().byte() as usize);
            // After a CRLF record the reader stops between `\r` and `\n`: the next
            // record's span starts with that `\n`, which is not a line of its own.
            let lead = bytes[offset + from..offset + to]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
            let from = from + lead;
            let raw = &bytes[offset + from..offset + to];
            let line = line_base + rec.position().map_or(start.line(), |p| p.line());
            let value = csv_value(&header, &rec, line);
            let swallowed = value.is_err() && rec.len() != header.len();
            let first_line_end = raw.iter().position(|b| *b == b'\n').map(|i| i + 1);
            if let (true, Some(cut)) = (swallowed, first_line_end.filter(|c| *c < raw.len())) {
                rows.push(bad_row(rows.len() + 1, &raw[..cut], value));
                offset += from + cut;
                line_base = line;
                continue 'outer;
            }
            rows.push(bad_row(rows.len() + 1, raw, value));
        }
    }
    Ok((bytes[..header_end].to_vec(), rows))
}

fn bad_row(n: usize, raw: &[u8], value: Result<Value, String>) -> Row {
    Row {
        n,
        value,
        raw: Raw::Bytes(raw.to_vec()),
    }
}

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

fn csv_value(header: &[String], rec: &csv::ByteRecord, line: u64) -> Result<Value, String> {
    if rec.len() != header.len() {
        return Err(format!(
            "malformed CSV on line {line}: {} fields where the header has {} (check the quoting)",
            rec.len(),
            header.len()
        ));
    }
    let mut map = Map::new();
    for (h, v) in header.iter().zip(rec.iter()) {
        let v = std::str::from_utf8(v)
            .map_err(|_| format!("invalid UTF-8 in column '{h}' on line {line}"))?;
        map.insert(h.clone(), Value::String(v.to_owned()));
    }
    Ok(Value::Object(map))
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(input: &Input) -> Vec<(usize, bool)> {
        input.rows.iter().map(|r| (r.n, r.value.is_ok())).collect()
    }

    #[test]
    fn csv_with_crlf_line_ends_reports_a_short_row_once() {
        let text = b"a,b\r\n1,2\r\n3\r\n5,6\r\n";
        let input = Input::parse("x.csv", text).unwrap();
        assert_eq!(errors(&input), [(1, true), (2, false), (3, true)]);
        let e = input.rows[1].value.clone().unwrap_err();
        assert!(e.contains("line 3") && e.contains("1 fields"), "{e}");
        assert_eq!(input.rows[2].value.clone().unwrap()["a"], "5");
    }

    #[test]
    fn csv_unclosed_quote_is_one_bad_row_and_reading_resumes() {
        let text = b"a,b\n1,2\n\"3,4\n5,6\n7,\xff\n8,9\n";
        let input = Input::parse("x.csv", text).unwrap();
        assert_eq!(
            errors(&input),
            [(1, true), (2, false), (3, true), (4, false), (5, true)]
        );
        let e = input.rows[1].value.clone().unwrap_err();
        assert!(e.contains("line 3") && e.contains("quoting"), "{e}");
        assert!(input.rows[3].value.clone().unwrap_err().contains("UTF-8"));
        assert_eq!(input.rows[4].value.as_ref().unwrap()["a"], "8");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("retry.csv");
        input.write_retry(&p, &[2, 4]).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"a,b\n\"3,4\n7,\xff\n");
    }

    #[test]
    fn quoted_multiline_field_is_one_good_row() {
        let input = Input::parse("x.csv", b"a,b\n\"x\ny\",2\n3,4\n").unwrap();
        assert_eq!(errors(&input), [(1, true), (2, true)]);
        assert_eq!(input.rows[0].value.as_ref().unwrap()["a"], "x\ny");
    }

    #[test]
    fn jsonl_bad_lines_and_yaml_retry_round_trip() {
        let input = Input::parse("-", b"{\"a\":1}\nnot json\n[1]\n").unwrap();
        assert_eq!(input.format, Format::Jsonl);
        assert_eq!(errors(&input), [(1, true), (2, false), (3, false)]);
        let y = Input::parse("u.yaml", b"- a: 1\n- a: 2\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.yaml");
        y.write_retry(&p, &[2]).unwrap();
        let back = Input::parse("r.yaml", &std::fs::read(&p).unwrap()).unwrap();
        assert_eq!(back.rows.len(), 1);
        assert_eq!(back.rows[0].value.as_ref().unwrap()["a"], 2);
    }
}
