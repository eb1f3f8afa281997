-- Where did each Prime Minister's diplomacy go? Dated facts per world region and term.

with

monthly as (

    select * from {{ ref('mart_monthly_activity') }}

)

select
    monthly.pm_name,
    monthly.region,
    sum(monthly.n_meetings) as n_meetings,
    sum(monthly.n_invitations_received + monthly.n_invitations_extended) as n_invitations,
    sum(monthly.n_messages) as n_messages,
    sum(monthly.n_facts) as n_facts
from monthly
group by monthly.pm_name, monthly.region
order by monthly.pm_name asc, n_facts desc, monthly.region asc
