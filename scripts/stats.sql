-- Table and column statistics for pgadvisor --stats:
--   psql -XAt -f scripts/stats.sql > stats.json
-- Read-only: it queries pg_class, pg_stat_user_tables and pg_stats (pg_read_all_stats or the
-- table owner sees pg_stats rows; the activity counters are visible to every role).
SELECT json_build_object(
  'stats_reset', (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()),
  -- The counters cover the time since the last reset, or since the server started when never reset.
  'observed_seconds', (SELECT extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time()))
                       FROM pg_stat_database WHERE datname = current_database()),
  'tables', (SELECT json_agg(json_build_object(
                'schema', n.nspname, 'table', c.relname,
                -- Table, TOAST and indexes from relpages (as of the last VACUUM/ANALYZE): no lock
                -- is taken, so a table locked by a migration cannot stall the export.
                'rows', c.reltuples,
                -- (relpages is -1 on a partitioned table and before the first VACUUM of some.)
                'total_bytes', (greatest(c.relpages, 0)::bigint
                                + coalesce((SELECT greatest(t.relpages, 0) FROM pg_class t WHERE t.oid = c.reltoastrelid), 0)
                                + coalesce((SELECT sum(greatest(i.relpages, 0)) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                                            WHERE x.indrelid = c.oid), 0)) * current_setting('block_size')::bigint,
                -- The heap's pages, and those all visible: what an index-only scan skips.
                'heap_pages', greatest(c.relpages, 0), 'all_visible_pages', c.relallvisible,
                'seq_scan', s.seq_scan, 'seq_tup_read', s.seq_tup_read, 'idx_scan', s.idx_scan,
                'n_tup_ins', s.n_tup_ins, 'n_tup_upd', s.n_tup_upd, 'n_tup_del', s.n_tup_del,
                'n_tup_hot_upd', s.n_tup_hot_upd, 'n_live_tup', s.n_live_tup, 'n_dead_tup', s.n_dead_tup,
                'last_vacuum', greatest(s.last_vacuum, s.last_autovacuum),
                'last_analyze', greatest(s.last_analyze, s.last_autoanalyze)))
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
             WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg_toast%'),
  -- Index scans since the reset, for unused indexes (size from relpages: no lock either).
  'indexes', (SELECT json_agg(json_build_object(
                'schema', s.schemaname, 'table', s.relname, 'index', s.indexrelname, 'idx_scan', s.idx_scan,
                'size_bytes', greatest(i.relpages, 0)::bigint * current_setting('block_size')::bigint))
              FROM pg_stat_user_indexes s JOIN pg_class i ON i.oid = s.indexrelid),
  'columns', (SELECT json_agg(json_build_object(
                'schema', schemaname, 'table', tablename, 'column', attname,
                'null_frac', null_frac, 'n_distinct', n_distinct, 'avg_width', avg_width,
                -- Physical order against the column's (1: rows lie in its order; BRIN fits).
                'correlation', correlation,
                'most_common_vals', most_common_vals::text::text[],
                'most_common_freqs', most_common_freqs,
                -- One typical value, to plan queries whose values are not known ($1).
                'median', (histogram_bounds::text::text[])[(cardinality(histogram_bounds::text::text[]) + 1) / 2],
                -- About the smallest and largest values: a time column's span sizes its partitions.
                'lowest', (histogram_bounds::text::text[])[1],
                'highest', (histogram_bounds::text::text[])[cardinality(histogram_bounds::text::text[])]))
              FROM pg_stats WHERE schemaname NOT IN ('pg_catalog', 'information_schema'))
);
