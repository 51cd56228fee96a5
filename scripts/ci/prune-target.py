#!/usr/bin/env python3
"""Keeps a cargo target folder that outlives its clones from filling the disk.

Every build of a changed crate links its test binaries anew under a new hash, and the old ones
stay: about 200 MB each in a debug build, 37 GB after a few weeks of runs on the CI machine
(one run then failed with "No space left on device"). This removes, in `<target>/debug/deps`,
every executable but the newest of its name, and the incremental caches (CI builds with
CARGO_INCREMENTAL=0). Libraries stay, so nothing is rebuilt.

Usage: prune-target.py TARGET_DIR
"""
import collections
import os
import shutil
import sys

target = sys.argv[1]
deps = os.path.join(target, "debug", "deps")
newest = collections.defaultdict(list)
if os.path.isdir(deps):
    for name in os.listdir(deps):
        path = os.path.join(deps, name)
        # Test and build-script executables have no extension; libraries do.
        if "." in name or not os.path.isfile(path) or not os.access(path, os.X_OK):
            continue
        newest[name.rsplit("-", 1)[0]].append((os.path.getmtime(path), path))
freed = 0
for versions in newest.values():
    versions.sort(reverse=True)
    for _, path in versions[1:]:
        freed += os.path.getsize(path)
        os.remove(path)
for profile in ("debug", "release"):
    incremental = os.path.join(target, profile, "incremental")
    if os.path.isdir(incremental):
        freed += sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(incremental) for f in fs)
        shutil.rmtree(incremental, ignore_errors=True)
print(f"target folder: {freed / 1e9:.1f} GB of old test binaries and incremental caches removed")
