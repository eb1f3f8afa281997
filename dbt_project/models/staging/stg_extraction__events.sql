with

source as (

    select * from {{ source('extraction', 'events') }}

),

renamed as (

    select
        event_id,
        event_type,
        doc_id,
        source,
        rules_version,
        pm as pm_name,
        counterpart_name,
        counterpart_role,
        counterpart_country,
        counterpart_org,
        mode,
        location,
        direction,
        foreign_country,
        foreign_org,
        foreign_person,
        foreign_role,
        destination,
        from_country,
        from_org,
        from_person,
        from_role,
        carrier_role,
        evidence_text,
        evidence_start,
        evidence_end,
        confidence,
        filename as events_path,
        try_cast(date as date) as event_date,
        regexp_extract(filename, '([^/\\]+)\.jsonl$', 1) as run_id

    from source

)

select * from renamed
