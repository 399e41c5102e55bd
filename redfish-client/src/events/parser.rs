//! The `text/event-stream` format (WHATWG HTML, "Server-sent events"), parsed from byte
//! chunks with a bound on the size of one record.
//!
//! Written here rather than taken from an SSE crate: the ones available buffer a record
//! without limit, and a record that never ends (or a `data:` line of gigabytes from a broken
//! BMC) must cost at most the limit, be reported, and leave the stream readable.

use std::collections::VecDeque;

/// One dispatched record.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Record {
    /// A complete record: the last event id at its dispatch, its `event:` type and its data
    /// (the `data:` lines joined by `\n`).
    Data {
        id: Option<String>,
        event: Option<String>,
        data: Vec<u8>,
    },
    /// A record larger than the limit: its data was dropped while reading.
    TooLarge { id: Option<String>, limit: usize },
}

/// The incremental parser: feed it chunks, take the records.
#[derive(Debug)]
pub(crate) struct Parser {
    limit: usize,
    /// The incomplete line at the end of the last chunk.
    line: Vec<u8>,
    /// The rest of the current line is being dropped (it passed the limit).
    dropping_line: bool,
    /// The current record passed the limit: its data is dropped until its end.
    oversized: bool,
    /// A `\r` ended the last line: a `\n` right after it is part of the same line end.
    after_cr: bool,
    data: Vec<u8>,
    event: Option<String>,
    /// The last event id buffer (kept across records, as the spec says).
    last_id: Option<String>,
    /// The last `retry:` value, in milliseconds.
    retry: Option<u64>,
    pub(crate) records: VecDeque<Record>,
}

impl Parser {
    pub(crate) fn new(limit: usize, last_id: Option<String>) -> Self {
        Self {
            limit,
            line: Vec::new(),
            dropping_line: false,
            oversized: false,
            after_cr: false,
            data: Vec::new(),
            event: None,
            last_id,
            retry: None,
            records: VecDeque::new(),
        }
    }

    /// The reconnection time the service asked for (`retry:`).
    pub(crate) fn retry_ms(&self) -> Option<u64> {
        self.retry
    }

    /// Forgets a partial line and record: the connection they came on is gone.
    pub(crate) fn reset_connection(&mut self) {
        self.line.clear();
        self.dropping_line = false;
        self.oversized = false;
        self.after_cr = false;
        self.data.clear();
        self.event = None;
    }

    pub(crate) fn feed(&mut self, mut chunk: &[u8]) {
        if self.after_cr {
            self.after_cr = false;
            if let Some(rest) = chunk.strip_prefix(b"\n") {
                chunk = rest;
            }
        }
        while let Some(end) = chunk.iter().position(|b| *b == b'\n' || *b == b'\r') {
            let piece = &chunk[..end];
            let cr = chunk[end] == b'\r';
            chunk = &chunk[end + 1..];
            if cr {
                match chunk.first() {
                    Some(b'\n') => chunk = &chunk[1..],
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
            if self.dropping_line {
                self.dropping_line = false;
                self.line.clear();
                continue;
            }
            if self.line.is_empty() {
                self.line_done(piece);
            } else if self.line.len() + piece.len() > self.limit {
                self.line.clear();
                self.oversized = true;
            } else {
                let mut line = std::mem::take(&mut self.line);
                line.extend_from_slice(piece);
                self.line_done(&line);
                line.clear();
                self.line = line;
            }
        }
        if !chunk.is_empty() && !self.dropping_line {
            if self.line.len() + chunk.len() > self.limit {
                self.line.clear();
                self.dropping_line = true;
                self.oversized = true;
            } else {
                self.line.extend_from_slice(chunk);
            }
        }
    }

    fn line_done(&mut self, line: &[u8]) {
        if line.is_empty() {
            self.dispatch();
            return;
        }
        if line[0] == b':' {
            return; // a comment (keep-alive)
        }
        let (field, value) = match line.iter().position(|b| *b == b':') {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(b" ").unwrap_or(v))
            }
            None => (line, &b""[..]),
        };
        match field {
            b"data" => {
                if self.oversized {
                    return;
                }
                if self.data.len() + value.len() + 1 > self.limit {
                    self.oversized = true;
                    self.data = Vec::new();
                    return;
                }
                self.data.extend_from_slice(value);
                self.data.push(b'\n');
            }
            b"id" if !value.contains(&0) => {
                self.last_id = Some(String::from_utf8_lossy(value).into_owned());
            }
            b"event" => self.event = Some(String::from_utf8_lossy(value).into_owned()),
            b"retry" if !value.is_empty() && value.iter().all(u8::is_ascii_digit) => {
                self.retry = std::str::from_utf8(value).ok().and_then(|v| v.parse().ok());
            }
            _ => {}
        }
    }

    fn dispatch(&mut self) {
        let event = self.event.take();
        if self.oversized {
            self.oversized = false;
            self.data.clear();
            self.records.push_back(Record::TooLarge {
                id: self.last_id.clone(),
                limit: self.limit,
            });
            return;
        }
        if self.data.is_empty() {
            return;
        }
        self.data.pop(); // the last `\n`
        let data = std::mem::take(&mut self.data);
        self.records.push_back(Record::Data {
            id: self.last_id.clone(),
            event,
            data,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(limit: usize, chunks: &[&[u8]]) -> Vec<Record> {
        let mut p = Parser::new(limit, None);
        for c in chunks {
            p.feed(c);
        }
        p.records.into_iter().collect()
    }

    fn data(id: Option<&str>, d: &str) -> Record {
        Record::Data {
            id: id.map(str::to_owned),
            event: None,
            data: d.as_bytes().to_vec(),
        }
    }

    #[test]
    fn records_split_anywhere_and_any_line_end() {
        let text = b"id: 1\ndata: {\"a\":\ndata: 1}\n\n: keep-alive\n\nid:2\r\ndata:x\r\n\r\nid: 3\rdata: y\r\r";
        let whole = parse(1024, &[text]);
        assert_eq!(
            whole,
            [
                data(Some("1"), "{\"a\":\n1}"),
                data(Some("2"), "x"),
                data(Some("3"), "y")
            ]
        );
        for split in 1..text.len() {
            let (a, b) = text.split_at(split);
            assert_eq!(parse(1024, &[a, b]), whole, "split at {split}");
        }
        let bytes: Vec<&[u8]> = text.chunks(1).collect();
        assert_eq!(parse(1024, &bytes), whole);
    }

    #[test]
    fn an_oversized_record_is_reported_and_the_next_one_read() {
        let big = format!("id: 7\ndata: {}\n\nid: 8\ndata: ok\n\n", "x".repeat(100));
        let r = parse(50, &[big.as_bytes()]);
        assert_eq!(
            r,
            [
                Record::TooLarge {
                    id: Some("7".into()),
                    limit: 50
                },
                data(Some("8"), "ok")
            ]
        );
        // The same in small chunks: the long line never sits whole in memory.
        let mut p = Parser::new(50, None);
        for c in big.as_bytes().chunks(7) {
            p.feed(c);
            assert!(p.line.len() <= 50 && p.data.len() <= 50);
        }
        assert_eq!(p.records.into_iter().collect::<Vec<_>>(), r);
        // Many data lines, each small, add up past the limit too.
        let many = "data: 0123456789\n".repeat(10) + "\ndata: next\n\n";
        assert_eq!(
            parse(50, &[many.as_bytes()]),
            [
                Record::TooLarge {
                    id: None,
                    limit: 50
                },
                data(None, "next")
            ]
        );
    }

    #[test]
    fn retry_event_and_unknown_fields() {
        let mut p = Parser::new(100, Some("4".into()));
        p.feed(b"retry: 2500\nevent: ping\nfoo: bar\ndata\n\nretry: x\n\n");
        assert_eq!(p.retry_ms(), Some(2500));
        let got: Vec<_> = p.records.into_iter().collect();
        assert_eq!(
            got,
            [Record::Data {
                id: Some("4".into()),
                event: Some("ping".into()),
                data: Vec::new(),
            }]
        );
    }
}
