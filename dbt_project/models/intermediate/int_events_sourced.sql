-- One row per event of the current rules version (an event id read from two feed runs of the
-- same document counts once), with the document it comes from: document_id is the document
-- representing the article's content, so copies of one article are one source.

with

events as (

    select * from {{ ref('stg_extraction__events') }}
    where event_id is not null
    qualify row_number() over (
        partition by event_id
        order by run_id desc, events_path desc
    ) = 1

),

documents as (

    select * from {{ ref('int_documents_deduplicated') }}

),

representatives as (

    select * from documents
    where is_representative

),

joined as (

    select
        events.event_id,
        events.event_type,
        events.doc_id,
        events.rules_version,
        events.event_date,
        events.pm_name,
        events.counterpart_name,
        events.counterpart_role,
        events.counterpart_country,
        events.counterpart_org,
        events.mode,
        events.location,
        events.direction,
        events.foreign_country,
        events.foreign_org,
        events.foreign_person,
        events.foreign_role,
        events.destination,
        events.from_country,
        events.from_org,
        events.from_person,
        events.from_role,
        events.carrier_role,
        events.evidence_text,
        events.evidence_start,
        events.evidence_end,
        events.confidence,
        representatives.source_kind,
        representatives.lang,
        representatives.url,
        representatives.published_at,
        coalesce(documents.document_id, events.doc_id) as document_id,
        coalesce(representatives.source, events.source) as source
    from events
    left join documents
        on events.doc_id = documents.doc_id
    left join representatives
        on documents.document_id = representatives.doc_id

)

select * from joined
