#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into an empty database, then checks the result against the backup's manifest.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: ops/restore.sh [--force] [--data-dir DIR] BACKUP
       ops/restore.sh --check BACKUP

BACKUP is a directory written by ops/backup.sh. First the SHA-256 of database.dump is checked against the manifest
and the dump is read through. Then it is restored, in one transaction, into the database Luoshi is configured for
(LUOSHI_DB_URL, LUOSHI_DB_USER, LUOSHI_DB_PASSWORD; without LUOSHI_DB_URL the embedded database of the Luoshi
running on --data-dir), which must be empty. Last the restored database is checked:
  - every table has the row count of the manifest;
  - the audit chain runs gap-free from the first entry to the anchor, each entry naming its predecessor's hash,
    and the entry at the anchor's sequence has the anchor's hash;
  - every evidence file's content still has its recorded SHA-256.
The hashes of the entries' contents are recomputed by Luoshi itself: start it and verify the chain on the audit
page (or GET /api/v1/audit/verify). See docs/operations.md, "Backup and restore".

  --check          check the backup's files only; no database is touched
  --force          restore into a database that is not empty: the objects the backup holds are dropped first
  --data-dir DIR   Luoshi's data directory, for the embedded database (default: $LUOSHI_DATA_DIR or ./luoshi-data)
  -h, --help       this text
Exit status: 0 restored and checked, 1 refused or failed, 2 usage, 3 restored but a check failed.
EOF
}

force=false
check_only=false
data_dir=${LUOSHI_DATA_DIR:-./luoshi-data}
backup=
while [[ $# -gt 0 ]]; do
	case $1 in
		--force) force=true; shift ;;
		--check) check_only=true; shift ;;
		--data-dir) data_dir=${2:?"$1 needs a directory"}; shift 2 ;;
		-h | --help) usage; exit 0 ;;
		-*) usage >&2; exit 2 ;;
		*) [[ -z $backup ]] || { usage >&2; exit 2; }; backup=$1; shift ;;
	esac
done
[[ -n $backup ]] || { usage >&2; exit 2; }

# shellcheck source=ops/luoshi-database.sh
source "$(dirname "$0")/luoshi-database.sh"

manifest=$backup/manifest.txt
[[ -f $manifest ]] || die "$manifest not found"
[[ $(grep -c '^format=1$' "$manifest") == 1 ]] || die "$manifest is not a manifest of ops/backup.sh (format=1)"

# The manifest's value for KEY (the text after the first "=").
fact() {
	grep -m 1 "^$1=" "$manifest" | cut -d = -f 2-
}

checksums=$(grep -c '^sha256\.' "$manifest" || true)
[[ $checksums -gt 0 ]] || die "$manifest lists no files"
while IFS= read -r line; do
	file=${line#sha256.}
	file=${file%%=*}
	expected=${line#*=}
	[[ -f $backup/$file ]] || die "$backup/$file is missing"
	actual=$(sha256sum "$backup/$file" | cut -d ' ' -f 1)
	[[ $actual == "$expected" ]] || die "$backup/$file has SHA-256 $actual, the manifest says $expected: the backup is damaged"
done < <(grep '^sha256\.' "$manifest")
pg_restore --list "$backup/database.dump" >/dev/null || die "$backup/database.dump cannot be read by pg_restore"
echo "Backup $backup: files intact; audit anchor $(fact audit.anchor.sequence) $(fact audit.anchor.hash)"
if $check_only; then
	exit 0
fi

luoshi_database "$data_dir"
query() {
	psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname="$DATABASE" -c "$1"
}

tables=$(query "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'")
clean=()
if [[ $tables -gt 0 ]]; then
	$force || die "the database holds $tables tables already; restore into an empty database, or pass --force to replace them"
	clean=(--clean --if-exists)
fi

# One transaction: a restore that fails leaves the database as it was. Objects belong to the restoring user.
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges ${clean[@]+"${clean[@]}"} \
	--dbname="$DATABASE" "$backup/database.dump"
echo "Restored into $DATABASE"

problems=0
problem() {
	echo "CHECK FAILED: $*" >&2
	problems=$((problems + 1))
}

while IFS= read -r line; do
	table=${line#rows.}
	table=${table%%=*}
	expected=${line#*=}
	schema=${table%%.*}
	relation=${table#*.}
	actual=$(query "SELECT count(*) FROM \"$schema\".\"$relation\"" 2>/dev/null) || actual=missing
	[[ $actual == "$expected" ]] || problem "$table has $actual rows, the backup had $expected"
done < <(grep '^rows\.' "$manifest")

anchor_sequence=$(fact audit.anchor.sequence)
anchor_hash=$(fact audit.anchor.hash)
[[ $anchor_sequence =~ ^[0-9]+$ ]] || die "$manifest has no audit.anchor.sequence"
chain=$(query "SELECT count(*) || ' ' || coalesce(max(sequence), 0) FROM audit_entry WHERE sequence IS NOT NULL")
[[ $chain == "$anchor_sequence $anchor_sequence" ]] \
	|| problem "the audit chain has (entries, last sequence) = ($chain), the anchor is sequence $anchor_sequence"
broken=$(query "SELECT coalesce(min(e.sequence)::text, 'none') FROM audit_entry e
	LEFT JOIN audit_entry p ON p.sequence = e.sequence - 1
	WHERE e.sequence IS NOT NULL AND e.previous_hash IS DISTINCT FROM
		CASE WHEN e.sequence = 1 THEN repeat('0', 64) ELSE p.hash END")
[[ $broken == none ]] || problem "audit entry at sequence $broken does not name its predecessor's hash"
if [[ $anchor_sequence -gt 0 ]]; then
	stored=$(query "SELECT hash FROM audit_entry WHERE sequence = $anchor_sequence")
	[[ $stored == "$anchor_hash" ]] || problem "the audit entry at sequence $anchor_sequence has hash '$stored', the anchor is $anchor_hash"
fi

altered=$(query "SELECT count(*) FROM evidence_file WHERE encode(sha256(content), 'hex') <> sha256")
[[ $altered == 0 ]] || problem "$altered evidence files no longer match their SHA-256"

if [[ $problems -gt 0 ]]; then
	echo "$problems checks failed: the restored database does not match the backup" >&2
	exit 3
fi
echo "Checked: row counts as in the manifest, audit chain linked up to the anchor $anchor_sequence $anchor_hash," \
	"evidence files match their SHA-256. Start Luoshi and verify the chain on the audit page to recompute every hash."
