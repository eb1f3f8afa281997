-- One row per fact reported by at least one release of the Prime Minister's media office (pmo),
-- saying which of its Arabic and English releases report it (doc block `parity_status`), with the
-- number of releases each language published that day, so a day the other stream was not
-- published (or not crawled) can be told from an omission.

with

meetings as (

    select * from {{ ref('int_meetings_deduplicated') }}

),

invitations as (

    select * from {{ ref('int_invitations_deduplicated') }}

),

messages as (

    select * from {{ ref('int_messages_deduplicated') }}

),

events as (

    select * from {{ ref('int_events_sourced') }}

),

documents as (

    select * from {{ ref('int_documents_deduplicated') }}
    where is_representative

),

fact_events as (

    select
        'meeting' as fact_type,
        meeting_id as fact_id,
        meeting_date as fact_date,
        unnest(event_ids) as event_id
    from meetings
    union all
    select
        'invitation' as fact_type,
        invitation_id as fact_id,
        invitation_date as fact_date,
        unnest(event_ids) as event_id
    from invitations
    union all
    select
        'message' as fact_type,
        message_id as fact_id,
        message_date as fact_date,
        unnest(event_ids) as event_id
    from messages

),

official_reports as (

    select
        fact_events.fact_type,
        fact_events.fact_id,
        fact_events.fact_date,
        events.document_id,
        events.lang,
        documents.published_date
    from fact_events
    inner join events
        on fact_events.event_id = events.event_id
    inner join documents
        on events.document_id = documents.doc_id
    where events.source_kind = 'pmo'

),

facts as (

    select
        fact_type,
        fact_id,
        any_value(fact_date) as fact_date,
        min(published_date) as first_release_date,
        list_sort(list(distinct document_id) filter (where lang = 'ar')) as ar_doc_ids,
        list_sort(list(distinct document_id) filter (where lang = 'en')) as en_doc_ids
    from official_reports
    group by fact_type, fact_id

),

releases_per_day as (

    select
        published_date,
        count(*) filter (where lang = 'ar') as n_ar_releases,
        count(*) filter (where lang = 'en') as n_en_releases
    from documents
    where source_kind = 'pmo' and published_date is not null
    group by published_date

),

final as (

    select
        facts.fact_type,
        facts.fact_id,
        facts.fact_date,
        coalesce(facts.first_release_date, facts.fact_date) as parity_date,
        coalesce(len(facts.ar_doc_ids), 0) > 0 as is_in_ar_releases,
        coalesce(len(facts.en_doc_ids), 0) > 0 as is_in_en_releases,
        case
            when coalesce(len(facts.ar_doc_ids), 0) > 0 and coalesce(len(facts.en_doc_ids), 0) > 0 then 'both'
            when coalesce(len(facts.ar_doc_ids), 0) > 0 then 'ar_only'
            else 'en_only'
        end as parity_status,
        coalesce(facts.ar_doc_ids, []) as ar_doc_ids,
        coalesce(facts.en_doc_ids, []) as en_doc_ids,
        coalesce(releases_per_day.n_ar_releases, 0) as n_ar_releases_that_day,
        coalesce(releases_per_day.n_en_releases, 0) as n_en_releases_that_day
    from facts
    left join releases_per_day
        on coalesce(facts.first_release_date, facts.fact_date) = releases_per_day.published_date

)

select * from final
