"""Who may talk to a real `paperlens serve`: the paired extension, and nobody else."""
import os
import sqlite3
import stat
import subprocess

import pytest
import requests

from server import security
from tests.conftest import ServerProcess, paperlens_command

OUR_ORIGIN = f"chrome-extension://{security.EXTENSION_ID}"
BODY = {"url": "https://arxiv.org/abs/2503.15342", "blocks": [{"id": "a", "text": "LowDiff reaches an FID of 2.11."}]}


def rows(server):
    with sqlite3.connect(server.db_path) as conn:
        return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pages", "papers", "blocks"))


@pytest.mark.parametrize("name,kwargs,status", [
    ("a web page's origin, no token", {"json": BODY, "headers": {"Origin": "https://evil.example"}}, 401),
    ("no token at all", {"json": BODY}, 401),
    ("a wrong token", {"json": BODY, "headers": {"Authorization": "Bearer " + "x" * 43}}, 401),
    ("a foreign Host header", {"json": BODY, "headers": {"Host": "rebind.evil.example"}}, 400),
    ("a simple text/plain POST, as a page's form could send", {"data": '{"url": "x", "blocks": []}',
                                                               "headers": {"Content-Type": "text/plain"}}, 401),
])
def test_refused_and_nothing_written(live_server, name, kwargs, status):
    before = rows(live_server)
    response = requests.post(live_server.url + "/api/v1/annotate", timeout=10, **kwargs)
    assert response.status_code == status, name
    assert response.json()["error"]["message"]
    assert "Access-Control-Allow-Origin" not in response.headers
    assert rows(live_server) == before


def test_text_plain_is_refused_even_with_the_token(live_server):
    response = live_server.session.post(live_server.url + "/api/v1/annotate", data='{"url": "x", "blocks": []}',
                                        headers={"Content-Type": "text/plain"}, timeout=10)
    assert response.status_code == 415


def test_a_page_preflight_gets_no_cors_grant(live_server):
    response = requests.options(live_server.url + "/api/v1/annotate", timeout=10, headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_pairing_answers_our_extension_only(live_server):
    refused = requests.post(live_server.url + "/api/v1/pair", headers={"Origin": "https://evil.example"}, timeout=10)
    other_extension = requests.post(live_server.url + "/api/v1/pair", timeout=10,
                                    headers={"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"})
    assert refused.status_code == other_extension.status_code == 403
    ours = requests.post(live_server.url + "/api/v1/pair", headers={"Origin": OUR_ORIGIN}, timeout=10)
    assert ours.status_code == 200 and ours.json()["token"] == live_server.token
    assert ours.headers["Access-Control-Allow-Origin"] == OUR_ORIGIN
    paired = requests.post(live_server.url + "/api/v1/annotate", json=BODY, timeout=30,
                           headers={"Authorization": "Bearer " + ours.json()["token"]})
    assert paired.status_code == 200


def test_no_pairing_flag_refuses_even_the_extension(tmp_path):
    server = ServerProcess(tmp_path / "lib.db")
    server.extra_args = ["--no-pairing"]
    server.start()
    try:
        response = requests.post(server.url + "/api/v1/pair", headers={"Origin": OUR_ORIGIN}, timeout=10)
        assert response.status_code == 403 and response.json()["error"]["code"] == "pairing_off"
    finally:
        server.stop()


def test_token_file_is_private_and_printed_by_the_command(live_server):
    path = security.token_path(live_server.db_path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    printed = subprocess.run(paperlens_command() + ["token", "--db", str(live_server.db_path)],
                             capture_output=True, text=True, timeout=60)
    assert printed.returncode == 0 and printed.stdout.strip() == live_server.token


def test_health_is_open_for_the_popup(live_server):
    assert requests.get(live_server.url + "/api/v1/health", timeout=5).json()["status"] == "ok"


def test_the_page_lookup_tells_nothing_without_the_token(live_server):
    """GET /api/v1/page says what the library holds for an address (what the user read there):
    only the paired extension may ask."""
    url = BODY["url"]
    assert live_server.session.post(live_server.url + "/api/v1/annotate", json=BODY, timeout=60).ok
    for headers in ({}, {"Origin": "https://evil.example"}, {"Authorization": "Bearer " + "x" * 43}):
        response = requests.get(live_server.url + "/api/v1/page", params={"url": url}, headers=headers, timeout=10)
        assert response.status_code == 401 and "blocks" not in response.json()
        assert "Access-Control-Allow-Origin" not in response.headers
    known = live_server.session.get(live_server.url + "/api/v1/page", params={"url": url}, timeout=10).json()
    assert [b["text"] for b in known["blocks"]] == [BODY["blocks"][0]["text"]]
