with

meetings as (

    select * from {{ ref('int_meetings_deduplicated') }}

),

persons as (

    select * from {{ ref('int_fact_persons_resolved') }}
    where fact_type = 'meeting'

),

codes as (

    select * from {{ ref('int_facts_coded') }}
    where fact_type = 'meeting'

),

final as (

    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.pm_name,
        meetings.counterpart_name,
        meetings.counterpart_role,
        meetings.counterpart_country,
        meetings.counterpart_org,
        meetings.mode,
        meetings.location,
        meetings.evidence,
        meetings.evidence_doc_id,
        meetings.source_doc_ids,
        meetings.source_urls,
        meetings.n_sources,
        meetings.languages,
        meetings.is_official,
        meetings.first_published_at,
        meetings.event_ids,
        meetings.confidence,
        meetings.rules_version,
        persons.pm_person_id,
        persons.pm_term_id,
        persons.person_id as counterpart_person_id,
        persons.person_term_id as counterpart_person_term_id,
        persons.resolved_by as counterpart_resolved_by,
        codes.setting,
        codes.place_country as location_country,
        codes.cameo_code,
        codes.cameo_source,
        codes.cameo_target,
        codes.plover_event,
        codes.plover_mode,
        meetings.evidence_lang
    from meetings
    left join persons
        on meetings.meeting_id = persons.fact_id
    left join codes
        on meetings.meeting_id = codes.fact_id

)

select * from final
