-- One row per doc_id (its latest fetch), with the id of the document that represents its
-- content: the same article under two URLs (same content_hash) is one document.

with

documents as (

    select * from {{ ref('stg_feeds__documents') }}
    where doc_id is not null

),

fetch_counts as (

    select
        doc_id,
        count(*) as n_fetches,
        min(fetched_at) as first_fetched_at
    from documents
    group by doc_id

),

latest_fetch as (

    select * from documents
    qualify row_number() over (
        partition by doc_id
        order by fetched_at desc nulls last, feed_path desc
    ) = 1

),

with_content_key as (

    select
        latest_fetch.*,
        fetch_counts.n_fetches,
        fetch_counts.first_fetched_at,
        coalesce(latest_fetch.content_hash, 'doc:' || latest_fetch.doc_id) as content_key
    from latest_fetch
    inner join fetch_counts
        on latest_fetch.doc_id = fetch_counts.doc_id

),

represented as (

    select
        *,
        first_value(doc_id) over (
            partition by content_key
            order by
                source_kind = 'pmo' desc nulls last,
                first_fetched_at asc nulls last,
                doc_id asc
        ) as document_id
    from with_content_key

),

final as (

    select
        doc_id,
        document_id,
        source,
        source_kind,
        url,
        canonical_url,
        lang,
        title,
        published_at,
        published_date,
        fetched_at,
        first_fetched_at,
        n_fetches,
        content_hash,
        html_path,
        feed_spider,
        run_id,
        doc_id = document_id as is_representative,
        count(*) over (partition by document_id) as n_copies
    from represented

)

select * from final
