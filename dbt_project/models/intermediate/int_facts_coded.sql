-- One row per fact (meeting, invitation, message) with its setting (doc block `setting`) and the
-- CAMEO / PLOVER codes of that setting from the seed `event_codes`, from Iraq's side.

with

meetings as (

    select * from {{ ref('int_meetings_deduplicated') }}

),

invitations as (

    select * from {{ ref('int_invitations_deduplicated') }}

),

messages as (

    select * from {{ ref('int_messages_deduplicated') }}

),

cities as (

    select * from {{ ref('int_cities_deduplicated') }}

),

countries as (

    select * from {{ ref('countries') }}

),

event_codes as (

    select * from {{ ref('event_codes') }}

),

meetings_placed as (

    select
        'meeting' as event_type,
        meetings.meeting_id as fact_id,
        meetings.counterpart_country as country,
        meetings.counterpart_org as org,
        cities.iso2 as place_country,
        case
            when meetings.mode in ('phone', 'video') then meetings.mode
            when cities.iso2 = 'IQ' then 'hosted_in_iraq'
            when cities.iso2 is not null then 'abroad'
            else 'place_unknown'
        end as setting
    from meetings
    left join cities
        on meetings.location = cities.city

),

invitations_placed as (

    select
        'invitation' as event_type,
        invitations.invitation_id as fact_id,
        invitations.foreign_country as country,
        invitations.foreign_org as org,
        cities.iso2 as place_country,
        invitations.direction as setting
    from invitations
    left join cities
        on invitations.destination = cities.city

),

messages_placed as (

    select
        'message' as event_type,
        message_id as fact_id,
        from_country as country,
        from_org as org,
        null as place_country,
        'received' as setting
    from messages

),

facts as (

    select * from meetings_placed
    union all
    select * from invitations_placed
    union all
    select * from messages_placed

),

final as (

    select
        facts.event_type as fact_type,
        facts.fact_id,
        facts.setting,
        facts.place_country,
        event_codes.cameo_code,
        event_codes.plover_event,
        event_codes.plover_mode,
        case
            when event_codes.iraq_is_source then 'IRQ'
            else coalesce(countries.iso3, facts.org)
        end as cameo_source,
        case
            when event_codes.iraq_is_source then coalesce(countries.iso3, facts.org)
            else 'IRQ'
        end as cameo_target
    from facts
    left join event_codes
        on
            facts.event_type = event_codes.event_type
            and facts.setting = event_codes.setting
    left join countries
        on facts.country = countries.iso2

)

select * from final
