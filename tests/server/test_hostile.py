"""Text from the open web is hostile: the server must never fail on it, and offsets must stay right."""
import json

import pytest
import requests

HOSTILE = {
    "astral": "Bound 𝒪(n log n) and 𝔼[x] 🚀🧪 with FID on CIFAR-10 and LoRA.",
    "combining": "Ame\u0301lie\u0300 uses LoRA\u0301 and PSNR on Ima\u0308geNet and CIFAR-10.",
    "zero_width": "Lo\u200bRA and SS\u200dIM and \ufeffFID on CIFAR\u200c-10 with PSNR.",
    "bidi": "\u202eFID on CIFAR-10\u202c and \u2067LoRA\u2069 with \u200fPSNR.",
    "nul": "FID\x00 on CIFAR-10\x00 with LoRA and\x00 PSNR.",
    "html": "<img src=x onerror=alert(1)><script>alert('x')</script> LoRA beats SPAN on CIFAR-10 (FID 2.1).",
    "control": "\x01\x02\x07\x1b[31mFID\x1b[0m on CIFAR-10 \r\n\t with LoRA",
    "one_word": "x" * 99_000,
    "many_parens": "(" * 5000 + "LoRA" + ")" * 5000,
    "numbers": " ".join(str(i) + "%" for i in range(5000)),
    "unicode_digits": "FID of ２.１１ on CIFAR-10 and ٣٫٥ PSNR.",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_never_breaks_the_server_and_offsets_hold(client, name):
    text = HOSTILE[name]
    response = client.post("/api/v1/annotate", data=json.dumps(
        {"url": "https://example.org/" + name, "blocks": [{"id": "a", "text": text}]}),
        content_type="application/json")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    for span in response.get_json()["blocks"][0]["spans"]:
        assert text[span["start"]:span["end"]] == span["text"]
    for result in response.get_json()["blocks"][0]["results"]:
        assert text[result["start"]:result["end"]] == result["text"]


def test_lone_surrogates_are_accepted_and_offsets_hold(client):
    raw = '{"url": "https://x", "blocks": [{"id": "a", "text": "\\ud800 FID on CIFAR-10 \\udfff LoRA"}]}'
    response = client.post("/api/v1/annotate", data=raw, content_type="application/json")
    assert response.status_code == 200
    text = json.loads(raw)["blocks"][0]["text"]
    spans = response.get_json()["blocks"][0]["spans"]
    assert {"FID", "CIFAR-10", "LoRA"} <= {s["text"] for s in spans}
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_a_megabyte_of_one_word_is_refused_with_the_limit(client):
    response = client.post("/api/v1/annotate", json={"url": "https://x", "blocks": [{"id": "a", "text": "y" * 1_000_000}]})
    assert response.status_code == 422
    assert "100000" in response.get_json()["error"]["message"]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:5757", "127.0.0.1.nip.io", "attacker.localhost.com"])
def test_foreign_host_header_is_refused_and_writes_nothing(client, row_counts, host, paper_request):
    before = row_counts()
    response = client.post("/api/v1/annotate", json=paper_request("LowDiff"), headers={"Host": host})
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "untrusted_host"
    assert row_counts() == before


def test_loopback_hosts_are_answered(client):
    for host in ["127.0.0.1:5757", "localhost:5757", "localhost", "[::1]:5757", "[::1]", "LOCALHOST:1"]:
        assert client.get("/api/v1/health", headers={"Host": host}).status_code == 200, host


def test_real_server_refuses_a_rebound_host(live_server):
    response = requests.get(live_server.url + "/api/v1/papers", headers={"Host": "rebind.evil.example"}, timeout=5)
    assert response.status_code == 400 and response.json()["error"]["code"] == "untrusted_host"
