with

invitations as (

    select * from {{ ref('int_invitations_deduplicated') }}

),

persons as (

    select * from {{ ref('int_fact_persons_resolved') }}
    where fact_type = 'invitation'

),

codes as (

    select * from {{ ref('int_facts_coded') }}
    where fact_type = 'invitation'

),

final as (

    select
        invitations.invitation_id,
        invitations.invitation_date,
        invitations.pm_name,
        invitations.direction,
        invitations.foreign_country,
        invitations.foreign_org,
        invitations.foreign_person,
        invitations.foreign_role,
        invitations.destination,
        invitations.evidence,
        invitations.evidence_doc_id,
        invitations.source_doc_ids,
        invitations.source_urls,
        invitations.n_sources,
        invitations.languages,
        invitations.is_official,
        invitations.first_published_at,
        invitations.event_ids,
        invitations.confidence,
        invitations.rules_version,
        persons.pm_person_id,
        persons.pm_term_id,
        persons.person_id as foreign_person_id,
        persons.person_term_id as foreign_person_term_id,
        persons.resolved_by as foreign_resolved_by,
        codes.setting,
        codes.place_country as destination_country,
        codes.cameo_code,
        codes.cameo_source,
        codes.cameo_target,
        codes.plover_event,
        codes.plover_mode,
        invitations.evidence_lang
    from invitations
    left join persons
        on invitations.invitation_id = persons.fact_id
    left join codes
        on invitations.invitation_id = codes.fact_id

)

select * from final
