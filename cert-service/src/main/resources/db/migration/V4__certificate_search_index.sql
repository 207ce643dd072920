-- Text search over subject, SANs, fingerprint and name is a LIKE '%...%': a trigram index serves it
-- without reading every row. pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX certificate_search_trgm ON certificate USING gin (search_text gin_trgm_ops);
