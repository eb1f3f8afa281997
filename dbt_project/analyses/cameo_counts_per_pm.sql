-- Diwan's facts beside GDELT's: events per Prime Minister by CAMEO code and PLOVER type.

with

facts as (

    select
        pm_term_id,
        cameo_code,
        plover_event,
        plover_mode
    from {{ ref('fct_meetings') }}
    union all
    select
        pm_term_id,
        cameo_code,
        plover_event,
        plover_mode
    from {{ ref('fct_invitations') }}
    union all
    select
        pm_term_id,
        cameo_code,
        plover_event,
        plover_mode
    from {{ ref('fct_messages') }}

),

prime_ministers as (

    select * from {{ ref('dim_prime_ministers') }}

)

select
    prime_ministers.pm_name,
    facts.cameo_code,
    facts.plover_event,
    facts.plover_mode,
    count(*) as n_events
from facts
inner join prime_ministers
    on facts.pm_term_id = prime_ministers.pm_term_id
group by all
order by prime_ministers.pm_name, facts.cameo_code, facts.plover_mode
