-- Seals signed with a key the database never holds (docs/operations.md, "Seal keys"): whoever can edit the tables
-- can recompute a hash, but not its signature. key_id names the public key that checks the signature.
ALTER TABLE event_seal ADD COLUMN key_id VARCHAR(100);
ALTER TABLE event_seal ADD COLUMN signature VARCHAR(200);

-- Seals made before signing are signed by the sealing processor as it reads the event store again from the
-- start (an unchanged event's seal is signed as it stands; see Sealing). Dropping its position makes it do so.
DELETE FROM tokenentry WHERE processorname = 'event-sealing';
