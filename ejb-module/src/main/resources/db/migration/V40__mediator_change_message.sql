-- Issue 12 (plain words): a roster change keeps what it says as a message key and arguments, shown in the reader's
-- language with enumerations by label. Older rows keep their plain-text summary only (both columns null).
ALTER TABLE mediator_change ADD COLUMN message_key VARCHAR(100);
ALTER TABLE mediator_change ADD COLUMN message_args VARCHAR(4000);
