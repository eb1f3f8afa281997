with

documents as (

    select * from {{ ref('int_documents_deduplicated') }}

),

events as (

    select * from {{ ref('int_events_sourced') }}

),

events_per_copy as (

    select
        doc_id,
        document_id,
        count(*) as n_events
    from events
    group by doc_id, document_id

),

events_per_document as (

    select
        document_id,
        max(n_events) as n_events
    from events_per_copy
    group by document_id

),

copies as (

    select
        document_id,
        list(doc_id order by doc_id) as copy_doc_ids,
        list(url order by doc_id) as copy_urls,
        min(first_fetched_at) as first_fetched_at,
        sum(n_fetches)::integer as n_fetches
    from documents
    group by document_id

),

final as (

    select
        documents.doc_id,
        documents.source,
        documents.source_kind,
        documents.url,
        documents.canonical_url,
        documents.lang,
        documents.title,
        documents.published_at,
        documents.published_date,
        documents.fetched_at,
        copies.first_fetched_at,
        documents.content_hash,
        documents.html_path,
        copies.copy_doc_ids,
        copies.copy_urls,
        copies.n_fetches,
        coalesce(events_per_document.n_events, 0) as n_events
    from documents
    inner join copies
        on documents.doc_id = copies.document_id
    left join events_per_document
        on documents.doc_id = events_per_document.document_id
    where documents.is_representative

)

select * from final
