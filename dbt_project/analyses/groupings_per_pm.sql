-- How much of each Prime Minister's diplomacy went to the P5, the Gulf, the Arab League, the EU and
-- Iraq's neighbours? Dated facts with the member states of each grouping.

with

monthly as (

    select * from {{ ref('mart_monthly_activity') }}

),

by_grouping as (

    select
        monthly.pm_name,
        monthly.party_code,
        monthly.n_facts,
        unnest(monthly.groupings) as grouping
    from monthly

)

select
    by_grouping.pm_name,
    by_grouping.grouping,
    count(distinct by_grouping.party_code) as n_states,
    sum(by_grouping.n_facts) as n_facts
from by_grouping
group by by_grouping.pm_name, by_grouping.grouping
order by by_grouping.pm_name asc, n_facts desc, by_grouping.grouping asc
