-- Who was the first foreign leader each Prime Minister met (head of state or government, foreign
-- minister, or head of an organisation), and how many days into his term?

with

meetings as (

    select * from {{ ref('fct_meetings') }}

),

prime_ministers as (

    select * from {{ ref('dim_prime_ministers') }}

),

leaders_met as (

    select
        meetings.pm_term_id,
        meetings.meeting_date,
        meetings.counterpart_name,
        meetings.counterpart_role,
        meetings.mode,
        meetings.location,
        coalesce(meetings.counterpart_country, meetings.counterpart_org) as party
    from meetings
    where
        meetings.meeting_date is not null
        and meetings.counterpart_role in ('head_of_state', 'head_of_government', 'foreign_minister', 'org_official')
    qualify row_number() over (
        partition by meetings.pm_term_id order by meetings.meeting_date, meetings.meeting_id
    ) = 1

)

select
    prime_ministers.pm_name,
    leaders_met.meeting_date,
    leaders_met.counterpart_name,
    leaders_met.counterpart_role,
    leaders_met.party,
    leaders_met.mode,
    leaders_met.location,
    leaders_met.meeting_date - prime_ministers.valid_from as days_into_term
from leaders_met
inner join prime_ministers
    on leaders_met.pm_term_id = prime_ministers.pm_term_id
order by prime_ministers.term_number
