-- Incremental: a run loads only the document files it has not loaded yet (macros/create_raw_relations.sql),
-- so the warehouse never re-reads the whole archive's JSON; rows of files that have gone are deleted.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_rows_of_vanished_files('feeds', 'documents', 'feed_path') }}",
) }}

with

source as (

    {% if is_incremental() %}
        {{ rows_of_new_files('feeds', 'documents', 'feed_path') }}
    {% else %}
        select * from {{ source('feeds', 'documents') }}
    {% endif %}

),

renamed as (

    select
        doc_id,
        source,
        source_kind,
        url,
        canonical_url,
        lang,
        title,
        body_text,
        content_hash,
        html_path,
        filename as feed_path,
        try_cast(published_at as timestamptz) as published_at,
        try_cast(published_date as date) as published_date,
        try_cast(fetched_at as timestamptz) as fetched_at,
        regexp_extract(filename, '([^/\\]+)[/\\][^/\\]+\.jsonl$', 1) as feed_spider,
        regexp_extract(filename, '([^/\\]+)\.jsonl$', 1) as run_id

    from source

)

select * from renamed
