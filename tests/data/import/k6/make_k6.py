#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes k6 summaries for one synthetic run of `k6 run --vus 10 --duration 30s script.js` against an HTTP
endpoint: api.json in the legacy --summary-export layout (internal/js/summary-wrapper.js oldJSONSummary,
JSON.stringify(data, null, 4): {root_group, metrics{name: flat values + thresholds{expr: !ok}}}) and api-v2.json
in the machine-readable layout (internal/lib/summary/machinereadable/types_gen.go, machine_readable.go: trend
{avg,max,med,min,p(90),p(95)}, counter {count}, rate {matches,rate,total}, gauge {max,min,value}). Same numbers in
both, so the tests can compare them. Run from this folder."""
import json

trend = lambda avg, mn, med, mx, p90, p95: {"avg": avg, "min": mn, "med": med, "max": mx, "p(90)": p90, "p(95)": p95}
metrics = {  # name: (type, contains, values)
    "http_req_duration": ("trend", "time", trend(12.482913, 1.104523, 9.873411, 187.331012, 21.440875, 30.120554)),
    "http_req_duration{expected_response:true}": ("trend", "time",
                                                  trend(12.401122, 1.104523, 9.861023, 187.331012, 21.301877, 29.877301)),
    "http_req_waiting": ("trend", "time", trend(12.123007, 1.003337, 9.601012, 186.990133, 20.987655, 29.55)),
    "iteration_duration": ("trend", "time", trend(1013.228803, 1001.522017, 1010.447105, 1190.224187, 1022.6, 1031.9)),
    "http_reqs": ("counter", "default", {"count": 2960, "rate": 98.41472193066286}),
    "iterations": ("counter", "default", {"count": 2960, "rate": 98.41472193066286}),
    "data_received": ("counter", "data", {"count": 1056720, "rate": 35134.05572924664}),
    "data_sent": ("counter", "data", {"count": 236800, "rate": 7873.177754453029}),
    "http_req_failed": ("rate", "default", {"rate": 0.006756756756756757, "passes": 20, "fails": 2940}),
    "checks": ("rate", "default", {"rate": 0.9932432432432432, "passes": 2940, "fails": 20}),
    "vus": ("gauge", "default", {"value": 10, "min": 10, "max": 10}),
    "vus_max": ("gauge", "default", {"value": 10, "min": 10, "max": 10}),
}
thresholds = {"http_req_duration": {"p(95)<25": True, "p(90)<50": False},
              "http_req_failed": {"rate<0.01": False}}

legacy = {}
for name, (typ, _, values) in metrics.items():
    v = dict(values)
    if typ == "rate":  # the legacy export names the ratio "value"
        v = {"value": v["rate"], "passes": v["passes"], "fails": v["fails"]}
    if name in thresholds:
        v["thresholds"] = thresholds[name]
    legacy[name] = v
root = {"name": "", "path": "", "id": "d41d8cd98f00b204e9800998ecf8427e", "groups": {},
        "checks": {"status is 200": {"name": "status is 200", "path": "::status is 200",
                                     "id": "548d37ca5f33793206f7832e7cea54fb", "passes": 2940, "fails": 20}}}
json.dump({"root_group": root, "metrics": legacy}, open("api.json", "w"), indent=4)

def v2values(typ, values):
    if typ == "counter":
        return {"count": values["count"]}
    if typ == "rate":
        return {"matches": values["passes"], "rate": values["rate"], "total": values["passes"] + values["fails"]}
    return values
v2 = {"config": {"duration": 30.077, "execution": "local", "script": "/home/bench/load/script.js"},
      "metadata": {"generatedAt": "2025-06-02T14:03:11.52Z", "k6Version": "1.5.0"},
      "results": {"checks": {"metrics": [
                      {"contains": "default", "name": "checks_total", "type": "counter", "values": {"count": 2960}},
                      {"contains": "default", "name": "checks_failed", "type": "rate",
                       "values": {"matches": 20, "rate": 0.006756756756756757, "total": 2960}},
                      {"contains": "default", "name": "checks_succeeded", "type": "rate",
                       "values": {"matches": 2940, "rate": 0.9932432432432432, "total": 2960}}],
                  "results": [{"fails": 20, "name": "status is 200", "passes": 2940}]},
                  "metrics": [{"contains": c, "name": n, "type": t, "values": v2values(t, v)}
                              for n, (t, c, v) in metrics.items() if n != "checks"]},
      "version": "1.0.0"}
json.dump(v2, open("api-v2.json", "w"), indent=2)
