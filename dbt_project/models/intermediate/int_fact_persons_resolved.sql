-- One row per fact (meeting, invitation, message) with the term of its Iraqi Prime Minister
-- (the term of `pm_name` containing the fact's date; for an undated fact, that PM's latest
-- term) and the person id of its foreign party (doc block `resolution`): by one of the
-- person's names for the fact's country or organisation, else, for an unnamed party, by the
-- one holder of its role on the fact's date. Unknown people
-- keep a null id (the fact keeps the name as written).

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

office_holders as (

    select * from {{ ref('office_holders') }}

),

person_names as (

    select * from {{ ref('person_names') }}

),

parties as (

    select
        'meeting' as fact_type,
        meeting_id as fact_id,
        meeting_date as fact_date,
        pm_name,
        counterpart_name as person_name,
        counterpart_role as person_role,
        counterpart_country as country,
        counterpart_org as org
    from meetings
    union all
    select
        'invitation' as fact_type,
        invitation_id as fact_id,
        invitation_date as fact_date,
        pm_name,
        foreign_person as person_name,
        foreign_role as person_role,
        foreign_country as country,
        foreign_org as org
    from invitations
    union all
    select
        'message' as fact_type,
        message_id as fact_id,
        message_date as fact_date,
        pm_name,
        from_person as person_name,
        from_role as person_role,
        from_country as country,
        from_org as org
    from messages

),

terms as (

    select
        person_id,
        name_en,
        country,
        org,
        role,
        valid_from,
        valid_to,
        concat_ws('/', person_id, role, cast(valid_from as varchar)) as person_term_id
    from office_holders

),

name_keys as (

    select distinct
        person_id,
        lower(trim(name)) as name_key
    from person_names
    union
    select distinct
        person_id,
        lower(trim(name_en)) as name_key
    from office_holders

),

by_name as (

    select
        parties.fact_id,
        terms.person_id,
        case
            when
                parties.fact_date >= terms.valid_from
                and (terms.valid_to is null or parties.fact_date < terms.valid_to)
                then terms.person_term_id
        end as person_term_id,
        row_number() over (
            partition by parties.fact_id
            order by
                (
                    parties.fact_date >= terms.valid_from
                    and (terms.valid_to is null or parties.fact_date < terms.valid_to)
                ) desc nulls last,
                terms.role = parties.person_role desc nulls last,
                terms.valid_from desc,
                terms.person_id asc
        ) as preference
    from parties
    inner join name_keys
        on lower(trim(parties.person_name)) = name_keys.name_key
    inner join terms
        on
            name_keys.person_id = terms.person_id
            and (parties.country = terms.country or parties.org = terms.org)

),

holders_on_date as (

    select
        parties.fact_id,
        min(terms.person_id) as person_id,
        min(terms.person_term_id) as person_term_id
    from parties
    inner join terms
        on
            parties.person_role = terms.role
            and (parties.country = terms.country or parties.org = terms.org)
            and parties.fact_date >= terms.valid_from
            and (terms.valid_to is null or parties.fact_date < terms.valid_to)
    where
        parties.person_name is null
        and parties.person_role not in ('other', 'delegation')
    group by parties.fact_id
    having count(distinct terms.person_id) = 1

),

pm_terms as (

    select
        parties.fact_id,
        terms.person_id as pm_person_id,
        terms.person_term_id as pm_term_id
    from parties
    inner join terms
        on parties.pm_name = terms.name_en
    where
        terms.role = 'iq_prime_minister'
        and (
            parties.fact_date is null
            or (
                parties.fact_date >= terms.valid_from
                and (terms.valid_to is null or parties.fact_date < terms.valid_to)
            )
        )
    qualify row_number() over (partition by parties.fact_id order by terms.valid_from desc) = 1

),

final as (

    select
        parties.fact_type,
        parties.fact_id,
        parties.fact_date,
        parties.pm_name,
        pm_terms.pm_person_id,
        pm_terms.pm_term_id,
        parties.person_name,
        parties.person_role,
        parties.country,
        parties.org,
        coalesce(by_name.person_id, holders_on_date.person_id) as person_id,
        coalesce(by_name.person_term_id, holders_on_date.person_term_id) as person_term_id,
        case
            when by_name.person_id is not null then 'name'
            when holders_on_date.person_id is not null then 'office_on_date'
        end as resolved_by
    from parties
    left join by_name
        on
            parties.fact_id = by_name.fact_id
            and by_name.preference = 1
    left join holders_on_date
        on parties.fact_id = holders_on_date.fact_id
    left join pm_terms
        on parties.fact_id = pm_terms.fact_id

)

select * from final
