-- Every dated fact falls inside the term of the Iraqi Prime Minister it names
-- (office_holders with role iq_prime_minister; an open term runs to today). The handover day
-- belongs to both terms. Returns the facts outside the term, or naming no known Prime Minister.

with

terms as (

    select
        name_en as pm_name,
        valid_from,
        coalesce(valid_to, current_date) as valid_to
    from {{ ref('office_holders') }}
    where role = 'iq_prime_minister'

),

facts as (

    select 'fct_meetings' as fact_table, meeting_id as fact_id, meeting_date as fact_date, pm_name
    from {{ ref('fct_meetings') }}
    union all
    select 'fct_invitations' as fact_table, invitation_id as fact_id, invitation_date as fact_date, pm_name
    from {{ ref('fct_invitations') }}
    union all
    select 'fct_messages' as fact_table, message_id as fact_id, message_date as fact_date, pm_name
    from {{ ref('fct_messages') }}

)

select
    facts.*,
    terms.valid_from,
    terms.valid_to
from facts
left join terms
    on facts.pm_name = terms.pm_name
    and facts.fact_date between terms.valid_from and terms.valid_to
where
    facts.fact_date is not null
    and terms.pm_name is null
