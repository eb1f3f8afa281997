-- Which invitations were never followed by the visit (as far as the warehouse knows)?

with

outcomes as (

    select * from {{ ref('fct_invitation_outcomes') }}

)

select
    outcomes.invitation_date,
    outcomes.pm_name,
    outcomes.direction,
    outcomes.foreign_person,
    outcomes.destination,
    outcomes.is_reciprocated
from outcomes
where outcomes.outcome = 'not_made'
order by outcomes.invitation_date, outcomes.direction, outcomes.foreign_person
