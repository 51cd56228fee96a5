#!/usr/bin/env python3
"""Write the fuzz seed corpus (fuzz/corpus/<target>/) from the vendors' documented examples
in ../shared/api-fixtures and the repository's own test data. Run once when a source changes;
the corpus is committed so CI and libFuzzer start from real shapes, not noise."""
import json, pathlib, struct, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "../shared/api-fixtures").resolve()
CORPUS = ROOT / "fuzz" / "corpus"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (folder / name).write_bytes(data)


def load(path):
    return json.loads((FIXTURES / path).read_text())


def nodes(value):
    """Every `node` under `edges` in a GraphQL answer."""
    if isinstance(value, dict):
        if "edges" in value and isinstance(value["edges"], list):
            for edge in value["edges"]:
                if isinstance(edge, dict) and "node" in edge:
                    yield edge["node"]
        for v in value.values():
            yield from nodes(v)
    elif isinstance(value, list):
        for v in value:
            yield from nodes(v)


# Shopify: order nodes from the documented GraphQL answers, and GraphQL error arrays.
n = 0
for source in ["shopify/graphql_orders_details_docs_example.json", "shopify/graphql_orders_pagination_docs_example.json"]:
    for node in nodes(load(source).get("response", {})):
        if str(node.get("id", "")).startswith("gid://shopify/Order/"):
            write("shopify_order", f"order-{n}.json", json.dumps(node))
            n += 1
for key, example in load("shopify/graphql_error_and_cost_examples.json").items():
    body = example.get("body") if isinstance(example, dict) else None
    if isinstance(body, dict) and "errors" in body:
        write("shopify_order", f"errors-{key}.json", json.dumps(body["errors"]))

# WooCommerce: documented orders and the test order of the connector.
for i, order in enumerate(load("woocommerce/orders_list_response.json")[:3] if isinstance(load("woocommerce/orders_list_response.json"), list) else []):
    write("woocommerce_order", f"list-{i}.json", json.dumps(order))
retrieved = load("woocommerce/order_retrieve_response.json")
write("woocommerce_order", "retrieve.json", json.dumps(retrieved.get("body", retrieved) if isinstance(retrieved, dict) else retrieved))
write("woocommerce_order", "order_727.json", (ROOT / "crates/connectors/src/woocommerce/testdata/order_727.json").read_bytes())

# Error answers: [system][status, 2 bytes][body]. The system numbers follow erp_error().
systems = {
    "netsuite/error_examples.json": 0,
    "business_central/error_examples.json": 1,
    "sap_b1/error_examples.json": 2,
    "woocommerce/error_examples.json": 3,
    "shopify/rest_error_and_limit_examples.json": 4,
    "odoo/error_examples.json": 5,
}
for source, system in systems.items():
    for key, example in load(source).items():
        if not isinstance(example, dict) or "body" not in example:
            continue
        status = int(example.get("status") or 200)
        body = example["body"] if isinstance(example["body"], str) else json.dumps(example["body"])
        write("erp_error", f"{source.split('/')[0]}-{key}", bytes([system]) + struct.pack(">H", status - 100) + body.encode())
# Tryton answers a failed call with HTTP 200 and an error array (../shared/research/tryton-jsonrpc.md).
for i, error in enumerate([
    ["UserError", ["The field \"Party\" on \"Sale\" is required.", ""]],
    ["403", "Forbidden"],
    ["ConcurrencyException", "Records were modified in the meanwhile"],
]):
    write("erp_error", f"tryton-{i}", bytes([6]) + struct.pack(">H", 100) + json.dumps({"id": 1, "error": error}).encode())

# Shopify order export: a header and two orders, one with two lines, in the export's layout.
header = "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Billing Address1,Billing City,Billing Zip,Billing Province,Billing Country,Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Notes,Cancelled at,Tax 1 Name,Tax 1 Value,Id\n"
rows = [
    "#1001,ana@example.com,paid,2026-11-02 10:00:00 -0500,,USD,40.00,5.00,3.60,48.60,,0.00,2026-11-02 10:00:00 -0500,2,Linen shirt,20.00,LS-01,Ana Díaz,1 Main St,Austin,78701,TX,US,Ana Díaz,1 Main St,Austin,78701,TX,US,,,TX 9%,3.60,5100000001\n",
    "#1001,ana@example.com,,,,,,,,,,,2026-11-02 10:00:00 -0500,1,\"Mug, blue\",0.00,MUG-1,,,,,,,,,,,,,,,,,5100000001\n",
    "#1002,bo@example.com,paid,2026-11-03 09:30:00 +0100,fulfilled,EUR,10.00,0.00,1.90,11.90,,0.00,2026-11-03 09:30:00 +0100,1,Candle 🕯️,10.00,CND,Bo Ek,\"Storgatan 1, lgh 2\",Malmö,21142,,SE,Bo Ek,Storgatan 1,Malmö,21142,,SE,\"gift\nwrap\",,VAT 19%,1.90,5100000002\n",
]
write("shopify_csv", "two-orders.csv", header + "".join(rows))
write("shopify_csv", "cancelled.csv", header + rows[0].replace(",,,TX 9%", ",,2026-11-03 10:00:00 -0500,TX 9%"))
write("shopify_csv", "header-only.csv", header)

# Middleware logs in each shape the importer reads.
write("middleware_log", "celigo.csv", "Order,Error\n#1042,\"Invalid item reference key 4711 for subsidiary 1\"\n#1043,\"504 Gateway Time-out\"\n")
write("middleware_log", "array.json", json.dumps([{"orderId": 7, "response": {"error": {"code": "Internal_RecordNotFound", "message": "The Item does not exist. Identification fields and values: No.='MUG-X'"}}}]))
write("middleware_log", "wrapped.json", json.dumps({"count": 1, "errors": [{"reference": "A-1050", "message": "504 Gateway Time-out"}]}))
write("middleware_log", "lines.jsonl", "{\"order\":\"1\",\"error\":\"Odoo Session Expired\"}\nnot json\n{\"order\":\"2\",\"error\":\"You have entered an Invalid Field Value 12 for the following field: entity\"}\n")

# Statuspage summaries (v2 summary.json): operational, an incident, maintenance.
page = {"id": "p", "name": "Shopify", "url": "https://www.shopifystatus.com", "time_zone": "Etc/UTC", "updated_at": "2026-11-27T08:00:00Z"}
write("status_page", "operational.json", json.dumps({"page": page, "status": {"indicator": "none", "description": "All Systems Operational"}, "components": [{"id": "api", "name": "Admin API", "status": "operational"}], "incidents": [], "scheduled_maintenances": []}))
write("status_page", "incident.json", json.dumps({"page": page, "status": {"indicator": "major", "description": "Partial System Outage"}, "components": [{"id": "api", "name": "Admin API", "status": "partial_outage"}], "incidents": [{"id": "i", "name": "Admin API errors", "status": "investigating", "impact": "major", "components": [{"name": "Admin API"}]}], "scheduled_maintenances": []}))
write("status_page", "maintenance.json", json.dumps({"page": page, "status": {"indicator": "maintenance", "description": "Service Under Maintenance"}, "components": [], "incidents": [], "scheduled_maintenances": [{"id": "m", "name": "Database upgrade", "status": "in_progress", "impact": "maintenance"}]}))

for folder in sorted(CORPUS.iterdir()):
    print(f"{folder.name}: {len(list(folder.iterdir()))} seeds")
