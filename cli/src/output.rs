//! The output contract: data rendered as table, JSON, JSON lines, YAML or CSV on
//! stdout, narrowed by `--fields`; tables fitted to the terminal width; colour only
//! where [`Style`] allows it.

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};
use ws_client::OutputFormat;

use crate::ctx::Ctx;
use crate::exit;

/// Width used for tables when stdout is not a terminal.
const PIPE_WIDTH: u16 = 160;

/// ANSI styling that is a no-op when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    on: bool,
}

impl Style {
    /// Colour on or off.
    pub fn new(on: bool) -> Self {
        Self { on }
    }

    fn paint(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    /// Green text.
    pub fn green(self, s: &str) -> String {
        self.paint("32", s)
    }

    /// Yellow text.
    pub fn yellow(self, s: &str) -> String {
        self.paint("33", s)
    }

    /// Red text.
    pub fn red(self, s: &str) -> String {
        self.paint("31", s)
    }

    /// Bold text.
    pub fn bold(self, s: &str) -> String {
        self.paint("1", s)
    }
}

/// A list or a single record.
#[derive(Debug, Clone, Copy)]
pub enum Shape<'a> {
    /// Many records (a table with a header; a JSON array).
    List(&'a [Value]),
    /// One record (a two-column table; a JSON object).
    One(&'a Value),
}

/// Prints records in the context's format, narrowed by `--fields`.
pub fn print(ctx: &Ctx, shape: Shape<'_>, default_fields: &[&str]) -> Result<()> {
    let width = ctx.io.width.unwrap_or(PIPE_WIDTH);
    let text = render(
        ctx.format(),
        shape,
        ctx.fields.as_deref(),
        default_fields,
        width,
    )?;
    let mut out = ctx.out();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Renders records to text (pure, for tests).
pub fn render(
    format: OutputFormat,
    shape: Shape<'_>,
    fields: Option<&[String]>,
    default_fields: &[&str],
    width: u16,
) -> Result<String> {
    let items: Vec<&Value> = match shape {
        Shape::List(items) => items.iter().collect(),
        Shape::One(item) => vec![item],
    };
    if let Some(fields) = fields {
        check_fields(&items, fields)?;
    }
    let selected: Option<Vec<String>> = fields.map(<[String]>::to_vec);
    let narrowed: Vec<Value> = match &selected {
        Some(f) => items.iter().map(|i| narrow(i, f)).collect(),
        None => items.iter().map(|i| (*i).clone()).collect(),
    };
    let columns = selected.unwrap_or_else(|| table_columns(&items, default_fields));
    Ok(match format {
        OutputFormat::Json => {
            let doc = match shape {
                Shape::List(_) => Value::Array(narrowed),
                Shape::One(_) => narrowed.into_iter().next().unwrap_or(Value::Null),
            };
            format!("{}\n", serde_json::to_string_pretty(&doc)?)
        }
        OutputFormat::Jsonl => narrowed
            .iter()
            .map(|v| Ok(format!("{}\n", serde_json::to_string(v)?)))
            .collect::<Result<String>>()?,
        OutputFormat::Yaml => match shape {
            Shape::List(_) => serde_norway::to_string(&narrowed)?,
            Shape::One(_) => serde_norway::to_string(&narrowed[0])?,
        },
        OutputFormat::Csv => csv_text(&items, &columns)?,
        OutputFormat::Table => match shape {
            Shape::List(_) => list_table(&items, &columns, width),
            Shape::One(item) => record_table(item, &columns, width),
        },
    })
}

/// Rejects `--fields` names that no record has, listing the ones that exist.
fn check_fields(items: &[&Value], fields: &[String]) -> Result<()> {
    let Some(first) = items.first() else {
        return Ok(());
    };
    for f in fields {
        if lookup(first, f).is_none() && !items.iter().any(|i| lookup(i, f).is_some()) {
            let known: Vec<String> = match first {
                Value::Object(m) => m.keys().cloned().collect(),
                _ => Vec::new(),
            };
            return Err(exit::usage(format!(
                "unknown field '{f}' for --fields; available: {}",
                known.join(", ")
            )));
        }
    }
    Ok(())
}

/// A dotted path (`org.id`) into a record.
fn lookup<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(item, |v, key| v.get(key))
}

fn narrow(item: &Value, fields: &[String]) -> Value {
    let map: Map<String, Value> = fields
        .iter()
        .map(|f| (f.clone(), lookup(item, f).cloned().unwrap_or(Value::Null)))
        .collect();
    Value::Object(map)
}

fn table_columns(items: &[&Value], default_fields: &[&str]) -> Vec<String> {
    if !default_fields.is_empty() {
        return default_fields.iter().map(|s| (*s).to_owned()).collect();
    }
    match items.first() {
        Some(Value::Object(m)) => m.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// A cell's text: strings bare, null empty, lists joined, objects as compact JSON.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| cell(Some(x)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

fn new_table(width: u16) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    t
}

fn list_table(items: &[&Value], columns: &[String], width: u16) -> String {
    let mut t = new_table(width);
    t.set_header(columns.iter().map(|c| c.to_uppercase().replace('.', "_")));
    for item in items {
        t.add_row(columns.iter().map(|c| cell(lookup(item, c))));
    }
    trimmed(&t)
}

fn record_table(item: &Value, columns: &[String], width: u16) -> String {
    let mut t = new_table(width);
    for c in columns {
        t.add_row(vec![format!("{c}:"), cell(lookup(item, c))]);
    }
    trimmed(&t)
}

/// comfy-table pads every cell by one space on each side: drop the line's first
/// padding space and the trailing blanks, which only get in the way of `grep`/`cut`.
fn trimmed(t: &Table) -> String {
    t.lines()
        .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(&l).trim_end()))
        .collect()
}

fn csv_text(items: &[&Value], columns: &[String]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns)?;
    for item in items {
        w.write_record(columns.iter().map(|c| cell(lookup(item, c))))?;
    }
    Ok(String::from_utf8(
        w.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn users() -> Vec<Value> {
        vec![
            json!({"id": "1", "name": "Ada Lovelace", "email": "ada@acme.test", "roles": ["admin", "viewer"], "org": {"id": "o1", "name": "Acme"}}),
            json!({"id": "22", "name": "Grace \"Amazing\" Hopper, RADM", "email": null, "roles": [], "org": {"id": "o2", "name": "Globex"}}),
        ]
    }

    fn r(format: OutputFormat, fields: Option<&[&str]>) -> String {
        let fields: Option<Vec<String>> =
            fields.map(|f| f.iter().map(|s| (*s).to_owned()).collect());
        render(
            format,
            Shape::List(&users()),
            fields.as_deref(),
            &["id", "name", "roles", "org.name"],
            80,
        )
        .unwrap()
    }

    #[test]
    fn table_snapshot() {
        insta::assert_snapshot!(r(OutputFormat::Table, None));
    }

    #[test]
    fn table_fits_narrow_width() {
        let text = render(
            OutputFormat::Table,
            Shape::List(&users()),
            None,
            &["id", "name", "email", "roles"],
            30,
        )
        .unwrap();
        assert!(text.lines().all(|l| l.chars().count() <= 30), "{text}");
    }

    #[test]
    fn record_table_snapshot() {
        let one = users().remove(0);
        insta::assert_snapshot!(
            render(
                OutputFormat::Table,
                Shape::One(&one),
                None,
                &["id", "name", "roles", "org.id"],
                80
            )
            .unwrap()
        );
    }

    #[test]
    fn json_and_jsonl_and_yaml_parse_back() {
        let v: Value = serde_json::from_str(&r(OutputFormat::Json, None)).unwrap();
        assert_eq!(v, Value::Array(users()));
        let lines: Vec<Value> = r(OutputFormat::Jsonl, None)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines, users());
        let y: Value = serde_norway::from_str(&r(OutputFormat::Yaml, None)).unwrap();
        assert_eq!(y, Value::Array(users()));
    }

    #[test]
    fn fields_narrow_every_format() {
        let v: Value =
            serde_json::from_str(&r(OutputFormat::Json, Some(&["id", "org.name"]))).unwrap();
        assert_eq!(
            v,
            json!([{"id": "1", "org.name": "Acme"}, {"id": "22", "org.name": "Globex"}])
        );
        insta::assert_snapshot!(r(OutputFormat::Csv, Some(&["id", "name", "roles"])));
    }

    #[test]
    fn unknown_field_is_a_usage_error() {
        let fields = vec!["nope".to_owned()];
        let err = render(
            OutputFormat::Json,
            Shape::List(&users()),
            Some(&fields),
            &[],
            80,
        )
        .unwrap_err();
        assert_eq!(exit::code_for(&err), exit::USAGE);
        assert!(
            err.to_string()
                .contains("available: email, id, name, org, roles"),
            "{err}"
        );
    }

    #[test]
    fn style_off_has_no_escape_codes() {
        assert_eq!(Style::new(false).red("x"), "x");
        assert_eq!(Style::new(true).red("x"), "\x1b[31mx\x1b[0m");
    }
}
