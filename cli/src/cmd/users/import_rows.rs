//! Rows of an import file: CSV with a header (via the `csv` crate), a JSON array,
//! JSON lines or a YAML list. The format comes from the extension; on stdin a leading
//! `[` means JSON, `{` JSON lines, else CSV. A bad row is an error for that row only.

use anyhow::{Result, bail};
use serde_json::{Map, Value};

/// One result per data row (row numbers start at 1, after any header).
pub fn parse(name: &str, text: &str) -> Result<Vec<Result<Value>>> {
    let lower = name.to_ascii_lowercase();
    let trimmed = text.trim_start();
    if lower.ends_with(".jsonl") || (name == "-" && trimmed.starts_with('{')) {
        return Ok(text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str::<Value>(l)
                    .map_err(|e| anyhow::anyhow!("invalid JSON: {e}"))
                    .and_then(object)
            })
            .collect());
    }
    if lower.ends_with(".json") || (name == "-" && trimmed.starts_with('[')) {
        let doc: Value = serde_json::from_str(text)?;
        return list(doc);
    }
    if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        let doc: Value = serde_norway::from_str(text)?;
        return list(doc);
    }
    csv_rows(text)
}

fn list(doc: Value) -> Result<Vec<Result<Value>>> {
    let Value::Array(items) = doc else {
        bail!("expected a list of user objects");
    };
    Ok(items.into_iter().map(object).collect())
}

fn object(v: Value) -> Result<Value> {
    match v {
        Value::Object(_) => Ok(v),
        other => bail!("expected an object, got {other}"),
    }
}

fn csv_rows(text: &str) -> Result<Vec<Result<Value>>> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr.headers()?.clone();
    Ok(rdr
        .records()
        .map(|rec| {
            let rec = rec.map_err(|e| anyhow::anyhow!("malformed CSV: {e}"))?;
            let map: Map<String, Value> = headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.trim().to_owned(), Value::String(v.to_owned())))
                .collect();
            Ok(Value::Object(map))
        })
        .collect())
}
