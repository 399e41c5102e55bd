//! What commands produce and how it is printed: human tables (never Rust `Debug` forms),
//! one JSON document (`--json`) or JSON lines (`--jsonl`).

use std::io::Write;

use comfy_table::presets::NOTHING;
use comfy_table::{ContentArrangement, Table as Comfy};
use serde_json::{Map, Value};

use crate::args::OutArgs;

/// A table: named columns, rows of JSON scalars (`null` shown as `-`).
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Column names; also the keys of the JSON objects.
    pub columns: Vec<String>,
    /// Rows, one value per column.
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// A table with these columns.
    pub fn new(columns: &[&str]) -> Self {
        Self {
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row (missing cells are `null`).
    pub fn row(&mut self, cells: Vec<Value>) {
        let mut cells = cells;
        cells.resize(self.columns.len(), Value::Null);
        self.rows.push(cells);
    }

    /// The rows as JSON objects keyed by column.
    pub fn to_json(&self) -> Value {
        Value::Array(self.rows.iter().map(|r| self.object(r)).collect())
    }

    fn object(&self, row: &[Value]) -> Value {
        let mut m = Map::new();
        for (c, v) in self.columns.iter().zip(row) {
            m.insert(c.clone(), v.clone());
        }
        Value::Object(m)
    }

    /// The table as text.
    pub fn render(&self) -> String {
        let mut t = Comfy::new();
        t.load_preset(NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_header(self.columns.clone());
        for r in &self.rows {
            t.add_row(r.iter().map(cell).collect::<Vec<_>>());
        }
        t.to_string()
    }
}

/// A value as a table cell: strings as they are, `null` as `-`, lists joined.
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => "-".to_owned(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

/// The human form of an output.
#[derive(Debug, Clone)]
pub enum Human {
    /// A table (its JSON form is an array of objects).
    Table(Table),
    /// Free text.
    Text(String),
    /// The JSON document itself, pretty-printed (raw resources).
    Json,
    /// Already printed item by item (streams): only `--json` prints the document.
    Streamed,
}

/// The result of a command.
#[derive(Debug, Clone)]
pub struct Output {
    /// For people.
    pub human: Human,
    /// For `--json`.
    pub json: Value,
}

impl Output {
    /// A table, its JSON form an array of objects.
    pub fn table(t: Table) -> Self {
        let json = t.to_json();
        Self {
            human: Human::Table(t),
            json,
        }
    }

    /// A table with a JSON document of its own.
    pub fn table_with(t: Table, json: Value) -> Self {
        Self {
            human: Human::Table(t),
            json,
        }
    }

    /// Text for people, `json` for machines.
    pub fn text(text: impl Into<String>, json: Value) -> Self {
        Self {
            human: Human::Text(text.into()),
            json,
        }
    }

    /// A JSON document printed as such.
    pub fn json(json: Value) -> Self {
        Self {
            human: Human::Json,
            json,
        }
    }

    /// A stream's items, already printed (kept as one document for `--json`).
    pub fn streamed(json: Value) -> Self {
        Self {
            human: Human::Streamed,
            json,
        }
    }

    /// A short human summary (fleet reports).
    pub fn summary(&self) -> String {
        match &self.human {
            Human::Table(t) => match t.rows.len() {
                1 => "1 row".to_owned(),
                n => format!("{n} rows"),
            },
            Human::Text(s) => s.lines().next().unwrap_or("").to_owned(),
            Human::Json | Human::Streamed => "ok".to_owned(),
        }
    }
}

/// Prints `out` as the options ask.
pub fn print(out: &Output, opts: &OutArgs) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    if opts.json {
        writeln!(w, "{}", pretty(&out.json))?;
    } else if matches!(out.human, Human::Streamed) {
    } else if opts.jsonl {
        match &out.json {
            Value::Array(items) => {
                for i in items {
                    writeln!(w, "{i}")?;
                }
            }
            v => writeln!(w, "{v}")?,
        }
    } else if !opts.quiet {
        match &out.human {
            Human::Table(t) => writeln!(w, "{}", t.render())?,
            Human::Text(s) => {
                write!(w, "{s}")?;
                if !s.ends_with('\n') {
                    writeln!(w)?;
                }
            }
            Human::Json => writeln!(w, "{}", pretty(&out.json))?,
            Human::Streamed => {}
        }
    }
    w.flush()
}

/// Pretty JSON (a `Value` always serializes).
pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

/// A string cell from an optional displayable value.
pub fn s<T: std::fmt::Display>(v: Option<T>) -> Value {
    v.map_or(Value::Null, |v| Value::String(v.to_string()))
}
