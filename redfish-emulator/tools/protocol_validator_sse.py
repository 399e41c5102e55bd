#!/usr/bin/env python3
"""Runs the DMTF Redfish Protocol Validator with its Server-Sent Events checks enabled.

redfish-protocol-validator 1.3.2 (the latest release) has the 14 SSE assertions
(SERV_SSE_*, SEC_SESSION_TERMINATION_SIDE_EFFECTS), but its resource discovery turns them off:
in `resources.get_default_resources` the lines that read `ServerSentEventUri` and open the
stream are commented out ("Temporarily turn off SSE tests since they throw exceptions"), so
every SSE assertion reports NOT_TESTED against any service.

This wrapper restores exactly what those commented-out lines do -- after the validator's own
discovery, it reads `EventService.ServerSentEventUri`, opens the stream with the validator's
`utils.get_sse_stream` (which also finds the EventDestination the stream created) and hands
the streaming response to the validator -- then runs the validator's unchanged `main()` with
the same command-line arguments. Nothing else is changed: every assertion, and how it passes
or fails, is the validator's own code.

    protocol_validator_sse.py --rhost https://127.0.0.1:PORT -u admin -p PASSWORD ...
"""

import sys

from redfish_protocol_validator import console_scripts, resources, utils
from redfish_protocol_validator.constants import RequestType

_discover = resources.get_default_resources


def get_default_resources_with_sse(sut, uri="/redfish/v1/", uris=None):
    yield from _discover(sut, uri=uri, uris=uris)
    root = sut.get(uri)
    if not root.ok:
        return
    service_uri = utils.get_response_json(root).get("EventService", {}).get("@odata.id")
    if not service_uri:
        return
    r = sut.get(service_uri)
    if not r.ok:
        return
    sse_uri = utils.get_response_json(r).get("ServerSentEventUri")
    if not sse_uri:
        return
    # From here on, the lines upstream commented out.
    sut.set_server_sent_event_uri(sse_uri)
    response, event_dest_uri = utils.get_sse_stream(sut)
    if event_dest_uri:
        sut.set_event_dest_uri(event_dest_uri)
    if response is not None:
        yield {"uri": sse_uri, "response": response, "request_type": RequestType.STREAMING}


resources.get_default_resources = get_default_resources_with_sse

if __name__ == "__main__":
    sys.argv[0] = "rf_protocol_validator"
    sys.exit(console_scripts.main())
