-- One row per invitation, followed through (doc block `invitation_outcome`): the first later
-- in-person meeting of the invitee in the destination, and the invitation that answered it.

with

invitations as (

    select * from {{ ref('int_invitations_deduplicated') }}

),

meetings as (

    select * from {{ ref('int_meetings_deduplicated') }}

),

cities as (

    select * from {{ ref('int_cities_deduplicated') }}

),

invitations_placed as (

    -- where the visit should happen: the destination city's country; else, for an invitation
    -- received, the inviting state, and for one extended, Iraq
    select
        invitations.*,
        coalesce(
            destination_cities.iso2,
            case when invitations.direction = 'extended' then 'IQ' else invitations.foreign_country end
        ) as destination_country
    from invitations
    left join cities as destination_cities
        on invitations.destination = destination_cities.city

),

invitations_keyed as (

    -- two rows per invitation, its country and its organisation as party keys (a null key joins
    -- nothing): an equality key makes the visit search a hash join, not a filter over every
    -- invitation-meeting pair
    select
        *,
        unnest(['country:' || foreign_country, 'org:' || foreign_org]) as party_key
    from invitations_placed

),

meetings_placed as (

    select
        meetings.*,
        location_cities.iso2 as location_country,
        unnest(['country:' || meetings.counterpart_country, 'org:' || meetings.counterpart_org]) as party_key
    from meetings
    left join cities as location_cities
        on meetings.location = location_cities.city
    where meetings.mode = 'in_person' and meetings.meeting_date is not null

),

candidate_visits as (

    -- received: the invited Prime Minister himself (not a successor) meets the inviting state (or
    -- organisation) in the destination country; extended: the invitee (the person, else one of the
    -- role) meets a Prime Minister there
    select
        invitations_keyed.invitation_id,
        meetings_placed.meeting_id,
        meetings_placed.meeting_date,
        meetings_placed.location,
        meetings_placed.pm_name,
        row_number() over (
            partition by invitations_keyed.invitation_id
            order by
                meetings_placed.location = invitations_keyed.destination desc nulls last,
                meetings_placed.meeting_date asc,
                meetings_placed.meeting_id asc
        ) as preference
    from invitations_keyed
    inner join meetings_placed
        on
            invitations_keyed.invitation_date < meetings_placed.meeting_date
            and invitations_keyed.destination_country = meetings_placed.location_country
            and invitations_keyed.party_key = meetings_placed.party_key
            and (
                (
                    invitations_keyed.direction = 'received'
                    and invitations_keyed.pm_name = meetings_placed.pm_name
                )
                or (
                    invitations_keyed.direction = 'extended'
                    and invitations_keyed.foreign_person is not null
                    and invitations_keyed.foreign_person = meetings_placed.counterpart_name
                )
                or (
                    invitations_keyed.direction = 'extended'
                    and invitations_keyed.foreign_person is null
                    and invitations_keyed.foreign_role = meetings_placed.counterpart_role
                )
            )

),

visits as (

    select * from candidate_visits
    where preference = 1

),

candidate_answers as (

    -- an invitation in the opposite direction with the same party, on the same day or later
    select
        invitations.invitation_id,
        answers.invitation_id as answer_invitation_id,
        answers.invitation_date as answer_date,
        row_number() over (
            partition by invitations.invitation_id
            order by answers.invitation_date asc, answers.invitation_id asc
        ) as preference
    from invitations
    inner join invitations as answers
        on
            invitations.direction != answers.direction
            and coalesce(invitations.foreign_country, invitations.foreign_org)
            = coalesce(answers.foreign_country, answers.foreign_org)
            and invitations.invitation_date <= answers.invitation_date

),

answers as (

    select * from candidate_answers
    where preference = 1

),

final as (

    select
        invitations_placed.invitation_id,
        invitations_placed.invitation_date,
        invitations_placed.pm_name,
        invitations_placed.direction,
        invitations_placed.foreign_country,
        invitations_placed.foreign_org,
        invitations_placed.foreign_person,
        invitations_placed.foreign_role,
        invitations_placed.destination,
        invitations_placed.destination_country,
        invitations_placed.is_official,
        invitations_placed.n_sources,
        invitations_placed.evidence,
        visits.meeting_id as visit_meeting_id,
        visits.meeting_date as visit_date,
        visits.location as visit_location,
        visits.pm_name as visit_pm_name,
        answers.answer_invitation_id as reciprocal_invitation_id,
        case
            when invitations_placed.invitation_date is null then 'undated'
            when visits.meeting_id is null then 'not_made'
            when
                invitations_placed.destination is null
                or visits.location = invitations_placed.destination
                then 'visit_made'
            else 'visit_made_elsewhere'
        end as outcome,
        visits.meeting_id is not null as is_visit_made,
        visits.meeting_date - invitations_placed.invitation_date as days_to_visit,
        case
            when invitations_placed.invitation_date is not null then answers.invitation_id is not null
        end as is_reciprocated,
        answers.answer_date - invitations_placed.invitation_date as days_to_reciprocation
    from invitations_placed
    left join visits
        on invitations_placed.invitation_id = visits.invitation_id
    left join answers
        on invitations_placed.invitation_id = answers.invitation_id

)

select * from final
