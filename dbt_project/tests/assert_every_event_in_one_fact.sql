-- Every extracted event of the current rules version ends up in exactly one fact: the
-- de-duplication drops nothing. Returns the events missing from the fact tables.

with

events as (

    select
        event_id,
        event_type
    from {{ ref('int_events_sourced') }}
    where event_type in ('meeting', 'invitation', 'message')

),

fact_events as (

    select unnest(event_ids) as event_id from {{ ref('fct_meetings') }}
    union all
    select unnest(event_ids) as event_id from {{ ref('fct_invitations') }}
    union all
    select unnest(event_ids) as event_id from {{ ref('fct_messages') }}

)

select events.*
from events
left join fact_events
    on events.event_id = fact_events.event_id
where fact_events.event_id is null
