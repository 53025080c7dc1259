# Sourced by backup.sh and restore.sh: finds Luoshi's database the way Luoshi does.
#
# With LUOSHI_DB_URL (jdbc:postgresql://host:port/database, as the application is configured) and LUOSHI_DB_USER /
# LUOSHI_DB_PASSWORD: that server. Without it: the embedded PostgreSQL of a running Luoshi, found through the
# postmaster.pid in DATA_DIR/postgres (its port is chosen at start), database "luoshi", user "postgres".
# libpq's own variables (PGSSLMODE, PGSSLROOTCERT, PGPASSFILE …) apply as usual.

die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

# Sets DATABASE to the libpq connection URI for psql, pg_dump and pg_restore, and exports PGUSER/PGPASSWORD.
luoshi_database() {
	local data_dir=$1
	if [[ -n "${LUOSHI_DB_URL:-}" ]]; then
		local url=${LUOSHI_DB_URL#jdbc:}
		[[ $url == postgresql://* ]] || die "LUOSHI_DB_URL is not a jdbc:postgresql:// URL: $LUOSHI_DB_URL"
		if [[ -n "${LUOSHI_DB_USER:-}" ]]; then
			export PGUSER=$LUOSHI_DB_USER
		fi
		if [[ -n "${LUOSHI_DB_PASSWORD:-}" ]]; then
			export PGPASSWORD=$LUOSHI_DB_PASSWORD
		fi
		# The JDBC driver's parameters (socketTimeout, options …) are not libpq's: the query string is left out.
		DATABASE=${url%%\?*}
		return
	fi
	local pid_file=$data_dir/postgres/postmaster.pid
	[[ -f $pid_file ]] || die "LUOSHI_DB_URL is not set and no embedded database runs in $data_dir/postgres (start Luoshi, or pass --data-dir)"
	local port
	port=$(sed -n 4p "$pid_file")
	[[ $port =~ ^[0-9]+$ ]] || die "cannot read the embedded database's port from $pid_file"
	export PGUSER=postgres
	unset PGPASSWORD
	DATABASE=postgresql://localhost:$port/luoshi
}
