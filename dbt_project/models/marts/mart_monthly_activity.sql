-- One row per (month, Prime Minister's term, foreign party) with at least one dated fact:
-- the counts analysts chart, with the party's region and groupings. Undated facts are left out.

with

meetings as (

    select * from {{ ref('fct_meetings') }}

),

invitations as (

    select * from {{ ref('fct_invitations') }}

),

messages as (

    select * from {{ ref('fct_messages') }}

),

countries as (

    select * from {{ ref('dim_countries') }}

),

organisations as (

    select * from {{ ref('organisations') }}

),

prime_ministers as (

    select * from {{ ref('dim_prime_ministers') }}

),

facts as (

    select
        'meeting' as fact_type,
        meeting_date as fact_date,
        pm_term_id,
        counterpart_country as country,
        counterpart_org as org,
        setting,
        is_official
    from meetings
    union all
    select
        'invitation' as fact_type,
        invitation_date as fact_date,
        pm_term_id,
        foreign_country as country,
        foreign_org as org,
        setting,
        is_official
    from invitations
    union all
    select
        'message' as fact_type,
        message_date as fact_date,
        pm_term_id,
        from_country as country,
        from_org as org,
        setting,
        is_official
    from messages

),

monthly as (

    select
        pm_term_id,
        date_trunc('month', fact_date)::date as activity_month,
        coalesce(country, org) as party_code,
        any_value(country is not null) as is_country,
        count(*) filter (where fact_type = 'meeting') as n_meetings,
        count(*) filter (where fact_type = 'meeting' and setting = 'hosted_in_iraq') as n_hosted_in_iraq,
        count(*) filter (where fact_type = 'meeting' and setting = 'abroad') as n_visits_abroad,
        count(*) filter (where fact_type = 'meeting' and setting in ('phone', 'video')) as n_calls,
        count(*) filter (where fact_type = 'invitation' and setting = 'received') as n_invitations_received,
        count(*) filter (where fact_type = 'invitation' and setting = 'extended') as n_invitations_extended,
        count(*) filter (where fact_type = 'message') as n_messages,
        count(*) as n_facts,
        count(*) filter (where is_official) as n_official_facts
    from facts
    where fact_date is not null and coalesce(country, org) is not null
    group by date_trunc('month', fact_date)::date, pm_term_id, coalesce(country, org)

),

final as (

    select
        monthly.activity_month,
        monthly.pm_term_id,
        prime_ministers.pm_name,
        monthly.party_code,
        monthly.n_meetings,
        monthly.n_hosted_in_iraq,
        monthly.n_visits_abroad,
        monthly.n_calls,
        monthly.n_invitations_received,
        monthly.n_invitations_extended,
        monthly.n_messages,
        monthly.n_facts,
        monthly.n_official_facts,
        case when monthly.is_country then 'country' else 'organisation' end as party_kind,
        coalesce(countries.name_en, organisations.name_en) as party_name_en,
        coalesce(countries.name_ar, organisations.name_ar) as party_name_ar,
        coalesce(countries.region, 'International organisations') as region,
        coalesce(countries.groupings, []) as groupings
    from monthly
    left join prime_ministers
        on monthly.pm_term_id = prime_ministers.pm_term_id
    left join countries
        on monthly.is_country and monthly.party_code = countries.iso2
    left join organisations
        on not monthly.is_country and monthly.party_code = organisations.code

)

select * from final
