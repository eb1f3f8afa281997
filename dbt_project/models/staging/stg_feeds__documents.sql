with

source as (

    select * from {{ source('feeds', 'documents') }}

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
