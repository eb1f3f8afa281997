-- "Putin invited Kadhimi to Moscow on 2020-05-14: visit made? when?" — one query.

with

outcomes as (

    select * from {{ ref('fct_invitation_outcomes') }}

)

select
    outcomes.invitation_date,
    outcomes.foreign_person,
    outcomes.destination,
    outcomes.outcome,
    outcomes.visit_date,
    outcomes.visit_location,
    outcomes.days_to_visit,
    outcomes.is_reciprocated,
    outcomes.days_to_reciprocation
from outcomes
where
    outcomes.direction = 'received'
    and outcomes.foreign_person = 'Vladimir Putin'
    and outcomes.invitation_date = date '2020-05-14'
