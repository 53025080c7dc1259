#!/usr/bin/env bash
# Backs up Luoshi: a pg_dump of its database (everything Luoshi keeps, evidence files included) and a manifest.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: ops/backup.sh [-o DIR] [--data-dir DIR]

Writes DIR/luoshi-YYYYMMDDTHHMMSSZ/ with
  database.dump   pg_dump -Fc of Luoshi's database (evidence files are in it)
  manifest.txt    time, database and schema versions, row count of every table, the audit chain's
                  anchor (sequence and hash of the newest sealed entry) and the SHA-256 of database.dump
The dump and the manifest read one snapshot: they agree even while Luoshi is in use.

  -o, --output DIR   where backups go (default: ./luoshi-backups)
  --data-dir DIR     Luoshi's data directory, for the embedded database (default: $LUOSHI_DATA_DIR or ./luoshi-data)
  -h, --help         this text

The database is the one Luoshi uses: LUOSHI_DB_URL (jdbc:postgresql://…), LUOSHI_DB_USER, LUOSHI_DB_PASSWORD;
without LUOSHI_DB_URL the embedded database of the Luoshi running on --data-dir. pg_dump must be at least as new as
the server. Restore with ops/restore.sh; see docs/operations.md, "Backup and restore".
EOF
}

output=./luoshi-backups
data_dir=${LUOSHI_DATA_DIR:-./luoshi-data}
while [[ $# -gt 0 ]]; do
	case $1 in
		-o | --output) output=${2:?"$1 needs a directory"}; shift 2 ;;
		--data-dir) data_dir=${2:?"$1 needs a directory"}; shift 2 ;;
		-h | --help) usage; exit 0 ;;
		*) usage >&2; exit 2 ;;
	esac
done

# shellcheck source=ops/luoshi-database.sh
source "$(dirname "$0")/luoshi-database.sh"
luoshi_database "$data_dir"

name=luoshi-$(date -u +%Y%m%dT%H%M%SZ)
target=$output/$name
[[ ! -e $target ]] || die "$target exists already"
mkdir -p "$output"
partial=$target.partial
mkdir "$partial"
trap 'rm -rf "$partial"' EXIT

# One session holds a snapshot open; pg_dump and the manifest's queries both read it.
coproc SESSION { psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname="$DATABASE"; }
# Bash forgets SESSION and SESSION_PID as soon as psql exits, which may come before the last lines are read: keep them.
session_pid=$SESSION_PID
exec {to_session}>&"${SESSION[1]}" {from_session}<&"${SESSION[0]}"
printf '%s\n' "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;" "SELECT pg_export_snapshot();" >&"$to_session"
snapshot=
read -r -t 60 snapshot <&"$from_session" || true
[[ -n $snapshot ]] || die "cannot open a snapshot of $DATABASE"

pg_dump --format=custom --snapshot="$snapshot" --file="$partial/database.dump" --dbname="$DATABASE"

# Every table's rows counted (exactly) and the schema version each module's migrations reached, in the snapshot.
cat >&"$to_session" <<'SQL'
SELECT 'server.version=' || current_setting('server_version');
SELECT 'schema.' || CASE c.relname WHEN 'flyway_schema_history' THEN 'shared' ELSE substr(c.relname, length('flyway_history_') + 1) END || '='
	|| coalesce((xpath('/row/v/text()', query_to_xml(format(
		'SELECT version AS v FROM %I.%I WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1',
		n.nspname, c.relname), false, true, '')))[1]::text, '')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND (c.relname = 'flyway_schema_history' OR c.relname LIKE 'flyway\_history\_%') AND n.nspname = current_schema()
ORDER BY c.relname;
SELECT 'rows.' || n.nspname || '.' || c.relname || '='
	|| (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
ORDER BY n.nspname, c.relname;
SELECT 'audit.anchor.sequence=' || coalesce(max(sequence), 0) FROM audit_entry;
SELECT 'audit.anchor.hash=' || coalesce((SELECT hash FROM audit_entry WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1), '');
SELECT 'audit.unsealed=' || count(*) FROM audit_entry WHERE sequence IS NULL;
SELECT 'END';
SQL
facts=()
while read -r -t 600 line <&"$from_session"; do
	[[ $line == END ]] && break
	facts+=("$line")
done
[[ ${line:-} == END ]] || die "reading the manifest's figures from $DATABASE failed"
printf '%s\n' "COMMIT;" '\q' >&"$to_session"
exec {to_session}>&-
wait "$session_pid" || true

{
	echo "# Luoshi backup manifest. Keep audit.anchor.* somewhere Luoshi's administrators cannot write."
	echo "format=1"
	echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
	printf '%s\n' "${facts[@]}"
	echo "sha256.database.dump=$(sha256sum "$partial/database.dump" | cut -d ' ' -f 1)"
} >"$partial/manifest.txt"

mv "$partial" "$target"
trap - EXIT
grep '^audit\.anchor\.' "$target/manifest.txt"
echo "$target"
