-- Contact details that another party's direct application recorded prove less than a court's (issue 9): an account
-- proven that way (identity_proof APPLICANT) sees only the cases that record the identity with the contact its code
-- went to. RECORDS now means contact details a court recorded.
ALTER TABLE user_account ADD COLUMN identity_contact VARCHAR(200);
ALTER TABLE identity_challenge ADD COLUMN contact VARCHAR(200);
