//! Which records a listener gets: the SSE `$filter` (DSP0266 "Server-sent events": `EventType`,
//! `MessageId`, `MetricReportDefinition`, `OriginResource`, `RegistryPrefix`, `ResourceType`,
//! `EventFormatType`, `SubordinateResources`, combined with `and`, `or`, `not` and
//! parentheses; `eq` and `ne`) and the filter properties of an `EventDestination`.

use serde_json::{Map, Value};

use super::{EventType, Format, Payload, RecordMeta};
use crate::tree::normalize;
use crate::util::link_target;

/// The `SSEFilterPropertiesSupported` the SSE `$filter` implements.
#[cfg(test)]
pub(crate) const SSE_FILTER_PROPERTIES: [&str; 8] = [
    "EventFormatType",
    "EventType",
    "MessageId",
    "MetricReportDefinition",
    "OriginResource",
    "RegistryPrefix",
    "ResourceType",
    "SubordinateResources",
];

/// Splits a `MessageId` into registry prefix and key, ignoring the version (DSP0268: "the
/// `MessageId` major and minor version details should be ignored").
fn prefix_and_key(id: &str) -> (&str, &str) {
    match crate::messages::split_id(id) {
        Some((p, _, k)) => (p, k),
        None => (id, ""),
    }
}

fn same_message(a: &str, b: &str) -> bool {
    let (pa, ka) = prefix_and_key(a);
    let (pb, kb) = prefix_and_key(b);
    pa == pb && ka == kb
}

/// True when `origin` is `base` or (with `subordinate`) below it.
fn origin_matches(origin: &str, base: &str, subordinate: bool) -> bool {
    let origin = normalize(origin);
    let base = normalize(base);
    origin == base || (subordinate && origin.starts_with(&format!("{base}/")))
}

/// The per-record selection of a payload, or `None` when nothing is selected.
fn selection(
    payload: &Payload,
    mut keep: impl FnMut(Option<&RecordMeta>) -> bool,
) -> Option<Vec<bool>> {
    match payload.format {
        Format::Event => {
            let mask: Vec<bool> = payload.records.iter().map(|r| keep(Some(r))).collect();
            mask.iter().any(|m| *m).then_some(mask)
        }
        Format::MetricReport => keep(None).then(Vec::new),
        Format::Malformed => Some(Vec::new()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prop {
    EventFormatType,
    EventType,
    MessageId,
    MetricReportDefinition,
    OriginResource,
    RegistryPrefix,
    ResourceType,
    SubordinateResources,
}

impl Prop {
    fn parse(s: &str) -> Option<Prop> {
        Some(match s {
            "EventFormatType" => Prop::EventFormatType,
            "EventType" => Prop::EventType,
            "MessageId" => Prop::MessageId,
            "MetricReportDefinition" => Prop::MetricReportDefinition,
            "OriginResource" => Prop::OriginResource,
            "RegistryPrefix" => Prop::RegistryPrefix,
            "ResourceType" => Prop::ResourceType,
            "SubordinateResources" => Prop::SubordinateResources,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
enum Expr {
    Or(Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Cmp { prop: Prop, eq: bool, value: String },
}

/// A parsed SSE `$filter`.
#[derive(Debug, Clone)]
pub(crate) struct SseFilter {
    expr: Expr,
    /// `SubordinateResources eq true` appears: `OriginResource` also matches resources below.
    subordinate: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    Word(String),
    Quoted(String),
}

fn tokens(text: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                out.push(Token::Open);
            }
            ')' => {
                chars.next();
                out.push(Token::Close);
            }
            '\'' | '"' => {
                let quote = c;
                chars.next();
                let mut s = String::new();
                loop {
                    match chars.next() {
                        // OData doubles a quote inside a quoted string.
                        Some(q) if q == quote && chars.peek() == Some(&quote) => {
                            chars.next();
                            s.push(q);
                        }
                        Some(q) if q == quote => break,
                        Some(other) => s.push(other),
                        None => return Err("unterminated string".into()),
                    }
                }
                out.push(Token::Quoted(s));
            }
            _ => {
                let mut s = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || c == '(' || c == ')' {
                        break;
                    }
                    s.push(c);
                    chars.next();
                }
                out.push(Token::Word(s));
            }
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek_word(&self, w: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Word(x)) if x.eq_ignore_ascii_case(w))
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut left = self.and()?;
        while self.peek_word("or") {
            self.at += 1;
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut left = self.factor()?;
        while self.peek_word("and") {
            self.at += 1;
            let right = self.factor()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn factor(&mut self) -> Result<Expr, String> {
        if self.peek_word("not") {
            self.at += 1;
            return Ok(Expr::Not(Box::new(self.factor()?)));
        }
        match self.next() {
            Some(Token::Open) => {
                let e = self.or()?;
                match self.next() {
                    Some(Token::Close) => Ok(e),
                    _ => Err("missing )".into()),
                }
            }
            Some(Token::Word(name)) => {
                let prop =
                    Prop::parse(&name).ok_or_else(|| format!("unsupported property {name}"))?;
                let eq = match self.next() {
                    Some(Token::Word(op)) if op.eq_ignore_ascii_case("eq") => true,
                    Some(Token::Word(op)) if op.eq_ignore_ascii_case("ne") => false,
                    _ => return Err(format!("{name}: expected eq or ne")),
                };
                let value = match self.next() {
                    Some(Token::Word(v)) | Some(Token::Quoted(v)) => v,
                    _ => return Err(format!("{name}: missing value")),
                };
                Ok(Expr::Cmp { prop, eq, value })
            }
            _ => Err("expected a comparison".into()),
        }
    }
}

fn has_subordinate(e: &Expr) -> bool {
    match e {
        Expr::Or(a, b) | Expr::And(a, b) => has_subordinate(a) || has_subordinate(b),
        Expr::Not(a) => has_subordinate(a),
        Expr::Cmp { prop, eq, value } => {
            *prop == Prop::SubordinateResources && *eq && value.eq_ignore_ascii_case("true")
        }
    }
}

impl SseFilter {
    /// Parses the value of `$filter`; the error names what is wrong.
    pub(crate) fn parse(text: &str) -> Result<SseFilter, String> {
        let mut p = Parser {
            tokens: tokens(text)?,
            at: 0,
        };
        let expr = p.or()?;
        if p.at < p.tokens.len() {
            return Err("unexpected text after the expression".into());
        }
        Ok(SseFilter {
            subordinate: has_subordinate(&expr),
            expr,
        })
    }

    fn eval(
        &self,
        e: &Expr,
        fmt: Format,
        rec: Option<&RecordMeta>,
        definition: Option<&str>,
    ) -> bool {
        match e {
            Expr::Or(a, b) => {
                self.eval(a, fmt, rec, definition) || self.eval(b, fmt, rec, definition)
            }
            Expr::And(a, b) => {
                self.eval(a, fmt, rec, definition) && self.eval(b, fmt, rec, definition)
            }
            Expr::Not(a) => !self.eval(a, fmt, rec, definition),
            Expr::Cmp { prop, eq, value } => {
                let hit = match prop {
                    Prop::EventFormatType => match fmt {
                        Format::MetricReport => value == "MetricReport",
                        _ => value == "Event",
                    },
                    Prop::EventType => rec.is_some_and(|r| r.event_type.as_str() == value),
                    Prop::MessageId => rec.is_some_and(|r| same_message(&r.message_id, value)),
                    Prop::MetricReportDefinition => {
                        definition.is_some_and(|d| normalize(d) == normalize(value))
                    }
                    Prop::OriginResource => rec
                        .and_then(|r| r.origin.as_deref())
                        .is_some_and(|o| origin_matches(o, value, self.subordinate)),
                    Prop::RegistryPrefix => {
                        rec.is_some_and(|r| prefix_and_key(&r.message_id).0 == value)
                    }
                    Prop::ResourceType => rec
                        .and_then(|r| r.resource_type.as_deref())
                        .is_some_and(|t| t == value),
                    // A modifier of OriginResource; as a term it holds.
                    Prop::SubordinateResources => return true,
                };
                hit == *eq
            }
        }
    }

    /// The records of a payload this filter selects (`None`: skip the payload).
    pub(crate) fn select(&self, payload: &Payload) -> Option<Vec<bool>> {
        let def = payload.definition.as_deref();
        selection(payload, |r| self.eval(&self.expr, payload.format, r, def))
    }
}

/// The filter properties of an `EventDestination` (DSP0268 EventDestination v1_16).
#[derive(Debug, Clone, Default)]
pub(crate) struct SubscriptionFilter {
    registry_prefixes: Vec<String>,
    message_ids: Vec<String>,
    exclude_prefixes: Vec<String>,
    exclude_ids: Vec<String>,
    resource_types: Vec<String>,
    origins: Vec<String>,
    subordinate: bool,
    severities: Vec<String>,
    event_types: Vec<EventType>,
    metric_reports: bool,
    definitions: Vec<String>,
}

fn strings(body: &Map<String, Value>, key: &str) -> Result<Vec<String>, String> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(|| key.to_owned()))
            .collect(),
        Some(_) => Err(key.to_owned()),
    }
}

fn links(body: &Map<String, Value>, key: &str) -> Result<Vec<String>, String> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| link_target(v).map(normalize).ok_or_else(|| key.to_owned()))
            .collect(),
        Some(_) => Err(key.to_owned()),
    }
}

impl SubscriptionFilter {
    /// Reads the filter properties of a subscription; the error names the property of the
    /// wrong type.
    pub(crate) fn from_body(body: &Map<String, Value>) -> Result<SubscriptionFilter, String> {
        let event_types = strings(body, "EventTypes")?
            .iter()
            .map(|t| EventType::parse(t).ok_or_else(|| "EventTypes".to_owned()))
            .collect::<Result<Vec<_>, _>>()?;
        let subordinate = match body.get("SubordinateResources") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err("SubordinateResources".into()),
        };
        Ok(SubscriptionFilter {
            registry_prefixes: strings(body, "RegistryPrefixes")?,
            message_ids: strings(body, "MessageIds")?,
            exclude_prefixes: strings(body, "ExcludeRegistryPrefixes")?,
            exclude_ids: strings(body, "ExcludeMessageIds")?,
            resource_types: strings(body, "ResourceTypes")?,
            origins: links(body, "OriginResources")?,
            subordinate,
            severities: strings(body, "Severities")?,
            event_types,
            metric_reports: body.get("EventFormatType").and_then(Value::as_str)
                == Some("MetricReport"),
            definitions: links(body, "MetricReportDefinitions")?,
        })
    }

    /// True for a subscription to metric reports (`EventFormatType: MetricReport`).
    pub(crate) fn wants_metric_reports(&self) -> bool {
        self.metric_reports
    }

    fn keeps(&self, r: &RecordMeta) -> bool {
        let (prefix, _) = prefix_and_key(&r.message_id);
        let inclusive = self.registry_prefixes.is_empty() && self.message_ids.is_empty();
        let included = inclusive
            || self.registry_prefixes.iter().any(|p| p == prefix)
            || self
                .message_ids
                .iter()
                .any(|m| same_message(&r.message_id, m));
        included
            && !self.exclude_prefixes.iter().any(|p| p == prefix)
            && !self
                .exclude_ids
                .iter()
                .any(|m| same_message(&r.message_id, m))
            && (self.resource_types.is_empty()
                || r.resource_type
                    .as_deref()
                    .is_some_and(|t| self.resource_types.iter().any(|x| x == t)))
            && (self.origins.is_empty()
                || r.origin.as_deref().is_some_and(|o| {
                    self.origins
                        .iter()
                        .any(|b| origin_matches(o, b, self.subordinate))
                }))
            && (self.severities.is_empty()
                || r.severity
                    .as_deref()
                    .is_some_and(|s| self.severities.iter().any(|x| x == s)))
            && (self.event_types.is_empty() || self.event_types.contains(&r.event_type))
    }

    /// The records of a payload this subscription gets (`None`: not for it).
    pub(crate) fn select(&self, payload: &Payload) -> Option<Vec<bool>> {
        match payload.format {
            Format::Malformed => None,
            Format::MetricReport => (self.metric_reports
                && (self.definitions.is_empty()
                    || payload
                        .definition
                        .as_deref()
                        .is_some_and(|d| self.definitions.contains(&normalize(d)))))
            .then(Vec::new),
            Format::Event if self.metric_reports => None,
            Format::Event => selection(payload, |r| r.is_some_and(|r| self.keeps(r))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn payload(records: Vec<RecordMeta>) -> Payload {
        Payload {
            id: 1,
            format: Format::Event,
            records,
            definition: None,
            body: Value::Null,
            bytes: bytes::Bytes::new(),
            created: tokio::time::Instant::now(),
        }
    }

    fn rec(id: &str, origin: &str, ty: &str) -> RecordMeta {
        RecordMeta {
            message_id: id.into(),
            origin: Some(origin.into()),
            resource_type: Some(ty.into()),
            event_type: EventType::ResourceUpdated,
            severity: Some("OK".into()),
        }
    }

    #[test]
    fn sse_filters_select_records() {
        let p = payload(vec![
            rec(
                "ResourceEvent.1.4.ResourceChanged",
                "/redfish/v1/Systems/Node1",
                "ComputerSystem",
            ),
            rec(
                "TaskEvent.1.0.TaskStarted",
                "/redfish/v1/TaskService/Tasks/3",
                "Task",
            ),
        ]);
        let sel = |f: &str| SseFilter::parse(f).unwrap().select(&p);
        assert_eq!(
            sel("RegistryPrefix eq ResourceEvent"),
            Some(vec![true, false])
        );
        assert_eq!(
            sel("RegistryPrefix eq 'TaskEvent'"),
            Some(vec![false, true])
        );
        assert_eq!(
            sel("MessageId eq 'ResourceEvent.ResourceChanged'"),
            Some(vec![true, false])
        );
        assert_eq!(
            sel("MessageId eq ResourceEvent.1.0.ResourceChanged"),
            Some(vec![true, false])
        );
        assert_eq!(
            sel("ResourceType eq Task or ResourceType eq ComputerSystem"),
            Some(vec![true, true])
        );
        assert_eq!(sel("not (ResourceType eq Task)"), Some(vec![true, false]));
        assert_eq!(sel("OriginResource eq '/redfish/v1/Systems'"), None);
        assert_eq!(
            sel("OriginResource eq '/redfish/v1/Systems' and SubordinateResources eq true"),
            Some(vec![true, false])
        );
        assert_eq!(sel("EventFormatType eq MetricReport"), None);
        assert_eq!(
            sel("EventType eq ResourceUpdated and RegistryPrefix ne TaskEvent"),
            Some(vec![true, false])
        );
        for bad in [
            "Foo eq 1",
            "MessageId",
            "MessageId gt 1",
            "(RegistryPrefix eq Base",
            "RegistryPrefix eq 'x",
        ] {
            assert!(SseFilter::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_scenarios_advertise_exactly_what_the_filter_supports() {
        for p in SSE_FILTER_PROPERTIES {
            assert!(Prop::parse(p).is_some(), "{p}");
        }
        for data in [
            include_str!("../../data/scenarios/rack/base.json"),
            include_str!("../../data/scenarios/ilo/ilo6.json"),
            include_str!("../../data/scenarios/ilo/ilo7.json"),
        ] {
            let tree: Value = serde_json::from_str(data).unwrap();
            let supported = &tree["/redfish/v1/EventService"]["SSEFilterPropertiesSupported"];
            let mut on: Vec<&str> = supported
                .as_object()
                .unwrap()
                .iter()
                .filter(|(_, v)| **v == json!(true))
                .map(|(k, _)| k.as_str())
                .collect();
            on.sort_unstable();
            let mut expected = SSE_FILTER_PROPERTIES.to_vec();
            expected.sort_unstable();
            assert_eq!(on, expected);
        }
    }

    #[test]
    fn subscription_filters_follow_the_schema() {
        let p = payload(vec![
            rec(
                "ResourceEvent.1.4.ResourceChanged",
                "/redfish/v1/Systems/Node1",
                "ComputerSystem",
            ),
            rec(
                "TaskEvent.1.0.TaskStarted",
                "/redfish/v1/TaskService/Tasks/3",
                "Task",
            ),
        ]);
        let f = |b: Value| {
            SubscriptionFilter::from_body(b.as_object().unwrap())
                .unwrap()
                .select(&p)
        };
        assert_eq!(f(json!({})), Some(vec![true, true]));
        assert_eq!(
            f(json!({"RegistryPrefixes": ["TaskEvent"]})),
            Some(vec![false, true])
        );
        // MessageIds add to RegistryPrefixes (either admits a record).
        assert_eq!(
            f(
                json!({"RegistryPrefixes": ["TaskEvent"], "MessageIds": ["ResourceEvent.ResourceChanged"]})
            ),
            Some(vec![true, true])
        );
        assert_eq!(
            f(json!({"ExcludeRegistryPrefixes": ["TaskEvent"]})),
            Some(vec![true, false])
        );
        assert_eq!(f(json!({"ResourceTypes": ["Manager"]})), None);
        assert_eq!(
            f(
                json!({"OriginResources": [{"@odata.id": "/redfish/v1/Systems"}], "SubordinateResources": true})
            ),
            Some(vec![true, false])
        );
        assert_eq!(f(json!({"Severities": ["Critical"]})), None);
        assert_eq!(f(json!({"EventFormatType": "MetricReport"})), None);
        assert!(
            SubscriptionFilter::from_body(json!({"RegistryPrefixes": "Base"}).as_object().unwrap())
                .is_err()
        );
    }
}
