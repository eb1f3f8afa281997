-- Which invitations were answered by an invitation in the opposite direction, and how fast?

with

outcomes as (

    select * from {{ ref('fct_invitation_outcomes') }}

),

answers as (

    select * from {{ ref('fct_invitations') }}

)

select
    outcomes.invitation_date,
    outcomes.direction,
    outcomes.foreign_country,
    outcomes.foreign_person,
    answers.direction as answer_direction,
    answers.foreign_person as answer_person,
    outcomes.days_to_reciprocation
from outcomes
inner join answers
    on outcomes.reciprocal_invitation_id = answers.invitation_id
where outcomes.is_reciprocated
order by outcomes.invitation_date, outcomes.direction, outcomes.foreign_person
