-- grain: one row per authority, review type and start date (latest version)
-- unique: la_code, review_type, started_on
-- not_null: la_code, review_type, started_on
-- Peer reviews and peer challenges; completed_on is null while a review is under way.
select
    la_code, review_type, started_on, completed_on, lead_organisation, summary, received_at
from raw.peer_reviews
qualify row_number() over (partition by la_code, review_type, started_on order by received_at desc, row_number desc, file_sha256) = 1
