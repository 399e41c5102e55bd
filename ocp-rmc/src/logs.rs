//! Log entries of a rack manager or a node (use cases 5.13 and 5.14).

use futures_util::{StreamExt, TryStreamExt};
use redfish_client::Client;
use redfish_model::ODataId;
use redfish_model::log_entry::LogEntry;
use redfish_model::log_service::LogService;

use crate::error::Result;

/// The entries of every log service in the `LogServices` collection at `services`, service
/// by service, at most `limit` entries each (the first ones the service lists).
pub(crate) async fn entries(
    client: &Client,
    services: &ODataId,
    limit: Option<usize>,
) -> Result<Vec<LogEntry>> {
    let services: Vec<_> = client
        .members::<LogService>(services)?
        .stream()
        .try_collect()
        .await?;
    let mut out = Vec::new();
    for service in services {
        let Some(link) = service.entries.as_ref() else {
            continue;
        };
        let members = client
            .members::<LogEntry>(&link.odata_id)?
            .concurrency(8)
            .stream();
        let taken: Vec<_> = match limit {
            Some(n) => members.take(n).try_collect().await?,
            None => members.try_collect().await?,
        };
        out.extend(taken.into_iter().map(|e| e.into_inner()));
    }
    Ok(out)
}
