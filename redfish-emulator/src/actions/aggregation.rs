//! AggregationService and Aggregate: batched resets as tasks, default boot order, membership.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::create::{links_of, missing_resource};
use crate::messages::base;
use crate::reply::Reply;
use crate::state::State;
use crate::tasks::{Step, TaskPlan};
use crate::tree::{Tree, normalize};
use crate::util::link;

/// Simulated time one batch of resets takes, in seconds (before time scaling).
const RESET_SECONDS: f64 = 1.0;

fn check_exist(state: &State, uris: &[String], param: &str) -> Result<Vec<String>, Reply> {
    let inner = state.lock();
    let mut out = Vec::new();
    for (i, u) in uris.iter().enumerate() {
        match inner.tree.resolve(u) {
            Some(k) => out.push(k),
            None => return Err(missing_resource(u, &format!("#/{param}/{i}"))),
        }
    }
    Ok(out)
}

fn batches(targets: &[String], batch_size: usize) -> Vec<Vec<String>> {
    let size = if batch_size == 0 {
        targets.len().max(1)
    } else {
        batch_size
    };
    targets.chunks(size).map(<[String]>::to_vec).collect()
}

/// Runs a reset over `targets` in batches, as a task.
fn batched_reset(
    state: &Arc<State>,
    name: &str,
    targets: Vec<String>,
    params: &Map<String, Value>,
) -> Reply {
    let reset_type = params
        .get("ResetType")
        .and_then(Value::as_str)
        .unwrap_or(super::reset::DEFAULT_RESET)
        .to_owned();
    let batch_size = params.get("BatchSize").and_then(Value::as_u64).unwrap_or(0) as usize;
    let delay = params
        .get("DelayBetweenBatchesInSeconds")
        .and_then(Value::as_f64)
        .unwrap_or(0.0)
        .max(0.0);
    let groups = batches(&targets, batch_size);
    let steps = groups
        .into_iter()
        .enumerate()
        .map(|(i, group)| {
            let rt = reset_type.clone();
            let wait = if i == 0 {
                RESET_SECONDS
            } else {
                delay + RESET_SECONDS
            };
            Step::new(wait, move |inner| {
                let msgs = group
                    .iter()
                    .filter_map(|t| super::reset::apply(inner, t, &rt, None))
                    .collect();
                Ok(msgs)
            })
        })
        .collect();
    crate::tasks::start(
        state,
        TaskPlan {
            name: name.to_owned(),
            steps,
            final_status: StatusCode::NO_CONTENT,
            final_body: None,
            payload: Some(json!({
                "HttpOperation": "POST",
                "HttpHeaders": [],
                "JsonBody": serde_json::to_string(params).unwrap_or_default(),
                "TargetUri": name
            })),
        },
    )
}

/// `#AggregationService.Reset`: a temporary group given by `TargetURIs`.
pub(crate) fn service_reset(state: &Arc<State>, params: &Map<String, Value>) -> Reply {
    let Some(uris) = links_of(params.get("TargetURIs")) else {
        return Reply::bad_request(vec![base(
            "ActionParameterValueTypeError",
            &["TargetURIs", "TargetURIs", "AggregationService.Reset"],
        )]);
    };
    let targets = match check_exist(state, &uris, "TargetURIs") {
        Ok(t) => t,
        Err(r) => return r,
    };
    batched_reset(state, "AggregationService.Reset", targets, params)
}

fn elements_of(state: &State, aggregate: &str) -> Vec<String> {
    let inner = state.lock();
    links_of(inner.tree.get(aggregate).and_then(|a| a.get("Elements"))).unwrap_or_default()
}

/// `#Aggregate.Reset`: the aggregate's elements.
pub(crate) fn aggregate_reset(
    state: &Arc<State>,
    aggregate: &str,
    params: &Map<String, Value>,
) -> Reply {
    let targets = elements_of(state, aggregate);
    batched_reset(state, "Aggregate.Reset", targets, params)
}

/// `#AggregationService.SetDefaultBootOrder` (`Systems`) and `#Aggregate.SetDefaultBootOrder`.
pub(crate) fn set_default_boot_order(
    state: &Arc<State>,
    aggregate: Option<&str>,
    params: &Map<String, Value>,
) -> Reply {
    let systems = match aggregate {
        Some(a) => elements_of(state, a),
        None => match links_of(params.get("Systems")) {
            Some(s) => match check_exist(state, &s, "Systems") {
                Ok(s) => s,
                Err(r) => return r,
            },
            None => {
                return Reply::bad_request(vec![base(
                    "ActionParameterMissing",
                    &["AggregationService.SetDefaultBootOrder", "Systems"],
                )]);
            }
        },
    };
    {
        let mut inner = state.lock();
        for s in systems {
            inner.tree.update(&s, |sys| {
                if let Some(Value::Object(boot)) = sys.get_mut("Boot") {
                    if let Some(Value::Array(order)) = boot.get_mut("BootOrder") {
                        // The default order is the boot options in ascending order.
                        order.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                    }
                    boot.insert("BootSourceOverrideEnabled".into(), json!("Disabled"));
                    boot.insert("BootSourceOverrideTarget".into(), json!("None"));
                }
            });
        }
    }
    super::success(state)
}

/// `#Aggregate.AddElements` / `#Aggregate.RemoveElements`.
pub(crate) fn change_elements(
    state: &Arc<State>,
    aggregate: &str,
    params: &Map<String, Value>,
    add: bool,
) -> Reply {
    let Some(uris) = links_of(params.get("Elements")) else {
        return Reply::bad_request(vec![base(
            "ActionParameterMissing",
            &[
                if add {
                    "Aggregate.AddElements"
                } else {
                    "Aggregate.RemoveElements"
                },
                "Elements",
            ],
        )]);
    };
    let uris = match check_exist(state, &uris, "Elements") {
        Ok(u) => u,
        Err(r) => return r,
    };
    {
        let mut inner = state.lock();
        inner.tree.update(aggregate, |a| {
            let mut current: Vec<String> = links_of(a.get("Elements")).unwrap_or_default();
            if add {
                for u in uris {
                    if !current.contains(&u) {
                        current.push(u);
                    }
                }
            } else {
                current.retain(|c| !uris.contains(c));
            }
            set_elements(a, &current);
        });
    }
    super::success(state)
}

fn set_elements(a: &mut Map<String, Value>, elements: &[String]) {
    let links: Vec<Value> = elements.iter().map(|e| link(e)).collect();
    a.insert("ElementsCount".into(), json!(links.len()));
    a.insert("Elements@odata.count".into(), json!(links.len()));
    a.insert("Elements".into(), Value::Array(links));
}

/// POST to the Aggregates collection.
pub(crate) fn create_aggregate(state: &Arc<State>, coll: &str, body: &Map<String, Value>) -> Reply {
    let Some(uris) = links_of(body.get("Elements")) else {
        return Reply::bad_request(vec![base(
            "CreateFailedMissingReqProperties",
            &["Elements"],
        )]);
    };
    let elements = match check_exist(state, &uris, "Elements") {
        Ok(e) => e,
        Err(r) => return r,
    };
    let mut inner = state.lock();
    let coll = normalize(coll);
    let id = (1u64..)
        .map(|n| format!("Agg{n}"))
        .find(|id| !inner.tree.contains(&format!("{coll}/{id}")))
        .unwrap_or_else(|| "Agg".into());
    let path = format!("{coll}/{id}");
    let mut agg = Map::new();
    agg.insert("@odata.id".into(), json!(path));
    agg.insert("@odata.type".into(), json!("#Aggregate.v1_0_3.Aggregate"));
    agg.insert("Id".into(), json!(id));
    agg.insert(
        "Name".into(),
        body.get("Name")
            .cloned()
            .unwrap_or_else(|| json!(format!("Aggregate {id}"))),
    );
    set_elements(&mut agg, &elements);
    agg.insert("Actions".into(), aggregate_actions(&path));
    inner.tree.put(&path, Value::Object(agg));
    aggregate_reset_info(&mut inner.tree, &path);
    inner.tree.add_member(&coll, &path);
    let created = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
    Reply::json(StatusCode::CREATED, created).header(header::LOCATION, &path)
}

/// The actions every Aggregate has.
pub(crate) fn aggregate_actions(path: &str) -> Value {
    json!({
        "#Aggregate.Reset": {
            "target": format!("{path}/Actions/Aggregate.Reset"),
            "@Redfish.ActionInfo": format!("{path}/ResetActionInfo")
        },
        "#Aggregate.SetDefaultBootOrder": {
            "target": format!("{path}/Actions/Aggregate.SetDefaultBootOrder")
        },
        "#Aggregate.AddElements": {
            "target": format!("{path}/Actions/Aggregate.AddElements")
        },
        "#Aggregate.RemoveElements": {
            "target": format!("{path}/Actions/Aggregate.RemoveElements")
        }
    })
}

/// The ActionInfo of `Aggregate.Reset`.
pub(crate) fn aggregate_reset_info(tree: &mut Tree, aggregate: &str) {
    tree.put(
        &format!("{aggregate}/ResetActionInfo"),
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": "ResetActionInfo",
            "Name": "Aggregate Reset Action Info",
            "Parameters": [
                {"Name": "ResetType", "Required": false, "DataType": "String",
                 "AllowableValues": ["On", "ForceOff", "GracefulShutdown", "GracefulRestart", "ForceRestart", "PowerCycle", "Nmi"]},
                {"Name": "BatchSize", "Required": false, "DataType": "Number", "MinimumValue": 0},
                {"Name": "DelayBetweenBatchesInSeconds", "Required": false, "DataType": "Number", "MinimumValue": 0}
            ]
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_split_targets() {
        let t: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
        assert_eq!(batches(&t, 2).len(), 3);
        assert_eq!(batches(&t, 0).len(), 1);
        assert_eq!(batches(&t, 10).len(), 1);
        assert_eq!(batches(&[], 0).len(), 0);
    }
}
