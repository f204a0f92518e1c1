-- What the stations' PostgreSQL role may do: read and write the office's data, append to the
-- audit log, and never change or remove a record of it (see README, "The audit log").
--
--   psql -v schema=public -v role=frontdesk_station -f station-grants.sql  "dbname=ipc"
--
-- Run it as the role that owns the schema (the one `frontdesk` upgraded it with), after every
-- upgrade (new tables). The stations connect as :role; the owner's password stays with the
-- person who upgrades. The role is made first if needed:
--   CREATE ROLE frontdesk_station LOGIN PASSWORD '...';   (or a certificate / GSSAPI login)

REVOKE ALL ON ALL TABLES IN SCHEMA :"schema" FROM PUBLIC;
GRANT USAGE ON SCHEMA :"schema" TO :"role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO :"role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO :"role";

-- The audit log: append only. A station inserts a record, and at COMMIT gives it its place in
-- the chain (seq, prev_hash, hash: the only columns it may set, and only on its own new
-- records, which have no place yet) and moves the chain's head. A batch's records (an
-- import's) are inserted with their place in the batch and never updated. It can neither edit
-- nor delete a record, nor empty the table.
REVOKE UPDATE, DELETE, TRUNCATE ON :"schema".audit_event FROM :"role";
GRANT UPDATE (seq, prev_hash, hash) ON :"schema".audit_event TO :"role";
REVOKE DELETE, TRUNCATE, INSERT ON :"schema".audit_chain_head FROM :"role";

CREATE OR REPLACE FUNCTION :"schema".audit_event_placed_once() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.seq IS NOT NULL OR OLD.batch IS NOT NULL THEN
        RAISE EXCEPTION 'audit record % is in the chain: it is never changed', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS audit_event_placed_once ON :"schema".audit_event;
CREATE TRIGGER audit_event_placed_once BEFORE UPDATE ON :"schema".audit_event
    FOR EACH ROW EXECUTE FUNCTION :"schema".audit_event_placed_once();

-- Schema changes stay with the owner.
REVOKE CREATE ON SCHEMA :"schema" FROM :"role";
