-- A Brazilian marketplace's analytics schema (issue 22's second benchmark):
-- primary keys only, no foreign keys declared, as many SaaS schemas are.
DROP TABLE IF EXISTS estados, cidades, clientes, vendedores, categorias, produtos, pedidos,
  itens_pedido, pagamentos, avaliacoes, entregas CASCADE;
CREATE TABLE estados (id int PRIMARY KEY, uf char(2) NOT NULL, regiao text NOT NULL);
CREATE TABLE cidades (id int PRIMARY KEY, estado_id int NOT NULL, nome text NOT NULL, populacao int NOT NULL);
CREATE TABLE clientes (id int PRIMARY KEY, cidade_id int NOT NULL, nome text NOT NULL, email text NOT NULL,
  segmento text NOT NULL, ativo boolean NOT NULL, criado_em timestamptz NOT NULL);
CREATE TABLE vendedores (id int PRIMARY KEY, cidade_id int NOT NULL, nome text NOT NULL, nivel int NOT NULL,
  criado_em timestamptz NOT NULL);
CREATE TABLE categorias (id int PRIMARY KEY, pai_id int, nome text NOT NULL);
CREATE TABLE produtos (id int PRIMARY KEY, categoria_id int NOT NULL, vendedor_id int NOT NULL, nome text NOT NULL,
  preco numeric(10,2) NOT NULL, peso_g int NOT NULL, ativo boolean NOT NULL, criado_em timestamptz NOT NULL);
CREATE TABLE pedidos (id int PRIMARY KEY, cliente_id int NOT NULL, status text NOT NULL, canal text NOT NULL,
  cupom text, valor_total numeric(12,2) NOT NULL, criado_em timestamptz NOT NULL);
CREATE TABLE itens_pedido (id bigint PRIMARY KEY, pedido_id int NOT NULL, produto_id int NOT NULL,
  vendedor_id int NOT NULL, quantidade int NOT NULL, preco numeric(10,2) NOT NULL, frete numeric(8,2) NOT NULL);
CREATE TABLE pagamentos (id int PRIMARY KEY, pedido_id int NOT NULL, tipo text NOT NULL, parcelas int NOT NULL,
  valor numeric(12,2) NOT NULL, pago_em timestamptz);
CREATE TABLE avaliacoes (id int PRIMARY KEY, pedido_id int NOT NULL, nota smallint NOT NULL, comentario text,
  criada_em timestamptz NOT NULL);
CREATE TABLE entregas (id int PRIMARY KEY, pedido_id int NOT NULL, transportadora text NOT NULL, status text NOT NULL,
  prevista date NOT NULL, entregue_em timestamptz);
