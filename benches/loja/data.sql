-- Deterministic data for schema.sql (about 2.5 GB): skewed statuses and
-- channels, two years of orders growing over time, a long tail of products.
SELECT setseed(0.22);
INSERT INTO estados SELECT g, chr(65 + g % 26) || chr(65 + (g * 7) % 26),
  (ARRAY['Norte','Nordeste','Centro-Oeste','Sudeste','Sul'])[1 + g % 5] FROM generate_series(1, 27) g;
INSERT INTO cidades SELECT g, 1 + (g * 13) % 27, 'Cidade ' || g, (1000 + random() * 500000)::int FROM generate_series(1, 5000) g;
INSERT INTO clientes SELECT g, 1 + (g * 37) % 5000, 'Cliente ' || g, 'cliente' || g || '@exemplo.com.br',
  (ARRAY['varejo','varejo','varejo','varejo','atacado','governo'])[1 + g % 6], g % 10 <> 0,
  timestamptz '2022-01-01' + (g / 300000.0) * interval '730 days' FROM generate_series(1, 300000) g;
INSERT INTO vendedores SELECT g, 1 + (g * 11) % 5000, 'Loja ' || g, 1 + g % 5,
  timestamptz '2021-01-01' + (g % 700) * interval '1 day' FROM generate_series(1, 3000) g;
INSERT INTO categorias SELECT g, CASE WHEN g > 20 THEN 1 + g % 20 END, 'Categoria ' || g FROM generate_series(1, 200) g;
INSERT INTO produtos SELECT g, 1 + (g * 7) % 200, 1 + (g * 17) % 3000, 'Produto ' || g,
  (5 + random() * 995)::numeric(10,2), (50 + random() * 20000)::int, g % 20 <> 0,
  timestamptz '2021-06-01' + (g % 900) * interval '1 day' FROM generate_series(1, 100000) g;
INSERT INTO pedidos SELECT g, 1 + ((g::bigint * 7919) % 300000)::int,
  CASE WHEN r < 0.80 THEN 'entregue' WHEN r < 0.88 THEN 'enviado' WHEN r < 0.93 THEN 'cancelado'
       WHEN r < 0.97 THEN 'pago' WHEN r < 0.99 THEN 'aguardando_pagamento' ELSE 'devolvido' END,
  (ARRAY['app','app','site','site','site','marketplace','telefone'])[1 + g % 7],
  CASE WHEN g % 25 = 0 THEN 'CUPOM' || (g % 40) END,
  (20 + random() * 2000)::numeric(12,2),
  timestamptz '2023-01-01' + sqrt(g / 2000000.0) * interval '730 days'
FROM (SELECT g, random() AS r FROM generate_series(1, 2000000) g) s;
INSERT INTO itens_pedido SELECT row_number() OVER (), p, prod, 1 + (prod * 17) % 3000, 1 + (p + k) % 4,
  (5 + (prod % 995))::numeric(10,2), (k * 3 + p % 40)::numeric(8,2)
FROM (SELECT p, k, (1 + ((p::bigint * 31 + k * 7919) * (1 + k)) % 100000)::int AS prod
      FROM generate_series(1, 2000000) p, generate_series(1, 3) k WHERE k <= 1 + p % 3) s;
INSERT INTO pagamentos SELECT p.id, p.id, (ARRAY['pix','pix','cartao','cartao','cartao','boleto'])[1 + p.id % 6],
  1 + p.id % 10 * (p.id % 3), p.valor_total,
  CASE WHEN p.status NOT IN ('aguardando_pagamento','cancelado') THEN p.criado_em + interval '2 hours' END
FROM pedidos p;
INSERT INTO avaliacoes SELECT p.id, p.id, (1 + (p.id * 7) % 5)::smallint,
  CASE WHEN p.id % 4 = 0 THEN 'comentario ' || p.id END, p.criado_em + interval '9 days'
FROM pedidos p WHERE p.status = 'entregue' AND p.id % 2 = 0;
INSERT INTO entregas SELECT p.id, p.id, (ARRAY['Correios','Correios','Jadlog','Loggi','Total Express'])[1 + p.id % 5],
  CASE WHEN p.status = 'entregue' THEN 'entregue' WHEN p.status = 'enviado' THEN 'em_transito' ELSE 'devolvida' END,
  (p.criado_em + interval '7 days')::date,
  CASE WHEN p.status = 'entregue' THEN p.criado_em + (3 + p.id % 9) * interval '1 day' END
FROM pedidos p WHERE p.status IN ('entregue','enviado','devolvido');
