-- Which countries' ambassadors did each Prime Minister receive most?
-- One row per (Prime Minister, country): meetings with that country's ambassador, ranked within the term.

with

meetings as (

    select * from {{ ref('fct_meetings') }}

),

prime_ministers as (

    select * from {{ ref('dim_prime_ministers') }}

),

countries as (

    select * from {{ ref('dim_countries') }}

),

received as (

    select
        meetings.pm_term_id,
        meetings.counterpart_country,
        count(*) as n_meetings
    from meetings
    where meetings.counterpart_role = 'ambassador' and meetings.counterpart_country is not null
    group by meetings.pm_term_id, meetings.counterpart_country

)

select
    prime_ministers.pm_name,
    countries.name_en as country,
    received.n_meetings,
    rank() over (partition by received.pm_term_id order by received.n_meetings desc) as rank_in_term
from received
inner join prime_ministers
    on received.pm_term_id = prime_ministers.pm_term_id
inner join countries
    on received.counterpart_country = countries.iso2
order by prime_ministers.term_number, rank_in_term, country
