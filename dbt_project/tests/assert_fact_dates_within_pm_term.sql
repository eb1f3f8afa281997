-- Every dated fact falls inside the term of the Iraqi Prime Minister it names
-- (office_holders with role iq_prime_minister). As in extraction/rules/README.md, valid_to is
-- exclusive (on a hand-over day the successor holds the office) and an open term has no end.
-- Returns the facts outside the term, or naming no known Prime Minister.

with

terms as (

    select
        name_en as pm_name,
        valid_from,
        valid_to
    from {{ ref('office_holders') }}
    where role = 'iq_prime_minister'

),

facts as (

    select
        'fct_meetings' as fact_table,
        meeting_id as fact_id,
        meeting_date as fact_date,
        pm_name
    from {{ ref('fct_meetings') }}
    union all
    select
        'fct_invitations' as fact_table,
        invitation_id as fact_id,
        invitation_date as fact_date,
        pm_name
    from {{ ref('fct_invitations') }}
    union all
    select
        'fct_messages' as fact_table,
        message_id as fact_id,
        message_date as fact_date,
        pm_name
    from {{ ref('fct_messages') }}

)

select
    facts.*,
    terms.valid_from,
    terms.valid_to
from facts
left join terms
    on
        facts.pm_name = terms.pm_name
        and facts.fact_date >= terms.valid_from
        and (terms.valid_to is null or facts.fact_date < terms.valid_to)
where
    facts.fact_date is not null
    and terms.pm_name is null
