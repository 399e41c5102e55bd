//! Group operations through the `AggregationService` (use cases 5.22-5.25): resetting a
//! temporary group (`#AggregationService.Reset` with `TargetURIs`), persistent groups
//! (`Aggregate` resources: create, reset, default boot order, add/remove elements), with
//! progress reported batch by batch.
//!
//! The guide shows the temporary reset as `…/Actions/Aggregate.Reset` and the creation as
//! a POST to `…/Aggregates/Agg1`; this module follows the schema: the
//! `#AggregationService.Reset` action's `target`, and a POST to the `Aggregates`
//! collection.

use futures_util::TryStreamExt;
use redfish_client::action::ActionResponse;
use redfish_client::{Client, Entity};
use redfish_model::aggregate::{self, Aggregate as AggregateModel};
use redfish_model::aggregation_service::{self, AggregationService};
use redfish_model::resource::ResetType;
use redfish_model::task::Task;
use redfish_model::{ActionRequest, Link, Message, NoResponse, ODataId};
use serde::Serialize;
use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::rack::Rack;
use crate::task::{self, OperationOutcome};

/// Parameters of a group reset.
///
/// ```
/// use ocp_rmc::group::GroupReset;
/// use redfish_model::resource::ResetType;
/// let r = GroupReset::new(ResetType::ForceRestart).batch_size(10).delay_between_batches(15);
/// assert_eq!(
///     r.to_json(),
///     serde_json::json!({"ResetType": "ForceRestart", "BatchSize": 10, "DelayBetweenBatchesInSeconds": 15})
/// );
/// assert_eq!(r.batches(25), 3);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct GroupReset {
    reset_type: Option<ResetType>,
    batch_size: Option<u32>,
    delay_secs: Option<u32>,
}

impl GroupReset {
    /// A reset of the given type.
    pub fn new(reset_type: ResetType) -> Self {
        Self {
            reset_type: Some(reset_type),
            ..Self::default()
        }
    }

    /// A reset of the service's default type (`ResetType` left out).
    pub fn service_default() -> Self {
        Self::default()
    }

    /// `BatchSize`: how many elements are reset together (0 or unset: all at once).
    pub fn batch_size(mut self, n: u32) -> Self {
        self.batch_size = Some(n);
        self
    }

    /// `DelayBetweenBatchesInSeconds`.
    pub fn delay_between_batches(mut self, secs: u32) -> Self {
        self.delay_secs = Some(secs);
        self
    }

    /// The action parameters (without `TargetURIs`).
    pub fn to_json(&self) -> Value {
        let mut m = serde_json::Map::new();
        if let Some(t) = &self.reset_type {
            m.insert("ResetType".into(), json!(t.as_str()));
        }
        if let Some(b) = self.batch_size {
            m.insert("BatchSize".into(), json!(b));
        }
        if let Some(d) = self.delay_secs {
            m.insert("DelayBetweenBatchesInSeconds".into(), json!(d));
        }
        Value::Object(m)
    }

    /// `#AggregationService.Reset` of `targets` with these parameters.
    pub fn service_request(&self, targets: &[ODataId]) -> aggregation_service::ResetRequest {
        let mut r = aggregation_service::ResetRequest::default().with_target_uris(links(targets));
        r.reset_type = self.reset_type.clone();
        r.batch_size = self.batch_size.map(i64::from);
        r.delay_between_batches_in_seconds = self.delay_secs.map(i64::from);
        r
    }

    /// `#Aggregate.Reset` with these parameters.
    pub fn aggregate_request(&self) -> aggregate::ResetRequest {
        let mut r = aggregate::ResetRequest::default();
        r.reset_type = self.reset_type.clone();
        r.batch_size = self.batch_size.map(i64::from);
        r.delay_between_batches_in_seconds = self.delay_secs.map(i64::from);
        r
    }

    /// How many batches `targets` elements make.
    pub fn batches(&self, targets: usize) -> usize {
        match self.batch_size {
            Some(b) if b > 0 => targets.div_ceil(b as usize),
            _ => usize::from(targets > 0),
        }
    }
}

/// Progress of a group operation, reported when a batch completes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BatchProgress {
    /// The batch that completed, from 1.
    pub batch: usize,
    /// How many batches the operation has.
    pub total_batches: usize,
    /// The elements of that batch (by position, as the batches are formed in order).
    pub targets: Vec<ODataId>,
    /// The task's `PercentComplete` at that point.
    pub percent_complete: Option<i64>,
    /// The task messages that arrived with this batch.
    pub messages: Vec<Message>,
}

/// A started group operation: wait for it with [`GroupOperation::wait`].
#[derive(Debug)]
#[must_use = "the operation runs on the service; wait for it to learn how it ended"]
pub struct GroupOperation {
    client: Client,
    response: ActionResponse,
    targets: Vec<ODataId>,
    batch_size: Option<u32>,
}

impl GroupOperation {
    /// The group's elements, in batch order.
    pub fn targets(&self) -> &[ODataId] {
        &self.targets
    }

    /// The task monitor URI, when the service runs the operation as a task.
    pub fn monitor(&self) -> Option<&ODataId> {
        self.response.task().map(|t| t.uri())
    }

    /// Waits until the operation finishes, calling `progress` once per completed batch.
    ///
    /// Batches are recognised from the task: the elements its messages name
    /// (`MessageArgs`, e.g. `ResourceEvent.ResourcePoweredOn`) and its `PercentComplete`,
    /// whichever shows more; every batch is reported exactly once, in order, the
    /// remaining ones when the task completes.
    ///
    /// # Errors
    ///
    /// [`redfish_client::Error::TaskFailed`] with the task's messages when the operation
    /// fails, request errors.
    pub async fn wait(self, mut progress: impl FnMut(&BatchProgress)) -> Result<OperationOutcome> {
        let mut tracker = BatchTracker::new(self.targets.clone(), self.batch_size);
        let outcome = task::follow(&self.client, self.response, |t| {
            for p in tracker.update(t) {
                progress(&p);
            }
        })
        .await?;
        for p in tracker.finish() {
            progress(&p);
        }
        Ok(outcome)
    }
}

/// Turns Task snapshots into per-batch reports.
#[derive(Debug)]
struct BatchTracker {
    batches: Vec<Vec<ODataId>>,
    reported: usize,
    seen_messages: usize,
    pending: Vec<Message>,
    done: Vec<bool>,
    percent: Option<i64>,
}

impl BatchTracker {
    fn new(targets: Vec<ODataId>, batch_size: Option<u32>) -> Self {
        let size = match batch_size {
            Some(b) if b > 0 => b as usize,
            _ => targets.len().max(1),
        };
        let batches: Vec<Vec<ODataId>> = targets.chunks(size).map(<[ODataId]>::to_vec).collect();
        let n = targets.len();
        Self {
            batches,
            reported: 0,
            seen_messages: 0,
            pending: Vec::new(),
            done: vec![false; n],
            percent: None,
        }
    }

    fn total(&self) -> usize {
        self.batches.len()
    }

    fn update(&mut self, task: &Task) -> Vec<BatchProgress> {
        let messages = task.messages.as_deref().unwrap_or_default();
        let start = self.seen_messages.min(messages.len());
        self.seen_messages = messages.len();
        let flat: Vec<&ODataId> = self.batches.iter().flatten().collect();
        for m in &messages[start..] {
            for arg in m.message_args.as_deref().unwrap_or_default() {
                let Some(arg) = arg.as_str().map(ODataId::new) else {
                    continue;
                };
                for (i, t) in flat.iter().enumerate() {
                    if t.same_resource(&arg) {
                        self.done[i] = true;
                    }
                }
            }
            self.pending.push(m.clone());
        }
        self.percent = task.percent_complete.or(self.percent);
        // Batches whose every element was named by a message.
        let mut by_messages = 0;
        let mut offset = 0;
        for b in &self.batches {
            if self.done[offset..offset + b.len()].iter().all(|d| *d) {
                by_messages += 1;
                offset += b.len();
            } else {
                break;
            }
        }
        let by_percent = self
            .percent
            .map_or(0, |p| (p.clamp(0, 100) as usize * self.total()) / 100);
        let completed = task
            .task_state
            .as_ref()
            .is_some_and(|s| s.as_str() == "Completed");
        let reached = if completed {
            self.total()
        } else {
            by_messages.max(by_percent).min(self.total())
        };
        self.emit_until(reached)
    }

    fn finish(&mut self) -> Vec<BatchProgress> {
        let total = self.total();
        self.emit_until(total)
    }

    fn emit_until(&mut self, reached: usize) -> Vec<BatchProgress> {
        let mut out = Vec::new();
        while self.reported < reached {
            let i = self.reported;
            self.reported += 1;
            out.push(BatchProgress {
                batch: i + 1,
                total_batches: self.total(),
                targets: self.batches[i].clone(),
                percent_complete: self.percent,
                messages: std::mem::take(&mut self.pending),
            });
        }
        out
    }
}

/// The rack's `AggregationService`: temporary and persistent groups of nodes.
#[derive(Clone, Debug)]
pub struct Groups {
    client: Client,
    service: Entity<AggregationService>,
}

/// A persistent group of nodes (an `Aggregate` resource).
#[derive(Clone, Debug)]
pub struct Aggregate {
    entity: Entity<AggregateModel>,
}

fn links<T>(uris: &[ODataId]) -> Vec<Link<T>> {
    uris.iter().map(|u| Link::new(u.clone())).collect()
}

/// The temporary-group reset as services written from the guide's text advertise it on the
/// AggregationService: `#Aggregate.Reset` (same parameters as `#AggregationService.Reset`).
#[derive(Clone, Debug, Serialize)]
#[serde(transparent)]
struct GuideGroupReset(aggregation_service::ResetRequest);

impl ActionRequest for GuideGroupReset {
    type Resource = AggregationService;
    type Response = NoResponse;
    const ACTION: &'static str = "#Aggregate.Reset";
    const REQUIRED: &'static [&'static str] = &["TargetURIs"];
}

impl Rack {
    /// The rack's `AggregationService`, found from the service root.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when the service root has no `AggregationService`, request
    /// errors.
    pub async fn groups(&self) -> Result<Groups> {
        let root = self.client().service_root().await?;
        if root.aggregation_service.is_none() {
            return Err(Error::missing(root.odata_id(), "AggregationService"));
        }
        let service = self.client().get(&root.aggregation_service).await?;
        Ok(Groups {
            client: self.client().clone(),
            service,
        })
    }
}

impl Groups {
    /// The AggregationService as last read.
    pub fn service(&self) -> &Entity<AggregationService> {
        &self.service
    }

    /// Use case 5.22: resets a temporary group (`#AggregationService.Reset` with
    /// `TargetURIs`), in batches when asked.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty group; the client's errors (action missing,
    /// parameters refused by the ActionInfo, service error).
    pub async fn reset(&self, targets: &[ODataId], reset: &GroupReset) -> Result<GroupOperation> {
        if targets.is_empty() {
            return Err(Error::InvalidInput(
                "a group reset needs at least one target".into(),
            ));
        }
        let request = reset.service_request(targets);
        let response = match self.service.invoke(request.clone()).await {
            // Services written from the guide's text advertise it as `#Aggregate.Reset`.
            Err(redfish_client::Error::ActionNotSupported { .. }) => {
                self.service.invoke(GuideGroupReset(request)).await?
            }
            r => r?,
        };
        Ok(GroupOperation {
            client: self.client.clone(),
            response,
            targets: targets.to_vec(),
            batch_size: reset.batch_size,
        })
    }

    /// Sets the default boot order of a temporary group of systems
    /// (`#AggregationService.SetDefaultBootOrder`).
    ///
    /// # Errors
    ///
    /// As [`Groups::reset`].
    pub async fn set_default_boot_order(&self, systems: &[ODataId]) -> Result<GroupOperation> {
        if systems.is_empty() {
            return Err(Error::InvalidInput("no systems given".into()));
        }
        let response = self
            .service
            .invoke(
                aggregation_service::SetDefaultBootOrderRequest::default()
                    .with_systems(links(systems)),
            )
            .await?;
        Ok(GroupOperation {
            client: self.client.clone(),
            response,
            targets: systems.to_vec(),
            batch_size: None,
        })
    }

    /// Use case 5.24: creates a persistent group (POST `{"Elements": [...]}` to the
    /// `Aggregates` collection).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty group, [`Error::Missing`] when the service has
    /// no `Aggregates` collection or does not say where the new aggregate is, request
    /// errors.
    pub async fn create_aggregate(&self, elements: &[ODataId]) -> Result<Aggregate> {
        if elements.is_empty() {
            return Err(Error::InvalidInput(
                "an aggregate needs at least one element".into(),
            ));
        }
        let collection = self.aggregates_uri()?;
        let created = self
            .client
            .members::<AggregateModel>(&collection)?
            .create(&json!({ "Elements": links::<Value>(elements) }))
            .await?;
        let uri = created
            .uri
            .ok_or_else(|| Error::missing(&collection, "Location of the created Aggregate"))?;
        Aggregate::open(&self.client, &uri).await
    }

    /// Every persistent group.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without an `Aggregates` collection, request errors.
    pub async fn aggregates(&self) -> Result<Vec<Aggregate>> {
        let collection = self.aggregates_uri()?;
        let all: Vec<_> = self
            .client
            .members::<AggregateModel>(&collection)?
            .stream()
            .try_collect()
            .await?;
        Ok(all.into_iter().map(|entity| Aggregate { entity }).collect())
    }

    fn aggregates_uri(&self) -> Result<ODataId> {
        self.service
            .aggregates
            .as_ref()
            .map(|l| l.odata_id.clone())
            .ok_or_else(|| Error::missing(self.service.odata_id(), "Aggregates"))
    }
}

impl Aggregate {
    /// Reads the aggregate at `uri`.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn open(client: &Client, uri: &ODataId) -> Result<Self> {
        Ok(Self {
            entity: client.get(uri).await?,
        })
    }

    /// The aggregate URI.
    pub fn uri(&self) -> &ODataId {
        self.entity.odata_id()
    }

    /// The aggregate `Id`.
    pub fn id(&self) -> &str {
        self.entity
            .id
            .as_deref()
            .unwrap_or_else(|| self.entity.odata_id().last_segment())
    }

    /// The elements, as last read.
    pub fn elements(&self) -> Vec<ODataId> {
        self.entity
            .elements
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|l: &Link| l.odata_id.clone())
            .collect()
    }

    /// The aggregate as last read.
    pub fn entity(&self) -> &Entity<AggregateModel> {
        &self.entity
    }

    /// Reads the aggregate again.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn refresh(&self) -> Result<Self> {
        Ok(Self {
            entity: self.entity.refresh().await?,
        })
    }

    /// Use case 5.23: resets the group (`#Aggregate.Reset`), in batches when asked.
    ///
    /// # Errors
    ///
    /// The client's errors (action missing, parameters refused, service error).
    pub async fn reset(&self, reset: &GroupReset) -> Result<GroupOperation> {
        let response = self.entity.invoke(reset.aggregate_request()).await?;
        Ok(GroupOperation {
            client: self.entity.client().clone(),
            response,
            targets: self.elements(),
            batch_size: reset.batch_size,
        })
    }

    /// Use case 5.25: sets every element's boot order to its default
    /// (`#Aggregate.SetDefaultBootOrder`, no parameters).
    ///
    /// # Errors
    ///
    /// As [`Aggregate::reset`].
    pub async fn set_default_boot_order(&self) -> Result<GroupOperation> {
        let response = self
            .entity
            .invoke(aggregate::SetDefaultBootOrderRequest::default())
            .await?;
        Ok(GroupOperation {
            client: self.entity.client().clone(),
            response,
            targets: self.elements(),
            batch_size: None,
        })
    }

    /// Adds elements (`#Aggregate.AddElements`; PATCH is not allowed on aggregates) and
    /// returns the aggregate as read back.
    ///
    /// # Errors
    ///
    /// As [`Aggregate::reset`].
    pub async fn add_elements(&self, elements: &[ODataId]) -> Result<Self> {
        if elements.is_empty() {
            return Err(Error::InvalidInput("no elements given".into()));
        }
        let request = aggregate::AddElementsRequest::default().with_elements(links(elements));
        self.entity.invoke(request).await?.wait().await?;
        self.refresh().await
    }

    /// Removes elements (`#Aggregate.RemoveElements`) and returns the aggregate as read
    /// back.
    ///
    /// # Errors
    ///
    /// As [`Aggregate::reset`].
    pub async fn remove_elements(&self, elements: &[ODataId]) -> Result<Self> {
        if elements.is_empty() {
            return Err(Error::InvalidInput("no elements given".into()));
        }
        let request = aggregate::RemoveElementsRequest::default().with_elements(links(elements));
        self.entity.invoke(request).await?.wait().await?;
        self.refresh().await
    }

    /// Deletes the aggregate (its elements are not affected).
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn delete(self) -> Result<()> {
        self.entity.client().delete(self.entity.odata_id()).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<ODataId> {
        (1..=n)
            .map(|i| ODataId::new(format!("/redfish/v1/Systems/Node{i}")))
            .collect()
    }

    fn task(state: &str, pct: i64, args: &[&str]) -> Task {
        let msgs: Vec<Value> = args
            .iter()
            .map(|a| json!({"MessageId": "ResourceEvent.1.4.3.ResourcePoweredOn", "MessageArgs": [a]}))
            .collect();
        serde_json::from_value(
            json!({"TaskState": state, "PercentComplete": pct, "Messages": msgs}),
        )
        .unwrap()
    }

    #[test]
    fn batches_are_recognised_from_messages() {
        let mut t = BatchTracker::new(ids(5), Some(2));
        assert_eq!(t.total(), 3);
        assert!(t.update(&task("Running", 0, &[])).is_empty());
        let p = t.update(&task("Running", 0, &["/redfish/v1/Systems/Node1"]));
        assert!(p.is_empty(), "batch 1 is half done");
        let p = t.update(&task(
            "Running",
            0,
            &["/redfish/v1/Systems/Node1", "/redfish/v1/Systems/Node2/"],
        ));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].batch, 1);
        assert_eq!(p[0].total_batches, 3);
        assert_eq!(p[0].targets, ids(2));
        assert_eq!(
            p[0].messages.len(),
            2,
            "the messages of the batch come with it"
        );
        let rest = t.update(&task(
            "Completed",
            100,
            &["/redfish/v1/Systems/Node1", "/redfish/v1/Systems/Node2/"],
        ));
        assert_eq!(rest.iter().map(|b| b.batch).collect::<Vec<_>>(), vec![2, 3]);
        assert_eq!(
            rest[1].targets,
            vec![ODataId::new("/redfish/v1/Systems/Node5")]
        );
        assert!(t.finish().is_empty(), "each batch is reported once");
    }

    #[test]
    fn batches_are_recognised_from_percent_complete() {
        let mut t = BatchTracker::new(ids(4), Some(1));
        let p = t.update(&task("Running", 50, &[]));
        assert_eq!(p.iter().map(|b| b.batch).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(t.finish().len(), 2);
    }

    #[test]
    fn no_batch_size_means_one_batch() {
        let r = GroupReset::new(ResetType::On);
        assert_eq!(r.batches(8), 1);
        assert_eq!(r.batches(0), 0);
        let mut t = BatchTracker::new(ids(3), None);
        assert_eq!(t.finish().len(), 1);
        assert_eq!(GroupReset::service_default().to_json(), json!({}));
    }
}
