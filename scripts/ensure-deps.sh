#!/usr/bin/env sh
# `npm start` / `npm test` (prestart, pretest): install what is missing first, as `npm run setup` does,
# so a fresh clone needs one command. Silent and instant when node_modules matches package-lock.json.
# Dependency-free: sh, and node (which runs npm) for the rare content check.
set -eu
cd "$(dirname "$0")/.."

installed=node_modules/.package-lock.json
[ "${SKIP_ENSURE_DEPS:-}" = "" ] || exit 0

if [ -f "$installed" ] && [ ! package-lock.json -nt "$installed" ]; then
  exit 0
fi

# The lock file is newer than the install (a pull, a rebase, a checkout): compare what they name
# before reinstalling. Same packages at the same versions: only refresh the stamp.
if [ -f "$installed" ] && node -e '
  const read = (f) => JSON.parse(require("node:fs").readFileSync(f, "utf8")).packages ?? {};
  const wanted = read("package-lock.json");
  const have = read(process.argv[1]);
  for (const [path, p] of Object.entries(wanted)) {
    if (path === "" || !path.startsWith("node_modules/")) continue;
    const got = have[path];
    if (got ? got.version !== p.version : !(p.optional || p.devOptional)) process.exit(1);
  }
  for (const path of Object.keys(have)) if (!(path in wanted)) process.exit(1);
' "$installed" 2>/dev/null; then
  touch "$installed"
  exit 0
fi

echo "Dependencies missing or out of date with package-lock.json: running npm run setup first…"
sh scripts/setup.sh
