-- What share of the facts does the Prime Minister's office itself report (official), and what
-- share is known only from the news?

with

facts as (

    select
        'meeting' as fact_type,
        is_official
    from {{ ref('fct_meetings') }}
    union all
    select
        'invitation' as fact_type,
        is_official
    from {{ ref('fct_invitations') }}
    union all
    select
        'message' as fact_type,
        is_official
    from {{ ref('fct_messages') }}

)

select
    facts.fact_type,
    count(*) as n_facts,
    count(*) filter (where facts.is_official) as n_official,
    count(*) filter (where not facts.is_official) as n_news_only,
    round(count(*) filter (where facts.is_official) / count(*), 2) as official_share
from facts
group by facts.fact_type
order by facts.fact_type
