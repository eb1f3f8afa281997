-- No real-world event is counted twice:
--   1. no extracted event supports two facts (of any type);
--   2. no two dated facts name the same counterpart, on the same day, for the same party and key
--      (two such rows mean the ordinal pairing split one event into two facts).
-- Returns the offending ids.

with

fact_events as (

    select
        'fct_meetings' as fact_table,
        meeting_id as fact_id,
        unnest(event_ids) as event_id
    from {{ ref('fct_meetings') }}
    union all
    select
        'fct_invitations' as fact_table,
        invitation_id as fact_id,
        unnest(event_ids) as event_id
    from {{ ref('fct_invitations') }}
    union all
    select
        'fct_messages' as fact_table,
        message_id as fact_id,
        unnest(event_ids) as event_id
    from {{ ref('fct_messages') }}

),

events_in_two_facts as (

    select
        'event in two facts' as problem,
        event_id as duplicate_key,
        count(*) as n_rows
    from fact_events
    group by event_id
    having count(*) > 1

),

same_named_meetings as (

    select
        'meeting twice' as problem,
        concat_ws(
            '|', meeting_date, coalesce(counterpart_country, counterpart_org), counterpart_role, mode, counterpart_name
        )
            as duplicate_key,
        count(*) as n_rows
    from {{ ref('fct_meetings') }}
    where meeting_date is not null and counterpart_name is not null
    group by meeting_date, coalesce(counterpart_country, counterpart_org), counterpart_role, mode, counterpart_name
    having count(*) > 1

),

same_named_invitations as (

    select
        'invitation twice' as problem,
        concat_ws('|', invitation_date, direction, coalesce(foreign_country, foreign_org), foreign_person)
            as duplicate_key,
        count(*) as n_rows
    from {{ ref('fct_invitations') }}
    where invitation_date is not null and foreign_person is not null
    group by invitation_date, direction, coalesce(foreign_country, foreign_org), foreign_person
    having count(*) > 1

),

same_named_messages as (

    select
        'message twice' as problem,
        concat_ws('|', message_date, coalesce(from_country, from_org), from_role, from_person) as duplicate_key,
        count(*) as n_rows
    from {{ ref('fct_messages') }}
    where message_date is not null and from_person is not null
    group by message_date, coalesce(from_country, from_org), from_role, from_person
    having count(*) > 1

)

select * from events_in_two_facts
union all
select * from same_named_meetings
union all
select * from same_named_invitations
union all
select * from same_named_messages
