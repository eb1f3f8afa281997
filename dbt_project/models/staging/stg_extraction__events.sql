-- Incremental: a run loads only the event files it has not loaded yet (macros/create_raw_relations.sql),
-- so the warehouse never re-reads the whole archive's JSON; rows of files that have gone are deleted.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_rows_of_vanished_files('extraction', 'events', 'events_path') }}",
) }}

with

source as (

    {% if is_incremental() %}
        {{ rows_of_new_files('extraction', 'events', 'events_path') }}
    {% else %}
        select * from {{ source('extraction', 'events') }}
    {% endif %}

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
