#!/usr/bin/env bash
# A large, real log for checking the report at scale (issue 24, point 6):
# a server with 40 tenant schemas of 8 tables, an ORM-like client that
# sends ~3 000 statement shapes (column lists and filters vary), N+1 loops,
# reports, an 80 000-character UPDATE … CASE, a TRUNCATE of every table and
# IN lists of thousands of values. Logged by PostgreSQL itself (every
# statement, log_min_duration_statement = 0).
#   scripts/big-report-log.sh OUT.log
# then: pgadvisor audit OUT.log --out DIR; scripts/report-shots.py DIR/report.html SHOTS
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: big-report-log.sh OUT.log}
tmp=$(mktemp -d /tmp/pgadvisor-big.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() { "$here/scripts/pg-cluster.sh" stop "$tmp" 2>/dev/null || true; }
trap cleanup EXIT
"$here/scripts/pg-cluster.sh" start "$tmp" "$port" "log_destination = 'stderr'
log_autovacuum_min_duration = -1"
export PGHOST=$tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres
chmod 777 "$tmp"
python3 - "$tmp" <<'PY'
import random, sys, pathlib
random.seed(24)
tmp = pathlib.Path(sys.argv[1])
tables = {
    "clientes": ["nome", "email", "cidade", "estado", "status", "criado_em", "plano", "telefone"],
    "pedidos": ["cliente_id", "status", "total", "criado_em", "pago_em", "canal", "cupom", "loja_id"],
    "itens": ["pedido_id", "produto_id", "quantidade", "preco", "desconto", "criado_em", "sku", "lote"],
    "produtos": ["nome", "categoria", "preco", "estoque", "ativo", "criado_em", "marca", "peso"],
    "pagamentos": ["pedido_id", "metodo", "valor", "status", "criado_em", "gateway", "parcelas", "taxa"],
    "eventos": ["cliente_id", "tipo", "payload", "criado_em", "origem", "sessao", "ip", "agente"],
    "lojas": ["nome", "cidade", "estado", "ativo", "criado_em", "gerente", "telefone", "cnpj"],
    "cupons": ["codigo", "desconto", "validade", "ativo", "criado_em", "usos", "limite", "loja_id"],
}
types = {"criado_em": "timestamptz", "pago_em": "timestamptz", "validade": "timestamptz",
         "total": "numeric", "preco": "numeric", "valor": "numeric", "desconto": "numeric",
         "taxa": "numeric", "peso": "numeric", "ativo": "boolean", "payload": "jsonb"}
def coltype(c):
    if c in types: return types[c]
    if c.endswith("_id") or c in ("quantidade", "estoque", "parcelas", "usos", "limite"): return "bigint"
    return "text"
def value(c):
    t = coltype(c)
    if t == "bigint": return "(random()*500)::bigint"
    if t == "numeric": return "round((random()*900)::numeric, 2)"
    if t == "timestamptz": return "now() - random() * interval '400 days'"
    if t == "boolean": return "random() < 0.8"
    if t == "jsonb": return "jsonb_build_object('k', g)"
    return "md5(g::text)"
ddl = []
schemas = [f"tenant_{i}" for i in range(1, 41)]
for s in schemas:
    ddl.append(f"CREATE SCHEMA {s};")
    for t, cols in tables.items():
        ddl.append(f"CREATE TABLE {s}.{t} (id bigserial PRIMARY KEY, " + ", ".join(f"{c} {coltype(c)}" for c in cols) + ");")
        n = 3000 if t in ("eventos", "itens", "pedidos") else 400
        ddl.append(f"INSERT INTO {s}.{t} ({', '.join(cols)}) SELECT {', '.join(value(c) for c in cols)} FROM generate_series(1, {n}) g;")
    ddl.append(f"CREATE INDEX ON {s}.clientes (email);")
ddl.append("ANALYZE;")
(tmp / "ddl.sql").write_text("\n".join(ddl))
def shape(s):
    t = random.choice(list(tables))
    cols = tables[t]
    sel = random.sample(cols, random.randint(1, 5))
    flt = random.sample(cols, random.randint(1, 3))
    conds = []
    for c in flt:
        ct = coltype(c)
        if ct == "bigint": conds.append(f"{c} = {random.randint(1, 500)}")
        elif ct == "numeric": conds.append(f"{c} > {random.randint(1, 800)}")
        elif ct == "timestamptz": conds.append(f"{c} >= now() - interval '{random.randint(1, 90)} days'")
        elif ct == "boolean": conds.append(f"{c} = true")
        elif ct == "jsonb": conds.append(f"{c} ? 'k'")
        else: conds.append(f"{c} = 'x{random.randint(1, 99)}'")
    order = f" ORDER BY {random.choice(cols)} DESC LIMIT {random.choice([10, 20, 50])}" if random.random() < 0.5 else ""
    return f"SELECT id, {', '.join(sel)} FROM {s}.{t} WHERE {' AND '.join(conds)}{order};"
random.seed(7)
shapes = [None] * 3000
for client in range(8):
    lines = [f"SET application_name = 'api-{client % 3}';"]
    for i in range(2500):
        s = random.choice(schemas)
        k = random.randrange(len(shapes))
        random.seed(k * 7919)
        q = shape(s)
        random.seed(client * 100000 + i)
        lines.append(q)
        if i % 50 == 0:
            # An N+1: a page of orders, then each one's customer.
            lines.append(f"SELECT id, cliente_id FROM {s}.pedidos WHERE loja_id = {random.randint(1, 500)} ORDER BY criado_em DESC LIMIT 20;")
            for c in random.sample(range(1, 400), 20):
                lines.append(f"SELECT id, nome, email FROM {s}.clientes WHERE id = {c};")
        if i % 300 == 0:
            lines.append(f"SELECT status, count(*), sum(total) FROM {s}.pedidos WHERE criado_em >= now() - interval '30 days' GROUP BY status;")
            ids = ", ".join(str(random.randint(1, 3000)) for _ in range(3000))
            lines.append(f"SELECT id, status FROM {s}.pedidos WHERE id IN ({ids});")
    (tmp / f"client{client}.sql").write_text("\n".join(lines) + "\n")
# The ORM's bulk statements: an 80 000-character UPDATE … CASE and a TRUNCATE of every table.
case = " ".join(f"WHEN {i} THEN 'status_{i % 7}'" for i in range(1, 3400))
bulk = [f"UPDATE tenant_1.pedidos SET status = CASE id {case} ELSE status END WHERE id <= 3400;",
        "BEGIN;",
        "TRUNCATE " + ", ".join(f"{s}.{t}" for s in schemas for t in tables) + ";",
        "ROLLBACK;"]
(tmp / "bulk.sql").write_text("\n".join(bulk) + "\n")
PY
psql -q -v ON_ERROR_STOP=1 -f "$tmp/ddl.sql" >/dev/null
pids=()
for f in "$tmp"/client*.sql; do psql -q -f "$f" >/dev/null 2>&1 & pids+=($!); done
psql -q -f "$tmp/bulk.sql" >/dev/null
wait "${pids[@]}"
"$here/scripts/pg-cluster.sh" stop "$tmp"
trap - EXIT
cp "$tmp/log/postgresql.log" "$out"
ls -la "$out"
