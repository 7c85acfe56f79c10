#!/usr/bin/env python3
"""The second index-advice benchmark's workload (issue 22): about 100
analytic statements of distinct shapes over schema.sql, drawn with a fixed
seed from a grammar of facts, joins, filters, groupings and orderings, plus
the lookups an application makes (an order's items, a client's orders).

usage: queries.py [N] > workload.sql      (default 100)
"""
import random
import sys

R = random.Random(2026)
MONTHS = [f"2023-{m:02d}-01" for m in range(1, 13)] + [f"2024-{m:02d}-01" for m in range(1, 13)]

# alias: (table, how it joins to its parent alias, parent alias)
JOINS = {
    "p": ("pedidos", None, None),
    "c": ("clientes", "c.id = p.cliente_id", "p"),
    "ci": ("cidades", "ci.id = c.cidade_id", "c"),
    "e": ("estados", "e.id = ci.estado_id", "ci"),
    "i": ("itens_pedido", None, None),
    "pr": ("produtos", "pr.id = i.produto_id", "i"),
    "v": ("vendedores", "v.id = i.vendedor_id", "i"),
    "cat": ("categorias", "cat.id = pr.categoria_id", "pr"),
    "pg": ("pagamentos", None, None),
    "a": ("avaliacoes", None, None),
    "en": ("entregas", None, None),
}
# A fact and the aliases it can reach (each with its join), and its measures.
FACTS = {
    "p": (["c", "ci", "e"], ["count(*)", "sum(p.valor_total)", "avg(p.valor_total)"]),
    "i": (["p", "pr", "v", "cat", "c"], ["sum(i.quantidade)", "sum(i.preco * i.quantidade)", "avg(i.frete)", "count(*)"]),
    "pg": (["p", "c"], ["sum(pg.valor)", "count(*)", "avg(pg.parcelas)"]),
    "a": (["p", "c"], ["avg(a.nota)", "count(*)"]),
    "en": (["p", "c"], ["count(*)", "avg(en.entregue_em::date - en.prevista)"]),
}
FACT_JOIN = {("i", "p"): "p.id = i.pedido_id", ("pg", "p"): "p.id = pg.pedido_id",
             ("a", "p"): "p.id = a.pedido_id", ("en", "p"): "p.id = en.pedido_id"}


def window(col):
    start = R.choice(MONTHS)
    days = R.choice([1, 7, 30, 90, 365])
    return f"{col} >= date '{start}' AND {col} < date '{start}' + {days}"


FILTERS = {
    "p": [lambda: window("p.criado_em"),
          lambda: f"p.status = '{R.choice(['cancelado', 'devolvido', 'aguardando_pagamento', 'pago', 'enviado'])}'",
          lambda: "p.status IN ('pago', 'enviado')",
          lambda: f"p.canal = '{R.choice(['telefone', 'marketplace', 'app'])}'",
          lambda: "p.cupom IS NOT NULL",
          lambda: f"p.valor_total > {R.choice([1500, 1900, 1990])}"],
    "c": [lambda: f"c.segmento = '{R.choice(['atacado', 'governo'])}'", lambda: "NOT c.ativo",
          lambda: window("c.criado_em")],
    "ci": [lambda: f"ci.populacao > {R.choice([400000, 490000])}"],
    "e": [lambda: f"e.regiao = '{R.choice(['Norte', 'Sul', 'Nordeste'])}'"],
    "pr": [lambda: f"pr.categoria_id = {R.randint(1, 200)}", lambda: "NOT pr.ativo",
           lambda: f"pr.preco BETWEEN {R.choice([10, 500])} AND {R.choice([20, 520])}"],
    "v": [lambda: f"v.nivel = {R.randint(1, 5)}", lambda: f"v.cidade_id = {R.randint(1, 5000)}"],
    "cat": [lambda: f"cat.pai_id = {R.randint(1, 20)}"],
    "i": [lambda: "i.quantidade >= 4", lambda: f"i.frete > {R.choice([45, 48])}",
          lambda: f"i.vendedor_id = {R.randint(1, 3000)}"],
    "pg": [lambda: f"pg.tipo = '{R.choice(['boleto', 'pix'])}'", lambda: "pg.parcelas >= 9",
           lambda: "pg.pago_em IS NULL", lambda: window("pg.pago_em")],
    "a": [lambda: "a.nota <= 2", lambda: "a.comentario IS NOT NULL", lambda: window("a.criada_em")],
    "en": [lambda: f"en.transportadora = '{R.choice(['Loggi', 'Jadlog'])}'", lambda: "en.status = 'devolvida'",
           lambda: "en.entregue_em > en.prevista + 3", lambda: window("en.prevista")],
}
GROUPS = {"p": ["p.status", "p.canal", "date_trunc('month', p.criado_em)"], "c": ["c.segmento"],
          "e": ["e.regiao", "e.uf"], "ci": ["ci.nome"], "cat": ["cat.nome"], "v": ["v.nivel", "v.nome"],
          "pr": ["pr.categoria_id"], "pg": ["pg.tipo"], "a": ["a.nota"], "en": ["en.transportadora"],
          "i": ["i.quantidade"]}

LOOKUPS = [
    "SELECT id, status, valor_total, criado_em FROM pedidos WHERE cliente_id = {n} ORDER BY criado_em DESC LIMIT 20",
    "SELECT i.produto_id, i.quantidade, i.preco FROM itens_pedido i WHERE i.pedido_id = {n}",
    "SELECT id, nome, preco FROM produtos WHERE vendedor_id = {m} AND ativo ORDER BY criado_em DESC LIMIT 50",
    "SELECT nota, comentario FROM avaliacoes WHERE pedido_id = {n}",
    "SELECT status, entregue_em FROM entregas WHERE pedido_id = {n}",
    "SELECT tipo, valor, pago_em FROM pagamentos WHERE pedido_id = {n}",
    "SELECT id, nome FROM clientes WHERE email = 'cliente{n}@exemplo.com.br'",
    "SELECT count(*) FROM itens_pedido WHERE produto_id = {m}",
    "SELECT p.id, p.valor_total FROM pedidos p WHERE p.cliente_id = {n} AND p.status = 'entregue'",
    "SELECT pr.nome, sum(i.quantidade) FROM itens_pedido i JOIN produtos pr ON pr.id = i.produto_id "
    "WHERE i.vendedor_id = {m} GROUP BY pr.nome ORDER BY 2 DESC LIMIT 10",
]


def reach(fact, aliases):
    """The aliases needed to join `aliases` to `fact`, in join order."""
    out = []
    for a in aliases:
        chain = []
        x = a
        while x != fact and x not in out and x not in chain:
            chain.append(x)
            parent = JOINS[x][2]
            if parent is None or (fact, x) in FACT_JOIN:
                break
            x = parent
        for y in reversed(chain):
            if y not in out:
                out.append(y)
    return out


def join_sql(fact, a):
    if (fact, a) in FACT_JOIN:
        return FACT_JOIN[(fact, a)]
    if a == "c" and fact != "p":
        return "c.id = p.cliente_id"
    return JOINS[a][1]


def analytic():
    fact = R.choice(list(FACTS))
    reachable, measures = FACTS[fact]
    picked = R.sample(reachable, R.randint(0, min(2, len(reachable))))
    if fact != "p" and ("c" in picked) and "p" not in picked:
        picked.append("p")
    aliases = reach(fact, picked)
    if "c" in aliases and fact != "p" and "p" not in aliases:
        aliases.insert(0, "p")
    if "c" in aliases and fact != "p":
        aliases = ["p"] + [a for a in aliases if a != "p"]
    scope = [fact] + aliases
    filters = []
    for _ in range(R.randint(1, 3)):
        a = R.choice(scope)
        f = R.choice(FILTERS[a])()
        if f not in filters:
            filters.append(f)
    groups = [g for g in [R.choice(GROUPS[R.choice(scope)])] if R.random() < 0.7]
    measure = R.choice(measures)
    sql = f"SELECT {', '.join(groups + [measure])} FROM {JOINS[fact][0]} {fact}"
    for a in aliases:
        sql += f" JOIN {JOINS[a][0]} {a} ON {join_sql(fact, a)}"
    sql += " WHERE " + " AND ".join(filters)
    if groups:
        sql += " GROUP BY " + ", ".join(groups)
        if R.random() < 0.5:
            sql += " ORDER BY 2 DESC LIMIT 10" if len(groups) == 1 else ""
    return sql


def shape(sql):
    import re
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seen, out = set(), []
    for t in LOOKUPS:
        out.append(t.format(n=R.randint(1, 300000), m=R.randint(1, 3000)))
        seen.add(shape(out[-1]))
    while len(out) < n:
        q = analytic()
        if shape(q) not in seen:
            seen.add(shape(q))
            out.append(q)
    for q in out:
        print(q + ";")


if __name__ == "__main__":
    main()
