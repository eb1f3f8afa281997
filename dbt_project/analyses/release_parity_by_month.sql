-- How often does the English release leave out what the Arabic one reports, and the reverse?
-- Months with official facts, counted by parity status; only days both streams published count
-- as omissions (a day with no release in the other language is a gap, not an omission).

with

parity as (

    select * from {{ ref('fct_release_parity') }}

)

select
    date_trunc('month', parity.parity_date)::date as release_month,
    count(*) as n_official_facts,
    count(*) filter (where parity.parity_status = 'both') as n_in_both,
    count(*) filter (
        where parity.parity_status = 'ar_only' and parity.n_en_releases_that_day > 0
    ) as n_missing_from_english,
    count(*) filter (
        where parity.parity_status = 'en_only' and parity.n_ar_releases_that_day > 0
    ) as n_missing_from_arabic,
    count(*) filter (
        where parity.parity_status = 'ar_only' and parity.n_en_releases_that_day = 0
    ) + count(*) filter (
        where parity.parity_status = 'en_only' and parity.n_ar_releases_that_day = 0
    ) as n_other_stream_silent
from parity
group by release_month
order by release_month
