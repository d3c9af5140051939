"""Writes the JSON schemas of the org v2 (ZITADEL 4.x) response messages that the
v2.71.4 swagger lacks, taken from the official Python SDK's generated models
(PyPI `zitadel-client`, Apache-2.0), for the conformance test in Rust.

Run with the SDK installed: `python org_schemas.py > ../fixtures/zitadel-client-<v>/org-v2-responses.schema.json`.
Descriptions and titles are dropped; nothing else is changed.
"""

import json
import sys
from importlib.metadata import version

import zitadel_client.models as models

RESPONSES = [
    "SetOrganizationMetadataResponse",
    "ListOrganizationMetadataResponse",
    "DeleteOrganizationMetadataResponse",
    "AddOrganizationDomainResponse",
    "ListOrganizationDomainsResponse",
    "DeleteOrganizationDomainResponse",
    "UpdateOrganizationResponse",
    "ActivateOrganizationResponse",
    "DeactivateOrganizationResponse",
    "DeleteOrganizationResponse",
    "ConnectError",
]


def strip(node, in_properties=False):
    """Drops annotations; keys of a `properties` map are field names and stay."""
    if isinstance(node, dict):
        return {
            k: strip(v, k == "properties")
            for k, v in node.items()
            if in_properties or k not in ("description", "title", "default")
        }
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    defs = {}
    for name in RESPONSES:
        cls = getattr(models, "OrganizationService" + name)
        schema = cls.model_json_schema(by_alias=True)
        defs.update(schema.pop("$defs", {}))
        defs[cls.__name__] = schema
    out = {
        "x-provenance": f"zitadel-client {version('zitadel-client')} pydantic models, model_json_schema(by_alias=True)",
        "$defs": strip(defs),
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
