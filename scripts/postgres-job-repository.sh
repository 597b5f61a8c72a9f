#!/usr/bin/env bash
# Runs microcert with PostgreSQL as the Spring Batch job repository, on a throwaway local server:
# starts PostgreSQL (Debian's postgresql package) on 127.0.0.1:55432, imports the shipped ESCO
# sample twice with a configuration pointing the job repository there, prints the job executions
# PostgreSQL recorded, and stops the server. Usage: scripts/postgres-job-repository.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
WORK="$(mktemp -d)"
chown postgres "$WORK" 2>/dev/null || true
PORT=55432
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth=trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" -l "$WORK/pg.log" -w start >/dev/null
as_pg "$PGBIN/psql" -h 127.0.0.1 -p $PORT -U postgres -qc "create database microcert"
cat > "$WORK/microcert.yaml" <<YAML
warehouse: $WORK/warehouse
job-repository:
  url: jdbc:postgresql://127.0.0.1:$PORT/microcert
  username: postgres
  password: ""
YAML
for run in 1 2; do
  echo "== import $run (job repository: PostgreSQL)"
  "$HERE/bin/microcert" --conf "$WORK/microcert.yaml" taxonomy import --esco "$HERE/data-samples/esco"
done
echo "== job executions recorded in PostgreSQL"
as_pg "$PGBIN/psql" -h 127.0.0.1 -p $PORT -U postgres -d microcert -c \
  "select i.job_name, e.job_execution_id, e.status, e.exit_code from batch_job_instance i join batch_job_execution e using (job_instance_id) order by e.job_execution_id"
