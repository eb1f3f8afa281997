with

messages as (

    select * from {{ ref('int_messages_deduplicated') }}

),

final as (

    select
        message_id,
        message_date,
        pm_name,
        from_country,
        from_org,
        from_person,
        from_role,
        carrier_role,
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
    from messages

)

select * from final
