with

meetings as (

    select * from {{ ref('int_meetings_deduplicated') }}

),

final as (

    select
        meeting_id,
        meeting_date,
        pm_name,
        counterpart_name,
        counterpart_role,
        counterpart_country,
        counterpart_org,
        mode,
        location,
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
    from meetings

)

select * from final
