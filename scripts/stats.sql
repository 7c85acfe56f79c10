-- Table and column statistics for pgadvisor --stats:
--   psql -XAt -f scripts/stats.sql > stats.json
-- Read-only: it queries pg_class and pg_stats (pg_read_all_stats or the table owner sees pg_stats rows).
SELECT json_build_object(
  'tables', (SELECT json_agg(json_build_object(
                'schema', n.nspname, 'table', c.relname,
                'rows', c.reltuples, 'total_bytes', pg_total_relation_size(c.oid)))
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg_toast%'),
  'columns', (SELECT json_agg(json_build_object(
                'schema', schemaname, 'table', tablename, 'column', attname,
                'null_frac', null_frac, 'n_distinct', n_distinct,
                'most_common_vals', most_common_vals::text::text[],
                'most_common_freqs', most_common_freqs))
              FROM pg_stats WHERE schemaname NOT IN ('pg_catalog', 'information_schema'))
);
