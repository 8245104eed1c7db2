"""Prints the comparison table of a bench/compare.sh run (JSON lines) with ratios to Tandem."""
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1])]
servers = list(dict.fromkeys(r["server"] for r in rows))
results = {(r["server"], r["scenario"]): r.get("report") for r in rows}

metrics = [
    ("fan-out p50 ms (1 -> 50 readers, 200 edits/s)", "fanout", lambda r: r["latency"]["p50_ms"], "lower"),
    ("fan-out p99 ms", "fanout", lambda r: r["latency"]["p99_ms"], "lower"),
    ("fan-out max ms", "fanout", lambda r: r["latency"]["max_ms"], "lower"),
    ("fan-out p99 ms, to the generator reading it", "fanout", lambda r: r["read_latency"]["p99_ms"], "lower"),
    ("edits/s in one room with p99 <= 50 ms", "saturation", lambda r: r["sustained"], "higher"),
    ("1,000 rooms x 5 clients: p99 ms", "rooms", lambda r: r["latency"]["p99_ms"], "lower"),
    ("1,000 rooms x 5 clients: server RSS MiB", "rooms", lambda r: r["server_rss_mib"], "lower"),
    ("RSS KiB per idle connection (10,000)", "idle", lambda r: r["kib_per_connection"], "lower"),
    ("cold open ms: 5 MB written as 100,000 updates", "cold", lambda r: r["milliseconds"], "lower"),
    ("kill -9: edits acknowledged (Tandem: on disk; Hocuspocus: applied)", "durability", lambda r: r["acknowledged"], "info"),
    ("kill -9: acknowledged edits lost", "durability", lambda r: r["lost_acknowledged"], "lower"),
    ("kill -9: edits seen by another client, lost", "durability", lambda r: r["lost_seen"], "lower"),
    ("kill -9: edits seen by another client", "durability", lambda r: r["seen"], "info"),
]

MISSING = object()


def cell(server, scenario, pick):
    if (server, scenario) not in results:
        return MISSING
    report = results[(server, scenario)]
    if report is None:
        return None
    try:
        return pick(report)
    except KeyError:
        # A figure this run's load generator did not report yet.
        return MISSING
    except TypeError:
        return None

width = max(len(m[0]) for m in metrics)
print("| " + "metric".ljust(width) + " | " + " | ".join(s.rjust(12) for s in servers) + " |")
print("|" + "-" * (width + 2) + "|" + "|".join("-" * 14 for _ in servers) + "|")
def show(value):
    if value is MISSING:
        return "-"
    if value is None:
        return "failed"
    if isinstance(value, int) or value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.2f}"


for label, scenario, pick, better in metrics:
    if all(cell(s, scenario, pick) is MISSING for s in servers):
        continue
    shown = [show(cell(s, scenario, pick)) for s in servers]
    print("| " + label.ljust(width) + " | " + " | ".join(v.rjust(12) for v in shown) + " |")

if "tandem" in servers:
    print()
    print("Ratios, peer / Tandem (for latency and memory, above 1 means Tandem is better;")
    print("for edits/s, below 1 means Tandem is better):")
    for label, scenario, pick, better in metrics:
        base = cell("tandem", scenario, pick)
        if base is MISSING or not base or better == "info":
            continue
        ratios = []
        for s in servers:
            if s == "tandem":
                continue
            v = cell(s, scenario, pick)
            ratios.append(f"{s} failed" if v is None or v is MISSING else f"{s} {v / base:.2f}x")
        print(f"  {label}: " + ", ".join(ratios))
