"""`paperlens serve` as a user starts it: a real gunicorn process on a loopback port."""
import csv
import io
import subprocess


from tests.conftest import ServerProcess, paperlens_command


def test_serve_annotates_stores_and_exports(live_server, paper_request):
    health = live_server.session.get(live_server.url + "/api/v1/health", timeout=5).json()
    assert health["status"] == "ok"
    for prefix, url in [("Distillation-Supervised Convolutional", "https://arxiv.org/abs/2504.11271"),
                        ("LowDiff", "https://arxiv.org/abs/2503.15342")]:
        response = live_server.session.post(live_server.url + "/api/v1/annotate", json=paper_request(prefix, url=url), timeout=30)
        assert response.status_code == 200, response.text
    export = live_server.session.get(live_server.url + "/api/v1/export", params={"format": "csv"}, timeout=10)
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert {("2504.11271", "METHOD", "ConvLoRA"), ("2504.11271", "METRIC", "SSIM"),
            ("2503.15342", "DATASET", "ImageNet")} <= {(r["arxiv_id"], r["label"], r["text"]) for r in rows}
    assert live_server.db_path.exists()


def test_library_survives_a_restart(tmp_path, paper_request):
    server = ServerProcess(tmp_path / "lib.db").start()
    try:
        server.session.post(server.url + "/api/v1/annotate", json=paper_request("LowDiff"), timeout=30).raise_for_status()
    finally:
        server.stop()
    server = ServerProcess(tmp_path / "lib.db").start()
    try:
        papers = server.session.get(server.url + "/api/v1/papers", timeout=5).json()
        assert papers["total"] == 1 and papers["papers"][0]["title"].startswith("LowDiff")
        again = server.session.post(server.url + "/api/v1/annotate", json=paper_request("LowDiff"), timeout=30).json()
        assert all(b["cached"] for b in again["blocks"])
    finally:
        server.stop()


def test_a_taken_port_fails_loudly(live_server, tmp_path):
    result = subprocess.run(
        paperlens_command() + ["serve", "--port", str(live_server.port), "--db", str(tmp_path / "other.db")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert f"port {live_server.port}" in result.stderr and "already in use" in result.stderr
    assert not (tmp_path / "other.db").exists()


def test_a_non_loopback_address_needs_consent(tmp_path):
    result = subprocess.run(paperlens_command() + ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "--allow-remote" in result.stderr
