#!/usr/bin/env python3
"""Verifies an exported audit chain (GET /api/audit/export, JSON Lines) with nothing but the standard library.

Each line is one record. hash = SHA-256 (hex) of the UTF-8 bytes of the record's canonical JSON without "hash":
keys sorted, no spaces, non-ASCII characters as they are. prevHash is the previous record's hash (64 zeros first).
Usage: python3 verify-audit-chain.py audit-trail.jsonl
"""
import hashlib, json, sys

prev, seq = "0" * 64, 0
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    claimed = record.pop("hash")
    seq += 1
    canonical = json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if record["seq"] != seq or record["prevHash"] != prev or hashlib.sha256(canonical.encode("utf-8")).hexdigest() != claimed:
        sys.exit(f"BROKEN at record {seq}")
    prev = claimed
print(f"OK {seq} records, head {prev}")
