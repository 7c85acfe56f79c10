# Usage: python3 scripts/tenant-load-fixtures.py tests/fixtures
"""Writes the tenant-guardrails and noisy-neighbour fixtures: pooled
connections of three or four tenant databases (or roles), one log each."""
import random, datetime, os, sys

ROOT = sys.argv[1]
T0 = datetime.datetime(2026, 12, 1, 9, 0, 0)

def ts(ms):
    t = T0 + datetime.timedelta(milliseconds=ms)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)

class Log:
    def __init__(self):
        self.lines = []
    def add(self, ms, pid, user, db, app, msg):
        self.lines.append((ms, len(self.lines), "%s [%d] %s@%s/%s LOG:  %s" % (ts(ms), pid, user, db, app, msg)))
    def connect(self, ms, pid, user, db, app):
        self.lines.append((ms, len(self.lines), "%s [%d] [unknown]@[unknown]/[unknown] LOG:  connection received: host=[local]" % (ts(ms), pid)))
        self.lines.append((ms + 1, len(self.lines), "%s [%d] %s@%s/[unknown] LOG:  connection authorized: user=%s database=%s application_name=%s" % (ts(ms + 1), pid, user, db, user, db, app)))
    def stmt(self, ms, pid, user, db, app, dur, sql):
        self.add(ms + int(dur), pid, user, db, app, "duration: %.3f ms  statement: %s" % (dur, sql))
        return ms + int(dur) + 1
    def write(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            for _, _, l in sorted(self.lines):
                f.write(l + "\n")

PAGES = [
    ("SELECT id, nome, telefone FROM pacientes WHERE id = %d", 0.08),
    ("SELECT a.id, a.inicio, p.nome FROM agendamentos a JOIN pacientes p ON p.id = a.paciente_id WHERE a.profissional_id = %d AND a.inicio >= now()::date ORDER BY a.inicio", 0.35),
    ("UPDATE agendamentos SET status = 'confirmado' WHERE id = %d", 0.12),
]

def tenant_traffic(log, rnd, db, user, pool, rate, window_s, pid0, slow=None, idle_gap=None):
    """`pool` pooled connections open the whole window serving `rate`
    requests a second; `slow`: (sql, ms, every_s) a report on its own
    connection; `idle_gap`: seconds a worker holds its transaction open."""
    pids = list(range(pid0, pid0 + pool))
    for p in pids:
        log.connect(rnd.randint(0, 200), p, user, db, "agenda-web")
    free = {p: 300 for p in pids}
    n = int(rate * window_s)
    for k in range(n):
        at = 300 + int(k * 1000 / rate) + rnd.randint(0, 40)
        p = min(pids, key=lambda q: free[q])
        t = max(at, free[p])
        t = log.stmt(t, p, user, db, "agenda-web", 0.02, "BEGIN")
        for sql, d in PAGES[: 1 + k % 3]:
            t = log.stmt(t, p, user, db, "agenda-web", d * rnd.uniform(0.7, 1.4), sql % rnd.randint(1, 5000))
        t = log.stmt(t, p, user, db, "agenda-web", 0.03, "COMMIT")
        free[p] = t + 2
    if slow:
        sql, ms, every = slow
        p = pid0 + 90
        log.connect(100, p, user, db, "relatorios")
        t = 1000
        while t + ms < window_s * 1000:
            log.stmt(t, p, user, db, "relatorios", ms * rnd.uniform(0.9, 1.1), sql)
            t += every * 1000
    if idle_gap:
        p = pid0 + 91
        log.connect(150, p, user, db, "integracao")
        t = 2000
        while t < window_s * 1000 - 10000:
            t = log.stmt(t, p, user, db, "integracao", 0.05, "BEGIN")
            t = log.stmt(t, p, user, db, "integracao", 0.4, "SELECT id FROM resultados WHERE enviado_em IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
            t += int(idle_gap * 1000 * rnd.uniform(0.6, 1.0))
            t = log.stmt(t, p, user, db, "integracao", 0.2, "UPDATE resultados SET enviado_em = now() WHERE id = %d" % rnd.randint(1, 9000))
            t = log.stmt(t, p, user, db, "integracao", 0.05, "COMMIT")
            t += 3000
    for p in pids:
        log.add(window_s * 1000 + 500, p, user, db, "agenda-web", "disconnection: session time: 0:01:30.000 user=%s database=%s host=[local]" % (user, db))

REPORT = "SELECT date_trunc('month', a.inicio) AS mes, count(*), sum(p.valor) FROM agendamentos a JOIN procedimentos p ON p.agendamento_id = a.id GROUP BY 1 ORDER BY 1"

def write(path, spec, window_s=90, seed=7):
    rnd = random.Random(seed)
    log = Log()
    for i, (db, user, pool, rate, extra) in enumerate(spec):
        tenant_traffic(log, rnd, db, user, pool, rate, window_s, 1000 + i * 100, **extra)
    log.write(path)

G = os.path.join(ROOT, "tenant-guardrails")
N = os.path.join(ROOT, "noisy-neighbour")
# Three clinics, each its own database and role; Litoral's BI report runs
# 2.5 s now and then and its lab integration holds transactions idle.
write(os.path.join(G, "reports-clinic-databases-without-limits", "workload.log"), [
    ("clinica_vitoria", "vitoria_app", 4, 6, {}),
    ("clinica_serra", "serra_app", 2, 3, {}),
    ("clinica_litoral", "litoral_app", 2, 2, {"slow": (REPORT, 2500, 20), "idle_gap": 4}),
])
# The same clinics in schemas of one database and one role: nothing of a
# tenant's own to put a limit on.
def schemas(path):
    rnd = random.Random(3)
    log = Log()
    pids = [500, 501, 502]
    for p in pids:
        log.connect(10, p, "agenda", "clinicas", "agenda-web")
    t = 300
    for k in range(600):
        p = pids[k % 3]
        s = ["clinica_vitoria", "clinica_serra", "clinica_litoral"][k % 3]
        t = log.stmt(t, p, "agenda", "clinicas", "agenda-web", 0.1, "SELECT id, nome FROM %s.pacientes WHERE id = %d" % (s, rnd.randint(1, 999)))
        t = log.stmt(t, p, "agenda", "clinicas", "agenda-web", 0.3, "SELECT id, inicio FROM %s.agendamentos WHERE profissional_id = %d ORDER BY inicio" % (s, rnd.randint(1, 50)))
        t += 140
    log.write(path)
schemas(os.path.join(G, "silent-tenant-schemas-share-one-role", "workload.log"))
# Noisy: Litoral's reports take most of the server's time with a fifth of the calls.
write(os.path.join(N, "reports-one-clinic-takes-the-time", "workload.log"), [
    ("clinica_vitoria", "vitoria_app", 4, 6, {}),
    ("clinica_serra", "serra_app", 2, 3, {}),
    ("clinica_vale", "vale_app", 2, 2, {}),
    ("clinica_litoral", "litoral_app", 2, 2, {"slow": (REPORT, 2500, 10)}),
], seed=11)
# Simply large: Vitória makes most of the calls and takes most of the time, at the same cost per call.
write(os.path.join(N, "silent-one-clinic-simply-large", "workload.log"), [
    ("clinica_vitoria", "vitoria_app", 6, 12, {}),
    ("clinica_serra", "serra_app", 2, 2, {}),
    ("clinica_vale", "vale_app", 2, 1.5, {}),
    ("clinica_litoral", "litoral_app", 2, 1.5, {}),
], seed=13)

# One application's web, worker and API roles in one database: each checks
# the user and the account (the same two lookups, half their calls) and runs
# its own statements. Roles of one application, not tenants.
def app_roles(path):
    rnd = random.Random(5)
    log = Log()
    own = {
        "web": ["SELECT id, titulo FROM pedidos WHERE cliente_id = %d ORDER BY id DESC LIMIT 20",
                "SELECT id, nome, preco FROM produtos WHERE categoria_id = %d",
                "INSERT INTO carrinhos (usuario_id, produto_id) VALUES (%d, 7)",
                "SELECT count(*) FROM carrinhos WHERE usuario_id = %d",
                "UPDATE usuarios SET visto_em = now() WHERE id = %d"],
        "worker": ["SELECT id FROM fila_emails WHERE enviado_em IS NULL ORDER BY id LIMIT %d",
                   "UPDATE fila_emails SET enviado_em = now() WHERE id = %d",
                   "INSERT INTO eventos (tipo, ref) VALUES ('email', %d)",
                   "DELETE FROM sessoes WHERE expira_em < now() - interval '%d days'",
                   "SELECT id, total FROM pedidos WHERE status = 'pago' AND id > %d LIMIT 100"],
        "api": ["SELECT id, status FROM pedidos WHERE id = %d",
                "SELECT id, codigo FROM entregas WHERE pedido_id = %d",
                "INSERT INTO webhooks (pedido_id, payload) VALUES (%d, '{}')",
                "UPDATE entregas SET status = 'em_rota' WHERE id = %d",
                "SELECT id, nome FROM transportadoras WHERE id = %d"],
    }
    shared = ["SELECT id, email, conta_id FROM usuarios WHERE id = %d",
              "SELECT id, plano FROM contas WHERE id = %d"]
    pid = 700
    for role, stmts in own.items():
        pids = [pid, pid + 1]
        pid += 10
        for p in pids:
            log.connect(10, p, role, "loja", role)
        t = 300
        for k in range(300):
            p = pids[k % 2]
            for sql in shared:
                t = log.stmt(t, p, role, "loja", role, 0.08, sql % rnd.randint(1, 5000))
            t = log.stmt(t, p, role, "loja", role, 0.3, stmts[k % 5] % rnd.randint(1, 5000))
            t = log.stmt(t, p, role, "loja", role, 0.2, stmts[(k + 2) % 5] % rnd.randint(1, 5000))
            t += 280
    log.write(path)
app_roles(os.path.join(G, "silent-one-applications-web-worker-and-api-roles", "workload.log"))
