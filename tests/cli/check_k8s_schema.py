#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Kubernetes manifests against the API models of Debian's python3-kubernetes (generated from the
Kubernetes OpenAPI spec): every field must exist in its object's model (camelCase, as the API names it), have the
model's type, and every required field must be present. kubectl cannot validate without a cluster (it downloads
the OpenAPI document from the API server), so this is the offline schema check.

usage: check_k8s_schema.py FILE.yaml...   exit 0: valid, 1: problems (printed), 77: python3-kubernetes missing"""
import re
import sys

try:
    import yaml
    from kubernetes import client
except ImportError as e:  # the test skips, saying why
    print(f"skip: {e}", file=sys.stderr)
    sys.exit(77)

PRIMITIVE = {"str": str, "int": int, "bool": bool, "float": (int, float), "object": object}


def model_of(api_version, kind):
    group, _, version = api_version.rpartition("/")
    prefix = version.capitalize() if not group else version.capitalize()
    return getattr(client, f"{prefix}{kind}", None)


def check(value, type_name, path, problems):
    m = re.match(r"list\[(.*)\]$", type_name)
    if m:
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list")
            return
        for i, v in enumerate(value):
            check(v, m.group(1), f"{path}[{i}]", problems)
        return
    m = re.match(r"dict\(str, (.*)\)$", type_name)
    if m:
        if not isinstance(value, dict):
            problems.append(f"{path}: expected a mapping")
            return
        for k, v in value.items():
            check(v, m.group(1), f"{path}.{k}", problems)
        return
    if type_name in PRIMITIVE:
        if not isinstance(value, PRIMITIVE[type_name]) or (type_name == "int" and isinstance(value, bool)):
            problems.append(f"{path}: expected {type_name}, got {value!r}")
        return
    model = getattr(client, type_name)
    if not isinstance(value, dict):
        problems.append(f"{path}: expected an object ({type_name})")
        return
    by_json = {j: a for a, j in model.attribute_map.items()}
    for key, v in value.items():
        if key not in by_json:
            problems.append(f"{path}.{key}: no such field in {type_name}")
            continue
        check(v, model.openapi_types[by_json[key]], f"{path}.{key}", problems)
    # Required fields: the generated model's setter rejects None for them.
    for attr, json_name in model.attribute_map.items():
        if json_name in value:
            continue
        try:
            obj = model.__new__(model)
            obj.local_vars_configuration = client.Configuration()
            obj.local_vars_configuration.client_side_validation = True
            setattr(obj, attr, None)
        except ValueError:
            problems.append(f"{path}: required field {json_name} missing ({type_name})")


def main(paths):
    problems = []
    for p in paths:
        with open(p) as f:
            for i, doc in enumerate(yaml.safe_load_all(f)):
                if doc is None:
                    continue
                model = model_of(doc.get("apiVersion", ""), doc.get("kind", ""))
                if model is None:
                    problems.append(f"{p}[{i}]: unknown apiVersion/kind {doc.get('apiVersion')}/{doc.get('kind')}")
                    continue
                check(doc, model.__name__, f"{p}[{i}]", problems)
    for pr in problems:
        print(pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
