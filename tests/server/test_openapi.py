"""The OpenAPI document says what the code does, and the running server keeps to it under fuzzing."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from schemathesis.specs.openapi import checks as openapi_checks

from server import openapi
from tests.conftest import ServerProcess

SPEC = openapi.spec()
schema = schemathesis.openapi.from_dict(SPEC)


def test_every_api_route_is_described_and_nothing_else(app):
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1"):
            path = openapi.template(rule.rule)
            routes |= {(path, m.lower()) for m in rule.methods - {"HEAD", "OPTIONS"}}
    described = {(path, method) for path, ops in SPEC["paths"].items() for method in ops}
    assert routes == described


def test_the_server_publishes_its_document(client):
    assert client.get("/api/v1/openapi.json").get_json() == SPEC


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    server = ServerProcess(tmp_path_factory.mktemp("fuzz") / "library.db", workers=2).start()
    yield server
    server.stop()
    # A 500 names its request in the failure above; the worker's traceback is here.
    if "Traceback" in server.log():
        print("server log:\n" + server.log())


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_fuzzed_requests_never_fail_the_server_or_the_schema(case, fuzz_server):
    """Generated requests, valid and not: never a 500, every answer as documented, invalid
    data refused. (Schema-valid requests may still be refused for rules JSON Schema cannot
    state, such as block ids unique within a request, so that one check is left out.)"""
    case.call_and_validate(base_url=fuzz_server.url, headers={"Authorization": f"Bearer {fuzz_server.token}"},
                           excluded_checks=[openapi_checks.positive_data_acceptance])
