with

invitations as (

    select * from {{ ref('int_invitations_deduplicated') }}

),

final as (

    select
        invitation_id,
        invitation_date,
        pm_name,
        direction,
        foreign_country,
        foreign_org,
        foreign_person,
        foreign_role,
        destination,
        evidence,
        evidence_doc_id,
        source_doc_ids,
        source_urls,
        n_sources,
        languages,
        is_official,
        first_published_at,
        event_ids,
        confidence,
        rules_version
    from invitations

)

select * from final
